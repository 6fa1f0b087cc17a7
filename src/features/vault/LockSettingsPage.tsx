import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { AutoLockChoice } from './AutoLockChoice';
import { ChangePassphraseForm, RemoveLockForm } from './ChangeLockForms';
import { lockEveryTab } from './lockSession';
import { SetLockForm } from './SetLockForm';
import { useLockSet } from './useLock';
import './vault.css';

export default function LockSettingsPage() {
  const t = useT();
  const lockSet = useLockSet();
  const [done, setDone] = useState('');
  return (
    <section>
      <p>
        <Link href={ROUTES.settings}>{t('Settings')}</Link>
      </p>
      <h1>{t('Passphrase lock')}</h1>
      <p>
        {t(
          'With a lock, everything you write can only be opened with your passphrase. It does not hide that Stepwork is on this device, the dates and step numbers of what you wrote, or your screen from someone watching it.',
        )}
      </p>
      <p role="status" className="muted">
        {done}
      </p>
      {lockSet === false && <SetLockForm onDone={setDone} />}
      {lockSet === true && (
        <>
          <p>{t('Your journal is locked with a passphrase.')}</p>
          <p>
            <button type="button" className="button" onClick={() => void lockEveryTab()}>
              {t('Lock now')}
            </button>
          </p>
          <AutoLockChoice />
          <ChangePassphraseForm onDone={setDone} />
          <RemoveLockForm onDone={setDone} />
        </>
      )}
    </section>
  );
}
