import type { Worksheet, WorksheetField } from '../worksheetTypes';

// The Spanish of ../worksheets.ts: the same exercise ids, the same parts in the same order and the
// same field ids (the saved words are kept under them), with the labels and hints in Spanish.
// Labels speak in the person's own voice, first person, as in English.

/* @__NO_SIDE_EFFECTS__ */
function text(id: string, label: string, hint?: string): WorksheetField {
  return { id, kind: 'text', label, ...(hint && { hint }) };
}
/* @__NO_SIDE_EFFECTS__ */
function list(id: string, label: string, hint?: string): WorksheetField {
  return { id, kind: 'list', label, ...(hint && { hint }) };
}

export const WORKSHEETS: Readonly<Record<string, Worksheet>> = {
  's1-e1': {
    parts: [
      {
        kind: 'columns',
        label: 'Dos columnas',
        fields: [
          list(
            'beyond',
            'Fuera de mi control',
            'Lo que pasó, lo que otras personas hicieron, lo que se adueñó de ti. Solo lo que te sientas con fuerzas de nombrar.',
          ),
          list(
            'within',
            'A mi alcance hoy',
            'Una o dos cosas pequeñas que puedes cuidar hoy, como descansar, comer o hacer una llamada.',
          ),
        ],
      },
      text(
        'readBack',
        'Cuando vuelvo a leer la primera columna',
        'Si te suena verdadero: “Esto no fue mi culpa”.',
      ),
    ],
  },
  's1-e2': {
    parts: [
      text(
        'note',
        'Mi nota para quien sobrevivió',
        'Podrías empezar con “Hiciste lo que pudiste”.',
      ),
    ],
  },
  's1-e3': {
    parts: [
      list('pulls', 'Cuándo sentí el impulso', 'La hora, y lo que estaba pasando. Solo notarlo.'),
      text('evening', 'Lo que veo cuando lo vuelvo a leer'),
    ],
  },
  's2-e1': {
    parts: [list('details', 'Detalles que vi', 'Tres es más que suficiente. Con uno basta.')],
  },
  's2-e2': {
    parts: [
      text('whose', 'La historia en la que estoy pensando'),
      text('hope', 'Lo que me da esperanza de esa historia'),
      text('try', 'Algo que esa persona hizo y que yo también podría probar'),
    ],
  },
  's2-e3': {
    parts: [
      list(
        'lighter',
        'Momentos en que sentí un poco de ligereza',
        'Una risa, una buena comida, un minuto de silencio.',
      ),
      text('together', 'Al leerlos todos juntos'),
    ],
  },
  's3-e1': {
    parts: [
      {
        kind: 'circle',
        label: 'Mi círculo de apoyo',
        hint: 'Tú estás en el centro. Agrega nombres cuando te vengan a la mente.',
        fields: [
          list('near', 'Cerca: a quién podría buscar esta semana'),
          list(
            'around',
            'A mi alrededor: personas, grupos y lugares que me ayudan, aunque sea un poco',
          ),
        ],
      },
      text('gaps', 'Huecos que noto'),
    ],
  },
  's3-e2': {
    parts: [
      text(
        'words',
        'Mis palabras de disposición',
        'Una o dos frases, para un Poder Superior, para la vida, para ti o para nadie en particular.',
      ),
    ],
  },
  's3-e3': {
    parts: [text('noticed', 'Lo que noté al dejar la carga en el suelo')],
  },
  's5-e1': {
    parts: [
      list('people', 'Personas que podrían escucharme bien'),
      text(
        'choice',
        'A quién elijo, por ahora',
        '“Todavía no” es una respuesta honesta. La terapia o un grupo pueden ser un lugar para empezar.',
      ),
    ],
  },
  's5-e2': {
    parts: [
      text(
        'share',
        'Lo que me siento con fuerzas de compartir',
        'Deja el resto para más adelante.',
      ),
      text('whenWhere', 'Cuándo y dónde'),
      text('begin', 'Cómo quiero empezar, y qué necesito de quien me escucha'),
      text('afterwards', 'Algo amable para después'),
    ],
  },
  's5-e3': {
    parts: [text('like', 'Cómo fue')],
  },
  's6-e1': {
    parts: [
      text('which', 'El resentimiento que estoy mirando'),
      {
        kind: 'columns',
        label: 'Lo que hace por mí, y lo que me cuesta',
        fields: [
          list('guarded', 'Lo que el enojo cuidó, y lo que me ayudó a sobrevivir'),
          list('costs', 'Lo que me cuesta hoy'),
        ],
      },
      {
        kind: 'columns',
        label: 'Lo que conservo, y lo que aflojo',
        fields: [
          list('keep', 'Lo que me gustaría conservar', 'Como un límite.'),
          list('loosen', 'Lo que ya puedo aflojar'),
        ],
      },
    ],
  },
  's6-e2': {
    parts: [
      text('to', 'Para', 'Una persona o una situación. Esto nunca se envía.'),
      text('happened', 'Lo que pasó, y cómo me afectó'),
      text('setDown', 'Lo que elijo dejar ir', 'Aunque sea una pequeña parte, basta.'),
    ],
  },
  's6-e3': {
    parts: [text('body', 'Lo que cambió en mi cuerpo')],
  },
  's7-e1': {
    parts: [
      text('pattern', 'La forma de sobrellevar las cosas que estoy mirando'),
      text('began', 'Cuándo empezó, y qué me ayudó a atravesar'),
      text('costs', 'Lo que me cuesta hoy'),
      text('instead', 'Algo pequeño que podría probar en su lugar'),
    ],
  },
  's7-e2': {
    parts: [
      {
        kind: 'columns',
        label: 'La crítica interior y la voz más amable',
        fields: [
          list('critic', 'Lo que dice mi crítica interior'),
          list('kinder', 'Lo que diría una amistad que me quiere'),
        ],
      },
    ],
  },
  's7-e3': {
    parts: [
      text('help', 'En qué me vendría bien un poco de ayuda'),
      text('whom', 'A quién se lo voy a pedir'),
      text('felt', 'Cómo me sentí al pedir', 'Fuera cual fuera la respuesta.'),
    ],
  },
  's9-e3': {
    parts: [
      text('change', 'Un cambio en mi forma de actuar'),
      text('boundary', 'Un límite que me protege mientras lo hago'),
      list('evenings', 'Cómo me fue, noche a noche'),
    ],
  },
  's10-e3': {
    parts: [
      list('repeats', 'Lo que se repite', 'Momentos del día, personas, lugares, sentimientos.'),
      text('learned', 'Algo que aprendí'),
      text('change', 'Un cambio que me gustaría probar'),
    ],
  },
  's11-e1': {
    parts: [list('noticed', 'Lo que oí, vi o sentí')],
  },
  's11-e2': {
    parts: [
      list(
        'connections',
        'Lo que me da sentido o calma',
        'Junto a cada cosa, con qué frecuencia acudes a ella ahora.',
      ),
      text('more', 'Algo de lo que me gustaría tener más'),
      text('new', 'Algo nuevo que me da curiosidad probar'),
    ],
  },
  's11-e3': {
    parts: [
      text('who', 'A quién voy a buscar'),
      text('how', 'Cómo'),
      text('felt', 'Cómo me sentí', 'Sin calificarlo, solo notarlo.'),
    ],
  },
  's12-e1': {
    parts: [
      text('before', 'Cómo era'),
      text('helped', 'Qué me ayudó'),
      text('now', 'Cómo es ahora'),
      {
        kind: 'columns',
        label: 'Lo que comparto, y lo que guardo para mí',
        fields: [
          list('share', 'Partes que podría compartir'),
          list('private', 'Partes que quedan en privado'),
        ],
      },
    ],
  },
  's12-e2': {
    parts: [
      list('ways', 'Formas en que podría ayudar', 'Que vayan con tu energía y tu tiempo.'),
      text('try', 'Algo pequeño para probar este mes'),
      text('limits', 'Los límites que me mantienen bien', 'Cada cuánto, y durante cuánto tiempo.'),
    ],
  },
  's12-e3': {
    parts: [text('letter', 'Mi carta para alguien que acaba de empezar')],
  },
};

/** The Spanish worksheet of an exercise, or undefined for one a tool holds or that has none. */
export function getWorksheet(exerciseId: string): Worksheet | undefined {
  return Object.hasOwn(WORKSHEETS, exerciseId) ? WORKSHEETS[exerciseId] : undefined;
}
