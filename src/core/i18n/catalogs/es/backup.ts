// The Spanish of the backup screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const BACKUP: Record<string, string> = {
  // Saving a backup (BackupPage, ExportForm, exportErrors)
  'A backup is one file with your whole journal in it. Keep it somewhere safe, away from this device, and you can bring your journal back on a new phone, or after the browser clears its storage.':
    'Una copia de seguridad es un solo archivo con todo tu diario dentro. Si la guardas en un lugar seguro, fuera de este dispositivo, puedes recuperar tu diario en un teléfono nuevo o después de que el navegador borre su almacenamiento.',
  'For reading and printing': 'Para leer e imprimir',
  'A Markdown file is plain text you can open, read and print anywhere. It cannot be brought back into Stepwork; use a backup for that.':
    'Un archivo Markdown es texto simple que puedes abrir, leer e imprimir en cualquier lugar. No se puede volver a traer a Stepwork; para eso está la copia de seguridad.',
  'Choose a passphrase of at least {count} characters for this backup.':
    'Elige una frase de acceso de al menos {count} caracteres para esta copia de seguridad.',
  'The two passphrases are not the same yet.': 'Las dos frases de acceso todavía no coinciden.',
  'Passphrase for this backup': 'Frase de acceso para esta copia de seguridad',
  'You will need it to open the backup. It can be different from your lock, and Stepwork cannot recover it for you.':
    'La vas a necesitar para abrir la copia de seguridad. Puede ser distinta de la de tu bloqueo, y Stepwork no puede recuperarla por ti.',
  'Save without a passphrase (not encrypted)': 'Guardar sin frase de acceso (sin cifrar)',
  'Without a passphrase, anyone who finds this file can read every word of your journal: on this device, in your downloads, or wherever you copy it. Keep it somewhere only you can open, or go back and choose a passphrase.':
    'Sin una frase de acceso, cualquier persona que encuentre este archivo puede leer cada palabra de tu diario: en este dispositivo, en tus descargas o dondequiera que lo copies. Guárdalo en un lugar que solo tú puedas abrir, o vuelve atrás y elige una frase de acceso.',
  'Choose where to save…': 'Elegir dónde guardarla…',
  'Gathering your journal:': 'Reuniendo tu diario:',
  '{done} of {total}': '{done} de {total}',
  'Your backup is saved, with 1 record, encrypted with your passphrase.':
    'Tu copia de seguridad está guardada, con 1 registro, cifrada con tu frase de acceso.',
  'Your backup is saved, with {count} records, encrypted with your passphrase.':
    'Tu copia de seguridad está guardada, con {count} registros, cifrada con tu frase de acceso.',
  'Your backup is saved, with 1 record, not encrypted.':
    'Tu copia de seguridad está guardada, con 1 registro, sin cifrar.',
  'Your backup is saved, with {count} records, not encrypted.':
    'Tu copia de seguridad está guardada, con {count} registros, sin cifrar.',
  '1 record could not be opened on this device and is not in the file; it is still here, untouched.':
    'No se pudo abrir 1 registro en este dispositivo y no está en el archivo; sigue aquí, intacto.',
  '{count} records could not be opened on this device and are not in the file; they are still here, untouched.':
    'No se pudieron abrir {count} registros en este dispositivo y no están en el archivo; siguen aquí, intactos.',
  'Your journal locked before the backup was made. Unlock it and try again. Nothing was changed.':
    'Tu diario se bloqueó antes de que se hiciera la copia de seguridad. Desbloquéalo y vuelve a intentarlo. No se cambió nada.',
  'The device is out of space, so the backup file could not be made. Free some space and try again. Your journal is untouched.':
    'El dispositivo se quedó sin espacio, así que no se pudo crear el archivo de la copia de seguridad. Libera algo de espacio y vuelve a intentarlo. Tu diario sigue intacto.',
  'The backup could not be saved just now. Your journal is untouched. Please try again; if it keeps happening, restarting the browser often helps.':
    'No se pudo guardar la copia de seguridad en este momento. Tu diario sigue intacto. Vuelve a intentarlo, por favor; si sigue pasando, reiniciar el navegador suele ayudar.',

  // The Markdown file (MarkdownForm)
  Everything: 'Todo',
  'One step’s work, with its inventory, amends or check-ins where it has them':
    'El trabajo de un paso, con su inventario, sus reparaciones o sus registros diarios cuando los tiene',
  'Entries I choose': 'Las entradas que yo elija',
  'What to put in the file': 'Qué poner en el archivo',
  Entries: 'Entradas',
  Untitled: 'Sin título',
  'Save as Markdown': 'Guardar como Markdown',
  'Gathering your words:': 'Reuniendo tus palabras:',
  'Choose at least one entry first.': 'Primero elige al menos una entrada.',
  'Your Markdown file is saved. It is not encrypted: keep it somewhere private.':
    'Tu archivo Markdown está guardado. No está cifrado: guárdalo en un lugar privado.',

  // Refusing a backup file (importErrors)
  'Your journal on this device has not been changed.':
    'Tu diario en este dispositivo sigue tal como estaba.',
  'This file is not a Stepwork backup: it is not a data file Stepwork can read. Choose the file that ends in .json that Stepwork saved for you.':
    'Este archivo no es una copia de seguridad de Stepwork: no es un archivo de datos que Stepwork pueda leer. Elige el archivo terminado en .json que Stepwork guardó para ti.',
  'This backup file stops part-way through, so it looks cut short (perhaps a download or copy did not finish). Try saving or copying it again.':
    'Este archivo de copia de seguridad se interrumpe a mitad de camino, así que parece incompleto (quizás una descarga o una copia no terminó). Intenta guardarlo o copiarlo de nuevo.',
  'This file is not a Stepwork backup. Choose a file Stepwork saved with “Save a backup”.':
    'Este archivo no es una copia de seguridad de Stepwork. Elige un archivo que Stepwork haya guardado con “Guardar una copia de seguridad”.',
  'This backup was made by a newer Stepwork than this one. Reload Stepwork to get the newest version, then try again.':
    'Esta copia de seguridad se hizo con una versión de Stepwork más nueva que esta. Vuelve a cargar Stepwork para tener la versión más reciente y luego inténtalo de nuevo.',
  'That passphrase did not open this backup. Check the passphrase you chose when you saved it, and try again.':
    'Esa frase de acceso no abrió esta copia de seguridad. Revisa la frase de acceso que elegiste al guardarla y vuelve a intentarlo.',
  'Your passphrase opened this backup, but part of the file has been changed or damaged since it was saved, so none of it was brought in.':
    'Tu frase de acceso abrió esta copia de seguridad, pero una parte del archivo cambió o se dañó después de guardarse, así que no se trajo nada de ella.',
  'Part of this backup is missing or not the kind of data Stepwork expects, so none of it was brought in.':
    'A esta copia de seguridad le falta una parte, o una parte no es el tipo de datos que Stepwork espera, así que no se trajo nada de ella.',
  'This backup is larger than the space this device has for Stepwork. Free some space on the device, then try again.':
    'Esta copia de seguridad ocupa más que el espacio que este dispositivo tiene para Stepwork. Libera algo de espacio en el dispositivo y luego vuelve a intentarlo.',
  'This file contains names Stepwork never writes (such as “__proto__” or “constructor”), so it was not brought in. It may have been changed outside Stepwork.':
    'Este archivo contiene nombres que Stepwork nunca escribe (como “__proto__” o “constructor”), así que no se trajo. Puede que lo hayan cambiado fuera de Stepwork.',
  'Your journal changed while the backup was being brought in, so nothing was brought in. Please try again.':
    'Tu diario cambió mientras se traía la copia de seguridad, así que no se trajo nada. Vuelve a intentarlo, por favor.',
  'Your journal locked before the backup was brought in. Unlock it and try again.':
    'Tu diario se bloqueó antes de que se trajera la copia de seguridad. Desbloquéalo y vuelve a intentarlo.',
  'The problem is here: {detail}.': 'El problema está aquí: {detail}.',
  // Bringing in a backup (ImportPage, ImportPreview, PreviewStep, ConflictChoices, ImportResult)
  'Something went wrong while reading this backup, so none of it was brought in. Your journal on this device has not been changed. Please try again.':
    'Algo salió mal al leer esta copia de seguridad, así que no se trajo nada de ella. Tu diario en este dispositivo sigue tal como estaba. Vuelve a intentarlo, por favor.',
  'Stepwork checks the whole file before it changes anything. Nothing is brought in until you have seen what is in it and said yes.':
    'Stepwork revisa todo el archivo antes de cambiar nada. No se trae nada hasta que hayas visto lo que contiene y digas que sí.',
  'Backup file': 'Archivo de copia de seguridad',
  'Checking the file…': 'Revisando el archivo…',
  'This backup is encrypted. Type the passphrase you chose when you saved it.':
    'Esta copia de seguridad está cifrada. Escribe la frase de acceso que elegiste al guardarla.',
  'Backup passphrase': 'Frase de acceso de la copia de seguridad',
  'Open the backup': 'Abrir la copia de seguridad',
  'Bringing in your journal:': 'Trayendo tu diario:',
  'What is in this backup': 'Qué hay en esta copia de seguridad',
  'Saved on {saved}, with 1 record, written between {from} and {to}.':
    'Se guardó el {saved}, con 1 registro, escrito entre el {from} y el {to}.',
  'Saved on {saved}, with {count} records, written between {from} and {to}.':
    'Se guardó el {saved}, con {count} registros, escritos entre el {from} y el {to}.',
  'Saved on {saved}, with 1 record, written on {from}.':
    'Se guardó el {saved}, con 1 registro, escrito el {from}.',
  'Saved on {saved}, with {count} records, written on {from}.':
    'Se guardó el {saved}, con {count} registros, escritos el {from}.',
  'Saved on {saved}, with 1 record.': 'Se guardó el {saved}, con 1 registro.',
  'Saved on {saved}, with {count} records.': 'Se guardó el {saved}, con {count} registros.',
  '1 is already on this device, word for word.':
    '1 ya está en este dispositivo, palabra por palabra.',
  '{count} are already on this device, word for word.':
    '{count} ya están en este dispositivo, palabra por palabra.',
  '1 is here with different words: nothing here is replaced unless you choose it below.':
    '1 está aquí con otras palabras: nada de lo que hay aquí se reemplaza a menos que lo elijas más abajo.',
  '{count} are here with different words: nothing here is replaced unless you choose it below.':
    '{count} están aquí con otras palabras: nada de lo que hay aquí se reemplaza a menos que lo elijas más abajo.',
  'Records in the backup, by kind': 'Registros de la copia de seguridad, por tipo',
  Kind: 'Tipo',
  'In the file': 'En el archivo',
  'Already here': 'Ya están aquí',
  New: 'Nuevos',
  'Different here': 'Distintos aquí',
  'How to bring it in': 'Cómo traerla',
  'Add to this journal. Records already here are skipped, and nothing here is replaced unless you choose it below.':
    'Agregarla a este diario. Los registros que ya están aquí se omiten, y nada de lo que hay aquí se reemplaza a menos que lo elijas más abajo.',
  'Replace this journal with the backup. Everything written here now is removed.':
    'Reemplazar este diario con la copia de seguridad. Todo lo que está escrito aquí ahora se borra.',
  'Before replacing: a backup of this journal':
    'Antes de reemplazar: una copia de seguridad de este diario',
  'This device holds 1 record that replacing would remove. Would you like to save it first?':
    'Este dispositivo tiene 1 registro que se borraría al reemplazar. ¿Te gustaría guardarlo primero?',
  'This device holds {count} records that replacing would remove. Would you like to save them first?':
    'Este dispositivo tiene {count} registros que se borrarían al reemplazar. ¿Te gustaría guardarlos primero?',
  'Replace my journal with this backup': 'Reemplazar mi diario con esta copia de seguridad',
  'Bring in the backup': 'Traer la copia de seguridad',
  '1 record is here with different words': '1 registro está aquí con otras palabras',
  '{count} records are here with different words':
    '{count} registros están aquí con otras palabras',
  'Nothing here is replaced unless you choose it. What would you like to do with it?':
    'Nada de lo que hay aquí se reemplaza a menos que tú lo elijas. ¿Qué te gustaría hacer con ese registro?',
  'Nothing here is replaced unless you choose it. What would you like to do with them?':
    'Nada de lo que hay aquí se reemplaza a menos que tú lo elijas. ¿Qué te gustaría hacer con esos registros?',
  'Keep what is here. The backup’s version is left out.':
    'Conservar lo que está aquí. La versión de la copia de seguridad se queda fuera.',
  'Keep both side by side, where there can be two. A day’s check-in, a step’s progress, a goal’s log for a day, and plans such as your safety plan exist once, so for those what is here stays.':
    'Conservar las dos, una al lado de la otra, donde puede haber dos. El registro diario de un día, el avance de un paso, las anotaciones de una meta en un día y los planes como tu plan de seguridad existen una sola vez, así que en esos casos se queda lo que está aquí.',
  'Take whichever was changed last: where the backup’s is newer, it replaces the one here.':
    'Tomar la que se cambió por última vez: donde la de la copia de seguridad es más reciente, reemplaza a la de aquí.',
  'Or choose for each one:': 'O elige para cada uno:',
  'Your choice above applies to all {count} of them.':
    'Lo que elijas arriba se aplica a los {count}.',
  'The backup’s version was changed later.':
    'La versión de la copia de seguridad se cambió después.',
  'Both were changed at the same time.': 'Las dos se cambiaron al mismo tiempo.',
  'The version here was changed later.': 'La versión de aquí se cambió después.',
  'Keep what is here': 'Conservar lo que está aquí',
  'Keep both side by side': 'Conservar las dos, una al lado de la otra',
  'Take the backup’s newer version': 'Tomar la versión más reciente de la copia de seguridad',
  'Your journal now holds the backup: 1 record.':
    'Tu diario ahora contiene la copia de seguridad: 1 registro.',
  'Your journal now holds the backup: {count} records.':
    'Tu diario ahora contiene la copia de seguridad: {count} registros.',
  'Everything in the backup was already here. Nothing needed to change.':
    'Todo lo que hay en la copia de seguridad ya estaba aquí. No hizo falta cambiar nada.',
  '1 record was added to your journal.': 'Se agregó 1 registro a tu diario.',
  '{count} records were added to your journal.': 'Se agregaron {count} registros a tu diario.',
  '1 record from the backup was kept side by side with the one here.':
    '1 registro de la copia de seguridad se conservó al lado del que está aquí.',
  '{count} records from the backup were kept side by side with the ones here.':
    '{count} registros de la copia de seguridad se conservaron al lado de los que están aquí.',
  '1 record here was replaced by the backup’s newer version, as you chose.':
    '1 registro de aquí se reemplazó por la versión más reciente de la copia de seguridad, como elegiste.',
  '{count} records here were replaced by the backup’s newer version, as you chose.':
    '{count} registros de aquí se reemplazaron por la versión más reciente de la copia de seguridad, como elegiste.',
  '1 record with different words stayed as it is here.':
    '1 registro con otras palabras se quedó aquí tal como está.',
  '{count} records with different words stayed as they are here.':
    '{count} registros con otras palabras se quedaron aquí tal como están.',
  'Nothing was added to your journal.': 'No se agregó nada a tu diario.',
  '1 setting was changed, as you chose.': 'Se cambió 1 ajuste, como elegiste.',
  '{count} settings were changed, as you chose.': 'Se cambiaron {count} ajustes, como elegiste.',
  '1 setting in the backup was left out; yours stays as it is.':
    '1 ajuste de la copia de seguridad se dejó fuera; el tuyo sigue como está.',
  '{count} settings in the backup were left out; yours stay as they are.':
    '{count} ajustes de la copia de seguridad se dejaron fuera; los tuyos siguen como están.',
  'Go to your journal': 'Ir a tu diario',

  // Settings a backup carries (SettingChoices, portableSettings)
  'Settings in the backup that differ from this device':
    'Ajustes de la copia de seguridad distintos de los de este dispositivo',
  'Your settings here stay as they are unless you tick one.':
    'Tus ajustes de aquí siguen como están a menos que marques alguno.',
  'Use the backup’s setting: {setting}.': 'Usar el ajuste de la copia de seguridad: {setting}.',
  'On this device now: {setting}.': 'Ahora en este dispositivo: {setting}.',
  'This hides the crisis lines from Help now.': 'Esto oculta las líneas de crisis en Ayuda ahora.',
  'This shows the start of what you wrote on Today, where anyone who glances at the phone could read it.':
    'Esto muestra en Hoy el comienzo de lo que escribiste, donde cualquier persona que mire tu teléfono podría leerlo.',
  'This brings what you wrote a year ago onto Today, which you may not want to meet unasked.':
    'Esto trae a Hoy lo que escribiste hace un año, y quizás no quieras encontrártelo sin haberlo pedido.',
  'This lets your journal stay open longer without a touch.':
    'Esto deja tu diario abierto más tiempo sin que lo toques.',
  'Auto-lock: off, only when you lock it':
    'Bloqueo automático: apagado, solo cuando tú lo bloquees',
  'Auto-lock: as soon as you leave the app': 'Bloqueo automático: en cuanto salgas de la app',
  'Auto-lock: after 1 minute': 'Bloqueo automático: después de 1 minuto',
  'Auto-lock: after {count} minutes': 'Bloqueo automático: después de {count} minutos',
  'Crisis lines: hidden': 'Líneas de crisis: ocultas',
  'Crisis lines: shown': 'Líneas de crisis: visibles',
  'Recovery days: counted': 'Días de recuperación: se cuentan',
  'Recovery days: not counted': 'Días de recuperación: no se cuentan',
  'Milestones: shown': 'Hitos: visibles',
  'Milestones: not shown': 'Hitos: ocultos',
  'Today: shows the start of your writing': 'Hoy: muestra el comienzo de lo que escribes',
  'Today: shows none of your words': 'Hoy: no muestra nada de lo que escribes',
  'On this day: Today offers what you wrote a year ago':
    'Un día como hoy: Hoy te ofrece lo que escribiste hace un año',
  'On this day: off': 'Un día como hoy: apagado',
  'Backup reminder: never': 'Recordatorio de copia de seguridad: nunca',
  'Backup reminder: after {count} days':
    'Recordatorio de copia de seguridad: después de {count} días',
  'Calendar reminder time: {time}': 'Hora del recordatorio en el calendario: {time}',

  // Kinds of record, and each record's name in the preview (format, recordKinds)
  'Journal entries': 'Entradas del diario',
  'Step progress': 'Avance en los pasos',
  'Emotion inventories': 'Inventarios de emociones',
  'Resentment, fear and harm rows': 'Filas de resentimientos, miedos y daños',
  'Amends list': 'Lista de reparaciones',
  Letters: 'Cartas',
  'Trusted contacts': 'Contactos de confianza',
  'Check-ins': 'Registros diarios',
  'Goal notes': 'Anotaciones de las metas',
  'Plans and worksheets': 'Planes y hojas de trabajo',
  'Your safety plan': 'Tu plan de seguridad',
  'Amends to yourself: forgiving yourself': 'Reparar contigo: perdonarte a ti',
  'Your own crisis lines': 'Tus propias líneas de crisis',
  'Talks with your people': 'Conversaciones con tu gente',
  'A letter to yourself, {date}': 'Una carta para ti, {date}',
  'A commitment of care, {date}': 'Un compromiso de cuidado, {date}',
  'A care check-in, {date}': 'Un registro de cuidado, {date}',
  'Your worksheet for step {step}: {title}': 'Tu hoja de trabajo del paso {step}: {title}',
  'A worksheet of a step exercise': 'Una hoja de trabajo de un ejercicio de los pasos',
  'A resentment row, {date}': 'Una fila de resentimientos, {date}',
  'A fear row, {date}': 'Una fila de miedos, {date}',
  'A harm row, {date}': 'Una fila de daños, {date}',
  'An inventory row, {date}': 'Una fila del inventario, {date}',
  'A journal entry, {date}': 'Una entrada del diario, {date}',
  'Your progress on step {step}': 'Tu avance en el paso {step}',
  'An emotion inventory, {date}': 'Un inventario de emociones, {date}',
  'An amends list item, added {date}':
    'Un elemento de la lista de reparaciones, agregado el {date}',
  'A letter, started {date}': 'Una carta, empezada el {date}',
  'A trusted contact, added {date}': 'Un contacto de confianza, agregado el {date}',
  'Your check-in for {date}': 'Tu registro del {date}',
  'A goal, started {date}': 'Una meta, empezada el {date}',
  'A goal’s log for {date}': 'Las anotaciones de una meta del {date}',
  'A plan or worksheet, started {date}': 'Un plan o una hoja de trabajo, empezado el {date}',

  // Where a refused file is wrong (parseBackup, portableSettings), after “The problem is here:”
  'the top of the file': 'el comienzo del archivo',
  'record {number}': 'registro {number}',
  'it is nested too deeply': 'tiene demasiados niveles, uno dentro de otro',
  'a piece of text is far longer than Stepwork ever saves':
    'un texto es mucho más largo que cualquiera que Stepwork guarde',
  'a number is out of range': 'un número está fuera de rango',
  '{kind}: two records share one id': '{kind}: dos registros tienen el mismo identificador',
  '{kind}: two records for {what}': '{kind}: dos registros para {what}',
  'one goal on {day}': 'una misma meta el {day}',
  'a released letter keeps no words': 'una carta que ya se soltó no guarda palabras',
  'Stepwork does not write this kind of record': 'Stepwork no escribe este tipo de registro',
  'the words are not in the shape Stepwork writes':
    'las palabras no tienen la forma en que Stepwork las escribe',
  'it appears twice': 'aparece dos veces',
  'it should be {expected}': 'Stepwork espera {expected}',
  'true or false': 'true o false',
  '{choices} minutes, or 0 for only when you lock it, or {left} for as soon as you leave the app':
    '{choices} minutos, o 0 para que solo se bloquee cuando tú lo bloquees, o {left} para que se bloquee en cuanto salgas de la app',
  '{choices} days, or 0 for never': '{choices} días, o 0 para nunca',
  'a time of day such as 20:30': 'una hora del día, como 20:30',
  // Storage on this device (StoragePage)
  'Is your journal kept for good?': '¿Tu diario se guarda de forma permanente?',
  'Asking the browser…': 'Preguntándole al navegador…',
  'Yes. The browser has promised to keep your journal, even when space runs low.':
    'Sí. El navegador prometió conservar tu diario, aunque quede poco espacio.',
  'Not promised yet (best effort). The browser keeps your journal, but it may clear it if the device runs very low on space.':
    'Todavía no está prometido (el navegador hace lo posible). El navegador conserva tu diario, pero podría borrarlo si al dispositivo le queda muy poco espacio.',
  'Ask the browser to keep it': 'Pedirle al navegador que lo conserve',
  'The browser will keep your journal even when space runs low.':
    'El navegador va a conservar tu diario aunque quede poco espacio.',
  'The browser did not promise this time. Browsers often decide by how much you use a site, or whether it is on your home screen. Regular backups keep your journal safe either way.':
    'Esta vez el navegador no lo prometió. Los navegadores suelen decidirlo según cuánto usas un sitio, o si está en tu pantalla de inicio. Guardar copias de seguridad con frecuencia mantiene tu diario a salvo de todos modos.',
  'On Safari, and on every browser on iPhone and iPad, a site’s storage can be cleared after seven days without a visit. Adding Stepwork to your home screen (Share, then “Add to Home Screen”) keeps it from being cleared that way. A backup keeps it safe either way.':
    'En Safari, y en todos los navegadores de iPhone y iPad, el almacenamiento de un sitio se puede borrar después de siete días sin visitarlo. Agregar Stepwork a tu pantalla de inicio (Compartir y luego “Agregar a pantalla de inicio”) evita que se borre de esa forma. Una copia de seguridad lo mantiene a salvo de todos modos.',
  Space: 'Espacio',
  'Stepwork uses about {used} of the {quota} this browser allows it ({free} free).':
    'Stepwork usa unos {used} de los {quota} que este navegador le permite ({free} libres).',
  'This browser does not say how much space is used.':
    'Este navegador no indica cuánto espacio se usa.',
  'What is stored': 'Qué está guardado',
  'Records on this device, by kind': 'Registros en este dispositivo, por tipo',
  Backups: 'Copias de seguridad',
  'Remind me to save a backup after': 'Recordarme guardar una copia de seguridad después de',
  'Never remind me': 'No recordármelo nunca',

  // A daily reminder in the person's calendar (ReminderPage, ics)
  'A daily reminder': 'Un recordatorio diario',
  'Stepwork has no server and sends no notifications. Instead, it can make a small calendar file with a daily “{title}” at a time you choose. Add it to your own calendar, and the calendar reminds you. Nothing about your journal is in the file, and unless you choose otherwise, not the app’s name either.':
    'Stepwork no tiene servidor y no envía notificaciones. En cambio, puede crear un pequeño archivo de calendario con un “{title}” cada día, a la hora que elijas. Agrégalo a tu propio calendario, y el calendario te lo recordará. En el archivo no hay nada de tu diario y, a menos que elijas otra cosa, tampoco el nombre de la app.',
  'Time of the reminder': 'Hora del recordatorio',
  'Name Stepwork in the calendar': 'Poner el nombre de Stepwork en el calendario',
  'Save the calendar file': 'Guardar el archivo de calendario',
  'The calendar file is saved. Open it to add “{title}” to your calendar; your calendar will remind you each day. You can change or remove it there at any time.':
    'El archivo de calendario está guardado. Ábrelo para agregar “{title}” a tu calendario; tu calendario te lo recordará cada día. Puedes cambiarlo o quitarlo ahí cuando quieras.',
  'Choose a time, like 20:30, and try again.': 'Elige una hora, como 20:30, y vuelve a intentarlo.',
  'Evening check-in': 'Registro de la noche',
  'A few quiet minutes for yourself, when you are ready.':
    'Unos minutos tranquilos para ti, cuando quieras.',
  'A few quiet minutes with Stepwork, when you are ready.':
    'Unos minutos tranquilos con Stepwork, cuando quieras.',
  // The exported document, also the reading view's (markdown.ts, document/): the person's own
  // document, so its labels speak in the first person.
  'My Stepwork journal': 'Mi diario de Stepwork',
  'Saved {date}. Private: keep this file somewhere only you can open.':
    'Guardado el {date}. Privado: guarda este archivo en un lugar que solo tú puedas abrir.',
  'Chosen entries': 'Entradas elegidas',
  'Step {step}: my work': 'Paso {step}: mi trabajo',
  'Where I am': 'Dónde estoy',
  Worksheets: 'Hojas de trabajo',
  'Where I am with each step': 'Dónde estoy en cada paso',
  'Step worksheets': 'Hojas de trabajo de los pasos',
  'Letters to myself': 'Cartas para mí',
  Accountability: 'Responsabilidad',
  'Daily check-ins': 'Registros diarios',
  'Crisis lines I added': 'Líneas de crisis que agregué',
  'Talks with my people': 'Conversaciones con mi gente',
  'Mood: {mood}': 'Ánimo: {mood}',
  'Written for the prompt': 'Escrito para la pregunta',
  Tags: 'Etiquetas',
  'Not finished yet': 'Todavía sin terminar',
  'What I felt, and how strongly': 'Lo que sentí, y con qué fuerza',
  '{feeling} (strength not set)': '{feeling} (sin fuerza indicada)',
  'Where I felt it in my body': 'Dónde lo sentí en mi cuerpo',
  'What I thought': 'Lo que pensé',
  'Needs I chose': 'Necesidades que elegí',
  'What I needed': 'Lo que necesitaba',
  'One kind thing I could do for myself': 'Algo amable que podría hacer por mí',
  'This was done to me. It was not my fault, and there is no part of mine to name.':
    'Esto me lo hicieron a mí. No fue mi culpa, y no hay ninguna parte mía que nombrar.',
  'What it touched in me': 'Lo que tocó en mí',
  'Kind of amends': 'Tipo de reparación',
  'How willing I am': 'Mi disposición',
  'Where it stands': 'En qué punto está',
  'A letter to {name}': 'Una carta para {name}',
  'A letter to someone not named yet': 'Una carta para alguien todavía sin nombre',
  'A note for myself': 'Una nota para mí',
  'Check-in, {date}': 'Registro del {date}',
  'How I felt': 'Cómo me sentí',
  'HALT: I was': 'HALT: sentía',
  'Cravings or urges': 'Ganas de consumir o impulsos',
  'What set them off': 'Qué las detonó',
  'Grateful for': 'Agradezco',
  'What went well today': 'Lo que salió bien hoy',
  'Where I was hurt, or hurtful': 'Dónde me hirieron, o herí a alguien',
  'What I would do differently': 'Lo que haría de otra manera',
  'Anything to set right': 'Algo que reparar',
  'What helped in a hard moment': 'Lo que me ayudó en un momento difícil',
  'A goal not named yet': 'Una meta todavía sin nombre',
  'Why it matters to me': 'Por qué me importa',
  'A victory, {date}': 'Una victoria, {date}',
  'My sponsor': 'La persona que me apadrina',
  'My mentor': 'Mi guía',
  'My accountability partner': 'La persona con quien rindo cuentas',
  'Someone not named yet': 'Alguien todavía sin nombre',
  'Who they are to me': 'Quién es para mí',
  'In my recovery': 'En mi recuperación',
  Phone: 'Teléfono',
  'A meeting not named yet': 'Una reunión todavía sin nombre',
  How: 'Cómo',
  When: 'Cuándo',
  'Where or how to join': 'Dónde o cómo unirme',
  'I went to a meeting': 'Fui a una reunión',
  Meeting: 'Reunión',
  'A meeting not named': 'Una reunión sin nombre',
  'What I heard or shared': 'Lo que escuché o compartí',
  'A line not named yet': 'Una línea todavía sin nombre',
  'Counting from': 'Contando desde',
  'A slip, {date}': 'Un desliz, {date}',
  'Noted with care.': 'Anotado con cuidado.',
  'A commitment of care': 'Un compromiso de cuidado',
  'What I will do for myself': 'Lo que voy a hacer por mí',
  'I talked with {name}': 'Hablé con {name}',
  'I talked with someone': 'Hablé con alguien',
  // A talk saved without a name, which the safety tools store as 'Someone'
  'I talked with Someone': 'Hablé con alguien',
  // The kind of file named in the browser's save dialog (download.ts)
  'Stepwork file': 'Archivo de Stepwork',
};
