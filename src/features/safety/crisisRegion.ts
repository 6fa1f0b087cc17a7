import { crisisCountry } from './crisisLines';

/**
 * Which country's crisis lines to put first, from what the device says, without asking a server.
 *
 * The time zone wins over the language: a line has to be one the person can call where the
 * phone is, and phones set their zone from where they are, while many people keep a language
 * from somewhere else (Spanish in the United States, English in Spain). The language's region
 * subtag (the `BR` of `pt-BR`) is used when the zone says nothing we can place.
 */

/** Zone → country, for the zones of the countries held in crisisLinePlaces.ts. */
const ZONE_COUNTRY: Record<string, string> = {
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Phoenix': 'US',
  'America/Los_Angeles': 'US',
  'America/Anchorage': 'US',
  'America/Detroit': 'US',
  'America/Boise': 'US',
  'America/Indiana/Indianapolis': 'US',
  'America/Kentucky/Louisville': 'US',
  'Pacific/Honolulu': 'US',
  'America/Toronto': 'CA',
  'America/Montreal': 'CA',
  'America/Vancouver': 'CA',
  'America/Edmonton': 'CA',
  'America/Winnipeg': 'CA',
  'America/Regina': 'CA',
  'America/Halifax': 'CA',
  'America/St_Johns': 'CA',
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'Europe/Dublin': 'IE',
  'Australia/Sydney': 'AU',
  'Australia/Melbourne': 'AU',
  'Australia/Brisbane': 'AU',
  'Australia/Perth': 'AU',
  'Australia/Adelaide': 'AU',
  'Australia/Hobart': 'AU',
  'Australia/Darwin': 'AU',
  'Pacific/Auckland': 'NZ',
  'America/Mexico_City': 'MX',
  'America/Monterrey': 'MX',
  'America/Tijuana': 'MX',
  'America/Cancun': 'MX',
  'America/Merida': 'MX',
  'America/Chihuahua': 'MX',
  'America/Hermosillo': 'MX',
  'America/Mazatlan': 'MX',
  'America/Sao_Paulo': 'BR',
  'America/Fortaleza': 'BR',
  'America/Recife': 'BR',
  'America/Bahia': 'BR',
  'America/Belem': 'BR',
  'America/Manaus': 'BR',
  'America/Cuiaba': 'BR',
  'America/Porto_Velho': 'BR',
  'America/Buenos_Aires': 'AR',
  'America/Argentina/Buenos_Aires': 'AR',
  'America/Argentina/Cordoba': 'AR',
  'America/Argentina/Mendoza': 'AR',
  'America/Bogota': 'CO',
  'America/Santiago': 'CL',
  'America/Lima': 'PE',
  'Europe/Madrid': 'ES',
  'Atlantic/Canary': 'ES',
  'Africa/Ceuta': 'ES',
  'Europe/Lisbon': 'PT',
  'Atlantic/Madeira': 'PT',
  'Atlantic/Azores': 'PT',
  'Europe/Paris': 'FR',
  'Europe/Berlin': 'DE',
  'Europe/Vienna': 'AT',
  'Europe/Zurich': 'CH',
  'Europe/Rome': 'IT',
  'Europe/Amsterdam': 'NL',
  'Europe/Brussels': 'BE',
  'Europe/Stockholm': 'SE',
  'Europe/Oslo': 'NO',
  'Europe/Copenhagen': 'DK',
  'Europe/Helsinki': 'FI',
  'Europe/Warsaw': 'PL',
  'Europe/Prague': 'CZ',
  'Europe/Bucharest': 'RO',
  'Europe/Athens': 'GR',
  'Europe/Istanbul': 'TR',
  'Asia/Istanbul': 'TR',
  'Europe/Moscow': 'RU',
  'Europe/Kaliningrad': 'RU',
  'Europe/Samara': 'RU',
  'Europe/Volgograd': 'RU',
  'Asia/Yekaterinburg': 'RU',
  'Asia/Omsk': 'RU',
  'Asia/Novosibirsk': 'RU',
  'Asia/Krasnoyarsk': 'RU',
  'Asia/Irkutsk': 'RU',
  'Asia/Yakutsk': 'RU',
  'Asia/Vladivostok': 'RU',
  'Asia/Magadan': 'RU',
  'Asia/Kamchatka': 'RU',
  'Europe/Kyiv': 'UA',
  'Europe/Kiev': 'UA',
  'Asia/Jerusalem': 'IL',
  'Asia/Tel_Aviv': 'IL',
  'Africa/Cairo': 'EG',
  'Asia/Karachi': 'PK',
  'Asia/Kolkata': 'IN',
  'Asia/Calcutta': 'IN',
  'Asia/Dhaka': 'BD',
  'Asia/Manila': 'PH',
  'Asia/Jakarta': 'ID',
  'Asia/Makassar': 'ID',
  'Asia/Jayapura': 'ID',
  'Asia/Pontianak': 'ID',
  'Asia/Kuala_Lumpur': 'MY',
  'Asia/Kuching': 'MY',
  'Asia/Singapore': 'SG',
  'Asia/Shanghai': 'CN',
  'Asia/Chongqing': 'CN',
  'Asia/Harbin': 'CN',
  'Asia/Urumqi': 'CN',
  'Asia/Hong_Kong': 'HK',
  'Asia/Tokyo': 'JP',
  'Asia/Seoul': 'KR',
  'Africa/Johannesburg': 'ZA',
  'Africa/Lagos': 'NG',
  'Africa/Nairobi': 'KE',
};

/** Where a language is most spoken among the countries held, for the "choose" prompt. */
const LANGUAGE_COUNTRIES: Record<string, string[]> = {
  en: ['US', 'GB', 'IN', 'CA', 'AU', 'PH', 'ZA', 'IE', 'NZ', 'KE', 'SG'],
  es: ['MX', 'ES', 'CO', 'AR', 'PE', 'CL', 'US'],
  pt: ['BR', 'PT'],
  fr: ['FR', 'CA', 'BE', 'CH'],
  de: ['DE', 'AT', 'CH'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  sv: ['SE', 'FI'],
  nb: ['NO'],
  nn: ['NO'],
  no: ['NO'],
  da: ['DK'],
  fi: ['FI'],
  pl: ['PL'],
  cs: ['CZ'],
  ro: ['RO'],
  el: ['GR'],
  tr: ['TR'],
  uk: ['UA'],
  ru: ['RU', 'UA', 'IL'],
  he: ['IL'],
  ar: ['EG', 'IL'],
  ur: ['PK', 'IN'],
  hi: ['IN'],
  bn: ['BD', 'IN'],
  fil: ['PH'],
  tl: ['PH'],
  ja: ['JP'],
  ko: ['KR'],
  id: ['ID'],
  ms: ['MY', 'SG'],
  zh: ['CN', 'HK', 'SG', 'MY'],
  sw: ['KE'],
  ha: ['NG'],
  yo: ['NG'],
  ig: ['NG'],
  zu: ['ZA'],
  af: ['ZA'],
};

/** When neither language nor zone names a country: by the zone's part of the world. */
const AREA_COUNTRIES: [prefix: string, countries: string[]][] = [
  ['America/', ['US', 'MX', 'BR', 'CA']],
  ['Europe/', ['GB', 'DE', 'FR', 'ES', 'IT', 'RU']],
  ['Asia/', ['IN', 'CN', 'ID', 'PK', 'BD', 'PH']],
  ['Africa/', ['NG', 'EG', 'ZA', 'KE']],
  ['Australia/', ['AU', 'NZ']],
  ['Pacific/', ['NZ', 'AU']],
];
const ANYWHERE = ['US', 'GB', 'IN', 'AU'];

export interface RegionGuess {
  /** The country whose lines come first; absent when the device does not say. */
  country?: string;
  /** The countries to offer first when it does not: their emergency numbers show at once. */
  likely: string[];
}

function parts(tag: string): { language: string; region?: string } | undefined {
  try {
    const locale = new Intl.Locale(tag);
    return { language: locale.language, region: locale.region };
  } catch {
    return undefined; // not a language tag: says nothing
  }
}

const held = (code: string | undefined): code is string => crisisCountry(code) !== undefined;

export function guessRegion(
  languages: readonly string[],
  timeZone: string | undefined,
): RegionGuess {
  const tags = languages.map(parts).filter((tag) => tag !== undefined);
  const fromZone = timeZone ? ZONE_COUNTRY[timeZone] : undefined;
  const fromLanguage = tags.map((tag) => tag.region).find(held);
  const country = [fromZone, fromLanguage].find(held);
  if (country) return { country, likely: [country] };

  const likely = new Set<string>();
  for (const tag of tags) {
    for (const code of LANGUAGE_COUNTRIES[tag.language] ?? []) likely.add(code);
  }
  if (likely.size === 0) {
    const area = AREA_COUNTRIES.find(([prefix]) => timeZone?.startsWith(prefix));
    for (const code of area?.[1] ?? ANYWHERE) likely.add(code);
  }
  return { likely: [...likely].slice(0, 6) };
}

/** What this device says, read at the moment: no permission asked, nothing sent anywhere. */
export function deviceRegion(): RegionGuess {
  const languages =
    typeof navigator === 'undefined'
      ? []
      : navigator.languages.length > 0
        ? navigator.languages
        : [navigator.language];
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  return guessRegion(languages, timeZone);
}
