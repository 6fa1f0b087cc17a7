import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import type { ImportResult } from './importRepo';

const records = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'record' : 'records'}`;

/** What the import did, counted from what was written: added, kept side by side, replaced,
 * left as they are here, and settings taken from the file. */
function resultLines(result: ImportResult): string[] {
  const lines: string[] = [];
  if (result.mode === 'replace') {
    lines.push(`Your journal now holds the backup: ${records(result.added)}.`);
  } else {
    const changed = result.added + result.sideBySide + result.replaced;
    const settingsDiffered = result.settings.length + result.settingsLeft;
    if (changed === 0 && result.kept === 0 && settingsDiffered === 0) {
      return ['Everything in the backup was already here. Nothing needed to change.'];
    }
    if (result.added > 0) {
      lines.push(
        `${records(result.added)} ${result.added === 1 ? 'was' : 'were'} added to your journal.`,
      );
    }
    if (result.sideBySide > 0) {
      lines.push(
        `${records(result.sideBySide)} from the backup ${result.sideBySide === 1 ? 'was' : 'were'} kept side by side with the ${result.sideBySide === 1 ? 'one' : 'ones'} here.`,
      );
    }
    if (result.replaced > 0) {
      lines.push(
        `${records(result.replaced)} here ${result.replaced === 1 ? 'was' : 'were'} replaced by the backup’s newer version, as you chose.`,
      );
    }
    if (result.kept > 0) {
      lines.push(
        `${records(result.kept)} with different words ${result.kept === 1 ? 'stayed as it is' : 'stayed as they are'} here.`,
      );
    }
    if (changed === 0) lines.unshift('Nothing was added to your journal.');
  }
  const n = result.settings.length;
  if (n > 0) lines.push(`${n} ${n === 1 ? 'setting was' : 'settings were'} changed, as you chose.`);
  const left = result.settingsLeft;
  if (left > 0) {
    lines.push(
      `${left} ${left === 1 ? 'setting in the backup was' : 'settings in the backup were'} left out; yours ${left === 1 ? 'stays as it is' : 'stay as they are'}.`,
    );
  }
  return lines;
}

export function ImportDone({ result }: { result: ImportResult }) {
  return (
    <div role="status">
      {resultLines(result).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <Link href={ROUTES.journal} className="button">
          Go to your journal
        </Link>
      </p>
    </div>
  );
}
