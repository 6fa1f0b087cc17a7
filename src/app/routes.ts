/** Every route of the app, in one place for the navigation, the tests and the quick exit. */
export const ROUTES = {
  today: '/',
  checkin: '/today/checkin',
  /** The check-in of one day (yyyy-MM-dd); it keeps that day whenever it is edited. */
  checkinFor: (day: string) => `/today/checkin/${day}`,
  checkins: '/today/checkins',
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
  inventoryTrendsFor: (range: string) => `/inventory/trends/${range}`,
  amends: '/amends',
  help: '/help',
  grounding: '/help/grounding',
  breathing: '/help/breathing',
  people: '/help/people',
  safetyPlan: '/help/safety-plan',
  settings: '/settings',
  lock: '/settings/lock',
} as const;

export const NAV_ITEMS = [
  { href: ROUTES.today, label: 'Today', icon: 'today' },
  { href: ROUTES.steps, label: 'Steps', icon: 'steps' },
  { href: ROUTES.journal, label: 'Journal', icon: 'journal' },
  { href: ROUTES.inventory, label: 'Inventory', icon: 'inventory' },
  { href: ROUTES.amends, label: 'Amends', icon: 'amends' },
] as const;
