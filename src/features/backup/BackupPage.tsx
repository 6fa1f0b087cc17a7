import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { BackupReminderLine } from './BackupReminderLine';
import { ExportForm } from './ExportForm';
import { MarkdownForm } from './MarkdownForm';
import './backup.css';

export default function BackupPage() {
  const t = useT();
  return (
    <section className="backup">
      <h1>{t('Save a backup')}</h1>
      <p>
        {t(
          'A backup is one file with your whole journal in it. Keep it somewhere safe, away from this device, and you can bring your journal back on a new phone, or after the browser clears its storage.',
        )}
      </p>
      <BackupReminderLine />
      <ExportForm />
      <h2>{t('For reading and printing')}</h2>
      <p>
        {t(
          'A Markdown file is plain text you can open, read and print anywhere. It cannot be brought back into Stepwork; use a backup for that.',
        )}
      </p>
      <MarkdownForm />
      <p>
        <Link href={ROUTES.importBackup} className="button button--quiet">
          {t('Bring in a backup')}
        </Link>
      </p>
    </section>
  );
}
