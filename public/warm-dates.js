// Started by the page's first script (scripts/vite/firstPaint.ts) before the app's code arrives.
// The browser's date data is shared by the whole page: started here, on this worker's own thread,
// the page's first date formatter (Today's date, src/lib/dates.ts) no longer pays for starting it
// on the page's thread (about 40 ms here, so 4× that on a slow phone). It reads and keeps nothing.
try {
  new Intl.DateTimeFormat(navigator.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(0);
} catch {
  // No date data here: the page starts it itself, as before.
}
close();
