import { feelingSearch } from '../search';
import { FAMILIES } from './families';
import { FEELINGS } from './feelings';

// The Spanish vocabulary's search. The vocabulary names feelings with nouns ("enojo"), while people
// often type how they are ("enojada", "asustado"): those everyday words lead to the nouns here.

/** Words most meanings share ("Sentir que te…"): searching for them would match them all. */
const TOO_COMMON = new Set([
  'sentir',
  'sentirte',
  'sentimiento',
  'sentimientos',
  'que',
  'los',
  'las',
  'una',
  'unos',
  'unas',
  'del',
  'con',
  'por',
  'para',
  'como',
  'cuando',
  'algo',
  'muy',
  'sin',
  'tus',
  'hay',
  'eso',
  'esto',
  'mis',
]);

/** Both endings of an adjective that changes with gender, e.g. "enojad" gives enojado, enojada. */
function either(stem: string, found: readonly string[]): [string, readonly string[]][] {
  return [
    [`${stem}o`, found],
    [`${stem}a`, found],
  ];
}

const ALSO_CALLED: Record<string, readonly string[]> = Object.fromEntries([
  ...either('asustad', ['miedo', 'terror', 'pánico', 'desprotección']),
  ...either('enojad', ['enojo', 'furia', 'irritación']),
  ...either('enfadad', ['enojo', 'furia', 'irritación']),
  ...either('molest', ['irritación', 'enojo', 'hartazgo']),
  ['rabia', ['furia', 'enojo']],
  ['bronca', ['enojo', 'furia']],
  ['triste', ['tristeza', 'desánimo', 'dolor']],
  ...either('cansad', ['agotamiento', 'apatía', 'descanso']),
  ['feliz', ['satisfacción', 'esperanza', 'gratitud', 'paz', 'orgullo']],
  ['alegría', ['satisfacción', 'gratitud', 'esperanza', 'emoción profunda']],
  ...either('content', ['satisfacción', 'alivio', 'gratitud']),
  ...either('sol', ['soledad', 'aislamiento', 'quedar fuera', 'abandono']),
  ['celos', ['resentimiento', 'amargura', 'no ser suficiente']],
  ...either('estancad', ['sin salida', 'indefensión', 'impotencia']),
  ...either('atrapad', ['sin salida', 'indefensión', 'impotencia']),
  ...either('perdid', ['confusión', 'desorientación', 'desconcierto', 'duelo']),
  ['culpable', ['culpa', 'remordimiento', 'arrepentimiento']],
  ['inútil', ['no merecer', 'no ser suficiente', 'vergüenza']],
  ...either('tranquil', ['calma', 'paz', 'tranquilidad']),
  ['gracias', ['gratitud', 'agradecimiento', 'aprecio']],
  ...either('ansios', ['ansiedad', 'nervios', 'preocupación']),
  ...either('preocupad', ['preocupación', 'ansiedad']),
  ...either('nervios', ['nervios', 'ansiedad']),
  ...either('avergonzad', ['vergüenza', 'bochorno']),
  ...either('frustrad', ['frustración']),
  ...either('agobiad', ['agobio', 'estrés']),
  ...either('agotad', ['agotamiento']),
  ...either('aislad', ['aislamiento', 'soledad']),
  ...either('rechazad', ['rechazo']),
  ...either('abandonad', ['abandono']),
  ...either('confundid', ['confusión', 'desconcierto']),
  ...either('orgullos', ['orgullo']),
  ...either('agradecid', ['gratitud', 'agradecimiento']),
  ...either('esperanzad', ['esperanza']),
  ...either('aliviad', ['alivio']),
  ...either('querid', ['amor', 'cariño']),
  ...either('traicionad', ['traición']),
  ...either('humillad', ['humillación']),
  ...either('bloquead', ['bloqueo', 'parálisis']),
  ...either('paralizad', ['parálisis']),
  ...either('congelad', ['parálisis', 'no sentir nada']),
  ...either('apoyad', ['apoyo']),
  ...either('aceptad', ['aceptación']),
  ...either('comprendid', ['comprensión']),
  ...either('conectad', ['conexión', 'pertenencia']),
  ...either('desconectad', ['desconexión']),
  ...either('insegur', ['desprotección', 'incertidumbre']),
]);

/** Spanish feelings that fit what was typed, closest first; accents and case do not matter. */
export const searchFeelings = feelingSearch(FEELINGS, FAMILIES, {
  tooCommon: TOO_COMMON,
  alsoCalled: ALSO_CALLED,
});
