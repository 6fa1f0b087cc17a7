import {
  addMonths,
  addWeeks,
  format,
  startOfDay,
  startOfMonth,
  startOfWeek,
  subDays,
  type Locale,
} from 'date-fns';
import { msg, t } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { listOf, number } from '../../lib/words';
import type { ChosenFeeling } from './types';
import * as english from './vocabulary';
import type { Vocabulary } from './vocabulary/current';

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
  { id: '30-days', label: msg('Last 30 days'), phrase: msg('In the last 30 days'), days: 30 },
  { id: '3-months', label: msg('Last 3 months'), phrase: msg('In the last 3 months'), days: 91 },
  { id: 'year', label: msg('Last 12 months'), phrase: msg('In the last 12 months'), days: 365 },
];

/** What the picture is written in: one language's feeling words and date-fns locale (English,
 * date-fns's own, when left out). */
export interface TrendWords {
  vocabulary?: Pick<Vocabulary, 'findFeeling' | 'findFamily'>;
  locale?: Locale;
}

export function isTrendRange(value: unknown): value is TrendRange {
  return TREND_RANGES.some((range) => range.id === value);
}

/** Intensities at or above this count as strong in the summary line. */
export const STRONG_AT = 6;

export interface TrendInput {
  day: string;
  feelings: readonly ChosenFeeling[];
}

/** Pleasant and painful feelings are counted apart and never averaged together; a person's own
 * words belong to neither (the app does not guess how a word of theirs feels). */
export type Tone = 'painful' | 'pleasant' | 'own';

export const TONES: readonly Tone[] = ['painful', 'pleasant', 'own'];

/** How a family's place in the inventories moved from the earlier part of the range to the
 * later part; null when there is not enough to compare. */
type Change = 'grew' | 'eased' | 'steady' | null;

/** One family of feelings (or one of the person's own words) over the whole range. */
export interface FamilyTrend {
  key: string;
  name: string;
  tone: Tone;
  count: number;
  /** Mean intensity of the times a strength was set, one decimal; null when none was. */
  average: number | null;
  /** How many times a strength was set for it. */
  rated: number;
  /** How many times it was named at STRONG_AT or more. */
  strong: number;
  /** The words named within it, most named first. */
  words: string[];
  /** How many inventories named it at least once. */
  inventories: number;
  /** By period (same order as Trends.periods): how many of that period's inventories named it. */
  byPeriod: number[];
  change: Change;
}

/** One week or month of the range. */
interface PeriodTrend {
  /** yyyy-MM-dd of the period's first day. */
  start: string;
  label: string;
  /** The label without "Week of", for a table's row under a "Week of" heading. */
  short: string;
  inventories: number;
}

export interface Trends {
  fromDay: string;
  toDay: string;
  bucket: TrendBucket;
  inventories: number;
  named: number;
  families: FamilyTrend[];
  periods: PeriodTrend[];
  /** Whether the earlier and later parts of the range both hold inventories to compare. */
  comparable: boolean;
}

/** A share of inventories that moves by at least this much between the earlier and the later
 * part of the range counts as a change: one inventory in four. */
const CHANGE_AT = 0.25;

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

function periodShort(start: Date, bucket: TrendBucket, locale: Locale | undefined): string {
  return format(start, bucket === 'week' ? 'd MMM' : 'MMMM yyyy', { locale });
}

function periodLabel(start: Date, bucket: TrendBucket, locale: Locale | undefined): string {
  const short = periodShort(start, bucket, locale);
  return bucket === 'week' ? t('Week of {date}', { date: short }) : short;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Weeks for a month or a season, months for a year: enough columns to see change, few enough
 * to fit a phone. */
export function bucketFor(range: TrendRange): TrendBucket {
  return range === 'year' ? 'month' : 'week';
}

function familyOf(
  feeling: ChosenFeeling,
  { findFeeling, findFamily }: NonNullable<TrendWords['vocabulary']>,
): { key: string; name: string; word: string; tone: Tone } {
  const builtIn = findFeeling(feeling.feelingId);
  if (builtIn) {
    const family = findFamily(builtIn.family);
    return {
      key: builtIn.family,
      name: family?.name ?? builtIn.family,
      word: builtIn.word,
      tone: family?.comfortable ? 'pleasant' : 'painful',
    };
  }
  const word = feeling.word ?? t('a word of your own');
  return { key: OWN_KEY + word.toLocaleLowerCase(), name: word, word, tone: 'own' };
}

interface Tally {
  name: string;
  tone: Tone;
  count: number;
  rated: number;
  total: number;
  strong: number;
  words: Map<string, number>;
  inventories: number;
  byPeriod: number[];
}

/** The earlier and the later half of the weeks (or months) from the first inventory to the last,
 * the middle one left out when their number is odd; null when there is only one. */
function halves(periods: readonly PeriodTrend[]): { earlier: number[]; later: number[] } | null {
  const active = periods.flatMap((period, i) => (period.inventories > 0 ? [i] : []));
  const first = active[0];
  const last = active[active.length - 1];
  if (first === undefined || last === undefined || first === last) return null;
  const half = Math.floor((last - first + 1) / 2);
  const span = (from: number) => Array.from({ length: half }, (_, i) => from + i);
  return { earlier: span(first), later: span(last - half + 1) };
}

function changeOf(
  tally: Tally,
  periods: readonly PeriodTrend[],
  parts: { earlier: number[]; later: number[] } | null,
): Change {
  // One inventory is not a pattern: nothing is said to have grown or eased from it.
  if (!parts || tally.inventories < 2) return null;
  const share = (indexes: number[]) => {
    const total = indexes.reduce((sum, i) => sum + (periods[i]?.inventories ?? 0), 0);
    const named = indexes.reduce((sum, i) => sum + (tally.byPeriod[i] ?? 0), 0);
    return total === 0 ? 0 : named / total;
  };
  const moved = share(parts.later) - share(parts.earlier);
  if (moved >= CHANGE_AT) return 'grew';
  if (moved <= -CHANGE_AT) return 'eased';
  return 'steady';
}

export function computeTrends(
  inventories: readonly TrendInput[],
  {
    fromDay,
    toDay,
    bucket,
    vocabulary = english,
    locale,
  }: { fromDay: string; toDay: string; bucket: TrendBucket } & TrendWords,
): Trends {
  const periods: PeriodTrend[] = [];
  const periodIndex = new Map<string, number>();
  const step = bucket === 'week' ? addWeeks : addMonths;
  const last = parseDay(toDay);
  for (let start = periodStart(parseDay(fromDay), bucket); start <= last; start = step(start, 1)) {
    periodIndex.set(dayKey(start.getTime()), periods.length);
    periods.push({
      start: dayKey(start.getTime()),
      label: periodLabel(start, bucket, locale),
      short: periodShort(start, bucket, locale),
      inventories: 0,
    });
  }
  // Many inventories share a day: the day's period is worked out once.
  const periodOfDay = new Map<string, number | undefined>();
  const families = new Map<string, Tally>();
  let counted = 0;
  let named = 0;

  for (const inventory of inventories) {
    if (inventory.day < fromDay || inventory.day > toDay) continue;
    let p = periodOfDay.get(inventory.day);
    if (!periodOfDay.has(inventory.day)) {
      p = periodIndex.get(dayKey(periodStart(parseDay(inventory.day), bucket).getTime()));
      periodOfDay.set(inventory.day, p);
    }
    counted += 1;
    if (p !== undefined) periods[p]!.inventories += 1;
    const seen = new Set<string>();
    for (const feeling of inventory.feelings) {
      const { key, name, word, tone } = familyOf(feeling, vocabulary);
      let family = families.get(key);
      if (!family) {
        family = {
          name,
          tone,
          count: 0,
          rated: 0,
          total: 0,
          strong: 0,
          words: new Map(),
          inventories: 0,
          byPeriod: periods.map(() => 0),
        };
        families.set(key, family);
      }
      family.count += 1;
      // A strength never set is not a middle one: it is left out of every average.
      if (feeling.intensity !== undefined) {
        family.rated += 1;
        family.total += feeling.intensity;
        if (feeling.intensity >= STRONG_AT) family.strong += 1;
      }
      family.words.set(word, (family.words.get(word) ?? 0) + 1);
      named += 1;
      // Across periods a family counts once per inventory: naming three kinds of fear in one
      // sitting is one inventory with fear in it, not three.
      if (!seen.has(key)) {
        seen.add(key);
        family.inventories += 1;
        if (p !== undefined) family.byPeriod[p] = (family.byPeriod[p] ?? 0) + 1;
      }
    }
  }

  const parts = halves(periods);
  return {
    fromDay,
    toDay,
    bucket,
    inventories: counted,
    named,
    periods,
    comparable: parts !== null,
    families: [...families]
      .map(([key, family]) => ({
        key,
        name: family.name,
        tone: family.tone,
        count: family.count,
        average: family.rated > 0 ? oneDecimal(family.total / family.rated) : null,
        rated: family.rated,
        strong: family.strong,
        words: [...family.words]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([w]) => w),
        inventories: family.inventories,
        byPeriod: family.byPeriod,
        change: changeOf(family, periods, parts),
      }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          (b.average ?? -1) - (a.average ?? -1) ||
          a.name.localeCompare(b.name),
      ),
  };
}

/** The families of one tone, most named first. */
export function familiesOf(trends: Trends, tone: Tone): FamilyTrend[] {
  return trends.families.filter((family) => family.tone === tone);
}

/** Every family of the tone named as often as the most named one (a tie names them all). */
export function mostNamed(trends: Trends, tone: Tone): FamilyTrend[] {
  const of = familiesOf(trends, tone);
  const most = of[0]?.count ?? 0;
  return of.filter((family) => family.count === most);
}

/** How a family is written mid-sentence: a family's name in lower case, a person's own word as
 * they wrote it, in quotes. */
function nameInSentence(family: Pick<FamilyTrend, 'name' | 'tone'>): string {
  return family.tone === 'own' ? `“${family.name}”` : family.name.toLocaleLowerCase();
}

/** A number as the person's language writes it: "7.5", "7,5". */
export const numberText = (value: number): string => number(value);

/** "fear", "fear and anger", "fear, anger and shame and guilt"; where a name holds an "and" of
 * its own, the last joint is "as well as", so two families never read as three. Intl joins the
 * others in the person's language (Spanish says "miedo e ira", not "miedo y ira"). */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  // The word that joins two names in the person's language, as a family's name holds it.
  const and = ` ${t('and')} `;
  if (names.some((name) => name.includes(and))) {
    return t('{list} as well as {last}', {
      list: names.slice(0, -1).join(', '),
      last: names[names.length - 1]!,
    });
  }
  return listOf(names);
}

const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** What was named most, by tone: once, several times, and the same for a tie (whole sentences,
 * as other languages change more than the ending). */
const MOST: Record<Tone, { once: string; times: string; onceEach: string; timesEach: string }> = {
  painful: {
    once: msg('Of the painful feelings, you named {names} most, once.'),
    times: msg('Of the painful feelings, you named {names} most, {count} times.'),
    onceEach: msg('Of the painful feelings, you named {names} most, once each.'),
    timesEach: msg('Of the painful feelings, you named {names} most, {count} times each.'),
  },
  pleasant: {
    once: msg('Of the pleasant ones, you named {names} most, once.'),
    times: msg('Of the pleasant ones, you named {names} most, {count} times.'),
    onceEach: msg('Of the pleasant ones, you named {names} most, once each.'),
    timesEach: msg('Of the pleasant ones, you named {names} most, {count} times each.'),
  },
  own: {
    once: msg('Of your own words, you named {names} most, once.'),
    times: msg('Of your own words, you named {names} most, {count} times.'),
    onceEach: msg('Of your own words, you named {names} most, once each.'),
    timesEach: msg('Of your own words, you named {names} most, {count} times each.'),
  },
};

/** One sentence per tone on what was named most, ties named in full. */
function mostSentence(trends: Trends, tone: Tone): string | null {
  const top = mostNamed(trends, tone);
  const first = top[0];
  if (!first) return null;
  const names = listNames(top.map(nameInSentence));
  const said = MOST[tone];
  const tie = top.length > 1;
  if (first.count === 1) return t(tie ? said.onceEach : said.once, { names });
  return t(tie ? said.timesEach : said.times, { names, count: first.count });
}

/** Kind words for what moved; a painful feeling that grew is met gently, never as a setback. */
function changeSentences(trends: Trends): string[] {
  const moved = (tone: Tone, change: Change) =>
    familiesOf(trends, tone).filter((family) => family.change === change);
  const names = (list: FamilyTrend[]) => listNames(list.map(nameInSentence));
  // The names may open the sentence or sit inside it, depending on the language.
  const say = (message: string, list: FamilyTrend[]) => capital(t(message, { names: names(list) }));
  const sentences: string[] = [];
  const pleasantGrew = moved('pleasant', 'grew');
  const painfulEased = moved('painful', 'eased');
  const painfulGrew = moved('painful', 'grew');
  const pleasantEased = moved('pleasant', 'eased');
  const ownGrew = moved('own', 'grew');
  const ownEased = moved('own', 'eased');
  if (pleasantGrew.length === 1) {
    sentences.push(say(msg('{names} grew: it came up more often lately.'), pleasantGrew));
  } else if (pleasantGrew.length > 1) {
    sentences.push(say(msg('{names} grew: they came up more often lately.'), pleasantGrew));
  }
  if (painfulEased.length === 1) {
    sentences.push(say(msg('{names} eased: it came up less often lately.'), painfulEased));
  } else if (painfulEased.length > 1) {
    sentences.push(say(msg('{names} eased: they came up less often lately.'), painfulEased));
  }
  if (painfulGrew.length > 0) {
    sentences.push(
      say(msg('{names} came up more often lately. You can go gently with yourself.'), painfulGrew),
    );
  }
  if (pleasantEased.length > 0) {
    sentences.push(say(msg('{names} came up less often lately.'), pleasantEased));
  }
  if (ownGrew.length > 0) sentences.push(say(msg('{names} came up more often lately.'), ownGrew));
  if (ownEased.length > 0) sentences.push(say(msg('{names} came up less often lately.'), ownEased));
  if (sentences.length === 0) {
    const week = trends.bucket === 'week';
    sentences.push(
      trends.comparable
        ? week
          ? t(
              'From the earlier weeks to the later ones, your feelings came up about as often as before.',
            )
          : t(
              'From the earlier months to the later ones, your feelings came up about as often as before.',
            )
        : week
          ? t(
              'Once you have inventories in more than one week, this shows what grew and what eased.',
            )
          : t(
              'Once you have inventories in more than one month, this shows what grew and what eased.',
            ),
    );
  }
  return sentences;
}

/** The picture in a few sentences of plain words: what was named most, painful and pleasant
 * apart, and what grew and what eased. `phrase` is the range's, in the person's language. */
export function summarizeTrends(trends: Trends, phrase: string): string {
  if (trends.inventories === 0) {
    return t('{phrase} there is no finished inventory yet. Once you finish one, it shows here.', {
      phrase,
    });
  }
  return [
    trends.inventories === 1
      ? t('{phrase} you finished one inventory.', { phrase })
      : t('{phrase} you finished {count} inventories.', { phrase, count: trends.inventories }),
    ...TONES.map((tone) => mostSentence(trends, tone)).filter((line) => line !== null),
    ...changeSentences(trends),
  ].join(' ');
}
