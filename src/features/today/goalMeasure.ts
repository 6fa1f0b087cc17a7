import { msg, t } from '../../core/i18n/language';

/** How a person chose to measure a goal: done or not each day, a 0–10 scale, or a count. */
export type MeasureKind = 'done' | 'scale' | 'count';

export interface GoalMeasure {
  kind: MeasureKind;
  /** For a count, what is counted ("glasses of water"); optional. */
  unit?: string;
}

export const MEASURE_KINDS: readonly MeasureKind[] = ['done', 'scale', 'count'];

export const MEASURE_LABELS: Record<MeasureKind, string> = {
  done: msg('Done or not, each day'),
  scale: msg('A scale from 0 to 10'),
  count: msg('A count'),
};

/** Far above any count kept by hand, low enough that a typo cannot swamp the picture. */
export const MAX_COUNT = 100_000;

export function isMeasureKind(value: unknown): value is MeasureKind {
  return MEASURE_KINDS.includes(value as MeasureKind);
}

/** A logged value in words, e.g. "done", "not today", "7 of 10", "3 glasses of water". */
export function valueText(measure: GoalMeasure, value: number): string {
  switch (measure.kind) {
    case 'done':
      return value === 1 ? t('done') : t('not this day');
    case 'scale':
      return t('{value} of 10', { value });
    case 'count':
      return measure.unit ? `${value} ${measure.unit}` : String(value);
  }
}
