import type { Need } from '../needs';

/** The Spanish of ../needs.ts: the same ids, in the same order. Each reads after "¿Qué necesitabas?". */
export const NEEDS: readonly Need[] = [
  { id: 'safety', label: 'Sentirme a salvo' },
  { id: 'rest', label: 'Descanso' },
  { id: 'heard', label: 'Que me escucharan' },
  { id: 'comfort', label: 'Consuelo' },
  { id: 'company', label: 'Compañía' },
  { id: 'space', label: 'Espacio, o tiempo a solas' },
  { id: 'respect', label: 'Respeto' },
  { id: 'understanding', label: 'Comprensión' },
  { id: 'help', label: 'Ayuda práctica' },
  { id: 'honesty', label: 'Honestidad' },
  { id: 'play', label: 'Juego o ligereza' },
];
