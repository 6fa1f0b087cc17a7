import { describe, expect, it } from 'vitest';
import { passphraseBits } from '../../src/features/vault/guidance/generate';
import {
  english,
  GENTLE_WORDS,
  SUGGESTED_WORD_COUNT,
} from '../../src/features/vault/guidance/guidance';
import { spanish, SPANISH_WORDS } from '../../src/features/vault/guidance/spanish';
import { STRONG_FROM_BITS } from '../../src/features/vault/guidance/strength';

// Words of each theme the list leaves out (scripts/make-spanish-passphrase-list.mjs, BLOCKED),
// many of them among the most used Spanish words the list starts from, so the filter is tested
// where it has work to do.
const BLOCKED_THEMES: Record<string, string> = {
  'drink, drugs, smoking, gambling':
    'vino cerveza trago copa alcohol droga licor vodka tabaco cigarro coca opio morfina fiesta bar botella hierba polvo cristal dosis suerte bingo dados casino apuesta',
  'death, harm, violence, war, crime':
    'muerte muerto sangre guerra arma pelea batalla golpe soldado cuchillo bala disparo tumba funeral crimen venganza pistola veneno suicidio cadena jaula soga fuego herida',
  'illness, the body, sex':
    'hospital cuerpo cabeza mano boca piel pecho cara enfermo fiebre dolor dieta hambre sexo beso pene carne paciente medicina',
  'fear, shame, anger, sorrow, blame':
    'miedo peligro terror horror culpa culpable odio rabia furia tristeza soledad pena error problema mentira fracaso desastre vergüenza infierno demonio sombra',
  'family and partners': 'padre madre familia marido esposa mama boda novia hombre mujer hogar',
  'faith and religion':
    'dios cristo navidad iglesia biblia pecado milagro virgen misa santo templo altar cruz',
  'names, places, politics, money':
    'juan pedro diego corea brasil gobierno ley dinero banco precio sueldo cheque',
  'slurs and crude words somewhere': 'mierda puta culo zorra perra concha bicho pinche paja polla',
  'gendered words about a person':
    'nuevo nueva bonito bonita cansado cansada tranquilo tranquila solo sola loco loca gordo gorda',
};

describe('the Spanish word list', () => {
  it('has over 1,250 different words of 3 to 8 plain letters, none with an accent or ñ', () => {
    expect(SPANISH_WORDS.length).toBeGreaterThanOrEqual(1250);
    expect(new Set(SPANISH_WORDS).size).toBe(SPANISH_WORDS.length);
    expect(SPANISH_WORDS.filter((word) => !/^[a-z]{3,8}$/.test(word))).toEqual([]);
    expect([...SPANISH_WORDS].sort()).toEqual(SPANISH_WORDS);
  });

  it('holds no word of the themes it leaves out', () => {
    const list = new Set(SPANISH_WORDS);
    for (const [theme, words] of Object.entries(BLOCKED_THEMES)) {
      expect(
        words.split(' ').filter((word) => list.has(word)),
        theme,
      ).toEqual([]);
    }
    const heavy =
      /^(alcoh|borrach|cervez|droga|cocain|heroin|fumar|cigarr|apost|muert|morir|matar|asesin|suicid|cadaver|sangr|cuchill|pistol|herid|viola|guerra|cancer|enferm|verg|cobard|idiot|estupid)/;
    expect(SPANISH_WORDS.filter((word) => heavy.test(word))).toEqual([]);
  });

  it('is its own list, not the English one again', () => {
    const english = new Set(GENTLE_WORDS);
    expect(SPANISH_WORDS.filter((word) => !english.has(word)).length).toBeGreaterThan(1100);
  });
});

describe('Spanish suggestions', () => {
  it('are five different words, every one from the Spanish list', () => {
    const list = new Set(SPANISH_WORDS);
    for (let i = 0; i < 200; i += 1) {
      const words = spanish.suggestPassphrase().split(' ');
      expect(words).toHaveLength(SUGGESTED_WORD_COUNT);
      expect(new Set(words).size).toBe(SUGGESTED_WORD_COUNT);
      expect(words.filter((word) => !list.has(word))).toEqual([]);
    }
  });

  it('give about 52 bits, as the English do, and the estimate always calls them strong', () => {
    expect(spanish.words).toBe(SPANISH_WORDS);
    expect(spanish.suggestionBits).toBe(
      Math.round(passphraseBits(SUGGESTED_WORD_COUNT, SPANISH_WORDS.length)),
    );
    expect(spanish.suggestionBits).toBeGreaterThanOrEqual(51);
    expect(english.suggestionBits - spanish.suggestionBits).toBeLessThanOrEqual(1);
    // The five shortest words are the cheapest suggestion there is.
    const shortest = [...SPANISH_WORDS].sort((a, b) => a.length - b.length).slice(0, 5);
    expect(spanish.estimateStrength(shortest.join(' ')).bits).toBeGreaterThanOrEqual(
      STRONG_FROM_BITS,
    );
    for (let i = 0; i < 50; i += 1) {
      const suggestion = spanish.suggestPassphrase();
      expect(spanish.estimateStrength(suggestion).level, suggestion).toBe('strong');
    }
  });
});

describe('the strength estimate in Spanish', () => {
  it('counts a word of the Spanish list at what the list gives, not letter by letter', () => {
    const wordBits = Math.log2(SPANISH_WORDS.length);
    // Strong to the English estimate, which reads these two letter by letter; weak in Spanish.
    expect(english.estimateStrength('columpio bufanda').level).toBe('strong');
    expect(spanish.estimateStrength('columpio bufanda').level).toBe('weak');
    expect(spanish.estimateStrength('columpio bufanda').bits).toBeCloseTo(2 * wordBits + 1, 5);
    expect(spanish.estimateStrength('almohada columpio bufanda').level).toBe('fair');
  });

  it('still knows English words, which a Spanish speaker may choose too', () => {
    expect(spanish.estimateStrength('garden kettle').level).toBe('weak');
    expect(spanish.estimateStrength('garden kettle').bits).toBeCloseTo(
      english.estimateStrength('garden kettle').bits,
      5,
    );
    expect(spanish.estimateStrength('garden kettle').bits).toBeLessThan(
      2 * Math.log2(GENTLE_WORDS.length) + 2,
    );
  });

  it('rates the most used passwords as weak, Spanish ones among them', () => {
    for (const password of ['password1', '12345678', 'mariposa', 'princesa', 'barcelona']) {
      expect(spanish.estimateStrength(password), password).toMatchObject({ level: 'weak' });
    }
  });
});
