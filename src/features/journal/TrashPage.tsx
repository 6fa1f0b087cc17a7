import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { friendlyDay } from '../../lib/dates';
import { useToasts } from '../../ui/toastStore';
import { deleteEntryForever, restoreEntry } from './journalRepo';
import type { JournalEntry } from './types';
import { useTrashedEntries } from './useJournal';
import './journal.css';

export default function TrashPage() {
  const entries = useTrashedEntries();
  return (
    <section>
      <div className="page-head">
        <h1>Trash</h1>
        <Link href={ROUTES.journal} className="button button--quiet">
          Back to journal
        </Link>
      </div>
      <p className="muted">
        Entries you move to Trash wait here until you restore them or delete them for good.
      </p>
      {entries === undefined ? (
        <p className="muted" role="status">
          Opening Trash…
        </p>
      ) : entries.length === 0 ? (
        <p>Trash is empty.</p>
      ) : (
        <ul className="plain-list stack" aria-label="Entries in Trash">
          {entries.map((entry) => (
            <TrashedEntry key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TrashedEntry({ entry }: { entry: JournalEntry }) {
  const [confirming, setConfirming] = useState(false);
  const showToast = useToasts((state) => state.show);
  const name = entry.unreadable
    ? 'An entry that could not be opened'
    : entry.title || entry.body.trim().split('\n')[0]?.slice(0, 80) || 'Untitled entry';

  return (
    <li className="card">
      <p className="entry-list__title" dir="auto">
        {name}
      </p>
      <p className="muted">Written {friendlyDay(entry.created)}</p>
      {confirming ? (
        <div role="group" aria-label={`Delete “${name}” for good?`}>
          <p>This deletes the entry for good. It cannot be brought back.</p>
          <p className="row">
            <button
              type="button"
              className="button button--danger"
              onClick={async () => {
                await deleteEntryForever(entry.id);
                showToast({ message: 'Entry deleted for good.' });
              }}
            >
              Delete for good
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
          </p>
        </div>
      ) : (
        <p className="row">
          <button
            type="button"
            className="button"
            onClick={async () => {
              await restoreEntry(entry.id);
              showToast({ message: 'Entry restored to your journal.' });
            }}
          >
            Restore
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(true)}
          >
            Delete for good…
          </button>
        </p>
      )}
    </li>
  );
}
