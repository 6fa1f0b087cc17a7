import { format } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { useT } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { dayStart } from './dayInput';
import { addVictory, removeVictory, type Victory } from './goalsRepo';
import { repoMessage } from './repoMessage';

/** Small victories noted along the way, newest first. */
export function GoalVictories({ goalId, victories }: { goalId: string; victories: Victory[] }) {
  const t = useT();
  const locale = useDateFnsLocale();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await addVictory(goalId, text, dayKey(Date.now()));
      setText('');
      setError(undefined);
      setStatus(t('Noted. Small steps count.'));
    } catch (problem) {
      setError(repoMessage(problem));
    }
  }

  const newest = [...victories].reverse();
  return (
    <section className="card" aria-labelledby="victories-title">
      <h2 id="victories-title">{t('Small victories')}</h2>
      {newest.length > 0 ? (
        <ul className="plain-list victories" aria-labelledby="victories-title">
          {newest.map((victory) => (
            <li key={victory.id} className="victories__item">
              <span>
                <time dateTime={victory.day}>
                  {format(dayStart(victory.day), t('d MMMM'), { locale })}
                </time>
                {': '}
                {victory.text}
              </span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('Remove “{words}”', { words: victory.text })}
                onClick={() =>
                  void removeVictory(goalId, victory.id).catch((e: unknown) =>
                    setError(repoMessage(e)),
                  )
                }
              >
                {t('Remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('Anything that went a little better counts. Note it here.')}</p>
      )}
      <form autoComplete="off" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="victory-text">{t('A small victory')}</label>
          <input
            id="victory-text"
            className="input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            dir="auto"
          />
        </div>
        <button type="submit" className="button">
          {t('Note it')}
        </button>
        <p className="muted" role="status">
          {status}
        </p>
        {error && (
          <p className="today-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
