import { msg, t } from '../../core/i18n/language';
import { checkSealedShape } from '../../db/sealedSchemas';
import { DOCUMENT_PREFIXES } from '../../db/sealedShapes';
import type { SealedTableName } from '../../db/db';
import {
  CLASSIC_LISTS,
  LETTER_PREFIX,
  type ClassicItem,
  type EmotionInventory,
} from '../inventory';
import type { AmendsItem, Letter } from '../amends';
import type { JournalEntry } from '../journal';
import { isStepStatus } from '../steps';
import { worksheetAnswers } from './document/worksheetText';
import { document, type DocPart, type DocSection, type ReadingDocument } from './document/model';
import { documentMarkdown } from './document/markdownText';
import {
  amendsPart,
  classicPart,
  dateOf,
  emotionPart,
  entryPart,
  letterPart,
  letterToMyselfPart,
  stepName,
  stepPart,
  worksheetPart,
} from './document/parts';
import {
  accountabilityPart,
  carePart,
  checkinPart,
  contactPart,
  goalPart,
  ownLinesParts,
  meetingsParts,
  talksParts,
  recoveryPart,
  safetyPlanPart,
  stayingWellPart,
  selfForgivenessPart,
} from './document/moreParts';
import type { BackupJournal, BackupRecord } from './format';

export type MarkdownScope =
  | { kind: 'everything' }
  | { kind: 'step'; step: number }
  | { kind: 'entries'; ids: readonly string[] };

type Opened = Record<string, unknown> & { id: string; created: number; updated: number };

/** A backup record as a screen sees it: its clear fields and its words side by side, with any
 * field its shape fills in. Words that do not fit their shape are left out, not guessed at. */
function opened(table: SealedTableName, record: BackupRecord): Opened | undefined {
  const check = checkSealedShape(table, record.id, record.fields);
  if (!check.ok) return undefined;
  const clear: Record<string, unknown> = { ...record };
  delete clear.fields;
  return { ...check.value, ...clear } as Opened;
}

const byCreated = (a: { created: number }, b: { created: number }) => a.created - b.created;

function read<T>(journal: BackupJournal, table: SealedTableName): T[] {
  return journal[table]
    .filter((record) => record.deletedAt === undefined)
    .map((record) => opened(table, record))
    .filter((record): record is Opened => record !== undefined)
    .sort(byCreated) as unknown as T[];
}

/** Which sections belong to a step's work, beyond its journal entries. */
const STEP_SECTIONS: Record<number, readonly string[]> = {
  4: ['emotions', 'resentment', 'fear', 'harm', 'selfLetters'],
  8: ['amends'],
  9: ['letters', 'myself', 'accountability'],
  10: ['checkins', 'goals'],
};

/** The whole journal as named sections, each a kind of work. */
function allSections(journal: BackupJournal): { key: string; section: DocSection }[] {
  const items = read<ClassicItem>(journal, 'inventoryItems');
  const doneToMe = new Set(items.filter((item) => item.doneToMe).map((item) => item.id));
  const docs = read<Opened>(journal, 'documents');
  const doc = (id: string) => docs.find((d) => d.id === id);
  const prefixed = (prefix: string) => docs.filter((d) => d.id.startsWith(prefix));
  const logs = read<Opened & { goalId: string; day: string; value: number; note: string }>(
    journal,
    'goalLogs',
  );
  const careChecks = prefixed('self-care-log:');
  const one = (part: DocPart | undefined) => (part ? [part] : []);
  const selfForgiveness = doc('self-amends');
  const accountability = doc('accountability');
  const safetyPlan = doc('safety-plan');
  const recovery = doc('recovery-days');
  const ownLines = doc('own-crisis-lines');
  const meetings = doc('meetings');
  const talks = doc('talks');
  const stayingWell = doc('staying-well');
  const worksheets = prefixed(DOCUMENT_PREFIXES.worksheet)
    // Opened words passed their shape's check (checkSealedShape, above).
    .map((d) => worksheetAnswers(d.id, d as Parameters<typeof worksheetAnswers>[1]))
    .filter((w) => w !== undefined)
    .sort((a, b) => a.step - b.step);
  const steps = read<Opened & { step: number; status: unknown; note?: string }>(
    journal,
    'stepProgress',
  )
    .sort((a, b) => a.step - b.step)
    .map((row) => (isStepStatus(row.status) ? stepPart(row.step, row.status, row.note) : undefined))
    .filter((part): part is DocPart => part !== undefined);
  // Titles are English as written here, in the person's language in the document.
  const section = (key: string, title: string, parts: DocPart[]) => ({
    key,
    section: { title: t(title), parts },
  });
  return [
    section('steps', msg('Where I am with each step'), steps),
    section(
      'entries',
      msg('Journal entries'),
      read<JournalEntry>(journal, 'entries').map(entryPart),
    ),
    section('worksheets', msg('Step worksheets'), worksheets.map(worksheetPart)),
    section(
      'emotions',
      msg('Emotion inventories'),
      read<EmotionInventory>(journal, 'emotionInventories').map(emotionPart),
    ),
    ...CLASSIC_LISTS.map((copy) =>
      section(
        copy.list,
        copy.title, // the inventory keeps it in English; section() says it in the person's language
        items.filter((item) => item.list === copy.list).map(classicPart),
      ),
    ),
    section(
      'selfLetters',
      msg('Letters to myself'),
      prefixed(LETTER_PREFIX).map((d) => letterToMyselfPart({ ...d, body: String(d.body ?? '') })),
    ),
    section(
      'amends',
      msg('My amends list'),
      read<AmendsItem>(journal, 'amends').map((item) =>
        amendsPart(item, item.inventoryItemId !== undefined && doneToMe.has(item.inventoryItemId)),
      ),
    ),
    section(
      'letters',
      msg('Unsent letters'),
      read<Letter>(journal, 'letters')
        .filter((l) => l.status !== 'released')
        .map(letterPart),
    ),
    section('myself', msg('Amends to myself'), [
      ...one(selfForgiveness && selfForgivenessPart(selfForgiveness)),
      ...prefixed('self-care:').map((c) =>
        carePart(
          c,
          careChecks.filter((check) => check.commitmentId === c.id),
        ),
      ),
    ]),
    section(
      'accountability',
      msg('Accountability'),
      one(accountability && accountabilityPart(accountability)),
    ),
    section(
      'checkins',
      msg('Daily check-ins'),
      read<Opened & { day: string }>(journal, 'checkins').map((c) => checkinPart(c.day, c)),
    ),
    section(
      'goals',
      msg('Goals'),
      read<Opened>(journal, 'goals').map((g) =>
        goalPart(
          g,
          g.created,
          logs.filter((log) => log.goalId === g.id),
        ),
      ),
    ),
    section('recovery', msg('Recovery days'), one(recovery && recoveryPart(recovery))),
    section('safety', msg('My safety plan'), one(safetyPlan && safetyPlanPart(safetyPlan))),
    section(
      'staying-well',
      msg('My staying-well plan'),
      one(stayingWell && stayingWellPart(stayingWell)),
    ),
    section('people', msg('My people'), read<Opened>(journal, 'contacts').map(contactPart)),
    section('lines', msg('Crisis lines I added'), ownLines ? ownLinesParts(ownLines) : []),
    section('meetings', msg('My meetings'), meetings ? meetingsParts(meetings) : []),
    section('talks', msg('Talks with my people'), talks ? talksParts(talks) : []),
  ];
}

/** What a scope of the journal reads as: the same document the reading view shows. */
function journalDocument(journal: BackupJournal, scope: MarkdownScope): ReadingDocument {
  const sections = allSections(journal);
  if (scope.kind === 'entries') {
    const chosen = new Set(scope.ids);
    const entries = read<JournalEntry>(journal, 'entries').filter((e) => chosen.has(e.id));
    return document(t('My Stepwork journal'), [
      { title: t('Chosen entries'), parts: entries.map(entryPart) },
    ]);
  }
  if (scope.kind === 'step') {
    const keys = STEP_SECTIONS[scope.step] ?? [];
    const name = stepName(scope.step);
    const progress = sections[0]!.section.parts.filter((p) => p.title === name);
    const entries = read<JournalEntry>(journal, 'entries').filter((e) => e.step === scope.step);
    const worksheets = sections
      .find((s) => s.key === 'worksheets')!
      .section.parts.filter((p) => p.meta[0] === name);
    return document(t('Step {step}: my work', { step: scope.step }), [
      { title: t('Where I am'), parts: progress },
      { title: t('Worksheets'), parts: worksheets },
      { title: t('Journal entries'), parts: entries.map(entryPart) },
      ...sections.filter((s) => keys.includes(s.key)).map((s) => s.section),
    ]);
  }
  return document(
    t('My Stepwork journal'),
    sections.map((s) => s.section),
  );
}

const savedNote = (now: Date) =>
  t('Saved {date}. Private: keep this file somewhere only you can open.', {
    date: dateOf(now.getTime()),
  });

export function journalMarkdown(
  journal: BackupJournal,
  scope: MarkdownScope,
  now = new Date(),
): string {
  return documentMarkdown(journalDocument(journal, scope), savedNote(now));
}
