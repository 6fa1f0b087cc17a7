import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The words VOICE.md keeps off the screen (no streaks, no scores, no guilt, no pressure), checked
// in what the meetings, sponsor, talks and recovery-days screens say (milestones among them). Only sentences are read: text
// between JSX tags and string literals with a space in them, so code's own tokens ('failed' as a
// state) are not mistaken for words a person reads.
const FILES = [
  'features/safety/MeetingsPage.tsx',
  'features/safety/MeetingForm.tsx',
  'features/safety/WentForm.tsx',
  'features/safety/NextMeetingCard.tsx',
  'features/safety/meetingsRepo.ts',
  'features/safety/meetingLabels.ts',
  'features/safety/SupportCard.tsx',
  'features/safety/PeoplePage.tsx',
  'features/safety/ContactForm.tsx',
  'features/safety/contactsRepo.ts',
  'features/safety/TalkForm.tsx',
  'features/safety/TalksList.tsx',
  'features/safety/talksRepo.ts',
  'features/safety/talkWays.ts',
  'features/today/RecoveryPage.tsx',
];

const FORBIDDEN =
  /\b(streaks?|should|must|failed|failure|fail|relapsed?|missed|behind|score|don't forget|keep it up|broke|broken|lazy|only \d+)\b/iu;

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The sentences of a screen's source: JSX text and string literals that hold a space. */
function sentencesIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1');
  const literals = [...code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/gu)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  // Text between a tag's end and the next tag, with {expressions} read as a gap ("You went … times").
  const jsxText = [...code.matchAll(/(?<![=-])>([^<>]*)</gu)].map((m) =>
    (m[1] ?? '').replace(/\{[^{}]*\}/gu, '…').trim(),
  );
  // Code caught between a generic's `>` and a tag (`useState<Open>(…); return (`) is not copy.
  const notCode = (text: string) => !/[;=]|\b(const|return)\b/u.test(text);
  return [...literals, ...jsxText.filter(notCode)].filter((text) =>
    /[A-Za-z]+ [A-Za-z]/u.test(text),
  );
}

describe('the words of meetings, your people and milestones', () => {
  it('reads sentences, not code', () => {
    const found = sentencesIn(
      `const a = 'failed' as const; // should not count\n<p>You went {n} times.</p>; x('Reaching out takes courage.')`,
    );
    expect(found).toEqual(['Reaching out takes courage.', 'You went … times.']);
    expect(sentencesIn(`<p>You missed a day.</p>`).join(' ')).toMatch(FORBIDDEN);
  });

  it.each(FILES)('%s keeps to the voice', (file) => {
    const sentences = sentencesIn(readFileSync(`${SRC}${file}`, 'utf8'));
    expect(sentences.length, 'sentences found').toBeGreaterThan(0);
    expect(sentences.filter((text) => FORBIDDEN.test(text))).toEqual([]);
  });
});
