import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { errorText } from './errorText';
import { removeOwnFeeling, renameOwnFeeling } from './ownFeelingsRepo';
import type { OwnFeeling } from './types';
import { useOwnFeelings } from './useInventory';
import './inventory.css';

/** The person's own feeling words, to rename or take off the list. */
export default function OwnWordsPage() {
  const t = useT();
  const words = useOwnFeelings();
  return (
    <section className="inventory">
      <Link href={ROUTES.inventory} className="back-link">
        {t('Back to inventory')}
      </Link>
      <h1>{t('Your own feeling words')}</h1>
      <p>
        {t(
          'Words you added when the list did not have the one you needed. A new spelling is used from now on; an inventory you already wrote keeps the word as you chose it then.',
        )}
      </p>
      {words === undefined ? (
        <p className="muted">{t('Opening…')}</p>
      ) : words.length === 0 ? (
        <p>
          {t(
            'You have not added a word of your own yet. You can add one while you take an emotion inventory, under “Your own words”.',
          )}
        </p>
      ) : (
        <ul className="plain-list stack" aria-label={t('Your own feeling words')}>
          {words.map((own) => (
            <OwnWordRow key={own.id} own={own} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OwnWordRow({ own }: { own: OwnFeeling }) {
  const t = useT();
  const [mode, setMode] = useState<'show' | 'rename' | 'remove'>('show');
  const [value, setValue] = useState(own.word);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await renameOwnFeeling(own.id, value);
      setMode('show');
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const remove = async () => {
    setError(null);
    try {
      await removeOwnFeeling(own.id);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <li className="card">
      {mode === 'rename' ? (
        <form autoComplete="off" onSubmit={(event) => void rename(event)}>
          <div className="field">
            <label htmlFor={inputId}>{t('A new spelling for “{word}”', { word: own.word })}</label>
            <input
              autoComplete="off"
              id={inputId}
              className="input"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              dir="auto"
              autoFocus
            />
          </div>
          <p className="row">
            <button type="submit" className="button">
              {t('Save the word')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setValue(own.word);
                setError(null);
                setMode('show');
              }}
            >
              {t('Cancel')}
            </button>
          </p>
        </form>
      ) : (
        <p className="own-word__name" dir="auto">
          {own.word}
        </p>
      )}
      {mode === 'remove' && (
        <div role="group" aria-label={t('Take “{word}” off your list?', { word: own.word })}>
          <p>
            {t(
              'It will no longer be offered when you choose feelings. Inventories that used it keep it, and you can add it again any time.',
            )}
          </p>
          <p className="row">
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              {t('Take it off the list')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setMode('show')}>
              {t('Keep it')}
            </button>
          </p>
        </div>
      )}
      {mode === 'show' && (
        <p className="row">
          <button type="button" className="button button--quiet" onClick={() => setMode('rename')}>
            {t('Rename')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('remove')}>
            {t('Take off the list…')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="inventory-error">
          {error}
        </p>
      )}
    </li>
  );
}
