// The Spanish of the amends screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
// Steps 8 and 9 are tender: the words follow src/features/steps/content/es/step08.ts and step09.ts
// (“ponerte en contacto”, “excepto cuando hacerlo causaría daño”, “con disposición”).
export const AMENDS: Record<string, string> = {
  'Back to amends': 'Volver a las reparaciones',
  'Accountability in relationships': 'Responsabilidad en las relaciones',
  'Making amends includes how you show up from now on. This worksheet is for you alone; each part is optional.':
    'Reparar también es la forma en que estás presente en tus relaciones de ahora en adelante. Esta hoja de trabajo es solo para ti; cada parte es opcional.',
  'Opening…': 'Abriendo…',
  'This worksheet could not be opened. It is left exactly as it is, and nothing else is affected.':
    'No se pudo abrir esta hoja de trabajo. Queda exactamente como está, y nada más se ve afectado.',
  'Their name, or how you think of them': 'Su nombre, o cómo piensas en esa persona',
  'How you know them': 'Qué relación tienes con esa persona',
  'What happened': 'Qué pasó',
  'My part, where I had one': 'Mi parte, si la tuve',
  'Who is this about?': '¿Quién es?',
  Myself: 'Yo',
  'Someone else': 'Otra persona',
  'Write whom this is about. Until then, the rest is kept as it was last saved.':
    'Escribe de quién se trata. Mientras tanto, lo demás se mantiene como se guardó la última vez.',
  'How you know them (optional)': 'Qué relación tienes con esa persona (opcional)',
  'What happened (optional)': 'Qué pasó (opcional)',
  'You marked this as done to you in your inventory, so there is no part of yours to name here. What happened was not your fault.':
    'En tu inventario marcaste esto como algo que te hicieron a ti, así que aquí no hay una parte tuya que nombrar. Lo que pasó no fue tu culpa.',
  'My part, where I had one (optional)': 'Mi parte, si la tuve (opcional)',
  'How willing do you feel?': '¿Cuánta disposición sientes?',
  'Where this stands': 'En qué punto está',
  'When it changed': 'Cuándo cambió',
  '{status} on {date}': '{status}: {date}',
  'Making amends': 'Hacer la reparación',
  'Amends to yourself can start with forgiving how you coped and caring for yourself.':
    'Reparar contigo puede empezar por perdonarte la forma en que sobrellevaste las cosas, y por cuidarte.',
  'Amends to yourself': 'Reparar contigo',
  'Before any direct amends, a few gentle questions help you check that reaching out would do no harm.':
    'Antes de cualquier reparación directa, unas preguntas tranquilas te ayudan a comprobar que ponerte en contacto no causaría daño.',
  'Look at the harm check again': 'Volver a revisar si es seguro',
  'Check whether reaching out is safe': 'Revisar si es seguro ponerte en contacto',
  'Write an unsent letter to yourself': 'Escribir una carta que no se envía, para ti',
  'Write an unsent letter to {name}': 'Escribir una carta que no se envía, para {name}',
  'Write an unsent letter to them': 'Escribir una carta que no se envía, para esa persona',
  'You chose: {kind}.': 'Elegiste: {kind}.',
  'Take this off your list?': '¿Quitar este nombre de tu lista?',
  'Take this off your list? What you wrote here is deleted. Letters you wrote to them stay in your letters.':
    '¿Quitar este nombre de tu lista? Lo que escribiste aquí se elimina. Las cartas que le escribiste a esa persona se quedan en tus cartas.',
  'Yes, take it off my list': 'Sí, quitarlo de mi lista',
  'Keep it': 'Conservar',
  'Take this off my list': 'Quitar de mi lista',
  'On your amends list': 'En tu lista de reparaciones',
  'This item could not be opened. It is left exactly as it is, and nothing else is affected.':
    'No se pudo abrir este elemento. Queda exactamente como está, y nada más se ve afectado.',
  'From your inventory.': 'Viene de tu inventario.',
  'Open the inventory row': 'Abrir la fila del inventario',
  Amends: 'Reparar',
  'Whom you would like to make amends to, yourself first among them; a gentle check that reaching out is safe; and letters that are never sent.':
    'Las personas con quienes te gustaría reparar el daño, tú en primer lugar; una revisión tranquila de si es seguro ponerte en contacto; y cartas que nunca se envían.',
  'Forgiving yourself for how you coped, and a few commitments of care.':
    'Perdonarte por la forma en que sobrellevaste las cosas, y algunos compromisos de cuidado.',
  'Your amends list': 'Tu lista de reparaciones',
  'Read your list aloud': 'Leer tu lista en voz alta',
  'Unsent letters': 'Cartas que no se envían',
  'Letters you write here are never sent. You can keep them, seal them, or release them.':
    'Las cartas que escribes aquí nunca se envían. Puedes guardarlas, sellarlas o soltarlas.',
  'You have one letter kept here.': 'Tienes una carta guardada aquí.',
  'You have {count} letters kept here.': 'Tienes {count} cartas guardadas aquí.',
  'Your unsent letters': 'Tus cartas que no se envían',
  'Write an unsent letter': 'Escribir una carta que no se envía',
  'What you value, the boundaries you hold, and how you will keep them.':
    'Lo que valoras, los límites que sostienes y cómo vas a mantenerlos.',
  'Open the worksheet': 'Abrir la hoja de trabajo',
  'You deserve amends too. Many people put themselves first on this list.':
    'Tú también mereces reparación. Muchas personas se ponen en primer lugar en esta lista.',
  'Put myself first on the list': 'Ponerme en primer lugar en la lista',
  'An item that could not be opened': 'Un elemento que no se pudo abrir',
  'from your inventory': 'de tu inventario',
  'Nobody is on your list yet. Writing a name down commits you to nothing.':
    'Todavía no hay nadie en tu lista. Escribir un nombre no te compromete a nada.',
  'Add someone to the list': 'Agregar a alguien a la lista',
  'Small promises to yourself: rest, therapy or support, boundaries, your body, creativity. Every check-in counts, whatever it says.':
    'Pequeñas promesas para ti: descanso, terapia o apoyo, límites, tu cuerpo, creatividad. Cada registro cuenta, diga lo que diga.',
  'Your commitments of care': 'Tus compromisos de cuidado',
  'Kind of care': 'Tipo de cuidado',
  'What you will do for yourself': 'Lo que vas a hacer por ti',
  'Add this commitment': 'Agregar este compromiso',
  'A commitment that could not be opened': 'Un compromiso que no se pudo abrir',
  'Check-ins for “{title}”': 'Registros de “{title}”',
  'No check-ins yet.': 'Todavía no hay registros.',
  'Check in on “{title}”': 'Registrar cómo te fue con “{title}”',
  'Yes, let it go': 'Sí, dejarlo ir',
  'Let this one go': 'Dejar ir este compromiso',
  'Choose how it went.': 'Elige cómo te fue.',
  'How did “{title}” go?': '¿Cómo te fue con “{title}”?',
  'A note (optional)': 'Una nota (opcional)',
  'Keep this check-in': 'Guardar este registro',
  'Not now': 'Ahora no',
  'Back to this item': 'Volver a este elemento',
  'Is it safe to reach out?': '¿Es seguro ponerte en contacto?',
  'This item is not on your list, so there is nothing to check here.':
    'Esto no está en tu lista, así que aquí no hay nada que revisar.',
  'These questions about {name} help you choose a kind of amends that does no harm. There are no wrong answers, and you can skip any of them.':
    'Estas preguntas sobre {name} te ayudan a elegir una forma de reparar que no cause daño. No hay respuestas equivocadas, y puedes saltarte cualquiera.',
  'These questions about yourself help you choose a kind of amends that does no harm. There are no wrong answers, and you can skip any of them.':
    'Estas preguntas sobre ti te ayudan a elegir una forma de reparar que no cause daño. No hay respuestas equivocadas, y puedes saltarte cualquiera.',
  'A suggestion: {kind}.': 'Una sugerencia: {kind}.',
  'This is only a suggestion. You decide.': 'Es solo una sugerencia. Tú decides.',
  'Answer what you can; a suggestion appears here.':
    'Responde lo que puedas; aquí aparecerá una sugerencia.',
  'Which kind of amends feels right to you?': '¿Qué tipo de reparación te parece adecuado?',
  '{kind} (suggested)': '{kind} (sugerencia)',
  'Keep my answers': 'Guardar mis respuestas',
  'Your trusted people': 'Tus personas de confianza',
  'Their name': 'Su nombre',
  'Linked to {link}.': 'Vinculada a {link}.',
  'What kind of letter is this?': '¿Qué tipo de carta es?',
  'When you have chosen, the parts of the letter will appear here.':
    'Cuando elijas, aquí aparecerán las partes de la carta.',
  'Who is this letter to?': '¿Quién es la persona a quien escribes?',
  'A name, initials, or just “you”: whatever feels safe to write.':
    'Un nombre, unas iniciales o solo “tú”: lo que te parezca seguro escribir.',
  'your amends list': 'tu lista de reparaciones',
  'Each part is optional. Write as much or as little as feels true.':
    'Cada parte es opcional. Escribe tanto o tan poco como se sienta verdadero.',
  'Finish this letter': 'Terminar esta carta',
  'Back to your letters': 'Volver a tus cartas',
  'An unsent letter': 'Una carta que no se envía',
  'This letter could not be opened. It is left exactly as it is, and nothing else is affected.':
    'No se pudo abrir esta carta. Queda exactamente como está, y nada más se ve afectado.',
  'A letter released on {date}. Its words are gone for good.':
    'Una carta que soltaste el {date}. Sus palabras se fueron para siempre.',
  'Read it aloud': 'Leer en voz alta',
  'Sealed on {date}. It is read-only and stays exactly as it is.':
    'Sellada el {date}. Solo se puede leer, y se queda exactamente como está.',
  'Unseal this letter': 'Quitar el sello a esta carta',
  'Seal this letter': 'Sellar esta carta',
  'Edit again': 'Editar otra vez',
  'Open a print view': 'Abrir una vista para imprimir',
  'Release this letter': 'Soltar esta carta',
  'Unseal this letter?': '¿Quitar el sello a esta carta?',
  'Unseal this letter? It becomes a finished letter again, and you can edit it.':
    '¿Quitar el sello a esta carta? Vuelve a ser una carta terminada, y puedes editarla.',
  'Yes, unseal it': 'Sí, quitar el sello',
  'Keep it sealed': 'Mantenerla sellada',
  'Your letter': 'Tu carta',
  'An unsent letter, {kind}': 'Una carta que no se envía, {kind}',
  'A letter here is never sent. You can keep it, seal it so it cannot change, or release it: its words are deleted for good, as a way of letting go.':
    'Una carta que escribes aquí nunca se envía. Puedes guardarla, sellarla para que no cambie, o soltarla: sus palabras se eliminan para siempre, como una forma de dejar ir.',
  'Write a letter to yourself': 'Escribir una carta para ti',
  'No letters yet. When you are ready, there is room here.':
    'Todavía no hay cartas. Cuando quieras, aquí hay lugar.',
  'Your letters': 'Tus cartas',
  'A letter released on {date}': 'Una carta que soltaste el {date}',
  'A letter that could not be opened': 'Una carta que no se pudo abrir',
  'Back to the letter': 'Volver a la carta',
  'Print view': 'Vista para imprimir',
  'A paper copy leaves this device’s protection. Keep it somewhere safe, or let it go.':
    'Una copia en papel queda fuera de la protección de este dispositivo. Guárdala en un lugar seguro, o déjala ir.',
  'Print this letter': 'Imprimir esta carta',
  'There are no words here to print.': 'Aquí no hay palabras para imprimir.',
  'Releasing a letter': 'Soltar una carta',
  'Released. All that remains is a note: a letter released on {date}.':
    'La soltaste. Solo queda una nota: una carta que soltaste el {date}.',
  'Released. No trace of it is kept.': 'La soltaste. No se guarda ningún rastro de ella.',
  'This letter was released on {date}.': 'Soltaste esta carta el {date}.',
  'This letter is not here.': 'Esta carta no está aquí.',
  'Finish this letter before releasing it.': 'Termina esta carta antes de soltarla.',
  'Your letter to yourself is ready to be let go. Before you do, take one slow breath.':
    'Tu carta para ti está lista para dejarla ir. Antes de hacerlo, respira despacio una vez.',
  'Your letter to {name} is ready to be let go. Before you do, take one slow breath.':
    'Tu carta para {name} está lista para dejarla ir. Antes de hacerlo, respira despacio una vez.',
  'Your letter to someone not named yet is ready to be let go. Before you do, take one slow breath.':
    'Tu carta para alguien sin nombrar todavía está lista para dejarla ir. Antes de hacerlo, respira despacio una vez.',
  'Breathe in slowly… and let it out, a little longer than the breath in.':
    'Inhala despacio… y exhala, un poco más largo que al inhalar.',
  'I have taken a breath': 'Ya respiré',
  'What would you like to keep?': '¿Qué te gustaría conservar?',
  'Only a note: “a letter released on {date}”': 'Solo una nota: “una carta que soltaste el {date}”',
  'No trace at all': 'Ningún rastro',
  'Releasing deletes this letter’s words from this device for good. This cannot be undone.':
    'Al soltarla, las palabras de esta carta se eliminan de este dispositivo para siempre. No se puede deshacer.',
  'Release this letter for good': 'Soltar esta carta para siempre',
  'Not now, keep it': 'Ahora no, conservarla',
  'How I coped, when I had nothing better': 'Cómo me las arreglé, cuando no tenía nada mejor',
  'The ways you got through. They made sense at the time.':
    'Las formas en que saliste adelante. En ese momento tenían sentido.',
  'What I forgive myself for': 'Lo que me perdono',
  'Forgiving is not excusing harm. It is making room to heal.':
    'Perdonar no es justificar el daño. Es hacer lugar para sanar.',
  'What I need from myself now': 'Lo que necesito de mí ahora',
  'Rest, patience, help, a kinder voice inside…':
    'Descanso, paciencia, ayuda, una voz interior más amable…',
  'You are first on your list. Trauma and addiction often bring years of self-neglect and self-blame; you deserve repair too.':
    'Eres la primera persona de tu lista. El trauma y la adicción muchas veces traen años de descuidarte y de culparte; tú también mereces reparación.',
  'Forgiving myself': 'Perdonarme',
  'These words could not be opened. They are left exactly as they are, and nothing else is affected.':
    'No se pudieron abrir estas palabras. Quedan exactamente como están, y nada más se ve afectado.',
  'Commitments of care': 'Compromisos de cuidado',
  'What I value in my relationships': 'Lo que valoro en mis relaciones',
  'Honesty, gentleness, being on time, being able to say no…':
    'Honestidad, delicadeza, llegar a tiempo, poder decir que no…',
  'The boundaries I hold': 'Los límites que sostengo',
  'What you will and will not accept, from others and from yourself.':
    'Lo que aceptas y lo que no, de otras personas y de ti.',
  'How I will keep them': 'Cómo voy a mantenerlos',
  'What you will say or do when a boundary is pushed, and who you can lean on.':
    'Lo que vas a decir o hacer cuando alguien ponga a prueba un límite, y en quién puedes apoyarte.',
  'When I fall short, how I will make it right': 'Cuando no lo logre, cómo voy a repararlo',
  'A slip is information. What would a quick, honest repair look like?':
    'Un desliz es información. ¿Cómo sería una reparación rápida y honesta?',
  'This item could not be opened, so it is left exactly as it is.':
    'No se pudo abrir este elemento, así que queda exactamente como está.',
  'Whom this is about': 'De quién se trata',
  'Your part': 'Tu parte',
  'Willingness is one of the choices.': 'La disposición se elige entre las opciones.',
  'That is not one of the statuses.': 'Ese no es uno de los estados posibles.',
  '“Myself” is yes or no.': '“Yo” es sí o no.',
  'Write whom this is about. The rest of the item is kept.':
    'Escribe de quién se trata. El resto del elemento se conserva.',
  'Each answer is yes, not sure or no.': 'Cada respuesta es sí, no lo sé o no.',
  'That is not one of the kinds of amends.': 'Ese no es uno de los tipos de reparación.',
  'This item is not on your list any more.': 'Esto ya no está en tu lista.',
  'Go gently. Amends can stir up a lot. Take only what feels possible today; you can pause at any time, and what you write stays here, saved on this device.':
    'Ve con calma. Reparar puede remover muchas cosas. Toma solo lo que hoy te parezca posible; puedes hacer una pausa en cualquier momento, y lo que escribes se queda aquí, guardado en este dispositivo.',
  'Take a pause with Help now': 'Hacer una pausa con Ayuda ahora',
  'Stepwork never contacts anyone. Nothing here is sent, shared or e-mailed, by you or for you.':
    'Stepwork nunca se pone en contacto con nadie. Nada de aquí se envía, se comparte ni se manda por correo electrónico, ni por tu parte ni en tu nombre.',
  'Thank you for thinking this through with care.': 'Gracias por pensarlo con cuidado.',
  'Thank you for thinking this through with care. Choosing a safe way is itself part of the amends.':
    'Gracias por pensarlo con cuidado. Elegir un camino seguro ya es parte de la reparación.',
  'You put something true into words. That takes courage, and you did it.':
    'Pusiste en palabras algo verdadero. Eso requiere valor, y lo hiciste.',
  'You let it go. Whatever you carried into this letter, you do not have to carry it in the same way now.':
    'La dejaste ir. Lo que sea que pusiste en esta carta, ya no tienes que cargarlo de la misma manera.',
  'Being kind to yourself is real work. It counts, every time.':
    'Tratarte con amabilidad es un trabajo real. Cuenta, cada vez.',
  'Knowing what you value and how you will protect it is strength. It is kept here for when you need it.':
    'Saber lo que valoras y cómo vas a protegerlo es una fortaleza. Queda guardado aquí para cuando lo necesites.',
  'Would reaching out put you at risk, in body, mind or safety?':
    '¿Ponerte en contacto te pondría en riesgo, en tu cuerpo, tu mente o tu seguridad?',
  'Could reaching out hurt them, or someone else?':
    '¿Ponerte en contacto podría lastimar a esa persona, o a alguien más?',
  'Is there a no-contact order, or a reason they would not want to hear from you?':
    '¿Hay una orden de restricción, o alguna razón por la que esa persona no querría saber de ti?',
  'Is this more about your own relief than their good?':
    '¿Esto tiene más que ver con tu propio alivio que con el bien de esa persona?',
  Yes: 'Sí',
  'Not sure': 'No lo sé',
  No: 'No',
  'Direct amends': 'Reparación directa',
  'Speaking with them yourself and naming what you did, without excuses.':
    'Hablar directamente con esa persona y nombrar lo que hiciste, sin excusas.',
  'Indirect amends': 'Reparación indirecta',
  'Repair without contact, such as giving time to something that matters to them.':
    'Reparar sin contacto, como dedicar tiempo a algo que le importa a esa persona.',
  'Living amends': 'Reparación en la vida diaria',
  'A steady change in how you act from now on.':
    'Un cambio constante en tu forma de actuar, de ahora en adelante.',
  'Saying everything on paper, kept private, never sent.':
    'Decirlo todo en papel, en privado, sin enviarlo nunca.',
  'Waiting is a safe choice. You can come back.':
    'Esperar es una elección segura. Puedes volver cuando quieras.',
  'Your safety comes first. An unsent letter lets you say everything without reaching out.':
    'Tu seguridad va primero. Una carta que no se envía te permite decirlo todo sin ponerte en contacto.',
  'Respecting their wish, or an order, is part of the amends. A living amends honours it without any contact.':
    'Respetar su deseo, o una orden, es parte de la reparación. Una reparación en la vida diaria lo respeta sin ningún contacto.',
  'Reaching out could reopen a wound. An indirect amends can repair something without contact.':
    'Ponerte en contacto podría reabrir una herida. Una reparación indirecta puede sanar algo sin contacto.',
  'When it is mostly for your own relief, a change in how you act may serve them better than words.':
    'Cuando es sobre todo para tu propio alivio, un cambio en tu forma de actuar puede servirle más a esa persona que las palabras.',
  'Some answers are not clear yet. It is fine to wait and talk it through with someone you trust. An unsent letter is there meanwhile.':
    'Algunas respuestas todavía no están claras. Está bien esperar y hablarlo con alguien de confianza. Mientras tanto, tienes a mano una carta que no se envía.',
  'Nothing you answered points to harm. Speaking with them directly may fit, when and how you choose.':
    'Nada de lo que respondiste apunta a un daño. Hablar directamente con esa persona puede encajar, cuando y como tú elijas.',
  'You said reaching out could put you at risk.':
    'Dijiste que el contacto podría ponerte en riesgo.',
  'You were not sure whether reaching out could put you at risk.':
    'No sabías con certeza si el contacto podría ponerte en riesgo.',
  'You chose to speak with them directly, and that is yours to decide. It may help to plan it with someone you trust first: where you meet, who knows you are going, and how you can leave if it stops feeling safe.':
    'Elegiste hablar directamente con esa persona, y esa decisión es tuya. Puede ayudarte planearlo primero con alguien de confianza: dónde se van a ver, quién sabe que vas, y cómo puedes irte si dejas de sentirte a salvo.',
  Listed: 'En la lista',
  Planning: 'Planeando',
  Made: 'Reparación hecha',
  'Set aside for safety': 'En pausa por seguridad',
  'Not yet': 'Todavía no',
  'Becoming willing': 'Abriéndome a reparar',
  Willing: 'Con disposición',
  Draft: 'Borrador',
  Finished: 'Terminada',
  Sealed: 'Sellada',
  Released: 'Soltada',
  'Anything else': 'Algo más',
  'Whatever is still left to say.': 'Lo que todavía quede por decir.',
  'Say it plainly, the way you remember it.': 'Dilo con sencillez, como lo recuerdas.',
  'What I own': 'Lo que reconozco como mío',
  'Only your part, where you had one. What others did is theirs.':
    'Solo tu parte, si la tuviste. Lo que hicieron otras personas les toca a ellas.',
  'How it may have affected you': 'Cómo pudo haberte afectado',
  'Imagine it from where they stood, without guessing for them.':
    'Imagínalo desde su lugar, sin adivinar por esa persona.',
  'What I am sorry for': 'Lo que lamento',
  'An apology without "but": no excuses, no explaining it away.':
    'Una disculpa sin “pero”: sin excusas, sin justificarlo.',
  'What I am doing differently': 'Lo que estoy haciendo distinto',
  'What has changed, or what you are working to change.':
    'Lo que ha cambiado, o lo que estás trabajando para cambiar.',
  'What I wish for you, and for me': 'Lo que deseo para ti, y para mí',
  'A kind wish to close with, if one feels true.':
    'Un deseo amable para cerrar, si alguno se siente verdadero.',
  'What I have been carrying': 'Lo que he estado cargando',
  'Say it as gently as you would to a friend you love.':
    'Dilo con la misma ternura con la que le hablarías a una amistad que quieres.',
  'How I was trying to cope': 'Cómo intentaba sobrellevarlo',
  'What you did made sense to you then. You were doing what you could.':
    'Lo que hiciste tenía sentido para ti en ese momento. Hacías lo que podías.',
  'Only what feels true today. Forgiveness can come a little at a time.':
    'Solo lo que hoy se sienta verdadero. El perdón puede llegar poco a poco.',
  'How I will care for myself': 'Cómo voy a cuidarme',
  'One small, kind thing you can offer yourself, today or soon.':
    'Algo pequeño y amable que puedas ofrecerte, hoy o pronto.',
  'What I wish for myself': 'Lo que deseo para mí',
  'Only as much as you want to say. You do not have to tell all of it.':
    'Solo lo que quieras decir. No tienes que contarlo todo.',
  'What it cost me': 'Lo que me costó',
  'How it touched your life, then and now. Your hurt is real.':
    'Cómo tocó tu vida, entonces y ahora. Tu dolor es real.',
  'What I take back': 'Lo que recupero',
  'What was taken from you that you claim again: your voice, your worth, your peace.':
    'Lo que te quitaron y vuelves a reclamar como tuyo: tu voz, tu valor, tu paz.',
  'What I let go': 'Lo que suelto',
  'What you no longer want to carry. Letting go is for you; it never excuses them.':
    'Lo que ya no quieres cargar. Soltar es para ti; nunca justifica lo que esa persona hizo.',
  'What I miss': 'Lo que extraño',
  'The small things count as much as the big ones.':
    'Las cosas pequeñas cuentan tanto como las grandes.',
  'What I want to remember': 'Lo que quiero recordar',
  'A moment, a voice, a habit: whatever you want to keep close.':
    'Un momento, una voz, una costumbre: lo que quieras mantener cerca.',
  'What I never got to say': 'Lo que nunca llegué a decir',
  'Thanks, anger, sorrow, love: all of it is welcome here.':
    'Gratitud, enojo, tristeza, amor: todo tiene lugar aquí.',
  'What I carry with me': 'Lo que llevo conmigo',
  'What of them, or of your time together, goes on with you.':
    'Lo que queda de esa persona, o del tiempo que compartieron, y sigue contigo.',
  'What I wish for you': 'Lo que deseo para ti',
  'A wish to close with, if one feels true.':
    'Un deseo para cerrar, si alguno se siente verdadero.',
  'to someone I harmed': 'para alguien a quien hice daño',
  'to myself': 'para mí',
  'to someone who harmed me': 'para alguien que me hizo daño',
  'to someone I lost': 'para alguien a quien perdí',
  'To someone I harmed': 'Para alguien a quien hice daño',
  'To myself': 'Para mí',
  'To someone who harmed me': 'Para alguien que me hizo daño',
  'To someone I lost': 'Para alguien a quien perdí',
  'Owning your part, where you had one, and what you are doing differently.':
    'Hacerte cargo de tu parte, si la tuviste, y de lo que estás haciendo distinto.',
  'Forgiveness and care, written to yourself the way you would write to a friend.':
    'Perdón y cuidado, escritos para ti como le escribirías a una amistad.',
  'Naming what was done to you, and what you take back. Not an apology: you owe them none.':
    'Nombrar lo que te hicieron, y lo que recuperas. No es una disculpa: no le debes ninguna.',
  'For someone gone, through death, distance or a door that closed.':
    'Para alguien que ya no está, por la muerte, la distancia o una puerta que se cerró.',
  'What they did was not your fault. This letter is for you alone: you never need to send it, show it or meet them. If writing brings them too close, you can stop, take a pause, and come back only if you want to.':
    'Lo que te hicieron no fue tu culpa. Esta carta es solo para ti: nunca necesitas enviarla, mostrarla ni ver a esa persona. Si escribir te la acerca demasiado, puedes detenerte, hacer una pausa y volver solo si quieres.',
  'That kind of letter is not one Stepwork knows.': 'Stepwork no conoce ese tipo de carta.',
  '“To myself” is yes or no.': '“Para mí” es sí o no.',
  'Whom the letter is to': 'Para quién es la carta',
  'This letter was released. Its words are gone for good.':
    'Esta carta se soltó. Sus palabras se fueron para siempre.',
  'This letter is finished. Choose “Edit again” to change it.':
    'Esta carta está terminada. Elige “Editar otra vez” para cambiarla.',
  'That person is not on your amends list any more.':
    'Esa persona ya no está en tu lista de reparaciones.',
  'Write something first. A blank letter is not kept.':
    'Escribe algo primero. Una carta en blanco no se guarda.',
  'Write whom this letter is to before you finish it. It is kept as a draft meanwhile.':
    'Escribe para quién es esta carta antes de terminarla. Mientras tanto, se guarda como borrador.',
  'Only a draft can be finished.': 'Solo se puede terminar un borrador.',
  'Unseal this letter first to edit it.': 'Quítale el sello a esta carta para poder editarla.',
  'Finish this letter before sealing it.': 'Termina esta carta antes de sellarla.',
  'This letter is not sealed.': 'Esta carta no está sellada.',
  'This letter is not here, so there is nothing to release.':
    'Esta carta no está aquí, así que no hay nada que soltar.',
  'To {name}': 'Para {name}',
  'To someone not named yet': 'Para alguien sin nombrar todavía',
  Rest: 'Descanso',
  'Therapy or support': 'Terapia o apoyo',
  Boundaries: 'Límites',
  'My body': 'Mi cuerpo',
  'Creativity and play': 'Creatividad y juego',
  'Something else': 'Otra cosa',
  'I made room for it': 'Le hice espacio',
  Partly: 'En parte',
  'Not this time': 'Esta vez no',
  'How you coped': 'Cómo te las arreglaste',
  'What you forgive yourself for': 'Lo que te perdonas',
  'What you need now': 'Lo que necesitas ahora',
  'Choose one of the kinds of care.': 'Elige uno de los tipos de cuidado.',
  'Your commitment': 'Tu compromiso',
  'Write a few words about what you will do for yourself.':
    'Escribe unas palabras sobre lo que vas a hacer por ti.',
  'This is not a commitment of care.': 'Esto no es un compromiso de cuidado.',
  'Your note': 'Tu nota',
  'This commitment is not here any more.': 'Este compromiso ya no está aquí.',
  '{what} is text.': 'En “{what}” va texto.',
  '{what} is longer than Stepwork can keep in one box. A journal entry has room for the rest.':
    'El texto de “{what}” es más largo de lo que Stepwork puede guardar en un solo cuadro. Una entrada del diario tiene espacio para el resto.',
  'This needs an id.': 'Falta un identificador.',
};
