import type { BodyPlace } from './types';

/** Simple places where a feeling can sit in the body, head to feet, then the two catch-alls. */
export const BODY_PLACES: readonly BodyPlace[] = [
  { id: 'head', label: 'Head' },
  { id: 'face', label: 'Face' },
  { id: 'jaw', label: 'Jaw' },
  { id: 'throat', label: 'Throat' },
  { id: 'neck', label: 'Neck' },
  { id: 'shoulders', label: 'Shoulders' },
  { id: 'chest', label: 'Chest' },
  { id: 'heart', label: 'Heart' },
  { id: 'stomach', label: 'Stomach' },
  { id: 'back', label: 'Back' },
  { id: 'arms', label: 'Arms' },
  { id: 'hands', label: 'Hands' },
  { id: 'legs', label: 'Legs' },
  { id: 'feet', label: 'Feet' },
  { id: 'whole-body', label: 'Whole body' },
  { id: 'nowhere', label: 'Nowhere I can name' },
];
