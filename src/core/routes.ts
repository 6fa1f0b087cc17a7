/** Every route of the app, in one place for the navigation, the tests and the quick exit. */
export const ROUTES = {
  today: '/',
  /** The address of index.html's Quick exit link, which works before the code has arrived. */
  quickExit: '/quick-exit',
  checkin: '/today/checkin',
  /** The check-in of one day (yyyy-MM-dd); it keeps that day whenever it is edited. */
  checkinFor: (day: string) => `/today/checkin/${day}`,
  checkins: '/today/checkins',
  /** The check-ins over weeks and months, as a picture and tables. */
  lookingBack: '/today/checkins/looking-back',
  goals: '/today/goals',
  goal: (id: string) => `/today/goals/${id}`,
  recovery: '/today/recovery',
  steps: '/steps',
  journal: '/journal',
  newEntry: '/journal/new',
  /** A new entry that answers a step, and optionally one of its prompts. */
  newEntryFor: (step: number, promptId?: string) =>
    promptId ? `/journal/new/${step}/${promptId}` : `/journal/new/${step}`,
  step: (n: number) => `/steps/${n}`,
  entry: (id: string) => `/journal/${id}`,
  search: '/journal/search',
  trash: '/journal/trash',
  inventory: '/inventory',
  inventoryEmotion: (id: string) => `/inventory/emotions/${id}`,
  inventoryClassic: '/inventory/classic',
  inventoryClassicList: (list: string) => `/inventory/classic/${list}`,
  inventoryClassicItem: (list: string, id: string) => `/inventory/classic/${list}/${id}`,
  inventoryLetters: '/inventory/letter',
  inventoryLetter: (id: string) => `/inventory/letter/${id}`,
  inventoryTrends: '/inventory/trends',
  inventoryWords: '/inventory/words',
  inventoryTrendsFor: (range: string) => `/inventory/trends/${range}`,
  amends: '/amends',
  amendsNewItem: '/amends/new',
  amendsItem: (id: string) => `/amends/item/${id}`,
  amendsHarmCheck: (id: string) => `/amends/item/${id}/harm-check`,
  amendsLetters: '/amends/letters',
  amendsNewLetter: '/amends/letters/new',
  /** A new letter to someone on the amends list, or `myself`. */
  amendsNewLetterTo: (to: string) => `/amends/letters/new/${to}`,
  amendsLetter: (id: string) => `/amends/letters/${id}`,
  /** A letter not yet saved, with whom it is to (an amends item id or `myself`). */
  amendsLetterTo: (id: string, to: string) => `/amends/letters/${id}/to/${to}`,
  amendsLetterRelease: (id: string) => `/amends/letters/${id}/release`,
  amendsLetterPrint: (id: string) => `/amends/letters/${id}/print`,
  amendsMyself: '/amends/myself',
  amendsAccountability: '/amends/accountability',
  /** The reading view: choose what to read aloud, then read it one piece at a time. */
  read: '/read',
  readStep: (n: number) => `/read/step/${n}`,
  /** Chosen journal entries, in the order given. */
  readEntries: (ids: readonly string[]) => `/read/entries/${ids.join(',')}`,
  readList: (list: string) => `/read/inventory/${list}`,
  readEmotions: (id: string) => `/read/emotions/${id}`,
  readLetter: (id: string) => `/read/letter/${id}`,
  /** A letter to myself, by the uuid in its address (as /inventory/letter/:uuid). */
  readLetterToMyself: (uuid: string) => `/read/letter-to-myself/${uuid}`,
  readAmends: '/read/amends',
  help: '/help',
  grounding: '/help/grounding',
  breathing: '/help/breathing',
  people: '/help/people',
  meetings: '/help/meetings',
  /** The safety plan to read; changing it is one tap further. */
  safetyPlan: '/help/safety-plan',
  safetyPlanEdit: '/help/safety-plan/edit',
  /** The staying-well plan to read, beside the safety plan; changing it is one tap further. */
  stayingWell: '/help/staying-well',
  stayingWellEdit: '/help/staying-well/edit',
  settings: '/settings',
  lock: '/settings/lock',
  backup: '/settings/backup',
  importBackup: '/settings/import',
  storage: '/settings/storage',
  reminder: '/settings/reminder',
} as const;

export const NAV_ITEMS = [
  { href: ROUTES.today, label: 'Today', icon: 'today' },
  { href: ROUTES.steps, label: 'Steps', icon: 'steps' },
  { href: ROUTES.journal, label: 'Journal', icon: 'journal' },
  { href: ROUTES.inventory, label: 'Inventory', icon: 'inventory' },
  { href: ROUTES.amends, label: 'Amends', icon: 'amends' },
] as const;
