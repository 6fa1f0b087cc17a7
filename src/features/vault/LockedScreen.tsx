import { useEffect, useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { NeedHelpNow, QuickExitButton } from '../safety';
import { loadedUnlockScreen, loadUnlockScreen } from './unlockScreenSoon';

const NOT_LOADED = msg(
  'The lock screen could not load just now. Everything in your journal is safe and unchanged. Reload the page and try again.',
);

/**
 * What shows while the journal is locked. The unlock screen's code is almost always here by
 * then (the vault waits for it before it says "locked" at start-up, and it loads as soon as a
 * lock is set); until it is, this shows Quick exit, the crisis lines behind "Need help now?" (they
 * read nothing sealed) and nothing of the journal.
 */
export function LockedScreen() {
  const t = useT();
  const [Unlock, setUnlock] = useState(loadedUnlockScreen);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Unlock) return;
    let cancelled = false;
    loadUnlockScreen().then(
      (screen) => {
        if (!cancelled) setUnlock(() => screen);
      },
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [Unlock]);

  if (Unlock) return <Unlock />;
  return (
    <div className="unlock">
      <div className="unlock__bar">
        <QuickExitButton />
      </div>
      <main className="unlock__main">
        <h1>{t('Your journal is locked')}</h1>
        {failed && (
          <p role="alert" className="notice">
            {t(NOT_LOADED)}
          </p>
        )}
        <NeedHelpNow />
      </main>
    </div>
  );
}
