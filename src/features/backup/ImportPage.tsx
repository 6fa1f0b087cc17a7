import { useState } from 'react';
import { msg, useT, t as say } from '../../core/i18n/language';
import { PassphraseField } from '../vault';
import type { BackupDocument, EncryptedBackup } from './format';
import { ImportError, openEncryptedBackup, readBackupFile } from './importBackup';
import { ImportDone } from './ImportResult';
import { applyImport, planImport, type ImportMode, type ImportResult } from './importRepo';
import type { ImportChoices, ImportPlan } from './mergePlan';
import { PreviewStep } from './PreviewStep';
import { ProgressLine } from './ProgressLine';
import { estimateStorage } from './storageHealth';
import './backup.css';

type State =
  | { status: 'choose' }
  | { status: 'reading' }
  | { status: 'passphrase'; envelope: EncryptedBackup }
  | { status: 'preview'; document: BackupDocument; plan: ImportPlan }
  | { status: 'importing'; done: number; total: number }
  | { status: 'done'; result: ImportResult };

const UNEXPECTED = msg(
  'Something went wrong while reading this backup, so none of it was brought in. Your journal on this device has not been changed. Please try again.',
);

/** An ImportError's words were written in the person's language when it was thrown. */
function messageOf(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  console.error(error);
  return say(UNEXPECTED);
}

export default function ImportPage() {
  const [state, setState] = useState<State>({ status: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const t = useT();

  async function preview(document: BackupDocument) {
    setState({ status: 'preview', document, plan: await planImport(document.journal) });
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    setState({ status: 'reading' });
    try {
      const estimate = await estimateStorage();
      const parsed = await readBackupFile(file, estimate && estimate.quota - estimate.usage);
      if (parsed.encrypted) setState({ status: 'passphrase', envelope: parsed.envelope });
      else await preview(parsed.document);
    } catch (caught) {
      setError(messageOf(caught));
      setState({ status: 'choose' });
    }
  }

  async function open(envelope: EncryptedBackup) {
    setError(null);
    setState({ status: 'reading' });
    try {
      await preview(await openEncryptedBackup(envelope, passphrase));
    } catch (caught) {
      setError(messageOf(caught));
      setState({ status: 'passphrase', envelope });
    }
  }

  async function bringIn(
    document: BackupDocument,
    plan: ImportPlan,
    mode: ImportMode,
    choices: ImportChoices,
  ) {
    setError(null);
    setState({ status: 'importing', done: 0, total: 0 });
    try {
      const result = await applyImport(document.journal, mode, plan, choices, (done, total) =>
        setState({ status: 'importing', done, total }),
      );
      setState({ status: 'done', result });
    } catch (caught) {
      setError(messageOf(caught));
      // The journal may have changed since the preview (that is one reason to land here), so
      // the next try is planned against what is here now.
      try {
        await preview(document);
      } catch {
        setState({ status: 'preview', document, plan });
      }
    }
  }

  return (
    <section className="backup">
      <h1>{t('Bring in a backup')}</h1>
      <p>
        {t(
          'Stepwork checks the whole file before it changes anything. Nothing is brought in until you have seen what is in it and said yes.',
        )}
      </p>
      {(state.status === 'choose' || state.status === 'reading') && (
        <div className="field backup-file">
          <label htmlFor="backup-file">{t('Backup file')}</label>
          <input
            autoComplete="off"
            key={error ?? 'first'}
            id="backup-file"
            type="file"
            accept=".json,application/json"
            disabled={state.status === 'reading'}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
      )}
      {state.status === 'reading' && (
        <p role="status" className="muted">
          {t('Checking the file…')}
        </p>
      )}
      {state.status === 'passphrase' && (
        <form
          autoComplete="off"
          onSubmit={(event) => {
            event.preventDefault();
            void open(state.envelope);
          }}
        >
          <p>{t('This backup is encrypted. Type the passphrase you chose when you saved it.')}</p>
          <PassphraseField
            label={t('Backup passphrase')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
          />
          <button type="submit" className="button">
            {t('Open the backup')}
          </button>
        </form>
      )}
      {state.status === 'preview' && (
        <PreviewStep
          plan={state.plan}
          exportedAt={state.document.exportedAt}
          onBringIn={(mode, choices) => void bringIn(state.document, state.plan, mode, choices)}
        />
      )}
      {state.status === 'importing' && (
        <ProgressLine
          label={t('Bringing in your journal:')}
          done={state.done}
          total={state.total}
        />
      )}
      {state.status === 'done' && <ImportDone result={state.result} />}
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </section>
  );
}
