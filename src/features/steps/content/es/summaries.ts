import type { StepSummary } from '../types';

/**
 * The Spanish of ../summaries.ts: each step's number, title and one-line promise, repeated from
 * step01.ts … step12.ts here so the steps list can load without the full content.
 * tests/unit/spanishContent.test.ts keeps them equal.
 */
export const STEP_SUMMARIES: readonly StepSummary[] = [
  {
    number: 1,
    title: 'Admitir la impotencia',
    promise: 'Al nombrar lo que estuvo fuera de tu control, empieza a pesarte menos.',
  },
  {
    number: 2,
    title: 'Creer que es posible sanar',
    promise: 'Sanar es posible, y tu vida puede crecer hasta ser una que quieras vivir.',
  },
  {
    number: 3,
    title: 'Entregarte al crecimiento',
    promise: 'Te abres a la ayuda y al cambio, y no recorres este camino a solas.',
  },
  {
    number: 4,
    title: 'Hacer el inventario de tus emociones',
    promise: 'Miras con honestidad y con cariño lo que sientes, y empiezas a entenderlo.',
  },
  {
    number: 5,
    title: 'Compartir con alguien de confianza',
    promise: 'Dejas que una persona de confianza escuche tu verdad, y ya no la cargas a solas.',
  },
  {
    number: 6,
    title: 'Soltar el resentimiento',
    promise: 'Aflojas el peso del enojo, y el pasado ocupa menos lugar en tu vida.',
  },
  {
    number: 7,
    title: 'Abrazar la humildad',
    promise: 'Recibes los tropiezos con amabilidad, y pedir ayuda se vuelve una fortaleza.',
  },
  {
    number: 8,
    title: 'Disponerte a reparar el daño',
    promise: 'Haces una lista honesta del daño, empezando por el daño que te hiciste a ti.',
  },
  {
    number: 9,
    title: 'Reparar el daño cuando es seguro',
    promise: 'Reparas lo que puedes, de maneras que te cuidan a ti y a las demás personas.',
  },
  {
    number: 10,
    title: 'Seguir creciendo',
    promise: 'Unos minutos al día te ayudan a notar, ajustar y seguir adelante.',
  },
  {
    number: 11,
    title: 'Cultivar la conexión',
    promise:
      'Haces crecer los vínculos, los grupos y las prácticas que te dan sentido y estabilidad.',
  },
  {
    number: 12,
    title: 'Dar lo que recibiste',
    promise: 'Tu historia y tu cuidado pueden ayudar a alguien más, cuando y como tú lo elijas.',
  },
];
