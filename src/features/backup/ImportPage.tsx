import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';
import { PassphraseField } from '../vault/PassphraseField';
import { applyImport, planImport, type ImportMode, type ImportPlan } from './backupRepo';
import { ExportForm } from './ExportForm';
import type { BackupDocument, EncryptedBackup } from './format';
import { ImportError, openEncryptedBackup, readBackupFile } from './importBackup';
import { ImportPreview } from './ImportPreview';
import { ProgressLine } from './ProgressLine';
import { estimateStorage } from './storageHealth';
import './backup.css';

type State =
  | { status: 'choose' }
  | { status: 'reading' }
  | { status: 'passphrase'; envelope: EncryptedBackup }
  | { status: 'preview'; document: BackupDocument; plan: ImportPlan }
  | { status: 'importing'; done: number; total: number }
  | { status: 'done'; mode: ImportMode; added: number };

const UNEXPECTED =
  'Something went wrong while reading this backup, so none of it was brought in. Your journal on this device has not been changed. Please try again.';

function messageOf(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  console.error(error);
  return UNEXPECTED;
}

export default function ImportPage() {
  const [state, setState] = useState<State>({ status: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');

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

  async function bringIn(document: BackupDocument, plan: ImportPlan) {
    setError(null);
    setState({ status: 'importing', done: 0, total: 0 });
    try {
      await applyImport(document.journal, mode, plan, (done, total) =>
        setState({ status: 'importing', done, total }),
      );
      const added =
        mode === 'merge'
          ? plan.merge.length
          : Object.values(plan.tables).reduce((sum, table) => sum + table.total, 0);
      setState({ status: 'done', mode, added });
    } catch (caught) {
      setError(messageOf(caught));
      setState({ status: 'preview', document, plan });
    }
  }

  return (
    <section className="backup">
      <h1>Bring in a backup</h1>
      <p>
        Stepwork checks the whole file before it changes anything. Nothing is brought in until you
        have seen what is in it and said yes.
      </p>
      {(state.status === 'choose' || state.status === 'reading') && (
        <div className="field backup-file">
          <label htmlFor="backup-file">Backup file</label>
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
          Checking the file…
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
          <p>This backup is encrypted. Type the passphrase you chose when you saved it.</p>
          <PassphraseField
            label="Backup passphrase"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
          />
          <button type="submit" className="button">
            Open the backup
          </button>
        </form>
      )}
      {state.status === 'preview' && (
        <>
          <ImportPreview plan={state.plan} exportedAt={state.document.exportedAt} />
          <fieldset className="backup-choices">
            <legend>How to bring it in</legend>
            <div className="backup-check">
              <input
                autoComplete="off"
                id="mode-merge"
                type="radio"
                name="mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />
              <label htmlFor="mode-merge">
                Add to this journal. Records already here are skipped; where both have different
                words, both are kept side by side (for a day’s check-in, a step’s progress or a
                plan, which exist once, the newer is kept).
              </label>
            </div>
            <div className="backup-check">
              <input
                autoComplete="off"
                id="mode-replace"
                type="radio"
                name="mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              <label htmlFor="mode-replace">
                Replace this journal with the backup. Everything written here now is removed.
              </label>
            </div>
          </fieldset>
          {mode === 'replace' && state.plan.existing > 0 && (
            <div className="card">
              <h2>Before replacing: a backup of this journal</h2>
              <p>
                This device holds {state.plan.existing.toLocaleString()} records that replacing
                would remove. Would you like to save them first?
              </p>
              <ExportForm />
            </div>
          )}
          <button
            type="button"
            className={mode === 'replace' ? 'button button--danger' : 'button'}
            onClick={() => void bringIn(state.document, state.plan)}
          >
            {mode === 'replace' ? 'Replace my journal with this backup' : 'Bring in the backup'}
          </button>
        </>
      )}
      {state.status === 'importing' && (
        <ProgressLine label="Bringing in your journal:" done={state.done} total={state.total} />
      )}
      {state.status === 'done' && (
        <div role="status">
          <p>
            {state.mode === 'replace'
              ? `Your journal now holds the backup: ${state.added.toLocaleString()} records.`
              : state.added === 0
                ? 'Everything in the backup was already here. Nothing needed to change.'
                : `${state.added.toLocaleString()} ${state.added === 1 ? 'record was' : 'records were'} added to your journal.`}
          </p>
          <p>
            <Link href={ROUTES.journal} className="button">
              Go to your journal
            </Link>
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </section>
  );
}
