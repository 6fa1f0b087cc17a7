/**
 * What a quick exit leaves behind for the page's next load in this tab: a sessionStorage flag
 * (nothing private, just "exited") and the neutral title. Kept apart from quickExit.ts so the
 * build (scripts/vite/firstPaint.ts) can write them into index.html's own small script, which
 * draws the neutral look before any code arrives.
 */
export const QUIET_FLAG = 'stepwork:quiet';
export const NEUTRAL_TITLE = 'Notes';
