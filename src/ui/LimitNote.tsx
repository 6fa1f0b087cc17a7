import { useT } from '../core/i18n/language';
import { NEAR_LIMIT } from '../lib/limits';
import { number } from '../lib/words';

/**
 * How much room a box has left, shown quietly only near its limit (the box's own `maxLength`
 * stops typing past it). Screen readers hear only the change to "nearly full" or "full", not
 * every character.
 */
export function LimitNote({
  length,
  max,
  more,
}: {
  length: number;
  max: number;
  /** Where the rest can go, said when the box is full. */
  more?: string;
}) {
  const t = useT();
  const near = length >= max * NEAR_LIMIT;
  const full = length >= max;
  const over = length > max;
  const room = {
    length: number(length),
    max: number(max),
    more: more ?? t('A journal entry has room for more.'),
  };
  return (
    <>
      {near && (
        <span className="muted limit-note" aria-hidden="true">
          {over
            ? t(
                '{length} of {max} characters. Only the first {max} can be kept; shortening it keeps the rest.',
                room,
              )
            : full
              ? t('{length} of {max} characters. This box is full. {more}', room)
              : t('{length} of {max} characters', room)}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {over
          ? t('This box is over its limit of {max} characters.', room)
          : full
            ? t('This box is full. {more}', room)
            : near
              ? t('This box is nearly full: it holds up to {max} characters.', room)
              : ''}
      </span>
    </>
  );
}
