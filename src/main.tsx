import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadOpeningScreen } from './app/App';
import { startOpeningJournal } from './app/journalOpening';
import { followQuickExitLink } from './features/safety/quickExit';
import './ui/tokens.css';
import './ui/base.css';

const root = document.getElementById('root');
if (root) {
  followQuickExitLink();
  preloadOpeningScreen(location.hash.replace(/^#/, '') || '/');
  startOpeningJournal();
  // Its code is not on the first screen (scripts/size.mjs): it comes beside the journal's opening.
  import('./core/i18n/showLanguage').then(
    (language) => language.followLanguage(),
    () => undefined,
  );
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
