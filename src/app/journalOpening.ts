import { openJournal } from '../features/vault/vaultRepo';

type OpeningEvents = Parameters<typeof openJournal>[0];
type Opening = ReturnType<typeof openJournal>;

/** The opening main.tsx starts before React draws, until Boot takes it. */
let early: (Opening & { follow: (events: OpeningEvents) => void }) | undefined;

/**
 * Starts opening the database and the vault before React has drawn anything: the first screen's
 * data waits on the opening, and started from Boot's effect it waited for React's whole first
 * render and commit as well (on Lighthouse's phone, a step of the chain before the screen's own
 * content, issue #13). Events that come before Boot listens are kept for it.
 */
export function startOpeningJournal(): void {
  if (early) return;
  const heard: Array<keyof OpeningEvents> = [];
  let events: OpeningEvents | undefined;
  const tell = (name: keyof OpeningEvents) => (events ? events[name]() : heard.push(name));
  const opening = openJournal({
    onBlocked: () => tell('onBlocked'),
    onReplaced: () => tell('onReplaced'),
  });
  early = {
    ...opening,
    follow: (next) => {
      events = next;
      for (const name of heard.splice(0)) next[name]();
    },
  };
}

/** For Boot: the opening started early, the first time; a new one after that (Boot mounted again
 * after an error), as before. */
export function takeJournalOpening(events: OpeningEvents): Opening {
  const taken = early;
  early = undefined;
  if (!taken) return openJournal(events);
  taken.follow(events);
  return { opened: taken.opened, stop: taken.stop };
}
