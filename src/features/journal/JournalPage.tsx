import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';
import { friendlyDay, timeOfDay } from '../../lib/dates';
import { useEntries } from './useJournal';
import './journal.css';

export default function JournalPage() {
  const entries = useEntries();
  return (
    <section>
      <div className="page-head">
        <h1>Journal</h1>
        <Link href={ROUTES.newEntry} className="button">
          New entry
        </Link>
      </div>
      {entries === undefined ? (
        <p className="muted" role="status">
          Opening your entries…
        </p>
      ) : entries.length === 0 ? (
        <p className="muted">
          Nothing here yet. When you’re ready, a new entry is one tap away. It saves itself as you
          write.
        </p>
      ) : (
        <ul className="entry-list" aria-label="Your entries, newest first">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={ROUTES.entry(entry.id)}>
                <span className="entry-list__title">
                  {entry.unreadable
                    ? 'This entry could not be opened'
                    : entry.title || firstLine(entry.body)}
                </span>
                <span className="muted">
                  {friendlyDay(entry.created)}, {timeOfDay(entry.created)}
                </span>
                {entry.title && <span className="entry-list__preview">{entry.body}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function firstLine(body: string): string {
  const line = body.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line || 'Untitled entry';
}
