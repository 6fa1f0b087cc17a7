// The Spanish of the inventory screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const INVENTORY: Record<string, string> = {};
