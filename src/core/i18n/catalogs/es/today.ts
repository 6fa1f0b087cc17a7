// The Spanish of the today screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const TODAY: Record<string, string> = {};
