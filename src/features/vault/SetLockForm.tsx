import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../core/i18n/language';
import { describeLockError } from './lockMessages';
import { setLock } from './lockRepo';
import { MIN_PASSPHRASE_CHARS } from './passphrase';
import { PassphraseField } from './PassphraseField';
import { PassphraseGuidance } from './PassphraseGuidance';

export function SetLockForm({ onDone }: { onDone: (message: string) => void }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const strengthId = useId();

  // Catches every failure itself and says so in plain words in the form, so the form can hand
  // it to onSubmit with `void`.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!understood) {
      setError(t('Please read the note about a forgotten passphrase and tick the box first.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await setLock(passphrase, repeated);
      onDone(t('The lock is set. From now on, your passphrase opens your journal.'));
    } catch (failure) {
      setError(describeLockError(failure));
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" className="lock-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('Set a passphrase')}</h2>
      <p className="notice">
        {t(
          'Before you choose one: if you forget your passphrase, your journal cannot be opened, not by you and not by Stepwork. There is no reset. An exported backup with its own passphrase is the way back, so keep one somewhere safe.',
        )}
      </p>
      <PassphraseField
        label={t('Passphrase')}
        autoComplete="new-password"
        hint={t('At least {count} characters. A few words you will remember work well.', {
          count: MIN_PASSPHRASE_CHARS,
        })}
        value={passphrase}
        onChange={setPassphrase}
        describedBy={strengthId}
      />
      <PassphraseGuidance
        passphrase={passphrase}
        strengthId={strengthId}
        onUse={(suggestion) => {
          setPassphrase(suggestion);
          setRepeated(suggestion);
        }}
      />
      <PassphraseField
        label={t('Type it again')}
        autoComplete="new-password"
        value={repeated}
        onChange={setRepeated}
      />
      <label className="check">
        <input
          autoComplete="off"
          type="checkbox"
          checked={understood}
          onChange={(event) => setUnderstood(event.target.checked)}
        />
        {t('I understand that without my passphrase my journal cannot be opened.')}
      </label>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('Setting the lock…') : t('Set the lock')}
      </button>
    </form>
  );
}
