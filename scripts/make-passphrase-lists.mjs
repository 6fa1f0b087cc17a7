// Makes the two word lists behind passphrase guidance (src/features/vault/guidance/*.txt).
// Run by hand when the lists should change; the app never runs it.
//
//   npm pack @zxcvbn-ts/language-common@4.1.3 @zxcvbn-ts/language-en@4.1.1   (in a scratch folder)
//   tar xzf each, then:
//   node scripts/make-passphrase-lists.mjs <language-common>/package/src <language-en>/package/src
//
// gentle-words.txt: words for generated passphrases. The EFF Large Wordlist for Passphrases
// (Electronic Frontier Foundation, CC BY 3.0 US; shipped in @zxcvbn-ts/language-common as
// diceware.json), keeping only words that are among the 10,000 most frequent English words of
// @zxcvbn-ts/language-en's commonWords.json (counted from OpenSubtitles, ODC-BY) or chosen by hand
// from the next 2,000 (ALSO), 3 to 8 plain letters, not among the 2,000 most used passwords, and
// not in BLOCKED below: nothing about drink, drugs, smoking, gambling, death, harm,
// illness, the body, crime, war, fear, shame, family or faith, no names, brands or slang.
// Then we read the whole list by eye. Changes to EFF's list: filtered as described, nothing added.
//
// common-passwords.txt: the 10,000 most used passwords, most used first, from
// @zxcvbn-ts/language-common's passwords.json (MIT). Never shown; only matched against.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [commonDir, englishDir] = process.argv.slice(2);
if (!commonDir || !englishDir) {
  console.error(
    'usage: node scripts/make-passphrase-lists.mjs <language-common src> <language-en src>',
  );
  process.exit(1);
}
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const BLOCKED = new Set(
  [
    // drink, drugs, smoking, gambling
    'acid aspirin barrel blunt bottle brunch casino cartel coke crystal dealer dealing dice dose',
    'drank drinking gambling hangover ice junkie karaoke liver morphine party pod poker pouring',
    'rehab saloon scotch sherry sip smoked smoking speed spirits stash syrup thirsty tipped wager',
    // death, harm, violence, war, crime
    'alive ambush armed army arrest ashes avenge battle blade blast bribe bust cannon cavalry',
    'choking coroner crook crushed crushing culprit curfew custody cut dagger deceased drown',
    'dynamite estate eternal eternity evacuate evidence explode fracture gone graves grieving',
    'guts hacked hacker hacking harness hunter hunting immortal jury kick legacy legal marine',
    'navy nuclear parole patrol penalty poison police precinct predator prison punch reactor',
    'revenge riot robbing rope sabotage shove slam slit snitch squad stole strangle strike',
    'striking struck survival survive survivor suspect tactical tactics tank target theft',
    'threaten thud traitor treason trial verdict veteran villain widow wound wrath zombie',
    'corporal deputy comrade opponent rival defense conflict confront rogue savage twisted',
    'cage chain trapped traps stuck captive confined exile dumping ripping rotting smashing',
    // illness, the body, eating
    'aids bacteria body cardiac clinic coma cough dental dentist disabled disorder dizzy fever',
    'headache hunger hungry hurt immunity lip lung mouth nursing patient pregnant rash skinny',
    'starving surgery surgical syndrome throat tummy virus viral womb wrist limb skeleton',
    // fear, shame, anger, sorrow, blame, judgement
    'afraid agony anger annoying arrogant ashamed awkward badass blame blaming boring bully',
    'careless caution cautious cheating childish clumsy confess confused contempt cried',
    'cruelty crying curse danger darkness defeat denial deny despair despise disaster disgrace',
    'dislike distress dreadful envy evil failing fool frighten greedy grief grudge harsh hate',
    'hatred helpless ignore imminent isolated lazy lying moaning mumbling negative nervous',
    'obsessed ominous panic petty phony psychic quarrel rage raging rascal reckless refuse',
    'refusing remorse resent sadly sadness scam scandal scared scary shady shame shock sighing',
    'sinister sinner sloppy spooky stinking stress strict struggle stubborn swear swore sworn',
    'tragedy trouble uneasy unfair unhappy unlucky unstable worried worry worst yelling shout',
    'grunt staring stranger lure sneak secret secrecy hush void shadow alone cannot unable',
    'collapse broken ruined rotten fall jump ending problem crazy wasting dragging shaking',
    'throwing trash garbage disposal ditch filth gutter spider fang phantom haunt seduce flirt',
    'dares defy dispute oppose payback provoke poking bluff getaway slick sharply mayday gag',
    'alarm siren error whoops',
    // family, partners, touch
    'bride dad darling dating daughter dolly affair family grandma grandpa granny grandson',
    'groom husband kissing ladies mama mankind married marry mom mummy nanny nephew niece',
    'sister twins uncle wife diaper crib nursery',
    // faith and religion
    'almighty bless convent deacon devotion easter karma lent pastor pope prayer praying',
    'preacher reborn reverend sacred saint santa savior shrine thee',
    // names, brands, places, politics, other languages
    'amigo congress election embassy facebook federal french google jimmy john lilly monsieur',
    'national olympics oxford pentagon regime roman senate senator smith superman timothy',
    'trump twitter yen yin kung hulk',
    // slang, sounds, and words that are no help on their own
    'blah bleep congrats darn dude duh nerd oops ouch wow yeah okay alright punk password',
    'recovery sponsor clean quit slip',
    // second reading of the list: words that lean toward the above, or read badly next to them
    'alibi antidote appetite bats boxer boxing breach breeding capsule cardinal chamber chaos',
    'chase chasing claw colt cope crawling cure dealt delete dime dismiss dodge drilling',
    'dripping empty erased expose exposure facial feminine fled fragile freezing gender gossip',
    'grab illusion immature impulse judge justice juvenile lance liable mold mule never ounce',
    'outsider pardon plasma pound probe pry removed removing resigned reunion rubbing rumor sake',
    'scheme shack shaft shallow shut sniff squeeze stray stunned suing sweat tablet tasting',
    'tying untie vanish vice vintage voting hesitate scratch wake shrink harmless',
    // third reading: drug slang, food some faiths avoid, beating, loss
    'herbs grass mushroom poppy refill pork bacon carol cross badly thumping whooping spoiled',
    'false absence decline argue sympathy',
  ]
    .join(' ')
    .split(/\s+/),
);

// Chosen by hand from the EFF words ranked 10,001 to 12,000 in English use.
const ALSO = new Set(
  [
    'bamboo banner basics basil buckle cinnamon coaster cocoa comfy cone copied coral crispy cube',
    'cupcake curly daytime dedicate domain earring elf elves empathy fiber fiddle flyer founder',
    'freeway freight frequent gala glitter grape groove grove guiding hybrid icon lantern lettuce',
    'likewise mandarin manor margin module monument napkin navigate omega onstage outdoors paddle',
    'pancake panda plaza polar portable postcard premiere props pupil quack recess recite referee',
    'refill refined rewrite roaming rover rural sage sauna scroll segment seminar shampoo sixteen',
    'slate sliding sphere spiral sporting squid starter surround sway taco thermal thirteen thrive',
    'trend twilight unpack upcoming upload upright velocity velvet vertical viewing wildlife zoom',
  ]
    .join(' ')
    .split(/\s+/),
);

const passwords = readJson(join(commonDir, 'passwords.json')).slice(0, 10_000);
// A word that is itself among the 2,000 most used passwords would be found sooner by trying
// common passwords than by trying every word of this list, so it is left out: then each word of a
// generated passphrase is worth the full log2(list length) bits to the strength estimate too.
const veryCommon = new Set(passwords.slice(0, 2_000));

const eff = new Set(readJson(join(commonDir, 'diceware.json')));
const english = readJson(join(englishDir, 'commonWords.json'));
const frequent = english.slice(0, 10_000);
const picked = english.slice(10_000, 12_000).filter((w) => ALSO.has(w));
const gentle = [
  ...new Set(
    [...frequent, ...picked].filter(
      (w) => eff.has(w) && /^[a-z]{3,8}$/.test(w) && !BLOCKED.has(w) && !veryCommon.has(w),
    ),
  ),
].sort();
if (picked.length !== ALSO.size) throw new Error('ALSO names a word outside ranks 10,001-12,000');
if (gentle.length >= veryCommon.size) throw new Error('the list outgrew the very-common cut');

const out = new URL('../src/features/vault/guidance/', import.meta.url);
writeFileSync(new URL('gentle-words.txt', out), `${gentle.join('\n')}\n`);
writeFileSync(new URL('common-passwords.txt', out), `${passwords.join('\n')}\n`);
console.log(`gentle words: ${gentle.length}; common passwords: ${passwords.length}`);
