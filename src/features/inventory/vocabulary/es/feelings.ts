import type { Feeling } from '../types';

/**
 * The Spanish of ../feelings.ts: the same ids (inventories store them), families and order.
 * Each word is a noun or a short phrase ("enojo", "en vilo", "no sentir nada") rather than an
 * adjective, so it does not take a gender: "nombraste «enojo» 3 veces" reads right for anyone.
 */
export const FEELINGS: readonly Feeling[] = [
  // Enojo
  {
    id: 'angry',
    word: 'enojo',
    family: 'anger',
    meaning: 'Sentir que el calor y la fuerza suben en ti cuando algo cruza un límite.',
  },
  {
    id: 'irritated',
    word: 'irritación',
    family: 'anger',
    meaning: 'Sentir que pequeñas cosas raspan tu paciencia, una tras otra.',
  },
  {
    id: 'frustrated',
    word: 'frustración',
    family: 'anger',
    meaning: 'Sentir un bloqueo cuando sigues intentando y algo se interpone una y otra vez.',
  },
  {
    id: 'fed-up',
    word: 'hartazgo',
    family: 'anger',
    meaning: 'Sentir que ya tuviste suficiente y que se te acabó la paciencia.',
  },
  {
    id: 'indignant',
    word: 'indignación',
    family: 'anger',
    meaning: 'Sentir que algo es injusto y querer que se detenga.',
  },
  {
    id: 'resentful',
    word: 'resentimiento',
    family: 'anger',
    meaning: 'Guardar una herida vieja que vuelve a encenderse cada vez que la recuerdas.',
  },
  {
    id: 'bitter',
    word: 'amargura',
    family: 'anger',
    meaning: 'Sentir algo agrio y endurecido por una herida que nunca se reparó.',
  },
  {
    id: 'betrayed',
    word: 'traición',
    family: 'anger',
    meaning: 'Sentir dolor y enojo porque alguien en quien confiabas rompió esa confianza.',
  },
  {
    id: 'furious',
    word: 'furia',
    family: 'anger',
    meaning: 'Sentir un enojo tan fuerte que parece llenarte todo el cuerpo.',
  },

  // Miedo
  {
    id: 'afraid',
    word: 'miedo',
    family: 'fear',
    meaning: 'Percibir que algo podría lastimarte y querer estar a salvo.',
  },
  {
    id: 'nervous',
    word: 'nervios',
    family: 'fear',
    meaning: 'Sentir inquietud en el cuerpo antes de algo que te importa.',
  },
  {
    id: 'worried',
    word: 'preocupación',
    family: 'fear',
    meaning: 'Darle vueltas y más vueltas en la cabeza a un posible problema.',
  },
  {
    id: 'anxious',
    word: 'ansiedad',
    family: 'fear',
    meaning: 'Sentir intranquilidad por lo que podría pasar, muchas veces sin saber bien qué.',
  },
  {
    id: 'on-edge',
    word: 'en vilo',
    family: 'fear',
    meaning: 'Sentir tensión y alerta, como si algo pudiera estallar en cualquier momento.',
  },
  {
    id: 'unsafe',
    word: 'desprotección',
    family: 'fear',
    meaning: 'Percibir que no tienes protección donde estás en este momento.',
  },
  {
    id: 'dread',
    word: 'temor',
    family: 'fear',
    meaning: 'Una sensación pesada de que algo difícil se acerca.',
  },
  {
    id: 'panicky',
    word: 'pánico',
    family: 'fear',
    meaning: 'Sentir una oleada repentina de miedo, como si necesitaras salir de ahí ya mismo.',
  },
  {
    id: 'terrified',
    word: 'terror',
    family: 'fear',
    meaning: 'Sentir un miedo tan grande que cuesta pensar o moverse.',
  },

  // Tristeza y duelo
  {
    id: 'sad',
    word: 'tristeza',
    family: 'sadness',
    meaning: 'Sentir el ánimo bajo y pesado, muchas veces después de una pérdida o una decepción.',
  },
  {
    id: 'down',
    word: 'desánimo',
    family: 'sadness',
    meaning: 'Sentir el día apagado y cuesta arriba, con poco impulso.',
  },
  {
    id: 'disappointed',
    word: 'decepción',
    family: 'sadness',
    meaning: 'Sentir el golpe de que las cosas no salieron como esperabas.',
  },
  {
    id: 'hurt',
    word: 'dolor',
    family: 'sadness',
    meaning: 'Sentir la herida de algo que alguien dijo o hizo.',
  },
  {
    id: 'tearful',
    word: 'ganas de llorar',
    family: 'sadness',
    meaning: 'Sentir las lágrimas cerca, salgan o no.',
  },
  {
    id: 'wistful',
    word: 'nostalgia',
    family: 'sadness',
    meaning: 'Sentir una tristeza suave por algo que ya pasó.',
  },
  {
    id: 'heartbroken',
    word: 'corazón roto',
    family: 'sadness',
    meaning: 'Sentir una herida profunda después de perder un amor o una esperanza.',
  },
  {
    id: 'grieving',
    word: 'duelo',
    family: 'sadness',
    meaning: 'Cargar una pérdida a lo largo del tiempo, en olas que vienen y van.',
  },
  {
    id: 'grief-stricken',
    word: 'desconsuelo',
    family: 'sadness',
    meaning: 'Sentir que una pérdida reciente y profunda te sobrepasa.',
  },

  // Vergüenza y culpa
  {
    id: 'embarrassed',
    word: 'bochorno',
    family: 'shame',
    meaning:
      'Sentir incomodidad y exposición cuando otras personas vieron algo que preferirías que no hubieran visto.',
  },
  {
    id: 'self-conscious',
    word: 'inhibición',
    family: 'shame',
    meaning:
      'Sentir que te observan y te juzgan, como si cada movimiento tuyo llamara la atención.',
  },
  {
    id: 'regretful',
    word: 'arrepentimiento',
    family: 'shame',
    meaning: 'Desear haber elegido de otra manera.',
  },
  {
    id: 'guilty',
    word: 'culpa',
    family: 'shame',
    meaning: 'Sentir que algo que hiciste lastimó a alguien, y que eso te pesa.',
  },
  {
    id: 'remorseful',
    word: 'remordimiento',
    family: 'shame',
    meaning: 'Lamentar el daño que causaste y desear poder deshacerlo.',
  },
  {
    id: 'ashamed',
    word: 'vergüenza',
    family: 'shame',
    meaning: 'Sentir que hay algo en ti que necesitas esconder de las demás personas.',
  },
  {
    id: 'humiliated',
    word: 'humillación',
    family: 'shame',
    meaning: 'Sentir que te rebajaron o te hicieron sentir menos delante de otras personas.',
  },
  {
    id: 'not-enough',
    word: 'no ser suficiente',
    family: 'shame',
    meaning: 'Sentir que, por mucho que hagas o des, nunca parece alcanzar.',
  },
  {
    id: 'unworthy',
    word: 'no merecer',
    family: 'shame',
    meaning: 'Sentir que no mereces cuidado, cariño ni amabilidad.',
  },

  // Confusión
  {
    id: 'confused',
    word: 'confusión',
    family: 'confusion',
    meaning: 'Sentir que te cuesta entender lo que está pasando o lo que sientes.',
  },
  {
    id: 'unsure',
    word: 'incertidumbre',
    family: 'confusion',
    meaning: 'No saber qué pensar ni hacia dónde ir.',
  },
  {
    id: 'torn',
    word: 'ambivalencia',
    family: 'confusion',
    meaning: 'Sentir que tiran de ti dos cosas que te importan.',
  },
  {
    id: 'muddled',
    word: 'enredo',
    family: 'confusion',
    meaning: 'Sentir tus pensamientos enmarañados y difíciles de ordenar.',
  },
  {
    id: 'second-guessing',
    word: 'dudar de mí',
    family: 'confusion',
    meaning: 'Dudar de tus propias decisiones o recuerdos, una y otra vez.',
  },
  {
    id: 'bewildered',
    word: 'desconcierto',
    family: 'confusion',
    meaning: 'Sentir que no entiendes nada, como si el suelo se hubiera movido sin aviso.',
  },
  {
    id: 'disoriented',
    word: 'desorientación',
    family: 'confusion',
    meaning: 'Perder la noción de dónde estás o de qué viene después.',
  },

  // Indefensión y agobio
  {
    id: 'stressed',
    word: 'estrés',
    family: 'overwhelm',
    meaning: 'Sentir que las exigencias tiran de ti desde todos lados hasta dejarte sin margen.',
  },
  {
    id: 'overwhelmed',
    word: 'agobio',
    family: 'overwhelm',
    meaning: 'Sentir que hay demasiado, demasiado rápido, para poder con ello ahora.',
  },
  {
    id: 'exhausted',
    word: 'agotamiento',
    family: 'overwhelm',
    meaning: 'Sentir el cuerpo y la mente sin energía, sin nada más para dar.',
  },
  {
    id: 'helpless',
    word: 'indefensión',
    family: 'overwhelm',
    meaning: 'Sentir que nada de lo que hagas puede cambiar lo que está pasando.',
  },
  {
    id: 'powerless',
    word: 'impotencia',
    family: 'overwhelm',
    meaning: 'Sentir que la decisión o el control no están en tus manos.',
  },
  {
    id: 'trapped',
    word: 'sin salida',
    family: 'overwhelm',
    meaning: 'Sentir que no hay forma de salir de algo, sin ninguna puerta a la vista.',
  },
  {
    id: 'defeated',
    word: 'abatimiento',
    family: 'overwhelm',
    meaning: 'Sentir que algo te derribó, como si volver a intentarlo fuera demasiado por ahora.',
  },
  {
    id: 'hopeless',
    word: 'desesperanza',
    family: 'overwhelm',
    meaning: 'Sentir que las cosas nunca van a mejorar.',
  },

  // Adormecimiento
  {
    id: 'flat',
    word: 'apatía',
    family: 'numbness',
    meaning: 'Sentir todo apagado, con poca alegría y poca tristeza.',
  },
  {
    id: 'foggy',
    word: 'niebla mental',
    family: 'numbness',
    meaning: 'Sentir lentitud y nubosidad, como si tus pensamientos estuvieran envueltos en bruma.',
  },
  {
    id: 'numb',
    word: 'no sentir nada',
    family: 'numbness',
    meaning: 'Sentir muy poco, como si tus sentimientos se hubieran apagado.',
  },
  {
    id: 'empty',
    word: 'vacío',
    family: 'numbness',
    meaning: 'Sentir un hueco por dentro, como si faltara algo.',
  },
  {
    id: 'detached',
    word: 'desconexión',
    family: 'numbness',
    meaning: 'Sentir distancia de lo que está pasando a tu alrededor.',
  },
  {
    id: 'shut-down',
    word: 'bloqueo',
    family: 'numbness',
    meaning: 'Sentir que te cierras por dentro, muchas veces como forma de protegerte.',
  },
  {
    id: 'unreal',
    word: 'irrealidad',
    family: 'numbness',
    meaning: 'Sentir que tú, o el mundo a tu alrededor, no son del todo reales.',
  },
  {
    id: 'frozen',
    word: 'parálisis',
    family: 'numbness',
    meaning:
      'Tu cuerpo o tu mente se quedan quietos, y moverte o hablar parece fuera de tu alcance.',
  },

  // Soledad
  {
    id: 'lonely',
    word: 'soledad',
    family: 'loneliness',
    meaning: 'Sentir que estás sin compañía y desear cercanía con alguien.',
  },
  {
    id: 'longing',
    word: 'añoranza',
    family: 'loneliness',
    meaning: 'Extrañar con dolor a una persona, un lugar o un tiempo.',
  },
  {
    id: 'left-out',
    word: 'quedar fuera',
    family: 'loneliness',
    meaning: 'Sentir que las demás personas están juntas y tú te quedas afuera.',
  },
  {
    id: 'misunderstood',
    word: 'incomprensión',
    family: 'loneliness',
    meaning: 'Sentir que las demás personas no ven lo que quieres decir ni lo que sientes.',
  },
  {
    id: 'invisible',
    word: 'invisibilidad',
    family: 'loneliness',
    meaning: 'Sentir que nadie nota tu presencia ni lo que estás atravesando.',
  },
  {
    id: 'isolated',
    word: 'aislamiento',
    family: 'loneliness',
    meaning: 'Sentir distancia de la gente, sin nadie cerca.',
  },
  {
    id: 'rejected',
    word: 'rechazo',
    family: 'loneliness',
    meaning: 'Sentir que alguien te aparta o no te quiere a su lado.',
  },
  {
    id: 'abandoned',
    word: 'abandono',
    family: 'loneliness',
    meaning: 'Sentir que alguien con quien contabas te dejó atrás.',
  },

  // Esperanza
  {
    id: 'hopeful',
    word: 'esperanza',
    family: 'hope',
    meaning: 'Percibir que las cosas pueden mejorar, aunque sea un poco.',
  },
  {
    id: 'encouraged',
    word: 'ánimo',
    family: 'hope',
    meaning: 'Sentir un impulso cuando algo te muestra que el cambio es posible.',
  },
  {
    id: 'optimistic',
    word: 'optimismo',
    family: 'hope',
    meaning: 'Esperar que lo más probable es que las cosas salgan bien.',
  },
  {
    id: 'willing',
    word: 'disposición',
    family: 'hope',
    meaning: 'Sentir apertura para intentarlo, aunque no sepas cómo va a salir.',
  },
  {
    id: 'curious',
    word: 'curiosidad',
    family: 'hope',
    meaning: 'Querer saber más, con la mente abierta.',
  },
  {
    id: 'eager',
    word: 'entusiasmo',
    family: 'hope',
    meaning: 'Esperar algo con energía y ganas.',
  },
  {
    id: 'inspired',
    word: 'inspiración',
    family: 'hope',
    meaning: 'Sentir que alguien o algo te mueve a crecer o a crear.',
  },

  // Alivio
  {
    id: 'relieved',
    word: 'alivio',
    family: 'relief',
    meaning: 'Sentir que se levanta un peso cuando algo difícil termina o sale bien.',
  },
  {
    id: 'reassured',
    word: 'tranquilidad',
    family: 'relief',
    meaning:
      'Sentir que tu preocupación se calma porque alguien o algo te mostró que todo está bien.',
  },
  {
    id: 'lighter',
    word: 'ligereza',
    family: 'relief',
    meaning: 'Sentir menos peso que antes, como si hubieras dejado algo en el suelo.',
  },
  {
    id: 'unburdened',
    word: 'desahogo',
    family: 'relief',
    meaning: 'Sentirte libre de algo que venías cargando sin compañía.',
  },
  {
    id: 'free',
    word: 'libertad',
    family: 'relief',
    meaning: 'Sentir que ya no te retiene algo que antes te dominaba.',
  },

  // Calma
  {
    id: 'calm',
    word: 'calma',
    family: 'calm',
    meaning: 'Sentir estabilidad y quietud por dentro.',
  },
  {
    id: 'rested',
    word: 'descanso',
    family: 'calm',
    meaning: 'Sentir que recuperaste energía después de dormir o de una pausa.',
  },
  {
    id: 'soothed',
    word: 'consuelo',
    family: 'calm',
    meaning: 'Sentir que algo suave te serenó después de un mal momento.',
  },
  {
    id: 'grounded',
    word: 'arraigo',
    family: 'calm',
    meaning: 'Sentirte presente y con estabilidad, con los pies en la tierra.',
  },
  {
    id: 'safe',
    word: 'estar a salvo',
    family: 'calm',
    meaning: 'Sentir protección, sin nada de qué cuidarte en este momento.',
  },
  {
    id: 'peaceful',
    word: 'paz',
    family: 'calm',
    meaning: 'Sentir serenidad contigo y con este momento.',
  },
  {
    id: 'content',
    word: 'satisfacción',
    family: 'calm',
    meaning: 'Sentir que lo que tienes ahora es suficiente.',
  },

  // Gratitud
  {
    id: 'grateful',
    word: 'gratitud',
    family: 'gratitude',
    meaning: 'Notar algo que te ayudó y alegrarte de que esté ahí.',
  },
  {
    id: 'thankful',
    word: 'agradecimiento',
    family: 'gratitude',
    meaning: 'Querer dar las gracias por lo que alguien te dio o hizo por ti.',
  },
  {
    id: 'appreciative',
    word: 'aprecio',
    family: 'gratitude',
    meaning: 'Ver el valor de alguien o de algo en tu vida.',
  },
  {
    id: 'fortunate',
    word: 'buena suerte',
    family: 'gratitude',
    meaning: 'Sentir que tienes suerte por lo que llegó a tu vida.',
  },
  {
    id: 'moved',
    word: 'emoción profunda',
    family: 'gratitude',
    meaning: 'Sentir que la bondad o la belleza te tocan muy por dentro.',
  },

  // Orgullo sano
  {
    id: 'proud',
    word: 'orgullo',
    family: 'pride',
    meaning: 'Sentir alegría por algo que hiciste o por la persona en que te estás convirtiendo.',
  },
  {
    id: 'accomplished',
    word: 'logro',
    family: 'pride',
    meaning: 'Sentir que terminaste algo que te costó un esfuerzo de verdad.',
  },
  {
    id: 'capable',
    word: 'capacidad',
    family: 'pride',
    meaning: 'Saber que tienes la habilidad o la fuerza para hacer esto.',
  },
  {
    id: 'confident',
    word: 'confianza en ti',
    family: 'pride',
    meaning: 'Confiar en que puedes con lo que tienes delante.',
  },
  {
    id: 'strong',
    word: 'fortaleza',
    family: 'pride',
    meaning: 'Sentir la fuerza que construiste al atravesar cosas difíciles.',
  },
  {
    id: 'worthy',
    word: 'dignidad',
    family: 'pride',
    meaning: 'Saber que mereces cuidado y respeto, tal como eres.',
  },

  // Conexión
  {
    id: 'connected',
    word: 'conexión',
    family: 'connection',
    meaning: 'Sentir un lazo con otras personas, ser parte de algo más grande que tú.',
  },
  {
    id: 'belonging',
    word: 'pertenencia',
    family: 'connection',
    meaning: 'Sentir que encajas y que hay lugar para ti donde estás.',
  },
  {
    id: 'accepted',
    word: 'aceptación',
    family: 'connection',
    meaning: 'Sentir que te reciben tal como eres, sin necesidad de cambiar primero.',
  },
  {
    id: 'understood',
    word: 'comprensión',
    family: 'connection',
    meaning: 'Sentir que alguien de verdad entiende lo que quieres decir y lo que sientes.',
  },
  {
    id: 'supported',
    word: 'apoyo',
    family: 'connection',
    meaning: 'Saber que hay otras personas para ayudarte a cargar las cosas.',
  },
  {
    id: 'trusting',
    word: 'confianza',
    family: 'connection',
    meaning: 'Sentirte con la seguridad suficiente para apoyarte en alguien.',
  },
  {
    id: 'affectionate',
    word: 'cariño',
    family: 'connection',
    meaning: 'Sentir una ternura cálida hacia alguien.',
  },
  {
    id: 'loved',
    word: 'amor',
    family: 'connection',
    meaning: 'Sentir que alguien te cuida y te lleva en el corazón.',
  },
];
