// What other features use of amends: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { ACCOUNTABILITY_ID } from './accountabilityRepo';
export { CHECKIN_PREFIX, COMMITMENT_PREFIX, SELF_AMENDS_ID } from './selfAmendsRepo';
