import { openJournal } from '../features/vault/vaultRepo';
import { prepareDates } from '../lib/dates';

type OpeningEvents = Parameters<typeof openJournal>[0];
type Opening = ReturnType<typeof openJournal>;

/** The opening main.tsx starts before React draws, until Boot takes it. */
let early: Opening | undefined;
/** Boot's events once it listens; what comes before is kept for it. */
let listener: OpeningEvents | undefined;
const heard: Array<keyof OpeningEvents> = [];
const tell = (name: keyof OpeningEvents) => (listener ? listener[name]() : heard.push(name));

/**
 * Starts opening the database and the vault before React has drawn anything: the first screen's
 * data waits on the opening, and started from Boot's effect it waited for React's whole first
 * render and commit as well (on Lighthouse's phone, a step of the chain before the screen's own
 * content, issue #13).
 */
export function startOpeningJournal(): void {
  if (early) return;
  early = openJournal({
    onBlocked: () => tell('onBlocked'),
    onReplaced: () => tell('onReplaced'),
  });
  // The thread waits on the database now, so the dates the first screen writes get ready here,
  // not inside its first draw (lib/dates.ts). A task of its own, not in the way of the opening.
  setTimeout(prepareDates, 0);
}

/** For Boot: the opening started early, the first time; a new one after that (Boot mounted again
 * after an error), as before. */
export function takeJournalOpening(events: OpeningEvents): Opening {
  const taken = early;
  early = undefined;
  if (!taken) return openJournal(events);
  listener = events;
  for (const name of heard.splice(0)) events[name]();
  return taken;
}
