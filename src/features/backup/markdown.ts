import type { BackupJournal, BackupRecord } from './format';
import { TABLE_LABELS, BACKUP_TABLES } from './format';

export type MarkdownScope =
  | { kind: 'everything' }
  | { kind: 'step'; step: number }
  | { kind: 'entries'; ids: readonly string[] };

interface EntryWords {
  title?: unknown;
  body?: unknown;
  tags?: unknown;
}

const dateOf = (time: number) =>
  new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The person's own words, as they wrote them: Markdown is for reading and printing, so nothing
 * is escaped or rewritten, only headed and dated. */
function entryMarkdown(record: BackupRecord): string {
  const words = record.fields as EntryWords;
  const title =
    typeof words.title === 'string' && words.title.trim() ? words.title.trim() : 'Untitled';
  const step = typeof record.step === 'number' && record.step > 0 ? ` · Step ${record.step}` : '';
  const tags =
    Array.isArray(words.tags) && words.tags.length > 0 ? `\n\nTags: ${words.tags.join(', ')}` : '';
  const body = typeof words.body === 'string' ? words.body : '';
  return `## ${title}\n\n_${dateOf(record.created)}${step}_\n\n${body}${tags}\n`;
}

/** Any other record: each of its written fields under a small heading. A part of the person's
 * own is never shared for a harm marked "done to me", though the record keeps it. */
function recordMarkdown(record: BackupRecord, doneToMe: ReadonlySet<string>): string {
  const parts = [`### ${dateOf(record.created)}`];
  const fields = record.fields as Record<string, unknown>;
  const hidePart =
    fields.doneToMe === true ||
    (typeof record.inventoryItemId === 'string' && doneToMe.has(record.inventoryItemId));
  for (const [name, value] of Object.entries(fields)) {
    if (hidePart && name === 'myPart') continue;
    const text =
      typeof value === 'string'
        ? value
        : Array.isArray(value) && value.every((item) => typeof item === 'string')
          ? value.join(', ')
          : undefined;
    if (text?.trim()) parts.push(`**${name}:** ${text}`);
  }
  return `${parts.join('\n\n')}\n`;
}

const live = (record: BackupRecord) => record.deletedAt === undefined;
const byDate = (a: BackupRecord, b: BackupRecord) => a.created - b.created;

export function journalMarkdown(
  journal: BackupJournal,
  scope: MarkdownScope,
  now = new Date(),
): string {
  const head = `# My Stepwork journal\n\n_Saved ${dateOf(now.getTime())}. Private: keep this file somewhere only you can open._\n`;
  const entries = journal.entries.filter(live).sort(byDate);
  if (scope.kind === 'entries') {
    const chosen = new Set(scope.ids);
    return [head, ...entries.filter((e) => chosen.has(e.id)).map(entryMarkdown)].join('\n');
  }
  if (scope.kind === 'step') {
    const progress = journal.stepProgress.find((row) => row.step === scope.step);
    const status =
      typeof progress?.status === 'string'
        ? `\n_Where I am: ${progress.status.replace('-', ' ')}_\n`
        : '';
    return [
      `${head}\n# Step ${scope.step}\n${status}`,
      ...entries.filter((e) => e.step === scope.step).map(entryMarkdown),
    ].join('\n');
  }
  const sections = [head, '# Journal\n', ...entries.map(entryMarkdown)];
  const doneToMe = new Set(
    journal.inventoryItems
      .filter((row) => (row.fields as { doneToMe?: unknown }).doneToMe === true)
      .map((row) => row.id),
  );
  for (const table of BACKUP_TABLES) {
    if (table === 'entries' || table === 'stepProgress') continue;
    const records = journal[table].filter((r) => !(table === 'letters' && r.status === 'released'));
    if (records.length === 0) continue;
    sections.push(
      `# ${TABLE_LABELS[table]}\n`,
      ...[...records].sort(byDate).map((record) => recordMarkdown(record, doneToMe)),
    );
  }
  return sections.join('\n');
}
