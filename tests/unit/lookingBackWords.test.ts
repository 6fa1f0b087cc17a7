import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The words VOICE.md keeps off the screen: no streaks, no scores, no guilt, no pressure, nothing
// clinical. Checked in the copy of the screens added for looking back, filling in a day and on
// this day, with comments left out (they may name what the screen avoids).
const FILES = [
  'features/today/lookingBack.ts',
  'features/today/LookingBackPage.tsx',
  'features/today/LookingBackPicture.tsx',
  'features/today/LookingBackTables.tsx',
  'features/today/CheckinCalendar.tsx',
  'features/today/CheckinsPage.tsx',
  'features/today/CheckinPage.tsx',
  'features/today/OnThisDay.tsx',
  'features/today/OnThisDayChoice.tsx',
  'features/journal/EntryDate.tsx',
];

const FORBIDDEN =
  /\b(streaks?|should|must|failed|failure|fail|relapsed?|missed|behind|score|diagnos\w*|disorder|symptoms?|warning|don't forget|keep it up|broke|broken|lazy)\b/iu;

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function copyIn(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1');
}

describe('the words of looking back', () => {
  it.each(FILES)('%s keeps to the voice', (file) => {
    const copy = copyIn(readFileSync(`${SRC}${file}`, 'utf8'));
    expect(copy.length).toBeGreaterThan(200);
    expect(copy.match(FORBIDDEN)?.[0]).toBeUndefined();
  });
});
