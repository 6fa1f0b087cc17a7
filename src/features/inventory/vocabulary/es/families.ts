import type { FeelingFamily } from '../types';

/** The Spanish of ../families.ts: the same ids, in the same order. */
export const FAMILIES: readonly FeelingFamily[] = [
  {
    id: 'anger',
    name: 'Enojo',
    description: 'Calor y empuje cuando algo parece injusto, duele o cruza un límite.',
    comfortable: false,
  },
  {
    id: 'fear',
    name: 'Miedo',
    description: 'Una sensación de amenaza, cercana o lejana, y el deseo de estar a salvo.',
    comfortable: false,
  },
  {
    id: 'sadness',
    name: 'Tristeza y duelo',
    description: 'El dolor de una pérdida, de una decepción o de extrañar lo que te importa.',
    comfortable: false,
  },
  {
    id: 'shame',
    name: 'Vergüenza y culpa',
    description: 'El peso de cómo te ves, o de algo que hiciste.',
    comfortable: false,
  },
  {
    id: 'confusion',
    name: 'Confusión',
    description: 'Cuando cuesta entender lo que pasa, dentro de ti o a tu alrededor.',
    comfortable: false,
  },
  {
    id: 'overwhelm',
    name: 'Indefensión y agobio',
    description: 'Cuando todo es demasiado, o parece que se te escapa de las manos.',
    comfortable: false,
  },
  {
    id: 'numbness',
    name: 'Adormecimiento',
    description:
      'Cuando los sentimientos se callan, se alejan o se apagan, muchas veces para protegerte.',
    comfortable: false,
  },
  {
    id: 'loneliness',
    name: 'Soledad',
    description: 'Sentir distancia de las demás personas y extrañar la cercanía.',
    comfortable: false,
  },
  {
    id: 'hope',
    name: 'Esperanza',
    description: 'La sensación de que las cosas pueden cambiar y mejorar.',
    comfortable: true,
  },
  {
    id: 'relief',
    name: 'Alivio',
    description: 'La calma que llega cuando se levanta un peso.',
    comfortable: true,
  },
  {
    id: 'calm',
    name: 'Calma',
    description: 'Estabilidad, descanso y una sensación de seguridad.',
    comfortable: true,
  },
  {
    id: 'gratitude',
    name: 'Gratitud',
    description: 'Notar lo que te ayuda y alegrarte por ello.',
    comfortable: true,
  },
  {
    id: 'pride',
    name: 'Orgullo sano',
    description: 'Un respeto sano por lo que haces y por quien eres.',
    comfortable: true,
  },
  {
    id: 'connection',
    name: 'Conexión',
    description: 'Cercanía con otras personas y una sensación de pertenencia.',
    comfortable: true,
  },
];
