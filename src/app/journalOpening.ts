import { openJournal } from '../features/vault/vaultRepo';

type OpeningEvents = Parameters<typeof openJournal>[0];
type Opening = ReturnType<typeof openJournal>;

/** The opening main.tsx starts before React draws, until Boot takes it. */
let early: Opening | undefined;
/** True once the early opening has opened the journal (the vault then says open or locked). */
let openedEarly = false;
/** Resolves when the early opening has an outcome Boot would draw: opened, failed, or blocked
 * or replaced by another tab. */
let earlyNews: Promise<void> = Promise.resolve();
/** Boot's events once it listens; what comes before is kept for it. */
let listener: OpeningEvents | undefined;
const heard: Array<keyof OpeningEvents> = [];
let hearNews = () => undefined as void;
const tell = (name: keyof OpeningEvents) => {
  hearNews();
  if (listener) listener[name]();
  else heard.push(name);
};

/**
 * Starts opening the database and the vault before React has drawn anything: the first screen's
 * data waits on the opening, and started from Boot's effect it waited for React's whole first
 * render and commit as well (on Lighthouse's phone, a step of the chain before the screen's own
 * content, issue #13).
 */
export function startOpeningJournal(): void {
  if (early) return;
  earlyNews = new Promise<void>((resolve) => (hearNews = resolve));
  early = openJournal({
    onBlocked: () => tell('onBlocked'),
    onReplaced: () => tell('onReplaced'),
  });
  early.opened.then(
    () => {
      openedEarly = true;
      hearNews();
    },
    () => hearNews(),
  );
}

/** Resolves once the journal opening started early has something for Boot to draw. */
export function journalOpeningNews(): Promise<void> {
  return earlyNews;
}

/** True when the opening started early, not yet taken by Boot, has already opened the journal:
 * Boot's first draw can then be the screen itself, with no starting frame before it. */
export function journalOpenedEarly(): boolean {
  return early !== undefined && openedEarly;
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
