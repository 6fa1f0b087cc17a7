// The Spanish of the inventory screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
// A classic inventory's "row" is an "entrada", as step 4's own Spanish says; "this was done to me"
// is “esto me lo hicieron a mí”, and "my part" is "mi parte".
export const INVENTORY: Record<string, string> = {
  // The inventory home
  Inventory: 'Inventario',
  'An honest, kind look at what you feel. Nothing here is a test, and there is no right answer.':
    'Una mirada honesta y amable a lo que sientes. Nada de esto es un examen, y no hay respuestas correctas.',
  'Go gently. Take only what feels possible today. You can pause at any time, and what you have written stays here, saved on this device.':
    'Ve con calma. Toma solo lo que hoy te parezca posible. Puedes detenerte en cualquier momento, y lo que escribiste se queda aquí, guardado en este dispositivo.',
  'Take a pause with Help now': 'Hacer una pausa con Ayuda ahora',
  'Emotion inventory': 'Inventario de emociones',
  'Name what you feel, how strong it is, where it sits in your body, and what you need.':
    'Nombra lo que sientes, con cuánta fuerza, en qué parte del cuerpo lo notas y qué necesitas.',
  'Start an emotion inventory': 'Empezar un inventario de emociones',
  'Your inventories': 'Tus inventarios',
  'Your own feeling words': 'Tus propias palabras para los sentimientos',
  'Resentments, fears and harms': 'Resentimientos, miedos y daños',
  'The classic inventory in columns. Where something was done to you, you can say so, and there is no part of yours to name.':
    'El inventario clásico, en columnas. Donde algo te lo hicieron a ti, puedes decirlo, y no hay ninguna parte tuya que nombrar.',
  'Read your inventory aloud': 'Leer tu inventario en voz alta',
  'A letter to yourself': 'Una carta para ti',
  'Write to yourself about what you noticed, and what it took to look.':
    'Escríbete sobre lo que notaste y lo que te costó mirar.',
  'Your letters to yourself': 'Tus cartas para ti',
  'Your feelings over time': 'Tus sentimientos a lo largo del tiempo',
  'See which feelings you named most, and how strong they were, by week or month.':
    'Mira qué sentimientos nombraste más y con cuánta fuerza, semana a semana o mes a mes.',
  'See the picture': 'Ver el panorama',
  'nothing yet': 'nada todavía',
  '1 row': '1 entrada',
  '{count} rows': '{count} entradas',
  'Back to inventory': 'Volver al inventario',
  'Opening…': 'Abriendo…',
  'Could not be opened': 'No se pudo abrir',

  // The emotion inventories' history
  'No inventories yet. Your first one will be listed here.':
    'Todavía no hay inventarios. El primero que hagas aparecerá aquí.',
  'Your emotion inventories': 'Tus inventarios de emociones',
  'could not be opened': 'no se pudo abrir',
  'no feeling chosen yet': 'todavía sin ningún sentimiento elegido',
  'Finished, {day}': 'Terminado · {day}',
  'Draft, {day}': 'Borrador · {day}',
  'Show all {count} inventories': 'Mostrar los {count} inventarios',
  'Show older inventories': 'Mostrar inventarios anteriores',
  'a word of your own': 'una palabra tuya',

  // One emotion inventory: the editor
  'What happened? (optional)': '¿Qué pasó? (opcional)',
  'What happened?': '¿Qué pasó?',
  'What are you feeling?': '¿Qué estás sintiendo?',
  'Choose as many as fit. Each word has a short meaning beside it.':
    'Elige todos los que encajen. Cada palabra tiene al lado un significado breve.',
  '{count} chosen': 'elegiste {count}',
  'Your own words': 'Tus propias palabras',
  'Find a feeling': 'Buscar un sentimiento',
  'Type a word, or what it is like: “scared”, “alone”, “heavy”.':
    'Escribe una palabra, o cómo te sientes: “miedo”, “triste”, “agobio”.',
  'No word here matches “{said}”. You can look through the families below, or add a word of your own.':
    'Ninguna palabra coincide con “{said}”. Puedes mirar los grupos de abajo, o agregar una palabra tuya.',
  '1 feeling matches “{said}”.': '1 sentimiento coincide con “{said}”.',
  '{count} feelings match “{said}”; the closest {shown} are shown.':
    '{count} sentimientos coinciden con “{said}”; se muestran los {shown} más cercanos.',
  '{count} feelings match “{said}”.': '{count} sentimientos coinciden con “{said}”.',
  'Feelings that match': 'Sentimientos que coinciden',
  'A word of your own': 'Una palabra tuya',
  'Add my word': 'Agregar mi palabra',
  'A few words are plenty.': 'Unas pocas palabras bastan.',
  'How strong each one is': 'Con cuánta fuerza sientes cada uno',
  '0 is barely there, 10 is as strong as it gets.':
    '0 es casi nada; 10 es lo más fuerte que puede ser.',
  'No feeling chosen yet. You can keep this as a draft either way.':
    'Todavía no elegiste ningún sentimiento. De todos modos, puedes guardar esto como borrador.',
  'Feelings you chose': 'Sentimientos que elegiste',
  'not set yet': 'sin indicar todavía',
  '{value} of {max}': '{value} de {max}',
  'How strong is “{word}”?': '¿Con cuánta fuerza sientes “{word}”?',
  'Remove “{word}”': 'Quitar “{word}”',
  'Where do you feel it in your body?': '¿En qué parte del cuerpo lo sientes?',
  'What thoughts came with it?': '¿Qué pensamientos llegaron con eso?',
  'What did you need?': '¿Qué necesitabas?',
  'Or choose any needs that fit': 'O elige las necesidades que encajen',
  'One kind thing you could do for yourself now': 'Algo amable que podrías hacer por ti ahora',
  'Your latest changes are still on the screen but are not saved yet, so the inventory stays a draft for now. Try again in a moment.':
    'Tus últimos cambios siguen en la pantalla, pero todavía no se guardaron, así que por ahora el inventario sigue como borrador. Vuelve a intentarlo en un momento.',
  'Finish this inventory': 'Terminar este inventario',
  'Not ready to finish? It is saved as a draft, and you can come back to it any time.':
    '¿Todavía no quieres terminar? Queda guardado como borrador, y puedes volver a él cuando quieras.',

  // One emotion inventory: finished
  'Thank you for sitting with what you feel. Naming it honestly takes courage, and you did it.':
    'Gracias por quedarte con lo que sientes. Nombrarlo con honestidad requiere valor, y lo hiciste.',
  'Finished · {day}': 'Terminado · {day}',
  'A few things for a hard moment are below.': 'Abajo hay algunas cosas para un momento difícil.',
  Feelings: 'Sentimientos',
  'Feelings you named': 'Sentimientos que nombraste',
  'strength not set': 'intensidad sin indicar',
  'In your body': 'En tu cuerpo',
  'What happened': 'Qué pasó',
  Thoughts: 'Pensamientos',
  'Needs you chose': 'Necesidades que elegiste',
  'What you needed': 'Lo que necesitabas',
  'One kind thing': 'Algo amable',
  'Edit this inventory': 'Editar este inventario',
  'Read it aloud': 'Leer en voz alta',
  'Delete this inventory': 'Borrar este inventario',
  'This deletes the inventory from this device for good, and its feelings leave your trends.':
    'Esto borra el inventario de este dispositivo para siempre, y sus sentimientos dejan de contar en tu panorama.',
  'The inventory was deleted.': 'Se borró el inventario.',
  'This inventory could not be opened. It is left exactly as it is, and nothing else is affected.':
    'No se pudo abrir este inventario. Queda exactamente como está, y nada más se ve afectado.',

  // Own feeling words
  'Words you added when the list did not have the one you needed. A new spelling is used from now on; an inventory you already wrote keeps the word as you chose it then.':
    'Palabras que agregaste cuando la lista no tenía la que necesitabas. Si cambias cómo se escribe, se usa así de ahora en adelante; un inventario que ya escribiste conserva la palabra como la elegiste entonces.',
  'You have not added a word of your own yet. You can add one while you take an emotion inventory, under “Your own words”.':
    'Todavía no agregaste ninguna palabra tuya. Puedes agregar una mientras haces un inventario de emociones, en “Tus propias palabras”.',
  'A new spelling for “{word}”': 'Otra forma de escribir “{word}”',
  'Save the word': 'Guardar la palabra',
  Cancel: 'Cancelar',
  'Take “{word}” off your list?': '¿Quitar “{word}” de tu lista?',
  'It will no longer be offered when you choose feelings. Inventories that used it keep it, and you can add it again any time.':
    'Ya no aparecerá cuando elijas sentimientos. Los inventarios que la usaron la conservan, y puedes volver a agregarla cuando quieras.',
  'Take it off the list': 'Quitarla de la lista',
  Rename: 'Cambiar el nombre',
  'Take off the list…': 'Quitar de la lista…',

  // The classic inventory
  'Some rows are about things you did. Others are about things that were done to you: mark those “this was done to me”, and there is no part of yours to name.':
    'Algunas entradas tratan de cosas que tú hiciste. Otras, de cosas que te hicieron a ti: márcalas con “esto me lo hicieron a mí”, y no habrá ninguna parte tuya que nombrar.',
  Resentments: 'Resentimientos',
  'Who or what you still carry anger toward, and what it touched in you.':
    'Hacia quién o hacia qué sigues cargando enojo, y qué tocó en ti.',
  'Add a resentment': 'Agregar un resentimiento',
  'Who or what': 'Quién o qué',
  'My part, if I had one': 'Mi parte, si la tuve',
  Fears: 'Miedos',
  'What you are afraid of, where it comes from, and how it shapes your days.':
    'Qué te da miedo, de dónde viene y cómo marca tus días.',
  'Add a fear': 'Agregar un miedo',
  'The fear': 'El miedo',
  'Where it comes from': 'De dónde viene',
  'How it shapes what I do': 'Cómo influye en lo que hago',
  Harms: 'Daños',
  'Where harm happened: whom, what happened, and your part where you had one.':
    'Dónde hubo daño: a quién, qué pasó y tu parte, donde la tuviste.',
  'Add a harm': 'Agregar un daño',
  Whom: 'A quién',
  'My part': 'Mi parte',
  'Self-esteem': 'Autoestima',
  Security: 'Seguridad',
  Relationships: 'Relaciones',
  Pride: 'Orgullo',
  Ambitions: 'Ambiciones',
  'What it touched': 'Qué tocó en ti',
  'Something else it touched': 'Otra cosa que tocó en ti',
  'Something else it touched (optional)': 'Otra cosa que tocó en ti (opcional)',
  'This was done to me': 'Esto me lo hicieron a mí',
  'What was done to you was not your fault. There is no part of yours to name here.':
    'Lo que te hicieron no fue tu culpa. Aquí no hay ninguna parte tuya que nombrar.',
  'Name it plainly, without punishing yourself.': 'Nómbrala con sencillez, sin castigarte.',
  'Nothing here yet. Small is a fine place to start.':
    'Todavía no hay nada aquí. Empezar por algo pequeño está bien.',
  'Read this list aloud': 'Leer esta lista en voz alta',
  'Not named yet': 'Todavía sin nombre',
  'Back to resentments': 'Volver a los resentimientos',
  'Back to fears': 'Volver a los miedos',
  'Back to harms': 'Volver a los daños',
  'Resentments: one row': 'Resentimientos: una entrada',
  'Fears: one row': 'Miedos: una entrada',
  'Harms: one row': 'Daños: una entrada',
  'This row could not be opened. It is left exactly as it is, and nothing else is affected.':
    'No se pudo abrir esta entrada. Queda exactamente como está, y nada más se ve afectado.',
  'Delete this row': 'Borrar esta entrada',
  'This deletes the row from this device for good.':
    'Esto borra la entrada de este dispositivo para siempre.',
  'The row was deleted.': 'Se borró la entrada.',
  'This row is on your amends list, and its amends item links back to it, so the row stays while that item does.':
    'Esta entrada está en tu lista de reparaciones, y esa reparación remite a ella, así que la entrada se queda mientras la reparación siga allí.',
  'This is on your amends list.': 'Esto está en tu lista de reparaciones.',
  'Open your amends list': 'Abrir tu lista de reparaciones',
  'Add to my amends list': 'Agregar a mi lista de reparaciones',

  // Letters to yourself
  'Letters to yourself': 'Cartas para ti',
  'After some inventory work, you might write to yourself as you are now.':
    'Después de trabajar un poco en tu inventario, quizá quieras escribirle a la persona que eres hoy.',
  'Write a letter to yourself': 'Escribir una carta para ti',
  'Your letters': 'Tus cartas',
  'No letters yet.': 'Todavía no hay cartas.',
  'Back to your letters': 'Volver a tus cartas',
  'Your letter': 'Tu carta',
  'Dear me,': 'Para mí:',
  'Writing to yourself with kindness is real work. Your letter is kept here for the days you need it.':
    'Escribirte con amabilidad es un trabajo real. Tu carta queda guardada aquí para los días en que la necesites.',
  'This letter could not be opened. It is left exactly as it is, and nothing else is affected.':
    'No se pudo abrir esta carta. Queda exactamente como está, y nada más se ve afectado.',
  'Delete this letter': 'Borrar esta carta',
  'This deletes the letter from this device for good.':
    'Esto borra la carta de este dispositivo para siempre.',
  'The letter was deleted.': 'Se borró la carta.',

  // What the inventories refuse, in plain words
  'A row belongs to resentments, fears or harms.':
    'Una entrada pertenece a los resentimientos, a los miedos o a los daños.',
  '“Done to me” is yes or no.': '“Me lo hicieron a mí” solo puede ser sí o no.',
  'How it shapes what you do': 'Cómo influye en lo que haces',
  'Your part': 'Tu parte',
  'That is not one of the things a resentment can touch.':
    'Eso no es una de las cosas que un resentimiento puede tocar.',
  'What else it touched': 'Qué más tocó en ti',
  'A row stays in the list it was written in.':
    'Una entrada se queda en la lista donde se escribió.',
  'This row could not be found, so nothing was added.':
    'No se encontró esta entrada, así que no se agregó nada.',
  'Only a row from the harms list can go on the amends list.':
    'Solo una entrada de la lista de daños puede pasar a la lista de reparaciones.',
  'Write whom this was about first, then add it to your amends.':
    'Primero escribe a quién se refiere, y después agrégala a tus reparaciones.',
  'This inventory is finished, so it was left as it is. Choose “Edit” to change it.':
    'Este inventario está terminado, así que quedó como estaba. Elige “Editar” para cambiarlo.',
  'Choose at least one feeling to finish. Your draft is kept.':
    'Elige al menos un sentimiento para terminar. Tu borrador se conserva.',
  'This inventory could not be opened, so it was left as it is. Nothing else is affected.':
    'No se pudo abrir este inventario, así que quedó como estaba. Nada más se ve afectado.',
  'This is not a letter to yourself.': 'Esto no es una carta para ti.',
  'A feeling word needs at least one letter.':
    'Una palabra para un sentimiento necesita al menos una letra.',
  'A feeling word can be up to {max} characters. A few words are plenty.':
    'Una palabra para un sentimiento puede tener hasta {max} caracteres. Unas pocas palabras bastan.',
  '“{word}” is already in the list. You can choose it there.':
    '“{word}” ya está en la lista. Puedes elegirla allí.',
  '“{word}” is already among your own words.': '“{word}” ya está entre tus propias palabras.',
  'Your own words could not be opened, so they were left as they are. Your inventories are not affected.':
    'No se pudieron abrir tus propias palabras, así que quedaron como estaban. Tus inventarios no se ven afectados.',
  'That word is no longer in your list.': 'Esa palabra ya no está en tu lista.',
  '{what} is longer than Stepwork can keep in one box. A journal entry has room for the rest.':
    'El texto de “{what}” es más largo de lo que Stepwork puede guardar en un solo cuadro. Una entrada del diario tiene espacio para el resto.',
  'This needs an id.': 'Falta un identificador.',
  'How strong a feeling is can be a whole number from {min} to {max}.':
    'La intensidad de un sentimiento puede ser un número entero del {min} al {max}.',
  'That feeling is not in the list or among your own words.':
    'Ese sentimiento no está en la lista ni entre tus propias palabras.',
  'Feelings are a list.': 'Los sentimientos van en una lista.',
  'Each feeling can be named once in an inventory.':
    'Cada sentimiento se puede nombrar una sola vez en un inventario.',
  'That place in the body is not in the list.': 'Esa parte del cuerpo no está en la lista.',
  'That need is not in the list.': 'Esa necesidad no está en la lista.',
  'Your thoughts': 'Tus pensamientos',
  // The picture over time
  'Last 30 days': 'Últimos 30 días',
  'Last 3 months': 'Últimos 3 meses',
  'Last 12 months': 'Últimos 12 meses',
  'In the last 30 days': 'En los últimos 30 días',
  'In the last 3 months': 'En los últimos 3 meses',
  'In the last 12 months': 'En los últimos 12 meses',
  'From the inventories you finished, week by week. Drafts stay out of the picture.':
    'A partir de los inventarios que terminaste, semana a semana. Los borradores quedan fuera del panorama.',
  'From the inventories you finished, month by month. Drafts stay out of the picture.':
    'A partir de los inventarios que terminaste, mes a mes. Los borradores quedan fuera del panorama.',
  Range: 'Período',
  'Week of {date}': 'Semana del {date}',
  and: 'y',
  '{list} as well as {last}': '{list}, así como {last}',
  'Of the painful feelings, you named {names} most, once.':
    'De los sentimientos dolorosos, lo que más nombraste fue {names}, una vez.',
  'Of the painful feelings, you named {names} most, {count} times.':
    'De los sentimientos dolorosos, lo que más nombraste fue {names}, {count} veces.',
  'Of the painful feelings, you named {names} most, once each.':
    'De los sentimientos dolorosos, lo que más nombraste fueron {names}, una vez cada uno.',
  'Of the painful feelings, you named {names} most, {count} times each.':
    'De los sentimientos dolorosos, lo que más nombraste fueron {names}, {count} veces cada uno.',
  'Of the pleasant ones, you named {names} most, once.':
    'De los agradables, lo que más nombraste fue {names}, una vez.',
  'Of the pleasant ones, you named {names} most, {count} times.':
    'De los agradables, lo que más nombraste fue {names}, {count} veces.',
  'Of the pleasant ones, you named {names} most, once each.':
    'De los agradables, lo que más nombraste fueron {names}, una vez cada uno.',
  'Of the pleasant ones, you named {names} most, {count} times each.':
    'De los agradables, lo que más nombraste fueron {names}, {count} veces cada uno.',
  'Of your own words, you named {names} most, once.':
    'De tus propias palabras, la que más nombraste fue {names}, una vez.',
  'Of your own words, you named {names} most, {count} times.':
    'De tus propias palabras, la que más nombraste fue {names}, {count} veces.',
  'Of your own words, you named {names} most, once each.':
    'De tus propias palabras, las que más nombraste fueron {names}, una vez cada una.',
  'Of your own words, you named {names} most, {count} times each.':
    'De tus propias palabras, las que más nombraste fueron {names}, {count} veces cada una.',
  '{names} grew: it came up more often lately.':
    'Últimamente nombraste {names} más a menudo: va en aumento.',
  '{names} grew: they came up more often lately.':
    'Últimamente nombraste {names} más a menudo: van en aumento.',
  '{names} eased: it came up less often lately.':
    'Últimamente nombraste {names} menos a menudo: se está suavizando.',
  '{names} eased: they came up less often lately.':
    'Últimamente nombraste {names} menos a menudo: se están suavizando.',
  '{names} came up more often lately. You can go gently with yourself.':
    'Últimamente nombraste {names} más a menudo. Puedes tratarte con suavidad.',
  '{names} came up less often lately.': 'Últimamente nombraste {names} menos a menudo.',
  '{names} came up more often lately.': 'Últimamente nombraste {names} más a menudo.',
  'From the earlier weeks to the later ones, your feelings came up about as often as before.':
    'De las primeras semanas a las últimas, tus sentimientos aparecieron más o menos con la misma frecuencia.',
  'From the earlier months to the later ones, your feelings came up about as often as before.':
    'De los primeros meses a los últimos, tus sentimientos aparecieron más o menos con la misma frecuencia.',
  'Once you have inventories in more than one week, this shows what grew and what eased.':
    'Cuando tengas inventarios en más de una semana, aquí verás qué fue en aumento y qué se fue suavizando.',
  'Once you have inventories in more than one month, this shows what grew and what eased.':
    'Cuando tengas inventarios en más de un mes, aquí verás qué fue en aumento y qué se fue suavizando.',
  '{phrase} there is no finished inventory yet. Once you finish one, it shows here.':
    '{phrase}, todavía no hay ningún inventario terminado. Cuando termines uno, aparecerá aquí.',
  '{phrase} you finished one inventory.': '{phrase}, terminaste un inventario.',
  '{phrase} you finished {count} inventories.': '{phrase}, terminaste {count} inventarios.',
  'Painful feelings': 'Sentimientos dolorosos',
  'Pleasant feelings': 'Sentimientos agradables',
  'came up more often lately': 'apareció más a menudo últimamente',
  'came up less often lately': 'apareció menos a menudo últimamente',
  'about as often as before': 'más o menos como antes',
  'no inventory': 'ningún inventario',
  'none of {count}': 'ninguno de {count}',
  'Week by week': 'Semana a semana',
  'Month by month': 'Mes a mes',
  'Each bar: the share of that week’s inventories that named it. Dashed: no inventory that week.':
    'Cada barra: la parte de los inventarios de esa semana que lo nombraron. Línea punteada: ningún inventario esa semana.',
  'Each bar: the share of that month’s inventories that named it. Dashed: no inventory that month.':
    'Cada barra: la parte de los inventarios de ese mes que lo nombraron. Línea punteada: ningún inventario ese mes.',
  'in {count} of 1 inventory': 'en {count} de 1 inventario',
  'in {count} of {total} inventories': 'en {count} de {total} inventarios',
  '{name}, week by week: {periods}': '{name}, semana a semana: {periods}',
  '{name}, month by month: {periods}': '{name}, mes a mes: {periods}',
  '{title}, week by week': '{title}, semana a semana',
  '{title}, month by month': '{title}, mes a mes',
  '{title} in all': '{title} en total',
  'Week of': 'Semana del',
  Month: 'Mes',
  Inventories: 'Inventarios',
  Feeling: 'Sentimiento',
  'Times named': 'Veces que lo nombraste',
  'Inventories that named it': 'Inventarios que lo nombraron',
  'Average strength (0 to 10)': 'Intensidad media (de 0 a 10)',
  'Times at {strong} or more': 'Veces con {strong} o más',
  Lately: 'Últimamente',
  'Words you used': 'Palabras que usaste',
};
