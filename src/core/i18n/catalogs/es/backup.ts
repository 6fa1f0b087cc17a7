// The Spanish of the backup screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const BACKUP: Record<string, string> = {};
