// The Spanish of the reading screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const READING: Record<string, string> = {
  // Choosing what to read.
  'Read aloud': 'Leer en voz alta',
  'Choose what you would like to read. It opens in large, calm type, one piece at a time, with nothing to edit, and the screen stays on while you read, where your phone allows it.':
    'Elige lo que te gustaría leer. Se abre en letra grande y tranquila, una parte a la vez, sin nada que editar, y la pantalla se mantiene encendida mientras lees, si tu teléfono lo permite.',
  'The app never sends or shares anything. The sharing is yours to do, in your own way.':
    'La app nunca envía ni comparte nada. Compartir te corresponde a ti, a tu manera.',
  'Your entries for a step': 'Tus entradas de un paso',
  'Opening…': 'Abriendo…',
  'No entries for a step yet. They will be here when you write some.':
    'Todavía no hay entradas de ningún paso. Estarán aquí cuando escribas alguna.',
  '(1 entry)': '(1 entrada)',
  '({count} entries)': '({count} entradas)',
  'Entries you choose': 'Entradas que eliges',
  'Choose entries': 'Elegir entradas',
  'They are read in the order you tick them.': 'Se leen en el orden en que las marques.',
  'There are no entries yet.': 'Todavía no hay entradas.',
  'Read the chosen entries': 'Leer las entradas elegidas',
  'Your inventory': 'Tu inventario',
  'Emotion inventory, {day}': 'Inventario de emociones, {day}',
  'A letter to myself, {day}': 'Una carta para mí, {day}',
  'Your amends list': 'Tu lista de reparaciones',
  'An unsent letter to myself': 'Una carta que no se envía, para mí',
  'An unsent letter to {name}': 'Una carta que no se envía, para {name}',
  'An unsent letter to someone not named yet':
    'Una carta que no se envía, para alguien sin nombrar todavía',

  // What is read: the titles of its pages.
  'Entries I chose': 'Entradas que elegí',
  'Emotion inventory': 'Inventario de emociones',
  'My amends list': 'Mi lista de reparaciones',
  'An unsent letter': 'Una carta que no se envía',
  'A letter to myself': 'Una carta para mí',

  // The reading view.
  'Done reading': 'Terminar de leer',
  'Text size': 'Tamaño del texto',
  Smaller: 'Más pequeño',
  Larger: 'Más grande',
  'Opening your words…': 'Abriendo tus palabras…',
  'There is nothing to read here yet': 'Todavía no hay nada que leer aquí',
  'When there are words here, they will be ready to read. You can choose something else to read whenever you like.':
    'Cuando haya palabras aquí, estarán listas para leer. Puedes elegir otra cosa para leer cuando quieras.',
  '{page} of {pages}': '{page} de {pages}',
  Pages: 'Páginas',
  '← Previous': '← Anterior',
  'Next →': 'Siguiente →',

  // Printing or keeping a copy.
  'Print or keep a copy': 'Imprimir o guardar una copia',
  'A printed page or a copy leaves this device’s protection. Keep it somewhere safe, or let it go.':
    'Una página impresa o una copia queda fuera de la protección de este dispositivo. Guárdala en un lugar seguro, o déjala ir.',
  'A letter stays unsent: the app never saves or shares one for you. You can print it if you like.':
    'Una carta queda sin enviar: la app nunca guarda ni comparte una carta por ti. Puedes imprimirla si quieres.',
  Print: 'Imprimir',
  'Save or share a copy': 'Guardar o compartir una copia',
  'The copy is not encrypted. Whoever holds it can read it. Only you decide where it goes.':
    'La copia no está cifrada. Quien la tenga puede leerla. Solo tú decides adónde va.',
  'Save as a file': 'Guardar como archivo',
  'Share…': 'Compartir…',
  'Private: keep this copy somewhere only you can open.':
    'Privado: guarda esta copia en un lugar que solo tú puedas abrir.',
  'Your copy is saved as a file. It is not encrypted: keep it somewhere private.':
    'Tu copia se guardó como archivo. No está cifrada: guárdala en un lugar privado.',
  'Sharing did not work on this device. Nothing was sent. You can save it as a file instead.':
    'No se pudo compartir en este dispositivo. No se envió nada. Puedes guardarla como archivo.',
};
