// The emergency numbers' words (src/features/safety/crisisLinePlaces.ts). A service's own name
// (SAMU, Magen David Adom, Rettung…) stays as the service writes it; only our descriptions of
// what a number reaches are translated. tests/unit/spanishCatalog.test.ts checks every one.
export const EMERGENCY: Record<string, string> = {
  'Emergency services': 'Servicios de emergencia',
  Ambulance: 'Ambulancia',
  'Ambulance and fire (SCDF)': 'Ambulancia y bomberos (SCDF)',
  'Fire and ambulance': 'Bomberos y ambulancia',
  Police: 'Policía',
  'Police emergency': 'Emergencias de la policía',
  'Rescue and ambulance': 'Rescate y ambulancia',
  '112 for the police.': 'El 112 para la policía.',
  'Ambulance, fire and rescue.': 'Ambulancia, bomberos y rescate.',
  'Ambulance, free.': 'Ambulancia, gratis.',
  'Ambulance.': 'Ambulancia.',
  'Ambulance. 100 for the police.': 'Ambulancia. El 100 para la policía.',
  'Ambulance. 117 for the police, 112 for any emergency.':
    'Ambulancia. El 117 para la policía, el 112 para cualquier emergencia.',
  'Ambulance. 133 for Carabineros, the police.': 'Ambulancia. El 133 para Carabineros, la policía.',
  'Ambulance. 193 for the fire brigade.': 'Ambulancia. El 193 para los bomberos.',
  'Free from a landline.': 'Gratis desde un teléfono fijo.',
  'Free. 110 for the police.': 'Gratis. El 110 para la policía.',
  'Health emergencies, including someone at risk of suicide. For mental health support (SEJIWA), choose extension 8.':
    'Emergencias de salud, también si alguien está en riesgo de suicidio. Para apoyo en salud mental (SEJIWA), marca la extensión 8.',
  'Medical emergencies and fire.': 'Emergencias médicas e incendios.',
  'Medical emergencies. 110 for the police.': 'Emergencias médicas. El 110 para la policía.',
  'Medical emergencies. 122 for the police.': 'Emergencias médicas. El 122 para la policía.',
  'One number for all services. The older 101, 102 and 103 still work.':
    'Un solo número para todos los servicios. Los antiguos 101, 102 y 103 siguen funcionando.',
  'Police, ambulance or fire, and mental health emergencies.':
    'Policía, ambulancia o bomberos, y emergencias de salud mental.',
  'Police, ambulance or fire, free from any phone.':
    'Policía, ambulancia o bomberos, gratis desde cualquier teléfono.',
  'Police, ambulance or fire, from a mobile or a landline.':
    'Policía, ambulancia o bomberos, desde un celular o un teléfono fijo.',
  'Police, ambulance or fire.': 'Policía, ambulancia o bomberos.',
  'Police, ambulance or fire. 112 works too.':
    'Policía, ambulancia o bomberos. El 112 también funciona.',
  'Police, ambulance or fire. Free from any network.':
    'Policía, ambulancia o bomberos. Gratis desde cualquier red.',
  'Police, ambulance or fire. Free.': 'Policía, ambulancia o bomberos. Gratis.',
  'Police, ambulance or fire: one number for all.':
    'Policía, ambulancia o bomberos: un solo número para todo.',
  'Police, ambulance, fire or disaster. Free.':
    'Policía, ambulancia, bomberos o desastres. Gratis.',
  'When life is in danger.': 'Cuando una vida está en peligro.',
  'When you or someone else is in danger.': 'Cuando tú u otra persona están en peligro.',
};
