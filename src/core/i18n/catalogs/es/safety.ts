// The Spanish of the safety screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
// These are read in hard moments: short sentences, "puedes", nothing that sounds like an order.
export const SAFETY: Record<string, string> = {
  // A talk noted without a name (talksRepo.ts UNNAMED_TALK).
  Someone: 'Alguien',
  // Grounding, 5-4-3-2-1 (grounding.ts, GroundingGuide, GroundingPage).
  'Five things you can see': 'Cinco cosas que puedes ver',
  'Look around slowly. A colour, a shape, light on a wall. Name each one, out loud or inside.':
    'Mira a tu alrededor despacio. Un color, una forma, la luz sobre una pared. Nombra cada una, en voz alta o por dentro.',
  'Four things you can touch': 'Cuatro cosas que puedes tocar',
  'Your feet on the floor, the fabric of your sleeve, something cool, something soft.':
    'Tus pies en el suelo, la tela de tu manga, algo fresco, algo suave.',
  'Three things you can hear': 'Tres cosas que puedes oír',
  'Near or far: traffic, a fridge humming, your own breath.':
    'Cerca o lejos: el tráfico, el zumbido del refrigerador, tu propia respiración.',
  'Two things you can smell': 'Dos cosas que puedes oler',
  'The air, your skin, a cup nearby. If nothing comes, name two smells you like.':
    'El aire, tu piel, una taza cerca. Si no llega ninguno, nombra dos olores que te gusten.',
  'One thing you can taste': 'Una cosa que puedes saborear',
  'What is in your mouth right now, or a sip of water.':
    'Lo que sientes en la boca ahora mismo, o un sorbo de agua.',
  'You did it': 'Lo hiciste',
  'Notice how you feel now, without needing it to be different. You can go again, or rest here a while.':
    'Nota cómo te sientes ahora, sin que tenga que ser distinto. Puedes hacerlo otra vez, o descansar aquí un rato.',
  'Start again': 'Empezar otra vez',
  'Step {number} of {total}': 'Paso {number} de {total}',
  Back: 'Atrás',
  Next: 'Siguiente',
  Done: 'Listo',
  'Ground yourself': 'Anclarte en el presente',
  'Back to Help now': 'Volver a Ayuda ahora',

  // Paced breathing (BreathingGuide, BreathingPage).
  'Breathe in for {seconds}.': 'Inhala contando {seconds}.',
  'Hold for {seconds}.': 'Sostén el aire contando {seconds}.',
  'Breathe out for {seconds}.': 'Exhala contando {seconds}.',
  'Breathe in through your nose for a count of four. Hold for four. Breathe out slowly through your mouth for six. Let your shoulders drop as you breathe out.':
    'Inhala por la nariz contando cuatro. Sostén el aire contando cuatro. Exhala despacio por la boca contando seis. Deja caer los hombros al exhalar.',
  '1 breath so far.': '1 respiración hasta ahora.',
  '{count} breaths so far.': '{count} respiraciones hasta ahora.',
  'This is the text version, without movement. When you start, the words change as you breathe.':
    'Esta es la versión en texto, sin movimiento. Cuando empieces, las palabras cambian al ritmo de tu respiración.',
  Stop: 'Detener',
  Start: 'Empezar',

  // The card a screen offers when the moment is hard (HardMomentCard).
  'A few things for a hard moment': 'Algunas cosas para un momento difícil',
  'It sounds like this is heavy right now. Thank you for being honest about it. Nothing needs fixing this minute; these are here if you want them.':
    'Parece que esto pesa mucho ahora. Gracias por decirlo con honestidad. No hace falta arreglar nada en este momento; estas cosas están aquí por si las quieres.',
  'In for four, hold for four, out for six. Let your shoulders drop as you breathe out. A few rounds are enough.':
    'Inhala contando cuatro, sostén contando cuatro, exhala contando seis. Deja caer los hombros al exhalar. Con unas pocas vueltas basta.',
  'Breathe with a guide': 'Respirar con una guía',
  'Come back to the room': 'Volver al aquí y ahora',
  'Feel your feet on the floor. Name five things you can see, four you can touch, three you can hear.':
    'Siente tus pies en el suelo. Nombra cinco cosas que puedes ver, cuatro que puedes tocar, tres que puedes oír.',
  'Ground yourself one sense at a time': 'Anclarte en el presente, un sentido a la vez',
  'Your people': 'Tu gente',
  'Your plans': 'Tus planes',
  'Read my safety plan': 'Leer mi plan de seguridad',
  'Read my staying-well plan': 'Leer mi plan para seguir bien',
  'You chose to hide the built-in crisis lines. They are on Help now when you want them.':
    'Elegiste ocultar las líneas de crisis incluidas. Están en Ayuda ahora cuando las quieras.',
  'Close this for now': 'Cerrar esto por ahora',

  // What the quick exit leaves on screen: plain words that say nothing about recovery.
  Notes: 'Notas',
  'Nothing here yet.': 'Todavía no hay nada aquí.',
  Continue: 'Continuar',
  // My people, their roles and the times the person reached out (PeoplePage, ContactForm,
  // ContactLinks, SupportCard, TalkForm, TalksList, NotedRow, contactsRepo, talksRepo).
  Sponsor: 'Padrino o madrina',
  Mentor: 'Mentor o mentora',
  'Accountability partner': 'Acompañante de responsabilidad',
  'Your sponsor': 'Quien te apadrina',
  'your sponsor': 'quien te apadrina',
  'Your mentor': 'Tu mentor o mentora',
  'your mentor': 'tu mentor o mentora',
  'Your accountability partner': 'Tu acompañante de responsabilidad',
  'your accountability partner': 'tu acompañante de responsabilidad',
  'Please choose sponsor, mentor, accountability partner or none.':
    'Elige padrino o madrina, mentor o mentora, acompañante de responsabilidad, o sin marcar.',
  'Please add a name, or a word for who this is.':
    'Agrega un nombre, o una palabra que te diga quién es.',
  'Each part can be up to {count} characters. Please shorten it.':
    'Cada parte puede tener hasta {count} caracteres. Por favor, acórtala un poco.',
  'The number can hold digits, spaces, brackets, dashes and a + at the start.':
    'El número puede tener dígitos, espacios, paréntesis, guiones y un + al principio.',
  'A call': 'Una llamada',
  Messages: 'Mensajes',
  'In person': 'En persona',
  'Another way': 'De otra forma',
  'Your talks could not be opened just now, so nothing was changed. They are still kept.':
    'No se pudieron abrir tus conversaciones en este momento, así que no se cambió nada. Siguen guardadas.',
  'A note can be up to {count} characters. Your journal has room for more.':
    'Una nota puede tener hasta {count} caracteres. Tu diario tiene espacio para más.',
  'Please choose how you talked: a call, messages, in person or another way.':
    'Elige cómo hablaron: una llamada, mensajes, en persona o de otra forma.',
  'Please choose today or a day before it.': 'Elige hoy o un día anterior.',
  'Your log is full. Removing some older notes makes room.':
    'Tu lista está llena. Si quitas algunas notas antiguas, vuelve a haber espacio.',
  'Call {name}': 'Llamar a {name}',
  Call: 'Llamar',
  'Text {name}': 'Escribir a {name}',
  Text: 'Escribir',
  'This contact could not be opened. It may have been damaged.':
    'No se pudo abrir este contacto. Puede que se haya dañado.',
  'Add a number for {name}': 'Agregar un número para {name}',
  'Remove this note?': '¿Quitar esta nota?',
  'Yes, remove': 'Sí, quitar',
  Remove: 'Quitar',
  'Times you reached out': 'Las veces que buscaste a alguien',
  'After you talk with someone, you can note it here with “We talked”, if you like.':
    'Después de hablar con alguien, puedes anotarlo aquí con “Hablamos”, si quieres.',
  'In the last four weeks you reached out 1 time. Reaching out is part of the work.':
    'En las últimas cuatro semanas buscaste a alguien 1 vez. Buscar a alguien es parte del trabajo.',
  'In the last four weeks you reached out {count} times. Reaching out is part of the work.':
    'En las últimas cuatro semanas buscaste a alguien {count} veces. Buscar a alguien es parte del trabajo.',
  'Show all {count}': 'Mostrar todas ({count})',
  'Remove the note of talking with {name} on {day}':
    'Quitar la nota de la conversación con {name} del {day}',
  'This could not be saved just now. What you wrote is still here; please try again.':
    'No se pudo guardar en este momento. Lo que escribiste sigue aquí; puedes intentarlo otra vez.',
  'We talked: {name}': 'Hablamos: {name}',
  'We talked': 'Hablamos',
  'How you talked': 'Cómo hablaron',
  Day: 'Día',
  'A note for yourself (if you like)': 'Una nota para ti (si quieres)',
  'Keep it': 'Conservar',
  Name: 'Nombre',
  'Who they are to you': 'Quién es para ti',
  'For example: my sponsor, my therapist, a friend from group.':
    'Por ejemplo: quien me apadrina, mi terapeuta, una amistad del grupo.',
  'Phone number': 'Número de teléfono',
  'A note for yourself': 'Una nota para ti',
  'For example: best after 6 pm.': 'Por ejemplo: mejor después de las 6 de la tarde.',
  'This contact could not be saved just now. What you typed is still here; please try again.':
    'No se pudo guardar este contacto en este momento. Lo que escribiste sigue aquí; puedes intentarlo otra vez.',
  'Change {name}': 'Cambiar los datos de {name}',
  Change: 'Cambiar',
  'Do they walk the road with you?': '¿Te acompaña en el camino?',
  'A sponsor, mentor or accountability partner is one tap from Today and Help now.':
    'Quien te apadrina, tu mentor o mentora o tu acompañante de responsabilidad queda a un toque desde Hoy y Ayuda ahora.',
  'Not marked': 'Sin marcar',
  'Remove this contact from your people?': '¿Quitar este contacto de tu gente?',
  'Remove {name} from your people?': '¿Quitar a {name} de tu gente?',
  'Remove this contact': 'Quitar este contacto',
  'The people you can reach when things are hard: a sponsor, a therapist, a friend. They are sealed like everything you write, and stay on this device.':
    'Las personas a quienes puedes acudir cuando las cosas se ponen difíciles: quien te apadrina, tu terapeuta, una amistad. Se guardan selladas, como todo lo que escribes, y no salen de este dispositivo.',
  'Noted. Reaching out takes courage.': 'Anotado. Buscar a alguien requiere valor.',
  'No one here yet.': 'Todavía no hay nadie aquí.',
  'The times you reached out could not be opened just now. Nothing about them was changed.':
    'No se pudieron abrir las veces que buscaste a alguien en este momento. No se cambió nada de ellas.',
  // My meetings (MeetingsPage, MeetingForm, WentForm, NextMeetingCard, meetingsRepo).
  Online: 'En línea',
  'By phone': 'Por teléfono',
  'Your meetings could not be opened just now, so nothing was changed. They are still kept.':
    'No se pudieron abrir tus reuniones en este momento, así que no se cambió nada. Siguen guardadas.',
  'Please add a name for this meeting.': 'Agrega un nombre para esta reunión.',
  'Please choose how you meet: in person, online, by phone or another way.':
    'Elige cómo se reúnen: en persona, en línea, por teléfono o de otra forma.',
  'Please choose a day of the week, or “When I can”.':
    'Elige un día de la semana, o “Cuando pueda”.',
  'Please write the time as hours and minutes, like 19:30.':
    'Escribe la hora con horas y minutos, como 19:30.',
  'You can keep up to {count} meetings here.': 'Aquí puedes guardar hasta {count} reuniones.',
  'A note can be up to {count} characters. Please shorten it.':
    'Una nota puede tener hasta {count} caracteres. Por favor, acórtala un poco.',
  'That meeting is no longer on your list.': 'Esa reunión ya no está en tu lista.',
  'Your own word for it: “Tuesday group”, “the lunchtime call”.':
    'Tu propia forma de llamarla: “el grupo del martes”, “la llamada del mediodía”.',
  'Where, or how to join': 'Dónde, o cómo unirte',
  'A place, a room, or how you dial in.': 'Un lugar, una sala, o cómo te conectas.',
  'This meeting could not be saved just now. What you typed is still here; please try again.':
    'No se pudo guardar esta reunión en este momento. Lo que escribiste sigue aquí; puedes intentarlo otra vez.',
  'Add a meeting': 'Agregar una reunión',
  'How you meet': 'Cómo se reúnen',
  'Time (if you like)': 'Hora (si quieres)',
  'I went to {name}': 'Fui a {name}',
  'What you heard or shared (if you like)': 'Lo que escuchaste o compartiste (si quieres)',
  'Your next meeting': 'Tu próxima reunión',
  'Take {name} off your list? The times you went stay.':
    '¿Quitar {name} de tu lista? Las veces que fuiste se quedan.',
  'Yes, take it off': 'Sí, quitarla',
  'I went': 'Fui',
  'Take {name} off the list': 'Quitar {name} de la lista',
  'Take off': 'Quitar de la lista',
  'Meetings you went to': 'Reuniones a las que fuiste',
  'When you go to a meeting, you can note it here with “I went”.':
    'Cuando vayas a una reunión, puedes anotarlo aquí con “Fui”.',
  'In the last four weeks you went to 1 meeting. Each one was you showing up for yourself.':
    'En las últimas cuatro semanas fuiste a 1 reunión. En cada una estuviste presente para ti.',
  'In the last four weeks you went to {count} meetings. Each one was you showing up for yourself.':
    'En las últimas cuatro semanas fuiste a {count} reuniones. En cada una estuviste presente para ti.',
  'Remove the note of {name} on {day}': 'Quitar la nota de {name} del {day}',
  'The groups and meetings that carry you, in your own words. They are sealed like everything you write and stay on this device; nothing is looked up anywhere.':
    'Los grupos y las reuniones que te sostienen, con tus propias palabras. Se guardan sellados, como todo lo que escribes, y no salen de este dispositivo; no se busca nada en ninguna parte.',
  'Your meetings could not be opened just now. Nothing about them was changed.':
    'No se pudieron abrir tus reuniones en este momento. No se cambió nada de ellas.',
  'Noted. Thank you for going.': 'Anotado. Gracias por ir.',
  'No meetings here yet.': 'Todavía no hay reuniones aquí.',
  // The person's own crisis lines (AddOwnLineForm, ownCrisisLinesRepo).
  'Please add a name for this line.': 'Agrega un nombre para esta línea.',
  'The number can hold digits, spaces, brackets, dashes, and a + or * at the start.':
    'El número puede tener dígitos, espacios, paréntesis, guiones, y un + o un * al principio.',
  'Your own lines could not be opened just now, so nothing was changed. They are still kept.':
    'No se pudieron abrir tus propias líneas en este momento, así que no se cambió nada. Siguen guardadas.',
  'You can keep up to {count} lines of your own.': 'Puedes guardar hasta {count} líneas propias.',
  'This line could not be saved just now. What you typed is still here; please try again.':
    'No se pudo guardar esta línea en este momento. Lo que escribiste sigue aquí; puedes intentarlo otra vez.',
  'Name of the line': 'Nombre de la línea',
  'For example: the warmline I trust.': 'Por ejemplo: la línea de escucha en la que confío.',
  Number: 'Número',
  'For example: open evenings.': 'Por ejemplo: atiende por las noches.',
  'Save this line': 'Guardar esta línea',

  // Triggers from a check-in, kept in the staying-well plan (AddToStayingWell, stayingWellRepo).
  'Your staying-well plan could not be opened, so nothing was added to it. Your check-in is kept as it is.':
    'No se pudo abrir tu plan para seguir bien, así que no se le agregó nada. Tu registro de hoy se queda como está.',
  'They could not be added just now. Your check-in is kept as it is; you can try again.':
    'No se pudieron agregar en este momento. Tu registro de hoy se queda como está; puedes intentarlo otra vez.',
  'Add to my staying-well plan': 'Agregar a mi plan para seguir bien',
  'Added to your staying-well plan.': 'Se agregaron a tu plan para seguir bien.',
  'Your staying-well plan already names these.': 'Tu plan para seguir bien ya los nombra.',

  // The plans, to write and to read (planDocument, PlanEditor, PlanToRead, PlanReaderScreen,
  // SafetyPlanPage, StayingWellPage).
  '“{title}” needs text.': '“{title}” necesita texto.',
  '“{title}” is longer than Stepwork can keep. Please shorten it.':
    'El texto de “{title}” es más largo de lo que Stepwork puede guardar. Por favor, acórtalo un poco.',
  'Your saved plan could not be opened. It may have been damaged. Anything you write now starts a new plan.':
    'No se pudo abrir tu plan guardado. Puede que se haya dañado. Lo que escribas ahora empieza un plan nuevo.',
  'Write my plan': 'Escribir mi plan',
  'Change my plan': 'Cambiar mi plan',
  'Read my plan': 'Leer mi plan',
  'Change my safety plan': 'Cambiar mi plan de seguridad',
  'A plan you write while things are calmer, to follow when they are not. Fill in as much or as little as you like; it saves as you type and is sealed like everything you write.':
    'Un plan que escribes cuando las cosas están más tranquilas, para seguirlo cuando no lo están. Escribe tanto o tan poco como quieras; se guarda mientras escribes y queda sellado como todo lo que escribes.',
  'Change my staying-well plan': 'Cambiar mi plan para seguir bien',
  'A plan for staying well: what can stir things up, the early signs, what helps, and how you would like to treat yourself if you slip. Fill in as much or as little as you like; it saves as you write and is sealed like everything you write.':
    'Un plan para seguir bien: lo que puede removerte por dentro, las primeras señales, lo que ayuda, y cómo te gustaría tratarte si tienes un desliz. Escribe tanto o tan poco como quieras; se guarda mientras escribes y queda sellado como todo lo que escribes.',
  'Opening your plan…': 'Abriendo tu plan…',
  'Your plan could not be opened just now. Nothing in it was changed. Reload the page to try again.':
    'No se pudo abrir tu plan en este momento. No se cambió nada en él. Puedes volver a cargar la página para intentarlo otra vez.',
  'Your saved plan could not be opened. It may have been damaged. You can write a new one when you feel ready.':
    'No se pudo abrir tu plan guardado. Puede que se haya dañado. Puedes escribir uno nuevo cuando te sientas con fuerzas.',
  'Your plan has no words in it yet. When things are calmer, you can write one: a few words in one section is already a start.':
    'Tu plan todavía no tiene palabras. Cuando las cosas estén más tranquilas, puedes escribirlo: unas pocas palabras en una sección ya son un comienzo.',
  'How to read': 'Cómo leer',
  'One part at a time': 'Una parte a la vez',
  'The whole plan': 'El plan completo',
  'Part {number} of {total}': 'Parte {number} de {total}',
  Previous: 'Anterior',

  // The safety plan's sections (safetyPlanSections.ts).
  'My warning signs': 'Mis señales de alerta',
  'Thoughts, feelings, places or times that tell you a hard moment may be coming.':
    'Pensamientos, sentimientos, lugares o momentos que te avisan que puede venir un momento difícil.',
  'Things I can do on my own': 'Lo que puedo hacer por mi cuenta',
  'Small things that take your mind somewhere kinder: a walk, music, a shower, a prayer, a pet.':
    'Cosas pequeñas que llevan tu mente a un lugar más amable: una caminata, música, una ducha, una oración, una mascota.',
  'People and places that help me feel better': 'Personas y lugares que me ayudan a sentirme mejor',
  'Where you can be around others without having to talk about it.':
    'Donde puedes estar con otras personas sin tener que hablar de lo que te pasa.',
  'People I can ask for help': 'Personas a quienes puedo pedir ayuda',
  'Names and numbers. You can also keep them under My people for tap-to-call.':
    'Nombres y números. También puedes guardarlos en Mi gente para llamar con un toque.',
  'Professionals and services': 'Profesionales y servicios',
  'A therapist, a doctor, a clinic, a crisis line you trust.':
    'Tu terapeuta, tu centro de salud, una clínica, una línea de crisis en la que confías.',
  'Making my surroundings safer': 'Hacer más seguro mi entorno',
  'What you can move away, lock up or hand to someone for a while.':
    'Lo que puedes alejar, guardar bajo llave o dejar con alguien por un tiempo.',
  'My reasons for living': 'Mis razones para vivir',
  'People, hopes, small joys, anything that matters to you.':
    'Personas, esperanzas, pequeñas alegrías, todo lo que te importa.',

  // The staying-well plan's sections (stayingWellSections.ts).
  'My triggers and risky times': 'Mis detonantes y momentos de riesgo',
  'People, places, feelings, times of day or dates that can stir up an urge. Naming them takes away some of their surprise.':
    'Personas, lugares, sentimientos, horas del día o fechas que pueden despertar un impulso. Nombrarlos les quita algo de sorpresa.',
  'Early signs that I am drifting': 'Primeras señales de que me estoy desviando del camino',
  'Small changes that can come before a harder time: sleeping less, skipping meals or meetings, keeping things to yourself.':
    'Pequeños cambios que pueden llegar antes de un momento más difícil: dormir menos, saltarte comidas o reuniones, guardarte las cosas.',
  'What I can do when an urge comes': 'Lo que puedo hacer cuando llega un impulso',
  'Things that help you ride it out: a walk, a shower, slow breathing, a snack, letting ten minutes pass.':
    'Cosas que te ayudan a atravesarlo: una caminata, una ducha, respirar despacio, comer algo, dejar pasar diez minutos.',
  'People I can reach': 'Personas a quienes puedo acudir',
  'Someone who understands: a sponsor, a friend, a group. You can keep their numbers under My people for tap-to-call.':
    'Alguien que entiende: quien te apadrina, una amistad, un grupo. Puedes guardar sus números en Mi gente para llamar con un toque.',
  'Places that help me stay well': 'Lugares que me ayudan a seguir bien',
  'Where you feel steady: a meeting, a library, a park, a friend’s kitchen.':
    'Donde sientes estabilidad: una reunión, una biblioteca, un parque, la cocina de una amistad.',
  'If I slip': 'Si tengo un desliz',
  'What you would like to do, and to hear, if it happens. A slip is part of many people’s road, and what you have learned stays with you.':
    'Lo que te gustaría hacer, y escuchar, si pasa. Un desliz es parte del camino de muchas personas, y lo que has aprendido se queda contigo.',
};
