import { useT } from '../../core/i18n/language';
import { BACKUP_TABLES, TABLE_LABELS } from './format';
import { dayMonthYear as longDate } from '../../lib/dates';
import { number as count } from '../../lib/words';
import type { ImportPlan } from './mergePlan';

type Say = ReturnType<typeof useT>;

/** When the file was saved, how many records, and when they were written: whole sentences, one
 * for each shape, so each language can order its own. */
function savedWords(plan: ImportPlan, exportedAt: number, total: number, t: Say): string {
  const words = {
    saved: longDate(exportedAt),
    count: count(total),
    from: plan.range ? longDate(plan.range.from) : '',
    to: plan.range ? longDate(plan.range.to) : '',
  };
  const one = total === 1;
  if (plan.range && plan.range.from !== plan.range.to) {
    return one
      ? t('Saved on {saved}, with 1 record, written between {from} and {to}.', words)
      : t('Saved on {saved}, with {count} records, written between {from} and {to}.', words);
  }
  if (plan.range) {
    return one
      ? t('Saved on {saved}, with 1 record, written on {from}.', words)
      : t('Saved on {saved}, with {count} records, written on {from}.', words);
  }
  return one
    ? t('Saved on {saved}, with 1 record.', words)
    : t('Saved on {saved}, with {count} records.', words);
}

/** What the file holds and what bringing it in would do, before anything is written. */
export function ImportPreview({ plan, exportedAt }: { plan: ImportPlan; exportedAt: number }) {
  const t = useT();
  const rows = BACKUP_TABLES.filter((table) => plan.tables[table].total > 0);
  const total = rows.reduce((sum, table) => sum + plan.tables[table].total, 0);
  const already = rows.reduce((sum, table) => sum + plan.tables[table].identical, 0);
  const differ = rows.reduce((sum, table) => sum + plan.tables[table].conflicting, 0);
  const byKind = t('Records in the backup, by kind');
  return (
    <div className="backup-preview">
      <h2>{t('What is in this backup')}</h2>
      <p>{savedWords(plan, exportedAt, total, t)}</p>
      <p>
        {already === 1
          ? t('1 is already on this device, word for word.')
          : t('{count} are already on this device, word for word.', { count: count(already) })}
        {differ > 0 &&
          ` ${
            differ === 1
              ? t(
                  '1 is here with different words: nothing here is replaced unless you choose it below.',
                )
              : t(
                  '{count} are here with different words: nothing here is replaced unless you choose it below.',
                  { count: count(differ) },
                )
          }`}
      </p>
      {rows.length > 0 && (
        // Focusable, so a keyboard can scroll the counts when they are wider than the phone.
        <div className="table-scroll" tabIndex={0} role="group" aria-label={byKind}>
          <table className="backup-table">
            <caption className="visually-hidden">{byKind}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Kind')}</th>
                <th scope="col">{t('In the file')}</th>
                <th scope="col">{t('Already here')}</th>
                <th scope="col">{t('New')}</th>
                <th scope="col">{t('Different here')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((table) => (
                <tr key={table}>
                  <th scope="row">{t(TABLE_LABELS[table])}</th>
                  <td>{count(plan.tables[table].total)}</td>
                  <td>{count(plan.tables[table].identical)}</td>
                  <td>{count(plan.tables[table].added)}</td>
                  <td>{count(plan.tables[table].conflicting)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
