import { useEffect } from 'react';
import { useT } from '../../core/i18n/language';
import { leaveNeutralScreen } from './quickExit';
import './quickExit.css';

/** What the quick exit leaves on screen: a plain, empty page that says nothing about recovery. */
export function NeutralScreen() {
  const t = useT();
  // NEUTRAL_TITLE (quietFlag.ts) in the person's language: the page's own script, before any
  // code, can only write the English; set again if the language arrives after the first frame.
  const title = t('Notes');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main className="neutral">
      <h1>{title}</h1>
      <p className="muted">{t('Nothing here yet.')}</p>
      <button type="button" className="button button--quiet" onClick={leaveNeutralScreen}>
        {t('Continue')}
      </button>
    </main>
  );
}
