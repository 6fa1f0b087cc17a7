import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, catalog } from '../../src/core/i18n/catalogs/es';
import { NAV_ITEMS } from '../../src/core/routes';
import { CRISIS_PLACES } from '../../src/features/safety/crisisLinePlaces';

/**
 * Every screen says each of its words through `t('…')` (or keeps them as data marked `msg('…')`)
 * from src/core/i18n. The English catalog is the English text itself, the key of each message;
 * the Spanish one is src/core/i18n/catalogs/es/, a file per area.
 */

/** Words held as data and passed to `t` by a screen. */
const HELP_TOOLS = /title: '([^']+)',\s*hint: '([^']+)'/g;
/** Emergency services named as they name themselves, in their own language: never translated. */
const OWN_NAMES = new Set([
  'Call center 119 (Ministry of Health)',
  'Emergencias',
  'Emergency 911',
  'Emergency Response Support System',
  'Línea de emergencias',
  'Magen David Adom',
  'Medisinsk nødtelefon',
  'Rescue 1122',
  'Rettung',
  'SAMU',
  'Sanität',
]);

const source = (file: string) => readFileSync(file, 'utf8');
const spanish = catalog.messages;

/** The first argument of every `t('…')` or `msg('…')` call with a string written in place. */
function messagesIn(code: string): string[] {
  return [...code.matchAll(/\b(?:t|msg)\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) =>
    m[1]!.replace(/\\'/g, "'"),
  );
}

function dataMessages(): string[] {
  const tools = [...source('src/features/safety/HelpPage.tsx').matchAll(HELP_TOOLS)];
  const emergency = CRISIS_PLACES.flatMap((place) => place.emergency);
  return [
    ...NAV_ITEMS.map((item) => item.label),
    ...tools.flatMap((m) => [m[1]!, m[2]!]),
    ...emergency.map((line) => line.detail),
    ...emergency.map((line) => line.name).filter((name) => !OWN_NAMES.has(name)),
  ];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

const SCREENS = allFiles('src').filter((file) => file.endsWith('.tsx'));

function allSource(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) =>
      statSync(path).isDirectory()
        ? allSource(path)
        : /\.tsx?$/.test(path) && !path.includes('catalogs')
          ? source(path)
          : '',
    )
    .join('\n');
}

describe('the Spanish catalog', () => {
  it('has every message the code says', () => {
    const used = [...messagesIn(allSource('src')), ...dataMessages()];
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((message) => !(message in spanish))).toEqual([]);
  });

  it('has no message the screens no longer say (an English text changed without its Spanish)', () => {
    const code = allSource('src');
    const data = new Set(dataMessages());
    const stale = Object.keys(spanish).filter(
      (message) => !data.has(message) && !code.includes(`'${message.replace(/'/g, "\\'")}'`),
    );
    expect(stale).toEqual([]);
  });

  it('says a message two areas share the same way in both', () => {
    const seen = new Map<string, string>();
    const differ: string[] = [];
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const [english, words] of Object.entries(messages)) {
        const before = seen.get(english);
        if (before !== undefined && before !== words) differ.push(`${area}: ${english}`);
        seen.set(english, words);
      }
    }
    expect(differ).toEqual([]);
  });

  it('keeps each message’s {holes}, and is written in Spanish', () => {
    const holes = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const [english, words] of Object.entries(spanish)) {
      expect(holes(words), english).toEqual(holes(english));
      expect(words.trim(), english).not.toBe('');
    }
    // A few messages read the same in both languages ("Stepwork", a name); none of these should.
    const same = Object.entries(spanish).filter(
      ([english, words]) => english === words && /\s/.test(english),
    );
    expect(same).toEqual([]);
  });

  it('leaves no English words outside the catalog on any screen', () => {
    for (const file of SCREENS) {
      const code = source(file);
      // Text between tags, and text in the attributes a person reads or hears.
      const bare = [
        // JSX text starts with a capital or a quote mark; code between `>` and `<` has ( ; =,
        // and the `>` of an arrow (`=> Promise<…>`, a type) is not a tag's end.
        ...[...code.matchAll(/(?<!=)>\s*([A-Z“"][^<>{}();=]*?)\s*</g)].map((m) => m[1]!),
        ...[...code.matchAll(/\b(?:aria-label|label|hint|title|placeholder|alt)="([^"]+)"/g)].map(
          (m) => m[1]!,
        ),
      ].filter((text) => !/^(?:Stepwork|=>|&&)/.test(text.trim()));
      expect(bare, file).toEqual([]);
    }
  });
});
