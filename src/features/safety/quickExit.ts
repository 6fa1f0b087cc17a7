import { useEffect } from 'react';
import { navigate } from 'wouter/use-hash-location';
import { create } from 'zustand';
import { flushAllDrafts } from '../../core/drafts';
import { t } from '../../core/i18n/language';
import { tellOtherTabs } from '../../core/otherTabs';
import { useJournalView } from '../../core/journalViewStore';
import { forgetOpenedEntries } from '../../core/openedEntries';
import { lockJournal } from '../vault';
import { ROUTES } from '../../core/routes';
import { forgetReturnPlace } from './returnPlace';
import { NEUTRAL_TITLE, QUIET_FLAG as FLAG } from './quietFlag';

/**
 * The quick exit. A flag in sessionStorage (this tab only, and nothing private: just "exited")
 * keeps the neutral screen up through Back, Forward and reload: every history entry of a hash
 * route belongs to this same page, so the app itself decides what each one shows, and after a
 * quick exit each one shows the neutral screen until the person chooses to continue.
 */
const APP_TITLE = 'Stepwork';

function readFlag(): boolean {
  try {
    return sessionStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

function writeFlag(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(FLAG, '1');
    else sessionStorage.removeItem(FLAG);
  } catch {
    // Storage can be refused (private modes); the in-memory flag still hides the screen.
  }
}

/** `quiet` outlasts the neutral screen: after Continue, the home screen shows none of the
 * person's words until they open something themself (an in-memory flag; after a reload the
 * session flag above starts it again while the neutral screen is still up). */
export const useQuickExit = create<{ exited: boolean; quiet: boolean }>(() => ({
  exited: readFlag(),
  quiet: readFlag(),
}));

/** Ends the quiet once the person goes anywhere past the home screen. */
export function useQuietUntilOpened(location: string): void {
  useEffect(() => {
    if (location !== '/' && useQuickExit.getState().quiet) useQuickExit.setState({ quiet: false });
  }, [location]);
}

/** Hides this tab at once and, unless another tab asked for it, every other tab of Stepwork too:
 * a journal left open in a second tab must not be one swipe away. */
export async function quickExit(from: 'this-tab' | 'another-tab' = 'this-tab'): Promise<void> {
  if (from === 'this-tab') tellOtherTabs('quick-exit');
  // Start saving the open draft before the editor leaves the screen: the save takes the words
  // it has now, and the lock below waits for it.
  const saving = flushAllDrafts();
  writeFlag(true);
  useQuickExit.setState({ exited: true, quiet: true });
  document.title = t(NEUTRAL_TITLE);
  // The address of this history entry no longer names what was open (an entry id, a step).
  navigate('/', { replace: true });
  await saving;
  const locked = await lockJournal().catch(() => false);
  if (!locked) forgetOpenedEntries();
  // A tag filter is a word the person wrote; the place to return to names an entry.
  useJournalView.getState().clearFilters();
  forgetReturnPlace();
}

/**
 * The frame index.html draws before any code arrives has a plain link to ROUTES.quickExit in
 * Quick exit's place. A tap on it can only change the address (that frame holds nothing of the
 * person's; nothing is fetched or sent); the code, as soon as it runs, sees the address and does
 * the rest before the journal can show: the neutral screen and its title, the other tabs, and the
 * address replaced so Back does not bring the link back.
 */
export function followQuickExitLink(): void {
  const follow = () => {
    if (location.hash === `#${ROUTES.quickExit}`) void quickExit();
  };
  follow();
  // A tap in the moment between the code running and the app drawing over that frame.
  window.addEventListener('hashchange', follow);
}

/** Leaves the neutral screen for the app's first screen (or the unlock screen, when locked). */
export function leaveNeutralScreen(): void {
  writeFlag(false);
  document.title = APP_TITLE;
  navigate('/', { replace: true });
  useQuickExit.setState({ exited: false });
}
