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
  Amends: 'Reparaciones',
  'Opening your journal…': 'Abriendo tu diario…',
  // Dates and times said in words (meetings on Help now and Today).
  'When I can': 'Cuando pueda',
  '{day} at {time}': '{day} a las {time}',
  'Today at {time}': 'Hoy a las {time}',
  Tomorrow: 'Mañana',
  Yesterday: 'Ayer',
  'Tomorrow at {time}': 'Mañana a las {time}',
};
