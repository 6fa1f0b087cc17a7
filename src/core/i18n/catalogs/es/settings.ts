// Settings and the choices it gathers from other screens.
export const SETTINGS: Record<string, string> = {
  Language: 'Idioma',
  'Crisis lines follow the country you choose below, not the language.':
    'Las líneas de crisis siguen el país que elijas más abajo, no el idioma.',
  '{language}, as this device is set': '{language}, como está este dispositivo',
  'Your choice could not be saved just now. Nothing else was changed.':
    'No se pudo guardar tu elección en este momento. Nada más cambió.',
  'Where your journal lives': 'Dónde vive tu diario',
  'Everything you write stays in this browser’s storage on this device. Nothing is sent anywhere: Stepwork has no server, no account and no tracking.':
    'Todo lo que escribes se queda en el almacenamiento de este navegador, en este dispositivo. Nada se envía a ninguna parte: Stepwork no tiene servidor, ni cuentas, ni rastreo.',
  'Your words are sealed with a key that only this app on this device holds, so they cannot be read by looking through the browser’s storage. The dates of your entries and the step they belong to stay readable, because the app needs them to sort and find things.':
    'Tus palabras quedan selladas con una clave que solo tiene esta app en este dispositivo, así que no se pueden leer mirando el almacenamiento del navegador. Las fechas de tus entradas y el paso al que pertenecen quedan a la vista, porque la app las necesita para ordenar y encontrar las cosas.',
  'Passphrase lock': 'Bloqueo con frase de acceso',
  'Your journal is locked with a passphrase.': 'Tu diario está protegido con una frase de acceso.',
  'You can lock your journal with a passphrase, so that only you can open it.':
    'Puedes proteger tu diario con una frase de acceso, para que solo tú puedas abrirlo.',
  'Manage the lock': 'Administrar el bloqueo',
  'Set up a lock': 'Poner un bloqueo',
  'Crisis lines': 'Líneas de crisis',
  'What Today shows': 'Qué muestra Hoy',
  'Your data': 'Tus datos',
  'Save a backup': 'Guardar una copia de seguridad',
  'Bring in a backup': 'Traer una copia de seguridad',
  'Storage on this device': 'Almacenamiento en este dispositivo',
  'A daily reminder in your calendar': 'Un recordatorio diario en tu calendario',
  'Country for crisis lines': 'País para las líneas de crisis',
  'Its lines come first on Help now and on the locked screen. It stays on this device.':
    'Sus líneas aparecen primero en Ayuda ahora y en la pantalla bloqueada. Esta elección se queda en este dispositivo.',
  'Your choice could not be saved just now. Help now still shows every country.':
    'No se pudo guardar tu elección en este momento. Ayuda ahora sigue mostrando todos los países.',
  '{country}, as this device suggests': '{country}, según este dispositivo',
  'As this device suggests': 'Según este dispositivo',
  'Offer “On this day” on Today': 'Ofrecer “Un día como hoy” en Hoy',
  'When you wrote on this day a year ago, Today links to it. Off unless you turn it on. Its title shows only when “Show words on Today” is on as well.':
    'Si escribiste en este mismo día hace un año, Hoy te lleva a esa entrada. Está apagado hasta que lo enciendas. Su título solo aparece si “Mostrar palabras en Hoy” también está encendido.',
  'Show words on Today': 'Mostrar palabras en Hoy',
  'The first line of your last entry and the day’s step prompt. Off, Today says only “Continue your last entry”, so a glance at your phone shows nothing you wrote.':
    'La primera línea de tu última entrada y la pregunta del paso del día. Si está apagado, Hoy solo dice “Continuar tu última entrada”, así que un vistazo a tu teléfono no muestra nada de lo que escribiste.',
  'You have not saved a backup on this device yet.':
    'Todavía no guardaste una copia de seguridad en este dispositivo.',
  'Your last backup was saved today.': 'Tu última copia de seguridad se guardó hoy.',
  'Your last backup was saved 1 day ago.': 'Tu última copia de seguridad se guardó hace 1 día.',
  'Your last backup was saved {days} days ago.':
    'Tu última copia de seguridad se guardó hace {days} días.',
  'When you have a moment, a fresh backup keeps your journal safe if this device is lost or cleared.':
    'Cuando tengas un momento, una copia nueva mantiene tu diario a salvo si este dispositivo se pierde o se borra.',
};
