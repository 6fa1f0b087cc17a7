import { NEAR_LIMIT } from '../lib/limits';

const count = (n: number) => n.toLocaleString('en');

/**
 * How much room a box has left, shown quietly only near its limit (the box's own `maxLength`
 * stops typing past it). Screen readers hear only the change to "nearly full" or "full", not
 * every character.
 */
export function LimitNote({
  length,
  max,
  more = 'A journal entry has room for more.',
}: {
  length: number;
  max: number;
  /** Where the rest can go, said when the box is full. */
  more?: string;
}) {
  const near = length >= max * NEAR_LIMIT;
  const full = length >= max;
  const over = length > max;
  return (
    <>
      {near && (
        <span className="muted limit-note" aria-hidden="true">
          {count(length)} of {count(max)} characters
          {over
            ? `. Only the first ${count(max)} can be kept; shortening it keeps the rest.`
            : full
              ? `. This box is full. ${more}`
              : ''}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {over
          ? `This box is over its limit of ${count(max)} characters.`
          : full
            ? `This box is full. ${more}`
            : near
              ? `This box is nearly full: it holds up to ${count(max)} characters.`
              : ''}
      </span>
    </>
  );
}
