import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import {
  amendsPart,
  classicPart,
  document,
  emotionPart,
  entryPart,
  letterPart,
  letterToMyselfPart,
} from '../backup';
import { useAmendsItems, useLetter } from '../amends';
import {
  listCopy,
  LETTER_PREFIX,
  useEmotionInventory,
  useInventoryList,
  useLetterToMyself,
  type InventoryList,
} from '../inventory';
import { getEntry, useEntriesForStep, type JournalEntry } from '../journal';
import { useStepSummariesSoon } from '../steps';
import { Reader } from './Reader';

// Each thing a person can choose to read, read through its own feature's hooks and drawn by the
// same document builder the Markdown export uses. Records that could not be opened are left out.

const readable = <T extends { unreadable?: true }>(rows: T[] | undefined) =>
  rows?.filter((row) => !row.unreadable);
const oldestFirst = (a: { created: number }, b: { created: number }) => a.created - b.created;

export function StepReading({ step }: { step: number }) {
  const t = useT();
  const entries = readable(useEntriesForStep(step));
  const name = useStepSummariesSoon().find((summary) => summary.number === step)?.title ?? '';
  const title = t('Step {step}: {title}', { step, title: name });
  const doc = entries
    ? document(title, [{ title, parts: [...entries].sort(oldestFirst).map(entryPart) }])
    : null;
  return <Reader doc={doc} back={ROUTES.step(step)} fileName={`stepwork-step-${step}`} />;
}

export function EntriesReading({ ids }: { ids: string[] }) {
  const t = useT();
  // Only the chosen ones are opened, however long the journal is.
  const chosen = useLiveQuery(() => Promise.all(ids.map((id) => getEntry(id))), [ids.join()]);
  const entries = readable(
    chosen?.filter((entry): entry is JournalEntry => entry !== undefined && !entry.deletedAt),
  );
  const title = t('Entries I chose');
  const doc = entries ? document(title, [{ title, parts: entries.map(entryPart) }]) : null;
  return <Reader doc={doc} back={ROUTES.read} fileName="stepwork-entries" />;
}

export function ListReading({ list }: { list: InventoryList }) {
  const t = useT();
  const rows = readable(useInventoryList(list));
  // The inventory's own words for its lists; drawn in the person's language once it has them.
  const title = t(listCopy(list).title);
  const doc = rows
    ? document(title, [{ title, parts: [...rows].sort(oldestFirst).map(classicPart) }])
    : null;
  return (
    <Reader doc={doc} back={ROUTES.inventoryClassicList(list)} fileName={`stepwork-${list}s`} />
  );
}

export function EmotionReading({ id }: { id: string }) {
  const t = useT();
  const inventory = useEmotionInventory(id);
  const title = t('Emotion inventory');
  const doc =
    inventory === null
      ? null
      : document(title, [
          { title, parts: inventory && !inventory.unreadable ? [emotionPart(inventory)] : [] },
        ]);
  return (
    <Reader doc={doc} back={ROUTES.inventoryEmotion(id)} fileName="stepwork-emotion-inventory" />
  );
}

export function AmendsReading() {
  const t = useT();
  const items = readable(useAmendsItems());
  const harms = useInventoryList('harm');
  const doneToMe = new Set(harms?.filter((row) => row.doneToMe).map((row) => row.id));
  const title = t('My amends list');
  const doc =
    items && harms
      ? document(title, [
          {
            title,
            parts: items.map((item) =>
              amendsPart(
                item,
                item.inventoryItemId !== undefined && doneToMe.has(item.inventoryItemId),
              ),
            ),
          },
        ])
      : null;
  return <Reader doc={doc} back={ROUTES.amends} fileName="stepwork-amends-list" />;
}

export function LetterReading({ id }: { id: string }) {
  const t = useT();
  const letter = useLetter(id);
  const title = t('An unsent letter');
  const doc =
    letter === null
      ? null
      : document(title, [
          {
            title,
            parts:
              letter && !letter.unreadable && letter.status !== 'released'
                ? [letterPart(letter)]
                : [],
          },
        ]);
  return <Reader doc={doc} back={ROUTES.amendsLetter(id)} fileName="stepwork-letter" letter />;
}

export function LetterToMyselfReading({ uuid }: { uuid: string }) {
  const t = useT();
  const letter = useLetterToMyself(LETTER_PREFIX + uuid);
  const title = t('A letter to myself');
  const doc =
    letter === null
      ? null
      : document(title, [
          { title, parts: letter && !letter.unreadable ? [letterToMyselfPart(letter)] : [] },
        ]);
  return <Reader doc={doc} back={ROUTES.inventoryLetter(uuid)} fileName="stepwork-letter" letter />;
}
