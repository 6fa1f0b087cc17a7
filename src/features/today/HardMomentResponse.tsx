import { useId, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { LimitNote } from '../../ui/LimitNote';
import { HardMomentCard } from '../safety';
import type { CheckinFields } from './checkinRepo';
import { isHardMoment } from './hardMoment';
import { MAX_TEXT_CHARS } from './inputError';

interface Props {
  fields: CheckinFields;
  helpedLabel: string;
  onChange: (patch: Partial<CheckinFields>) => void;
}

/**
 * The check-in's answer to a hard moment, in place between the answers. Closing it is kept in
 * the sealed check-in rather than in session memory: the person's "not now" then holds when they
 * come back to the day (asking again on every visit would be pushing), and nothing of it is
 * written anywhere in the clear.
 */
export function HardMomentResponse({ fields, helpedLabel, onChange }: Props) {
  const t = useT();
  const helpedId = useId();
  const hard = isHardMoment(fields);
  const closed = fields.hardMomentClosed === true;
  const showCard = hard && !closed;
  // Once offered, the line about what helped stays in reach after the card goes, however it went.
  const [offered, setOffered] = useState(showCard);
  if (showCard && !offered) setOffered(true);
  const showAfter = !showCard && (offered || closed || Boolean(fields.whatHelped));

  return (
    <>
      {/* Said once, politely, when the card appears; focus stays where the person is. */}
      <p role="status" className="visually-hidden">
        {showCard ? t('A few things for a hard moment are now below your cravings answer.') : ''}
      </p>
      {showCard && <HardMomentCard onClose={() => onChange({ hardMomentClosed: true })} />}
      {showAfter && (
        <div className="card hard-moment-after">
          <div className="field">
            <label htmlFor={helpedId}>{helpedLabel}</label>
            <span id={`${helpedId}-hint`} className="muted">
              {t(
                'A line for yourself, if you like: it can make the next hard moment a little easier.',
              )}
            </span>
            <textarea
              autoComplete="off"
              id={helpedId}
              aria-describedby={`${helpedId}-hint`}
              className="textarea today-textarea"
              value={fields.whatHelped ?? ''}
              onChange={(event) => onChange({ whatHelped: event.target.value })}
              maxLength={MAX_TEXT_CHARS}
              dir="auto"
            />
            <LimitNote length={(fields.whatHelped ?? '').length} max={MAX_TEXT_CHARS} />
          </div>
          {hard && closed && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange({ hardMomentClosed: false })}
            >
              {t('Show the things for a hard moment again')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
