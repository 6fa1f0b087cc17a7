import { describe, expect, it } from 'vitest';
import { STEPS, findPrompt, getStep } from '../../src/features/steps/content';
import type { StepContent } from '../../src/features/steps/content';
import { STEP_SUMMARIES } from '../../src/features/steps/content/summaries';
import { STEP_PROMPT_IDS } from './stepPromptIds';

/** Words that judge or shame; VOICE.md keeps them off the screen. */
const JUDGING_WORDS = [
  'should',
  'must',
  'failure',
  'failures',
  'failed',
  'fail',
  'fails',
  'failing',
  'relapse',
  'relapses',
  'relapsed',
  'weak',
  'weakness',
  'sin',
  'sins',
  'sinful',
  'defects of character',
  'character defects',
  'shortcomings',
];

/** The content speaks to "you"; third-person gendered pronouns would carry an assumption. */
const GENDERED_PRONOUNS = ['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself'];

/** Phrasing from published step literature; this app writes the steps in its own words. */
const PUBLISHED_PHRASES = [
  'searching and fearless',
  'as we understood',
  'restore us to sanity',
  'conscious contact',
  'spiritual awakening',
  'entirely ready',
  'humbly asked',
  'become unmanageable',
];

function wordPattern(phrase: string): RegExp {
  const escaped = phrase
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`\\b${escaped}\\b`, 'i');
}

/** Every string anywhere inside a value, with a readable path to it. */
function collectStrings(value: unknown, path: string, out: Array<[string, string]> = []) {
  if (typeof value === 'string') {
    out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectStrings(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collectStrings(child, `${path}.${key}`, out);
  }
  return out;
}

const allStrings = STEPS.flatMap((step) => collectStrings(step, `step${step.number}`));

function explanationWords(step: StepContent): number {
  return [...step.explanation.whatItIs, ...step.explanation.whatItIsNot]
    .join(' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean).length;
}

describe('steps content', () => {
  it('has the twelve steps numbered 1 to 12, in order', () => {
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('has no empty or blank text anywhere', () => {
    expect(allStrings.length).toBeGreaterThan(0);
    const blank = allStrings.filter(([, text]) => text.trim() === '').map(([path]) => path);
    expect(blank).toEqual([]);
  });

  it('has no empty lists where text is expected', () => {
    for (const step of STEPS) {
      expect(step.explanation.whatItIs.length, `step ${step.number}`).toBeGreaterThan(0);
      expect(step.explanation.whatItIsNot.length, `step ${step.number}`).toBeGreaterThan(0);
      for (const exercise of step.exercises) {
        expect(exercise.howTo.length, exercise.id).toBeGreaterThan(0);
      }
    }
  });

  it('keeps each promise to one line', () => {
    for (const step of STEPS) {
      expect(step.promise, `step ${step.number}`).not.toMatch(/\n/);
      expect(step.promise.length, `step ${step.number}`).toBeLessThanOrEqual(100);
    }
  });

  it('explains each step in 120 to 250 words', () => {
    for (const step of STEPS) {
      const words = explanationWords(step);
      expect(words, `step ${step.number}`).toBeGreaterThanOrEqual(120);
      expect(words, `step ${step.number}`).toBeLessThanOrEqual(250);
    }
  });

  it('offers 2 to 3 exercises and 4 to 8 prompts per step', () => {
    for (const step of STEPS) {
      expect(step.exercises.length, `step ${step.number}`).toBeGreaterThanOrEqual(2);
      expect(step.exercises.length, `step ${step.number}`).toBeLessThanOrEqual(3);
      expect(step.prompts.length, `step ${step.number}`).toBeGreaterThanOrEqual(4);
      expect(step.prompts.length, `step ${step.number}`).toBeLessThanOrEqual(8);
    }
  });

  it('gives every prompt a unique id that names its own step', () => {
    const ids = STEPS.flatMap((s) => s.prompts.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of STEPS) {
      for (const prompt of step.prompts) {
        const match = /^s(\d+)-p\d+$/.exec(prompt.id);
        expect(match, prompt.id).not.toBeNull();
        expect(Number(match?.[1]), prompt.id).toBe(step.number);
      }
    }
  });

  it('gives every exercise a unique id that names its own step', () => {
    const ids = STEPS.flatMap((s) => s.exercises.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of STEPS) {
      for (const exercise of step.exercises) {
        const match = /^s(\d+)-e\d+$/.exec(exercise.id);
        expect(match, exercise.id).not.toBeNull();
        expect(Number(match?.[1]), exercise.id).toBe(step.number);
      }
    }
  });

  it('keeps every prompt id that has ever shipped (adding is fine, removing is not)', () => {
    expect(new Set(STEP_PROMPT_IDS).size).toBe(STEP_PROMPT_IDS.length);
    const current = new Set(STEPS.flatMap((s) => s.prompts.map((p) => p.id)));
    const missing = STEP_PROMPT_IDS.filter((id) => !current.has(id));
    expect(missing).toEqual([]);
  });

  it('uses no judging words', () => {
    const hits = allStrings.flatMap(([path, text]) =>
      JUDGING_WORDS.filter((w) => wordPattern(w).test(text)).map((w) => `${path}: "${w}"`),
    );
    expect(hits).toEqual([]);
  });

  it('makes no gendered assumptions (no he, she, him, her …)', () => {
    const hits = allStrings.flatMap(([path, text]) =>
      GENDERED_PRONOUNS.filter((w) => wordPattern(w).test(text)).map((w) => `${path}: "${w}"`),
    );
    expect(hits).toEqual([]);
  });

  it('is written in its own words, not in published step phrasing', () => {
    const hits = allStrings.flatMap(([path, text]) =>
      PUBLISHED_PHRASES.filter((w) => wordPattern(w).test(text)).map((w) => `${path}: "${w}"`),
    );
    expect(hits).toEqual([]);
  });

  it('says plainly in step 1 that what happened was not the person’s fault', () => {
    const text = getStep(1)?.explanation.whatItIs.join(' ') ?? '';
    expect(text).toMatch(/was not your fault/i);
  });

  it('offers a higher power as an option, never a requirement', () => {
    const mentions = allStrings.filter(([, text]) => /higher power/i.test(text));
    expect(mentions.length).toBeGreaterThan(0);
    expect(allStrings.some(([, text]) => /if that fits for you/i.test(text))).toBe(true);
    expect(allStrings.some(([, text]) => /\bGod\b/.test(text))).toBe(false);
  });

  it('marks steps 4, 5, 8 and 9 as heavy, each with a pacing line', () => {
    expect(STEPS.filter((s) => s.heavy).map((s) => s.number)).toEqual([4, 5, 8, 9]);
    for (const step of STEPS) {
      if (step.heavy) {
        expect(step.pacing?.trim(), `step ${step.number}`).toBeTruthy();
        expect(step.pacing, `step ${step.number}`).not.toMatch(/\n/);
      } else {
        expect(step.pacing, `step ${step.number}`).toBeUndefined();
      }
    }
  });

  it('links steps 4, 5, 8, 9, 10, 11 and 12 to their tools', () => {
    const tools = Object.fromEntries(STEPS.filter((s) => s.tool).map((s) => [s.number, s.tool]));
    expect(tools).toEqual({
      4: 'inventory',
      5: 'reading',
      8: 'amends',
      9: 'letters',
      10: 'checkin',
      11: 'connection',
      12: 'service',
    });
  });

  it('offers the three step 4 exercises: emotions, resentments/fears/harms, a letter', () => {
    const step4 = getStep(4);
    const titles = step4?.exercises.map((e) => e.title.toLowerCase()) ?? [];
    expect(titles.some((t) => t.includes('emotion'))).toBe(true);
    expect(titles.some((t) => t.includes('resentment') && t.includes('harm'))).toBe(true);
    expect(step4?.exercises.some((e) => e.kind === 'letter')).toBe(true);
    expect(collectStrings(step4, 'step4').some(([, t]) => /this was done to me/i.test(t))).toBe(
      true,
    );
  });

  it('puts the person first on the step 8 amends list', () => {
    const text = collectStrings(getStep(8), 'step8')
      .map(([, t]) => t)
      .join(' ');
    expect(text).toMatch(/yourself first/i);
    expect(text).toMatch(/none/i);
  });
});

describe('getStep and findPrompt', () => {
  it('finds a step by number', () => {
    expect(getStep(1)?.number).toBe(1);
    expect(getStep(12)?.number).toBe(12);
    expect(getStep(0)).toBeUndefined();
    expect(getStep(13)).toBeUndefined();
    expect(getStep(1.5)).toBeUndefined();
  });

  it('finds a prompt and its step by id', () => {
    const found = findPrompt('s4-p2');
    expect(found?.step.number).toBe(4);
    expect(found?.prompt.id).toBe('s4-p2');
    expect(found?.prompt.text.length).toBeGreaterThan(0);
    expect(findPrompt('s10-p1')?.step.number).toBe(10);
    expect(findPrompt('s99-p1')).toBeUndefined();
    expect(findPrompt('')).toBeUndefined();
  });

  it('finds every prompt in the content', () => {
    for (const step of STEPS) {
      for (const prompt of step.prompts) {
        expect(findPrompt(prompt.id)?.step.number).toBe(step.number);
      }
    }
  });
});

describe('the steps list', () => {
  it('draws the same numbers, titles and promises as the steps themselves', () => {
    expect(STEP_SUMMARIES).toEqual(
      STEPS.map(({ number, title, promise }) => ({ number, title, promise })),
    );
  });
});
