import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../core/i18n/language';
import { describeLockError } from './lockMessages';
import { changePassphrase, removeLock } from './lockRepo';
import { PassphraseField } from './PassphraseField';
import { PassphraseGuidance } from './PassphraseGuidance';

type Done = (message: string) => void;

export function ChangePassphraseForm({ onDone }: { onDone: Done }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const strengthId = useId();
  // A new round after each change, so a suggestion that was taken does not stay on the screen.
  const [round, setRound] = useState(0);

  // Catches every failure itself and says so in plain words in the form, so the form can hand
  // it to onSubmit with `void`.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await changePassphrase(current, next, repeated);
      setCurrent('');
      setNext('');
      setRepeated('');
      setRound((r) => r + 1);
      onDone(t('Your passphrase is changed. Use the new one from now on.'));
    } catch (failure) {
      setError(describeLockError(failure));
    }
    setBusy(false);
  }

  return (
    <form autoComplete="off" className="lock-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('Change your passphrase')}</h2>
      <PassphraseField
        label={t('Current passphrase')}
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
      />
      <PassphraseField
        label={t('New passphrase')}
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        describedBy={strengthId}
      />
      <PassphraseGuidance
        key={round}
        passphrase={next}
        strengthId={strengthId}
        onUse={(suggestion) => {
          setNext(suggestion);
          setRepeated(suggestion);
        }}
      />
      <PassphraseField
        label={t('Type the new one again')}
        autoComplete="new-password"
        value={repeated}
        onChange={setRepeated}
      />
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('Changing…') : t('Change passphrase')}
      </button>
    </form>
  );
}

export function RemoveLockForm({ onDone }: { onDone: Done }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Catches every failure itself and says so in plain words in the form, so the form can hand
  // it to onSubmit with `void`.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await removeLock(passphrase);
      onDone(t('The lock is off. Your journal opens on this device without a passphrase.'));
    } catch (failure) {
      setError(describeLockError(failure));
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="lock-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('Remove the lock')}</h2>
      <p>
        {t(
          'Your words stay sealed with a key kept on this device, but anyone who opens Stepwork here can read them.',
        )}
      </p>
      <PassphraseField
        label={t('Passphrase to remove the lock')}
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
      />
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <button type="submit" className="button button--danger" disabled={busy}>
        {busy ? t('Removing…') : t('Remove the lock')}
      </button>
    </form>
  );
}
