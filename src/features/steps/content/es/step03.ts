import type { StepContent } from '../types';

export const step03: StepContent = {
  number: 3,
  title: 'Entregarte al crecimiento',
  promise: 'Te abres a la ayuda y al cambio, y no recorres este camino a solas.',
  explanation: {
    whatItIs: [
      'Este paso trata de abrir las manos. Después de mucho tiempo sosteniéndolo todo por tu cuenta, dejas entrar la ayuda. Puede venir de un Poder Superior, si eso va contigo, o de las personas y la vida que te rodean: la persona que te apadrina, tu terapeuta, un grupo, una amistad, tu propia sabiduría interior.',
      'Aquí, entregarte significa elegir crecer en lugar de controlarlo todo. Decides seguir presente en tu recuperación, un día a la vez, y dejar que otras personas caminen a tu lado.',
      'Puede ser tan sencillo como una frase honesta: “Tengo la disposición de probar otro camino”.',
    ],
    whatItIsNot: [
      'Entregarte no es someterte. No significa ponerte en manos de nadie que te haga daño, quedarte en silencio ni renunciar a tus límites. No exige ninguna religión. Tu vida sigue estando en tus manos. Tú eliges en quién y en qué confiar, y puedes cambiar de opinión.',
    ],
  },
  exercises: [
    {
      id: 's3-e1',
      kind: 'reflection',
      title: 'Tu círculo de apoyo',
      howTo: [
        'Dibuja un círculo pequeño con tu nombre en el centro.',
        'Alrededor, escribe las personas, los grupos y los lugares que te ayudan, aunque sea un poco.',
        'Marca a quienes podrías buscar esta semana.',
        'Fíjate si hay huecos. Puedes volver y agregar nombres más adelante.',
      ],
    },
    {
      id: 's3-e2',
      kind: 'practice',
      title: 'Tus propias palabras de disposición',
      howTo: [
        'Escribe una o dos frases que digan que te abres a la ayuda y al cambio.',
        'Usa tus propias palabras. Puedes dirigirlas a un Poder Superior, a la vida, a ti o a nadie en particular.',
        'Si te ayuda, léelas en voz alta cada mañana durante una semana.',
        'Cambia las palabras cuando dejen de sonarte verdaderas.',
      ],
    },
    {
      id: 's3-e3',
      kind: 'visualization',
      title: 'Dejar la carga en el suelo',
      howTo: [
        'Piensa en lo que has venido cargando como si fuera una bolsa pesada.',
        'Imagina que la dejas en el suelo junto a alguien de confianza, solo por un momento.',
        'Fíjate cómo se sienten tus hombros y tu respiración.',
        'Escribe lo que notaste. Puedes volver a levantar la bolsa cuando quieras.',
      ],
    },
  ],
  prompts: [
    { id: 's3-p1', text: '¿Qué has intentado sostener por tu cuenta?' },
    { id: 's3-p2', text: '¿Qué te hace difícil aceptar ayuda? ¿Dónde lo aprendiste?' },
    {
      id: 's3-p3',
      text: '¿En quién o en qué confías lo suficiente como para dejarle entrar, aunque sea un poco?',
    },
    { id: 's3-p4', text: '¿Qué significa para ti entregarte, y qué no significa?' },
    { id: 's3-p5', text: '¿Qué cambio tienes la disposición de probar esta semana?' },
    {
      id: 's3-p6',
      text: 'Cuando imaginas que no recorres este camino a solas, ¿qué se siente diferente?',
    },
  ],
};
