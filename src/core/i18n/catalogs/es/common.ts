// The Spanish of the common screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
// The app's frame when something goes wrong, the shared controls of src/ui, and the save errors
// every editor shows (src/lib/errors.ts, src/lib/limits.ts, src/core/sealedStore.ts).
export const COMMON: Record<string, string> = {
  // While a screen's code arrives (App.tsx) and while the journal opens (the unlock screen).
  'Opening…': 'Abriendo…',

  // A screen that broke (ErrorBoundary.tsx).
  'This screen ran into a problem': 'Esta pantalla tuvo un problema',
  'Everything you saved is still safe on this device. The screen itself stopped working, not your journal.':
    'Todo lo que guardaste sigue a salvo en este dispositivo. Lo que dejó de funcionar fue la pantalla, no tu diario.',
  'Try again': 'Intentar otra vez',
  'Start again from Today': 'Volver a empezar desde Hoy',
  'Your journal': 'Tu diario',

  // The journal could not open (DbFailure.tsx).
  'Stepwork is open in another tab': 'Stepwork está abierto en otra pestaña',
  'An older copy of Stepwork is still open in another tab or window, and it needs to close before this one can open your journal.':
    'Una versión anterior de Stepwork sigue abierta en otra pestaña o ventana, y tiene que cerrarse para que esta pueda abrir tu diario.',
  'Close the other tab. This one will carry on by itself. Nothing has been lost.':
    'Cierra la otra pestaña. Esta seguirá por sí sola. No se perdió nada.',
  'A newer Stepwork opened in another tab': 'Se abrió un Stepwork más nuevo en otra pestaña',
  'Another tab updated Stepwork, so this tab stepped aside to keep your journal safe.':
    'Otra pestaña actualizó Stepwork, así que esta se hizo a un lado para mantener tu diario a salvo.',
  'Reload this tab to keep going. Everything you saved is still there.':
    'Vuelve a cargar esta pestaña para seguir. Todo lo que guardaste sigue ahí.',
  'This browser is not letting Stepwork keep a journal':
    'Este navegador no deja que Stepwork guarde un diario',
  'Stepwork keeps your journal in this browser’s storage, and the browser refused to open it. This often happens in a private or incognito window, or when site storage is turned off.':
    'Stepwork guarda tu diario en el almacenamiento de este navegador, y el navegador no permitió abrirlo. Esto suele pasar en una ventana privada o de incógnito, o cuando el almacenamiento de sitios está desactivado.',
  'Try a normal window, or allow site storage for Stepwork in the browser’s settings.':
    'Prueba con una ventana normal, o permite el almacenamiento de sitios para Stepwork en la configuración del navegador.',
  'Your journal was saved by a newer Stepwork': 'Tu diario lo guardó un Stepwork más nuevo',
  'This copy of Stepwork is older than the one that last saved your journal, so it will not open it rather than risk changing it.':
    'Esta versión de Stepwork es anterior a la que guardó tu diario por última vez, así que prefiere no abrirlo antes que arriesgarse a cambiarlo.',
  'Reload to get the newest version. Your journal is untouched.':
    'Vuelve a cargar la página para tener la versión más nueva. Tu diario sigue intacto.',
  'This device is out of space': 'Este dispositivo se quedó sin espacio',
  'Stepwork could not open your journal because the device has no storage space left.':
    'Stepwork no pudo abrir tu diario porque al dispositivo no le queda espacio de almacenamiento.',
  'Your saved writing has not been deleted. Free some space on the device, then reload.':
    'Lo que escribiste y guardaste no se borró. Libera algo de espacio en el dispositivo y luego vuelve a cargar la página.',
  'Stepwork could not update your journal': 'Stepwork no pudo actualizar tu diario',
  'This version of Stepwork needed to change how your journal is stored, and the change did not work. It was undone, so your journal is exactly as it was before.':
    'Esta versión de Stepwork necesitaba cambiar la forma en que se guarda tu diario, y el cambio no funcionó. Se deshizo, así que tu diario está exactamente como estaba.',
  'Reload to try again. If it keeps happening, the next update of Stepwork may fix it; your journal stays safe until then.':
    'Vuelve a cargar la página para intentarlo otra vez. Si sigue pasando, es posible que la próxima actualización de Stepwork lo arregle; mientras tanto, tu diario sigue a salvo.',
  'Stepwork could not open your journal': 'Stepwork no pudo abrir tu diario',
  'Something went wrong while opening your journal. What you saved before is still stored on this device.':
    'Algo salió mal al abrir tu diario. Lo que guardaste antes sigue en este dispositivo.',
  'Reload to try again. If it keeps happening, restarting the browser often helps.':
    'Vuelve a cargar la página para intentarlo otra vez. Si sigue pasando, suele ayudar reiniciar el navegador.',
  Reload: 'Volver a cargar',

  // A new version (UpdatePrompt.tsx).
  'A new version is ready. Your writing is saved first.':
    'Hay una versión nueva lista. Primero se guarda lo que escribiste.',
  'The update could not start just now. Your writing is saved and this version keeps working. You can try again, or update later.':
    'La actualización no pudo empezar en este momento. Lo que escribiste está guardado y esta versión sigue funcionando. Puedes intentarlo otra vez, o actualizar más tarde.',
  'Update now': 'Actualizar ahora',
  Later: 'Más tarde',

  // A screen that does not exist (NotFoundPage.tsx).
  'Nothing here': 'Aquí no hay nada',
  'This page does not exist in Stepwork. Your journal is safe.':
    'Esta página no existe en Stepwork. Tu diario está a salvo.',
  'Go to Today': 'Ir a Hoy',

  // Taking something off a list, deleting for good (ConfirmRemove.tsx, DeleteForGood.tsx).
  'It could not be removed just now. It is still here; you can try again.':
    'No se pudo quitar en este momento. Sigue aquí; puedes intentarlo otra vez.',
  Keep: 'Conservar',
  'It could not be deleted just now. Nothing has changed; you can try again.':
    'No se pudo borrar en este momento. Nada cambió; puedes intentarlo otra vez.',
  '{label}?': '¿{label}?',
  'It cannot be brought back.': 'No se puede recuperar.',
  'Delete for good': 'Borrar para siempre',
  'Keep it': 'Conservar',

  // Small forms (FormParts.tsx) and a box's room (LimitNote.tsx).
  'A short note is plenty here.': 'Aquí basta con una nota breve.',
  Save: 'Guardar',
  Cancel: 'Cancelar',
  'Your journal has room for more.': 'Tu diario tiene espacio para más.',
  'A journal entry has room for more.': 'Una entrada del diario tiene espacio para más.',
  '{length} of {max} characters': '{length} de {max} caracteres',
  '{length} of {max} characters. Only the first {max} can be kept; shortening it keeps the rest.':
    '{length} de {max} caracteres. Solo se pueden guardar los primeros {max}; si acortas el texto, se guarda completo.',
  '{length} of {max} characters. This box is full. {more}':
    '{length} de {max} caracteres. Este cuadro está lleno. {more}',
  'This box is over its limit of {max} characters.':
    'Este cuadro pasa de su límite de {max} caracteres.',
  'This box is full. {more}': 'Este cuadro está lleno. {more}',
  'This box is nearly full: it holds up to {max} characters.':
    'Este cuadro está casi lleno: admite hasta {max} caracteres.',

  // Where an editor's words stand (SaveLine.tsx, CopyWords.tsx).
  'Saves as you write': 'Se guarda mientras escribes',
  'Saving…': 'Guardando…',
  'Saved on this device': 'Guardado en este dispositivo',
  'Not saved': 'Sin guardar',
  'Not saved yet': 'Aún sin guardar',
  '1 word': '1 palabra',
  '{count} words': '{count} palabras',
  'Copy my words': 'Copiar mis palabras',
  'Copied. You can paste them wherever you would like to keep them.':
    'Copiadas. Puedes pegarlas donde quieras guardarlas.',
  'This browser did not let Stepwork copy them. They are below.':
    'Este navegador no dejó que Stepwork las copiara. Están aquí abajo.',
  'Your words, to select and copy': 'Tus palabras, para seleccionarlas y copiarlas',

  // Why a save did not land (lib/errors.ts, lib/limits.ts, core/sealedStore.ts).
  'Your words are still here on the screen. {reason}':
    'Tus palabras siguen aquí en la pantalla. {reason}',
  'Your words are still here on the screen. The device is out of space, so they could not be saved for good. Export a backup, then free some space. Stepwork keeps trying every few seconds.':
    'Tus palabras siguen aquí en la pantalla. El dispositivo se quedó sin espacio, así que no se pudieron guardar de forma definitiva. Guarda una copia de seguridad y luego libera algo de espacio. Stepwork lo sigue intentando cada pocos segundos.',
  'Your words are still here on the screen. The journal locked before they were saved. Unlock it to keep them.':
    'Tus palabras siguen aquí en la pantalla. El diario se bloqueó antes de que se guardaran. Desbloquéalo para conservarlas.',
  'Your words are still here on the screen. They could not be saved just now. Keep this screen open; Stepwork keeps trying.':
    'Tus palabras siguen aquí en la pantalla. No se pudieron guardar en este momento. Deja esta pantalla abierta; Stepwork lo sigue intentando.',
  'This was deleted for good in another tab or window, so Stepwork will not save it again. If you would like to keep these words, you can copy them before you leave this screen.':
    'Esto se borró para siempre en otra pestaña o ventana, así que Stepwork no lo volverá a guardar. Si quieres conservar estas palabras, puedes copiarlas antes de salir de esta pantalla.',
  '{boxes} is longer than its box can keep, so only the first {max} characters are saved; everything else here is saved as usual. Shorten it a little to keep the rest.':
    'El texto de {boxes} es más largo de lo que cabe en su cuadro, así que solo se guardan los primeros {max} caracteres; todo lo demás aquí se guarda como siempre. Acorta un poco el texto para que quepa completo.',
  '{boxes} are longer than their boxes can keep, so only the first {max} characters are saved; everything else here is saved as usual. Shorten them a little to keep the rest.':
    'Los textos de {boxes} son más largos de lo que cabe en sus cuadros, así que solo se guardan los primeros {max} caracteres; todo lo demás aquí se guarda como siempre. Acorta un poco esos textos para que quepan completos.',
  'This was changing in another place at the same moment. Nothing was lost; try once more.':
    'Esto estaba cambiando en otro lugar al mismo tiempo. No se perdió nada; inténtalo una vez más.',
};
