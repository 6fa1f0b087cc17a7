import type { StepContent } from '../types';

export const step11: StepContent = {
  number: 11,
  title: 'Cultivar la conexión',
  promise:
    'Haces crecer los vínculos, los grupos y las prácticas que te dan sentido y estabilidad.',
  explanation: {
    whatItIs: [
      'Este paso trata de la conexión: contigo, con otras personas y con lo que sea que le dé sentido a tu vida. El trauma y la adicción suelen aislar. La recuperación crece en compañía.',
      'La conexión toma muchas formas. Puede ser la oración o la meditación, si te dicen algo. Puede ser una caminata al aire libre, la música, el arte, un grupo de apoyo, una comunidad de fe o una amistad a la que llamas cada semana. Un Poder Superior, si eso va contigo, o las personas y la vida que te rodean: tú eliges las palabras y las prácticas.',
      'Aquí te fijas en lo que ya te nutre y le haces más lugar. Las prácticas pequeñas y constantes muchas veces ayudan más que los grandes gestos.',
    ],
    whatItIsNot: [
      'Este paso no exige ninguna creencia ni religión. No se trata de encontrar la manera correcta de rezar o de meditar. Si estar con otras personas se te hace difícil después de lo que has vivido, puedes empezar con poco e ir a tu propio ritmo. La conexión que se construye despacio y con seguridad también cuenta.',
    ],
  },
  exercises: [
    {
      id: 's11-e1',
      kind: 'practice',
      title: 'Unos minutos de calma',
      howTo: [
        'Busca un lugar donde te sientas a salvo y con cierta comodidad.',
        'Mantén los ojos abiertos o cerrados, como te sientas mejor.',
        'Respira despacio y fíjate en cinco cosas que puedas oír, ver o sentir.',
        'Quédate de dos a cinco minutos, o detente antes si lo necesitas.',
      ],
    },
    {
      id: 's11-e2',
      kind: 'reflection',
      title: 'El mapa de tus conexiones',
      howTo: [
        'Escribe las personas, los grupos, los lugares y las prácticas que te dan sentido o calma.',
        'Junto a cada uno, anota con qué frecuencia acudes a ello ahora.',
        'Encierra en un círculo uno del que te gustaría tener más, y algo nuevo que te da curiosidad probar.',
      ],
    },
    {
      id: 's11-e3',
      kind: 'plan',
      title: 'Una conexión esta semana',
      howTo: [
        'Elige una persona o un grupo a quien buscar esta semana.',
        'Decide cómo: un mensaje, una llamada, una reunión, una caminata en compañía.',
        'Después, anota cómo te sentiste, sin calificarlo.',
      ],
    },
  ],
  prompts: [
    {
      id: 's11-p1',
      text: '¿Cuándo sientes más conexión: contigo, con otras personas o con algo más grande?',
    },
    {
      id: 's11-p2',
      text: '¿Qué personas, grupos o lugares te ayudan a sentir estabilidad?',
    },
    {
      id: 's11-p3',
      text: '¿Qué prácticas te dan calma o sentido? ¿Qué te gustaría probar?',
    },
    { id: 's11-p4', text: '¿Qué hace que la conexión te resulte difícil en este momento?' },
    {
      id: 's11-p5',
      text: '¿Qué significa hoy para ti un Poder Superior, si es que significa algo? Aquí cabe cualquier respuesta, también “nada”.',
    },
    {
      id: 's11-p6',
      text: '¿A quién te gustaría sentir más cerca, y qué pequeño paso podría ayudar?',
    },
  ],
  tool: 'connection',
};
