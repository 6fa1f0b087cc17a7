import type { CrisisCountry } from './crisisLines';

// How these were checked: crisisLines.ts. Each `source` is the page that states the number.
const checked = '2026-12-01';
const ANY_TIME = 'Any time, day or night';

/** The EU's own report that 112 reaches emergency services in every member state. */
const EU_112 = 'https://www.digitalhealth.net/2008/12/pan-european-112-emergency-number-a-reality/';
const eu112 = {
  name: 'Emergency services',
  detail: 'Police, ambulance or fire, free from any phone.',
  call: '112',
  source: EU_112,
  checked,
};

export const CRISIS_COUNTRIES: CrisisCountry[] = [
  {
    code: 'US',
    name: 'United States',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '911',
        source:
          'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
        checked,
      },
    ],
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        detail: 'Call or text 988, free and confidential.',
        call: '988',
        text: { number: '988' },
        hours: ANY_TIME,
        source:
          'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
        checked,
      },
      {
        name: 'SAMHSA National Helpline',
        detail: 'Free and confidential. Help finding treatment and support groups.',
        call: '1-800-662-4357',
        hours: ANY_TIME,
        languages: ['English', 'Spanish'],
        source: 'https://www.samhsa.gov/find-help/national-helpline',
        checked,
      },
      {
        name: 'Crisis Text Line',
        detail: 'Text HOME to 741741.',
        text: { number: '741741', body: 'HOME' },
        hours: ANY_TIME,
        source: 'http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729',
        checked,
      },
      {
        name: 'National Domestic Violence Hotline',
        detail: 'Call, or text START to 88788.',
        call: '1-800-799-7233',
        text: { number: '88788', body: 'START' },
        hours: ANY_TIME,
        source:
          'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
        checked,
      },
      {
        name: 'RAINN National Sexual Assault Hotline',
        detail: 'Support after sexual violence.',
        call: '1-800-656-4673',
        hours: ANY_TIME,
        source: 'https://span.state.gov/social-development/sms-sos/20140901',
        checked,
      },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '911',
        source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
        checked,
      },
    ],
    lines: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        detail: 'Call or text 988, free.',
        call: '988',
        text: { number: '988' },
        hours: ANY_TIME,
        languages: ['English', 'French'],
        source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
        checked,
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire. 112 works too.',
        call: '999',
        source: 'https://www.wellingtonpractice.co.uk/emergency-information/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Samaritans',
        detail: 'Free from any phone, even with no credit.',
        call: '116 123',
        hours: ANY_TIME,
        source:
          'https://www.samaritans.org/news/jamie-hepburn-minister-mental-health-launches-samaritans-new-free-phone-number-campaign',
        checked,
      },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: [
      eu112,
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '999',
        source: 'https://calendarz.com/es/amp/on-this-day/june/30/emergency-telephone-number',
        checked,
      },
    ],
    lines: [
      {
        name: 'Samaritans',
        detail: 'Free to call.',
        call: '116 123',
        hours: ANY_TIME,
        source:
          'https://www.irishhealthpro.com/content/news/show/name/big-jump-in-calls-to-samaritans-since-2014',
        checked,
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '000',
        source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Lifeline',
        detail: 'Crisis support. Free from a mobile.',
        call: '13 11 14',
        hours: ANY_TIME,
        source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
        checked,
      },
      {
        name: 'Lifeline text',
        detail: 'Text Lifeline if talking is hard.',
        text: { number: '0477 13 11 14' },
        hours: ANY_TIME,
        source:
          'https://www.theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-247-to-help-more-in-need/',
        checked,
      },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '111',
        source:
          'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
        checked,
      },
    ],
    lines: [
      {
        name: '1737 Need to talk?',
        detail: 'Call or text 1737 to talk with a trained counsellor. Free.',
        call: '1737',
        text: { number: '1737' },
        hours: ANY_TIME,
        source:
          'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
        checked,
      },
    ],
  },
  {
    code: 'MX',
    name: 'Mexico',
    emergency: [
      {
        name: 'Emergencias',
        detail: 'Police, ambulance or fire.',
        call: '911',
        source:
          'http://www.capitalmexico.com.mx/nacional/facil-de-recordar-arranca-el-numero-911-para-atender-emergencias-en-16-estados',
        checked,
      },
    ],
    lines: [
      {
        name: 'Línea de la Vida',
        detail: 'Free. Mental health, addiction and thoughts of suicide.',
        call: '800 911 2000',
        hours: ANY_TIME,
        languages: ['Spanish'],
        source:
          'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
        checked,
      },
    ],
  },
  {
    code: 'BR',
    name: 'Brazil',
    emergency: [
      {
        name: 'SAMU',
        detail: 'Ambulance. 193 for the fire brigade.',
        call: '192',
        source:
          'https://www.opovo.com.br/noticias/brasil/2025/12/10/bombeiros-ou-samu-saiba-quem-acionar-em-caso-de-emergencia.html',
        checked,
      },
    ],
    lines: [
      {
        name: 'CVV – Centro de Valorização da Vida',
        detail: 'Free and anonymous emotional support.',
        call: '188',
        hours: ANY_TIME,
        languages: ['Portuguese'],
        source: 'https://pt.wikipedia.org/wiki/Centro_de_Valoriza%C3%A7%C3%A3o_da_Vida',
        checked,
      },
    ],
  },
  {
    code: 'AR',
    name: 'Argentina',
    emergency: [
      {
        name: 'Emergencias',
        detail: 'Police, ambulance or fire.',
        call: '911',
        source:
          'https://elsoldeiquique.cl/el-numero-de-emergencia-911-un-salvavidas-que-sudamerica-adopta-y-chile-necesita/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Línea de Salud Mental (Ministerio de Salud)',
        detail: 'Free and anonymous.',
        call: '0800 999 0091',
        hours: ANY_TIME,
        languages: ['Spanish'],
        source:
          'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/',
        checked,
      },
      {
        name: 'Centro de Asistencia al Suicida',
        detail: 'From anywhere in the country. In Buenos Aires city and Greater Buenos Aires, 135.',
        call: '011 5275 1135',
        languages: ['Spanish'],
        source:
          'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/',
        checked,
      },
      {
        name: 'Centro de Asistencia al Suicida (Buenos Aires)',
        detail: 'Buenos Aires city and Greater Buenos Aires only.',
        call: '135',
        languages: ['Spanish'],
        source:
          'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/',
        checked,
      },
    ],
  },
  {
    code: 'CO',
    name: 'Colombia',
    emergency: [
      {
        name: 'Línea de emergencias',
        detail: 'Police, ambulance or fire, and mental health emergencies.',
        call: '123',
        source:
          'https://www.radiosantafe.com/2025/09/11/bogota-refuerza-su-apoyo-en-el-dia-mundial-para-la-prevencion-del-suicidio/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Línea 106 (Bogotá)',
        detail: 'Free psychological support, from Bogotá.',
        call: '106',
        hours: ANY_TIME,
        languages: ['Spanish'],
        source:
          'https://www.radiosantafe.com/2025/09/11/bogota-refuerza-su-apoyo-en-el-dia-mundial-para-la-prevencion-del-suicidio/',
        checked,
      },
    ],
  },
  {
    code: 'CL',
    name: 'Chile',
    emergency: [
      {
        name: 'SAMU',
        detail: 'Ambulance. 133 for Carabineros, the police.',
        call: '131',
        source:
          'https://www.latercera.com/nacional/noticia/pinera-anuncia-iniciativa-para-crear-el-primer-sistema-integrado-de-atencion-de-emergencias-del-pais/IYLDL4TRDJHU7CZS6TPJHFHYVU/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Línea de Prevención del Suicidio',
        detail: 'Free and confidential. A psychologist answers.',
        call: '*4141',
        hours: ANY_TIME,
        languages: ['Spanish'],
        source:
          'https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml',
        checked,
      },
    ],
  },
  {
    code: 'PE',
    name: 'Peru',
    emergency: [
      {
        name: 'SAMU',
        detail: 'Ambulance, free.',
        call: '106',
        source:
          'https://radionacional.gob.pe/noticias/locales/bomberos-controlan-incendio-en-la-escuela-de-suboficiales-de-puente-piedra',
        checked,
      },
    ],
    lines: [
      {
        name: 'Línea 113, option 5',
        detail: 'Free psychological support. Call 113, then choose 5.',
        call: '113',
        hours: ANY_TIME,
        languages: ['Spanish'],
        source:
          'https://panamericana.pe/locales/463414-dia-depresion-linea-113-brinda-orientacion-apoyo-psicologico-gratuito-24-horas-dia',
        checked,
      },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    emergency: [
      {
        ...eu112,
        source:
          'https://www.elnacional.cat/es/sociedad/telefono-024-detecta-585-suicidios-curso-primeros-meses-funcionamiento_852759_102.html',
      },
    ],
    lines: [
      {
        name: 'Línea 024',
        detail: 'Free, anonymous support for thoughts of suicide.',
        call: '024',
        hours: ANY_TIME,
        languages: ['Spanish'],
        source:
          'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
        checked,
      },
      {
        name: 'Teléfono de la Esperanza',
        detail: 'Someone to talk to.',
        call: '717 003 717',
        languages: ['Spanish'],
        source:
          'https://maldita.es/index.php/malditaciencia/20220510/024-numero-telefono-atencion-suicidio-espana-gratuito',
        checked,
      },
    ],
  },
  {
    code: 'PT',
    name: 'Portugal',
    emergency: [
      {
        ...eu112,
        source:
          'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
      },
    ],
    lines: [
      {
        name: 'Linha Nacional de Prevenção do Suicídio',
        detail: 'Answered by mental health professionals.',
        call: '1411',
        hours: ANY_TIME,
        languages: ['Portuguese'],
        source:
          'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
        checked,
      },
      {
        name: 'SNS 24 – Aconselhamento psicológico',
        detail: 'Psychological counselling from the health service.',
        call: '808 24 24 24',
        languages: ['Portuguese'],
        source:
          'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
        checked,
      },
      {
        name: 'SOS Voz Amiga',
        detail: 'Volunteers who listen.',
        call: '213 544 545',
        hours: 'Every day, 3:30 p.m. to 12:30 a.m.',
        languages: ['Portuguese'],
        source:
          'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
        checked,
      },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    emergency: [eu112],
    lines: [
      {
        name: '3114 – Numéro national de prévention du suicide',
        detail: 'Free and confidential. Answered by health professionals.',
        call: '3114',
        hours: ANY_TIME,
        languages: ['French'],
        source: 'https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide',
        checked,
      },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    emergency: [eu112],
    lines: [
      {
        name: 'TelefonSeelsorge',
        detail: 'Free and anonymous.',
        call: '0800 111 0 111',
        hours: ANY_TIME,
        languages: ['German'],
        source: 'https://www.domradio.de/glossar/telefonseelsorge-0',
        checked,
      },
      {
        name: 'TelefonSeelsorge (second number)',
        detail: 'Free and anonymous, if the first number is busy.',
        call: '0800 111 0 222',
        hours: ANY_TIME,
        languages: ['German'],
        source: 'https://www.domradio.de/glossar/telefonseelsorge-0',
        checked,
      },
    ],
  },
  {
    code: 'AT',
    name: 'Austria',
    emergency: [
      eu112,
      {
        name: 'Rettung',
        detail: 'Ambulance.',
        call: '144',
        source: 'https://burgenland.orf.at/stories/3027145/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Telefonseelsorge',
        detail: 'Free, no area code needed.',
        call: '142',
        hours: ANY_TIME,
        languages: ['German'],
        source: 'https://www.katholisch.at/telefonseelsorge',
        checked,
      },
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
        source:
          'https://www.srf.ch/sendungen/einstein/kleiner-wegweiser-durch-den-notrufnummern-dschungel',
        checked,
      },
    ],
    lines: [
      {
        name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico',
        detail: 'Someone to talk to, anonymously. A call costs a small fixed fee.',
        call: '143',
        hours: ANY_TIME,
        languages: ['German', 'French', 'Italian'],
        source: 'https://www.swissinfo.ch/ger/alternde-gesellschaft/die-dargebotene-hand/3335124',
        checked,
      },
    ],
  },
  {
    code: 'IT',
    name: 'Italy',
    emergency: [eu112],
    lines: [
      {
        name: 'Telefono Amico Italia',
        detail: 'Volunteers who listen, anonymously.',
        call: '02 2327 2327',
        hours: 'Usually 10 a.m. to midnight',
        languages: ['Italian'],
        source:
          'https://vivimilano.corriere.it/attivita-bambini/attivita-varie/coronavirus-telefono-amico-italia-attiva-un-nuovo-numero/',
        checked,
      },
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    emergency: [eu112],
    lines: [
      {
        name: '113 Zelfmoordpreventie',
        detail: 'Free and anonymous.',
        call: '113',
        hours: ANY_TIME,
        languages: ['Dutch'],
        source:
          'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
        checked,
      },
      {
        name: '113 Zelfmoordpreventie (free number)',
        detail: 'Free, even with no credit.',
        call: '0800 0113',
        hours: ANY_TIME,
        languages: ['Dutch'],
        source:
          'https://www.nu.nl/binnenland/6062813/hulplijn-113-nu-ook-rechtstreeks-bereikbaar-voor-zelfmoordpreventie.html',
        checked,
      },
    ],
  },
  {
    code: 'BE',
    name: 'Belgium',
    emergency: [eu112],
    lines: [
      {
        name: 'Zelfmoordlijn 1813',
        detail: 'Free and anonymous.',
        call: '1813',
        hours: ANY_TIME,
        languages: ['Dutch'],
        source: 'https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813',
        checked,
      },
    ],
  },
  {
    code: 'SE',
    name: 'Sweden',
    emergency: [eu112],
    lines: [
      {
        name: 'Mind Självmordslinjen',
        detail: 'Anonymous support from trained volunteers.',
        call: '90101',
        hours: ANY_TIME,
        languages: ['Swedish'],
        source: 'http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html',
        checked,
      },
    ],
  },
  {
    code: 'NO',
    name: 'Norway',
    emergency: [
      {
        name: 'Medisinsk nødtelefon',
        detail: 'When life is in danger.',
        call: '113',
        source:
          'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352',
        checked,
      },
    ],
    lines: [
      {
        name: 'Mental Helse Hjelpetelefonen',
        detail: 'Free, for anyone who needs someone to talk to.',
        call: '116 123',
        hours: ANY_TIME,
        languages: ['Norwegian'],
        source:
          'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352',
        checked,
      },
      {
        name: 'Kirkens SOS',
        detail: 'Crisis line.',
        call: '22 40 00 40',
        hours: ANY_TIME,
        languages: ['Norwegian'],
        source:
          'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352',
        checked,
      },
    ],
  },
  {
    code: 'DK',
    name: 'Denmark',
    emergency: [eu112],
    lines: [],
  },
  {
    code: 'FI',
    name: 'Finland',
    emergency: [{ ...eu112, source: 'http://mieli.fi/helpline' }],
    lines: [
      {
        name: 'MIELI Kriisipuhelin',
        detail: 'Crisis helpline. Anonymous.',
        call: '09 2525 0111',
        hours: ANY_TIME,
        languages: ['Finnish'],
        source: 'https://mentalhealth.fi/where-to-go-in-an-emergency',
        checked,
      },
    ],
  },
  {
    code: 'PL',
    name: 'Poland',
    emergency: [eu112],
    lines: [
      {
        name: 'Centrum Wsparcia',
        detail: 'For anyone in a mental health crisis. Psychologists answer.',
        call: '800 70 2222',
        hours: ANY_TIME,
        languages: ['Polish'],
        source: 'https://zdrowie.pap.pl/psyche/na-kryzys-telefon-800-70-2222',
        checked,
      },
    ],
  },
  {
    code: 'CZ',
    name: 'Czechia',
    emergency: [eu112],
    lines: [
      {
        name: 'Linka první psychické pomoci',
        detail: 'For adults in crisis and the people close to them.',
        call: '116 123',
        hours: ANY_TIME,
        languages: ['Czech'],
        source:
          'https://www.idnes.cz/praha/zpravy/linka-duvery-bohnice-ukoncena-cinnost-nedostatek-financi-psychika.A240110_100533_praha-zpravy_vich',
        checked,
      },
      {
        name: 'Pražská linka důvěry',
        detail: 'For everyone.',
        call: '222 580 697',
        hours: ANY_TIME,
        languages: ['Czech'],
        source:
          'https://www.idnes.cz/praha/zpravy/linka-duvery-bohnice-ukoncena-cinnost-nedostatek-financi-psychika.A240110_100533_praha-zpravy_vich',
        checked,
      },
    ],
  },
  {
    code: 'RO',
    name: 'Romania',
    emergency: [eu112],
    lines: [],
  },
  {
    code: 'GR',
    name: 'Greece',
    emergency: [eu112],
    lines: [
      {
        name: 'Klimaka suicide prevention line',
        detail: 'Suicide prevention line, answered by mental health professionals.',
        call: '1018',
        languages: ['Greek'],
        source: 'http://www.encephalos.gr/48-4-04g.htm',
        checked,
      },
    ],
  },
  {
    code: 'TR',
    name: 'Türkiye',
    emergency: [
      {
        name: 'Ambulance',
        detail: 'Medical emergencies. 155 for the police, 110 for fire.',
        call: '112',
        source:
          'https://www.frequentbusinesstraveler.com/2012/08/how-to-call-for-help-around-the-world-emergency-numbers-and-instructions-for-travelers/',
        checked,
      },
    ],
    lines: [],
  },
  {
    code: 'UA',
    name: 'Ukraine',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'One number for all services. The older 101, 102 and 103 still work.',
        call: '112',
        source:
          'https://bukvy.org/yedynyj-nomer-ekstrenoyi-dopomogy-112-zapraczyuye-po-vsij-ukrayini-do-kinczya-2024-roku',
        checked,
      },
    ],
    lines: [
      {
        name: 'Lifeline Ukraine',
        detail: 'Suicide prevention and psychological support.',
        call: '7333',
        hours: ANY_TIME,
        languages: ['Ukrainian'],
        source:
          'https://dzerkalo.media/news/v-ukraini-zapratsyue-garyacha-liniya-psihologichnoi-pidtrimki-dlya-veteraniv-viyni',
        checked,
      },
    ],
  },
  {
    code: 'IL',
    name: 'Israel',
    emergency: [
      {
        name: 'Magen David Adom',
        detail: 'Ambulance. 100 for the police.',
        call: '101',
        source:
          'https://www.frequentbusinesstraveler.com/2012/08/how-to-call-for-help-around-the-world-emergency-numbers-and-instructions-for-travelers/',
        checked,
      },
    ],
    lines: [
      {
        name: 'ERAN – Emotional First Aid',
        detail: 'Anonymous and confidential.',
        call: '1201',
        hours: ANY_TIME,
        languages: ['Hebrew', 'Arabic', 'Russian'],
        source: 'https://jerusaleminstitute.org.il/en/blog/with-days-like-this/',
        checked,
      },
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
        source:
          'https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Tele-MANAS',
        detail: 'Free mental health support from the government. Choose your language.',
        call: '14416',
        hours: ANY_TIME,
        languages: ['20 Indian languages'],
        source:
          'https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/',
        checked,
      },
      {
        name: 'Tele-MANAS (toll-free number)',
        detail: 'The same service, on a toll-free number.',
        call: '1-800-891-4416',
        hours: ANY_TIME,
        languages: ['20 Indian languages'],
        source: 'https://crackittoday.com/current-affairs/tele-manas/',
        checked,
      },
    ],
  },
  {
    code: 'BD',
    name: 'Bangladesh',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '999',
        source: 'https://calendarz.com/es/amp/on-this-day/june/30/emergency-telephone-number',
        checked,
      },
    ],
    lines: [],
  },
  {
    code: 'PH',
    name: 'Philippines',
    emergency: [
      {
        name: 'Emergency 911',
        detail: 'Police, ambulance, fire or disaster. Free.',
        call: '911',
        source: 'https://tribune.net.ph/2025/09/06/dial-911-in-case-of-emergency',
        checked,
      },
    ],
    lines: [
      {
        name: 'NCMH Crisis Hotline',
        detail: 'National Center for Mental Health.',
        call: '1553',
        languages: ['Filipino', 'English'],
        source: 'https://www.sunstar.com.ph/cebu/nearly-700-call-ncmh-during-the-holidays',
        checked,
      },
      {
        name: 'NCMH Crisis Hotline (mobile)',
        detail: 'The same hotline, on a mobile number.',
        call: '0917 899 8727',
        hours: ANY_TIME,
        languages: ['Filipino', 'English'],
        source: 'https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/',
        checked,
      },
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
        source:
          'http://gayahidup.republika.co.id/berita/gaya-hidup/info-sehat/17/07/25/otn3p8328-lihat-orang-ingin-bunuh-diri-bantu-dengan-kontak-119',
        checked,
      },
    ],
    lines: [],
  },
  {
    code: 'MY',
    name: 'Malaysia',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '999',
        source: 'https://calendarz.com/es/amp/on-this-day/june/30/emergency-telephone-number',
        checked,
      },
    ],
    lines: [],
  },
  {
    code: 'SG',
    name: 'Singapore',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police.',
        call: '999',
        source: 'https://calendarz.com/es/amp/on-this-day/june/30/emergency-telephone-number',
        checked,
      },
    ],
    lines: [
      {
        name: 'Samaritans of Singapore (SOS)',
        detail: 'Confidential support in a crisis or with thoughts of suicide.',
        call: '1767',
        hours: ANY_TIME,
        source: 'https://mothership.sg/2022/09/sos-24h-whatsapp-service',
        checked,
      },
      {
        name: 'National Mindline',
        detail: 'Confidential national helpline.',
        call: '1771',
        hours: ANY_TIME,
        source: 'https://www.daily8.com/en/hashtag/SamaritansOfSingapore',
        checked,
      },
    ],
  },
  {
    code: 'HK',
    name: 'Hong Kong',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '999',
        source: 'https://csrp.hku.hk/getting-help/',
        checked,
      },
    ],
    lines: [
      {
        name: 'The Samaritans (撒瑪利亞會)',
        detail: 'For distress or thoughts of suicide.',
        call: '2896 0000',
        hours: ANY_TIME,
        languages: ['English', 'Cantonese', 'Mandarin'],
        source: 'https://csrp.hku.hk/getting-help/',
        checked,
      },
      {
        name: 'The Samaritan Befrienders Hong Kong (香港撒瑪利亞防止自殺會)',
        detail: 'Emotional support hotline.',
        call: '2389 2222',
        hours: ANY_TIME,
        languages: ['Cantonese', 'English'],
        source: 'https://csrp.hku.hk/getting-help/',
        checked,
      },
      {
        name: 'Suicide Prevention Services (生命熱綫)',
        detail: 'For distress or thoughts of suicide.',
        call: '2382 0000',
        hours: ANY_TIME,
        languages: ['Cantonese'],
        source: 'https://csrp.hku.hk/getting-help/',
        checked,
      },
    ],
  },
  {
    code: 'JP',
    name: 'Japan',
    emergency: [
      {
        name: 'Fire and ambulance',
        detail: 'Free. 110 for the police.',
        call: '119',
        source: 'https://jptips.itp.ne.jp/en/emergency/police-fire-ambulance-call/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Yorisoi Hotline (よりそいホットライン)',
        detail: 'For anything troubling you. Also in other languages.',
        call: '0120 279 338',
        languages: ['Japanese', 'other languages'],
        source: 'https://mainichi.jp/articles/20151128/mul/00m/040/00800sc',
        checked,
      },
      {
        name: 'Inochi SOS (いのちSOS)',
        detail: 'Free, for anyone who feels they want to die or disappear.',
        call: '0120 061 338',
        hours: 'Mon, Thu, Fri all day; other days 6 a.m. to midnight',
        languages: ['Japanese'],
        source: 'https://mainichi.jp/articles/20220826/osg/00m/040/001000d',
        checked,
      },
    ],
  },
  {
    code: 'KR',
    name: 'South Korea',
    emergency: [
      {
        name: 'Rescue and ambulance',
        detail: '112 for the police.',
        call: '119',
        source:
          'https://www.chosun.com/national/welfare-medical/2023/10/23/7FAR6H2VNVGDHMRGOEFS2PEPUA/',
        checked,
      },
    ],
    lines: [
      {
        name: 'Suicide prevention line (자살예방상담전화)',
        detail: 'For anyone, from the Ministry of Health and Welfare.',
        call: '109',
        hours: ANY_TIME,
        languages: ['Korean'],
        source: 'https://newspim.com/news/view/20240102000281',
        checked,
      },
    ],
  },
  {
    code: 'ZA',
    name: 'South Africa',
    emergency: [
      {
        name: 'Emergency from a mobile',
        detail: 'Works without airtime.',
        call: '112',
        source: 'https://statuscheck.co.za/?p=14569',
        checked,
      },
      {
        name: 'Police emergency',
        detail: 'Free from a landline.',
        call: '10111',
        source: 'https://www.saps.gov.za/services/cc_10111.php',
        checked,
      },
    ],
    lines: [
      {
        name: 'SADAG Mental Health Helpline',
        detail: 'Or SMS 31393 and a counsellor calls you back.',
        call: '0800 456 789',
        text: { number: '31393' },
        source:
          'https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach-out-amid-world-suicide-prevention-day/',
        checked,
      },
      {
        name: 'SADAG Suicide Crisis Line',
        detail: 'Free.',
        call: '0800 567 567',
        source:
          'http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737',
        checked,
      },
    ],
  },
  {
    code: 'KE',
    name: 'Kenya',
    emergency: [
      {
        name: 'Emergency services',
        detail: 'Police, ambulance or fire.',
        call: '999',
        source: 'https://calendarz.com/es/amp/on-this-day/june/30/emergency-telephone-number',
        checked,
      },
    ],
    lines: [],
  },
];
