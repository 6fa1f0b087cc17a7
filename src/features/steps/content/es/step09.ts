import type { StepContent } from '../types';

export const step09: StepContent = {
  number: 9,
  title: 'Reparar el daño cuando es seguro',
  promise: 'Reparas lo que puedes, de maneras que te cuidan a ti y a las demás personas.',
  explanation: {
    whatItIs: [
      'Este paso trata de reparar. Haces reparaciones contigo y con otras personas, excepto cuando hacerlo causaría daño a esas personas, a ti o a alguien más.',
      'Las reparaciones toman distintas formas. Las reparaciones directas consisten en hablar con la persona y nombrar lo que hiciste, sin excusas. Las indirectas ayudan cuando el contacto no es posible o no es prudente, como dedicar tiempo a una causa que le importa a esa persona. Las reparaciones en la vida diaria consisten en cambiar tu forma de actuar de ahora en adelante. Las cartas que no se envían te permiten decirlo todo y mantenerlo en privado.',
      'Aquí los límites y la responsabilidad van de la mano. Te haces cargo de tu parte, y te proteges mientras lo haces. Reparar contigo puede ser cumplir las promesas que te haces, descansar y tratar tu cuerpo con cuidado.',
    ],
    whatItIsNot: [
      'Reparar no es una forma de retomar el contacto con alguien que no es seguro para ti. Nunca necesitas enfrentarte a una persona que abusó de ti. Las reparaciones no dependen de que te perdonen ni de cómo responda la otra persona. Ofreces lo que te toca ofrecer. El resto no te toca cargarlo.',
    ],
  },
  exercises: [
    {
      id: 's9-e1',
      kind: 'plan',
      title: 'Planear una reparación',
      howTo: [
        'Elige un nombre de tu lista de reparaciones que marcaste con “Con disposición”.',
        'Decide qué tipo de reparación encaja: directa, indirecta, en la vida diaria o una carta que no se envía.',
        'Pregúntate: ¿esto podría lastimar a esa persona, a mí o a alguien más? Si es así, elige otro camino.',
        'Si puedes, conversa el plan con alguien de confianza antes de actuar.',
      ],
    },
    {
      id: 's9-e2',
      kind: 'letter',
      title: 'Una carta que no se envía',
      howTo: [
        'Escríbele a la persona como si fuera a leerla, sabiendo que nunca lo hará.',
        'Nombra lo que pasó y tu parte en ello, con sencillez.',
        'Di lo que te gustaría cambiar, o cómo estás viviendo de otra manera ahora.',
        'Guarda la carta aquí. Nunca se envía nada.',
      ],
    },
    {
      id: 's9-e3',
      kind: 'practice',
      title: 'Reparar en la vida diaria, con límites',
      howTo: [
        'Elige un cambio en tu forma de actuar que repare un daño, como llegar a tiempo o hablar con calma.',
        'Escribe un límite que te proteja mientras haces ese cambio.',
        'Cada noche durante una semana, anota cómo te fue con el cambio y con el límite.',
      ],
    },
  ],
  prompts: [
    {
      id: 's9-p1',
      text: '¿Qué reparaciones te mereces, y cómo podrías empezar hoy?',
    },
    {
      id: 's9-p2',
      text: 'Pensando en una persona de tu lista, ¿qué tipo de reparación se siente segura y adecuada?',
    },
    {
      id: 's9-p3',
      text: '¿Hay alguien a quien podrías hacer daño si te pones en contacto? ¿Qué podrías hacer en su lugar?',
    },
    { id: 's9-p4', text: '¿Qué te gustaría decir, si supieras que te van a escuchar?' },
    {
      id: 's9-p5',
      text: '¿Qué límite necesitas tener claro antes, durante o después de una reparación?',
    },
    {
      id: 's9-p6',
      text: 'Después de una reparación: ¿cómo te fue, y cómo te sientes ahora?',
    },
    { id: 's9-p7', text: '¿Qué significa, en el día a día, vivir tus reparaciones?' },
  ],
  heavy: true,
  pacing:
    'Ve con calma. Puedes detenerte en cualquier momento, tomarte un momento para anclarte en el presente, y tus palabras estarán aquí cuando regreses.',
  tool: 'letters',
};
