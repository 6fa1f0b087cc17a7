import { memo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { t, useT } from '../../../core/i18n/language';
import { ROUTES } from '../../../core/routes';
import { friendlyDay } from '../../../lib/dates';
import { useFocusBroughtIn } from '../../../ui/useFocusBroughtIn';
import { Highlight } from './Highlight';
import type { ResultItem } from './searchResults';
import { useSearch } from './useSearch';
import './search.css';

/** Results drawn per answer: about two screens of a phone. Every keystroke draws its answer, and
 * with twenty the drawing was most of a keystroke's time (paired runs with 10,000 entries: p95
 * 18.4 -> 16.2 ms at full speed, 34.4 -> 30.8 ms at 4x); "Show more" adds ten at a time. */
const PAGE = 10;

function countLabel(count: number): string {
  return count === 1 ? t('1 entry found') : t('{count} entries found', { count });
}

/** While the older entries are still being opened: the count so far, in one sentence. */
function countSoFar(count: number): string {
  if (count === 0) {
    return t('Nothing found in your newest entries so far. Still looking through the older ones…');
  }
  return count === 1
    ? t('1 entry found so far. Still looking through your older entries…')
    : t('{count} entries found so far. Still looking through your older entries…', { count });
}

// The list is drawn again only when an answer arrives, not with every keystroke before it.
const Result = memo(function Result({ item }: { item: ResultItem }) {
  return (
    <li>
      <Link href={ROUTES.entry(item.id)} className="search-result">
        <span className="search-result__day muted">{friendlyDay(item.created)}</span>
        <span className="search-result__title" dir="auto">
          <Highlight segments={item.heading} />
        </span>
        {item.snippet && (
          <span className="search-result__snippet" dir="auto">
            <Highlight segments={item.snippet} />
          </span>
        )}
      </Link>
    </li>
  );
});

export default function SearchPage() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState({ query: '', count: PAGE });
  const visible = shown.query === query ? shown.count : PAGE;
  // The index answers from its worker; the page draws only the results it is sent.
  const { status, size, results, answering } = useSearch(query, visible);
  const list = useRef<HTMLUListElement>(null);
  const focusBroughtIn = useFocusBroughtIn(list, results.items.length);
  const found = results.total;
  const searching = results.terms.length > 0;

  let message: string;
  if (status === 'failed') {
    message = t(
      'Search could not read your entries just now. Your entries are safe. Try again later.',
    );
  } else if (!answering) {
    message = t('Getting your entries ready to search…');
  } else if (size === 0) {
    message = t('There is nothing to search yet. When you write, you can find any word here.');
  } else if (!searching) {
    message = t('Type a word or two to find it in any entry. Your search stays on this device.');
  } else if (!results.complete) {
    // The newest entries have been looked through; the answer grows as the older ones open.
    message = countSoFar(found);
  } else if (found === 0) {
    message = t(
      'No entries found with those words. You could try fewer words, or another spelling.',
    );
  } else {
    message = countLabel(found);
  }

  return (
    <section className="search" data-query={query} data-answered={results.query}>
      <h1>{t('Search')}</h1>
      <div className="field">
        <label htmlFor="search-input">{t('Search your journal')}</label>
        <input
          id="search-input"
          className="input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          dir="auto"
        />
      </div>
      <p className="search__count muted" role="status" aria-live="polite">
        {message}
      </p>
      {found > 0 && (
        <>
          <ul ref={list} className="plain-list search__results" aria-label={t('Search results')}>
            {results.items.map((item) => (
              <Result key={item.id} item={item} />
            ))}
          </ul>
          {found > results.items.length && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                focusBroughtIn();
                setShown({ query: query, count: visible + PAGE });
              }}
            >
              {t('Show more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
