import type { BodyPlace } from '../types';

/** The Spanish of ../bodyPlaces.ts: the same ids, head to feet, then the two catch-alls. */
export const BODY_PLACES: readonly BodyPlace[] = [
  { id: 'head', label: 'Cabeza' },
  { id: 'face', label: 'Cara' },
  { id: 'jaw', label: 'Mandíbula' },
  { id: 'throat', label: 'Garganta' },
  { id: 'neck', label: 'Cuello' },
  { id: 'shoulders', label: 'Hombros' },
  { id: 'chest', label: 'Pecho' },
  { id: 'heart', label: 'Corazón' },
  { id: 'stomach', label: 'Estómago' },
  { id: 'back', label: 'Espalda' },
  { id: 'arms', label: 'Brazos' },
  { id: 'hands', label: 'Manos' },
  { id: 'legs', label: 'Piernas' },
  { id: 'feet', label: 'Pies' },
  { id: 'whole-body', label: 'Todo el cuerpo' },
  { id: 'nowhere', label: 'En ningún lugar que pueda nombrar' },
];
