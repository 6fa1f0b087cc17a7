/** Every route of the app, in one place for the navigation, the tests and the quick exit. */
export const ROUTES = {
  today: '/',
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
  amends: '/amends',
  help: '/help',
  settings: '/settings',
} as const;

export const NAV_ITEMS = [
  { href: ROUTES.today, label: 'Today', icon: 'today' },
  { href: ROUTES.steps, label: 'Steps', icon: 'steps' },
  { href: ROUTES.journal, label: 'Journal', icon: 'journal' },
  { href: ROUTES.inventory, label: 'Inventory', icon: 'inventory' },
  { href: ROUTES.amends, label: 'Amends', icon: 'amends' },
] as const;
