import type { CrisisLine } from './crisisLines';

// Where each number was found, and when: docs/crisis-line-sources.json (a test keeps the two
// in step). The sources stay out of the app: it names no other web origin.
const ANY_TIME = 'Any time, day or night';

/**
 * The crisis lines of each country held in crisisLinePlaces.ts, by its code. A country that is
 * not here shows its emergency numbers alone and says no line has been checked there yet.
 */
export const CRISIS_LINES: Record<string, CrisisLine[]> = {
  US: [
    {
      name: '988 Suicide & Crisis Lifeline',
      detail: 'Call or text 988, free and confidential.',
      call: '988',
      text: {
        number: '988',
      },
      hours: ANY_TIME,
    },
    {
      name: 'SAMHSA National Helpline',
      detail: 'Free and confidential. Help finding treatment and support groups.',
      call: '1-800-662-4357',
      hours: ANY_TIME,
      languages: ['English', 'Spanish'],
    },
    {
      name: 'Crisis Text Line',
      detail: 'Text HOME to 741741.',
      text: {
        number: '741741',
        body: 'HOME',
      },
      hours: ANY_TIME,
    },
    {
      name: 'National Domestic Violence Hotline',
      detail: 'Call, or text START to 88788.',
      call: '1-800-799-7233',
      text: {
        number: '88788',
        body: 'START',
      },
      hours: ANY_TIME,
    },
    {
      name: 'RAINN National Sexual Assault Hotline',
      detail: 'Support after sexual violence.',
      call: '1-800-656-4673',
      hours: ANY_TIME,
    },
  ],
  CA: [
    {
      name: '9-8-8 Suicide Crisis Helpline',
      detail: 'Call or text 988, free.',
      call: '988',
      text: {
        number: '988',
      },
      hours: ANY_TIME,
      languages: ['English', 'French'],
    },
  ],
  GB: [
    {
      name: 'Samaritans',
      detail: 'Free from any phone, even with no credit.',
      call: '116 123',
      hours: ANY_TIME,
    },
  ],
  IE: [
    {
      name: 'Samaritans',
      detail: 'Free to call.',
      call: '116 123',
      hours: ANY_TIME,
    },
  ],
  AU: [
    {
      name: 'Lifeline',
      detail: 'Crisis support. Free from a mobile.',
      call: '13 11 14',
      hours: ANY_TIME,
    },
    {
      name: 'Lifeline text',
      detail: 'Text Lifeline if talking is hard.',
      text: {
        number: '0477 13 11 14',
      },
      hours: ANY_TIME,
    },
  ],
  NZ: [
    {
      name: '1737 Need to talk?',
      detail: 'Call or text 1737 to talk with a trained counsellor. Free.',
      call: '1737',
      text: {
        number: '1737',
      },
      hours: ANY_TIME,
    },
  ],
  MX: [
    {
      name: 'Línea de la Vida',
      detail: 'Free. Mental health, addiction and thoughts of suicide.',
      call: '800 911 2000',
      hours: ANY_TIME,
      languages: ['Spanish'],
    },
  ],
  BR: [
    {
      name: 'CVV – Centro de Valorização da Vida',
      detail: 'Free and anonymous emotional support.',
      call: '188',
      hours: ANY_TIME,
      languages: ['Portuguese'],
    },
  ],
  AR: [
    {
      name: 'Línea de Salud Mental (Ministerio de Salud)',
      detail: 'Free and anonymous.',
      call: '0800 999 0091',
      hours: ANY_TIME,
      languages: ['Spanish'],
    },
    {
      name: 'Centro de Asistencia al Suicida',
      detail: 'From anywhere in the country. In Buenos Aires city and Greater Buenos Aires, 135.',
      call: '011 5275 1135',
      languages: ['Spanish'],
    },
    {
      name: 'Centro de Asistencia al Suicida (Buenos Aires)',
      detail: 'Buenos Aires city and Greater Buenos Aires only.',
      call: '135',
      languages: ['Spanish'],
    },
  ],
  CO: [
    {
      name: 'Línea 106 (Bogotá)',
      detail: 'Free psychological support, from Bogotá.',
      call: '106',
      hours: ANY_TIME,
      languages: ['Spanish'],
    },
  ],
  CL: [
    {
      name: 'Línea de Prevención del Suicidio',
      detail: 'Free and confidential. A psychologist answers.',
      call: '*4141',
      hours: ANY_TIME,
      languages: ['Spanish'],
    },
  ],
  PE: [
    {
      name: 'Línea 113, option 5',
      detail: 'Free psychological support. Call 113, then choose 5.',
      call: '113',
      hours: ANY_TIME,
      languages: ['Spanish'],
    },
  ],
  ES: [
    {
      name: 'Línea 024',
      detail: 'Free, anonymous support for thoughts of suicide.',
      call: '024',
      hours: ANY_TIME,
      languages: ['Spanish'],
    },
    {
      name: 'Teléfono de la Esperanza',
      detail: 'Someone to talk to.',
      call: '717 003 717',
      languages: ['Spanish'],
    },
  ],
  PT: [
    {
      name: 'Linha Nacional de Prevenção do Suicídio',
      detail: 'Answered by mental health professionals.',
      call: '1411',
      hours: ANY_TIME,
      languages: ['Portuguese'],
    },
    {
      name: 'SNS 24 – Aconselhamento psicológico',
      detail: 'Psychological counselling from the health service.',
      call: '808 24 24 24',
      languages: ['Portuguese'],
    },
    {
      name: 'SOS Voz Amiga',
      detail: 'Volunteers who listen.',
      call: '213 544 545',
      hours: 'Every day, 3:30 p.m. to 12:30 a.m.',
      languages: ['Portuguese'],
    },
  ],
  FR: [
    {
      name: '3114 – Numéro national de prévention du suicide',
      detail: 'Free and confidential. Answered by health professionals.',
      call: '3114',
      hours: ANY_TIME,
      languages: ['French'],
    },
  ],
  DE: [
    {
      name: 'TelefonSeelsorge',
      detail: 'Free and anonymous.',
      call: '0800 111 0 111',
      hours: ANY_TIME,
      languages: ['German'],
    },
    {
      name: 'TelefonSeelsorge (second number)',
      detail: 'Free and anonymous, if the first number is busy.',
      call: '0800 111 0 222',
      hours: ANY_TIME,
      languages: ['German'],
    },
  ],
  AT: [
    {
      name: 'Telefonseelsorge',
      detail: 'Free, no area code needed.',
      call: '142',
      hours: ANY_TIME,
      languages: ['German'],
    },
  ],
  CH: [
    {
      name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico',
      detail: 'Someone to talk to, anonymously. A call costs a small fixed fee.',
      call: '143',
      hours: ANY_TIME,
      languages: ['German', 'French', 'Italian'],
    },
  ],
  IT: [
    {
      name: 'Telefono Amico Italia',
      detail: 'Volunteers who listen, anonymously.',
      call: '02 2327 2327',
      hours: 'Usually 10 a.m. to midnight',
      languages: ['Italian'],
    },
  ],
  NL: [
    {
      name: '113 Zelfmoordpreventie',
      detail: 'Free and anonymous.',
      call: '113',
      hours: ANY_TIME,
      languages: ['Dutch'],
    },
    {
      name: '113 Zelfmoordpreventie (free number)',
      detail: 'Free, even with no credit.',
      call: '0800 0113',
      hours: ANY_TIME,
      languages: ['Dutch'],
    },
  ],
  BE: [
    {
      name: 'Zelfmoordlijn 1813',
      detail: 'Free and anonymous.',
      call: '1813',
      hours: ANY_TIME,
      languages: ['Dutch'],
    },
  ],
  SE: [
    {
      name: 'Mind Självmordslinjen',
      detail: 'Anonymous support from trained volunteers.',
      call: '90101',
      hours: ANY_TIME,
      languages: ['Swedish'],
    },
  ],
  NO: [
    {
      name: 'Mental Helse Hjelpetelefonen',
      detail: 'Free, for anyone who needs someone to talk to.',
      call: '116 123',
      hours: ANY_TIME,
      languages: ['Norwegian'],
    },
    {
      name: 'Kirkens SOS',
      detail: 'Crisis line.',
      call: '22 40 00 40',
      hours: ANY_TIME,
      languages: ['Norwegian'],
    },
  ],
  DK: [
    {
      name: 'Livslinien',
      detail: 'Anonymous support in a crisis or with thoughts of suicide.',
      call: '70 201 201',
      languages: ['Danish'],
    },
  ],
  FI: [
    {
      name: 'MIELI Kriisipuhelin',
      detail: 'Crisis helpline. Anonymous.',
      call: '09 2525 0111',
      hours: ANY_TIME,
      languages: ['Finnish'],
    },
  ],
  PL: [
    {
      name: 'Centrum Wsparcia',
      detail: 'For anyone in a mental health crisis. Psychologists answer.',
      call: '800 70 2222',
      hours: ANY_TIME,
      languages: ['Polish'],
    },
  ],
  CZ: [
    {
      name: 'Linka první psychické pomoci',
      detail: 'For adults in crisis and the people close to them.',
      call: '116 123',
      hours: ANY_TIME,
      languages: ['Czech'],
    },
    {
      name: 'Pražská linka důvěry',
      detail: 'For everyone.',
      call: '222 580 697',
      hours: ANY_TIME,
      languages: ['Czech'],
    },
  ],
  RO: [
    {
      name: 'Alianța Română de Prevenție a Suicidului',
      detail: 'Free support for anyone in distress or with thoughts of suicide.',
      call: '0800 801 200',
      languages: ['Romanian'],
    },
  ],
  GR: [
    {
      name: 'Klimaka suicide prevention line',
      detail: 'Suicide prevention line, answered by mental health professionals.',
      call: '1018',
      languages: ['Greek'],
    },
  ],
  TR: [
    {
      name: 'Alo 183 Sosyal Destek Hattı',
      detail:
        'For anyone facing violence, abuse or neglect, from the Ministry of Family and Social Services.',
      call: '183',
      languages: ['Turkish'],
    },
  ],
  RU: [
    {
      name: 'Телефон доверия (helpline)',
      detail: 'Free and anonymous. For children, young people and their parents.',
      call: '8 800 2000 122',
      languages: ['Russian'],
    },
  ],
  UA: [
    {
      name: 'Lifeline Ukraine',
      detail: 'Suicide prevention and psychological support.',
      call: '7333',
      hours: ANY_TIME,
      languages: ['Ukrainian'],
    },
  ],
  IL: [
    {
      name: 'ERAN – Emotional First Aid',
      detail: 'Anonymous and confidential.',
      call: '1201',
      hours: ANY_TIME,
      languages: ['Hebrew', 'Arabic', 'Russian'],
    },
  ],
  EG: [
    {
      name: 'Addiction helpline (Fund for Drug Control and Treatment of Addiction)',
      detail: 'Free, confidential help with addiction, for you or someone close to you.',
      call: '16023',
      hours: ANY_TIME,
      languages: ['Arabic'],
    },
  ],
  IN: [
    {
      name: 'Tele-MANAS',
      detail: 'Free mental health support from the government. Choose your language.',
      call: '14416',
      hours: ANY_TIME,
      languages: ['20 Indian languages'],
    },
    {
      name: 'Tele-MANAS (toll-free number)',
      detail: 'The same service, on a toll-free number.',
      call: '1-800-891-4416',
      hours: ANY_TIME,
      languages: ['20 Indian languages'],
    },
  ],
  PK: [
    {
      name: 'Umang',
      detail: 'Free support from psychologists, for anyone struggling or thinking of suicide.',
      call: '0311 7786264',
      hours: 'Any time, except during the Eid holidays',
      languages: ['Urdu', 'English', 'regional languages'],
    },
  ],
  BD: [
    {
      name: 'National helpline for women and children (109)',
      detail: 'For women and children facing violence, and their families. Free.',
      call: '109',
      hours: ANY_TIME,
      languages: ['Bangla'],
    },
    {
      name: 'Moner Jotno (BRAC)',
      detail: 'Free, confidential counselling by phone, especially for young people.',
      call: '09643 262626',
      languages: ['Bangla'],
    },
  ],
  PH: [
    {
      name: 'NCMH Crisis Hotline',
      detail: 'National Center for Mental Health.',
      call: '1553',
      languages: ['Filipino', 'English'],
    },
    {
      name: 'NCMH Crisis Hotline (mobile)',
      detail: 'The same hotline, on a mobile number.',
      call: '0917 899 8727',
      hours: ANY_TIME,
      languages: ['Filipino', 'English'],
    },
  ],
  MY: [
    {
      name: 'Talian HEAL 15555',
      detail: 'The Ministry of Health’s mental health crisis line. Counsellors answer.',
      call: '15555',
    },
  ],
  SG: [
    {
      name: 'Samaritans of Singapore (SOS)',
      detail: 'Confidential support in a crisis or with thoughts of suicide.',
      call: '1767',
      hours: ANY_TIME,
    },
    {
      name: 'national mindline 1771',
      detail: 'Trained counsellors listen and help you find support. Confidential.',
      call: '1771',
      hours: ANY_TIME,
    },
  ],
  CN: [
    {
      name: '12356 心理援助热线 (psychological support line)',
      detail: 'The national line for psychological support, including in a crisis.',
      call: '12356',
      languages: ['Chinese'],
    },
  ],
  HK: [
    {
      name: 'The Samaritans (撒瑪利亞會)',
      detail: 'For distress or thoughts of suicide.',
      call: '2896 0000',
      hours: ANY_TIME,
      languages: ['English', 'Cantonese', 'Mandarin'],
    },
    {
      name: 'The Samaritan Befrienders Hong Kong (香港撒瑪利亞防止自殺會)',
      detail: 'Emotional support hotline.',
      call: '2389 2222',
      hours: ANY_TIME,
      languages: ['Cantonese', 'English'],
    },
    {
      name: 'Suicide Prevention Services (生命熱綫)',
      detail: 'For distress or thoughts of suicide.',
      call: '2382 0000',
      hours: ANY_TIME,
      languages: ['Cantonese'],
    },
  ],
  JP: [
    {
      name: 'Yorisoi Hotline (よりそいホットライン)',
      detail: 'For anything troubling you. Also in other languages.',
      call: '0120 279 338',
      languages: ['Japanese', 'other languages'],
    },
    {
      name: 'Inochi SOS (いのちSOS)',
      detail: 'Free, for anyone who feels they want to die or disappear.',
      call: '0120 061 338',
      hours: 'Mon, Thu, Fri all day; other days 6 a.m. to midnight',
      languages: ['Japanese'],
    },
  ],
  KR: [
    {
      name: 'Suicide prevention line (자살예방상담전화)',
      detail: 'For anyone, from the Ministry of Health and Welfare.',
      call: '109',
      hours: ANY_TIME,
      languages: ['Korean'],
    },
  ],
  ZA: [
    {
      name: 'SADAG Mental Health Helpline',
      detail: 'Or SMS 31393 and a counsellor calls you back.',
      call: '0800 456 789',
      text: {
        number: '31393',
      },
    },
    {
      name: 'SADAG Suicide Crisis Line',
      detail: 'Free.',
      call: '0800 567 567',
    },
  ],
  NG: [
    {
      name: 'SURPIN helpline',
      detail: 'Free. Counsellors listen and help you find care near you.',
      call: '0800 078 7746',
    },
  ],
  KE: [
    {
      name: 'Kenya Red Cross (1199)',
      detail: 'Counselling by phone from the Kenya Red Cross.',
      call: '1199',
    },
  ],
};
