import { describe, expect, it } from 'vitest';
import * as enVocabulary from '../../src/features/inventory/vocabulary';
import * as esVocabulary from '../../src/features/inventory/vocabulary/es';
import * as enSteps from '../../src/features/steps/content';
import * as esSteps from '../../src/features/steps/content/es';
import { STEP_SUMMARIES as EN_SUMMARIES } from '../../src/features/steps/content/summaries';

// The Spanish content must stay in step with the English: the same steps, exercises, prompts,
// worksheets and vocabulary, under the same ids (records store them), with every word a person
// reads written in Spanish. Change the English and this fails until the Spanish follows.

/** Keys whose values are ids, kinds or flags: they stay exactly as in English. */
const KEPT_KEYS = new Set(['id', 'kind', 'tool', 'family', 'number', 'heavy', 'comfortable']);

/**
 * The shape of content with its readable words taken out: every key, every list's length, every
 * id, and "<text>" where a person reads words. Two languages of the same content share one.
 */
function skeleton(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return KEPT_KEYS.has(key) ? value : '<text>';
  if (Array.isArray(value)) return value.map((item) => skeleton(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, child]) => [k, skeleton(child, k)] as const),
    );
  }
  return value;
}

/** Every readable string inside a value, with a path to it. */
function readable(value: unknown, path: string, key = '', out: [string, string][] = []) {
  if (typeof value === 'string') {
    if (!KEPT_KEYS.has(key)) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => readable(item, `${path}[${i}]`, key, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, child] of Object.entries(value)) readable(child, `${path}.${k}`, k, out);
  }
  return out;
}

/** Each piece of content in both languages, under one name. */
const PAIRS: [name: string, en: unknown, es: unknown][] = [
  ['steps', enSteps.STEPS, esSteps.STEPS],
  ['summaries', EN_SUMMARIES, esSteps.STEP_SUMMARIES],
  ['worksheets', enSteps.WORKSHEETS, esSteps.WORKSHEETS],
  ['feelings', enVocabulary.FEELINGS, esVocabulary.FEELINGS],
  ['families', enVocabulary.FAMILIES, esVocabulary.FAMILIES],
  ['needs', enVocabulary.NEEDS, esVocabulary.NEEDS],
  ['bodyPlaces', enVocabulary.BODY_PLACES, esVocabulary.BODY_PLACES],
];

/**
 * Whole strings that may read the same in both languages (a name, a word both share). Keep it
 * short: a sentence here is a sentence nobody translated.
 */
const SAME_IN_BOTH = new Set<string>([]);

const esStrings = PAIRS.flatMap(([name, , es]) => readable(es, name));

/** Words that judge or shame, in Spanish; VOICE.md keeps them off the screen. */
const JUDGING_WORDS = [
  'debes',
  'debe',
  'deberías',
  'debería',
  'fracaso',
  'fracasos',
  'fracasar',
  'fracasaste',
  'recaída',
  'recaídas',
  'recaer',
  'débil',
  'debilidad',
  'pecado',
  'pecados',
  'defectos de carácter',
];

/** Phrasing from published Spanish step literature; the app writes the steps in its own words. */
const PUBLISHED_PHRASES = [
  'sin miedo',
  'minucioso',
  'como nosotros lo concebimos',
  'sano juicio',
  'contacto consciente',
  'despertar espiritual',
  'enteramente dispuestos',
  'humildemente',
  'ingobernable',
  'ingobernables',
  'Dios',
];

/** Slashed or marked gender forms the style sheet (docs/i18n-es.md) writes around instead. */
const MARKED_GENDER =
  /\p{L}+[oa]\/[ao]s?(?!\p{L})|\p{L}+[oa]\([ao]\)|\p{L}*@\p{L}*|\p{L}+xs?(?!\p{L})/u;

/** Adjectives about "tú" that take a gender ("estás cansado"): the style sheet uses nouns instead. */
const GENDERED_ABOUT_YOU =
  /(?<!\p{L})(estás|te sientes|sientes|eres|quedas|te sientas|estés)\s+(list|dispuest|cansad|orgullos|sol|preparad|agradecid|enojad|asustad|segur|tranquil|atrapad|rot|bienvenid)[oa]s?(?!\p{L})/iu;

function wordPattern(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${phrase.split(/\s+/).join('\\s+')}(?![\\p{L}])`, 'iu');
}

describe('the Spanish content keeps step with the English', () => {
  it.each(PAIRS)('%s: the same ids, keys, lists and order at every level', (_name, en, es) => {
    expect(skeleton(es)).toEqual(skeleton(en));
  });

  it('has the twelve steps numbered 1 to 12, in order, with the same exercises and prompts', () => {
    expect(esSteps.STEPS.map((s) => s.number)).toEqual(enSteps.STEPS.map((s) => s.number));
    for (const [i, step] of esSteps.STEPS.entries()) {
      const en = enSteps.STEPS[i];
      expect(step.exercises.map((e) => [e.id, e.kind])).toEqual(
        en?.exercises.map((e) => [e.id, e.kind]),
      );
      expect(step.prompts.map((p) => p.id)).toEqual(en?.prompts.map((p) => p.id));
    }
  });

  it('finds every English prompt, step and worksheet under the same id in Spanish', () => {
    for (const step of enSteps.STEPS) {
      expect(esSteps.getStep(step.number)?.number).toBe(step.number);
      for (const prompt of step.prompts) {
        const found = esSteps.findPrompt(prompt.id);
        expect(found?.step.number, prompt.id).toBe(step.number);
        expect(found?.prompt.text, prompt.id).not.toBe(prompt.text);
      }
      for (const exercise of step.exercises) {
        const en = enSteps.getWorksheet(exercise.id);
        const es = esSteps.getWorksheet(exercise.id);
        expect(es && enSteps.worksheetFields(es).map((f) => f.id), exercise.id).toEqual(
          en && enSteps.worksheetFields(en).map((f) => f.id),
        );
      }
    }
    expect(esSteps.getStep(13)).toBeUndefined();
    expect(esSteps.findPrompt('s99-p1')).toBeUndefined();
  });

  it('finds every English feeling, family, need and body place by its id in Spanish', () => {
    for (const feeling of enVocabulary.FEELINGS) {
      const es = esVocabulary.findFeeling(feeling.id);
      expect(es?.family, feeling.id).toBe(feeling.family);
      expect(esVocabulary.findFamily(feeling.family)?.id).toBe(feeling.family);
    }
    for (const need of enVocabulary.NEEDS) expect(esVocabulary.findNeed(need.id)).toBeDefined();
    for (const place of enVocabulary.BODY_PLACES) {
      expect(esVocabulary.findBodyPlace(place.id)).toBeDefined();
    }
    expect(esVocabulary.feelingsByFamily().map((g) => [g.family.id, g.feelings.length])).toEqual(
      enVocabulary.feelingsByFamily().map((g) => [g.family.id, g.feelings.length]),
    );
  });

  it('leaves no text empty', () => {
    expect(esStrings.length).toBeGreaterThan(500);
    expect(esStrings.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });

  it('leaves no English in place: no string reads the same as its English', () => {
    const same = PAIRS.flatMap(([name, en, es]) => {
      const english = readable(en, name);
      return readable(es, name)
        .filter(([, text], i) => text === english[i]?.[1] && !SAME_IN_BOTH.has(text))
        .map(([path, text]) => `${path}: "${text}"`);
    });
    expect(same).toEqual([]);
  });

  it('repeats each step’s title and promise in the summaries, word for word', () => {
    expect(esSteps.STEP_SUMMARIES).toEqual(
      esSteps.STEPS.map(({ number, title, promise }) => ({ number, title, promise })),
    );
  });

  it('keeps each promise to one line and every heavy step’s pacing line', () => {
    for (const step of esSteps.STEPS) {
      expect(step.promise, `step ${step.number}`).not.toMatch(/\n/);
      expect(step.promise.length, `step ${step.number}`).toBeLessThanOrEqual(100);
      if (step.heavy) expect(step.pacing?.trim(), `step ${step.number}`).toBeTruthy();
    }
  });

  it('names each feeling with its own lower-case word', () => {
    const words = esVocabulary.FEELINGS.map((f) => f.word);
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toBe(word.toLocaleLowerCase('es'));
    const families = esVocabulary.FAMILIES.map((f) => f.name);
    expect(new Set(families).size).toBe(families.length);
  });
});

describe('the Spanish content keeps the voice of VOICE.md', () => {
  it('uses no judging words', () => {
    expect(wordPattern('debes').test('Debes hacerlo hoy.')).toBe(true);
    const hits = esStrings.flatMap(([path, text]) =>
      JUDGING_WORDS.filter((w) => wordPattern(w).test(text)).map((w) => `${path}: "${w}"`),
    );
    expect(hits).toEqual([]);
  });

  it('is written in its own words, not in published step phrasing', () => {
    const hits = esStrings.flatMap(([path, text]) =>
      PUBLISHED_PHRASES.filter((w) => wordPattern(w).test(text)).map((w) => `${path}: "${w}"`),
    );
    expect(hits).toEqual([]);
  });

  it('writes around gender instead of marking it, and gives "tú" no gendered adjective', () => {
    // The checks themselves catch what they are for.
    for (const marked of ['Bienvenido/a', 'tod@s', 'amigxs', 'cansado(a)']) {
      expect(MARKED_GENDER.test(marked), marked).toBe(true);
    }
    expect(GENDERED_ABOUT_YOU.test('Cuando estés lista, escribe.')).toBe(true);
    expect(GENDERED_ABOUT_YOU.test('¿De qué te sientes orgulloso?')).toBe(true);

    const hits = esStrings
      .filter(([, text]) => MARKED_GENDER.test(text) || GENDERED_ABOUT_YOU.test(text))
      .map(([path, text]) => `${path}: "${text}"`);
    expect(hits).toEqual([]);
  });

  it('speaks to "tú", never "usted" or "vos"', () => {
    const hits = esStrings
      .filter(([, text]) =>
        /(?<!\p{L})(usted|ustedes|vos|sos|tenés|podés|querés)(?!\p{L})/iu.test(text),
      )
      .map(([path]) => path);
    expect(hits).toEqual([]);
  });

  it('says plainly in step 1 that what happened was not the person’s fault', () => {
    expect(esSteps.getStep(1)?.explanation.whatItIs.join(' ')).toMatch(/no fue tu culpa/);
  });

  it('offers a Higher Power as an option, never a requirement', () => {
    const texts = esStrings.map(([, text]) => text);
    expect(texts.some((text) => text.includes('Poder Superior'))).toBe(true);
    expect(texts.some((text) => text.includes('si eso va contigo'))).toBe(true);
  });
});
