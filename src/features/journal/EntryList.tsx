import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { friendlyDay, timeOfDay } from '../../lib/dates';
import type { EntryMeta } from './journalRepo';
import { moodLabel } from './moods';
import { useEntry } from './useJournal';

type Item = { kind: 'day'; day: string; created: number } | { kind: 'entry'; meta: EntryMeta };

/**
 * The journal, grouped by day, newest first. Only the rows on screen are rendered and opened,
 * so a journal of 10,000 entries scrolls like one of ten.
 */
export function EntryList({ metas }: { metas: EntryMeta[] }) {
  const t = useT();
  const items = useMemo(() => {
    const out: Item[] = [];
    let day: string | undefined;
    for (const meta of metas) {
      if (meta.day !== day) {
        day = meta.day;
        out.push({ kind: 'day', day, created: meta.created });
      }
      out.push({ kind: 'entry', meta });
    }
    return out;
  }, [metas]);

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => (items[index]?.kind === 'day' ? 48 : 84),
    overscan: 8,
  });

  return (
    <ul
      className="entry-list"
      aria-label={t('Your entries, newest first')}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (!item) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="entry-list__item"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {item.kind === 'day' ? (
              <h2 className="entry-list__day">{friendlyDay(item.created)}</h2>
            ) : (
              <EntryRow meta={item.meta} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function EntryRow({ meta }: { meta: EntryMeta }) {
  const t = useT();
  const entry = useEntry(meta.id);
  const title = !entry
    ? ' '
    : entry.unreadable
      ? t('This entry could not be opened')
      : entry.title || firstLine(entry.body) || t('Untitled entry');
  const mood = moodLabel(entry?.mood ?? undefined);
  return (
    <Link href={ROUTES.entry(meta.id)} className="entry-list__link">
      <span className="entry-list__title" dir="auto">
        {title}
      </span>
      <span className="muted entry-list__meta">
        {timeOfDay(meta.created)}
        {meta.step > 0 && ` · ${t('Step {step}', { step: meta.step })}`}
        {mood && ` · ${mood}`}
      </span>
      {entry && entry.title && (
        <span className="entry-list__preview" dir="auto">
          {entry.body}
        </span>
      )}
    </Link>
  );
}

function firstLine(body: string): string {
  const line = body.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}
