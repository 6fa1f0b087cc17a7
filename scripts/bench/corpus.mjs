// Deterministic journal-like text for the bench: no dataset download, the same 10,000 entries on
// every run. A Zipf-like mix of common words and a long tail of rarer made-up words gives a
// vocabulary shaped like a year of real journaling (a few hundred words most of the time, tens of
// thousands seen once or twice), with some accented words so folding is exercised.

const COMMON = `i the and to a of my was it that in me felt is for today with not but about what
this so at feel be have had when like just about him her them they we you he she meeting sponsor
step steps fear anger shame grief hope trust tired lonely hungry angry craving trigger call called
talked friend family mother father brother sister work home night morning evening sleep slept
prayer pray meditation walk walked wrote write writing read book group share shared honest
honesty help helped asked ask want wanted need needed still again never always sometimes maybe
better worse small win grateful gratitude thankful because think thought know knew remember memory
body chest breath breathing heart hands tears cried laugh laughed safe unsafe boundary boundaries
amends letter sorry forgive forgiveness resentment resentments harm harmed hurt kind kindness
gentle patience patient slip clean sober days week month year old new first last next time
people person someone nobody everyone myself yourself together alone afraid worried anxious calm
quiet loud house car job boss coffee tea dinner lunch breakfast rain sun cold warm park church
café naïve résumé jalapeño piñata façade über crème brûlée josé zoë chloë`.split(/\s+/);

const SYLLABLES = `ka ri mo ten sa lu vor en da mi sel tor an ul pe ro ga li ne bra sto fen
mar kel dor win ath ver gil ton har bel cor dun fal gor hal jor kin lom nar pol quin ras sul
tam vel wes yor zan`.split(/\s+/);

/** mulberry32: small, fast, and the same sequence everywhere. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rareWords(count, next) {
  const words = new Set();
  while (words.size < count) {
    const parts = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < parts; i += 1) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** A generator of entries; `entry(i)` always returns the same text for the same i. */
export function makeCorpus(seed = 12) {
  const rare = rareWords(30000, random(seed));
  // Zipf-ish pick: index = floor(n ^ u^k); common words most of the time, the rare tail sometimes.
  const pickWord = (next) => {
    if (next() < 0.82) {
      const u = next();
      return COMMON[Math.floor(Math.pow(u, 2.2) * COMMON.length)] ?? 'the';
    }
    return rare[Math.floor(Math.pow(next(), 1.6) * rare.length)] ?? 'kari';
  };
  const sentence = (next) => {
    const length = 4 + Math.floor(next() * 16);
    const words = [];
    for (let i = 0; i < length; i += 1) words.push(pickWord(next));
    const first = words[0] ?? 'i';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    const end = next() < 0.1 ? '?' : next() < 0.1 ? '!' : '.';
    return words.join(next() < 0.15 ? ', ' : ' ').replace(/ i /g, ' I ') + end;
  };
  return {
    common: COMMON,
    rare,
    entry(i) {
      const next = random(seed * 100003 + i);
      // A few sentences to a few paragraphs: mostly short, now and then long.
      const paragraphs = 1 + Math.floor(Math.pow(next(), 1.5) * 5);
      const blocks = [];
      for (let p = 0; p < paragraphs; p += 1) {
        const sentences = 3 + Math.floor(next() * 6);
        const lines = [];
        for (let s = 0; s < sentences; s += 1) lines.push(sentence(next));
        blocks.push(lines.join(' '));
      }
      const title =
        next() < 0.6
          ? sentence(next)
              .replace(/[.?!]$/, '')
              .slice(0, 48)
          : '';
      const step = next() < 0.5 ? 1 + Math.floor(next() * 12) : 0;
      return { title, body: blocks.join('\n\n'), step };
    },
  };
}
