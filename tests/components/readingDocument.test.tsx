import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, type BackupJournal } from '../../src/features/backup/format';
import { journalMarkdown } from '../../src/features/backup/markdown';

// The document a person reads aloud, prints or hands over, drawn as Markdown: one record of
// every kind, so each snapshot reads the way the file will.

const at = (month: number, day: number) => new Date(2026, month - 1, day, 12).getTime();
const saved = new Date(2026, 11, 1, 9);

const record = (id: string, created: number, clear: object, fields: object) => ({
  id,
  created,
  updated: created,
  ...clear,
  fields,
});

function journalOf(parts: Partial<Record<keyof BackupJournal, unknown[]>>): BackupJournal {
  return {
    ...Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])),
    settings: [],
    ...parts,
  } as unknown as BackupJournal;
}

const entries = [
  record(
    'e1',
    at(3, 2),
    { day: '2026-03-02', step: 5 },
    {
      title: 'Who I could tell',
      body: 'Maybe Ana. She listens.\n\nShe never rushes me.',
      promptId: 's5-p1',
      mood: 2,
      tags: ['sponsor', 'step 5'],
    },
  ),
  record(
    'e2',
    at(3, 3),
    { day: '2026-03-03', step: 0 },
    { title: '', body: 'A free page.', tags: [] },
  ),
  record('e3', at(3, 4), { day: '2026-03-04', step: 5 }, { title: '', body: '', tags: [] }),
  record(
    'e4',
    at(3, 5),
    { day: '2026-03-05', step: 5, deletedAt: at(3, 6) },
    { title: 'In Trash', body: 'x', tags: [] },
  ),
];

describe('the document of a person’s work', () => {
  it('reads journal entries with their date, step, mood, prompt and tags, and leaves out empty ones', () => {
    expect(journalMarkdown(journalOf({ entries }), { kind: 'everything' }, saved))
      .toMatchInlineSnapshot(`
      "# My Stepwork journal

      _Saved 1 December 2026. Private: keep this file somewhere only you can open._

      ## Journal entries

      ### Who I could tell

      _2 March 2026 · Step 5 · Mood: Hard_

      **Written for the prompt:** Who in your life feels safe enough to hear your story? What makes them safe?

      Maybe Ana. She listens.

      She never rushes me.

      **Tags:** sponsor, step 5

      ### Untitled entry

      _3 March 2026_

      A free page.
      "
    `);
  });

  it('reads an emotion inventory with each feeling and how strong it was', () => {
    const inventory = record(
      'i1',
      at(2, 10),
      { day: '2026-02-10', status: 'finished' },
      {
        whatHappened: 'The call with my father.',
        feelings: [
          { feelingId: 'angry', intensity: 7 },
          { feelingId: 'own-1', intensity: 4, word: 'hollowed out' },
        ],
        bodyPlaces: ['jaw', 'head'],
        thoughts: 'I am too much.',
        needs: 'To be heard.',
        kindThing: '',
      },
    );
    expect(
      journalMarkdown(
        journalOf({ emotionInventories: [inventory] }),
        { kind: 'everything' },
        saved,
      ),
    ).toMatchInlineSnapshot(`
      "# My Stepwork journal

      _Saved 1 December 2026. Private: keep this file somewhere only you can open._

      ## Emotion inventories

      ### Emotion inventory

      _10 February 2026_

      **What happened:** The call with my father.

      **What I felt, and how strongly:** angry (7 of 10), hollowed out (4 of 10)

      **Where I felt it in my body:** Jaw, Head

      **What I thought:** I am too much.

      **What I needed:** To be heard.
      "
    `);
  });

  it('keeps resentments, fears and harms apart, each with its own columns, and says "done to me" plainly', () => {
    const rows = [
      record(
        'r1',
        at(1, 5),
        { list: 'resentment', day: '2026-01-05' },
        {
          subject: 'My old boss',
          story: 'He laughed at me in a meeting.',
          touched: ['self-esteem', 'pride'],
          touchedOther: 'my sense of safety at work',
          myPart: 'I never said it hurt.',
          doneToMe: false,
        },
      ),
      record(
        'f1',
        at(1, 6),
        { list: 'fear', day: '2026-01-06' },
        {
          subject: 'Being left',
          story: 'Childhood.',
          shapes: 'I hold on too tight.',
          doneToMe: false,
        },
      ),
      record(
        'h1',
        at(1, 7),
        { list: 'harm', day: '2026-01-07' },
        {
          subject: 'My sister',
          story: 'I missed her wedding.',
          myPart: 'I chose to drink.',
          doneToMe: false,
        },
      ),
      record(
        'h2',
        at(1, 8),
        { list: 'harm', day: '2026-01-08' },
        {
          subject: 'My uncle',
          story: 'What he did to me.',
          myPart: 'a hidden old note',
          doneToMe: true,
        },
      ),
    ];
    const text = journalMarkdown(
      journalOf({ inventoryItems: rows }),
      { kind: 'everything' },
      saved,
    );
    expect(text).not.toContain('a hidden old note');
    expect(text).toMatchInlineSnapshot(`
      "# My Stepwork journal

      _Saved 1 December 2026. Private: keep this file somewhere only you can open._

      ## Resentments

      ### My old boss

      _5 January 2026_

      **What happened:** He laughed at me in a meeting.

      **What it touched in me:** Self-esteem, Pride, my sense of safety at work

      **My part, if I had one:** I never said it hurt.

      ## Fears

      ### Being left

      _6 January 2026_

      **Where it comes from:** Childhood.

      **How it shapes what I do:** I hold on too tight.

      ## Harms

      ### My sister

      _7 January 2026_

      **What happened:** I missed her wedding.

      **My part:** I chose to drink.

      ### My uncle

      _8 January 2026_

      **What happened:** What he did to me.

      This was done to me. It was not my fault, and there is no part of mine to name.
      "
    `);
  });

  it('reads the amends list and letters with their kind, and never a released letter or a hidden part', () => {
    const text = journalMarkdown(
      journalOf({
        inventoryItems: [
          record(
            'h2',
            at(1, 8),
            { list: 'harm', day: '2026-01-08' },
            { subject: 'My uncle', story: 'x', doneToMe: true },
          ),
        ],
        amends: [
          record(
            'a0',
            at(4, 1),
            { status: 'planning' },
            {
              person: '',
              myself: true,
              whatHappened: 'I ran myself into the ground.',
              kind: 'living',
              willingness: 'willing',
            },
          ),
          record(
            'a1',
            at(4, 2),
            { status: 'listed' },
            {
              person: 'My sister',
              relationship: 'Sister',
              whatHappened: 'I missed her wedding.',
              myPart: 'I chose to drink.',
              kind: 'direct',
              willingness: 'becoming',
            },
          ),
          record(
            'a2',
            at(4, 3),
            { status: 'set-aside', inventoryItemId: 'h2' },
            {
              person: 'My uncle',
              whatHappened: 'What he did.',
              myPart: 'an old hidden part',
              kind: 'not-now',
            },
          ),
        ],
        letters: [
          record(
            'l1',
            at(4, 4),
            { status: 'finished', amendsId: 'a1' },
            {
              recipient: 'Mia',
              sections: {
                happened: 'I was not there.',
                sorry: 'I am sorry I missed your day.',
                more: '',
              },
            },
          ),
          record(
            'l2',
            at(4, 5),
            { status: 'released', releasedAt: at(4, 6) },
            { recipient: '', sections: {} },
          ),
          record(
            'l3',
            at(4, 8),
            { status: 'sealed' },
            { recipient: 'J.', kind: 'harmed-me', sections: { takeBack: 'My voice.' } },
          ),
        ],
        documents: [
          record('letter-to-myself:1', at(4, 7), {}, { body: 'Dear me, you did your best.' }),
        ],
      }),
      { kind: 'everything' },
      saved,
    );
    expect(text).not.toContain('an old hidden part');
    expect(text).toMatchInlineSnapshot(`
      "# My Stepwork journal

      _Saved 1 December 2026. Private: keep this file somewhere only you can open._

      ## Harms

      ### My uncle

      _8 January 2026_

      **What happened:** x

      This was done to me. It was not my fault, and there is no part of mine to name.

      ## Letters to myself

      ### A letter to myself

      _7 April 2026_

      Dear me, you did your best.

      ## My amends list

      ### Myself

      **Kind of amends:** Living amends

      **What happened:** I ran myself into the ground.

      **How willing I am:** Willing

      **Where it stands:** Planning

      ### My sister

      _Sister_

      **Kind of amends:** Direct amends

      **What happened:** I missed her wedding.

      **My part:** I chose to drink.

      **How willing I am:** Becoming willing

      **Where it stands:** Listed

      ### My uncle

      **Kind of amends:** Not now

      **What happened:** What he did.

      This was done to me. It was not my fault, and there is no part of mine to name.

      **Where it stands:** Set aside for safety

      ## Unsent letters

      ### A letter to Mia

      _4 April 2026 · An unsent letter, to someone I harmed_

      **What happened:** I was not there.

      **What I am sorry for:** I am sorry I missed your day.

      ### A letter to J.

      _8 April 2026 · An unsent letter, to someone who harmed me_

      **What I take back:** My voice.
      "
    `);
  });

  it('reads check-ins, goals, people, plans and worksheets in plain words', () => {
    const text = journalMarkdown(
      journalOf({
        stepProgress: [
          record(
            'step-5',
            at(5, 1),
            { step: 5, status: 'working' },
            { history: [], note: 'Ana, on Sunday.' },
          ),
        ],
        checkins: [
          record(
            'c1',
            at(5, 2),
            { day: '2026-05-02' },
            {
              mood: 4,
              halt: { hungry: false, angry: false, lonely: true, tired: true },
              craving: 3,
              triggers: 'Payday.',
              gratitude: ['Rain', '', 'Tea'],
              win: 'Called Ana.',
              review: { wentWell: 'I rested.', hurt: '', differently: '', setRight: '' },
              whatHelped: 'A walk with Ana.',
            },
          ),
          record('c2', at(5, 3), { day: '2026-05-03' }, {}),
        ],
        goals: [
          record(
            'g1',
            at(5, 4),
            { status: 'active' },
            {
              name: 'Walk more',
              why: 'My head clears.',
              measure: { kind: 'count', unit: 'walks' },
              victories: [{ id: 'v', day: '2026-05-06', text: 'Up the hill' }],
            },
          ),
        ],
        goalLogs: [
          record(
            'gl1',
            at(5, 5),
            { goalId: 'g1', day: '2026-05-05' },
            { value: 2, note: 'Sunny.' },
          ),
        ],
        contacts: [
          record(
            'p1',
            at(5, 6),
            {},
            {
              name: 'Ana',
              relation: 'Sponsor',
              phone: '+44 7700 900123',
              note: '',
              role: 'sponsor',
            },
          ),
        ],
        documents: [
          record(
            'safety-plan',
            at(5, 7),
            {},
            { warningSigns: 'Not sleeping.', reasons: 'My cat.' },
          ),
          record(
            'recovery-days',
            at(5, 8),
            {},
            { start: '2026-01-01', slips: [{ day: '2026-03-01', note: '' }], history: [] },
          ),
          record(
            'self-amends',
            at(5, 9),
            {},
            { coped: 'I hid.', forgive: 'Hiding.', need: 'Patience.' },
          ),
          record(
            'meetings',
            at(5, 13),
            {},
            {
              meetings: [
                {
                  id: 'm1',
                  name: 'Home group',
                  kind: 'in-person',
                  weekday: 3,
                  time: '19:30',
                  where: 'Church hall',
                  note: '',
                },
              ],
              went: [
                { id: 'w2', meetingId: 'm1', name: 'Home group', day: '2026-05-13', note: '' },
                {
                  id: 'w1',
                  meetingId: 'm0',
                  name: 'Old group',
                  day: '2026-05-06',
                  note: 'I shared.',
                },
              ],
            },
          ),
          record(
            'talks',
            at(5, 14),
            {},
            {
              talks: [
                {
                  id: 't2',
                  contactId: 'c1',
                  name: 'Ana',
                  way: 'call',
                  day: '2026-05-14',
                  note: '',
                },
                {
                  id: 't1',
                  contactId: 'c1',
                  name: 'Ana',
                  way: 'in-person',
                  day: '2026-05-02',
                  note: 'Coffee after group.',
                },
              ],
            },
          ),
          record('self-care:1', at(5, 10), {}, { area: 'rest', promise: 'Bed by eleven' }),
          record(
            'self-care-log:1',
            at(5, 11),
            {},
            { commitmentId: 'self-care:1', day: '2026-05-11', how: 'partly', note: 'Midnight.' },
          ),
          record(
            'accountability',
            at(5, 12),
            {},
            { values: 'Honesty.', boundaries: '', keeping: '', repair: '' },
          ),
          record(
            'own-crisis-lines',
            at(5, 12),
            {},
            { lines: [{ id: 'x1', name: 'Night line', number: '0800 000 000', note: '' }] },
          ),
          record('emotion-trends', at(5, 12), {}, { watermark: 1, items: {} }),
        ],
      }),
      { kind: 'everything' },
      saved,
    );
    expect(text).toMatchInlineSnapshot(`
      "# My Stepwork journal

      _Saved 1 December 2026. Private: keep this file somewhere only you can open._

      ## Where I am with each step

      ### Step 5

      **Where I am:** Working on it

      **A note for myself:** Ana, on Sunday.

      ## Amends to myself

      **How I coped, when I had nothing better:** I hid.

      **What I forgive myself for:** Hiding.

      **What I need from myself now:** Patience.

      ### Bed by eleven

      _Rest_

      **What I will do for myself:** Bed by eleven

      **11 May 2026:** Partly: Midnight.

      ## Accountability

      **What I value in my relationships:** Honesty.

      ## Daily check-ins

      ### Check-in, 2 May 2026

      **How I felt:** Okay

      **HALT: I was:** Lonely, Tired

      **Cravings or urges:** 3 of 10

      **What set them off:** Payday.

      **Grateful for:** Rain, Tea

      **One small win:** Called Ana.

      **What went well today:** I rested.

      **What helped in a hard moment:** A walk with Ana.

      ## Goals

      ### Walk more

      _4 May 2026_

      **Why it matters to me:** My head clears.

      **5 May 2026:** 2 walks: Sunny.

      **A victory, 6 May 2026:** Up the hill

      ## Recovery days

      **Counting from:** 1 January 2026

      **A slip, 1 March 2026:** Noted with care.

      ## My safety plan

      **My warning signs:** Not sleeping.

      **My reasons for living:** My cat.

      ## My people

      ### Ana

      **Name:** Ana

      **Who they are to me:** Sponsor

      **In my recovery:** My sponsor

      **Phone:** +44 7700 900123

      ## Crisis lines I added

      ### Night line

      **Number:** 0800 000 000

      ## My meetings

      ### Home group

      **How:** In person

      **When:** Wednesday at 19:30

      **Where or how to join:** Church hall

      ### I went to a meeting

      _6 May 2026_

      **Meeting:** Old group

      **What I heard or shared:** I shared.

      ### I went to a meeting

      _13 May 2026_

      **Meeting:** Home group

      ## Talks with my people

      ### I talked with Ana

      _2 May 2026_

      **How:** In person

      **A note:** Coffee after group.

      ### I talked with Ana

      _14 May 2026_

      **How:** A call
      "
    `);
  });

  it('holds one step’s work, or only the entries chosen', () => {
    const journal = journalOf({ entries });
    expect(journalMarkdown(journal, { kind: 'step', step: 5 }, saved)).toMatchInlineSnapshot(`
      "# Step 5: my work

      _Saved 1 December 2026. Private: keep this file somewhere only you can open._

      ## Journal entries

      ### Who I could tell

      _2 March 2026 · Step 5 · Mood: Hard_

      **Written for the prompt:** Who in your life feels safe enough to hear your story? What makes them safe?

      Maybe Ana. She listens.

      She never rushes me.

      **Tags:** sponsor, step 5
      "
    `);
    expect(journalMarkdown(journal, { kind: 'entries', ids: ['e2'] }, saved))
      .toMatchInlineSnapshot(`
      "# My Stepwork journal

      _Saved 1 December 2026. Private: keep this file somewhere only you can open._

      ## Chosen entries

      ### Untitled entry

      _3 March 2026_

      A free page.
      "
    `);
  });

  it('never shows an internal name, an id or an empty heading', () => {
    const text = journalMarkdown(journalOf({ entries }), { kind: 'everything' }, saved);
    for (const name of [
      'whatHappened',
      'bodyPlaces',
      'myPart',
      'kind:',
      'commitmentId',
      'how:',
      'e1',
      'undefined',
    ]) {
      expect(text).not.toContain(name);
    }
    // Every heading has something under it before the next heading of its level or higher.
    const lines = text.split('\n').filter((line) => line.trim());
    lines.forEach((line, i) => {
      const level = /^(#+) /u.exec(line)?.[1]?.length;
      if (level === undefined) return;
      const nextLevel = /^(#+) /u.exec(lines[i + 1] ?? '# end')?.[1]?.length;
      expect(nextLevel === undefined || nextLevel > level, `"${line}" has nothing under it`).toBe(
        true,
      );
    });
  });
});
