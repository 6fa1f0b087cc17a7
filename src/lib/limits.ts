import { InputError } from './errors';
import { listOf, number, t } from './words';

/** From this share of a box's limit on, the box shows how much room is left. */
export const NEAR_LIMIT = 0.9;

/** A save that kept every field, but only the first part of one or more that were too long. */
export class TooLongError extends InputError {
  readonly fields: readonly string[];
  constructor(fields: readonly string[], max: number) {
    const holes = { boxes: listOf(fields.map((field) => `“${field}”`)), max: number(max) };
    super(
      fields.length === 1
        ? t(
            '{boxes} is longer than its box can keep, so only the first {max} characters are saved; everything else here is saved as usual. Shorten it a little to keep the rest.',
            holes,
          )
        : t(
            '{boxes} are longer than their boxes can keep, so only the first {max} characters are saved; everything else here is saved as usual. Shorten them a little to keep the rest.',
            holes,
          ),
    );
    this.name = 'TooLongError';
    this.fields = fields;
  }
}

/**
 * Fits the fields of one save to their limits. A field over its limit (text loaded from before,
 * or put there by something other than typing, which the box's maxLength already stops) is cut
 * to the limit for the write, so it never stops the other fields being saved; the whole text
 * stays on screen, and `check()` (after the write) raises a TooLongError naming the field.
 *
 * Why cut rather than leave that field out: leaving it out would keep an older version on disk
 * and lose every edit made to it, while cutting keeps all but the part past the limit, which the
 * repository would refuse anyway, and the person is told which box and why.
 */
export function fitToLimits() {
  const over: string[] = [];
  const seen: [label: string, value: string][] = [];
  let smallest = Infinity;
  return {
    text(value: string, max: number, label: string): string {
      if (value.trim()) seen.push([label, value]);
      if (value.length <= max) return value;
      over.push(label);
      smallest = Math.min(smallest, max);
      return cutAt(value, max);
    },
    /** Fits each named text field of a flat record; other fields pass through as they are. */
    fields<T extends object>(record: T, max: number, labels: { [K in keyof T]?: string }): T {
      const out = { ...record };
      for (const key of Object.keys(labels) as (keyof T)[]) {
        const value = record[key];
        const label = labels[key];
        if (typeof value === 'string' && label !== undefined) {
          out[key] = this.text(value, max, label) as T[keyof T];
        }
      }
      return out;
    },
    check(): void {
      if (over.length > 0) throw new TooLongError(over, smallest);
    },
    /** Every box's words this save carried, whole, under its label: what a person can copy
     * when the save cannot be kept (the record was deleted elsewhere). */
    words(): string {
      return seen.map(([label, value]) => `${label}\n${value}`).join('\n\n');
    },
  };
}

/** The first `max` UTF-16 units, never half of a character made of two. */
function cutAt(value: string, max: number): string {
  const last = value.charCodeAt(max - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
