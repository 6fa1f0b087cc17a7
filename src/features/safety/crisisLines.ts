/** Crisis lines to ship (VOICE.md). Shown with "check the numbers for where you are". */
interface CrisisLine {
  name: string;
  detail: string;
  call?: string;
  text?: { number: string; body?: string };
}

export interface CrisisRegion {
  region: string;
  lines: CrisisLine[];
}

export const CRISIS_REGIONS: CrisisRegion[] = [
  {
    region: 'United States',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        detail: 'Call or text 988, any time.',
        call: '988',
        text: { number: '988' },
      },
      {
        name: 'SAMHSA National Helpline',
        detail: 'Free, confidential, 24/7. Help finding treatment.',
        call: '1-800-662-4357',
      },
      {
        name: 'Crisis Text Line',
        detail: 'Text HOME to 741741.',
        text: { number: '741741', body: 'HOME' },
      },
      {
        name: 'National Domestic Violence Hotline',
        detail: 'Call any time.',
        call: '1-800-799-7233',
      },
      { name: 'RAINN', detail: 'Support after sexual violence.', call: '1-800-656-4673' },
    ],
  },
  {
    region: 'Canada',
    lines: [
      {
        name: '988 Suicide Crisis Helpline',
        detail: 'Call or text 988.',
        call: '988',
        text: { number: '988' },
      },
    ],
  },
  {
    region: 'United Kingdom and Ireland',
    lines: [{ name: 'Samaritans', detail: 'Call 116 123, free, any time.', call: '116 123' }],
  },
  {
    region: 'Australia',
    lines: [{ name: 'Lifeline', detail: 'Call 13 11 14, any time.', call: '13 11 14' }],
  },
  {
    region: 'Emergency services',
    lines: [
      { name: 'United States and Canada', detail: 'Call 911.', call: '911' },
      { name: 'United Kingdom', detail: 'Call 999.', call: '999' },
      { name: 'European Union', detail: 'Call 112.', call: '112' },
      { name: 'Australia', detail: 'Call 000.', call: '000' },
    ],
  },
];

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function smsHref(text: { number: string; body?: string }): string {
  const number = text.number.replace(/[^\d+]/g, '');
  return text.body ? `sms:${number}?body=${encodeURIComponent(text.body)}` : `sms:${number}`;
}
