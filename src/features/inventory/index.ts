// What other features use of inventory: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { getInventoryItem } from './classicInventoryRepo';
export { type AmendsFields } from './types';
