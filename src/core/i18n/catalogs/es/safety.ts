// The Spanish of the safety screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const SAFETY: Record<string, string> = {};
