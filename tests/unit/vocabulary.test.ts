import { describe, expect, it } from 'vitest';
import {
  BODY_PLACES,
  FAMILIES,
  FEELINGS,
  feelingsByFamily,
  findBodyPlace,
  findFamily,
  findFeeling,
} from '../../src/features/inventory/vocabulary';
import { STABLE_BODY_PLACE_IDS, STABLE_FAMILY_IDS, STABLE_FEELING_IDS } from './feelingIds';

const SLUG = /^[a-z0-9-]+$/;
// Whole words and their common forms ("shouldn't", "badly", "wronged"), but not "shoulders".
const FORBIDDEN =
  /\b(should|shouldn['’]?t|must|mustn['’]?t|failures?|negatives?|negatively|bad|badly|wrong|wrongs|wronged|wrongly)\b/i;

const COMFORTABLE_FAMILY_IDS = ['hope', 'relief', 'calm', 'gratitude', 'pride', 'connection'];
const HARD_FAMILY_IDS = [
  'anger',
  'fear',
  'sadness',
  'shame',
  'confusion',
  'overwhelm',
  'numbness',
  'loneliness',
];

function allText(): string[] {
  return [
    ...FAMILIES.flatMap((f) => [f.id, f.name, f.description]),
    ...FEELINGS.flatMap((f) => [f.id, f.word, f.family, f.meaning]),
    ...BODY_PLACES.flatMap((p) => [p.id, p.label]),
  ];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('emotion vocabulary', () => {
  it('ships at least 60 feelings (72 or more in practice)', () => {
    expect(FEELINGS.length).toBeGreaterThanOrEqual(60);
    expect(FEELINGS.length).toBeGreaterThanOrEqual(72);
  });

  it('has every family from the issue, hard and comfortable', () => {
    const ids = FAMILIES.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([...HARD_FAMILY_IDS, ...COMFORTABLE_FAMILY_IDS]));
  });

  it('marks exactly the comfortable families as comfortable', () => {
    for (const id of COMFORTABLE_FAMILY_IDS) {
      expect(findFamily(id)?.comfortable, id).toBe(true);
    }
    for (const id of HARD_FAMILY_IDS) {
      expect(findFamily(id)?.comfortable, id).toBe(false);
    }
  });

  it('gives every family at least 4 words, and each hard family at least 6', () => {
    const counts = new Map(feelingsByFamily().map((g) => [g.family.id, g.feelings.length]));
    for (const family of FAMILIES) {
      expect(counts.get(family.id), family.id).toBeGreaterThanOrEqual(4);
    }
    for (const id of HARD_FAMILY_IDS) {
      expect(counts.get(id), id).toBeGreaterThanOrEqual(6);
    }
  });

  it('puts every feeling in a family that exists', () => {
    const familyIds = new Set(FAMILIES.map((f) => f.id));
    for (const feeling of FEELINGS) {
      expect(familyIds.has(feeling.family), `${feeling.id} → ${feeling.family}`).toBe(true);
    }
  });

  it('uses unique, slug-shaped ids', () => {
    for (const list of [FAMILIES, FEELINGS, BODY_PLACES]) {
      const ids = list.map((item) => item.id);
      expect(duplicates(ids)).toEqual([]);
      for (const id of ids) expect(id).toMatch(SLUG);
    }
  });

  it('uses unique words (ignoring case) and unique body labels', () => {
    expect(duplicates(FEELINGS.map((f) => f.word.toLowerCase()))).toEqual([]);
    expect(duplicates(BODY_PLACES.map((p) => p.label.toLowerCase()))).toEqual([]);
    expect(duplicates(FAMILIES.map((f) => f.name.toLowerCase()))).toEqual([]);
  });

  it('has no empty or untrimmed text', () => {
    for (const text of allText()) {
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
    }
  });

  it('keeps words lowercase and each meaning to one short sentence', () => {
    for (const feeling of FEELINGS) {
      expect(feeling.word).toBe(feeling.word.toLowerCase());
      expect(feeling.meaning, feeling.id).toMatch(/^[A-Z].*\.$/);
      expect(feeling.meaning.slice(0, -1), feeling.id).not.toMatch(/[.!?]/);
      expect(feeling.meaning.length, feeling.id).toBeLessThanOrEqual(100);
    }
    for (const family of FAMILIES) {
      expect(family.description, family.id).not.toMatch(/\n/);
      expect(family.description.length, family.id).toBeLessThanOrEqual(100);
    }
  });

  it('never uses the forbidden words', () => {
    expect(FORBIDDEN.test("You shouldn't")).toBe(true);
    expect(FORBIDDEN.test('I was wronged')).toBe(true);
    expect(FORBIDDEN.test('Shoulders')).toBe(false);
    const hits = allText().filter((text) => FORBIDDEN.test(text));
    expect(hits).toEqual([]);
  });

  it('keeps every committed stable id', () => {
    for (const id of STABLE_FEELING_IDS) expect(findFeeling(id), id).toBeDefined();
    for (const id of STABLE_FAMILY_IDS) expect(findFamily(id), id).toBeDefined();
    for (const id of STABLE_BODY_PLACE_IDS) expect(findBodyPlace(id), id).toBeDefined();
  });

  it('lists every current id in the committed stable lists', () => {
    const stable = new Set<string>(STABLE_FEELING_IDS);
    expect(FEELINGS.map((f) => f.id).filter((id) => !stable.has(id))).toEqual([]);
  });

  it('groups feelings by family in display order, losing none', () => {
    const groups = feelingsByFamily();
    expect(groups.map((g) => g.family.id)).toEqual(FAMILIES.map((f) => f.id));
    expect(groups.flatMap((g) => g.feelings)).toHaveLength(FEELINGS.length);
    for (const group of groups) {
      for (const feeling of group.feelings) expect(feeling.family).toBe(group.family.id);
    }
  });

  it('finds a feeling by id, and returns undefined for an unknown one', () => {
    expect(findFeeling('dread')?.family).toBe('fear');
    expect(findFeeling('grief-stricken')?.word).toBe('grief-stricken');
    expect(findFeeling('not-a-built-in-word')).toBeUndefined();
  });

  it('offers 12 to 16 body places, including the catch-alls', () => {
    expect(BODY_PLACES.length).toBeGreaterThanOrEqual(12);
    expect(BODY_PLACES.length).toBeLessThanOrEqual(16);
    expect(findBodyPlace('whole-body')).toBeDefined();
    expect(findBodyPlace('nowhere')?.label).toBe('Nowhere I can name');
  });
});
