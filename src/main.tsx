import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadOpeningScreen } from './app/App';
import { journalOpeningNews, startOpeningJournal } from './app/journalOpening';
import { followQuickExitLink, useQuickExit } from './features/safety/quickExit';
import { holdEscapeTwice } from './features/safety/useEscapeTwice';
import './ui/tokens.css';
import './ui/base.css';

/** The longest the app waits for a Spanish device's words before it draws (see below). */
const FIRST_WORDS_WAIT_MS = 1000;
/** The longest the app waits for the journal to open before it draws (see below). */
const OPENING_WAIT_MS = 1500;

const root = document.getElementById('root');
if (root) {
  followQuickExitLink();
  // From now on, not only once the app has drawn; held for the page's life.
  holdEscapeTwice();
  preloadOpeningScreen(location.hash.replace(/^#/, '') || '/');
  startOpeningJournal();
  // Its code is not on the first screen (scripts/size.mjs): it comes beside the journal's opening.
  const language = import('./core/i18n/showLanguage').then(
    (module) => module.followLanguage(),
    () => undefined,
  );
  // index.html's first frame is already in the device's language (data-first-words, set by its
  // script): the app draws over it once those words are here, not in English just before them,
  // which flipped the bar's words twice (about 0.2 s in a test). The journal opens meanwhile.
  const wordsFirst = document.documentElement.hasAttribute('data-first-words')
    ? Promise.race([language, new Promise((done) => setTimeout(done, FIRST_WORDS_WAIT_MS))])
    : Promise.resolve();
  // index.html's first frame is the same starting frame Boot would draw while the journal opens,
  // so React first draws once the journal has opened: the screen itself, with no render of a
  // starting frame before it (about 60 ms of a slow phone's thread, on the way to Today). Never
  // later than OPENING_WAIT_MS (Boot's starting frame then takes over), and at once on a quick
  // exit, whose neutral screen must not wait for the journal.
  const opened = Promise.race([
    journalOpeningNews(),
    new Promise((done) => setTimeout(done, OPENING_WAIT_MS)),
  ]);
  let drawn = false;
  const draw = () => {
    if (drawn) return;
    drawn = true;
    stopWatchingExit();
    // As a transition React draws the whole app in short pieces, and the thread stays free
    // between them (one long task on Lighthouse's phone otherwise, issue #13).
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  };
  const stopWatchingExit = useQuickExit.subscribe(({ exited }) => exited && draw());
  if (useQuickExit.getState().exited) draw();
  else void Promise.all([wordsFirst, opened]).then(draw);
}
