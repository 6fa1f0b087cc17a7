import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushAllDrafts } from '../core/drafts';
import { useT } from '../core/i18n/language';

/** Offers a new version; never forces it. Accepting saves any open draft before the reload. */
export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function update() {
    setBusy(true);
    setFailed(false);
    await flushAllDrafts();
    reloadWhenTheNewVersionTakesOver();
    try {
      await updateServiceWorker(true);
      // Asked of the waiting worker itself as well: workbox-window asks the one it last saw,
      // and when that was not the one now waiting (seen once in a test), nothing took over.
      const registration = await navigator.serviceWorker?.getRegistration();
      registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
    } catch (error) {
      console.error(error);
      setFailed(true);
      setBusy(false);
    }
  }

  if (!needRefresh) return null;
  return (
    <div className="banner" role="status">
      <span>{t('A new version is ready. Your writing is saved first.')}</span>
      {failed && (
        <span>
          {t(
            'The update could not start just now. Your writing is saved and this version keeps working. You can try again, or update later.',
          )}
        </span>
      )}
      <span className="row">
        <button
          type="button"
          className="button"
          disabled={busy}
          // update() catches its own failure and says so on the banner.
          onClick={() => void update()}
        >
          {t('Update now')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setNeedRefresh(false)}
        >
          {t('Later')}
        </button>
      </span>
    </div>
  );
}

let reloading = false;

// On the visit that first installed a worker, workbox-window reports the next worker's takeover
// as "not an update" and never reloads; listening for the takeover ourselves covers every visit.
function reloadWhenTheNewVersionTakesOver() {
  navigator.serviceWorker?.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  });
}
