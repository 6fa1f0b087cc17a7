import { afterAll, beforeAll, vi } from 'vitest';
import { resetPersistenceRequest } from '../../src/core/persistence';
import { useJournalView } from '../../src/core/journalViewStore';
import { useVaultStore } from '../../src/core/vaultStore';
import { setDocumentIdMap } from '../../src/db/documentIds';
import { useNewEntryContexts } from '../../src/features/journal/newEntryStore';
import { useQuickExit } from '../../src/features/safety/quickExit';
import { useReturnPlace } from '../../src/features/safety/returnPlace';
import { useToasts } from '../../src/ui/toastStore';

// The component files share one worker's jsdom and modules (vitest.config.ts). This setup file
// runs before each of them, so each starts from what a page just opened would hold, whatever
// the file before it left behind.

/** Properties a file put on these objects itself (a fake `navigator.storage`, a document made
 * to look hidden), taken off again when the file ends. React's own markers (`_react…`) stay. */
const patched = [document, navigator] as const;
const added = (target: object, before: ReadonlySet<string>) =>
  Object.getOwnPropertyNames(target).filter((key) => !before.has(key) && !key.startsWith('_'));
const ownBefore = patched.map((target) => new Set(Object.getOwnPropertyNames(target)));

beforeAll(() => {
  useToasts.setState(useToasts.getInitialState(), true);
  useNewEntryContexts.setState(useNewEntryContexts.getInitialState(), true);
  useReturnPlace.setState(useReturnPlace.getInitialState(), true);
  useJournalView.setState(useJournalView.getInitialState(), true);
  useVaultStore.setState({ status: 'starting' }, true);
  useQuickExit.setState({ exited: false, quiet: false }, true);
  setDocumentIdMap(null);
  resetPersistenceRequest();
  sessionStorage.clear();
  localStorage.clear();
  document.title = '';
  window.location.hash = '';
});

afterAll(async () => {
  // A screen's code still loading when a file ends can be cut off: with more than one worker,
  // each file ends by closing the worker's line to vitest, failing a module fetch still under
  // way, and Vite's module runner then keeps that module failed for every later file (a lazy
  // screen such as the crisis lines would never show again in this worker).
  await vi.dynamicImportSettled();
  patched.forEach((target, i) => {
    for (const key of added(target, ownBefore[i]!)) Reflect.deleteProperty(target, key);
  });
  // What a file put in the page by hand (not through render, whose cleanup takes its own away):
  // the next file's queries would otherwise find it.
  document.body.replaceChildren();
});
