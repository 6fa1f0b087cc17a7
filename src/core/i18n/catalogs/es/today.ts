// The Spanish of the today screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
// A check-in is a "registro"; a goal's log is its "anotaciones", so the two never share a word.
export const TODAY: Record<string, string> = {
  // Today, the home screen
  '{date}. One step at a time.': 'Es {date}. Un paso a la vez.',
  'Quick ways': 'Accesos rápidos',
  'Write in your journal': 'Escribir en tu diario',
  'Your goals': 'Tus metas',
  'Your meetings': 'Tus reuniones',
  'Your staying-well plan': 'Tu plan para seguir bien',
  'Open Help now': 'Abrir Ayuda ahora',
  'Pick up where you left off': 'Seguir donde lo dejaste',
  'Continue writing: {title}': 'Seguir escribiendo: {title}',
  'Continue your last entry': 'Continuar tu última entrada',
  'Untitled entry': 'Entrada sin título',
  'Check in with yourself': '¿Cómo estás hoy?',
  'You checked in today, last at {time}. You can add to it or change it any time.':
    'Hoy ya hiciste tu registro, la última vez a las {time}. Puedes agregarle algo o cambiarlo cuando quieras.',
  'About a minute: how you are, HALT, cravings, gratitude, one small win and a short review. Every part is optional.':
    'Más o menos un minuto: cómo estás, HALT (hambre, enojo, soledad y cansancio, por sus siglas en inglés), ganas de consumir, gratitud, un pequeño logro y un breve repaso. Cada parte es opcional.',
  'Check in now': 'Hacer el registro ahora',
  'Open today’s check-in': 'Abrir tu registro de hoy',
  'Past check-ins': 'Registros anteriores',
  'The steps': 'Los pasos',
  'When you’re ready, choose a step to work on. Any order is fine.':
    'Cuando quieras, elige un paso para trabajar. Cualquier orden está bien.',
  'See the twelve steps': 'Ver los doce pasos',
  'You’re working on Step {number}: {title}': 'Estás trabajando el paso {number}: {title}',
  'Today’s prompt is here when you want it.': 'La pregunta de hoy está aquí cuando la quieras.',
  'Write about this': 'Escribir sobre esto',
  'See today’s prompt': 'Ver la pregunta de hoy',
  'Open Step {number}': 'Abrir el paso {number}',
  'Recovery days': 'Días de recuperación',
  '{recoveryDays} (off until you turn it on)': '{recoveryDays} (apagado hasta que lo enciendas)',
  '{recoveryDays}: choose your start date when you’re ready.':
    '{recoveryDays}: elige tu fecha de inicio cuando quieras.',
  '{count} day of recovery': '{count} día de recuperación',
  '{count} days of recovery': '{count} días de recuperación',
  'On this day, a year ago': 'Un día como hoy, hace un año',
  'You wrote on this day last year. It’s there if you’d like to read it, and fine to leave.':
    'Escribiste en este mismo día el año pasado. Está ahí si quieres leerlo, y también está bien dejarlo.',
  'An entry written at {time}': 'Una entrada escrita a las {time}',
  'Nothing here': 'Aquí no hay nada',
  'This address does not match a screen. Nothing you wrote is affected.':
    'Esta dirección no corresponde a ninguna pantalla. Nada de lo que escribiste se ve afectado.',

  // Dates as date-fns patterns: each language writes a date its own way.
  'EEEE d MMMM yyyy': "EEEE d 'de' MMMM 'de' yyyy",
  'EEEE d MMMM': "EEEE d 'de' MMMM",
  'd MMMM yyyy': "d 'de' MMMM 'de' yyyy",
  'd MMMM': "d 'de' MMMM",
  'd MMM': "d 'de' MMM",
  'MMMM yyyy': "LLLL 'de' yyyy",

  // The check-in
  'This check-in cannot open': 'Este registro no se puede abrir',
  'Today’s check-in': 'Tu registro de hoy',
  'Check-in for {date}': 'Registro del {date}',
  'About a minute. Every part is optional, and it saves as you go.':
    'Más o menos un minuto. Cada parte es opcional, y se guarda a medida que avanzas.',
  'You’re writing this day in later. Answer what you remember; any part can stay blank.':
    'Estás escribiendo este día más tarde. Responde lo que recuerdes; cualquier parte puede quedar en blanco.',
  'Opening…': 'Abriendo…',
  'This check-in could not be opened, so it was left as it is. Your other check-ins and your journal are not affected.':
    'Este registro no se pudo abrir, así que se dejó tal como está. Tus otros registros y tu diario no se ven afectados.',
  'How are you feeling?': '¿Cómo te sientes?',
  // The mood scale's words and 'Clear mood' are the journal's (es/journal.ts).
  'HALT: are you…': 'HALT (por sus siglas en inglés): ¿sientes…?',
  'Noticing these helps you look after yourself.': 'Notarlo te ayuda a cuidarte.',
  'Tick any that fit right now.': 'Marca lo que sientas ahora.',
  'Tick any that fitted that day.': 'Marca lo que sentiste ese día.',
  Hungry: 'Hambre',
  Angry: 'Enojo',
  Lonely: 'Soledad',
  Tired: 'Cansancio',
  'Cravings or urges today': 'Ganas de consumir o impulsos hoy',
  'Cravings or urges that day': 'Ganas de consumir o impulsos ese día',
  '0 means none at all, 10 the strongest. Any number is just information.':
    '0 es nada, 10 es lo más fuerte. Cualquier número es solo información.',
  'Clear this answer': 'Borrar esta respuesta',
  'What set them off? (optional)': '¿Qué las detonó? (opcional)',
  'A few things for a hard moment are now below your cravings answer.':
    'Ahora hay algunas cosas para un momento difícil, debajo de tu respuesta sobre las ganas de consumir.',
  'What helped, if anything? (optional)': '¿Qué ayudó, si algo ayudó? (opcional)',
  'A line for yourself, if you like: it can make the next hard moment a little easier.':
    'Una línea para ti, si quieres: puede hacer un poco más llevadero el próximo momento difícil.',
  'Show the things for a hard moment again': 'Mostrar otra vez las cosas para un momento difícil',
  'Up to three things you’re grateful for': 'Hasta tres cosas que agradeces',
  'First thing': 'Lo primero',
  'Second thing': 'Lo segundo',
  'Third thing': 'Lo tercero',
  Gratitude: 'Gratitud',
  'One small win': 'Un pequeño logro',
  'Step 10 review': 'Repaso del paso 10',
  'A short, kind look back at the day. Answer one, all, or none.':
    'Una mirada breve y amable al día. Puedes responder una pregunta, todas o ninguna.',
  'What went well today?': '¿Qué salió bien hoy?',
  'What went well that day?': '¿Qué salió bien ese día?',
  'Where was I hurt, or hurtful?': '¿Dónde me hirieron, o herí a alguien?',
  'What would I do differently?': '¿Qué haría de otra manera?',
  'Is there anything to set right?': '¿Hay algo que reparar?',
  'Saves as you go': 'Se guarda a medida que avanzas',
  'When you’re done, you can simply leave; everything here is kept.':
    'Cuando termines, puedes simplemente salir; todo lo de aquí queda guardado.',
  'Back to Today': 'Volver a Hoy',

  // Past check-ins and their calendar
  'Your check-ins': 'Tus registros',
  'Only you can see these. Open any day to read it again or add to it.':
    'Solo tú puedes verlos. Abre cualquier día para volver a leerlo o agregarle algo.',
  'Looking back': 'Mirar atrás',
  'By month': 'Por mes',
  'A tick marks a day you checked in. Any earlier day can be filled in later, if you’d like.':
    'Una marca señala cada día en que hiciste tu registro. Si quieres, puedes completar más tarde cualquier día anterior.',
  'Every check-in': 'Todos los registros',
  'No check-ins yet. When you’re ready, one takes about a minute.':
    'Todavía no hay registros. Cuando quieras, uno toma más o menos un minuto.',
  'Could not be opened': 'No se pudo abrir',
  'Feeling: {mood}': 'Ánimo: {mood}',
  'HALT: {words}': 'HALT marcado: {words}',
  'cravings {value} of 10': 'ganas de consumir {value} de 10',
  'small win: {words}': 'pequeño logro: {words}',
  'what helped: {words}': 'lo que ayudó: {words}',
  'Review and gratitude': 'Repaso y gratitud',
  'Previous month': 'Mes anterior',
  'Next month': 'Mes siguiente',
  '{day} {month}, checked in': '{day} de {month}, con registro',
  '{day} {month}, write a check-in': '{day} de {month}, escribir un registro',

  // Looking back
  'How your days have been, from your check-ins: mood, cravings, HALT and what you named. Only you can see this. Days without a check-in are simply left out.':
    'Cómo han sido tus días, según tus registros: ánimo, ganas de consumir, HALT y lo que nombraste. Solo tú puedes ver esto. Los días sin registro simplemente quedan fuera.',
  'How far back': '¿Cuánto tiempo atrás?',
  '4 weeks': '4 semanas',
  '3 months': '3 meses',
  '12 months': '12 meses',
  'Over the last 4 weeks': 'En las últimas 4 semanas',
  'Over the last 3 months': 'En los últimos 3 meses',
  'Over the last 12 months': 'En los últimos 12 meses',
  '{over} there are no check-ins to look back on.': '{over} no hay registros para mirar atrás.',
  '{over} you checked in on 1 day.': '{over} hiciste tu registro 1 día.',
  '{over} you checked in on {count} days.': '{over} hiciste tu registro {count} días.',
  'Mood averaged {mood} of 5.': 'El ánimo promedió {mood} de 5.',
  'Cravings averaged {craving} of 10.': 'Las ganas de consumir promediaron {craving} de 10.',
  'What stands out': 'Lo que resalta',
  'Cravings were higher on days you marked {halt}.':
    'Las ganas de consumir fueron más fuertes los días en que marcaste {halt}.',
  'Your mood was lower on days you marked {halt}.':
    'Tu ánimo estuvo más bajo los días en que marcaste {halt}.',
  '{list} or {last}': '{list} o {last}',
  'Cravings were lower in the more recent part of this time than in the earlier part.':
    'Las ganas de consumir fueron más débiles en la parte más reciente de este tiempo que en la anterior.',
  'Cravings were higher in the more recent part of this time. Noticing that is already a way of looking after yourself.':
    'Las ganas de consumir fueron más fuertes en la parte más reciente de este tiempo. Notarlo ya es una forma de cuidarte.',
  'Nothing stands out yet. A sentence shows here only when enough days point the same way.':
    'Todavía no resalta nada. Aquí aparece una frase solo cuando suficientes días apuntan en la misma dirección.',
  'These come only from what you marked. They are not a judgement, and only you know what they mean.':
    'Esto sale solo de lo que marcaste. No es un juicio, y solo tú sabes lo que significa.',
  'The picture': 'El gráfico',
  'Mood each week, from 1 (really hard) to 5 (good)':
    'Ánimo cada semana, de 1 (muy difícil) a 5 (muy bien)',
  'Mood each month, from 1 (really hard) to 5 (good)':
    'Ánimo cada mes, de 1 (muy difícil) a 5 (muy bien)',
  'Cravings each week, from 0 (none) to 10 (strongest)':
    'Ganas de consumir cada semana, de 0 (nada) a 10 (lo más fuerte)',
  'Cravings each month, from 0 (none) to 10 (strongest)':
    'Ganas de consumir cada mes, de 0 (nada) a 10 (lo más fuerte)',
  'From {first} to {last}; {answered} of {count} with an answer. The table below gives every value.':
    'Desde “{first}” hasta “{last}”: {answered} de {count} con respuesta. La tabla de abajo muestra cada valor.',
  'Week of {date}': 'Semana del {date}',
  Week: 'Semana',
  Month: 'Mes',
  'By week': 'Por semana',
  'Days checked in': 'Días con registro',
  'Mood (1 to 5)': 'Ánimo (de 1 a 5)',
  'Cravings (0 to 10)': 'Ganas de consumir (de 0 a 10)',
  'HALT, days marked': 'HALT, días marcados',
  'HALT over this time': 'HALT en este tiempo',
  Marked: 'Marcado',
  Days: 'Días',
  'Named most often': 'Lo más nombrado',
  'What set cravings off': 'Lo que detonó las ganas de consumir',
  'Nothing named in this time.': 'Nada nombrado en este tiempo.',

  // Goals
  Goals: 'Metas',
  'Goals in your own words, measured your way. Small steps count, and you can change course any time.':
    'Metas con tus propias palabras, medidas a tu manera. Los pasos pequeños cuentan, y puedes cambiar de rumbo cuando quieras.',
  'Start a new goal': 'Empezar una meta nueva',
  'No goals yet. A goal can be as small as a glass of water or a walk around the block.':
    'Todavía no hay metas. Una meta puede ser tan pequeña como un vaso de agua o una vuelta a la manzana.',
  'Goals you’re working on': 'Metas en las que estás trabajando',
  Drafts: 'Borradores',
  'Put away for now': 'Guardadas por ahora',
  'Unnamed draft': 'Borrador sin nombre',
  'Done or not, each day': 'Hecho o no, cada día',
  'A scale from 0 to 10': 'Una escala de 0 a 10',
  'A count': 'Una cantidad',
  'This goal could not be opened': 'Esta meta no se pudo abrir',
  'It was left exactly as it is. Your other goals and your journal are not affected.':
    'Se dejó exactamente como está. Tus otras metas y tu diario no se ven afectados.',
  'All goals': 'Todas las metas',
  'A new goal': 'Una meta nueva',
  'Your goal, in your words': 'Tu meta, con tus palabras',
  'Your goal': 'Tu meta',
  'A few words are plenty.': 'Unas pocas palabras bastan.',
  'Without a name, this goal waits as a draft. Name it whenever you’re ready.':
    'Sin nombre, esta meta espera como borrador. Ponle nombre cuando quieras.',
  'Why it matters to you (optional)': 'Por qué te importa (opcional)',
  'Why it matters to you': 'Por qué te importa',
  'How you’ll measure it': 'Cómo la vas a medir',
  'The measure stays as it is once a day is logged, so your log keeps its meaning.':
    'La forma de medir queda como está una vez que anotas un día, para que tus anotaciones conserven su sentido.',
  'What you count (optional)': 'Lo que cuentas (opcional)',
  'What you count': 'Lo que cuentas',
  'for example, pages read': 'por ejemplo, páginas leídas',
  'A word or two is plenty.': 'Una o dos palabras bastan.',
  'Delete this goal': 'Borrar esta meta',
  'This deletes the goal from this device for good, with every day of its log and its victories. Putting it away for now keeps them.':
    'Esto borra la meta de este dispositivo para siempre, con cada día anotado y sus victorias. Si la guardas por ahora, se conservan.',
  'The goal was deleted.': 'La meta se borró.',
  'This goal is put away for now. Its log and victories are kept.':
    'Esta meta está guardada por ahora. Sus anotaciones y victorias se conservan.',
  'Your log': 'Tus anotaciones',
  'could not be opened': 'no se pudo abrir',
  'Bring this goal back': 'Retomar esta meta',
  'Put this goal away for now': 'Guardar esta meta por ahora',
  'Log a day': 'Anotar un día',
  Day: 'Día',
  'Did you do it this day?': '¿Lo hiciste este día?',
  Done: 'Listo',
  'Not this day': 'Este día no',
  'Where was it this day?': '¿En qué punto estuvo este día?',
  '0 is the lowest, 10 the highest, in your own sense of it.':
    '0 es lo más bajo y 10 lo más alto, según lo sientas tú.',
  'How many {unit}?': '¿Qué cantidad de {unit}?',
  'How many?': '¿Qué cantidad?',
  'A note (optional)': 'Una nota (opcional)',
  'Update this day': 'Actualizar este día',
  'Save for this day': 'Guardar para este día',
  'Take this day’s log away': 'Quitar lo anotado en este día',
  'Choose an answer for this day first.': 'Primero elige una respuesta para este día.',
  'Logged for {day}.': 'Anotado para el {day}.',
  'The log for {day} was taken away.': 'Se quitó lo anotado para el {day}.',
  'The last 7 days': 'Los últimos 7 días',
  'Each day': 'Cada día',
  Yes: 'Sí',
  No: 'No',
  done: 'hecho',
  'not this day': 'este día no',
  '{value} of 10': '{value} de 10',
  'not logged': 'sin anotar',
  'Nothing logged in the last {span} days yet.':
    'Todavía no hay nada anotado en los últimos {span} días.',
  'Done on {done} of the last {span} days; logged on 1 day.':
    'Hecho en {done} de los últimos {span} días; anotado en 1 día.',
  'Done on {done} of the last {span} days; logged on {count} days.':
    'Hecho en {done} de los últimos {span} días; anotado en {count} días.',
  'Logged on 1 day of the last {span} days; on average {average} of 10.':
    'Anotado en 1 día de los últimos {span} días; en promedio, {average} de 10.',
  'Logged on {count} days of the last {span} days; on average {average} of 10.':
    'Anotado en {count} de los últimos {span} días; en promedio, {average} de 10.',
  '{total} {unit} in the last {span} days, logged on 1 day.':
    '{total} {unit} en los últimos {span} días, anotado en 1 día.',
  '{total} {unit} in the last {span} days, logged on {count} days.':
    '{total} {unit} en los últimos {span} días, anotado en {count} días.',
  '{total} in the last {span} days, logged on 1 day.':
    '{total} en los últimos {span} días, anotado en 1 día.',
  '{total} in the last {span} days, logged on {count} days.':
    '{total} en los últimos {span} días, anotado en {count} días.',
  'Small victories': 'Pequeñas victorias',
  'Anything that went a little better counts. Note it here.':
    'Todo lo que salió un poco mejor cuenta. Puedes anotarlo aquí.',
  'A small victory': 'Una pequeña victoria',
  'Note it': 'Anotarla',
  'Noted. Small steps count.': 'Anotado. Los pasos pequeños cuentan.',
  'Remove “{words}”': 'Quitar “{words}”',
  Remove: 'Quitar',

  // Recovery days and milestones
  'Your recovery dates could not be opened, so they were left as they are. Your journal is not affected.':
    'Tus fechas de recuperación no se pudieron abrir, así que se dejaron tal como están. Tu diario no se ve afectado.',
  'Recovery days counts the days you have lived in recovery, in total. It is off until you turn it on, and only you can see it.':
    '“Días de recuperación” cuenta los días que has vivido en recuperación, en total. Está apagado hasta que lo enciendas, y solo tú puedes verlo.',
  'If a slip happens, you can note it with care. It takes away that one day and nothing more: the days you have lived stay yours, and the count is never wiped to zero.':
    'Si ocurre un desliz, puedes anotarlo con cuidado. Quita ese único día y nada más: los días que has vivido siguen siendo tuyos, y la cuenta nunca vuelve a cero.',
  'Turn recovery days on': 'Encender los días de recuperación',
  'Turn recovery days on again': 'Volver a encender los días de recuperación',
  'Turn recovery days off': 'Apagar los días de recuperación',
  'Your dates stay on this device, sealed, and come back if you turn this on again.':
    'Tus fechas se quedan selladas en este dispositivo y vuelven si enciendes esto otra vez.',
  'When did your recovery begin?': '¿Cuándo empezó tu recuperación?',
  'Start counting': 'Empezar a contar',
  'Your count': 'Tu cuenta',
  'Every day since {date}.': 'Todos los días desde el {date}.',
  '{total} of the {since} days since {date}. Every one of them is yours.':
    '{total} de los {since} días desde el {date}. Cada uno es tuyo.',
  'A new start date': 'Una nueva fecha de inicio',
  'Save the start date': 'Guardar la fecha de inicio',
  'Change the start date': 'Cambiar la fecha de inicio',
  Milestones: 'Hitos',
  'Show milestones: 1, 7, 30, 60 and 90 days, 6 and 9 months, and each year':
    'Mostrar hitos: 1, 7, 30, 60 y 90 días, 6 y 9 meses, y cada año',
  '{mark} since you began. That is yours, and nothing takes it away.':
    '{mark} desde que empezaste. Eso es tuyo, y nada te lo quita.',
  '1 day': '1 día',
  '{count} days': '{count} días',
  '{count} months': '{count} meses',
  '1 year': '1 año',
  '{count} years': '{count} años',
  'Note a slip': 'Anotar un desliz',
  'If today or another day was a slip, you can note it here. Be gentle with yourself; if it helps, {helpNow} is one tap away.':
    'Si hoy u otro día hubo un desliz, puedes anotarlo aquí. Sé amable contigo; si te sirve, {helpNow} está a un toque.',
  'Day of the slip': 'Día del desliz',
  'A note for yourself (optional)': 'Una nota para ti (opcional)',
  'A journal entry has room for more.': 'Una entrada del diario tiene espacio para más.',
  'Note this day': 'Anotar este día',
  'Noted, with care. A slip is information, not the end of the road. Your days are still yours.':
    'Anotado, con cuidado. Un desliz es información, no el final del camino. Tus días siguen siendo tuyos.',
  'Your history': 'Tu historial',
  'Kept sealed on this device. Only you can see it.':
    'Se guarda sellado en este dispositivo. Solo tú puedes verlo.',
  'Counting from {date}': 'Contando desde el {date}',
  'Slip noted on {date}': 'Desliz anotado el {date}',
  'Slip on {date} taken back': 'Desliz del {date} retirado',
  'written {date}': 'escrito el {date}',
  'Take back the slip on {date}': 'Retirar el desliz del {date}',
  'Take back': 'Retirar',

  // Reasons a repository gives, read as they are
  'Choose a day from the calendar, written as year-month-day.':
    'Elige un día del calendario, escrito como año-mes-día.',
  'That day has not come yet. Choose today or a day before it.':
    'Ese día todavía no llegó. Elige hoy o un día anterior.',
  'A change needs a time.': 'Un cambio necesita una hora.',
  '{what} is text.': 'En “{what}” va texto.',
  '{what} is longer than Stepwork can keep in one piece. A journal entry has all the room you need.':
    'Lo escrito en “{what}” es más largo de lo que Stepwork puede guardar de una vez. Una entrada del diario tiene todo el espacio que necesitas.',
  '{what} is a whole number from {min} to {max}.':
    'En “{what}” va un número entero del {min} al {max}.',
  'A check-in needs its answers.': 'Un registro necesita sus respuestas.',
  Mood: 'Estado de ánimo',
  'A craving': 'Ganas de consumir',
  'HALT answers are yes or no.': 'Las respuestas de HALT son sí o no.',
  'A check-in holds up to {count} things you’re grateful for.':
    'Un registro guarda hasta {count} cosas que agradeces.',
  'A small win': 'Pequeño logro',
  'The review': 'Repaso',
  'Closing the help is yes or no.': 'Cerrar la ayuda es sí o no.',
  'What helped': 'Lo que ayudó',
  'Choose how to measure this goal: done or not, 0 to 10, or a count.':
    'Elige cómo medir esta meta: hecho o no, de 0 a 10, o una cantidad.',
  'What you count fits in {count} characters.': 'Lo que cuentas cabe en {count} caracteres.',
  'A name': 'Nombre',
  'A goal’s name fits in {count} characters.': 'El nombre de una meta cabe en {count} caracteres.',
  'Why it matters': 'Por qué importa',
  'Choose done or not this day.': 'Elige “Hecho” o “Este día no”.',
  'A scale answer': 'Respuesta en la escala',
  'This goal could not be opened, so it was left as it is.':
    'Esta meta no se pudo abrir, así que se dejó tal como está.',
  'A goal needs an id.': 'Una meta necesita un identificador.',
  'The measure stays as it is once a day is logged, so your log keeps its meaning. You can start a new goal with a different measure.':
    'La forma de medir queda como está una vez que anotas un día, para que tus anotaciones conserven su sentido. Puedes empezar una meta nueva con otra forma de medir.',
  'This goal is not here any more.': 'Esta meta ya no está aquí.',
  'Give the goal a name first.': 'Primero ponle un nombre a la meta.',
  'A victory': 'Victoria',
  'Write a few words about the victory first.': 'Primero escribe unas palabras sobre la victoria.',
  'A goal holds up to {count} victories.': 'Una meta guarda hasta {count} victorias.',
  'This goal could not be opened, so nothing was logged.':
    'Esta meta no se pudo abrir, así que no se anotó nada.',
  'A note': 'Nota',
  'Your recovery dates could not be opened, so they were left as they are.':
    'Tus fechas de recuperación no se pudieron abrir, así que se dejaron tal como están.',
  'A note here holds up to {count} characters.': 'Una nota aquí guarda hasta {count} caracteres.',
  'Choose the day your recovery began first.':
    'Primero elige el día en que empezó tu recuperación.',
  'That day is before the day your recovery began. Choose a day from then on.':
    'Ese día es anterior al día en que empezó tu recuperación. Elige un día desde entonces.',
};
