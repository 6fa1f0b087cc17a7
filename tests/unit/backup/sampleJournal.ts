import type { PlainJournal } from '../../helpers/journalRecords';

const T = Date.UTC(2026, 0, 10, 20);

/** A small journal with a record in every table, the optional clear fields set, words in
 * several scripts, and a settings row of each kind. */
export function sampleJournal(): PlainJournal {
  return {
    entries: [
      {
        id: 'e1',
        created: T,
        updated: T + 5,
        day: '2026-01-10',
        step: 4,
        fields: { title: 'First night', body: 'Called my sponsor 🌱 שלום', tags: ['hope'] },
      },
      {
        id: 'e2',
        created: T + 10,
        updated: T + 10,
        day: '2026-01-11',
        step: 0,
        deletedAt: T + 20,
        fields: { title: '', body: 'Gone to the trash', tags: [] },
      },
    ],
    stepProgress: [
      { id: 'step-4', created: T, updated: T, step: 4, status: 'working', fields: { note: 'x' } },
    ],
    emotionInventories: [
      {
        id: 'i1',
        created: T,
        updated: T,
        day: '2026-01-10',
        status: 'finished',
        fields: { feelings: [{ feelingId: 'grief', intensity: 7 }] },
      },
    ],
    inventoryItems: [
      { id: 'r1', created: T, updated: T, day: '2026-01-10', list: 'harm', fields: { who: 'A' } },
    ],
    amends: [
      {
        id: 'a1',
        created: T,
        updated: T,
        status: 'listed',
        inventoryItemId: 'r1',
        fields: { person: 'A' },
      },
    ],
    letters: [
      {
        id: 'l1',
        created: T,
        updated: T,
        status: 'draft',
        amendsId: 'a1',
        fields: { body: 'Dear' },
      },
      { id: 'l2', created: T, updated: T, status: 'released', releasedAt: T + 1, fields: {} },
    ],
    contacts: [{ id: 'c1', created: T, updated: T, fields: { name: 'Sam', phone: '+1 555' } }],
    checkins: [{ id: 'k1', created: T, updated: T, day: '2026-01-10', fields: { mood: 3 } }],
    goals: [{ id: 'g1', created: T, updated: T, status: 'active', fields: { name: 'Walk' } }],
    goalLogs: [{ id: 'gl1', created: T, updated: T, goalId: 'g1', day: '2026-01-10', fields: {} }],
    documents: [{ id: 'safety-plan', created: T, updated: T, fields: { steps: ['breathe'] } }],
  };
}
