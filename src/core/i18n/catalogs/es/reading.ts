// The Spanish of the reading screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const READING: Record<string, string> = {};
