import { memo, useEffect, useId, useState, type FormEvent } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { BreathingGuide, CrisisLines, GroundingGuide, QuickExitButton } from '../safety';
import { unlock } from './lockRepo';
import { WrongPassphraseError } from './passphrase';
import { retryAt as readRetryAt, TooSoonError } from './unlockAttempts';
import './vault.css';

const WRONG = msg('That passphrase didn’t open your journal. Take your time and try again.');
const FAILED = msg(
  'Your journal could not be opened just now. Everything in it is safe and unchanged. Reload the page and try again.',
);

/** Seconds left until `at`, ticking once a second while there are any. */
function useSecondsUntil(at: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [at, now]);
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Shown instead of the whole app while the journal is locked: nothing of the journal is here. */
export function UnlockScreen() {
  const t = useT();
  const inputId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const seconds = useSecondsUntil(waitUntil);

  // A wait earned before a reload still holds after it.
  useEffect(() => {
    void readRetryAt(Date.now()).then(setWaitUntil, () => undefined);
  }, []);

  // Catches every failure itself and says so in plain words in the form, so the form can hand
  // it to onSubmit with `void`.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || seconds > 0 || passphrase.length === 0) return;
    setBusy(true);
    setMessage(null);
    try {
      await unlock(passphrase);
      // This screen goes away now; nothing more to do.
    } catch (error) {
      setPassphrase('');
      if (error instanceof TooSoonError) {
        setWaitUntil(error.retryAt);
      } else if (error instanceof WrongPassphraseError) {
        setMessage(WRONG);
        setWaitUntil(await readRetryAt(Date.now()).catch(() => 0));
      } else {
        console.error(error);
        setMessage(FAILED);
      }
      setBusy(false);
    }
  }

  return (
    <div className="unlock">
      <div className="unlock__bar">
        <QuickExitButton />
      </div>
      <main className="unlock__main">
        <h1>{t('Your journal is locked')}</h1>
        <form autoComplete="off" onSubmit={(event) => void submit(event)} className="unlock__form">
          <div className="field">
            <label htmlFor={inputId}>{t('Passphrase')}</label>
            <input
              id={inputId}
              className="input"
              type="password"
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={busy || seconds > 0}>
            {busy ? t('Opening…') : t('Unlock')}
          </button>
        </form>
        {message && (
          <p role="alert" className="notice">
            {t(message)}
          </p>
        )}
        <p role="status" className="muted">
          {seconds === 1
            ? t('You can try again in 1 second.')
            : seconds > 1
              ? t('You can try again in {seconds} seconds.', { seconds })
              : ''}
        </p>
        <h2>{t('If you have forgotten your passphrase')}</h2>
        <p>
          {t(
            'Without it, your journal cannot be opened, not even by Stepwork. If you exported a backup with its own passphrase, that backup is the way back to your words.',
          )}
        </p>
        <LockedHelp />
      </main>
    </div>
  );
}

/** Help that needs nothing from the journal, memoised: a key typed in the passphrase field
 * need not draw the breathing guide and every crisis line again. */
const LockedHelp = memo(function LockedHelp() {
  const t = useT();
  return (
    <details className="unlock__help">
      <summary>{t('Need help now?')}</summary>
      {/* Only what holds nothing of the journal: the person's own people and plan are sealed,
          so they open with it. */}
      <p>
        {t(
          'Take one slow breath. These need nothing from your journal; your people and your plan are there once it is open.',
        )}
      </p>
      <h2>{t('Breathe slowly')}</h2>
      <BreathingGuide />
      <h2>{t('Ground yourself')}</h2>
      <GroundingGuide level={3} />
      <h2>{t('Crisis lines')}</h2>
      <CrisisLines />
    </details>
  );
});
