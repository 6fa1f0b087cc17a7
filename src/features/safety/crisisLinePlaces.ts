import type { CrisisPlace } from './crisisLines';

// A country's name is the browser's (Intl.DisplayNames), in the person's language: a Spanish
// speaker reads "Estados Unidos", and the names cost the first screen nothing. Hong Kong is named
// as people say it, not "Hong Kong SAR China".
let names: Intl.DisplayNames | undefined;
/** The page's language, which core/i18n keeps to the person's. Read from the page rather than
 * the language store: importing the store here made the bundler split shared modules into chunks
 * of their own, which cost the first screen more than these names saved. */
const pageLanguage = () => globalThis.document?.documentElement.lang || 'en';
function countryName(this: { code: string }): string {
  const language = pageLanguage();
  if (names?.resolvedOptions().locale !== language)
    names = new Intl.DisplayNames(language, { type: 'region' });
  return this.code === 'HK' ? 'Hong Kong' : (names.of(this.code) ?? this.code);
}
const named = (place: Omit<CrisisPlace, 'name'>) =>
  Object.defineProperty(place, 'name', { get: countryName, enumerable: true }) as CrisisPlace;

/**
 * Every country held, with its emergency numbers: the one place they are kept (the four common
 * ones the error screens show first, commonEmergency.ts, are checked against it). It is small and
 * comes with CrisisLines.tsx (the unlock screen, Help now, the error screens), so they can offer a
 * number to call before the crisis lines (crisisLineCountries.ts) have loaded.
 * Where each number was found: docs/crisis-line-sources.json.
 */
export const CRISIS_PLACES: CrisisPlace[] = (
  [
    {
      code: 'US',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '911' },
      ],
    },
    {
      code: 'CA',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '911' },
      ],
    },
    {
      code: 'GB',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire. 112 works too.',
          call: '999',
        },
      ],
    },
    {
      code: 'IE',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' },
      ],
    },
    {
      code: 'AU',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '000' },
      ],
    },
    {
      code: 'NZ',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '111' },
      ],
    },
    {
      code: 'MX',
      emergency: [{ name: 'Emergencias', detail: 'Police, ambulance or fire.', call: '911' }],
    },
    {
      code: 'BR',
      emergency: [{ name: 'SAMU', detail: 'Ambulance. 193 for the fire brigade.', call: '192' }],
    },
    {
      code: 'AR',
      emergency: [{ name: 'Emergencias', detail: 'Police, ambulance or fire.', call: '911' }],
    },
    {
      code: 'CO',
      emergency: [
        {
          name: 'Línea de emergencias',
          detail: 'Police, ambulance or fire, and mental health emergencies.',
          call: '123',
        },
      ],
    },
    {
      code: 'CL',
      emergency: [
        { name: 'SAMU', detail: 'Ambulance. 133 for Carabineros, the police.', call: '131' },
      ],
    },
    {
      code: 'PE',
      emergency: [{ name: 'SAMU', detail: 'Ambulance, free.', call: '106' }],
    },
    {
      code: 'ES',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'PT',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'FR',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'DE',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'AT',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
        { name: 'Rettung', detail: 'Ambulance.', call: '144' },
      ],
    },
    {
      code: 'CH',
      emergency: [
        {
          name: 'Sanität',
          detail: 'Ambulance. 117 for the police, 112 for any emergency.',
          call: '144',
        },
      ],
    },
    {
      code: 'IT',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'NL',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'BE',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'SE',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'NO',
      emergency: [{ name: 'Medisinsk nødtelefon', detail: 'When life is in danger.', call: '113' }],
    },
    {
      code: 'DK',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'FI',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'PL',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'CZ',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'RO',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'GR',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, free from any phone.',
          call: '112',
        },
      ],
    },
    {
      code: 'TR',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire: one number for all.',
          call: '112',
        },
      ],
    },
    {
      code: 'RU',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire, from a mobile or a landline.',
          call: '112',
        },
      ],
    },
    {
      code: 'UA',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'One number for all services. The older 101, 102 and 103 still work.',
          call: '112',
        },
      ],
    },
    {
      code: 'IL',
      emergency: [
        { name: 'Magen David Adom', detail: 'Ambulance. 100 for the police.', call: '101' },
      ],
    },
    {
      code: 'EG',
      emergency: [
        { name: 'Ambulance', detail: 'Medical emergencies. 122 for the police.', call: '123' },
      ],
    },
    {
      code: 'IN',
      emergency: [
        {
          name: 'Emergency Response Support System',
          detail: 'Police, ambulance or fire.',
          call: '112',
        },
      ],
    },
    {
      code: 'PK',
      emergency: [{ name: 'Rescue 1122', detail: 'Ambulance, fire and rescue.', call: '1122' }],
    },
    {
      code: 'BD',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' },
      ],
    },
    {
      code: 'PH',
      emergency: [
        {
          name: 'Emergency 911',
          detail: 'Police, ambulance, fire or disaster. Free.',
          call: '911',
        },
      ],
    },
    {
      code: 'ID',
      emergency: [
        {
          name: 'Call center 119 (Ministry of Health)',
          detail:
            'Health emergencies, including someone at risk of suicide. For mental health support (SEJIWA), choose extension 8.',
          call: '119',
        },
      ],
    },
    {
      code: 'MY',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' },
      ],
    },
    {
      code: 'SG',
      emergency: [
        { name: 'Ambulance and fire (SCDF)', detail: 'Medical emergencies and fire.', call: '995' },
        { name: 'Police', detail: 'When you or someone else is in danger.', call: '999' },
      ],
    },
    {
      code: 'CN',
      emergency: [
        { name: 'Ambulance', detail: 'Medical emergencies. 110 for the police.', call: '120' },
      ],
    },
    {
      code: 'HK',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' },
      ],
    },
    {
      code: 'JP',
      emergency: [{ name: 'Fire and ambulance', detail: 'Free. 110 for the police.', call: '119' }],
    },
    {
      code: 'KR',
      emergency: [{ name: 'Rescue and ambulance', detail: '112 for the police.', call: '119' }],
    },
    {
      code: 'ZA',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire. Free.', call: '112' },
        { name: 'Police emergency', detail: 'Free from a landline.', call: '10111' },
      ],
    },
    {
      code: 'NG',
      emergency: [
        {
          name: 'Emergency services',
          detail: 'Police, ambulance or fire. Free from any network.',
          call: '112',
        },
      ],
    },
    {
      code: 'KE',
      emergency: [
        { name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' },
      ],
    },
  ] satisfies Omit<CrisisPlace, 'name'>[]
).map(named);
