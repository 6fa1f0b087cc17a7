import { NeedHelpNow } from '../features/safety/NeedHelpNow';
import { QuickExitButton } from '../features/safety/QuickExitButton';
import { msg, useT } from '../core/i18n/language';
import { errorName } from '../lib/errors';

export type DbFailureKind =
  'blocked' | 'replaced' | 'unavailable' | 'newer' | 'quota' | 'upgrade' | 'unknown';

const MESSAGES: Record<DbFailureKind, { title: string; body: string[]; reload: boolean }> = {
  blocked: {
    title: msg('Stepwork is open in another tab'),
    body: [
      msg(
        'An older copy of Stepwork is still open in another tab or window, and it needs to close before this one can open your journal.',
      ),
      msg('Close the other tab. This one will carry on by itself. Nothing has been lost.'),
    ],
    reload: false,
  },
  replaced: {
    title: msg('A newer Stepwork opened in another tab'),
    body: [
      msg('Another tab updated Stepwork, so this tab stepped aside to keep your journal safe.'),
      msg('Reload this tab to keep going. Everything you saved is still there.'),
    ],
    reload: true,
  },
  unavailable: {
    title: msg('This browser is not letting Stepwork keep a journal'),
    body: [
      msg(
        'Stepwork keeps your journal in this browser’s storage, and the browser refused to open it. This often happens in a private or incognito window, or when site storage is turned off.',
      ),
      msg('Try a normal window, or allow site storage for Stepwork in the browser’s settings.'),
    ],
    reload: true,
  },
  newer: {
    title: msg('Your journal was saved by a newer Stepwork'),
    body: [
      msg(
        'This copy of Stepwork is older than the one that last saved your journal, so it will not open it rather than risk changing it.',
      ),
      msg('Reload to get the newest version. Your journal is untouched.'),
    ],
    reload: true,
  },
  quota: {
    title: msg('This device is out of space'),
    body: [
      msg('Stepwork could not open your journal because the device has no storage space left.'),
      msg('Your saved writing has not been deleted. Free some space on the device, then reload.'),
    ],
    reload: true,
  },
  upgrade: {
    title: msg('Stepwork could not update your journal'),
    body: [
      msg(
        'This version of Stepwork needed to change how your journal is stored, and the change did not work. It was undone, so your journal is exactly as it was before.',
      ),
      msg(
        'Reload to try again. If it keeps happening, the next update of Stepwork may fix it; your journal stays safe until then.',
      ),
    ],
    reload: true,
  },
  unknown: {
    title: msg('Stepwork could not open your journal'),
    body: [
      msg(
        'Something went wrong while opening your journal. What you saved before is still stored on this device.',
      ),
      msg('Reload to try again. If it keeps happening, restarting the browser often helps.'),
    ],
    reload: true,
  },
};

export function DbFailure({ kind }: { kind: DbFailureKind }) {
  const t = useT();
  const message = MESSAGES[kind];
  return (
    <div className="fullscreen-message">
      <div className="fullscreen-message__bar">
        <QuickExitButton />
      </div>
      <main>
        <div role="alert">
          <h1>{t(message.title)}</h1>
          {message.body.map((line) => (
            <p key={line}>{t(line)}</p>
          ))}
        </div>
        {message.reload && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('Reload')}
          </button>
        )}
        {/* With the journal closed, Help now cannot open; the crisis lines need nothing from it. */}
        <NeedHelpNow />
      </main>
    </div>
  );
}

/** Sorts a failed open into one of the cases a person can act on. */
export function classifyOpenError(error: unknown): DbFailureKind {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const names = [errorName(error), errorName((error as { inner?: unknown }).inner)];
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'newer';
  if (names.includes('UpgradeError')) return 'upgrade';
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError'))
    return 'unavailable';
  return 'unknown';
}
