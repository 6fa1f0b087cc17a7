// The step screens' own words (the steps' content is in src/features/steps/content/es/), keyed by
// their English (docs/i18n-es.md is the style sheet).
export const STEPS: Record<string, string> = {
  // The list of steps (StepsPage) and where a person is on each (stepStatus.ts).
  'No entries yet': 'Todavía no hay entradas',
  '1 entry': '1 entrada',
  '{count} entries': '{count} entradas',
  'The twelve steps': 'Los doce pasos',
  'Walk them in order or in the order that fits you. You can come back to any step, any time.':
    'Recórrelos en orden o en el orden que te sirva. Puedes volver a cualquier paso cuando quieras.',
  'Step {number}': 'Paso {number}',
  'Not started': 'Sin empezar',
  'Working on it': 'En proceso',
  Revisiting: 'Retomándolo',
  'Feels complete': 'Se siente completo',
  'Coming back to a step is part of the work.': 'Volver a un paso es parte del trabajo.',
  'You can come back to it any time.': 'Puedes volver a él cuando quieras.',

  // A step's page (StepPage).
  Reflection: 'Reflexión',
  Visualization: 'Visualización',
  Letter: 'Carta',
  Practice: 'Práctica',
  Plan: 'Plan',
  'There is no step here': 'Aquí no hay ningún paso',
  'The steps are numbered 1 to 12, and this address does not match one of them. Nothing you wrote is affected.':
    'Los pasos van del 1 al 12, y esta dirección no coincide con ninguno. Nada de lo que escribiste se ve afectado.',
  'See all twelve steps': 'Ver los doce pasos',
  'What this step is': 'Qué es este paso',
  'What it is not': 'Qué no es',
  Exercises: 'Ejercicios',
  'Grounding, breathing and people to call are in Help now, whenever you need them.':
    'Los ejercicios para anclarte en el presente, la respiración y las personas a quienes llamar están en Ayuda ahora, cuando los necesites.',
  'Take a pause with Help now': 'Hacer una pausa con Ayuda ahora',
  'Looking at this takes courage. Whatever you managed today is enough for today.':
    'Mirar esto requiere valor. Lo que hayas podido hacer hoy es suficiente por hoy.',
  'Prompts to write with': 'Preguntas para escribir',
  'Pick any that speaks to you, and skip any that doesn’t.':
    'Elige las que te digan algo, y deja pasar las que no.',
  'Write about this': 'Escribir sobre esto',
  'Write freely about this step': 'Escribir libremente sobre este paso',
  'Other steps': 'Otros pasos',
  'Step {number}: {title}': 'Paso {number}: {title}',
  'All steps': 'Todos los pasos',
  'Your entries for this step': 'Tus entradas de este paso',
  'Opening your entries…': 'Abriendo tus entradas…',
  'Nothing written here yet. When you’re ready, any prompt above is a place to start, and there is no wrong way to begin.':
    'Todavía no hay nada escrito aquí. Cuando quieras, cualquier pregunta de arriba es un lugar para empezar, y no hay una forma equivocada de comenzar.',
  'Read these aloud': 'Leerlas en voz alta',
  'This entry could not be opened': 'No se pudo abrir esta entrada',
  'Untitled entry': 'Entrada sin título',
  'Your choice could not be saved just now. Everything you saved before is still here. Try again in a moment.':
    'No se pudo guardar tu elección en este momento. Todo lo que guardaste antes sigue aquí. Puedes intentarlo otra vez en un momento.',
  'Where you are with this step': 'Dónde estás con este paso',
  'Opening…': 'Abriendo…',
  'The dates this step changed could not be opened. They are left exactly as they are, and the rest of your journal is not affected.':
    'No se pudieron abrir las fechas en que cambió este paso. Se quedan tal como están, y el resto de tu diario no se ve afectado.',
  'When it changed': 'Cuándo cambió',
  'Choose where you are whenever you like. The dates it changes are kept here for you.':
    'Elige dónde estás cuando quieras. Las fechas en que cambia se guardan aquí para ti.',
  'A note for yourself (optional)': 'Una nota para ti (opcional)',

  // The tools a step points to (StepPage's TOOLS).
  'The inventory tools hold this step’s work, at your own pace.':
    'Las herramientas de inventario guardan el trabajo de este paso, a tu propio ritmo.',
  'Take an emotion inventory': 'Hacer un inventario de emociones',
  'Resentments, fears and harms': 'Resentimientos, miedos y daños',
  'A letter to myself': 'Una carta para mí',
  'See your feelings over time': 'Ver tus sentimientos a lo largo del tiempo',
  'Your amends list keeps whom you would like to make amends to, yourself first among them.':
    'Tu lista de reparaciones guarda a las personas con quienes te gustaría reparar el daño, empezando por ti.',
  'Open your amends list': 'Abrir tu lista de reparaciones',
  'Unsent letters are kept here and never sent. You decide whether to keep, seal or release them.':
    'Las cartas que no se envían se guardan aquí y nunca se mandan. Tú decides si guardarlas, sellarlas o soltarlas.',
  'Your unsent letters': 'Tus cartas que no se envían',
  'Amends to myself': 'Reparar conmigo',
  'A short daily check-in helps you keep growing, one day at a time.':
    'Un breve registro diario te ayuda a seguir creciendo, un día a la vez.',
  'Today’s check-in': 'Tu registro de hoy',
  'The reading view shows the work you choose in large, calm type, one piece at a time, with nothing to edit. The screen stays on while you read.':
    'La vista de lectura muestra el trabajo que elijas en letra grande y tranquila, una parte a la vez, sin nada que editar. La pantalla se queda encendida mientras lees.',
  'Open the reading view': 'Abrir la vista de lectura',
  'Connection can be a slow breath, a quiet minute, or a room of people who understand. These are here whenever you want them.':
    'La conexión puede ser una respiración lenta, un minuto en calma, o una sala llena de personas que entienden. Esto está aquí cuando lo quieras.',
  'Your meetings': 'Tus reuniones',
  'Service and sharing your story happen when and how you choose. These can help you carry both, and look after yourself as you do.':
    'El servicio y compartir tu historia suceden cuando y como tú elijas. Esto puede ayudarte con ambas cosas, y a cuidarte mientras lo haces.',
  'Your staying-well plan': 'Tu plan para seguir bien',
  'Write your story in the journal': 'Escribir tu historia en el diario',

  // A step's progress and its refusals (stepProgressRepo).
  'A step is a number from 1 to 12.': 'Un paso es un número del 1 al 12.',
  'A step can be not started, working on it, revisiting, or feels complete.':
    'Un paso puede estar sin empezar, en proceso, retomándolo, o sentirse completo.',
  'A change needs a time.': 'Un cambio necesita una hora.',
  'The history of this step could not be opened, so it was left as it is. Your journal is not affected.':
    'No se pudo abrir la historia de este paso, así que se dejó como está. Tu diario no se ve afectado.',
  'A note is text.': 'Una nota es texto.',
  'A note holds up to {count} characters. For more, a journal entry has all the room you need.':
    'Una nota admite hasta {count} caracteres. Para más, una entrada del diario tiene todo el espacio que necesites.',

  // The worksheets on a step's page (ExerciseWorksheet, WorksheetBoxes, worksheetRepo).
  'What you wrote here could not be opened. It is left exactly as it is, and the rest of your journal is not affected.':
    'No se pudo abrir lo que escribiste aquí. Se queda tal como está, y el resto de tu diario no se ve afectado.',
  'Worksheet: {title}': 'Hoja de trabajo: {title}',
  'You can fill this in here, as much or as little as you like. It saves as you write, and you can come back to it any time.':
    'Puedes llenarla aquí, tanto o tan poco como quieras. Se guarda mientras escribes, y puedes volver a ella cuando quieras.',
  You: 'Tú',
  'An answer': 'Una respuesta',
  '{label}, line {number}': '{label}, línea {number}',
  'A journal entry has room for more.': 'Una entrada del diario tiene espacio para más.',
  'This list is full at {count} lines. A journal entry has room for more.':
    'Esta lista está llena con {count} líneas. Una entrada del diario tiene espacio para más.',
  'Add a line to {label}': 'Agregar una línea a {label}',
  'Add a line': 'Agregar una línea',
  'This exercise has no worksheet to fill in.':
    'Este ejercicio no tiene una hoja de trabajo para llenar.',
  'These answers are not in a shape to save.':
    'Estas respuestas no tienen una forma que se pueda guardar.',
  'This worksheet has more boxes than it can keep.':
    'Esta hoja de trabajo tiene más casillas de las que puede guardar.',
  'An answer here is not text.': 'Una respuesta aquí no es texto.',
  'An answer here is longer than {count} characters.':
    'Una respuesta aquí tiene más de {count} caracteres.',
  'A list here is not a list.': 'Una lista aquí no es una lista.',
  'A list here keeps up to {count} lines.': 'Una lista aquí admite hasta {count} líneas.',
  'A line of a list here is not in a shape to save.':
    'Una línea de una lista aquí no tiene una forma que se pueda guardar.',
  'A line here is not text.': 'Una línea aquí no es texto.',
  'A line here is longer than {count} characters.':
    'Una línea aquí tiene más de {count} caracteres.',
};
