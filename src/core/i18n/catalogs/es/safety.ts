// The Spanish of the safety screens' words, keyed by their English (docs/i18n-es.md is the style sheet).
// These are read in hard moments: short sentences, "puedes", nothing that sounds like an order.
export const SAFETY: Record<string, string> = {
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
    'Parece que esto pesa mucho ahora. Gracias por decirlo con honestidad. No hace falta arreglar nada en este momento; esto está aquí por si lo quieres.',
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
};
