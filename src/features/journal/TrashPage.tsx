import { useState } from 'react';
import { Link } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { friendlyDay } from '../../lib/dates';
import { useToasts } from '../../ui/toastStore';
import { deleteEntryForever, restoreEntry } from './journalRepo';
import type { JournalEntry } from './types';
import { useTrashedEntries } from './useJournal';
import './journal.css';

export default function TrashPage() {
  const t = useT();
  const entries = useTrashedEntries();
  return (
    <section>
      <div className="page-head">
        <h1>{t('Trash')}</h1>
        <Link href={ROUTES.journal} className="button button--quiet">
          {t('Back to journal')}
        </Link>
      </div>
      <p className="muted">
        {t('Entries you move to Trash wait here until you restore them or delete them for good.')}
      </p>
      {entries === undefined ? (
        <p className="muted" role="status">
          {t('Opening Trash…')}
        </p>
      ) : entries.length === 0 ? (
        <p>{t('Trash is empty.')}</p>
      ) : (
        <ul className="plain-list stack" aria-label={t('Entries in Trash')}>
          {entries.map((entry) => (
            <TrashedEntry key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TrashedEntry({ entry }: { entry: JournalEntry }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const showToast = useToasts((state) => state.show);
  const name = entry.unreadable
    ? t('An entry that could not be opened')
    : entry.title || entry.body.trim().split('\n')[0]?.slice(0, 80) || t('Untitled entry');

  // Each catches its own failure and says so in the card; nothing has changed when one fails.
  const deleteForGood = async () => {
    setFailure(null);
    try {
      await deleteEntryForever(entry.id);
    } catch (error) {
      console.error(error);
      setFailure(msg('It could not be deleted just now. Nothing has changed; you can try again.'));
      return;
    }
    showToast({ message: t('Entry deleted for good.') });
  };
  const restore = async () => {
    setFailure(null);
    try {
      await restoreEntry(entry.id);
    } catch (error) {
      console.error(error);
      setFailure(
        msg('It could not be restored just now. It is still safe in Trash; you can try again.'),
      );
      return;
    }
    showToast({ message: t('Entry restored to your journal.') });
  };

  return (
    <li className="card">
      <p className="entry-list__title" dir="auto">
        {name}
      </p>
      <p className="muted">{t('Written {day}', { day: friendlyDay(entry.created) })}</p>
      {confirming ? (
        <div role="group" aria-label={t('Delete “{name}” for good?', { name })}>
          <p>{t('This deletes the entry for good. It cannot be brought back.')}</p>
          <p className="row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void deleteForGood()}
            >
              {t('Delete for good')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setConfirming(false)}
            >
              {t('Keep it')}
            </button>
          </p>
        </div>
      ) : (
        <p className="row">
          <button type="button" className="button" onClick={() => void restore()}>
            {t('Restore')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(true)}
          >
            {t('Delete for good…')}
          </button>
        </p>
      )}
      {failure && (
        <p role="alert" className="notice">
          {t(failure)}
        </p>
      )}
    </li>
  );
}
