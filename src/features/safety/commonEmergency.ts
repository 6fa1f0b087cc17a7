/**
 * The emergency numbers the error and locked screens show before (or without) the crisis lines'
 * own code, with countries the sentence beside them names for each. The numbers themselves are
 * kept, with their sources, in crisisLinePlaces.ts; tests/unit/crisisLines.test.ts fails when one
 * here is not held there for each country listed.
 */
export const COMMON_EMERGENCY: Readonly<Record<string, readonly string[]>> = {
  '911': ['US', 'CA', 'MX'],
  '112': ['ES', 'FR', 'DE', 'IT'],
  '999': ['GB'],
  '000': ['AU'],
};
