import type { StepContent } from '../types';

export const step02: StepContent = {
  number: 2,
  title: 'Creer que es posible sanar',
  promise: 'Sanar es posible, y tu vida puede crecer hasta ser una que quieras vivir.',
  explanation: {
    whatItIs: [
      'Este paso trata de la esperanza. Te invita a considerar que el dolor que cargas no es el final de tu historia. Las personas que han vivido un trauma, una adicción o ambas cosas sí sanan. No de golpe ni en línea recta, pero sanan.',
      'La esperanza puede venir de muchos lugares. Puede ser un Poder Superior, si eso va contigo, o las personas y la vida que te rodean: un grupo, la naturaleza, una amistad, el trabajo constante de la recuperación. Tú eliges las palabras que te suenan verdaderas.',
      'Aquí reúnes señales de que el cambio es posible: las historias de otras personas, momentos en que sentiste un poco más de ligereza y una imagen de la vida que quieres.',
    ],
    whatItIsNot: [
      'Este paso no te pide creer nada que no creas. No es una promesa de que todo estará bien la semana que viene. Aquí la duda tiene lugar. Puedes sostener una esperanza pequeña e insegura y, aun así, estar trabajando este paso.',
    ],
  },
  exercises: [
    {
      id: 's2-e1',
      kind: 'visualization',
      title: 'La vida hacia la que caminas',
      howTo: [
        'Acomódate como te resulte mejor y deja que tu respiración se calme sola, sin forzarla.',
        'Imagina un día cualquiera dentro de un año, cuando las cosas estén un poco mejor.',
        'Fíjate dónde despiertas, quién está cerca y cómo se siente tu cuerpo.',
        'Cuando quieras, abre los ojos y escribe tres detalles que viste.',
      ],
    },
    {
      id: 's2-e2',
      kind: 'reflection',
      title: 'Reunir historias de esperanza',
      howTo: [
        'Piensa en alguien que haya atravesado algo difícil: alguien que conoces, alguien de un grupo o una historia que leíste.',
        'Escribe qué te da esperanza en esa historia.',
        'Anota algo que esa persona hizo y que tú también podrías probar.',
      ],
    },
    {
      id: 's2-e3',
      kind: 'practice',
      title: 'Pequeñas señales de cambio',
      howTo: [
        'Cada noche de esta semana, escribe un momento en que sentiste aunque sea un poco de ligereza.',
        'Puede ser algo mínimo: una risa, una buena comida, un minuto de silencio.',
        'Al final de la semana, léelos todos juntos.',
      ],
    },
  ],
  prompts: [
    { id: 's2-p1', text: '¿Cómo es sanar para ti, con tus propias palabras?' },
    {
      id: 's2-p2',
      text: '¿Cuándo has sentido aunque sea una chispa de esperanza? ¿Qué estaba pasando?',
    },
    { id: 's2-p3', text: '¿Qué historia de recuperación se te ha quedado grabada, y por qué?' },
    {
      id: 's2-p4',
      text: '¿En qué podrías apoyarte que sea más grande que tu dolor? Un Poder Superior, si eso va contigo, o las personas y la vida que te rodean.',
    },
    {
      id: 's2-p5',
      text: '¿Qué dudas aparecen cuando piensas en sentirte mejor? Aquí puedes escribirlas todas.',
    },
    {
      id: 's2-p6',
      text: '¿Qué es algo que te encantaría volver a hacer, o hacer por primera vez?',
    },
  ],
};
