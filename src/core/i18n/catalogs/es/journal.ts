// The Spanish of the journal screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const JOURNAL: Record<string, string> = {};
