// What other features use of amends: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { kindLabel } from './harmCheck';
export { STATUS_LABELS as AMENDS_STATUS_LABELS, WILLINGNESS_LABELS } from './labels';
export { kindOf, LETTER_KIND_PHRASES, sectionsOf } from './letterSections';
export { type AmendsItem, type Letter } from './types';
export { useAmendsItems, useLetter, useLetters } from './useAmends';
