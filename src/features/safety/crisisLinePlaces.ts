import type { CrisisPlace } from './crisisLines';

/**
 * Every country held, with its emergency numbers: the one place they are kept. It is small and on
 * the first screen, so the locked screen and the error screens can always offer a number to call,
 * even before the crisis lines (crisisLineCountries.ts) have loaded and with the network off.
 * Where each number was found: docs/crisis-line-sources.json.
 */
export const CRISIS_PLACES: CrisisPlace[] = [
  {
    code: 'US',
    name: 'United States',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '911' }],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '911' }],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
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
    name: 'Ireland',
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
    name: 'Australia',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '000' }],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '111' }],
  },
  {
    code: 'MX',
    name: 'Mexico',
    emergency: [{ name: 'Emergencias', detail: 'Police, ambulance or fire.', call: '911' }],
  },
  {
    code: 'BR',
    name: 'Brazil',
    emergency: [{ name: 'SAMU', detail: 'Ambulance. 193 for the fire brigade.', call: '192' }],
  },
  {
    code: 'AR',
    name: 'Argentina',
    emergency: [{ name: 'Emergencias', detail: 'Police, ambulance or fire.', call: '911' }],
  },
  {
    code: 'CO',
    name: 'Colombia',
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
    name: 'Chile',
    emergency: [
      { name: 'SAMU', detail: 'Ambulance. 133 for Carabineros, the police.', call: '131' },
    ],
  },
  {
    code: 'PE',
    name: 'Peru',
    emergency: [{ name: 'SAMU', detail: 'Ambulance, free.', call: '106' }],
  },
  {
    code: 'ES',
    name: 'Spain',
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
    name: 'Portugal',
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
    name: 'France',
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
    name: 'Germany',
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
    name: 'Austria',
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
    name: 'Switzerland',
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
    name: 'Italy',
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
    name: 'Netherlands',
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
    name: 'Belgium',
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
    name: 'Sweden',
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
    name: 'Norway',
    emergency: [{ name: 'Medisinsk nødtelefon', detail: 'When life is in danger.', call: '113' }],
  },
  {
    code: 'DK',
    name: 'Denmark',
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
    name: 'Finland',
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
    name: 'Poland',
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
    name: 'Czechia',
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
    name: 'Romania',
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
    name: 'Greece',
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
    name: 'Türkiye',
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
    name: 'Russia',
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
    name: 'Ukraine',
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
    name: 'Israel',
    emergency: [
      { name: 'Magen David Adom', detail: 'Ambulance. 100 for the police.', call: '101' },
    ],
  },
  {
    code: 'EG',
    name: 'Egypt',
    emergency: [
      { name: 'Ambulance', detail: 'Medical emergencies. 122 for the police.', call: '123' },
    ],
  },
  {
    code: 'IN',
    name: 'India',
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
    name: 'Pakistan',
    emergency: [{ name: 'Rescue 1122', detail: 'Ambulance, fire and rescue.', call: '1122' }],
  },
  {
    code: 'BD',
    name: 'Bangladesh',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' }],
  },
  {
    code: 'PH',
    name: 'Philippines',
    emergency: [
      { name: 'Emergency 911', detail: 'Police, ambulance, fire or disaster. Free.', call: '911' },
    ],
  },
  {
    code: 'ID',
    name: 'Indonesia',
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
    name: 'Malaysia',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' }],
  },
  {
    code: 'SG',
    name: 'Singapore',
    emergency: [
      { name: 'Ambulance and fire (SCDF)', detail: 'Medical emergencies and fire.', call: '995' },
      { name: 'Police', detail: 'When you or someone else is in danger.', call: '999' },
    ],
  },
  {
    code: 'CN',
    name: 'China',
    emergency: [
      { name: 'Ambulance', detail: 'Medical emergencies. 110 for the police.', call: '120' },
    ],
  },
  {
    code: 'HK',
    name: 'Hong Kong',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' }],
  },
  {
    code: 'JP',
    name: 'Japan',
    emergency: [{ name: 'Fire and ambulance', detail: 'Free. 110 for the police.', call: '119' }],
  },
  {
    code: 'KR',
    name: 'South Korea',
    emergency: [{ name: 'Rescue and ambulance', detail: '112 for the police.', call: '119' }],
  },
  {
    code: 'ZA',
    name: 'South Africa',
    emergency: [
      { name: 'Emergency services', detail: 'Police, ambulance or fire. Free.', call: '112' },
      { name: 'Police emergency', detail: 'Free from a landline.', call: '10111' },
    ],
  },
  {
    code: 'NG',
    name: 'Nigeria',
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
    name: 'Kenya',
    emergency: [{ name: 'Emergency services', detail: 'Police, ambulance or fire.', call: '999' }],
  },
];
