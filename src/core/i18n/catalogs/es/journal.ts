// The Spanish of the journal screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const JOURNAL: Record<string, string> = {
  // The journal's list, its calendar and filters.
  'New entry': 'Nueva entrada',
  Search: 'Buscar',
  Trash: 'Papelera',
  'Calendar and filters': 'Calendario y filtros',
  Step: 'Paso',
  'Any step': 'Cualquier paso',
  'Step {step}': 'Paso {step}',
  'Step {step}: {title}': 'Paso {step}: {title}',
  Tag: 'Etiqueta',
  'Any tag': 'Cualquier etiqueta',
  Mood: 'Estado de ánimo',
  'Any mood': 'Cualquier estado de ánimo',
  'Looking…': 'Buscando…',
  '1 entry': '1 entrada',
  '{count} entries': '{count} entradas',
  '1 entry on {day}': '1 entrada · {day}',
  '{count} entries on {day}': '{count} entradas · {day}',
  'Show all entries': 'Mostrar todas las entradas',
  'You checked in with yourself on this day.': 'Este día hiciste tu registro diario.',
  'Read that check-in': 'Leer ese registro',
  'Opening your entries…': 'Abriendo tus entradas…',
  'Nothing here yet. When you’re ready, a new entry is one tap away. It saves itself as you write.':
    'Todavía no hay nada aquí. Cuando quieras, una entrada nueva está a un toque. Se guarda sola mientras escribes.',
  'No entries match these filters.': 'Ninguna entrada coincide con estos filtros.',
  'Your entries, newest first': 'Tus entradas, de la más reciente a la más antigua',
  'This entry could not be opened': 'No se pudo abrir esta entrada',
  'Untitled entry': 'Entrada sin título',
  'Previous month': 'Mes anterior',
  'Next month': 'Mes siguiente',
  'Days of {month}': 'Días de {month}',
  '{date}, no entries': '{date}, sin entradas',
  '{date}, 1 entry': '{date}, 1 entrada',
  '{date}, {count} entries': '{date}, {count} entradas',
  '{date}, no entries, checked in': '{date}, sin entradas, con registro diario',
  '{date}, 1 entry, checked in': '{date}, 1 entrada, con registro diario',
  '{date}, {count} entries, checked in': '{date}, {count} entradas, con registro diario',

  // An entry and its editor.
  'Opening your entry…': 'Abriendo tu entrada…',
  'Back to journal': 'Volver al diario',
  'Entry moved to Trash.': 'La entrada se movió a la Papelera.',
  Undo: 'Deshacer',
  'This entry is in Trash. It is kept until you delete it for good.':
    'Esta entrada está en la Papelera. Se guarda ahí hasta que la borres para siempre.',
  'This entry could not be opened. Its stored words may have been changed outside Stepwork. It is left exactly as it is, and the rest of your journal is not affected.':
    'No se pudo abrir esta entrada. Puede que sus palabras guardadas se hayan cambiado fuera de Stepwork. Se deja tal como está, y el resto de tu diario no se ve afectado.',
  'Move to Trash': 'Mover a la Papelera',
  'This entry could not be moved to Trash just now. It is still here, just as you left it. You can try again.':
    'No se pudo mover esta entrada a la Papelera en este momento. Sigue aquí, tal como la dejaste. Puedes intentarlo de nuevo.',
  'Title (optional)': 'Título (opcional)',
  Title: 'Título',
  'Your words': 'Tus palabras',
  'A new entry has room for more.': 'Una entrada nueva tiene lugar para más.',
  'Need a moment? {link}; your words stay saved here.':
    '¿Necesitas un momento? {link}; tus palabras siguen guardadas aquí.',
  'Take a pause': 'Tómate una pausa',
  'Skip anything that doesn’t fit. If this stirs up a lot, {link}; your words stay saved here.':
    'Puedes saltarte lo que no vaya contigo. Si esto despierta mucho en ti, {link}; tus palabras siguen guardadas aquí.',
  'take a pause': 'tómate una pausa',
  'This entry was also changed in another window while you were writing here. Both versions are kept: what you wrote here is now its own entry, and the other one is in your journal as it was left.':
    'Esta entrada también se cambió en otra ventana mientras escribías aquí. Se guardaron las dos versiones: lo que escribiste aquí es ahora una entrada aparte, y la otra sigue en tu diario tal como quedó.',
  'How are you feeling? (optional)': '¿Cómo te sientes? (opcional)',
  'Clear mood': 'Quitar el estado de ánimo',
  'Tags (optional)': 'Etiquetas (opcional)',
  'Tags on this entry': 'Etiquetas de esta entrada',
  'Remove tag {tag}': 'Quitar la etiqueta {tag}',
  'Add tag': 'Agregar etiqueta',
  'This entry has as many tags as it can hold.':
    'Esta entrada ya tiene todas las etiquetas que puede llevar.',
  'Date of this entry': 'Fecha de esta entrada',
  'Writing about another day? Choose it here, and the entry sits on that day in your journal.':
    '¿Escribes sobre otro día? Elígelo aquí, y la entrada quedará en ese día de tu diario.',

  // The mood scale (also on the daily check-in and in the exports).
  'Really hard': 'Muy difícil',
  Hard: 'Difícil',
  'In between': 'Ni bien ni mal',
  Okay: 'Más o menos bien',
  Good: 'Bien',

  // Why an entry could not be kept as it is (the save line shows these).
  'This entry is longer than Stepwork can keep in one piece. Split it into two entries.':
    'Esta entrada es más larga de lo que Stepwork puede guardar en una sola pieza. Puedes dividirla en dos entradas.',
  'An entry can carry up to {tags} tags of up to {chars} characters each.':
    'Una entrada puede llevar hasta {tags} etiquetas de hasta {chars} caracteres cada una.',
  'Choose a date for the entry, written as year-month-day.':
    'Elige una fecha para la entrada, escrita como año-mes-día.',
  'That day has not come yet. Choose today or a day before it.':
    'Ese día todavía no llegó. Elige hoy o un día anterior.',
  'Move the entry to Trash before deleting it for good.':
    'Mueve la entrada a la Papelera antes de borrarla para siempre.',

  // Trash.
  'Entries you move to Trash wait here until you restore them or delete them for good.':
    'Las entradas que mueves a la Papelera esperan aquí hasta que las recuperes o las borres para siempre.',
  'Opening Trash…': 'Abriendo la Papelera…',
  'Trash is empty.': 'La Papelera está vacía.',
  'Entries in Trash': 'Entradas en la Papelera',
  'An entry that could not be opened': 'Una entrada que no se pudo abrir',
  'Written {day}': 'Escrita: {day}',
  'Delete “{name}” for good?': '¿Borrar “{name}” para siempre?',
  'This deletes the entry for good. It cannot be brought back.':
    'Esto borra la entrada para siempre. No se podrá recuperar.',
  'Delete for good': 'Borrar para siempre',
  'Keep it': 'Conservar',
  Restore: 'Recuperar',
  'Delete for good…': 'Borrar para siempre…',
  'It could not be restored just now. It is still safe in Trash; you can try again.':
    'No se pudo recuperar en este momento. Sigue a salvo en la Papelera; puedes intentarlo de nuevo.',
  'Entry deleted for good.': 'La entrada se borró para siempre.',
  'Entry restored to your journal.': 'La entrada volvió a tu diario.',

  // Search.
  'Search your journal': 'Buscar en tu diario',
  'Search results': 'Resultados de la búsqueda',
  'Show more': 'Mostrar más',
  '1 entry found': '1 entrada encontrada',
  '{count} entries found': '{count} entradas encontradas',
  'Nothing found in your newest entries so far. Still looking through the older ones…':
    'Por ahora no hay nada en tus entradas más recientes. La búsqueda sigue en las más antiguas…',
  '1 entry found so far. Still looking through your older entries…':
    '1 entrada encontrada por ahora. La búsqueda sigue en tus entradas más antiguas…',
  '{count} entries found so far. Still looking through your older entries…':
    '{count} entradas encontradas por ahora. La búsqueda sigue en tus entradas más antiguas…',
  'Search could not read your entries just now. Your entries are safe. Try again later.':
    'La búsqueda no pudo leer tus entradas en este momento. Tus entradas están a salvo. Puedes intentarlo más tarde.',
  'Getting your entries ready to search…': 'Preparando tus entradas para la búsqueda…',
  'There is nothing to search yet. When you write, you can find any word here.':
    'Todavía no hay nada que buscar. Cuando escribas, aquí podrás encontrar cualquier palabra.',
  'Type a word or two to find it in any entry. Your search stays on this device.':
    'Escribe una o dos palabras para encontrarlas en cualquier entrada. Tu búsqueda se queda en este dispositivo.',
  'No entries found with those words. You could try fewer words, or another spelling.':
    'No se encontraron entradas con esas palabras. Puedes probar con menos palabras, o con otra forma de escribirlas.',
};
