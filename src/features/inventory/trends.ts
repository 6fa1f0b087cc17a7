import {
  addMonths,
  addWeeks,
  format,
  startOfDay,
  startOfMonth,
  startOfWeek,
  subDays,
} from 'date-fns';
import { dayKey } from '../../lib/dates';
import type { ChosenFeeling } from './types';
import { findFamily, findFeeling } from './vocabulary';

/** Pure arithmetic for the trends picture: no database, no React, so it is tested and benched
 * on its own. */

export type TrendRange = '30-days' | '3-months' | 'year';
export type TrendBucket = 'week' | 'month';

export const TREND_RANGES: readonly {
  id: TrendRange;
  label: string;
  phrase: string;
  days: number;
}[] = [
  { id: '30-days', label: 'Last 30 days', phrase: 'In the last 30 days', days: 30 },
  { id: '3-months', label: 'Last 3 months', phrase: 'In the last 3 months', days: 91 },
  { id: 'year', label: 'Last 12 months', phrase: 'In the last 12 months', days: 365 },
];

export function isTrendRange(value: unknown): value is TrendRange {
  return TREND_RANGES.some((range) => range.id === value);
}

/** Intensities at or above this count as strong in the summary line. */
export const STRONG_AT = 6;

export interface TrendInput {
  day: string;
  feelings: readonly ChosenFeeling[];
}

/** One family of feelings (or one of the person's own words) over the whole range. */
interface FamilyTrend {
  key: string;
  name: string;
  count: number;
  /** Mean intensity of the times a strength was set, one decimal; null when none was. */
  average: number | null;
  /** How many times a strength was set for it. */
  rated: number;
  /** How many times it was named at STRONG_AT or more. */
  strong: number;
  /** The words named within it, most named first. */
  words: string[];
}

/** One week or month of the range. */
interface PeriodTrend {
  /** yyyy-MM-dd of the period's first day. */
  start: string;
  label: string;
  inventories: number;
  named: number;
  /** Mean intensity, one decimal; null when nothing was named. */
  average: number | null;
}

export interface Trends {
  fromDay: string;
  toDay: string;
  bucket: TrendBucket;
  inventories: number;
  named: number;
  families: FamilyTrend[];
  periods: PeriodTrend[];
}

const OWN_KEY = 'own:';

/** The first and last day (yyyy-MM-dd) of a range that ends today. */
export function rangeDays(range: TrendRange, now = Date.now()): { fromDay: string; toDay: string } {
  const days = TREND_RANGES.find((r) => r.id === range)?.days ?? 30;
  const today = startOfDay(now);
  return { fromDay: dayKey(subDays(today, days - 1).getTime()), toDay: dayKey(today.getTime()) };
}

function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function periodStart(date: Date, bucket: TrendBucket): Date {
  return bucket === 'week' ? startOfWeek(date, { weekStartsOn: 1 }) : startOfMonth(date);
}

function periodLabel(start: Date, bucket: TrendBucket): string {
  return bucket === 'week' ? `Week of ${format(start, 'd MMM')}` : format(start, 'MMMM yyyy');
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function familyOf(feeling: ChosenFeeling): { key: string; name: string; word: string } {
  const builtIn = findFeeling(feeling.feelingId);
  if (builtIn) {
    const family = findFamily(builtIn.family);
    return { key: builtIn.family, name: family?.name ?? builtIn.family, word: builtIn.word };
  }
  const word = feeling.word ?? 'a word of your own';
  return { key: OWN_KEY + word.toLocaleLowerCase(), name: word, word };
}

export function computeTrends(
  inventories: readonly TrendInput[],
  { fromDay, toDay, bucket }: { fromDay: string; toDay: string; bucket: TrendBucket },
): Trends {
  const periods: PeriodTrend[] = [];
  const periodIndex = new Map<string, number>();
  const step = bucket === 'week' ? addWeeks : addMonths;
  const last = parseDay(toDay);
  for (let start = periodStart(parseDay(fromDay), bucket); start <= last; start = step(start, 1)) {
    periodIndex.set(dayKey(start.getTime()), periods.length);
    periods.push({
      start: dayKey(start.getTime()),
      label: periodLabel(start, bucket),
      inventories: 0,
      named: 0,
      average: null,
    });
  }
  const periodTotals = periods.map(() => 0);
  const periodRated = periods.map(() => 0);
  // Many inventories share a day: the day's period is worked out once.
  const periodOfDay = new Map<string, number | undefined>();
  const families = new Map<
    string,
    {
      name: string;
      count: number;
      rated: number;
      total: number;
      strong: number;
      words: Map<string, number>;
    }
  >();
  let counted = 0;
  let named = 0;

  for (const inventory of inventories) {
    if (inventory.day < fromDay || inventory.day > toDay) continue;
    let p = periodOfDay.get(inventory.day);
    if (!periodOfDay.has(inventory.day)) {
      p = periodIndex.get(dayKey(periodStart(parseDay(inventory.day), bucket).getTime()));
      periodOfDay.set(inventory.day, p);
    }
    const period = p === undefined ? undefined : periods[p];
    counted += 1;
    if (period) period.inventories += 1;
    for (const feeling of inventory.feelings) {
      const { key, name, word } = familyOf(feeling);
      let family = families.get(key);
      if (!family) {
        family = { name, count: 0, rated: 0, total: 0, strong: 0, words: new Map() };
        families.set(key, family);
      }
      family.count += 1;
      // A strength never set is not a middle one: it is left out of every average.
      const rated = feeling.intensity !== undefined;
      if (rated) {
        family.rated += 1;
        family.total += feeling.intensity!;
        if (feeling.intensity! >= STRONG_AT) family.strong += 1;
      }
      family.words.set(word, (family.words.get(word) ?? 0) + 1);
      named += 1;
      if (period && p !== undefined) {
        period.named += 1;
        if (rated) {
          periodTotals[p] = (periodTotals[p] ?? 0) + feeling.intensity!;
          periodRated[p] = (periodRated[p] ?? 0) + 1;
        }
      }
    }
  }
  periods.forEach((period, i) => {
    const rated = periodRated[i] ?? 0;
    if (rated > 0) period.average = oneDecimal((periodTotals[i] ?? 0) / rated);
  });

  return {
    fromDay,
    toDay,
    bucket,
    inventories: counted,
    named,
    periods,
    families: [...families]
      .map(([key, family]) => ({
        key,
        name: family.name,
        count: family.count,
        average: family.rated > 0 ? oneDecimal(family.total / family.rated) : null,
        rated: family.rated,
        strong: family.strong,
        words: [...family.words]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([w]) => w),
      }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          (b.average ?? -1) - (a.average ?? -1) ||
          a.name.localeCompare(b.name),
      ),
  };
}

/** The picture in one sentence of plain words, e.g. "In the last 30 days you named fear 8 times,
 * mostly at 6 or more." */
export function summarizeTrends(trends: Trends, phrase: string): string {
  const top = trends.families[0];
  if (!top) {
    return `${phrase} there is no finished inventory yet. Once you finish one, it shows here.`;
  }
  const name = top.key.startsWith(OWN_KEY) ? `“${top.name}”` : top.name.toLocaleLowerCase();
  const times = top.count === 1 ? 'once' : `${top.count} times`;
  let strength: string;
  if (top.average === null) strength = 'with no strength set';
  else if (top.rated === 1) strength = `at ${top.average}`;
  else if (top.strong * 2 > top.rated) strength = `mostly at ${STRONG_AT} or more`;
  else if (top.strong * 2 < top.rated) strength = `mostly below ${STRONG_AT}`;
  else strength = `half the time at ${STRONG_AT} or more`;
  return `${phrase} you named ${name} ${times}, ${strength}.`;
}
