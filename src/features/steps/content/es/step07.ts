import type { StepContent } from '../types';

export const step07: StepContent = {
  number: 7,
  title: 'Abrazar la humildad',
  promise: 'Recibes los tropiezos con amabilidad, y pedir ayuda se vuelve una fortaleza.',
  explanation: {
    whatItIs: [
      'Este paso trata de verte con claridad y con cariño. Aquí, humildad significa reconocer tu humanidad: tienes fortalezas, tienes patrones que ya no te sirven y sigues aprendiendo.',
      'Los tropiezos son parte de sanar. Un día difícil, un desliz, una vieja forma de sobrellevar las cosas que regresa: cada uno es información, no un veredicto. Puedes notarlo, aprender de ello y volver a empezar.',
      'La compasión hacia ti está en el corazón de este paso. Aprendes a hablarte como le hablarías a alguien que quieres. Y te permites pedir ayuda, a un Poder Superior si eso va contigo, o a las personas que te rodean. Pedir es una señal de fortaleza.',
    ],
    whatItIsNot: [
      'La humildad no es humillación. No es menospreciarte, empequeñecerte ni creer que mereces menos. No significa dejar de defenderte. Los viejos patrones cambian despacio, y nadie espera que lo cambies todo de una vez.',
    ],
  },
  exercises: [
    {
      id: 's7-e1',
      kind: 'reflection',
      title: 'Los patrones y su propósito',
      howTo: [
        'Elige una forma de sobrellevar las cosas que ya no te sirve.',
        'Escribe cuándo empezó y qué te ayudó a atravesar.',
        'Escribe lo que te cuesta hoy.',
        'Nombra algo pequeño que podrías probar en su lugar la próxima vez que aparezca.',
      ],
    },
    {
      id: 's7-e2',
      kind: 'practice',
      title: 'Una voz más amable',
      howTo: [
        'Fíjate en algún momento de esta semana en que te trates con dureza.',
        'Escribe las palabras que usa tu crítica interior.',
        'Reescríbelas como las diría una amistad que te quiere.',
        'Lee en voz alta la versión más amable, si puedes.',
      ],
    },
    {
      id: 's7-e3',
      kind: 'practice',
      title: 'Pedir una pequeña ayuda',
      howTo: [
        'Piensa en algo en lo que te vendría bien un poco de ayuda esta semana.',
        'Elige a alguien de confianza y pídeselo, con sencillez y claridad.',
        'Después, escribe cómo te sentiste al pedir, fuera cual fuera la respuesta.',
      ],
    },
  ],
  prompts: [
    {
      id: 's7-p1',
      text: '¿Qué significa para ti la humildad, y en qué se diferencia de la vergüenza?',
    },
    {
      id: 's7-p2',
      text: '¿Qué viejos patrones o formas de sobrellevar las cosas te gustaría aflojar?',
    },
    { id: 's7-p3', text: 'Piensa en un tropiezo reciente. ¿Qué te enseñó?' },
    {
      id: 's7-p4',
      text: '¿Qué te dices después de un desliz o de un día difícil? ¿Qué te diría una voz más amable?',
    },
    { id: 's7-p5', text: '¿Qué hace que te cueste pedir ayuda?' },
    { id: 's7-p6', text: '¿Qué fortalezas ves en ti, incluso en los días difíciles?' },
  ],
};
