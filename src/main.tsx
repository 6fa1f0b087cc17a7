import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadOpeningScreen } from './app/App';
import { startOpeningJournal } from './app/journalOpening';
import { followQuickExitLink } from './features/safety/quickExit';
import './ui/tokens.css';
import './ui/base.css';

/** The longest the app waits for a Spanish device's words before it draws (see below). */
const FIRST_WORDS_WAIT_MS = 1000;

const root = document.getElementById('root');
if (root) {
  followQuickExitLink();
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
    : undefined;
  const draw = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  if (wordsFirst) void wordsFirst.then(draw);
  else draw();
}
