import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { getSetting, setSetting } from '../../core/settingsRepo';
import { BackupReminderLine } from './BackupReminderLine';
import {
  BACKUP_REMINDER_CHOICES,
  BACKUP_REMINDER_DAYS_KEY,
  DEFAULT_BACKUP_REMINDER_DAYS,
} from './backupSettings';
import { BACKUP_TABLES, TABLE_LABELS } from './format';
import { number as count } from '../../lib/words';
import {
  askPersistence,
  estimateStorage,
  formatBytes,
  isInstalled,
  isPersisted,
  isSafari,
} from './storageHealth';
import { useRecordCounts } from './useBackup';
import './backup.css';

export default function StoragePage() {
  const [asked, setAsked] = useState(0);
  const persisted = useLiveQuery(isPersisted, [asked]);
  const estimate = useLiveQuery(estimateStorage, []);
  const counts = useRecordCounts();
  const remindAfter = useLiveQuery(async () => {
    const chosen = await getSetting<number>(BACKUP_REMINDER_DAYS_KEY);
    return typeof chosen === 'number' ? chosen : DEFAULT_BACKUP_REMINDER_DAYS;
  }, []);
  const [askMessage, setAskMessage] = useState<string | null>(null);
  const t = useT();

  async function ask() {
    const granted = await askPersistence();
    setAsked((n) => n + 1);
    setAskMessage(
      granted
        ? t('The browser will keep your journal even when space runs low.')
        : t(
            'The browser did not promise this time. Browsers often decide by how much you use a site, or whether it is on your home screen. Regular backups keep your journal safe either way.',
          ),
    );
  }

  return (
    <section className="backup">
      <h1>{t('Storage on this device')}</h1>
      <h2>{t('Is your journal kept for good?')}</h2>
      {persisted === undefined ? (
        <p className="muted">{t('Asking the browser…')}</p>
      ) : persisted ? (
        <p>{t('Yes. The browser has promised to keep your journal, even when space runs low.')}</p>
      ) : (
        <>
          <p>
            {t(
              'Not promised yet (best effort). The browser keeps your journal, but it may clear it if the device runs very low on space.',
            )}
          </p>
          <button type="button" className="button button--quiet" onClick={() => void ask()}>
            {t('Ask the browser to keep it')}
          </button>
        </>
      )}
      {askMessage && <p role="status">{askMessage}</p>}
      {isSafari() && !isInstalled() && (
        <p className="notice">
          {t(
            'On Safari, and on every browser on iPhone and iPad, a site’s storage can be cleared after seven days without a visit. Adding Stepwork to your home screen (Share, then “Add to Home Screen”) keeps it from being cleared that way. A backup keeps it safe either way.',
          )}
        </p>
      )}
      <h2>{t('Space')}</h2>
      {estimate ? (
        <p>
          {t('Stepwork uses about {used} of the {quota} this browser allows it ({free} free).', {
            used: formatBytes(estimate.usage),
            quota: formatBytes(estimate.quota),
            free: formatBytes(Math.max(0, estimate.quota - estimate.usage)),
          })}
        </p>
      ) : (
        <p className="muted">{t('This browser does not say how much space is used.')}</p>
      )}
      <h2>{t('What is stored')}</h2>
      {counts && (
        <table className="backup-table">
          <caption className="visually-hidden">{t('Records on this device, by kind')}</caption>
          <tbody>
            {BACKUP_TABLES.map((table) => (
              <tr key={table}>
                <th scope="row">{t(TABLE_LABELS[table])}</th>
                <td>{count(counts[table])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('Backups')}</h2>
      <BackupReminderLine />
      {remindAfter !== undefined && (
        <div className="field">
          <label htmlFor="remind-after">{t('Remind me to save a backup after')}</label>
          <select
            autoComplete="off"
            id="remind-after"
            className="input"
            value={remindAfter}
            onChange={(event) =>
              void setSetting(BACKUP_REMINDER_DAYS_KEY, Number(event.target.value))
            }
          >
            {BACKUP_REMINDER_CHOICES.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? t('Never remind me') : t('{count} days', { count: days })}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="row">
        <Link href={ROUTES.backup} className="button">
          {t('Save a backup')}
        </Link>
        <Link href={ROUTES.importBackup} className="button button--quiet">
          {t('Bring in a backup')}
        </Link>
      </p>
    </section>
  );
}
