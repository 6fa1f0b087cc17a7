import { msg, t } from '../../core/i18n/language';

/** What the file says about where it came from. Neutral unless the person chooses otherwise: a
 * calendar is often seen by others (a shared family calendar, a glance at a lock screen), and
 * "Evening check-in" alone says nothing about recovery. */
const WORDING = {
  neutral: {
    prodid: '-//Evening check-in//EN',
    host: 'reminder.invalid',
    description: msg('A few quiet minutes for yourself, when you are ready.'),
  },
  named: {
    prodid: '-//Stepwork//Evening check-in//EN',
    host: 'stepwork.invalid',
    description: msg('A few quiet minutes with Stepwork, when you are ready.'),
  },
} as const;

/** The event's name in the person's language: the calendar shows it, and the page names it. */
export const EVENT_TITLE = msg('Evening check-in');

/** Text as RFC 5545 writes it: backslash, comma, semicolon and line breaks escaped. */
const icsText = (text: string) => text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

/** RFC 5545 folds a line longer than 75 octets, going on after CRLF and a space; a character is
 * never split (a translation may be longer than the English, and have accents). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each following one a space and 74.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/**
 * A calendar file with one event, "Evening check-in", every day at the chosen time. The person
 * adds it to their own calendar, which reminds them: no server, no push, nothing leaves the app.
 * The time is "floating" (no time zone), so it stays at that hour on the person's clock wherever
 * they travel, which is what a daily habit wants.
 */
export function eveningCheckinIcs(
  time: string,
  now = new Date(),
  uid: string = crypto.randomUUID(),
  { named = false }: { named?: boolean } = {},
): string {
  const words = named ? WORDING.named : WORDING.neutral;
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) throw new RangeError('Choose a time like 20:30.');
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${words.prodid}`,
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${uid}@${words.host}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${day}T${pad(hours)}${pad(minutes)}00`,
    'DURATION:PT10M',
    'RRULE:FREQ=DAILY',
    `SUMMARY:${icsText(t(EVENT_TITLE))}`,
    `DESCRIPTION:${icsText(t(words.description))}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(t(EVENT_TITLE))}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  // RFC 5545: lines end in CRLF.
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
