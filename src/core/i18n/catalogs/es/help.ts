// Help now and the crisis lines, wherever they show (the locked screen, the error screens).
export const HELP: Record<string, string> = {
  'You are not alone in this. Take one slow breath. You can stay here as long as you need.':
    'No estás a solas con esto. Respira despacio una vez. Puedes quedarte aquí todo el tiempo que necesites.',
  'Back to where you were': 'Volver a donde estabas',
  'Anything you were writing is saved.': 'Lo que estabas escribiendo está guardado.',
  'Ground yourself: 5, 4, 3, 2, 1': 'Anclarte en el presente: 5, 4, 3, 2, 1',
  'Notice what is around you, one sense at a time.': 'Nota lo que te rodea, un sentido a la vez.',
  'Breathe slowly': 'Respirar despacio',
  'In for four, hold for four, out for six.':
    'Inhala contando cuatro, sostén contando cuatro, exhala contando seis.',
  'My safety plan': 'Mi plan de seguridad',
  'Your own plan for hard moments.': 'Tu propio plan para los momentos difíciles.',
  'My staying-well plan': 'Mi plan para seguir bien',
  'Triggers, early signs, what helps, and kindness after a slip.':
    'Detonantes, primeras señales, lo que ayuda, y amabilidad después de un desliz.',
  'My people': 'Mi gente',
  'Hide crisis lines': 'Ocultar las líneas de crisis',
  'You chose to hide the crisis lines. They are here when you want them.':
    'Elegiste ocultar las líneas de crisis. Están aquí cuando las quieras.',
  'Show crisis lines': 'Mostrar las líneas de crisis',
  'That could not be changed just now. Nothing else changed; you can try again.':
    'No se pudo cambiar en este momento. Nada más cambió; puedes intentarlo otra vez.',
  'Your people could not be opened just now. Nothing about them was changed.':
    'No se pudo abrir tu gente en este momento. No se cambió nada de lo que guardaste.',
  'You can keep the people you trust here, to call or text with one tap.':
    'Puedes guardar aquí a las personas en quienes confías, para llamarles o escribirles con un toque.',
  'Change my people': 'Cambiar mi gente',
  'Add someone': 'Agregar a alguien',
  'My meetings': 'Mis reuniones',
  'Need help now?': '¿Necesitas ayuda ahora?',
  'Your own lines could not be opened just now. Nothing about them was changed.':
    'No se pudieron abrir tus propias líneas en este momento. No se cambió nada de ellas.',
  '“{name}” could not be removed just now. It is still here.':
    'No se pudo quitar “{name}” en este momento. Sigue aquí.',
  'Your own lines': 'Tus propias líneas',
  'Remove {name}': 'Quitar {name}',
  'Add a line of your own': 'Agregar una línea propia',
  'Call {number}': 'Llamar al {number}',
  'Text {word} to {number}': 'Enviar {word} por SMS al {number}',
  'Text {number}': 'Enviar un SMS al {number}',
  'Lines in {country}': 'Líneas en {country}',
  'We have not yet checked a crisis line here. The emergency number is always there.':
    'Todavía no verificamos una línea de crisis aquí. El número de emergencias siempre está.',
  'Choose a country': 'Elige un país',
  'Choose your country': 'Elige tu país',
  'So the numbers here are ones you can call where you are.':
    'Así los números de aquí son los que puedes llamar desde donde estás.',
  'Your country': 'Tu país',
  'Emergency numbers for the places your phone suggests:':
    'Números de emergencias de los lugares que sugiere tu teléfono:',
  'Lines for another country': 'Líneas de otro país',
  'Lines in other countries': 'Líneas en otros países',
  'Each number was checked in December 2026 against a public page that states it. Numbers can change: if one does not answer, the emergency number is there.':
    'Cada número se verificó en diciembre de 2026 con una página pública que lo indica. Los números pueden cambiar: si uno no contesta, ahí está el número de emergencias.',
};
