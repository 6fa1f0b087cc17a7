// The Spanish of the amends screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const AMENDS: Record<string, string> = {};
