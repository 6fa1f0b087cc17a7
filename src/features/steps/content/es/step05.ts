import type { StepContent } from '../types';

export const step05: StepContent = {
  number: 5,
  title: 'Compartir con alguien de confianza',
  promise: 'Dejas que una persona de confianza escuche tu verdad, y ya no la cargas a solas.',
  explanation: {
    whatItIs: [
      'Este paso trata de que alguien te escuche. Eliges a alguien de confianza y compartes parte de lo que encontraste en tu inventario. Decirlo en voz alta a una persona que se preocupa por ti puede aflojar la vergüenza de una manera que escribir a solas muchas veces no logra.',
      'Tú eliges a quién. Puede ser la persona que te apadrina, tu terapeuta, tu guía espiritual, una amistad cercana o alguien de tu grupo. Busca a alguien que guarde las confidencias, que escuche sin apurarse a arreglar nada y con quien te sientas a salvo.',
      'Tú eliges qué y cómo. Puedes compartirlo todo o solo una pequeña parte. Puedes leer tus palabras en voz alta, en persona, desde una vista de lectura tranquila, a tu propio ritmo. La aplicación nunca envía ni comparte nada. Compartir es algo que haces tú, cuando tú lo decidas.',
    ],
    whatItIsNot: [
      'No es una confesión para que te juzguen, ni una prueba de valentía. Nadie puede exigirte todos los detalles de tu trauma. Si una persona no te hace sentir a salvo, no es la persona indicada para escucharte, y esperar a la persona adecuada también es parte de este paso.',
    ],
  },
  exercises: [
    {
      id: 's5-e1',
      kind: 'reflection',
      title: 'Elegir en quién confiar',
      howTo: [
        'Haz una lista de algunas personas que podrían escucharte bien.',
        'Por cada una, pregúntate: ¿Guarda las confidencias? ¿Me siento a salvo con esta persona? ¿Escucha sin juzgar?',
        'Elige a una. Si la respuesta es “todavía no”, es una respuesta honesta.',
        'Si no se te ocurre nadie, la terapia o un grupo de apoyo pueden ser un buen lugar para empezar.',
      ],
    },
    {
      id: 's5-e2',
      kind: 'plan',
      title: 'Qué compartir, y cómo',
      howTo: [
        'Marca las partes de tu inventario que te sientes con fuerzas de compartir. Deja el resto para más adelante.',
        'Elige un momento y un lugar tranquilo y privado donde te sientas a gusto.',
        'Decide cómo quieres empezar y qué necesitas de quien te escucha, por ejemplo, que no te dé consejos y solo escuche.',
        'Planea algo amable para ti para después: una caminata, una comida, un descanso.',
      ],
    },
    {
      id: 's5-e3',
      kind: 'practice',
      title: 'Leer en voz alta, en persona',
      howTo: [
        'Abre en la vista de lectura las entradas que elegiste.',
        'Siéntate con la persona que te escucha y lee a tu propio ritmo. Puedes hacer una pausa o detenerte en cualquier momento.',
        'Cuando termines, fíjate cómo te sientes. Deja que esa persona simplemente te acompañe.',
        'Más tarde, si quieres, escribe unas líneas sobre cómo fue.',
      ],
    },
  ],
  prompts: [
    {
      id: 's5-p1',
      text: '¿Con quién en tu vida te sientes lo bastante a salvo como para que escuche tu historia? ¿Qué hace que te sientas a salvo con esa persona?',
    },
    { id: 's5-p2', text: '¿Qué es lo que más miedo te da que pase si compartes?' },
    {
      id: 's5-p3',
      text: '¿Qué parte de tu inventario te sientes con fuerzas de decir en voz alta, y qué puede esperar?',
    },
    { id: 's5-p4', text: '¿Qué necesitas de quien te escucha para sentir que te respeta?' },
    { id: 's5-p5', text: 'Después de compartir: ¿cómo fue sentir que te escuchaban?' },
    { id: 's5-p6', text: '¿Qué secreto te ha costado más guardar?' },
  ],
  tool: 'reading',
  heavy: true,
  pacing:
    'Ve con calma. Tú eliges cuánto compartir, y puedes detenerte en cualquier momento. Tus palabras estarán aquí cuando regreses.',
};
