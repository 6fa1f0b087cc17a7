import type { StepContent } from '../types';

export const step04: StepContent = {
  number: 4,
  title: 'Hacer el inventario de tus emociones',
  promise: 'Miras con honestidad y con cariño lo que sientes, y empiezas a entenderlo.',
  explanation: {
    whatItIs: [
      'Este paso es una mirada honesta a tu mundo interior. Escribes lo que sientes, lo que te causa resentimiento, lo que te da miedo y dónde ha habido daño, en las dos direcciones. El objetivo es entender, no juzgar.',
      'Muchos sentimientos tienen raíces profundas. El enojo, la vergüenza y el miedo muchas veces empezaron como formas de sobrellevar algo que era demasiado. Verlos en el papel te ayuda a notar patrones: qué los despierta, qué protegen y qué te cuestan.',
      'En el inventario de resentimientos, miedos y daños, algunas entradas tratan de cosas que tú hiciste. Otras tratan de cosas que te hicieron a ti. Esas puedes marcarlas con “esto me lo hicieron a mí” y dejar tu parte en blanco, porque no la hubo.',
    ],
    whatItIsNot: [
      'Esto no es una lista de todo lo que está mal en ti. No es un juicio, y no estás en el banquillo. No tienes que terminarlo de una sola vez ni en ningún orden. Toma lo que hoy te parezca posible y deja el resto para más adelante.',
    ],
  },
  exercises: [
    {
      id: 's4-e1',
      kind: 'reflection',
      title: 'El inventario de emociones',
      howTo: [
        'Elige un día o una semana reciente que recuerdes bien.',
        'Haz una lista de los sentimientos que notaste. Usa tus propias palabras, o una lista de sentimientos si te cuesta encontrar los nombres.',
        'Junto a cada uno, anota en qué parte del cuerpo lo sentiste y qué estaba pasando.',
        'Busca patrones con suavidad. ¿Qué sentimientos aparecen seguido? ¿Cuáles se esconden detrás de otros?',
      ],
    },
    {
      id: 's4-e2',
      kind: 'reflection',
      title: 'Resentimientos, miedos y daños',
      howTo: [
        'Elige una persona, una situación o un recuerdo para empezar. Algo pequeño está bien.',
        'Escribe qué pasó, cómo te afectó y qué sientes hoy al respecto.',
        'Si te lo hicieron a ti, márcalo con “esto me lo hicieron a mí”. Tu parte queda en blanco.',
        'Si tuviste una parte, nómbrala con sencillez, sin castigarte.',
        'Detente cuando lo necesites. Cada entrada está completa por sí misma.',
      ],
    },
    {
      id: 's4-e3',
      kind: 'letter',
      title: 'Una carta para ti',
      howTo: [
        'Después de trabajar un poco en tu inventario, escríbele una carta a la persona que eres hoy.',
        'Cuéntate lo que notaste y lo que te costó mirar.',
        'Ofrécete la misma amabilidad que le ofrecerías a una amistad que hiciera este trabajo.',
        'Guárdala para los días en que el inventario se sienta pesado.',
      ],
    },
  ],
  prompts: [
    {
      id: 's4-p1',
      text: '¿Qué sentimientos te visitan más a menudo? Nombra todos los que puedas.',
    },
    {
      id: 's4-p2',
      text: '¿Qué sentimiento te cuesta más reconocer, y qué podría estar protegiendo?',
    },
    { id: 's4-p3', text: '¿Hacia quién o hacia qué sigues cargando enojo? ¿Qué pasó?' },
    { id: 's4-p4', text: '¿Qué te da miedo, hoy o para el futuro?' },
    { id: 's4-p5', text: '¿Qué te hicieron que todavía marca tu forma de vivir hoy?' },
    {
      id: 's4-p6',
      text: '¿Dónde tus formas de sobrellevar las cosas te hicieron daño a ti o a otras personas? Nombra tu parte solo donde la tuviste.',
    },
    {
      id: 's4-p7',
      text: '¿Qué patrones notas cuando vuelves a leer lo que has escrito?',
    },
    {
      id: 's4-p8',
      text: '¿Qué fortalezas te ayudaron a sobrevivir, y todavía te ayudan hoy?',
    },
  ],
  heavy: true,
  pacing:
    'Ve con calma. Puedes detenerte en cualquier momento, tomarte un momento para anclarte en el presente, y tus palabras estarán aquí cuando regreses.',
  tool: 'inventory',
};
