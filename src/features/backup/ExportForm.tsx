import { useState } from 'react';
import { useT } from '../../core/i18n/language';
import { setSetting } from '../../core/settingsRepo';
import { PassphraseField, MIN_PASSPHRASE_CHARS } from '../vault';
import { LAST_BACKUP_KEY } from './backupSettings';
import { canChooseWhereToSave, downloadText, saveWithPicker } from './download';
import { backupFileName, exportBackup } from './exportBackup';
import { ProgressLine } from './ProgressLine';
import { describeExportError } from './exportErrors';
import { number as count } from '../../lib/words';

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
  const t = useT();

  const problem = plain
    ? undefined
    : [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS
      ? t('Choose a passphrase of at least {count} characters for this backup.', {
          count: MIN_PASSPHRASE_CHARS,
        })
      : passphrase !== repeated
        ? t('The two passphrases are not the same yet.')
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
            label={t('Passphrase for this backup')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
            hint={t(
              'You will need it to open the backup. It can be different from your lock, and Stepwork cannot recover it for you.',
            )}
          />
          <PassphraseField
            label={t('Type it again')}
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
        <label htmlFor="backup-plain">{t('Save without a passphrase (not encrypted)')}</label>
      </div>
      {plain && (
        <p className="notice" role="note">
          {t(
            'Without a passphrase, anyone who finds this file can read every word of your journal: on this device, in your downloads, or wherever you copy it. Keep it somewhere only you can open, or go back and choose a passphrase.',
          )}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={working}>
          {t('Save a backup')}
        </button>
        {canChooseWhereToSave() && (
          <button
            type="button"
            className="button button--quiet"
            disabled={working}
            onClick={() => void save(true)}
          >
            {t('Choose where to save…')}
          </button>
        )}
      </div>
      {state.status === 'working' && (
        <ProgressLine label={t('Gathering your journal:')} done={state.done} total={state.total} />
      )}
      {state.status === 'saved' && <p role="status">{savedWords(state, t)}</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
    </form>
  );
}

/** What was saved, in whole sentences: how many records, whether encrypted, and any left out. */
function savedWords(
  saved: { records: number; unreadable: number; encrypted: boolean },
  t: ReturnType<typeof useT>,
): string {
  const { records, unreadable, encrypted } = saved;
  const n = count(records);
  const done = encrypted
    ? records === 1
      ? t('Your backup is saved, with 1 record, encrypted with your passphrase.')
      : t('Your backup is saved, with {count} records, encrypted with your passphrase.', {
          count: n,
        })
    : records === 1
      ? t('Your backup is saved, with 1 record, not encrypted.')
      : t('Your backup is saved, with {count} records, not encrypted.', { count: n });
  if (unreadable === 0) return done;
  const left =
    unreadable === 1
      ? t(
          '1 record could not be opened on this device and is not in the file; it is still here, untouched.',
        )
      : t(
          '{count} records could not be opened on this device and are not in the file; they are still here, untouched.',
          { count: count(unreadable) },
        );
  return `${done} ${left}`;
}
