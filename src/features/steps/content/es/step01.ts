import type { StepContent } from '../types';

export const step01: StepContent = {
  number: 1,
  title: 'Admitir la impotencia',
  promise: 'Al nombrar lo que estuvo fuera de tu control, empieza a pesarte menos.',
  explanation: {
    whatItIs: [
      'Este paso trata de decir la verdad sobre lo que pasó y lo que eso ha hecho con tu vida. Hubo cosas que estuvieron fuera de tu control: lo que alguien te hizo, lo que te tocó vivir, la manera en que una sustancia o un hábito se adueñó de ti. Aquí les pones nombre, con tus propias palabras y a tu propio ritmo.',
      'Lo que te pasó no fue tu culpa. No lo causaste y no lo merecías. Las formas que encontraste para sobrevivir tenían sentido en ese momento, incluso las que hoy te hacen daño.',
      'Admitir la impotencia no es rendirse. Es dejar una pelea que nunca podrías ganar sin ayuda, para que tu fuerza vaya adonde sí puede ayudarte.',
    ],
    whatItIsNot: [
      'No es un veredicto sobre quién eres. No dice que haya algo roto en ti, ni que tengas la culpa del daño que te hicieron. Tampoco te pide revivir cada detalle. Tú eliges qué nombrar y cuándo, y puedes detenerte en cualquier momento.',
    ],
  },
  exercises: [
    {
      id: 's1-e1',
      kind: 'reflection',
      title: 'Fuera de tu control, a tu alcance',
      howTo: [
        'Busca un momento tranquilo y un lugar donde te sientas a salvo.',
        'Haz dos columnas: “fuera de mi control” y “a mi alcance hoy”.',
        'En la primera, nombra lo que pasó, lo que otras personas hicieron y lo que se adueñó de ti. Solo lo que te sientas con fuerzas de nombrar.',
        'En la segunda, anota una o dos cosas pequeñas que puedes cuidar hoy, como descansar, comer o llamar a alguien.',
        'Vuelve a leer la primera columna. Si te suena verdadero, dite: “Esto no fue mi culpa”.',
      ],
    },
    {
      id: 's1-e2',
      kind: 'letter',
      title: 'Una nota para quien sobrevivió',
      howTo: [
        'Imagínate en un momento difícil que recuerdes, solo tan de cerca como te resulte llevadero.',
        'Escríbele unas líneas a tu yo de entonces. Podrías empezar con “Hiciste lo que pudiste”.',
        'Agradécele una de las formas en que siguió adelante.',
        'Cierra la nota cuando quieras. Queda en privado, y puedes volver a ella más adelante.',
      ],
    },
    {
      id: 's1-e3',
      kind: 'practice',
      title: 'Notar el impulso',
      howTo: [
        'Durante un día, fíjate en cada momento en que algo te empuje hacia una bebida, una droga o un hábito que te hace daño.',
        'Anota la hora y lo que estaba pasando. Sin juzgarte, solo observando.',
        'Por la noche, vuelve a leerlo. ¿Qué ves?',
      ],
    },
  ],
  prompts: [
    {
      id: 's1-p1',
      text: '¿Qué pasó que estuvo fuera de tu control? Escribe solo lo que te resulte llevadero hoy.',
    },
    {
      id: 's1-p2',
      text: '¿Qué significaría creer, aunque sea un poco, que no fue tu culpa?',
    },
    {
      id: 's1-p3',
      text: '¿Qué has usado para sobrellevarlo, y qué te ha costado cada una de esas formas?',
    },
    {
      id: 's1-p4',
      text: '¿En qué partes de tu vida sientes que las cosas se te han ido de las manos?',
    },
    { id: 's1-p5', text: '¿Qué batalla ya no quieres seguir dando a solas?' },
    {
      id: 's1-p6',
      text: 'Si una persona muy querida te contara tu historia, ¿qué te gustaría que escuchara de ti?',
    },
  ],
};
