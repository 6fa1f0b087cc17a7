// Makes the Spanish word list behind passphrase guidance (src/features/vault/guidance/
// gentle-words-es.txt), as scripts/make-passphrase-lists.mjs makes the English one. Run by hand
// when the list should change; the app never runs it.
//
//   npm pack @zxcvbn-ts/language-es-es@4.1.2 @zxcvbn-ts/language-common@4.1.3 dictionary-es@4.0.0
//   (in a scratch folder), tar xzf each into its own folder, then:
//   node scripts/make-spanish-passphrase-list.mjs <language-es-es>/package/src \
//     <language-common>/package/src <dictionary-es>/package
//
// There is no Spanish list made for passphrases with EFF's care (the old Spanish Diceware list is
// full of fragments, names and Spain-only words), so the list starts from how often words are
// used: the 30,000 most frequent Spanish words of @zxcvbn-ts/language-es-es's commonWords.json
// (counted from OpenSubtitles 2024 via OPUS, ODC-BY: "Original data is attributed to subtitle
// contributors and rights holders"; the package is MIT). A word is kept when it is:
// - 3 to 8 plain letters a-z. Words spelled with á é í ó ú ü ñ are left out rather than written
//   without their accent: on a phone those letters take a long press or a Spanish keyboard, the
//   person has to type the same accent at every unlock and on any other device they restore a
//   backup on (a computer with an English layout), and a suggestion spelled "arbol" invites a
//   careful person to "correct" it to "árbol" later, which is then a wrong passphrase. Plain
//   letters lose only a little: 5 words from this list give about 52 bits, as the English do.
// - a headword of the Spanish spelling dictionary (dictionary-es, the LibreOffice RLA-ES
//   dictionary, GPL-3.0 OR LGPL-3.0 OR MPL-1.1, used here only to filter; none of its text is
//   copied) that takes a plural (flag S): nouns and adjectives, not verb forms, pronouns or
//   little words (tengo, puede, nada).
// - not gendered (flag G, or the -a form of a word that has it): an adjective with -o/-a endings
//   would describe the person in one gender (cansado, tranquila), and pairs like perro/perra
//   carry insults; docs/i18n-es.md asks for words that leave gender open.
// - not among the 2,000 most used passwords (same reason as the English list).
// - not in BLOCKED below, in the themes the English list leaves out, written anew for Spanish:
//   nothing about drink, drugs, smoking, gambling, death, harm, illness, the body, crime, war,
//   fear, shame, family or faith, no names, brands, places, politics or money worries, no
//   slang, and no word that is a slur or crude in some Spanish-speaking country (concha, bicho,
//   pinche, paja, coger…), nor Spain-only words (zumo, patata): neutral Latin American Spanish.
// Then every word was read by eye, and anything a person in recovery after trauma might find
// jarring went into BLOCKED too. Changes to the source: filtered as described, nothing added.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [spanishDir, commonDir, dictionaryDir] = process.argv.slice(2);
if (!spanishDir || !commonDir || !dictionaryDir) {
  console.error(
    'usage: node scripts/make-spanish-passphrase-list.mjs <language-es-es src> <language-common src> <dictionary-es>',
  );
  process.exit(1);
}
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const BLOCKED = new Set(
  [
    // bebida, drogas, tabaco, apuestas
    'vino cerveza trago copa alcohol droga licor vodka tabaco cigarro coca opio morfina pipa fumo',
    'ginebra bar taberna burdel botella vaso jarra hierba polvo pico cristal ponche fiesta karaoke',
    'bingo billar dados ficha jugada suerte mate jaque goma aguja dosis sedante aspirina gallo',
    'camello mula caballo motel suite jacuzzi club',
    // muerte, daño, violencia, guerra, crimen
    'muerte sangre guerra arma pelea batalla golpe trampa soldado cuchillo bala amenaza robo',
    'disparo tumba funeral combate crimen criminal venganza pistola rifle escopeta tiroteo homicida',
    'matanza atentado atraco redada fraude estafa soborno chantaje custodia fianza condena juez',
    'jueza juzgado tribunal juicio celda arresto policial fiscal forense autopsia morgue suicidio',
    'veneno dinamita misil tanque escudo armadura daga lanza flecha calibre cuartel sargento',
    'coronel guardia brigada milicia tropa mariscal militar nuclear caza rastro rastreo huella',
    'testigo delito cartel mafia clan secta abuso violar tortura entierro herencia legado captura',
    'bloqueo brecha fractura choque incendio quemado quemada quema atado jaula soga horca nudo',
    'nudos cadena calabozo guarida sospecha fuga escape rival oponente derrota palo bate martillo',
    'gancho clavo plomo flota naval mata lucha corte tiro salto cuervo bote agente sheriff alguacil',
    'escolta',
    // enfermedad, cuerpo, sexo
    'hospital cuerpo cabeza mano boca pelo cabello nariz ojo brazo pierna cuello espalda piel pecho',
    'hombro garganta oreja diente mejilla cadera cintura barriga vientre panza abdomen tobillo',
    'pulgar codo labio labial barbilla nuca rostro cara lengua cerebro cerebral arteria arterial',
    'pulso latido olfato muscular pulmonar corporal facial oral dental dentista medicina cura',
    'remedio terapia sida gripe fiebre tumor infarto asma alergia biopsia camilla vena nervio dieta',
    'hambre apetito gimnasio gimnasia masaje barba bigote peluca tatuaje cicatriz mancha cuna',
    'infancia juventud embarazo aborto sexo sensual orgasmo esperma pene orina pedo caca baba',
    'saliva sudor diarrea pis hembra placer deseo beso romance amante pie carne paciente enfermo',
    'enferma epidemia peste plaga mutante',
    // miedo, vergüenza, ira, tristeza, culpa, juicio
    'miedo peligro riesgo alarma alerta socorro auxilio rescate aviso terror horror desastre',
    'tragedia fracaso ruina quiebra ruptura divorcio despido renuncia denuncia multa castigo',
    'hipoteca insulto burla queja odio rabia ira furia envidia rencor codicia lujuria vanidad',
    'crueldad maldad miseria pobreza angustia ansiedad paranoia demencia amnesia trauma tristeza',
    'soledad pena dolor mentira error problema culpa culpable duda temor susto llanto lloro luto',
    'idiotez locura misterio orgullo coraje ausencia olvido molestia desorden fastidio asco aprieto',
    'dilema exceso urgencia urgente prisa retraso demora examen prueba regla papeleo sombra abismo',
    'hoyo pozo zanja fosa agujero grieta grito alboroto pitido zumbido sirena ruido drama tormenta',
    'fuego humo infierno demonio monstruo vampiro zombi fantasma bestia criatura espectro horrible',
    'terrible triste inocente pobre normal estable mental inferior radical ardiente distante',
    'terminal natal infantil juvenil decente exigente humilde probable conforme brutal cruel feroz',
    'hostil letal mortal fatal infernal atroz mediocre torpe anormal cursi vil racista vulgar nazi',
    'escoria canalla cobarde idiota pendejo zorra zorro capullo polla verga hostia ramera marica',
    'mierda culo carajo caramba sobra tara lamento vaca gallina ballena gorila rata ratas gusano',
    'bicho concha pinche paja pajarito chivo conejo conejito paloma cola leche torta pocilga tocino',
    'retrete disfraz trama farsa farsante revancha impacto',
    // familia, pareja
    'padre madre familia familiar marido mama padrino madrina yerno nuera boda cita nana hombre',
    'mujer dama doncella hogar',
    // fe, religión
    'dios cristo navidad pascua iglesia capilla convento templo altar catedral misa biblia pecado',
    'santidad ritual ofrenda milagro karma aleluya alabado creencia creyente virgen monja obispo',
    'rabino monje profeta buda piedad merced virtud',
    // nombres, marcas, lugares, política, dinero, otros idiomas
    'ben jane juan pedro diego luis enrique carla marta jorge dante santiago luisa catalina celia',
    'pepe castro leo gil grey maya apolo nobel vega corea brasil irlanda escocia holanda cuba marte',
    'nasa gobierno congreso estatal alcalde embajada judicial penal legal ley federal nacional',
    'huelga voto imperio imperial realeza majestad alteza civil dinero sueldo salario cheque banco',
    'banca renta alquiler tasa tarifa factura cuota costo precio ganancia provecho lujo riqueza',
    'moneda gasto show chef fan set chip kit fax top pop blog punk rap film clic dron grand man sir',
    'miss pro ego seo cha ali val lena vera sera data san don ano can',
    // palabras que solas no ayudan: formas de verbos, pronombres, muletillas, adjetivos sobre la persona
    'bien eso pero esto ser esta vez verdad favor ella son ver decir esa sobre usted acuerdo nadie',
    'haber dije saber espera vale cuenta cada quien contra haya ello trata amo escucha toma deja',
    'habla lleva sino cual pienso pase ante pensado entender acabo ten llega respecto parar parecer',
    'dan dejo pesar toca ama salga querer muestra gana deber resulta crea tomo andar muera tenia',
    'pierde sucedido saca aparte echo manda empiece tira esconder abra canta miente grita buscarla',
    'baila pesa cabe vendo basa rodea presta conque obstante corra aleja comporta resuelve dele',
    'cante sufra chupa arre liza cancela explique alias verme alegro alegra juro ruego niego nuevo',
    'nueva ocupada dormido dormida elegido salvado comprado recibido pegado sellado plantado',
    'mezclado alterado aprobado asignado merecido vencida dirigida tratado cometido llamado llamada',
    'basada cargada tipo gran fin caso persona gente jefe jefa actor actriz capitana clienta',
    'cliente cantante joven amante alfa bledo cisco guay poquito ratito casita pata patas cuerno',
    'torno vapor sauna hada fama belleza pedazo trozo basura sudor',
    // segunda lectura: lo que se inclina hacia lo anterior, o se lee mal a su lado
    'mira llama vaya bastante afuera adentro repente busca cuida pega cuesta guarda cuelga pego',
    'golpeo coma paliza bofetada patada duelo pellejo seno suero venda farmacia donante derrame',
    'matadero estaca atacante ofensa huida abandono rechazo disputa cordura carnada cebo anzuelo',
    'embargo excusa cargo defensa justicia bufete estrado alcaide paradero orfanato semental',
    'suspiro tributo rezo cardenal cruz reliquia marcial mandato comando bando camarada convoy',
    'pirata raza oriental apellido apodo rumor actitud conducta gravedad peso talla figura postura',
    'salud lecho regazo casar reclamar proceder pica monta lance agarre empuje saque ron rodeo meta',
    'mina limpieza rollo raya cortes iris consulta periodo tregua deriva homenaje hoguera vara',
    'duela antemano flanco soplo final oficial menor proceso cuidado moral libra kilo paro ingreso',
    'cobro subasta hacienda chatarra suciedad tapadera indicio detector sonda filo espina pala',
    'boxeador boxeo miembro serial matriz plasma flujo tejido inmune bodega barril sorbo decencia',
    'pureza brote encargue',
    // tercera lectura, de los puestos 14.001 a 20.000: lo que no es sencillo, suave y de todos los días
    'abertura acecho acta aduana afeitado ahogo alfiler alonso alza amargura androide angelito',
    'antojo antro arrastre asedio asfixia asno astilla aura avaricia azafata azufre bacteria',
    'bailado balazo balboa barranco bautismo bautizo bengala beta bikini bollo borra bromista bucle',
    'budista buey bulto cabezota cacharro cadete calavera caldera callo camerino cantera cantina',
    'caribe carnal carroza cartucho casanova cavidad ceguera celo cenicero censura cerrojo chat che',
    'chisme chusma cianuro cloaca colada colado colgante colon compadre conteo coste crianza cripta',
    'cuchilla cuelgue decreto delirio demo desacato descuido despensa disgusto dobla dona dote',
    'drenaje duquesa elle encierro enfado enmienda escapo escasez escobar esgrima espinal estatura',
    'fango fascista fatiga faz feto fiasco flote foca foro foso fugaz fundido fusil futbol gales',
    'ganga garfio garra gen gin gobierna gramo granuja grupal gueto hao hedor higiene himno hippie',
    'histeria hocico hongo incienso insomnio insulina integral jaleo jarabe jerga jeringa juerga',
    'jura kappa ketchup lastre leila len leucemia liberal lidia ligado limosna litera literal',
    'llenado llevada logo lomo madurez magnate malestar manuela mareo maternal mazo mecha memorial',
    'mesero mezquita mijo milenio modestia moho monada mordisco mosquito mugre muslo nasal nodriza',
    'nupcial ocular ogro ole ombligo pajar paladar pasarela patriota pegada penique perjurio',
    'pinchazo pinocho pisa plegaria poblado porta pos potasio prenda preste presto pubertad puja',
    'putada quicio quimio rabo racial racismo rafa rafe raja reclamo recluta refuerzo reja relajada',
    'remate renal rene rivera rouge ruleta sable sabotaje sabueso sacudida sansa sarcasmo seriedad',
    'sil silva simio solemne sorteo suceso suspense sustento sutura taco tao tardanza temblor',
    'tentado tesla teta textura tic tijera tipa tormento torpedo torso toxina trance trasto tribal',
    'trinidad tripa turismo uranio urna vagar vaina valija vejez vejiga vello venia verbal verdugo',
    'vicio vidente viola viral viruela vitamina yanqui yegua yen zar',
    // cuarta lectura, de los puestos 20.001 a 30.000: lo que no es sencillo, suave y de todos los días
    'abad abarca abordaje acidez alarde alcatraz alegato aloja alojado alquila ampolla anemia',
    'anguila ansia aorta apego arda ardor arquero arrebato arritmia asa atasco atraso augurio',
    'autismo avispa azote bache ballesta banal bao baraja baronesa barraca batista bautista',
    'bayoneta bel belga bey bocaza boliche bucal buitre bullicio busto buzos calambre caldero',
    'calmante calumnia candente capo car carisma carnero castidad catre cautela caverna cegado',
    'ceja censo cepa cese chequera chic chirrido chorlito chorrada chorro chuleta cid cinismo',
    'cisterna clava clero coito coliseo colonial comodoro comuna concejo consorte contagio',
    'conyugal coraza corneta coronado cortejo craneal credo culata cuneta cupido cutre dactilar',
    'damasco damisela dance dardo declive decoro definido deforme deidad derrama deseable',
    'desgaste desliz desnudez diluvio dineral dix doctrina dorsal drago dureza ecuador edema',
    'elite embolia emplea enredo ente errante escote escroto escuadra esguince espanto esquimal',
    'estatuto estira estorbo euforia eunuco faena faja falsedad fascismo fealdad femoral fervor',
    'fetal fetiche fiambre filial filtrado fisura fobia force forjado fraile frey frialdad',
    'frijol friki galante garrote gasa gaza gemido genoma gentuza gerencia glucosa gluten',
    'gonorrea goteo gremio halo hambruna hematoma hereje hernia herrera hincha hipo horda',
    'hormonal hospicio humeante hurto impune incesto inducido indulto ingle injerto inundado isa',
    'jadeo jaqueca jefatura jeque jerez jeta juzgada kan lactosa ladra lama latente lave leona',
    'letrina libreto ligada limbo litio loquero lucro lumbar lux machista maestre malaria maleza',
    'malicia malta maltrato marfil marga mausoleo mazmorra mea meado meca mechero medina medusa',
    'membrana metano metralla minado minerva mitin mojo momo monedero mordaza morro mortero',
    'muela neural neuronal nicotina nitrato non ojiva onza orificio orinal ortega oruga osa ovni',
    'pajarita pal palmada panceta pandemia panfleto pasional pasma paternal pediatra pelusa',
    'pereza persa pescuezo pestillo picadura pin pique placenta pleito podre polilla pomada',
    'poniente portazo porte posgrado postor potable potro precinto precoz prefecto prendido',
    'presagio prior procura pulga purga quiebre quijote rain rapto rareza realismo rebeca',
    'rectitud regente renegado res residual residuo restante reversa rezado rienda rigor roce',
    'rosario rotura ruedo rugido ruin sacada saga salami saldo saliente sancho sanidad saqueo',
    'sato saudita secado secuela sen sena senil senior sensatez sexista sicario sidra sien',
    'sigilo silba silo sinagoga sindical situado soplete soto subsidio sueno talco talle tau',
    'tenor terrenal tiberio timidez timo toga ton torna tose travesti treta trompa true trueque',
    'tsunami tugurio turba turbante tutela ultra ultraje vaciado vaginal valencia varicela',
    'varonil vascular vector velar venida vero vestidor vibrante vigilia viril volvo wifi yugo',
    'yugular zapata zodiaco yerba cloro aerosol cerilla puma safari',
    // solo de España
    'zumo patata',
    // lectura final de la lista entera: lo que pesa, juzga o se lee raro solo
    'disculpa carga tacto lodo olor recuerdo rebelde sensible pacto viviente taladro alambre coco',
    'velo dominio relleno anular regular manteca arca',
  ]
    .join(' ')
    .split(/\s+/),
);

// The dictionary's headwords with their flags; a word can be listed more than once.
const flags = new Map();
for (const line of readFileSync(join(dictionaryDir, 'index.dic'), 'utf8').split('\n').slice(1)) {
  const [word, wordFlags = ''] = line.split('/');
  if (word) flags.set(word, `${flags.get(word) ?? ''}|${wordFlags}`);
}
const takesPlural = (word) => (flags.get(word) ?? '').includes('S');
const gendered = (word) =>
  (flags.get(word) ?? '').includes('G') ||
  (word.endsWith('a') && (flags.get(`${word.slice(0, -1)}o`) ?? '').includes('G'));

const passwords = readJson(join(commonDir, 'passwords.json'));
const veryCommon = new Set(passwords.slice(0, 2_000));

const frequent = readJson(join(spanishDir, 'commonWords.json')).slice(0, 30_000);
const gentle = [
  ...new Set(
    frequent.filter(
      (w) =>
        /^[a-z]{3,8}$/.test(w) &&
        takesPlural(w) &&
        !gendered(w) &&
        !veryCommon.has(w) &&
        !BLOCKED.has(w),
    ),
  ),
].sort();

const out = new URL('../src/features/vault/guidance/', import.meta.url);
writeFileSync(new URL('gentle-words-es.txt', out), `${gentle.join('\n')}\n`);
console.log(`Spanish gentle words: ${gentle.length}`);
