// The Spanish of the backup screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
export const BACKUP: Record<string, string> = {
  // Saving a backup (BackupPage, ExportForm, exportErrors)
  'Save a backup': 'Guardar una copia de seguridad',
  'A backup is one file with your whole journal in it. Keep it somewhere safe, away from this device, and you can bring your journal back on a new phone, or after the browser clears its storage.':
    'Una copia de seguridad es un solo archivo con todo tu diario dentro. Si la guardas en un lugar seguro, fuera de este dispositivo, puedes recuperar tu diario en un teléfono nuevo o después de que el navegador borre su almacenamiento.',
  'For reading and printing': 'Para leer e imprimir',
  'A Markdown file is plain text you can open, read and print anywhere. It cannot be brought back into Stepwork; use a backup for that.':
    'Un archivo Markdown es texto simple que puedes abrir, leer e imprimir en cualquier lugar. No se puede volver a traer a Stepwork; para eso está la copia de seguridad.',
  'Bring in a backup': 'Traer una copia de seguridad',
  'Choose a passphrase of at least {count} characters for this backup.':
    'Elige una frase de acceso de al menos {count} caracteres para esta copia de seguridad.',
  'The two passphrases are not the same yet.': 'Las dos frases de acceso todavía no coinciden.',
  'Passphrase for this backup': 'Frase de acceso para esta copia de seguridad',
  'You will need it to open the backup. It can be different from your lock, and Stepwork cannot recover it for you.':
    'La vas a necesitar para abrir la copia de seguridad. Puede ser distinta de la de tu bloqueo, y Stepwork no puede recuperarla por ti.',
  'Type it again': 'Escríbela otra vez',
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
  Step: 'Paso',
  'Step {step}': 'Paso {step}',
  Entries: 'Entradas',
  'Opening your entries…': 'Abriendo tus entradas…',
  'There are no entries yet.': 'Todavía no hay entradas.',
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
};
