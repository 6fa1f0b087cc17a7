// Apart from crisisLines.ts, whose module builds the countries' table as it loads: Today's
// people card dials through these, and importing them from there put every country's emergency
// numbers on the first screen.

/** A `tel:` link. `*` stays: Chile's line is *4141, dialled as written. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+*]/g, '')}`;
}

export function smsHref(text: { number: string; body?: string }): string {
  const number = text.number.replace(/[^\d+]/g, '');
  return text.body ? `sms:${number}?body=${encodeURIComponent(text.body)}` : `sms:${number}`;
}
