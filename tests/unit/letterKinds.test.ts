import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { sealFields } from '../../src/core/sealing';
import {
  kindOf,
  LETTER_KINDS,
  LETTER_SECTIONS,
  SECTIONS_BY_KIND,
  sectionsOf,
} from '../../src/features/amends/letterSections';
import { finishLetter, getLetter, saveLetter } from '../../src/features/amends/lettersRepo';
import { freshVault } from '../helpers/freshVault';

const titles = (kind: (typeof LETTER_KINDS)[number]) =>
  SECTIONS_BY_KIND[kind].map((section) => section.title);

beforeEach(freshVault);

describe('letters by kind', () => {
  it('gives each kind its own sections', () => {
    expect(titles('harmed')).toContain('What I am sorry for');
    expect(titles('myself')).toEqual(
      expect.arrayContaining(['What I forgive myself for', 'How I will care for myself']),
    );
    expect(titles('harmed-me')).toEqual([
      'What happened',
      'What it cost me',
      'What I take back',
      'What I let go',
      'Anything else',
    ]);
    expect(titles('lost')).toEqual(
      expect.arrayContaining(['What I miss', 'What I never got to say']),
    );
  });

  it('never asks someone who was harmed for an apology or for their part', () => {
    const words = SECTIONS_BY_KIND['harmed-me']
      .map((section) => `${section.title} ${section.guide}`)
      .join(' ');
    expect(words).not.toMatch(/sorry|apolog|my part|your part|own\b|forgive them|should/i);
  });

  it('reads a letter written before kinds as one to someone I harmed, words untouched', async () => {
    const words = { recipient: 'Sam', sections: { own: 'My silence', sorry: 'The lie' } };
    await db.letters.put({
      id: 'old',
      status: 'draft',
      created: 1,
      updated: 1,
      sealed: await sealFields('letters', 'old', words),
    });
    const letter = (await getLetter('old'))!;
    expect(letter).toMatchObject(words);
    expect(letter.kind).toBeUndefined();
    expect(kindOf(letter)).toBe('harmed');
    expect(sectionsOf(letter).map((s) => s.id)).toEqual(SECTIONS_BY_KIND.harmed.map((s) => s.id));
  });

  it('keeps each kind and its words, and never hides words written under another kind', async () => {
    for (const kind of LETTER_KINDS) {
      await saveLetter({ id: kind, kind, recipient: 'Ari', sections: { more: 'Still here' } }, 5);
      expect((await getLetter(kind))?.kind).toBe(kind);
    }
    expect(await getLetter('myself')).toMatchObject({ toMyself: true, recipient: '' });
    expect((await getLetter('lost'))?.toMyself).toBeUndefined();
    // Written as a letter to someone I harmed, then changed to one to someone I lost.
    const mixed = sectionsOf({ kind: 'lost', sections: { sorry: 'The lie', miss: '' } });
    expect(mixed.map((s) => s.id)).toEqual([...SECTIONS_BY_KIND.lost.map((s) => s.id), 'sorry']);
  });

  it('refuses a kind it does not know, and every section id is kept in the sealed shape', async () => {
    await expect(
      saveLetter({ id: 'x', kind: 'enemy' as never, sections: { more: 'a' } }),
    ).rejects.toThrow('That kind of letter is not one Stepwork knows.');
    const sections = Object.fromEntries(LETTER_SECTIONS.map((s) => [s.id, s.id]));
    await saveLetter({ id: 'all', kind: 'lost', recipient: 'Ari', sections });
    expect((await getLetter('all'))?.sections).toEqual(sections);
    await finishLetter('all');
  });
});
