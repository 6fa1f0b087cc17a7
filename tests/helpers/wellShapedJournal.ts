import type { PlainJournal } from './journalRecords';

const T = Date.UTC(2026, 0, 10, 20);

/** A journal with a record of every table and every kind of document, each in the shape its
 * feature writes, every optional field set, so each has words to be made oddly shaped. */
export function wellShapedJournal(): PlainJournal {
  const at = { created: T, updated: T };
  return {
    entries: [
      {
        id: 'e1',
        ...at,
        day: '2026-01-10',
        step: 4,
        fields: { title: 'Night', body: 'Called Sam', promptId: 'p1', mood: 3, tags: ['hope'] },
      },
    ],
    stepProgress: [
      {
        id: 'step-4',
        ...at,
        step: 4,
        status: 'working',
        fields: { history: [{ status: 'working', at: T }], note: 'Slowly' },
      },
    ],
    emotionInventories: [
      {
        id: 'i1',
        ...at,
        day: '2026-01-10',
        status: 'finished',
        fields: {
          whatHappened: 'A call',
          feelings: [
            { feelingId: 'grief', intensity: 7 },
            { feelingId: 'own-1', intensity: 3, word: 'wobbly' },
          ],
          bodyPlaces: ['chest'],
          thoughts: 'Too much',
          needs: 'Rest',
          chosenNeeds: ['rest'],
          kindThing: 'Tea',
        },
      },
    ],
    inventoryItems: [
      {
        id: 'r1',
        ...at,
        day: '2026-01-10',
        list: 'resentment',
        fields: {
          subject: 'Boss',
          story: 'Shouted',
          shapes: '',
          touched: ['security'],
          touchedOther: 'Sleep',
          myPart: 'Silence',
          doneToMe: false,
        },
      },
    ],
    amends: [
      {
        id: 'a1',
        ...at,
        status: 'planning',
        fields: {
          person: 'Jo',
          whatHappened: 'Missed it',
          myPart: 'Forgot',
          myself: false,
          relationship: 'sister',
          willingness: 'willing',
          kind: 'letter',
          harmCheck: { riskToMe: 'no', hurtThem: 'unsure' },
          history: [{ status: 'planning', at: T }],
        },
      },
    ],
    letters: [
      {
        id: 'l1',
        ...at,
        status: 'draft',
        amendsId: 'a1',
        fields: { recipient: 'Jo', toMyself: false, sections: { happened: 'I was late' } },
      },
    ],
    contacts: [
      { id: 'c1', ...at, fields: { name: 'Sam', relation: 'sponsor', phone: '+1 555', note: '' } },
    ],
    checkins: [
      {
        id: 'checkin-2026-01-10',
        ...at,
        day: '2026-01-10',
        fields: {
          mood: 3,
          halt: { hungry: false, angry: true, lonely: false, tired: true },
          craving: 2,
          triggers: 'Payday',
          gratitude: ['Tea', '', ''],
          win: 'A walk',
          review: { wentWell: 'Call', hurt: '', differently: '', setRight: '' },
        },
      },
    ],
    goals: [
      {
        id: 'g1',
        ...at,
        status: 'active',
        fields: {
          name: 'Walk',
          why: 'Air',
          measure: { kind: 'count', unit: 'walks' },
          victories: [{ id: 'v1', day: '2026-01-10', text: 'First' }],
        },
      },
    ],
    goalLogs: [
      {
        id: 'g1|2026-01-10',
        ...at,
        goalId: 'g1',
        day: '2026-01-10',
        fields: { value: 2, note: 'Two' },
      },
    ],
    documents: [
      {
        id: 'safety-plan',
        ...at,
        fields: {
          warningSigns: 'No sleep',
          aloneThings: 'Walk',
          peoplePlaces: 'Park',
          askForHelp: 'Sam',
          professionals: 'Dr K',
          saferSurroundings: 'Lock it',
          reasons: 'My dog',
        },
      },
      {
        id: 'recovery-days',
        ...at,
        fields: {
          start: '2026-01-01',
          slips: [{ day: '2026-01-05', note: 'Hard day' }],
          history: [
            { kind: 'start', day: '2026-01-01', at: T },
            { kind: 'slip', day: '2026-01-05', at: T },
          ],
        },
      },
      { id: 'custom-feelings', ...at, fields: { words: [{ id: 'own-1', word: 'wobbly' }] } },
      {
        id: 'self-amends',
        ...at,
        fields: { coped: 'Drank', forgive: 'Not knowing', need: 'Rest' },
      },
      {
        id: 'accountability',
        ...at,
        fields: { values: 'Honesty', boundaries: 'No', keeping: 'Say so', repair: 'Sorry' },
      },
      {
        id: 'own-crisis-lines',
        ...at,
        fields: { lines: [{ id: 'line-1', name: 'Night line', number: '0800 000 000', note: '' }] },
      },
      {
        id: 'meetings',
        ...at,
        fields: {
          meetings: [
            { id: 'm1', name: 'Friday group', kind: 'online', weekday: 5, where: 'Link', note: '' },
          ],
          went: [{ id: 'w1', meetingId: 'm1', name: 'Friday group', day: '2026-01-09', note: '' }],
        },
      },
      {
        id: 'talks',
        ...at,
        fields: {
          talks: [
            { id: 't1', contactId: 'c1', name: 'Sam', way: 'text', day: '2026-01-09', note: '' },
          ],
        },
      },
      {
        id: 'staying-well',
        ...at,
        fields: {
          triggers: 'Payday',
          warningSigns: 'Skipping meals',
          whatHelps: 'A walk',
          people: 'Sam',
          places: 'The library',
          afterSlip: 'Be gentle',
        },
      },
      { id: 'letter-to-myself:1', ...at, fields: { body: 'Dear me' } },
      { id: 'self-care:1', ...at, fields: { area: 'rest', promise: 'Bed by eleven' } },
      {
        id: 'self-care-log:1',
        ...at,
        fields: { commitmentId: 'self-care:1', day: '2026-01-10', how: 'kept', note: 'Did it' },
      },
      {
        id: 'worksheet:s1-e1',
        ...at,
        fields: {
          texts: { readBack: 'Not my fault' },
          lists: {
            beyond: [{ id: 'r1', text: 'What he did' }],
            within: [{ id: 'r2', text: 'Rest' }],
          },
        },
      },
    ],
  };
}
