import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import type { ImportResult } from './importRepo';
import { number as count } from '../../lib/words';

type Say = ReturnType<typeof useT>;

/** What the import did, counted from what was written: added, kept side by side, replaced,
 * left as they are here, and settings taken from the file. One whole sentence for one record and
 * one for several, so each language says its own plural. */
function resultLines(result: ImportResult, t: Say): string[] {
  const lines: string[] = [];
  const n = (value: number) => ({ count: count(value) });
  if (result.mode === 'replace') {
    lines.push(
      result.added === 1
        ? t('Your journal now holds the backup: 1 record.')
        : t('Your journal now holds the backup: {count} records.', n(result.added)),
    );
  } else {
    const changed = result.added + result.sideBySide + result.replaced;
    const settingsDiffered = result.settings.length + result.settingsLeft;
    if (changed === 0 && result.kept === 0 && settingsDiffered === 0) {
      return [t('Everything in the backup was already here. Nothing needed to change.')];
    }
    if (result.added > 0) {
      lines.push(
        result.added === 1
          ? t('1 record was added to your journal.')
          : t('{count} records were added to your journal.', n(result.added)),
      );
    }
    if (result.sideBySide > 0) {
      lines.push(
        result.sideBySide === 1
          ? t('1 record from the backup was kept side by side with the one here.')
          : t(
              '{count} records from the backup were kept side by side with the ones here.',
              n(result.sideBySide),
            ),
      );
    }
    if (result.replaced > 0) {
      lines.push(
        result.replaced === 1
          ? t('1 record here was replaced by the backup’s newer version, as you chose.')
          : t(
              '{count} records here were replaced by the backup’s newer version, as you chose.',
              n(result.replaced),
            ),
      );
    }
    if (result.kept > 0) {
      lines.push(
        result.kept === 1
          ? t('1 record with different words stayed as it is here.')
          : t('{count} records with different words stayed as they are here.', n(result.kept)),
      );
    }
    if (changed === 0) lines.unshift(t('Nothing was added to your journal.'));
  }
  const changedSettings = result.settings.length;
  if (changedSettings > 0) {
    lines.push(
      changedSettings === 1
        ? t('1 setting was changed, as you chose.')
        : t('{count} settings were changed, as you chose.', n(changedSettings)),
    );
  }
  const left = result.settingsLeft;
  if (left > 0) {
    lines.push(
      left === 1
        ? t('1 setting in the backup was left out; yours stays as it is.')
        : t('{count} settings in the backup were left out; yours stay as they are.', n(left)),
    );
  }
  return lines;
}

export function ImportDone({ result }: { result: ImportResult }) {
  const t = useT();
  return (
    <div role="status">
      {resultLines(result, t).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <Link href={ROUTES.journal} className="button">
          {t('Go to your journal')}
        </Link>
      </p>
    </div>
  );
}
