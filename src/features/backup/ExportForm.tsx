import { useState } from 'react';
import { setSetting } from '../../core/settingsRepo';
import { PassphraseField, MIN_PASSPHRASE_CHARS } from '../vault';
import { LAST_BACKUP_KEY } from './backupSettings';
import { canChooseWhereToSave, downloadText, saveWithPicker } from './download';
import { backupFileName, exportBackup } from './exportBackup';
import { ProgressLine } from './ProgressLine';
import { describeExportError } from './exportErrors';

type State =
  | { status: 'idle' }
  | { status: 'working'; done: number; total: number }
  | { status: 'saved'; records: number; unreadable: number; encrypted: boolean }
  | { status: 'error'; message: string };

/** Saves the whole journal as one backup file: encrypted with a passphrase chosen here unless
 * the person turns that off after reading what it means. */
export function ExportForm({ onSaved }: { onSaved?: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [plain, setPlain] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });

  const problem = plain
    ? undefined
    : [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS
      ? `Choose a passphrase of at least ${MIN_PASSPHRASE_CHARS} characters for this backup.`
      : passphrase !== repeated
        ? 'The two passphrases are not the same yet.'
        : undefined;

  async function save(picker: boolean) {
    if (problem) {
      setState({ status: 'error', message: problem });
      return;
    }
    setState({ status: 'working', done: 0, total: 0 });
    try {
      const result = await exportBackup({
        passphrase: plain ? undefined : passphrase,
        onProgress: (done, total) => setState({ status: 'working', done, total }),
      });
      const name = backupFileName(!plain);
      if (picker) {
        const saved = await saveWithPicker(name, result.text, 'application/json');
        if (!saved) {
          setState({ status: 'idle' });
          return;
        }
      } else {
        downloadText(name, result.text, 'application/json');
      }
      await setSetting(LAST_BACKUP_KEY, Date.now());
      setState({
        status: 'saved',
        records: result.records,
        unreadable: result.unreadable,
        encrypted: !plain,
      });
      onSaved?.();
    } catch (error) {
      setState({ status: 'error', message: describeExportError(error) });
    }
  }

  const working = state.status === 'working';
  return (
    <form
      autoComplete="off"
      className="backup-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      {!plain && (
        <>
          <PassphraseField
            label="Passphrase for this backup"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
            hint="You will need it to open the backup. It can be different from your lock, and Stepwork cannot recover it for you."
          />
          <PassphraseField
            label="Type it again"
            value={repeated}
            onChange={setRepeated}
            autoComplete="new-password"
          />
        </>
      )}
      <div className="backup-check">
        <input
          autoComplete="off"
          id="backup-plain"
          type="checkbox"
          checked={plain}
          onChange={(event) => setPlain(event.target.checked)}
        />
        <label htmlFor="backup-plain">Save without a passphrase (not encrypted)</label>
      </div>
      {plain && (
        <p className="notice" role="note">
          Without a passphrase, anyone who finds this file can read every word of your journal: on
          this device, in your downloads, or wherever you copy it. Keep it somewhere only you can
          open, or go back and choose a passphrase.
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={working}>
          Save a backup
        </button>
        {canChooseWhereToSave() && (
          <button
            type="button"
            className="button button--quiet"
            disabled={working}
            onClick={() => void save(true)}
          >
            Choose where to save…
          </button>
        )}
      </div>
      {state.status === 'working' && (
        <ProgressLine label="Gathering your journal:" done={state.done} total={state.total} />
      )}
      {state.status === 'saved' && (
        <p role="status">
          Your backup is saved, with {state.records.toLocaleString()}{' '}
          {state.records === 1 ? 'record' : 'records'}
          {state.encrypted ? ', encrypted with your passphrase.' : ', not encrypted.'}
          {state.unreadable > 0 &&
            ` ${state.unreadable} ${state.unreadable === 1 ? 'record' : 'records'} could not be opened on this device and ${state.unreadable === 1 ? 'is' : 'are'} not in the file; ${state.unreadable === 1 ? 'it is' : 'they are'} still here, untouched.`}
        </p>
      )}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
    </form>
  );
}
