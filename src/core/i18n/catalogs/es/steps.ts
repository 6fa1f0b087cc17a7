// The Spanish of the steps screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const STEPS: Record<string, string> = {};
