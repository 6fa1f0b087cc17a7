import {
  addMonths,
  addWeeks,
  format,
  startOfMonth,
  startOfWeek,
  subMonths,
  subWeeks,
} from 'date-fns';
import type { Locale } from 'date-fns';
import { msg, t } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { number } from '../../lib/words';
import type { HaltKey } from './checkinRepo';
import { dayStart } from './dayInput';
import { HALT_LABELS } from './haltWords';

/** Pure arithmetic for looking back on check-ins: no database, no React, tested on its own. */

type Halt = HaltKey;
// Not imported from checkinRepo as a value: that would bring the database into pure arithmetic.
const HALT: readonly Halt[] = ['hungry', 'angry', 'lonely', 'tired'];

export type LookBackRange = '4-weeks' | '3-months' | '12-months';
type Bucket = 'week' | 'month';

export const LOOK_BACK_RANGES: readonly {
  id: LookBackRange;
  label: string;
  /** Starts a sentence: "Over the last 4 weeks …". */
  phrase: string;
  bucket: Bucket;
  periods: number;
}[] = [
  {
    id: '4-weeks',
    label: msg('4 weeks'),
    phrase: msg('Over the last 4 weeks'),
    bucket: 'week',
    periods: 4,
  },
  {
    id: '3-months',
    label: msg('3 months'),
    phrase: msg('Over the last 3 months'),
    bucket: 'week',
    periods: 13,
  },
  {
    id: '12-months',
    label: msg('12 months'),
    phrase: msg('Over the last 12 months'),
    bucket: 'month',
    periods: 12,
  },
];

/** What looking back reads of a check-in: its scales and marks, never its written review. */
export interface LookBackInput {
  day: string;
  mood?: number;
  craving?: number;
  halt: Record<Halt, boolean>;
  triggers: string;
}

export interface LookBackPeriod {
  /** yyyy-MM-dd of the period's first day. */
  start: string;
  label: string;
  /** Days with a check-in. */
  days: number;
  /** Mean mood (1–5) of the days it was chosen, one decimal; null when none was. */
  mood: number | null;
  /** Mean cravings (0–10) of the days they were marked, one decimal; null when none were. */
  craving: number | null;
  halt: Record<Halt, number>;
}

interface NamedTrigger {
  /** As the person first wrote it in this range. */
  name: string;
  days: number;
}

export interface LookBack {
  fromDay: string;
  toDay: string;
  bucket: Bucket;
  days: number;
  mood: number | null;
  craving: number | null;
  halt: Record<Halt, number>;
  periods: LookBackPeriod[];
  triggers: NamedTrigger[];
  /** Plain sentences, only where the days really show something (see the thresholds below). */
  observations: string[];
}

/**
 * A comparison is said out loud only with at least this many days on each side of it: with
 * fewer, one hard afternoon would read as a pattern.
 */
export const MIN_DAYS_EACH_SIDE = 5;
/** Cravings (0–10) must differ by at least this much on average for a sentence about them. */
export const CRAVING_GAP = 1.5;
/** Mood (1–5) must differ by at least this much on average for a sentence about it. */
const MOOD_GAP = 0.75;
/** The named triggers table keeps this many, most often named first. */
const MAX_TRIGGERS = 8;
/** A piece longer than this is a sentence, not a name, and stays out of the triggers table. */
const MAX_TRIGGER_CHARS = 60;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const noHalt = (): Record<Halt, number> => ({ hungry: 0, angry: 0, lonely: 0, tired: 0 });

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function periodStart(date: Date, bucket: Bucket): Date {
  return bucket === 'week' ? startOfWeek(date, { weekStartsOn: 1 }) : startOfMonth(date);
}

/** The first and last day of a range ending on `today`: whole weeks or months, this one last. */
export function lookBackDays(
  range: LookBackRange,
  today: string,
): { fromDay: string; toDay: string } {
  const chosen = LOOK_BACK_RANGES.find((r) => r.id === range) ?? LOOK_BACK_RANGES[0]!;
  const current = periodStart(dayStart(today), chosen.bucket);
  const first =
    chosen.bucket === 'week'
      ? subWeeks(current, chosen.periods - 1)
      : subMonths(current, chosen.periods - 1);
  return { fromDay: dayKey(first), toDay: today };
}

/**
 * The names in "What set them off?": pieces between commas, semicolons and line breaks, trimmed,
 * compared without case, each counted once a day however often it was written.
 */
export function namedTriggers(text: string): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const piece of text.split(/[,;\n]+/u)) {
    const name = piece
      .trim()
      .replace(/[.!?…]+$/u, '')
      .trim();
    if (!name || name.length > MAX_TRIGGER_CHARS) continue;
    const key = name.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen].map(([key, name]) => ({ key, name }));
}

interface Side {
  marked: number[];
  unmarked: number[];
}

/** The mean of each side, when both sides have enough days to compare fairly. */
function compared({ marked, unmarked }: Side): { marked: number; unmarked: number } | null {
  if (marked.length < MIN_DAYS_EACH_SIDE || unmarked.length < MIN_DAYS_EACH_SIDE) return null;
  return { marked: mean(marked)!, unmarked: mean(unmarked)! };
}

function observe(checkins: readonly LookBackInput[], fromDay: string, toDay: string): string[] {
  const said: string[] = [];
  const cravingsHigher: Halt[] = [];
  const moodLower: Halt[] = [];
  for (const key of HALT) {
    const cravings: Side = { marked: [], unmarked: [] };
    const moods: Side = { marked: [], unmarked: [] };
    for (const checkin of checkins) {
      const side = checkin.halt[key] ? 'marked' : 'unmarked';
      if (checkin.craving !== undefined) cravings[side].push(checkin.craving);
      if (checkin.mood !== undefined) moods[side].push(checkin.mood);
    }
    const c = compared(cravings);
    if (c && c.marked - c.unmarked >= CRAVING_GAP) cravingsHigher.push(key);
    const m = compared(moods);
    if (m && m.unmarked - m.marked >= MOOD_GAP) moodLower.push(key);
  }
  if (cravingsHigher.length > 0) {
    said.push(
      t('Cravings were higher on days you marked {halt}.', { halt: inWords(cravingsHigher) }),
    );
  }
  if (moodLower.length > 0) {
    said.push(t('Your mood was lower on days you marked {halt}.', { halt: inWords(moodLower) }));
  }

  // The earlier and the later half of the range, split at the day halfway between its ends.
  const middle = dayKey((dayStart(fromDay).getTime() + dayStart(toDay).getTime() + 86_400_000) / 2);
  const halves: Side = { marked: [], unmarked: [] };
  for (const checkin of checkins) {
    if (checkin.craving === undefined) continue;
    (checkin.day < middle ? halves.unmarked : halves.marked).push(checkin.craving);
  }
  const h = compared(halves);
  if (h && h.unmarked - h.marked >= CRAVING_GAP) {
    said.push(
      t('Cravings were lower in the more recent part of this time than in the earlier part.'),
    );
  } else if (h && h.marked - h.unmarked >= CRAVING_GAP) {
    said.push(
      t(
        'Cravings were higher in the more recent part of this time. Noticing that is already a way of looking after yourself.',
      ),
    );
  }
  return said;
}

/** "tired", "lonely or tired", "hungry, lonely or tired", in the person's language. */
function inWords(keys: readonly Halt[]): string {
  const words = keys.map((key) => t(HALT_LABELS[key]).toLocaleLowerCase());
  if (words.length <= 1) return words[0] ?? '';
  return t('{list} or {last}', { list: words.slice(0, -1).join(', '), last: words.at(-1)! });
}

/** `locale` is date-fns's for the person's language (undefined for English), for the labels. */
export function lookBack(
  all: readonly LookBackInput[],
  range: LookBackRange,
  today: string,
  locale?: Locale,
): LookBack {
  const chosen = LOOK_BACK_RANGES.find((r) => r.id === range) ?? LOOK_BACK_RANGES[0]!;
  const { bucket } = chosen;
  const { fromDay, toDay } = lookBackDays(range, today);
  // One check-in a day is the repository's rule; the first of any repeat is the one counted.
  const byDay = new Map<string, LookBackInput>();
  for (const checkin of all) {
    if (checkin.day >= fromDay && checkin.day <= toDay && !byDay.has(checkin.day)) {
      byDay.set(checkin.day, checkin);
    }
  }
  const checkins = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));

  const step = bucket === 'week' ? addWeeks : addMonths;
  const starts: Date[] = [];
  for (let start = dayStart(fromDay); dayKey(start) <= toDay; start = step(start, 1)) {
    starts.push(start);
  }
  const index = new Map(starts.map((start, i) => [dayKey(start), i]));
  const moods = starts.map((): number[] => []);
  const cravings = starts.map((): number[] => []);
  const periods: LookBackPeriod[] = starts.map((start) => ({
    start: dayKey(start),
    label:
      bucket === 'week'
        ? t('Week of {date}', { date: format(start, t('d MMM'), { locale }) })
        : format(start, t('MMMM yyyy'), { locale }),
    days: 0,
    mood: null,
    craving: null,
    halt: noHalt(),
  }));

  const halt = noHalt();
  const triggers = new Map<string, NamedTrigger>();
  for (const checkin of checkins) {
    const i = index.get(dayKey(periodStart(dayStart(checkin.day), bucket)));
    const period = i === undefined ? undefined : periods[i];
    if (!period || i === undefined) continue;
    period.days += 1;
    if (checkin.mood !== undefined) moods[i]!.push(checkin.mood);
    if (checkin.craving !== undefined) cravings[i]!.push(checkin.craving);
    for (const key of HALT) {
      if (!checkin.halt[key]) continue;
      period.halt[key] += 1;
      halt[key] += 1;
    }
    for (const { key, name } of namedTriggers(checkin.triggers)) {
      const named = triggers.get(key) ?? { name, days: 0 };
      named.days += 1;
      triggers.set(key, named);
    }
  }
  periods.forEach((period, i) => {
    const m = mean(moods[i]!);
    const c = mean(cravings[i]!);
    period.mood = m === null ? null : oneDecimal(m);
    period.craving = c === null ? null : oneDecimal(c);
  });
  const allMoods = checkins.flatMap((c) => (c.mood === undefined ? [] : [c.mood]));
  const allCravings = checkins.flatMap((c) => (c.craving === undefined ? [] : [c.craving]));
  const m = mean(allMoods);
  const c = mean(allCravings);

  return {
    fromDay,
    toDay,
    bucket,
    days: checkins.length,
    mood: m === null ? null : oneDecimal(m),
    craving: c === null ? null : oneDecimal(c),
    halt,
    periods,
    triggers: [...triggers.values()]
      .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name))
      .slice(0, MAX_TRIGGERS),
    observations: observe(checkins, fromDay, toDay),
  };
}

/** A mean as the person's language writes a number (4.5, 4,5). */
export function decimal(value: number): string {
  return number(Math.round(value * 10) / 10);
}

/** The range in one sentence with its numbers, for the picture's description. `phrase` is one of
 * LOOK_BACK_RANGES' phrases, in English: it is said through `t`. */
export function summarizeLookBack(look: LookBack, phrase: string): string {
  const over = t(phrase);
  if (look.days === 0) return t('{over} there are no check-ins to look back on.', { over });
  const parts = [
    look.days === 1
      ? t('{over} you checked in on 1 day.', { over })
      : t('{over} you checked in on {count} days.', { over, count: look.days }),
  ];
  if (look.mood !== null) {
    parts.push(t('Mood averaged {mood} of 5.', { mood: decimal(look.mood) }));
  }
  if (look.craving !== null) {
    parts.push(t('Cravings averaged {craving} of 10.', { craving: decimal(look.craving) }));
  }
  return parts.join(' ');
}
