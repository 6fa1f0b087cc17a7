import type { StepContent } from '../types';

export const step08: StepContent = {
  number: 8,
  title: 'Disponerte a reparar el daño',
  promise: 'Haces una lista honesta del daño, empezando por el daño que te hiciste a ti.',
  explanation: {
    whatItIs: [
      'Este paso prepara el terreno para reparar. Haces una lista de las personas a quienes hiciste daño, y te pones a ti en primer lugar. El trauma y la adicción muchas veces traen años de descuidarte, de culparte y de ponerte en peligro. Tú también mereces reparación.',
      'Por cada persona, escribes lo que pasó y cuál fue tu parte, si la tuviste. A veces tu parte está clara. A veces no la hubo, porque el daño te lo hicieron a ti. Entonces escribes “ninguna”, y esa es la respuesta honesta.',
      'Luego te fijas en tu disposición. No hace falta que te sientas con fuerzas para cada nombre todavía. La disposición lleva tiempo, y empieza aquí, en el papel.',
    ],
    whatItIsNot: [
      'Esta lista no trata de cargar con la culpa de lo que hicieron otras personas. Nunca te pide hacer reparaciones a alguien que abusó de ti. Tampoco es un plan para contactar a nadie todavía. Escribir un nombre no te compromete a nada más que a la honestidad.',
    ],
  },
  exercises: [
    {
      id: 's8-e1',
      kind: 'reflection',
      title: 'La lista de reparaciones',
      howTo: [
        'Empieza con tu propio nombre arriba de todo.',
        'Agrega a las personas a quienes hiciste daño, de una en una. Toma un descanso cada vez que lo necesites.',
        'Por cada una, escribe en pocas palabras lo que pasó.',
        'Escribe tu parte donde la tuviste. Donde no la tuviste, escribe “ninguna”.',
      ],
    },
    {
      id: 's8-e2',
      kind: 'reflection',
      title: 'Reparar primero contigo',
      howTo: [
        'Escribe las formas en que tus propios patrones te han hecho daño: descuido, palabras duras, riesgos para tu seguridad.',
        'Por cada una, escribe lo que necesitabas entonces y no recibiste.',
        'Anota una forma en que podrías empezar a dártelo ahora.',
      ],
    },
    {
      id: 's8-e3',
      kind: 'reflection',
      title: 'Tu disposición, nombre por nombre',
      howTo: [
        'Lee tu lista despacio.',
        'Marca cada nombre como lo hace la lista de reparaciones: “con disposición”, “abriéndome a reparar” o “todavía no”.',
        'Para “todavía no”, escribe qué se interpone. El miedo, el enojo y la seguridad son razones reales.',
      ],
    },
  ],
  prompts: [
    {
      id: 's8-p1',
      text: '¿Qué daño te has hecho a ti, y cómo sería repararlo contigo?',
    },
    {
      id: 's8-p2',
      text: '¿Qué nombre te viene primero a la mente cuando piensas en las personas a quienes lastimaste?',
    },
    {
      id: 's8-p3',
      text: 'Pensando en una persona de tu lista, ¿cuál fue tu parte, si la tuviste?',
    },
    {
      id: 's8-p4',
      text: '¿Dónde cargas una culpa que nunca fue tuya? ¿De quién es?',
    },
    {
      id: 's8-p5',
      text: '¿Qué te hace dudar antes de abrirte a reparar con un nombre en particular?',
    },
    { id: 's8-p6', text: '¿Cómo se sentiría quedar libre de este peso?' },
  ],
  heavy: true,
  pacing:
    'Ve con calma. Puedes detenerte en cualquier momento, tomarte un momento para anclarte en el presente, y tu lista estará aquí cuando regreses.',
  tool: 'amends',
};
