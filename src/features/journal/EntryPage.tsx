import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { friendlyDay } from '../../lib/dates';
import { useToasts } from '../../ui/toastStore';
import { EntryEditor } from './EntryEditor';
import { useNewEntryContexts } from './newEntryStore';
import { restoreEntry, trashEntry } from './journalRepo';
import { useEntry } from './useJournal';
import './journal.css';

export default function EntryPage({ id }: { id: string }) {
  const t = useT();
  const entry = useEntry(id);
  const [, navigate] = useLocation();
  const showToast = useToasts((state) => state.show);
  const context = useNewEntryContexts((state) => state.contexts[id]);
  const asked = useNewEntryContexts((state) => state.asked[id] === true);
  const [trashFailed, setTrashFailed] = useState(false);

  if (entry === null) {
    return (
      <p className="muted" role="status">
        {t('Opening your entry…')}
      </p>
    );
  }

  const moveToTrash = async () => {
    setTrashFailed(false);
    try {
      await trashEntry(id);
    } catch (error) {
      console.error(error);
      setTrashFailed(true);
      return;
    }
    navigate(ROUTES.journal);
    showToast({
      message: t('Entry moved to Trash.'),
      action: { label: t('Undo'), run: () => restoreEntry(id) },
    });
  };

  return (
    <section>
      <div className="page-head">
        <h1>{entry ? friendlyDay(entry.created) : t('New entry')}</h1>
        <Link href={ROUTES.journal} className="button button--quiet">
          {t('Back to journal')}
        </Link>
      </div>
      {entry?.deletedAt !== undefined && (
        <p className="notice">
          {t('This entry is in Trash. It is kept until you delete it for good.')}
        </p>
      )}
      {entry?.unreadable ? (
        <p className="notice" role="alert">
          {t(
            'This entry could not be opened. Its stored words may have been changed outside Stepwork. It is left exactly as it is, and the rest of your journal is not affected.',
          )}
        </p>
      ) : (
        <EntryEditor id={id} initial={entry} context={context} focusWords={asked && !entry} />
      )}
      {entry && entry.deletedAt === undefined && (
        // moveToTrash() catches its own failure and says so below the button.
        <button type="button" className="button button--danger" onClick={() => void moveToTrash()}>
          {t('Move to Trash')}
        </button>
      )}
      {trashFailed && (
        <p role="alert" className="notice">
          {t(
            'This entry could not be moved to Trash just now. It is still here, just as you left it. You can try again.',
          )}
        </p>
      )}
    </section>
  );
}
