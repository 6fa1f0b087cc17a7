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
  'If you are in danger right now, call your local emergency number: 911 in the United States, Canada and Mexico, 112 in most of Europe, 999 in the United Kingdom, 000 in Australia.':
    'Si estás en peligro ahora mismo, llama al número de emergencias de donde estés: el 911 en Estados Unidos, Canadá y México, el 112 en la mayor parte de Europa, el 999 en el Reino Unido, el 000 en Australia.',
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
  // What each crisis line offers, its hours and its languages (crisisLineCountries.ts). The
  // lines' own names stay as their services write them; the words to text (HOME, START) too.
  'Any time, day or night': 'A cualquier hora, de día o de noche',
  'Every day, 3:30 p.m. to 12:30 a.m.': 'Todos los días, de 15:30 a 0:30',
  'Usually 10 a.m. to midnight': 'Por lo general, de 10:00 a medianoche',
  'Any time, except during the Eid holidays': 'A cualquier hora, salvo en las fiestas del Eid',
  'Mon, Thu, Fri all day; other days 6 a.m. to midnight':
    'Lunes, jueves y viernes todo el día; los demás días, de 6:00 a medianoche',
  'Call or text 988, free and confidential.': 'Llama o envía un SMS al 988, gratis y confidencial.',
  'Free and confidential. Help finding treatment and support groups.':
    'Gratis y confidencial. Ayuda para encontrar tratamiento y grupos de apoyo.',
  'Text HOME to 741741.': 'Envía HOME por SMS al 741741.',
  'Call, or text START to 88788.': 'Llama, o envía START por SMS al 88788.',
  'Support after sexual violence.': 'Apoyo después de la violencia sexual.',
  'Call or text 988, free.': 'Llama o envía un SMS al 988, gratis.',
  'Free from any phone, even with no credit.':
    'Gratis desde cualquier teléfono, incluso sin saldo.',
  'Free to call.': 'Llamar es gratis.',
  'Crisis support. Free from a mobile.': 'Apoyo en crisis. Gratis desde un celular.',
  'Text Lifeline if talking is hard.': 'Escríbele a Lifeline por SMS si hablar se hace difícil.',
  'Call or text 1737 to talk with a trained counsellor. Free.':
    'Llama o envía un SMS al 1737 para hablar con una persona preparada para escucharte. Gratis.',
  'Free. Mental health, addiction and thoughts of suicide.':
    'Gratis. Salud mental, adicciones y pensamientos de suicidio.',
  'Free and anonymous emotional support.': 'Apoyo emocional gratuito y anónimo.',
  'Free and anonymous.': 'Gratis y anónimo.',
  'From anywhere in the country. In Buenos Aires city and Greater Buenos Aires, 135.':
    'Desde cualquier lugar del país. En la Ciudad de Buenos Aires y el Gran Buenos Aires, el 135.',
  'Buenos Aires city and Greater Buenos Aires only.':
    'Solo en la Ciudad de Buenos Aires y el Gran Buenos Aires.',
  'Free psychological support, from Bogotá.': 'Apoyo psicológico gratuito, desde Bogotá.',
  'Free and confidential. A psychologist answers.':
    'Gratis y confidencial. Te atiende un equipo de psicología.',
  'Free psychological support. Call 113, then choose 5.':
    'Apoyo psicológico gratuito. Llama al 113 y luego marca el 5.',
  'Free, anonymous support for thoughts of suicide.':
    'Apoyo gratuito y anónimo si tienes pensamientos de suicidio.',
  'Someone to talk to.': 'Alguien con quien hablar.',
  'Answered by mental health professionals.': 'Te atienden profesionales de la salud mental.',
  'Psychological counselling from the health service.':
    'Orientación psicológica del servicio de salud.',
  'Volunteers who listen.': 'Personas voluntarias que escuchan.',
  'Free and confidential. Answered by health professionals.':
    'Gratis y confidencial. Te atienden profesionales de la salud.',
  'Free and anonymous, if the first number is busy.':
    'Gratis y anónimo, si el primer número está ocupado.',
  'Free, no area code needed.': 'Gratis, sin código de área.',
  'Someone to talk to, anonymously. A call costs a small fixed fee.':
    'Alguien con quien hablar, de forma anónima. Una llamada cuesta una pequeña tarifa fija.',
  'Volunteers who listen, anonymously.': 'Personas voluntarias que escuchan, de forma anónima.',
  'Free, even with no credit.': 'Gratis, incluso sin saldo.',
  'Anonymous support from trained volunteers.':
    'Apoyo anónimo de personas voluntarias con formación.',
  'Free, for anyone who needs someone to talk to.':
    'Gratis, para cualquier persona que necesite hablar con alguien.',
  'Crisis line.': 'Línea de crisis.',
  'Anonymous support in a crisis or with thoughts of suicide.':
    'Apoyo anónimo en una crisis o si tienes pensamientos de suicidio.',
  'Crisis helpline. Anonymous.': 'Línea de ayuda en crisis. Anónima.',
  'For anyone in a mental health crisis. Psychologists answer.':
    'Para cualquier persona en una crisis de salud mental. Te atiende un equipo de psicología.',
  'For adults in crisis and the people close to them.':
    'Para personas adultas en crisis y quienes están cerca de ellas.',
  'For everyone.': 'Para todas las personas.',
  'Free support for anyone in distress or with thoughts of suicide.':
    'Apoyo gratuito para cualquier persona con angustia o pensamientos de suicidio.',
  'Suicide prevention line, answered by mental health professionals.':
    'Línea de prevención del suicidio, atendida por profesionales de la salud mental.',
  'For anyone facing violence, abuse or neglect, from the Ministry of Family and Social Services.':
    'Para cualquier persona que vive violencia, abuso o abandono, del Ministerio de Familia y Servicios Sociales.',
  'Free and anonymous. For children, young people and their parents.':
    'Gratis y anónimo. Para niñas, niños, jóvenes y sus familias.',
  'Suicide prevention and psychological support.': 'Prevención del suicidio y apoyo psicológico.',
  'Anonymous and confidential.': 'Anónimo y confidencial.',
  'Free, confidential help with addiction, for you or someone close to you.':
    'Ayuda gratuita y confidencial con las adicciones, para ti o alguien cercano.',
  'Free mental health support from the government. Choose your language.':
    'Apoyo gratuito en salud mental del gobierno. Elige tu idioma.',
  'The same service, on a toll-free number.': 'El mismo servicio, en un número gratuito.',
  'Free support from psychologists, for anyone struggling or thinking of suicide.':
    'Apoyo gratuito de un equipo de psicología, para cualquier persona que esté pasando por un momento difícil o piense en el suicidio.',
  'For women and children facing violence, and their families. Free.':
    'Para mujeres, niñas y niños que viven violencia, y sus familias. Gratis.',
  'Free, confidential counselling by phone, especially for young people.':
    'Orientación gratuita y confidencial por teléfono, sobre todo para jóvenes.',
  'National Center for Mental Health.': 'Centro Nacional de Salud Mental.',
  'The same hotline, on a mobile number.': 'La misma línea, en un número de celular.',
  'The Ministry of Health’s mental health crisis line. Counsellors answer.':
    'La línea de crisis de salud mental del Ministerio de Salud. Te atienden profesionales de la orientación.',
  'Confidential support in a crisis or with thoughts of suicide.':
    'Apoyo confidencial en una crisis o si tienes pensamientos de suicidio.',
  'Trained counsellors listen and help you find support. Confidential.':
    'Profesionales de la orientación te escuchan y te ayudan a encontrar apoyo. Confidencial.',
  'The national line for psychological support, including in a crisis.':
    'La línea nacional de apoyo psicológico, también en una crisis.',
  'For distress or thoughts of suicide.': 'Para la angustia o los pensamientos de suicidio.',
  'Emotional support hotline.': 'Línea de apoyo emocional.',
  'For anything troubling you. Also in other languages.':
    'Para cualquier cosa que te inquiete. También en otros idiomas.',
  'Free, for anyone who feels they want to die or disappear.':
    'Gratis, para cualquier persona que sienta ganas de morir o de desaparecer.',
  'For anyone, from the Ministry of Health and Welfare.':
    'Para cualquier persona, del Ministerio de Salud y Bienestar.',
  'Or SMS 31393 and a counsellor calls you back.':
    'O envía un SMS al 31393 y una persona de orientación te devuelve la llamada.',
  'Free.': 'Gratis.',
  'Free. Counsellors listen and help you find care near you.':
    'Gratis. Profesionales de la orientación te escuchan y te ayudan a encontrar atención cerca de ti.',
  'Counselling by phone from the Kenya Red Cross.':
    'Orientación por teléfono de la Cruz Roja de Kenia.',
  // The languages a line answers in.
  English: 'inglés',
  Spanish: 'español',
  Portuguese: 'portugués',
  German: 'alemán',
  French: 'francés',
  Italian: 'italiano',
  Dutch: 'neerlandés',
  Norwegian: 'noruego',
  Swedish: 'sueco',
  Danish: 'danés',
  Finnish: 'finés',
  Czech: 'checo',
  Polish: 'polaco',
  Romanian: 'rumano',
  Greek: 'griego',
  Turkish: 'turco',
  Russian: 'ruso',
  Ukrainian: 'ucraniano',
  Hebrew: 'hebreo',
  Arabic: 'árabe',
  Urdu: 'urdu',
  Bangla: 'bengalí',
  Filipino: 'filipino',
  Japanese: 'japonés',
  Korean: 'coreano',
  Cantonese: 'cantonés',
  Chinese: 'chino',
  Mandarin: 'mandarín',
  '20 Indian languages': '20 idiomas de la India',
  'regional languages': 'idiomas regionales',
  'other languages': 'otros idiomas',
};
