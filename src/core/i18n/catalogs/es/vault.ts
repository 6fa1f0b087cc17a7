// The Spanish of the vault screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const VAULT: Record<string, string> = {};
