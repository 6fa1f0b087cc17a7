// The Spanish of the vault screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
// The passphrase lock: the locked and unlock screens, setting, changing and removing the lock.
export const VAULT: Record<string, string> = {
  // The locked screen and the unlock screen (LockedScreen.tsx, UnlockScreen.tsx).
  'Your journal is locked': 'Tu diario está bloqueado',
  'The lock screen could not load just now. Everything in your journal is safe and unchanged. Reload the page and try again.':
    'La pantalla de bloqueo no pudo cargarse en este momento. Todo lo que hay en tu diario está a salvo y sin cambios. Vuelve a cargar la página e inténtalo otra vez.',
  'That passphrase didn’t open your journal. Take your time and try again.':
    'Esa frase de acceso no abrió tu diario. Tómate tu tiempo e inténtalo otra vez.',
  'Your journal could not be opened just now. Everything in it is safe and unchanged. Reload the page and try again.':
    'No se pudo abrir tu diario en este momento. Todo lo que hay en él está a salvo y sin cambios. Vuelve a cargar la página e inténtalo otra vez.',
  Passphrase: 'Frase de acceso',
  Unlock: 'Desbloquear',
  'You can try again in 1 second.': 'Puedes intentarlo otra vez en 1 segundo.',
  'You can try again in {seconds} seconds.': 'Puedes intentarlo otra vez en {seconds} segundos.',
  'If you have forgotten your passphrase': 'Si olvidaste tu frase de acceso',
  'Without it, your journal cannot be opened, not even by Stepwork. If you exported a backup with its own passphrase, that backup is the way back to your words.':
    'Sin ella no se puede abrir tu diario; ni siquiera Stepwork puede hacerlo. Si exportaste una copia de seguridad con su propia frase de acceso, esa copia es el camino de vuelta a tus palabras.',
  'Take one slow breath. These need nothing from your journal; your people and your plan are there once it is open.':
    'Respira despacio una vez. Nada de esto necesita tu diario; tu gente y tu plan estarán ahí cuando lo abras.',
  'Ground yourself': 'Anclarte en el presente',

  // The lock's page in Settings (LockSettingsPage.tsx, AutoLockChoice.tsx).
  'With a lock, everything you write can only be opened with your passphrase. It does not hide that Stepwork is on this device, the dates and step numbers of what you wrote, or your screen from someone watching it.':
    'Con un bloqueo, todo lo que escribes solo se puede abrir con tu frase de acceso. No oculta que Stepwork está en este dispositivo, ni las fechas y los números de paso de lo que escribiste, ni tu pantalla a alguien que la esté mirando.',
  'Lock now': 'Bloquear ahora',
  'Lock by itself when it is not used': 'Bloquear automáticamente cuando no se usa',
  'Counts time without a touch or a key, and time the app spends out of sight. Or it can lock the moment you switch away.':
    'Cuenta el tiempo sin tocar la pantalla ni una tecla, y el tiempo que la app pasa fuera de la vista. O puede bloquearse en cuanto cambias a otra cosa.',
  'That choice could not be kept just now. The lock works as it did before; you can choose again.':
    'No se pudo guardar esa elección en este momento. El bloqueo funciona como antes; puedes elegir otra vez.',
  'As soon as I leave the app': 'En cuanto salga de la app',
  'Only when I lock it': 'Solo cuando yo lo bloquee',
  'After 1 minute': 'Después de 1 minuto',
  'After {minutes} minutes': 'Después de {minutes} minutos',

  // Setting a lock (SetLockForm.tsx).
  'Set a passphrase': 'Elegir una frase de acceso',
  'Before you choose one: if you forget your passphrase, your journal cannot be opened, not by you and not by Stepwork. There is no reset. An exported backup with its own passphrase is the way back, so keep one somewhere safe.':
    'Antes de elegirla: si olvidas tu frase de acceso, tu diario no se puede abrir; ni tú ni Stepwork pueden abrirlo. No hay forma de restablecerla. Una copia de seguridad exportada con su propia frase de acceso es el camino de vuelta, así que guarda una en un lugar seguro.',
  'At least {count} characters. A few words you will remember work well.':
    'Al menos {count} caracteres. Unas cuantas palabras que puedas recordar funcionan bien.',
  'Type it again': 'Escríbela otra vez',
  'I understand that without my passphrase my journal cannot be opened.':
    'Entiendo que sin mi frase de acceso no se puede abrir mi diario.',
  'Please read the note about a forgotten passphrase and tick the box first.':
    'Antes, lee la nota sobre una frase de acceso olvidada y marca la casilla.',
  'Setting the lock…': 'Poniendo el bloqueo…',
  'Set the lock': 'Poner el bloqueo',
  'The lock is set. From now on, your passphrase opens your journal.':
    'El bloqueo quedó puesto. A partir de ahora, tu frase de acceso abre tu diario.',

  // How strong a new passphrase is, and a suggestion (PassphraseGuidance.tsx).
  'This one is easy to guess: many people use it. A few everyday words you will remember are stronger — would you like a suggestion?':
    'Esta es fácil de adivinar: mucha gente la usa. Unas cuantas palabras cotidianas que puedas recordar son más seguras. ¿Quieres una sugerencia?',
  'This one is easy to guess. A few everyday words you will remember are stronger — would you like a suggestion?':
    'Esta es fácil de adivinar. Unas cuantas palabras cotidianas que puedas recordar son más seguras. ¿Quieres una sugerencia?',
  'This one is fair. A word or two more would make it stronger.':
    'Esta es aceptable. Una o dos palabras más la harían más segura.',
  'This one is strong: it would take a very long time to guess.':
    'Esta es segura: llevaría muchísimo tiempo adivinarla.',
  'The strength check could not load just now. Any passphrase of {count} characters or more still works.':
    'La revisión de seguridad no pudo cargarse en este momento. Cualquier frase de acceso de {count} caracteres o más sigue funcionando.',
  'Suggest a passphrase': 'Sugerir una frase de acceso',
  'Here are five everyday words, picked at random on this device:':
    'Aquí tienes cinco palabras cotidianas, elegidas al azar en este dispositivo:',
  'Each word comes from a list of {size}, so together they give about {bits} bits of randomness: very hard to guess, and easier to remember than a jumble of signs.':
    'Cada palabra sale de una lista de {size}, así que juntas suman unos {bits} bits de azar: muy difíciles de adivinar, y más fáciles de recordar que un revoltijo de signos.',
  'Use this passphrase': 'Usar esta frase de acceso',
  'Suggest other words': 'Sugerir otras palabras',
  'These words are in both passphrase fields now. Say them to yourself a few times, or write them down somewhere safe: you will need them to open your journal.':
    'Estas palabras ya están en los dos campos de la frase de acceso. Repítelas para ti unas cuantas veces, o anótalas en un lugar seguro: las vas a necesitar para abrir tu diario.',
  'A suggestion could not load just now. Please try again in a moment.':
    'No se pudo cargar una sugerencia en este momento. Puedes intentarlo otra vez en un momento.',

  // Changing and removing the lock (ChangeLockForms.tsx).
  'Change your passphrase': 'Cambiar tu frase de acceso',
  'Current passphrase': 'Frase de acceso actual',
  'New passphrase': 'Nueva frase de acceso',
  'Type the new one again': 'Escribe la nueva otra vez',
  'Changing…': 'Cambiando…',
  'Change passphrase': 'Cambiar la frase de acceso',
  'Your passphrase is changed. Use the new one from now on.':
    'Tu frase de acceso cambió. A partir de ahora, usa la nueva.',
  'Remove the lock': 'Quitar el bloqueo',
  'Your words stay sealed with a key kept on this device, but anyone who opens Stepwork here can read them.':
    'Tus palabras siguen selladas con una clave guardada en este dispositivo, pero cualquier persona que abra Stepwork aquí podrá leerlas.',
  'Passphrase to remove the lock': 'Frase de acceso para quitar el bloqueo',
  'Removing…': 'Quitando…',
  'The lock is off. Your journal opens on this device without a passphrase.':
    'Se quitó el bloqueo. Tu diario se abre en este dispositivo sin frase de acceso.',

  // Why a lock action did not go through (lockMessages.ts, lockRepo.ts, keyRepo.ts).
  'That is not the passphrase the lock was set with. Nothing was changed.':
    'Esa no es la frase de acceso con la que se puso el bloqueo. No se cambió nada.',
  'Please wait 1 second before trying again. Nothing was changed.':
    'Espera 1 segundo antes de intentarlo otra vez. No se cambió nada.',
  'Please wait {seconds} seconds before trying again. Nothing was changed.':
    'Espera {seconds} segundos antes de intentarlo otra vez. No se cambió nada.',
  'Something went wrong, and nothing was changed: your journal is safe as it was. Please try again.':
    'Algo salió mal y no se cambió nada: tu diario está a salvo, tal como estaba. Puedes intentarlo otra vez.',
  'The journal’s key is missing. Reload the page.':
    'Falta la clave del diario. Vuelve a cargar la página.',
  'No lock is set.': 'No hay ningún bloqueo puesto.',
  'A lock is already set.': 'Ya hay un bloqueo puesto.',
  'A passphrase needs at least {count} characters. A few words you will remember work well.':
    'Una frase de acceso necesita al menos {count} caracteres. Unas cuantas palabras que puedas recordar funcionan bien.',
  'The two passphrases are not the same. Please type them again.':
    'Las dos frases de acceso no son iguales. Puedes escribirlas otra vez.',
  'The lock was changed in another window. Nothing was changed here; please try again.':
    'El bloqueo se cambió en otra ventana. Aquí no se cambió nada; puedes intentarlo otra vez.',
};
