import { startOfMonth } from 'date-fns';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { t, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { dayKey, friendlyDay } from '../../lib/dates';
import { EntryList } from './EntryList';
import { useJournalView } from '../../core/journalViewStore';
import { useCheckinDays } from '../today';
import { MonthCalendar } from './MonthCalendar';
import { MOODS } from './moods';
import { useEntriesWhen, useEntryMeta, useRecentEntryMeta, useTagSuggestions } from './useJournal';
import './journal.css';

/** About two screens of rows on a phone. */
const FIRST_SCREEN = 30;

export default function JournalPage() {
  const t = useT();
  const recent = useRecentEntryMeta(FIRST_SCREEN);
  // The scan of the whole journal waits for the first screen, so it never delays it.
  const allMetas = useEntryMeta(recent !== undefined);
  const { filters, setFilters, clearFilters, month, setMonth } = useJournalView();
  const needsOpened = filters.tag !== undefined || filters.mood !== undefined;
  const opened = useEntriesWhen(needsOpened);
  // Tags are sealed: listing them opens every entry, so only when the filters are opened.
  const [toolsOpen, setToolsOpen] = useState(false);
  const tags = useTagSuggestions(toolsOpen || filters.tag !== undefined);

  const filtering = Object.values(filters).some((value) => value !== undefined);
  // Until the whole journal is scanned, the newest entries fill the first screen.
  const metas = allMetas ?? (filtering ? undefined : recent);

  const shown = useMemo(() => {
    if (!metas) return undefined;
    let out = metas;
    if (filters.step !== undefined) out = out.filter((meta) => meta.step === filters.step);
    if (filters.day !== undefined) out = out.filter((meta) => meta.day === filters.day);
    if (needsOpened) {
      if (!opened) return undefined;
      const match = new Set(
        opened
          .filter((entry) => filters.tag === undefined || entry.tags.includes(filters.tag))
          .filter((entry) => filters.mood === undefined || entry.mood === filters.mood)
          .map((entry) => entry.id),
      );
      out = out.filter((meta) => match.has(meta.id));
    }
    return out;
  }, [metas, opened, filters, needsOpened]);

  const counts = useMemo(() => {
    const byDay = new Map<string, number>();
    for (const meta of allMetas ?? []) byDay.set(meta.day, (byDay.get(meta.day) ?? 0) + 1);
    return byDay;
  }, [allMetas]);

  const checkinDayList = useCheckinDays();
  const checkinDays = useMemo(() => new Set(checkinDayList ?? []), [checkinDayList]);

  // A day tapped on the calendar brings its entries up where the person is looking; below the
  // filters they were out of sight, and only the tapped cell seemed to change.
  const dayResult = useRef<HTMLParagraphElement>(null);
  const tappedDay = useRef(false);
  // "Show all entries" takes itself away: focus goes back to where the filters were chosen,
  // not to the page's start, where a keyboard or screen reader would have lost its place. With
  // no entries left to filter (a filter kept from an earlier visit) there are no filters drawn,
  // and the screen's heading takes it.
  const toolsSummary = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const showAll = () => {
    clearFilters();
    (toolsSummary.current ?? heading.current)?.focus();
  };
  useEffect(() => {
    if (!tappedDay.current || !filters.day) return;
    tappedDay.current = false;
    // jsdom, in the component tests, has no scrolling to do.
    const result = dayResult.current;
    if (result && typeof result.scrollIntoView === 'function') {
      result.scrollIntoView({ block: 'start' });
    }
  }, [filters.day]);

  const [thisMonth] = useState(() => dayKey(startOfMonth(new Date()).getTime()));
  const shownMonth = month ?? thisMonth;

  return (
    <section>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('Journal')}
        </h1>
        <Link href={ROUTES.newEntry} className="button">
          {t('New entry')}
        </Link>
      </div>
      <p className="row">
        <Link href={ROUTES.search} className="button button--quiet">
          {t('Search')}
        </Link>
        <Link href={ROUTES.trash} className="button button--quiet">
          {t('Trash')}
        </Link>
      </p>

      {metas && metas.length > 0 && (
        <details
          className="card journal-tools"
          onToggle={(event) => setToolsOpen(event.currentTarget.open)}
        >
          <summary ref={toolsSummary}>{t('Calendar and filters')}</summary>
          <MonthCalendar
            month={shownMonth}
            counts={counts}
            checkins={checkinDays}
            selected={filters.day}
            onSelect={(day) => {
              tappedDay.current = day !== undefined;
              setFilters({ day });
            }}
            onMonth={setMonth}
          />
          <div className="journal-filters">
            <div className="field">
              <label htmlFor="filter-step">{t('Step')}</label>
              <select
                autoComplete="off"
                id="filter-step"
                className="input"
                value={filters.step ?? ''}
                onChange={(event) =>
                  setFilters({ step: event.target.value ? Number(event.target.value) : undefined })
                }
              >
                <option value="">{t('Any step')}</option>
                {Array.from({ length: 12 }, (_, index) => (
                  <option key={index + 1} value={index + 1}>
                    {t('Step {step}', { step: index + 1 })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-tag">{t('Tag')}</label>
              <select
                autoComplete="off"
                id="filter-tag"
                className="input"
                value={filters.tag ?? ''}
                onChange={(event) => setFilters({ tag: event.target.value || undefined })}
              >
                <option value="">{t('Any tag')}</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-mood">{t('Mood')}</label>
              <select
                autoComplete="off"
                id="filter-mood"
                className="input"
                value={filters.mood ?? ''}
                onChange={(event) =>
                  setFilters({ mood: event.target.value ? Number(event.target.value) : undefined })
                }
              >
                <option value="">{t('Any mood')}</option>
                {MOODS.map((mood) => (
                  <option key={mood.value} value={mood.value}>
                    {t(mood.label)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </details>
      )}

      {filtering && (
        <p className="row" role="status" ref={dayResult}>
          <span>{shown ? countLine(shown.length, filters.day) : t('Looking…')}</span>
          <button type="button" className="button button--quiet" onClick={showAll}>
            {t('Show all entries')}
          </button>
        </p>
      )}

      {filters.day && checkinDays.has(filters.day) && (
        <p className="card">
          {t('You checked in with yourself on this day.')}{' '}
          <Link href={ROUTES.checkinFor(filters.day)}>{t('Read that check-in')}</Link>
        </p>
      )}

      {shown === undefined ? (
        <p className="muted" role="status">
          {t('Opening your entries…')}
        </p>
      ) : metas?.length === 0 ? (
        <p className="muted">
          {t(
            'Nothing here yet. When you’re ready, a new entry is one tap away. It saves itself as you write.',
          )}
        </p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('No entries match these filters.')}</p>
      ) : (
        <EntryList metas={shown} />
      )}
    </section>
  );
}

/** "2 entries", or "2 entries on Today" when a day is chosen: whole sentences, for word order. */
function countLine(count: number, day: string | undefined): string {
  if (day === undefined) return count === 1 ? t('1 entry') : t('{count} entries', { count });
  const on = friendlyDay(new Date(`${day}T12:00`).getTime());
  return count === 1
    ? t('1 entry on {day}', { day: on })
    : t('{count} entries on {day}', { count, day: on });
}
