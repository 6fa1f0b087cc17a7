import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { NeutralScreen } from '../features/safety/NeutralScreen';
import { quickExit, useQuickExit } from '../features/safety/quickExit';
import { useEscapeTwice } from '../features/safety/useEscapeTwice';
import {
  followKeyChanged,
  followLockRemoved,
  lockJournal,
} from '../features/vault/lockSessionSoon';
import { LockedScreen } from '../features/vault/LockedScreen';
import { useVaultStore } from '../core/vaultStore';
import { classifyOpenError, DbFailure, type DbFailureKind } from './DbFailure';
import { listenToOtherTabs } from '../core/otherTabs';
import { TopBar } from './TopBar';
import { useT } from '../core/i18n/language';
import { afterFirstScreen } from './afterFirstScreen';
import { journalOpenedEarly, takeJournalOpening } from './journalOpening';

type BootState =
  { status: 'starting' } | { status: 'ready' } | { status: 'failed'; kind: DbFailureKind };

/** Opens the database and the vault before anything can read or write; shows the unlock screen
 * while the journal is locked and the neutral screen after a quick exit. */
export function Boot({ children }: { children: ReactNode }) {
  // main.tsx draws once the journal has opened, so the first draw is usually the screen itself.
  const [state, setState] = useState<BootState>(() =>
    journalOpenedEarly() ? { status: 'ready' } : { status: 'starting' },
  );
  const vault = useVaultStore((s) => s.status);
  const exited = useQuickExit((s) => s.exited);
  const t = useT();
  useEscapeTwice();
  useSearchReadySoon(vault);
  useEffect(
    () =>
      listenToOtherTabs((signal) => {
        if (signal === 'quick-exit') void quickExit('another-tab');
        else if (signal === 'lock') void lockJournal().catch(() => false);
        else if (signal === 'key-changed') void followKeyChanged().catch(() => undefined);
        else void followLockRemoved().catch(() => undefined);
      }),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    const journal = takeJournalOpening({
      onBlocked: () => {
        if (!cancelled) setState({ status: 'failed', kind: 'blocked' });
      },
      // Another tab is upgrading: this one has stepped aside so the upgrade is not blocked.
      onReplaced: () => {
        if (!cancelled) setState({ status: 'failed', kind: 'replaced' });
      },
    });
    journal.opened.then(
      () => {
        // The first draw of the whole app (shell, navigation, the screen) is React's largest:
        // as a transition React splits it into short pieces and the phone's thread stays free
        // between them (one long task on Lighthouse's phone otherwise, issue #13). The starting
        // frame stays up until it is done, so nothing half-drawn shows.
        if (!cancelled) startTransition(() => setState({ status: 'ready' }));
      },
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setState({ status: 'failed', kind: classifyOpenError(error) });
      },
    );
    return () => {
      cancelled = true;
      journal.stop();
    };
  }, []);

  if (exited) return <NeutralScreen />;
  if (state.status === 'failed') return <DbFailure kind={state.kind} />;
  if (state.status === 'starting' || vault === 'starting') {
    // The app's own top bar, as index.html draws it before the code arrives: Help now and Quick
    // exit are where they will stay, and nothing moves when the screen comes.
    return (
      <div className="shell">
        <TopBar />
        <div>
          <main className="main">
            <p className="muted" role="status">
              {t('Opening your journal…')}
            </p>
          </main>
        </div>
      </div>
    );
  }
  if (vault === 'locked') return <LockedScreen />;
  return <>{children}</>;
}

/**
 * Search (DESIGN.md rule 6) is ready before a person asks for it. Just after they type their
 * passphrase they are about to use their journal: the index starts building at once, beside the
 * first screen. When the journal opens with no lock, it starts once the first screen is drawn
 * and the phone is idle, so it never shares the thread or the disk with what the person opened;
 * and only where it builds in its worker: elsewhere it would build on the page's own thread,
 * unasked. While the unlock screen waits for a passphrase, the worker reads the sealed entries
 * ahead (searchIndex.ts, prepareSearchIndex), so unlocking leaves only their opening. Its code
 * loads lazily, so the first screen stays small.
 */
function useSearchReadySoon(vault: string) {
  // Boot can first draw with the journal already open (main.tsx draws once it has opened): that
  // is still the app's start.
  const previous = useRef<string>('starting');
  useEffect(() => {
    const was = previous.current;
    previous.current = vault;
    // On the unlock screen the worker reads the sealed entries ahead, while the person types.
    if (vault === 'locked' && typeof Worker === 'function') {
      return afterFirstScreen(
        () =>
          void import('../features/journal/search/searchIndex')
            .then(({ prepareSearchIndex }) => prepareSearchIndex())
            .catch(() => undefined),
      );
    }
    if (vault !== 'open') return;
    const start = () =>
      void import('../features/journal/search/searchIndex')
        .then(({ startSearchIndex }) => startSearchIndex())
        .catch(() => undefined);
    if (was === 'locked') return start();
    if (was === 'starting' && typeof Worker === 'function') return afterFirstScreen(start);
  }, [vault]);
}
