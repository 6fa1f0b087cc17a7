// The Spanish of the common screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const COMMON: Record<string, string> = {};
