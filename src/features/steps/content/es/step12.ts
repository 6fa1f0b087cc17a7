import type { StepContent } from '../types';

export const step12: StepContent = {
  number: 12,
  title: 'Dar lo que recibiste',
  promise: 'Tu historia y tu cuidado pueden ayudar a alguien más, cuando y como tú lo elijas.',
  explanation: {
    whatItIs: [
      'Este paso trata de compartir lo que has encontrado. A medida que sanas, quizás notes que tu experiencia puede darle esperanza a alguien que está donde tú estuviste alguna vez.',
      'El servicio puede ser compartir tu historia en una reunión, acompañar a alguien que acaba de llegar, atender una llamada a altas horas de la noche, hacer voluntariado o simplemente ofrecer la amabilidad que alguna vez necesitaste. También significa llevar lo que aprendiste en la recuperación a todos los ámbitos de tu vida.',
      'Tu historia te pertenece. Tú decides qué contar, a quién y cuándo. Algunas partes pueden quedar en privado para siempre, y estás en tu derecho.',
    ],
    whatItIsNot: [
      'Este paso no te obliga a contarle a nadie sobre tu trauma, ni a rescatar a otras personas a costa tuya. No es señal de que tu propia sanación haya terminado. Puedes dar y seguir necesitando apoyo. Cuidarte es lo que te permite seguir ayudando.',
    ],
  },
  exercises: [
    {
      id: 's12-e1',
      kind: 'reflection',
      title: 'Tu historia, a tu manera',
      howTo: [
        'Escribe una versión breve de tu historia: cómo era, qué te ayudó y cómo es ahora.',
        'Marca las partes que podrías compartir y las que quedan en privado.',
        'Vuelve a leerla y fíjate en todo el camino que has recorrido.',
      ],
    },
    {
      id: 's12-e2',
      kind: 'plan',
      title: 'Elegir una forma de servir',
      howTo: [
        'Haz una lista de algunas formas en que podrías ayudar que vayan con tu energía y tu tiempo.',
        'Elige algo pequeño para probar este mes.',
        'Anota los límites que te mantienen bien, como cada cuánto y durante cuánto tiempo.',
      ],
    },
    {
      id: 's12-e3',
      kind: 'letter',
      title: 'Una carta para alguien que acaba de empezar',
      howTo: [
        'Imagina a alguien que está al comienzo de su recuperación.',
        'Escribe lo que te hubiera gustado que alguien te dijera entonces.',
        'Guárdala, o compártela algún día, si lo eliges y cuando lo elijas.',
      ],
    },
  ],
  prompts: [
    {
      id: 's12-p1',
      text: '¿Qué te ha dado la recuperación que te gustaría transmitir?',
    },
    {
      id: 's12-p2',
      text: '¿Qué te gustaría que supiera alguien que acaba de empezar?',
    },
    {
      id: 's12-p3',
      text: '¿Qué partes de tu historia te parece bien compartir, y cuáles guardas para ti?',
    },
    {
      id: 's12-p4',
      text: '¿Qué tipo de servicio va con tu vida y tu energía en este momento?',
    },
    { id: 's12-p5', text: '¿Cómo te cuidas mientras ayudas a otras personas?' },
    {
      id: 's12-p6',
      text: 'Mirando atrás los doce pasos, ¿qué te llena más de orgullo?',
    },
  ],
  tool: 'service',
};
