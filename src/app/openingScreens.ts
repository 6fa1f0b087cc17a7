/**
 * The screen an address opens, and the module that draws it: the app loads that screen's code
 * with its own (App.tsx), and the built page starts fetching it before any code has run
 * (scripts/vite/firstPaint.ts), so a person who opens the app on Inventory waits for no second
 * round trip. Patterns are strings so the page's own small script can read them; most specific
 * first. Today is part of the app's own code and is not listed.
 */
export const OPENING_SCREENS = [
  ['^/help', 'src/features/safety/HelpRoutes.tsx'],
  ['^/steps/?$', 'src/features/steps/StepsPage.tsx'],
  ['^/steps/\\d+', 'src/features/steps/StepPage.tsx'],
  ['^/journal/?$', 'src/features/journal/JournalPage.tsx'],
  ['^/journal/search', 'src/features/journal/search/SearchPage.tsx'],
  ['^/journal/trash', 'src/features/journal/TrashPage.tsx'],
  ['^/journal/new', 'src/features/journal/NewEntryRedirect.tsx'],
  ['^/journal/.', 'src/features/journal/EntryPage.tsx'],
  ['^/inventory', 'src/features/inventory/InventoryRoutes.tsx'],
  ['^/amends', 'src/features/amends/AmendsRoutes.tsx'],
  ['^/settings', 'src/features/settings/SettingsRoutes.tsx'],
  ['^/today/.', 'src/features/today/TodayRoutes.tsx'],
] as const;

export type OpeningModule = (typeof OPENING_SCREENS)[number][1];

/** The module of the screen at `path` (a hash route such as `/inventory`), if it has its own. */
export function openingModule(path: string): OpeningModule | undefined {
  return OPENING_SCREENS.find(([pattern]) => new RegExp(pattern).test(path))?.[1];
}
