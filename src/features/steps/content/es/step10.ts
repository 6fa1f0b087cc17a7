import type { StepContent } from '../types';

export const step10: StepContent = {
  number: 10,
  title: 'Seguir creciendo',
  promise: 'Unos minutos al día te ayudan a notar, ajustar y seguir adelante.',
  explanation: {
    whatItIs: [
      'Este paso convierte el trabajo de los pasos anteriores en un ritmo diario. Cada día, dedicas un momento breve y amable a ver cómo estás: qué sentiste, qué salió bien y qué te gustaría hacer diferente la próxima vez.',
      'Un registro diario puede incluir HALT, por sus siglas en inglés: ¿tienes hambre, enojo, soledad o cansancio? Puede incluir los detonantes y las ganas de consumir que notaste, algo que agradeces y un pequeño logro. Con el tiempo, estas notas breves te muestran tus patrones y tu avance.',
      'Cuando notas que lastimaste a alguien, puedes nombrarlo y repararlo pronto, antes de que crezca. Cuando notas algo bueno, puedes permitirte disfrutarlo.',
    ],
    whatItIsNot: [
      'Esto no es un examen diario, y no hay ninguna racha que mantener. Saltarte un día no cambia nada de tu recuperación. Un día difícil no es un paso atrás. Es información, y puedes recibirla con cuidado.',
    ],
  },
  exercises: [
    {
      id: 's10-e1',
      kind: 'practice',
      title: 'El registro diario',
      howTo: [
        'Elige el momento que te resulte mejor, por la mañana o por la noche.',
        'Revisa HALT: hambre, enojo, soledad, cansancio. Anota lo que esté presente.',
        'Anota los detonantes o las ganas de consumir, algo que agradeces y un pequeño logro.',
        'Son dos minutos. Algunos días, basta con una palabra.',
      ],
    },
    {
      id: 's10-e2',
      kind: 'reflection',
      title: 'Un repaso por la noche',
      howTo: [
        'Mira tu día con suavidad.',
        '¿Qué salió bien? ¿Qué te alegra haber hecho?',
        '¿Qué te gustaría hacer diferente la próxima vez?',
        '¿Hay algo que quieras arreglar, con otra persona o contigo?',
      ],
    },
    {
      id: 's10-e3',
      kind: 'reflection',
      title: 'Mirar atrás un mes',
      howTo: [
        'Una vez al mes, lee tus registros.',
        'Fíjate en lo que se repite: momentos del día, personas, lugares, sentimientos.',
        'Escribe algo que hayas aprendido y un cambio que te gustaría probar.',
      ],
    },
  ],
  prompts: [
    { id: 's10-p1', text: '¿Cómo estás, de verdad, ahora mismo?' },
    { id: 's10-p2', text: '¿Qué salió bien hoy, aunque sea algo pequeño?' },
    { id: 's10-p3', text: '¿Qué harías diferente si pudieras vivir este día otra vez?' },
    {
      id: 's10-p4',
      text: '¿Tienes hambre, enojo, soledad o cansancio? ¿Qué te ayudaría?',
    },
    { id: 's10-p5', text: '¿Hoy hubo algún detonante? ¿Qué te ayudó a atravesarlo?' },
    {
      id: 's10-p6',
      text: '¿Hay algo que te gustaría arreglar, con otra persona o contigo?',
    },
    { id: 's10-p7', text: '¿Qué agradeces hoy?' },
  ],
  tool: 'checkin',
};
