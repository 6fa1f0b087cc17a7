// The app's frame: the top bar, the navigation, Quick exit and the screens every route can show.
export const SHELL: Record<string, string> = {
  'Help now': 'Ayuda ahora',
  Settings: 'Ajustes',
  'Quick exit': 'Salida rápida',
  'Skip to content': 'Ir al contenido',
  Main: 'Principal',
  Today: 'Hoy',
  Steps: 'Pasos',
  Journal: 'Diario',
  Inventory: 'Inventario',
  // An infinitive, as the steps' titles are (docs/i18n-es.md): 'Reparaciones' broke in two in the
  // bottom navigation of a 390 px phone.
  Amends: 'Reparar',
  'Opening your journal…': 'Abriendo tu diario…',
  // Dates and times said in words (meetings on Help now and Today).
  'When I can': 'Cuando pueda',
  '{day} at {time}': '{day} a las {time}',
  'Today at {time}': 'Hoy a las {time}',
  Tomorrow: 'Mañana',
  Yesterday: 'Ayer',
  'Tomorrow at {time}': 'Mañana a las {time}',
  // The installed app's name, description and shortcuts (src/app/manifest.ts).
  'Stepwork — a private recovery journal': 'Stepwork — un diario privado de recuperación',
  'A private journal for working the twelve steps after trauma, addiction, or both. Everything stays on this device.':
    'Un diario privado para trabajar los doce pasos después de un trauma, una adicción o ambos. Todo se queda en este dispositivo.',
  'New journal entry': 'Nueva entrada del diario',
  Write: 'Escribir',
  Help: 'Ayuda',
};
