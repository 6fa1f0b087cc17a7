import { BACKUP_TABLES, TABLE_LABELS } from './format';
import type { ImportPlan } from './mergePlan';

const dateOf = (time: number) =>
  new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** What the file holds and what bringing it in would do, before anything is written. */
export function ImportPreview({ plan, exportedAt }: { plan: ImportPlan; exportedAt: number }) {
  const rows = BACKUP_TABLES.filter((table) => plan.tables[table].total > 0);
  const total = rows.reduce((sum, table) => sum + plan.tables[table].total, 0);
  const already = rows.reduce((sum, table) => sum + plan.tables[table].identical, 0);
  const differ = rows.reduce((sum, table) => sum + plan.tables[table].conflicting, 0);
  return (
    <div className="backup-preview">
      <h2>What is in this backup</h2>
      <p>
        Saved on {dateOf(exportedAt)}, with {total.toLocaleString()}{' '}
        {total === 1 ? 'record' : 'records'}
        {plan.range && plan.range.from !== plan.range.to
          ? `, written between ${dateOf(plan.range.from)} and ${dateOf(plan.range.to)}.`
          : plan.range
            ? `, written on ${dateOf(plan.range.from)}.`
            : '.'}
      </p>
      <p>
        {already.toLocaleString()} {already === 1 ? 'is' : 'are'} already on this device, word for
        word.{' '}
        {differ > 0 &&
          `${differ.toLocaleString()} ${differ === 1 ? 'is' : 'are'} here with different words: nothing here is replaced unless you choose it below.`}
      </p>
      {rows.length > 0 && (
        // Focusable, so a keyboard can scroll the counts when they are wider than the phone.
        <div
          className="table-scroll"
          tabIndex={0}
          role="group"
          aria-label="Records in the backup, by kind"
        >
          <table className="backup-table">
            <caption className="visually-hidden">Records in the backup, by kind</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">In the file</th>
                <th scope="col">Already here</th>
                <th scope="col">New</th>
                <th scope="col">Different here</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((table) => (
                <tr key={table}>
                  <th scope="row">{TABLE_LABELS[table]}</th>
                  <td>{plan.tables[table].total}</td>
                  <td>{plan.tables[table].identical}</td>
                  <td>{plan.tables[table].added}</td>
                  <td>{plan.tables[table].conflicting}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
