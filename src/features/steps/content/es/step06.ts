import type { StepContent } from '../types';

export const step06: StepContent = {
  number: 6,
  title: 'Soltar el resentimiento',
  promise: 'Aflojas el peso del enojo, y el pasado ocupa menos lugar en tu vida.',
  explanation: {
    whatItIs: [
      'Este paso trata de soltar, poco a poco, los resentimientos que te siguen haciendo daño. El enojo muchas veces tiene buenas razones. Puede avisarte que alguien cruzó un límite, y quizás te protegió de más daño. Con el tiempo, sin embargo, cargarlo puede costarte el sueño, la paz y la salud.',
      'Aquí miras lo que todavía cargas y te preguntas si sientes que es momento de dejar parte de eso. El perdón, si lo eliges, es para tu propia libertad. Puede llegar despacio, por partes, y puede incluir perdonarte a ti.',
      'Para muchas personas en recuperación de una adicción, el resentimiento es un detonante. A medida que afloja, las ganas de consumir también pueden ir bajando.',
    ],
    whatItIsNot: [
      'Soltar el resentimiento no es justificar el daño. No significa que lo que pasó estuvo bien, que tengas que reconciliarte con nadie ni que dejes volver a alguien a tu vida. Puedes perdonar y mantener un límite firme. También puedes decidir que todavía no es momento de perdonar. Esa decisión es tuya.',
    ],
  },
  exercises: [
    {
      id: 's6-e1',
      kind: 'reflection',
      title: 'Lo que el enojo protege',
      howTo: [
        'Elige un resentimiento de tu inventario.',
        'Escribe lo que el enojo ha hecho por ti: qué cuidó y qué te ayudó a sobrevivir.',
        'Luego escribe lo que te cuesta hoy.',
        'Fíjate qué te gustaría conservar, como un límite, y qué sientes que ya puedes aflojar.',
      ],
    },
    {
      id: 's6-e2',
      kind: 'letter',
      title: 'Una carta para soltar, que no se envía',
      howTo: [
        'Escríbele a la persona o a la situación, sabiendo que nunca la vas a enviar.',
        'Di lo que pasó y cómo te afectó, por completo y con honestidad.',
        'Termina con lo que eliges dejar ir, aunque sea solo una pequeña parte.',
        'Guarda la carta, ciérrala o bórrala. Tú decides.',
      ],
    },
    {
      id: 's6-e3',
      kind: 'visualization',
      title: 'Abrir la mano',
      howTo: [
        'Cierra el puño y mantenlo así durante algunas respiraciones. Fíjate en el esfuerzo que requiere.',
        'Abre la mano despacio mientras sueltas el aire.',
        'Imagina un resentimiento descansando en la palma abierta, ya sin apretarlo.',
        'Fíjate qué cambia en tu cuerpo, y escribe una línea sobre eso.',
      ],
    },
  ],
  prompts: [
    { id: 's6-p1', text: '¿Qué resentimiento ocupa más lugar en tu mente hoy?' },
    {
      id: 's6-p2',
      text: '¿Qué te ha dado aferrarte a este enojo? ¿Qué te ha costado?',
    },
    { id: 's6-p3', text: '¿Qué significa para ti el perdón, y qué no significa?' },
    { id: 's6-p4', text: '¿Dónde podrías estar guardando un resentimiento hacia ti?' },
    {
      id: 's6-p5',
      text: '¿Qué límite quieres conservar, aun mientras dejas ir parte del enojo?',
    },
    {
      id: 's6-p6',
      text: '¿Cómo aparece en ti el resentimiento como detonante o como ganas de consumir?',
    },
  ],
};
