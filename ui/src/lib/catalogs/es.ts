// The window's words in Spanish, for organizers in Latin America and Spain.
// Addressed as "tú" throughout; quotations in « ». The shape is English's
// (`Messages`), checked key by key in `catalogs.test.ts`.
//
// Glossary: statement = declaración, sign-on / endorsement = adhesión,
// signatory = firmante, contact = contacto, organization = organización,
// trash = papelera, backup = copia de seguridad, export = exportar,
// draft/open/closed/published = borrador/abierta/cerrada/publicada,
// translation = traducción, version = versión, signing key = clave de firma,
// passphrase = frase de contraseña, outreach = convocatoria, add = agregar.

import type { Messages } from './en';

/** Which form a count takes, by Spanish plural rules: `one`, `many` (a round million) or `other`. */
const spanishPlurals = new Intl.PluralRules('es');
/** A number, or a failure's count as core sends it (digits as text), written the Spanish way; other text as is. */
const num = (n: number | string) =>
  typeof n === 'number' ? n.toLocaleString('es') : /^\d+$/.test(n) ? Number(n).toLocaleString('es') : n;
const isOne = (n: number | string) => spanishPlurals.select(Number(n)) === 'one';
/** A count and its noun: "1 firmante", "5 firmantes", "1.000.000 de firmantes". */
const plural = (n: number | string, one: string, other: string) => {
  const form = spanishPlurals.select(Number(n));
  return `${num(n)} ${form === 'one' ? one : form === 'many' ? `de ${other}` : other}`;
};
/** A count and the adjective that agrees with it, never with "de": "1 nueva", "5 nuevas". */
const agree = (n: number, one: string, other: string) => `${num(n)} ${isOne(n) ? one : other}`;
/** The verb that agrees with a count: "se agregó 1", "se agregaron 5". */
const verb = (n: number | string, one: string, other: string) => (isOne(n) ? one : other);

/** What a spreadsheet column may hold, for contacts and sign-ons alike. */
const columnFields = {
  ignore: 'Dejar fuera',
  kind: 'Organización o persona',
  organization: 'Organización',
  acronym: 'Sigla',
  person: 'Nombre de la persona',
  role: 'Cargo',
  affiliation: 'Cargo y organización',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  city: 'Ciudad',
  country: 'País',
  sector: 'Sector',
  website: 'Sitio web',
  received: 'Fecha de recepción',
  notes: 'Notas',
  tags: 'Etiquetas',
  consent_contact: 'Acepta que se le contacte (sí/no)',
  visibility: 'Acepta figurar con su nombre (sí/no)',
};

/** The details of a failure as core names them (`ErrorReport.params`): text, numbers as digits. */
type Params = Record<string, string>;

/** The first letter in capitals, for a phrase that opens a sentence. */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a text field is called in a sentence about it, by core's name for it, with its article. */
const fieldNames: Record<string, string> = {
  title: 'el título',
  subtitle: 'el subtítulo',
  place: 'el lugar',
  occasion: 'la ocasión',
  issued_by: 'las líneas de «Emitida por»',
  label: 'el nombre de la versión',
  language: 'el idioma',
  body: 'el texto',
  name: 'el nombre',
  short_name: 'la sigla',
  city: 'la ciudad',
  sector: 'el sector',
  website: 'el sitio web',
  email: 'el correo electrónico',
  phone: 'el teléfono',
  role: 'el cargo',
  notes: 'las notas',
  tag: 'la etiqueta',
};
const fieldName = (field: string) => fieldNames[field] ?? field;
/** The verb that agrees with a field: "el título tiene", "las notas tienen". */
const fieldVerb = (field: string, one: string, other: string) => (/^(los|las) /.test(fieldName(field)) ? other : one);
/** A sign-on's status as an adjective agreeing with "adhesión". */
const signOnStatuses: Record<string, string> = {
  pending: 'pendiente',
  confirmed: 'confirmada',
  rejected: 'rechazada',
  withdrawn: 'retirada',
};
/** What core says was not found or is in the trash: a contact's kind, or a merge. */
const kinds: Record<string, string> = {
  organization: 'organización',
  person: 'persona',
  individual: 'persona a título individual',
  contact: 'contacto',
  merge: 'fusión',
};
/** A kind's noun with the words that agree with it: "esta organización", "este contacto", "restáuralo". */
const kindOf = (kind: string) => {
  const feminine = kind !== 'contact';
  return {
    name: kinds[kind] ?? kind,
    the: feminine ? 'la' : 'el',
    this: feminine ? 'esta' : 'este',
    a: feminine ? 'una' : 'un',
    it: feminine ? 'la' : 'lo',
  };
};
/** What core was about to do when the backup before it failed. */
const operations: Record<string, string> = { import: 'la importación', merge: 'la fusión' };
/** What a file that is not a spreadsheet looks like, as core describes it. */
const fileLooks: Record<string, string> = {
  'a PDF document': 'un documento PDF',
  'an image': 'una imagen',
  'a database': 'una base de datos',
  'a compressed archive': 'un archivo comprimido',
  'binary data': 'datos binarios',
  'a damaged ZIP archive': 'un archivo ZIP dañado',
  'a text document': 'un documento de texto',
  'a Word document': 'un documento de Word',
  'a ZIP archive': 'un archivo ZIP',
};
/** Where in an export a character has no font, as core describes it. */
const exportPlace = (place: string) => {
  if (place === 'the statement\'s title block') return 'la cabecera de la declaración';
  if (place === 'the statement\'s text') return 'el texto de la declaración';
  const heading = /^the heading \u201c(.*)\u201d$/s.exec(place);
  if (heading) return `el encabezado «${heading[1]}»`;
  const signatory = /^the signatory \u201c(.*)\u201d$/s.exec(place);
  if (signatory) return `los datos del firmante «${signatory[1]}»`;
  return place;
};
/** Countries core offers for an ambiguous one ("Niger (NE) or Nigeria (NG)"), joined by "o", or "u" before an o-sound. */
const countryOptions = (options: string) => options.replace(/ or (?=h?o)/gi, ' u ').replace(/ or /g, ' o ');
/** "la base de datos", or the database at a path when there is one. */
const theFile = (path: string) => (path ? `la base de datos ${path}` : 'la base de datos');
const dateHint = 'Escríbela con el formato YYYY-MM-DD (año-mes-día), por ejemplo 2026-12-18.';

export const es: Messages = {
  locale: 'es',
  dir: 'ltr',
  common: {
    cancel: 'Cancelar',
    /** Between the parts of a line of details ("Director · Lima · by e-mail"). */
    separator: ' · ',
    /** Between a city and its country. */
    comma: ', ',
  },
  time: {
    justNow: 'ahora mismo',
  },
  languagePicker: {
    hint: 'Escribe el nombre del idioma, en inglés o en el propio idioma. Si el idioma no aparece en la lista, escribe su etiqueta, como «quc».',
    useTag: (tag: string) => `Usar la etiqueta de idioma «${tag}»`,
    none: 'No hay ningún idioma con ese nombre. Escribe su etiqueta para usarlo de todos modos.',
    choose: 'Elige el idioma de la traducción.',
  },
  app: {
    statements: 'Declaraciones',
    contacts: 'Contactos',
    settings: 'Configuración',
    sections: 'Secciones',
    offline: 'Sin conexión. Tus datos se quedan en este equipo.',
    busy: 'Otro programa está escribiendo en la base de datos; volviendo a intentar…',
    fatalTitle: 'Undersigned no puede abrir su base de datos',
    fatalHintBefore: 'No se cambió nada. Para usar otro archivo, inicia Undersigned con',
    fatalHintOr: 'o define la variable',
    newerSchema:
      'Una versión más reciente de Undersigned actualizó esta base de datos mientras estaba abierta; ya no se pueden hacer cambios. Cierra Undersigned y actualízalo.',
    readOnlyFile: 'Este archivo de base de datos es de solo lectura: puedes leerlo, pero no modificarlo.',
  },
  statements: {
    translationOf: (title: string) => `Traducción de «${title}»`,
    title: 'Declaraciones',
    trashTitle: 'Papelera',
    count: (n: number) => plural(n, 'declaración', 'declaraciones'),
    trashHint: 'Las declaraciones eliminadas esperan aquí hasta que las restaures.',
    trash: 'Papelera',
    new: 'Nueva declaración',
    newTitle: 'Nueva declaración (Ctrl+N)',
    newLabel: 'Título de la nueva declaración',
    newPlaceholder: 'p. ej., Declaración conjunta por los derechos de las personas trabajadoras migrantes',
    create: 'Crear',
    back: 'Volver a las declaraciones',
    dismissMessage: 'Cerrar el mensaje',
    loading: 'Cargando declaraciones…',
    emptyTitle: 'Todavía no hay declaraciones',
    emptyReadOnly: 'Esta base de datos no contiene declaraciones, y por ahora no se pueden agregar.',
    emptyText:
      'Una declaración es el texto al que se adhieren las organizaciones. Empieza una aquí y luego invita a las organizaciones a adherirse.',
    start: 'Empezar una declaración',
    rename: 'Cambiar el título de la declaración',
    renameLabel: (title: string) => `Nuevo título para «${title}»`,
    save: 'Guardar',
    language: 'Idioma',
    languageNamed: (name: string) => `Idioma: ${name}`,
    changed: 'Modificada',
    open: 'Abrir',
    openNamed: (title: string) => `Abrir «${title}»`,
    renameButton: 'Cambiar título',
    renameNamed: (title: string) => `Cambiar el título de «${title}»`,
    delete: 'Eliminar',
    deleteNamed: (title: string) => `Eliminar «${title}»`,
    movedToTrash: (title: string) => `«${title}» se movió a la papelera.`,
    undo: 'Deshacer',
    dismiss: 'Cerrar',
    discardTitle: '¿Descartar el nuevo título?',
    discardMessage: (title: string) => `El título que estabas escribiendo para «${title}» no se guardó.`,
    keepEditing: 'Seguir editando',
    discard: 'Descartar los cambios',
    trashLoading: 'Cargando la papelera…',
    trashEmpty: 'La papelera está vacía',
    trashEmptyText: 'Cuando eliminas una declaración, espera aquí, con todo su contenido, hasta que la restaures.',
    deleted: 'Eliminada',
    restore: 'Restaurar',
    restoreNamed: (title: string) => `Restaurar «${title}»`,
  },
  deadline: {
    closedYesterday: 'Cerró ayer',
    closedDaysAgo: (n: number) => `Cerró hace ${plural(n, 'día', 'días')}`,
    lastDay: 'Hoy es el último día',
    daysLeft: (n: number) => `${verb(n, 'Queda', 'Quedan')} ${plural(n, 'día', 'días')}`,
    title: (date: string) => `Fecha límite de adhesiones: ${date}`,
  },
  translation: {
    notYet: (language: string) =>
      `Todavía sin traducir: esta versión en ${language} conserva el texto del original. Traduce aquí su título y su texto; mientras tanto, sus invitaciones y exportaciones salen en el idioma del original.`,
    originalLabel: (language: string) => `Original (${language})`,
    translationLabel: (language: string) => `Traducción (${language})`,
    openOriginal: 'Abrir el original',
    signOnsWithOriginal: (title: string) =>
      `Las adhesiones pertenecen al original, «${title}», y todas las versiones, en cualquier idioma, las imprimen. Aquí se muestran tal como están en el original; agrégalas y revísalas allí.`,
  },
  status: {
    draft: 'Borrador',
    open: 'Abierta a adhesiones',
    closed: 'Cerrada',
    published: 'Publicada',
  },
  drafting: {
    editing: 'Editando…',
    saving: 'Guardando…',
    saved: 'Guardado',
    notSaved: 'Sin guardar',
    page: 'Declaración',
    back: '← Volver a las declaraciones',
    translation: 'Traducción',
    translationOf: 'Traducción de',
    originalChanged: (version: number | null) =>
      `El original cambió desde ${version === null ? 'que se hizo esta traducción' : `la versión ${version}`}`,
    changesInOriginal: 'Cambios en el original',
    markUpToDate: 'Marcar como al día',
    upToDate: 'Al día con el original.',
    duplicate: 'Duplicar',
    translate: 'Traducir…',
    translationLanguage: 'Idioma de la traducción',
    createTranslation: 'Crear la traducción',
    text: 'Texto',
    counts: (words: number, characters: number) =>
      `${plural(words, 'palabra', 'palabras')}, ${plural(characters, 'carácter', 'caracteres')}`,
    loading: 'Cargando…',
  },
  details: {
    legend: 'Datos de publicación',
    title: 'Título',
    subtitle: 'Subtítulo',
    occasion: 'Ocasión',
    issuedBy: 'Emitida por (una por línea)',
    date: 'Fecha',
    place: 'Lugar',
    language: 'Idioma',
    deadline: 'Fecha límite de adhesiones',
    goal: 'Meta de firmantes',
    goalWhole: 'La meta debe ser un número entero de firmantes.',
    status: 'Estado',
    changeAnyway: 'Cambiar el estado de todos modos',
    keepStatus: 'Mantener el estado',
    saved: (label: string) => `${label.replace(/ \(.*\)$/, '')}: guardado`,
  },
  history: {
    /** A version's name, quoted as the language quotes. */
    labelQuoted: (label: string) => `«${label}»`,
    changeCount: (n: number) => plural(n, 'cambio', 'cambios'),
    previousChange: 'Cambio anterior',
    nextChange: 'Cambio siguiente',
    folded: (words: number) => `… ${plural(words, 'palabra sin cambios', 'palabras sin cambios')} …`,
    title: 'Historial',
    savedVersion: (n: number) => `Versión ${n} guardada`,
    noChanges: (n: number) => `Sin cambios desde la versión ${n}`,
    restored: (from: number, to: number) => `Se restauró la versión ${from} como versión ${to}`,
    kindExplicit: 'guardada',
    kindPause: 'pausa en la edición',
    kindRestore: 'restaurada',
    kindImport: 'importada',
    kindStatus: 'cambio de estado',
    labelPlaceholder: 'enviada a las organizaciones miembro para comentarios',
    versionLabel: 'Nombre de la versión (opcional)',
    version: (n: number) => `Versión ${n}`,
    save: 'Guardar versión',
    none: 'Todavía no hay versiones guardadas.',
    compareTwo: 'Comparar las dos versiones',
    compareCurrent: 'Comparar con el texto actual',
    restore: 'Restaurar esta versión',
    wordsChanged: (n: number) => plural(n, 'palabra cambiada', 'palabras cambiadas'),
    /** The first version has nothing before it: how many words it holds, its details included. */
    firstWords: (n: number) => `${plural(n, 'palabra', 'palabras')}, con el título y los datos incluidos`,
    addedRemoved: (added: number, removed: number) =>
      `${plural(added, 'palabra agregada', 'palabras agregadas')}, ${agree(removed, 'eliminada', 'eliminadas')}`,
    differences: 'Diferencias',
    changes: 'Cambios',
  },
  editor: {
    label: 'Texto de la declaración',
    formatting: 'Formato',
    heading: 'Encabezado',
    bold: 'Negrita',
    italic: 'Cursiva',
    link: 'Enlace…',
    bulletList: 'Lista con viñetas',
    numberedList: 'Lista numerada',
    quote: 'Cita',
    linkAddress: 'Dirección del enlace',
    apply: 'Aplicar',
  },
  dateField: {
    placeholder: (example: string) => `p. ej., ${example}`,
    notADate: (typed: string, example: string) => `«${typed}» no es una fecha. Escríbela como ${example} o 2026-12-15.`,
  },
  firstSteps: {
    title: 'Primeros pasos',
    hide: 'Ocultar estos pasos',
    done: 'Listo',
    statementTitle: 'Empieza una declaración',
    statementText:
      'Escribe una con «Nueva declaración», o trae un archivo Markdown o Word (.docx) con «Importar una declaración…».',
    contactsTitle: 'Agrega las organizaciones con las que trabajas',
    contactsText: 'Importa tu hoja de cálculo o tu libreta de direcciones (CSV, Excel, vCard), o agrégalas una por una.',
    contactsAction: 'Ir a Contactos',
    keyTitle: 'Crea la clave de firma de tu organización',
    keyText: 'Firma lo que publicas, para que cualquiera pueda comprobar que la lista no se modificó.',
    keyAction: 'Ir a Configuración',
  },
  importStatement: {
    title: 'Empezar una declaración a partir de un archivo Markdown o Word (.docx)',
    import: 'Importar una declaración…',
    importing: 'Importando…',
    label: 'Importar desde un archivo (Markdown o .docx)',
    leftOut: 'Importada. Revisa el texto y los datos; esto no se incluyó en el texto:',
    dismiss: 'Listo',
  },
  settings: {
    title: 'Configuración',
    yourData: 'Tus datos',
    databaseFile: 'Archivo de la base de datos',
    access: 'Acceso',
    readOnly:
      'Solo lectura: los permisos de este archivo no permiten cambios. Para hacer cambios, cierra Undersigned, da permiso de escritura al archivo y vuelve a iniciarlo.',
    schemaVersion: 'Versión del esquema',
    technical: 'Detalles técnicos',
    appVersion: 'Versión de Undersigned',
    byHandTitle: 'Restaurar a mano',
    byHandIntro: 'Para restaurar una copia sin ayuda de Undersigned (en otro equipo, por ejemplo), cierra Undersigned y luego:',
    byHandMove: [
      'Mueve el archivo de la base de datos, y los archivos junto a él cuyos nombres terminan en ',
      '-wal',
      ' y ',
      '-shm',
      ', a otra carpeta. Guárdalos hasta que hayas comprobado la copia restaurada.',
    ],
    byHandCopy: 'Copia el archivo de tu copia de seguridad en el lugar donde estaba el archivo de la base de datos, con el mismo nombre.',
    byHandStart: 'Inicia Undersigned.',
    byHandNever: [
      'Nunca pongas una copia de seguridad en lugar del archivo de la base de datos mientras sus archivos ',
      '-wal',
      ' y ',
      '-shm',
      ' sigan a su lado: pertenecen al archivo anterior y, aplicados a la copia, la dañan o traen de vuelta cambios hechos después de la copia de seguridad.',
    ],
    appearance: 'Apariencia',
    appearanceText: 'Undersigned sigue el modo claro u oscuro de tu sistema.',
    language: 'Idioma',
    languageText: 'El idioma de la ventana. Las declaraciones y sus exportaciones conservan sus propios idiomas.',
    languageSystem: (name: string) => `El del sistema (${name})`,
    languageReload: 'La ventana se vuelve a abrir en el idioma que elijas.',
    privacy: 'Privacidad',
    privacyText:
      'Undersigned nunca se conecta a internet. Nada sale de este equipo a menos que lo exportes, o lo compartas con otras personas organizadoras mediante una carpeta que elijas (Configuración → Compartir).',
  },
  sender: {
    title: 'Quién firma los mensajes',
    intro:
      'Las invitaciones y los recordatorios terminan con tu nombre y tu organización. Los archivos .eml que se guardan aquí no llevan dirección de remitente: tu programa de correo agrega la tuya cuando los envías.',
    name: 'Tu nombre',
    organization: 'Tu organización',
    save: 'Guardar',
    saved: 'Guardado.',
  },
  backups: {
    title: 'Copias de seguridad',
    reasonManual: 'Hecha por ti',
    reasonDaily: 'Diaria',
    reasonMigration: 'Antes de una actualización',
    reasonChange: 'Antes de una importación o fusión',
    reasonRestore: 'Antes de una restauración',
    backedUp: (size: string) => `Copia de seguridad hecha (${size}).`,
    restored: (when: string, keptAs: string) =>
      `Se restauró la copia de seguridad del ${when}. Lo que reemplazó se guarda como ${keptAs}.`,
    backingUp: 'Haciendo la copia…',
    backUpNow: 'Hacer una copia ahora',
    about: [
      'Undersigned hace por sí solo una copia de seguridad de la base de datos la primera vez que se inicia cada día, antes de cada actualización y antes de las importaciones y fusiones grandes, en una carpeta propia dentro de la carpeta ',
      'backups',
      ' que está junto a ella (otras bases de datos guardan allí las suyas por separado). Conserva 7 copias diarias y 4 semanales, las últimas 5 hechas antes de una actualización y las últimas 5 antes de una importación o fusión, todas las copias guardadas antes de una restauración y todas las que hagas aquí.',
    ],
    problem: (why: string) => `Falló la copia de seguridad automática de hoy: ${why}`,
    restoring: 'Restaurando…',
    looking: 'Buscando copias de seguridad…',
    none: ['Todavía no hay copias de seguridad. Haz la primera con ', 'Hacer una copia ahora', '.'],
    made: 'Fecha',
    why: 'Motivo',
    size: 'Tamaño',
    actions: 'Acciones',
    restoreNamed: (when: string) => `Restaurar la copia de seguridad del ${when}`,
    restoreButton: 'Restaurar…',
    confirmTitle: '¿Restaurar esta copia de seguridad?',
    confirmMessage: (when: string) =>
      `La base de datos quedará exactamente como estaba el ${when}. Antes, todo lo que hay ahora se guarda como copia de seguridad, para que puedas volver atrás.`,
    confirm: 'Restaurar',
    keep: 'Dejar todo como está',
  },
  contacts: {
    title: 'Contactos',
    trashTitle: 'Contactos en la papelera',
    duplicatesTitle: 'Posibles duplicados',
    counts: (organizations: number, people: number) =>
      `${plural(organizations, 'organización', 'organizaciones')} · ${plural(people, 'persona', 'personas')}`,
    /** `more`: the search stopped counting at `n`. */
    matching: (n: number, more = false) =>
      more ? `${num(n)}+ resultados` : plural(n, 'resultado', 'resultados'),
    searchLabel: 'Buscar contactos',
    searchPlaceholder: 'Busca nombres, siglas, correos, ciudades, países…',
    filterKind: 'Tipo',
    kindAll: 'Todos',
    kindOrganizations: 'Organizaciones',
    kindPeople: 'Personas',
    filterTag: 'Etiqueta',
    filterCountry: 'País',
    filterSector: 'Sector',
    any: 'Cualquiera',
    newOrganization: 'Nueva organización',
    newPerson: 'Nueva persona',
    import: 'Importar…',
    duplicates: 'Duplicados',
    trash: 'Papelera',
    back: 'Volver a los contactos',
    loading: 'Cargando contactos…',
    emptyTitle: 'Todavía no hay contactos',
    emptyText:
      'Aquí están las organizaciones y las personas de tu coalición. Agrégalas una por una, o importa una hoja de cálculo o una libreta de direcciones (CSV, XLSX, ODS, vCard).',
    noMatches: 'Ningún contacto coincide. Prueba con menos palabras o quita los filtros.',
    clearFilters: 'Quitar los filtros',
    trashEmpty: 'La papelera está vacía.',
    trashHint: 'Los contactos eliminados esperan aquí hasta que los restaures o vacíes la papelera.',
    emptyTrash: 'Vaciar la papelera',
    emptyTrashTitle: '¿Vaciar la papelera de contactos?',
    emptyTrashMessage: (n: number) =>
      `${plural(n, 'contacto', 'contactos')} se ${verb(n, 'eliminará', 'eliminarán')} definitivamente, con sus etiquetas e invitaciones. Sus adhesiones se conservan, con los nombres con que figuran en ellas. Esto no se puede deshacer.`,
    emptyTrashConfirm: 'Eliminar definitivamente',
    keep: 'Conservarlos',
    restore: 'Restaurar',
    open: 'Abrir',
    person: 'Persona',
    organization: 'Organización',
    movedToTrash: (name: string) => `«${name}» se movió a la papelera.`,
    undo: 'Deshacer',
    dismiss: 'Cerrar',
    rowLabel: (name: string, kind: string) => `${name}, ${kind}`,
  },
  contactForm: {
    similarExists: 'Ya existen contactos parecidos; abre uno de ellos en lugar de agregarlo dos veces:',
    newOrganization: 'Nueva organización',
    newPerson: 'Nueva persona',
    editOrganization: 'Organización',
    editPerson: 'Persona',
    name: 'Nombre',
    fullName: 'Nombre completo',
    acronym: 'Sigla',
    country: 'País',
    countryHint: 'Un nombre en cualquier idioma común, o un código de dos letras',
    city: 'Ciudad',
    sector: 'Sector',
    website: 'Sitio web',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    notes: 'Notas',
    tags: 'Etiquetas',
    tagsHint: 'Separadas por comas',
    organization: 'Organización',
    noOrganization: 'Ninguna',
    role: 'Cargo',
    consentContact: 'Acepta que se le contacte',
    consentPublish: 'Acepta figurar públicamente con su nombre',
    consentRecorded: (when: string) => `Consentimiento registrado el ${when}`,
    save: 'Guardar',
    create: 'Crear',
    cancel: 'Cerrar',
    delete: 'Eliminar',
    saved: 'Guardado',
    people: 'Personas',
    noPeople: 'Todavía no hay personas registradas en esta organización.',
    history: 'Historial',
    historyEmpty: 'Aquí aparecerán las declaraciones a las que se adhiere o a las que se le invitó.',
    unknownCountry: (typed: string) => `«${typed}» no es un país conocido`,
  },
  importDialog: {
    title: 'Importar contactos',
    choose: 'Elegir un archivo',
    chooseHint:
      'CSV o texto (separado por comas, punto y coma o tabulaciones), Excel (.xlsx, .xls), OpenDocument (.ods) o vCard (.vcf).',
    reading: 'Leyendo el archivo…',
    fileSummary: (rows: number, format: string, encoding: string | null, delimiter: string | null) =>
      [plural(rows, 'fila', 'filas'), format, encoding, delimiter ? `separado por ${delimiter}` : null]
        .filter(Boolean)
        .join(' · '),
    mapping: 'Asigna las columnas',
    mappingHint: 'Cada columna va a un campo, deducido de su encabezado y sus valores; cambia los que quieras.',
    why: (reason: string) => `Por qué: ${reason}`,
    column: 'Columna',
    field: 'Campo',
    firstRows: 'Primeras filas',
    check: 'Revisar las filas',
    checking: 'Revisando…',
    report: 'Lo que haría la importación',
    reportCounts: (n: number, matched: number, duplicates: number, invalid: number) =>
      `${plural(n, 'fila nueva', 'filas nuevas')}, ${agree(matched, 'ya conocida', 'ya conocidas')}, ${agree(duplicates, 'duplicada', 'duplicadas')} dentro del archivo, ${agree(invalid, 'no válida', 'no válidas')}`,
    reportAdds: (orgs: number, people: number) =>
      `Se agregarán ${plural(orgs, 'organización', 'organizaciones')} y ${plural(people, 'persona', 'personas')}. Todavía no se guardó nada.`,
    row: 'Fila',
    name: 'Nombre',
    outcome: 'Qué pasa',
    outcomeNew: 'Nuevo',
    outcomeMatched: (name: string, reason: string) => `Ya existe como «${name}» (${reason})`,
    outcomeDuplicate: (row: number) => `Igual que la fila ${row}`,
    outcomeInvalid: (reason: string) => `Se omite: ${reason}`,
    more: (n: number) => `…y ${plural(n, 'fila más', 'filas más')}`,
    start: (n: number) => `Importar ${plural(n, 'fila', 'filas')}`,
    nothingToImport: 'Nada que importar',
    importing: (done: number, total: number) => `Importando… ${num(done)} de ${num(total)}`,
    cancel: 'Cancelar',
    close: 'Cerrar',
    back: 'Atrás',
    cancelled: 'Se canceló la importación; no se agregó nada.',
    replanned:
      'Los contactos cambiaron mientras este informe estaba abierto, así que no se agregó nada. El informe ya está actualizado: revísalo e importa de nuevo.',
    done: (orgs: number, people: number, matched: number, skipped: number) =>
      `Se agregaron ${plural(orgs, 'organización', 'organizaciones')} y ${plural(people, 'persona', 'personas')}; ${plural(matched, 'fila ya conocida', 'filas ya conocidas')}, ${agree(skipped, 'omitida', 'omitidas')}.`,
    fields: columnFields,
  },
  statementTabs: {
    label: 'Secciones de la declaración',
    text: 'Texto',
    signatories: 'Firmantes',
    outreach: 'Convocatoria',
    overview: 'Cómo vamos',
    export: 'Exportar',
  },
  exporting: {
    label: 'Exportar',
    format: 'Formato',
    formats: {
      pdf: 'PDF listo para imprimir',
      docx: 'Documento de Word (DOCX)',
      html: 'Página web (HTML)',
      html_fragment: 'HTML para pegar en un sitio web',
      markdown: 'Markdown',
      text: 'Texto simple para correo electrónico',
      csv: 'Firmantes en CSV',
    } as Record<string, string>,
    groupBy: 'Agrupar firmantes',
    groups: {
      kind: 'Organizaciones, luego firmas individuales',
      country: 'Por país',
      sector: 'Por sector',
      none: 'Una sola lista',
    } as Record<string, string>,
    paper: 'Papel',
    papers: { a4: 'A4', letter: 'Carta (EE. UU.)' } as Record<string, string>,
    archival: 'PDF/A para archivo',
    allLanguages: (n: number) => `Exportar todos los idiomas (${num(n)})…`,
    allLanguagesTitle: 'La carpeta para las versiones en todos los idiomas',
    writingLanguages: (done: number, total: number) => `Escribiendo ${num(done)} de ${num(total)}…`,
    savedAll: (n: number, folder: string) =>
      `${verb(n, 'Se guardó', 'Se guardaron')} ${plural(n, 'archivo', 'archivos')} en ${folder}.`,
    pageOf: (page: number, count: number) => `Página ${num(page)} de ${num(count)}`,
    morePages: 'Mostrar más páginas',
    countriesInEnglish:
      'Los nombres de los países se imprimen en inglés: Undersigned no tiene los nombres de los países en el idioma de esta declaración.',
    wordsInEnglish:
      'La línea del recuento y los encabezados se imprimen en inglés: Undersigned no tiene esas palabras en el idioma de esta declaración.',
    layingOut: 'Componiendo las páginas…',
    sign: 'Firmar con la clave de la organización',
    noKey: 'Para firmar las exportaciones, primero crea la clave de la organización en Configuración.',
    goToSettings: 'Ir a Configuración',
    zoom: 'Tamaño de la vista previa',
    zoomIn: 'Más grande',
    zoomOut: 'Más pequeña',
    passphrase: 'Frase de contraseña de la clave',
    save: 'Guardar…',
    saving: 'Guardando…',
    saveTitle: 'Guardar la exportación',
    saved: (file: string) => `Se guardó ${file}.`,
    savedSigned: (file: string, keyId: string) =>
      `Se guardaron ${file} y su firma ${file}.minisig (clave ${keyId}).`,
    preview: 'Vista previa',
    previewHint:
      'Las páginas tal como las imprime el PDF. Solo las adhesiones confirmadas, tal como se pueden publicar: las que solo se cuentan suman al total, pero nunca aparecen en la lista.',
    log: 'Exportaciones de esta declaración',
    logEmpty: 'Todavía no se exportó nada.',
    when: 'Cuándo',
    file: 'Archivo',
    signatories: 'Firmantes',
    revision: 'Versión',
    signedWith: 'Firma',
    notSigned: '—',
  },
  signingKey: {
    title: 'Clave de firma',
    intro:
      'Con tu clave pública y la herramienta estándar minisign, cualquiera puede comprobar que una declaración que publicaste es auténtica y no se modificó. La clave secreta se queda en esta base de datos, protegida con una frase de contraseña que solo tú conoces.',
    organization: 'Organización (aparece en cada firma)',
    passphrase: 'Frase de contraseña (al menos 8 caracteres)',
    again: 'La misma frase de contraseña otra vez',
    differ: 'Las dos frases de contraseña no coinciden.',
    create: 'Crear la clave',
    keyId: 'ID de la clave',
    publicKey: 'Clave pública (compártela)',
    publicKeyText: 'Quien compruebe tus declaraciones necesita esta clave: cópiala o guárdala como archivo para enviarla.',
    technical: 'Detalles técnicos',
    verifyElsewhere: 'Comprobar sin Undersigned',
    copy: 'Copiar',
    copied: 'Copiada.',
    savePublic: 'Guardar la clave pública…',
    savedPublic: (file: string) => `Se guardó ${file}.`,
    verifyTitle: 'Comprobar un archivo firmado',
    verify: 'Comprobar un archivo…',
    verifyOwn: 'Comprobar un archivo firmado con nuestra clave…',
    verifyOther: 'Comprobar con la clave pública de otra organización…',
    pickFile: 'El archivo que se va a comprobar (con su .minisig al lado)',
    pickPublic: 'La clave pública de quien firmó (.pub)',
    verifyHint: 'Quien no tenga Undersigned puede ejecutar: minisign -Vm declaracion.html -p organizacion.pub',
  },
  signatories: {
    label: 'Firmantes',
    searchLabel: 'Buscar firmantes',
    searchPlaceholder: 'Busca nombres, organizaciones, ciudades, países…',
    status: 'Estado',
    all: 'Todos',
    statuses: { pending: 'Pendiente', confirmed: 'Confirmada', rejected: 'Rechazada', withdrawn: 'Retirada' },
    visibilities: {
      public: 'Con su nombre',
      organization_only: 'Solo la organización',
      counted_only: 'Solo se cuenta',
    },
    channels: {
      email: 'Correo electrónico',
      form: 'Formulario',
      phone: 'Teléfono',
      in_person: 'En persona',
      paper: 'Papel',
      import: 'Importación',
      other: 'Otro',
    },
    kinds: { organization: 'Organización', individual: 'A título individual' },
    add: 'Agregar firmante',
    paste: 'Pegar una lista…',
    importFile: 'Importar un archivo…',
    trash: 'Papelera',
    back: 'Volver a los firmantes',
    count: (shown: number, total: number) =>
      shown === total ? plural(total, 'firmante', 'firmantes') : `${num(shown)} de ${plural(total, 'firmante', 'firmantes')}`,
    loading: 'Cargando firmantes…',
    emptyTitle: 'Todavía no hay adhesiones',
    emptyText:
      'Agrega firmantes uno por uno a medida que te llegan por correo electrónico, por teléfono o en papel, pega una lista o importa las respuestas de un formulario. Cada uno se compara con tus contactos.',
    noMatches: 'Ningún firmante coincide. Prueba con menos palabras o con otro estado.',
    trashEmpty: 'La papelera está vacía.',
    emptyTrash: 'Vaciar la papelera',
    emptyTrashTitle: '¿Vaciar la papelera de firmantes?',
    emptyTrashMessage: (n: number) =>
      `${plural(n, 'adhesión', 'adhesiones')} se ${verb(n, 'eliminará', 'eliminarán')} definitivamente, con sus registros. Esto no se puede deshacer.`,
    emptyTrashConfirm: 'Eliminar definitivamente',
    keep: 'Conservarlas',
    confirm: 'Confirmar',
    reject: 'Rechazar',
    withdraw: 'Retirar',
    restore: 'Restaurar',
    edit: 'Editar',
    details: 'Detalles',
    delete: 'Eliminar',
    confirmAllPending: (n: number) => `Confirmar ${agree(n, 'pendiente', 'pendientes')}`,
    confirmAllTitle: '¿Confirmar todas las adhesiones pendientes?',
    confirmAllMessage: (n: number) =>
      `${verb(n, 'Se confirmará', 'Se confirmarán')} ${plural(n, 'adhesión pendiente', 'adhesiones pendientes')}, que ${verb(n, 'se imprimirá', 'se imprimirán')} según lo permita su visibilidad. Si tienes dudas, revisa antes la lista.`,
    confirmAllConfirm: (n: number) => `Confirmar ${num(n)}`,
    confirmedAll: (n: number) => `${verb(n, 'Se confirmó', 'Se confirmaron')} ${plural(n, 'adhesión', 'adhesiones')}.`,
    movedToTrash: (name: string) => `«${name}» se movió a la papelera.`,
    undo: 'Deshacer',
    dismiss: 'Cerrar',
    statusChanged: (name: string, status: string) => `La adhesión de «${name}» ahora está ${status.toLowerCase()}.`,
    outdated: (n: number) =>
      `${plural(n, 'firmante', 'firmantes')} se ${verb(n, 'adhirió', 'adhirieron')} a una versión anterior del texto.`,
    outdatedShow: 'Mostrar quiénes y qué cambió',
    outdatedHide: 'Ocultar',
    endorsedRevision: (n: number) => `se adhirió a la versión ${n}`,
    changesSince: (n: number) => `Cambios desde la versión ${n}`,
    reconfirm: 'Marcar como reconfirmada',
    reconfirmAll: 'Marcar todas como reconfirmadas',
    reconfirmed: (n: number) =>
      `Se registró que ${plural(n, 'firmante', 'firmantes')} ${verb(n, 'confirmó', 'confirmaron')} el texto actual.`,
    rowLabel: (name: string, status: string) => `${name}, ${status}`,
  },
  signatoryForm: {
    added: (name: string) => `Se agregó la adhesión de ${name}. El formulario está listo para la siguiente.`,
    suggestionsLabel: 'Contactos con este nombre',
    newTitle: 'Nuevo firmante',
    editTitle: 'Firmante',
    kind: 'Firma como',
    name: 'Nombre tal como se imprime',
    nameHint: 'Escribe para buscar un contacto, o un nombre nuevo para agregarlo',
    fromContact: (name: string) => `De tus contactos: ${name}`,
    newContact: 'Se creará un contacto nuevo',
    affiliation: 'Organización o cargo, tal como se imprime',
    city: 'Ciudad',
    country: 'País',
    channel: 'Recibida por',
    receivedOn: 'Recibida el',
    visibility: 'En la lista publicada',
    visibilityDefault: 'Según lo permita su consentimiento',
    status: 'Estado',
    notes: 'Notas',
    save: 'Guardar',
    add: 'Agregar',
    close: 'Cerrar',
    saved: 'Guardado',
    log: 'Registro',
    logEmpty: 'Todavía no hay nada registrado.',
    events: {
      created: 'Recibida',
      confirmed: 'Confirmada',
      corrected: 'Corregida',
      withdrawn: 'Retirada',
      rejected: 'Rechazada',
      restored: 'Restaurada',
      deleted: 'Movida a la papelera',
      merged: 'Contacto fusionado',
      reconfirmed: 'Reconfirmada tras un cambio en el texto',
    } as Record<string, string>,
    change: (field: string, from: string, to: string) => `${field}: «${from}» → «${to}»`,
    blank: 'vacío',
    /** The fields of a sign-on as its log names them. */
    fields: {
      name: 'Nombre',
      affiliation: 'Organización o cargo',
      organization: 'Organización',
      city: 'Ciudad',
      country: 'País',
      visibility: 'En la lista publicada',
      channel: 'Recibida por',
      receivedOn: 'Recibida el',
      notes: 'Notas',
      status: 'Estado',
      kind: 'Firma como',
    } as Record<string, string>,
    revisionChange: (from: string, to: string) => `versión ${from} → versión ${to}`,
    contactOffer: (old: string, now: string) => `El contacto todavía se llama «${old}». ¿Cambiarlo también a «${now}»?`,
    contactYes: 'Corregir también el contacto',
    contactNo: 'Dejar el contacto como está',
    contactDone: (name: string) => `El contacto ahora se llama «${name}».`,
  },
  intake: {
    pasteTitle: 'Pegar una lista de firmantes',
    fileTitle: 'Importar adhesiones desde un archivo',
    pasteLabel: 'Un firmante por línea',
    pasteHint:
      'Por ejemplo «Nombre, País», «Nombre (SIGLA) – Ciudad, País» o «Nombre — País». Las viñetas y los números se quitan.',
    kind: 'Las líneas son',
    organizations: 'Organizaciones',
    individuals: 'Personas a título individual',
    choose: 'Elegir un archivo',
    chooseHint:
      'Las respuestas de un formulario o cualquier hoja de cálculo de adhesiones: CSV, Excel (.xlsx, .xls) u OpenDocument (.ods).',
    reading: 'Leyendo…',
    mapping: 'Asigna las columnas',
    column: 'Columna',
    field: 'Campo',
    review: 'Revisar',
    reviewing: 'Comparando con tus contactos…',
    reviewTitle: 'Revisa antes de que se agregue nada',
    columnsHint:
      'Lo que contiene cada columna, deducido de su encabezado y sus valores. Cambia lo que quieras; la revisión se actualiza.',
    why: (reason: string) => `Por qué: ${reason}`,
    visibilityLegend: 'Personas que no dijeron si se puede publicar su nombre',
    visibilityChoices: {
      public: 'Publicar su nombre',
      organization_only: 'Publicar solo su organización',
      counted_only: 'Contarlas, sin ponerlas en la lista',
    },
    visibilityHints: {
      public: 'Se imprime su nombre, con lo que enviaron como cargo y organización.',
      organization_only:
        'Solo se imprime el nombre de su organización, nunca su nombre ni su cargo; si no tienen organización, solo se cuentan.',
      counted_only: 'Se suman al total de firmantes, pero no aparecen en ninguna parte de la lista.',
    },
    printsAs: 'Se imprime como',
    countedOnly: 'Solo se cuenta',
    notes: 'Notas',
    leftOut: (why: string) => `Se omite: ${why}`,
    aHeading: 'un encabezado',
    putBack: 'Volver a incluir',
    visibilitySummary: (named: number, byOrganization: number, counted: number) =>
      `${num(named)} con su nombre, ${num(byOrganization)} solo con su organización, ${num(counted)} solo en el total`,
    nothingToAdd: (reason: string) => `No se agregaría nada: ${reason}.`,
    remapHint: 'Elige arriba qué columna contiene los nombres («Organización» o «Nombre de la persona»).',
    choiceLinkAsContact: (name: string) => `Es «${name}»: imprimir ese nombre`,
    choiceKeep: 'Vincular e imprimir tal como se envió',
    choiceNewInstead: 'No es este contacto: crear uno nuevo',
    chosenByYou: 'elegido por ti',
    putBackRow: (row: number) => `Volver a incluir la fila ${row}`,
    onlyToCheck: 'Mostrar solo las filas que hay que revisar',
    showAll: (n: number) => `Mostrar todas (${num(n)})`,
    discardTitle: '¿Cerrar y descartar esta lista?',
    keepReviewing: 'Seguir revisando',
    discard: 'Descartarla',
    reviewCounts: (known: number, fresh: number, already: number, duplicates: number, invalid: number) =>
      `${agree(known, 'conocido', 'conocidos')}, ${agree(fresh, 'nuevo', 'nuevos')}, ${num(already)} ya ${verb(already, 'firmó', 'firmaron')}, ${agree(duplicates, 'duplicado', 'duplicados')} en la lista, ${agree(invalid, 'no válido', 'no válidos')}`,
    row: 'Fila',
    name: 'Nombre',
    place: 'Ciudad, país',
    outcome: 'Qué pasa',
    known: (name: string, evidence: string) => `Vinculado a «${name}» (${evidence})`,
    fresh: 'Contacto nuevo',
    freshWithCandidates: 'Contacto nuevo, o uno de estos:',
    already: 'Ya firmó; se omite',
    duplicate: (row: number) => `Igual que la fila ${row}; se omite`,
    invalid: (reason: string) => `Se omite: ${reason}`,
    choiceNew: 'Crear un contacto nuevo',
    choiceLink: (name: string, evidence: string) => `Es «${name}» (${evidence})`,
    choiceSkip: 'Omitir esta fila',
    confirmed: 'Estas adhesiones ya están verificadas: agregarlas como confirmadas',
    apply: (n: number) => `Agregar ${plural(n, 'firmante', 'firmantes')}`,
    nothing: 'Nada que agregar',
    adding: (done: number, total: number) => `Agregando… ${num(done)} de ${num(total)}`,
    cancel: 'Cancelar',
    close: 'Cerrar',
    back: 'Atrás',
    cancelled: 'Cancelado; no se agregó nada.',
    replanned:
      'Los contactos o las adhesiones cambiaron mientras esta revisión estaba abierta, así que no se agregó nada. La revisión ya está actualizada: compruébala y vuelve a agregar.',
    done: (added: number, created: number) =>
      `${verb(added, 'Se agregó', 'Se agregaron')} ${plural(added, 'firmante', 'firmantes')}; ${plural(created, 'contacto nuevo', 'contactos nuevos')}.`,
    more: (n: number) => `…y ${plural(n, 'fila más', 'filas más')}`,
    fields: columnFields,
  },
  outreach: {
    label: 'Convocatoria',
    invite: 'Invitar',
    inviteTitle: 'Invitar a contactos a adherirse',
    inviteHint: 'Todos los contactos que cumplan todos los filtros que completes; deja un filtro vacío para no filtrar por él.',
    tags: 'Con alguna de estas etiquetas',
    countries: 'En alguno de estos países',
    sectors: 'En alguno de estos sectores',
    commaHint: 'Separados por comas',
    signed: 'O todos los que firmaron',
    signedNone: '—',
    invited: (added: number, already: number) =>
      `Se invitó a ${plural(added, 'contacto', 'contactos')}${already ? `; ${num(already)} ya ${verb(already, 'tenía', 'tenían')} invitación` : ''}.`,
    filter: 'Mostrar',
    all: 'Todos',
    needsReminder: 'Necesitan un recordatorio',
    reminderDays: 'Días sin respuesta',
    statuses: {
      invited: 'Invitado',
      reminded: 'Recordatorio enviado',
      signed: 'Firmó',
      declined: 'Declinó',
      no_answer: 'Sin respuesta',
    },
    emptyTitle: 'Todavía no se invitó a nadie',
    emptyText: 'Invita a organizaciones por etiqueta, país o sector, o a todas las que firmaron una declaración anterior.',
    noneNeedReminder: 'Nadie necesita un recordatorio.',
    name: 'Contacto',
    email: 'Correo electrónico',
    status: 'Estado',
    lastMessage: 'Último mensaje',
    markReminded: 'Recordatorio enviado',
    markDeclined: 'Declinó',
    markNoAnswer: 'Sin respuesta',
    answered: (name: string, status: string) => `${name}: ${status}.`,
    reopened: (name: string) => `${name}: invitación abierta de nuevo.`,
    undo: 'Deshacer',
    message: 'Mensaje',
    purpose: 'Mensaje',
    purposes: { invitation: 'Invitación', reminder: 'Recordatorio' },
    template: 'Plantilla',
    templateOf: (language: string) => `Plantilla para la versión en ${language}`,
    templateHint:
      'Campos de combinación: {{contact_name}}, {{organization}}, {{statement_title}}, {{deadline}}, {{statement_text}}',
    templateSignOff: 'Tu nombre y tu organización, tomados de Configuración, cierran cada mensaje.',
    version: 'Versión',
    byContact: 'Según el idioma de cada contacto',
    versionOption: (language: string, title: string) => `${language}: ${title}`,
    byContactHint: 'Cada contacto recibe la versión en el idioma de su país cuando la hay; si no, el original.',
    subject: 'Asunto',
    body: 'Texto',
    saveTemplate: 'Guardar la plantilla',
    templateSaved: 'Plantilla guardada.',
    preview: (name: string) => `Mensaje para ${name}`,
    copy: 'Copiar',
    copied: 'Copiado al portapapeles.',
    openMail: 'Abrir en la aplicación de correo',
    noEmail: 'No hay dirección de correo electrónico registrada para este contacto.',
    saveEml: (n: number) => `Guardar ${plural(n, 'mensaje', 'mensajes')} como .eml…`,
    pickFolder: 'Elige la carpeta para los mensajes',
    savedEml: (n: number, folder: string) =>
      `${verb(n, 'Se guardó', 'Se guardaron')} ${plural(n, 'mensaje', 'mensajes')} en ${folder}.`,
    close: 'Cerrar',
  },
  overview: {
    label: 'Cómo vamos',
    signedBy: (orgs: number, people: number, countries: number) =>
      `${plural(orgs, 'organización', 'organizaciones')} y ${plural(people, 'persona', 'personas')} de ${plural(countries, 'país', 'países')}`,
    goal: (confirmed: number, goal: number) => `${num(confirmed)} de ${plural(goal, 'firmante', 'firmantes')}`,
    noGoal: 'No hay una meta fijada; fíjala en los datos de la declaración.',
    deadline: 'Fecha límite',
    noDeadline: 'No hay una fecha límite fijada.',
    review: 'Revisión',
    invitations: 'Invitaciones',
    byCountry: 'Por país',
    bySector: 'Por sector',
    noCountry: 'País no registrado',
    noSector: 'Sector no registrado',
    others: (n: number) => `${num(n)} más — mostrar todos`,
    empty: 'Aquí se contarán las adhesiones confirmadas.',
    outdated: (n: number) =>
      `${plural(n, 'firmante', 'firmantes')} se ${verb(n, 'adhirió', 'adhirieron')} a un texto anterior`,
    chartLabel: (label: string, n: number) => `${label}: ${num(n)}`,
  },
  duplicates: {
    notDuplicate: 'No es un duplicado',
    dismissed: (a: string, b: string) => `«${a}» y «${b}» no se volverán a proponer como duplicados.`,
    none: 'No se encontraron posibles duplicados.',
    noneHint:
      'Aquí aparecen los registros con el mismo nombre, con una sigla que coincide con un nombre, con el mismo correo electrónico o dominio web, o con nombres muy parecidos.',
    loading: 'Buscando duplicados…',
    likely: { high: 'Muy probablemente el mismo', medium: 'Probablemente el mismo', low: 'Posiblemente el mismo' },
    sameName: 'Mismo nombre',
    acronym: (a: string) => `Sigla ${a}`,
    sameEmail: (e: string) => `Mismo correo ${e}`,
    sameDomain: (d: string) => `Mismo dominio ${d}`,
    similarName: 'Nombres parecidos',
    review: 'Revisar y fusionar…',
    mergeTitle: 'Fusionar dos registros',
    mergeHint:
      'Elige el valor que quieres conservar en cada campo. Las adhesiones, invitaciones, personas y etiquetas de ambos se mantienen, en el registro que se conserva.',
    keepThis: 'Conservar este registro',
    merge: 'Fusionar',
    merging: 'Fusionando…',
    merged: (name: string, endorsements = 0) =>
      endorsements === 0
        ? `Se fusionó en «${name}».`
        : `Se fusionó en «${name}». ${plural(endorsements, 'declaración firmada', 'declaraciones firmadas')} por ambos ahora ${verb(endorsements, 'muestra', 'muestran')} una sola adhesión; la otra queda registrada como fusionada.`,
    undone: 'Se deshizo la fusión.',
    field: 'Campo',
  },
  textLength: {
    over: (length: number, max: number) => `El título tiene ${length.toLocaleString('es')} caracteres; el máximo es ${max.toLocaleString('es')}.`,
    near: (length: number, max: number) => `${length.toLocaleString('es')} de ${max.toLocaleString('es')} caracteres`,
  },
  unlock: {
    title: 'Esta base de datos está cifrada',
    text: 'Escribe su frase de contraseña para abrirla. Undersigned la guarda solo mientras la ventana está abierta.',
    passphrase: 'Frase de contraseña',
    open: 'Abrir',
    opening: 'Abriendo…',
  },
  sharing: {
    title: 'Compartir con otras personas organizadoras',
    intro:
      'Varias personas pueden llevar juntas los datos de esta coalición, cada una en su equipo y sin servidor, mediante una carpeta que una herramienta de sincronización (Syncthing, Nextcloud, una unidad compartida) mantiene igual en todos los equipos. Lo que Undersigned pone en esa carpeta va cifrado con la clave del grupo; el archivo de invitación lleva la clave.',
    setupFirst: 'Primero prepara una carpeta que tu herramienta de sincronización mantenga en el equipo de cada persona organizadora. Empezar a compartir pide esa carpeta y luego dónde guardar el archivo de invitación.',
    joinWarning: 'Al unirte, lo que esta base de datos ya contiene se comparte con todo el grupo.',
    settled: 'Resuelto. Los demás equipos lo siguen en su próxima sincronización.',
    unsent: (n: number) => `Cambios hechos aquí aún no enviados: ${n.toLocaleString('es')}. Sincroniza primero para compartirlos.`,
    heldBack: 'Sus próximos archivos esperan:',
    notShared: 'Esta base de datos no está compartida.',
    deviceName: 'El nombre de este equipo, tal como lo ven las demás',
    start: 'Empezar a compartir…',
    join: 'Unirse con una invitación…',
    chooseFolder: 'Elige la carpeta compartida',
    saveInvitation: 'Guardar la invitación',
    openInvitation: 'Abrir el archivo de invitación',
    started: (folder: string, file: string) =>
      `Se comparte en ${folder}. La invitación se guardó como ${file}: entrégala a cada persona en privado (quien la tenga puede leer los datos compartidos); ellas eligen Unirse con una invitación.`,
    joined: (folder: string) => `Te uniste al grupo en ${folder}.`,
    folder: 'Carpeta compartida',
    computers: 'Equipos del grupo',
    /** A computer named in a label, when it is this one. */
    here: 'este equipo',
    thisComputer: '(este equipo)',
    files: (applied: number, total: number) => `archivos: ${applied.toLocaleString('es')} de ${total.toLocaleString('es')}`,
    lastSync: 'Última sincronización',
    never: 'nunca',
    pendingChanges: 'Cambios aún no enviados',
    pendingFiles: 'Archivos aún no recibidos',
    syncNow: 'Sincronizar ahora',
    syncing: 'Sincronizando…',
    synced: (sent: number, received: number) =>
      `Sincronizado: ${sent.toLocaleString('es')} enviados, ${received.toLocaleString('es')} recibidos.`,
    folderMissing: 'Falta la carpeta compartida o contiene otro grupo. Comprueba que está ahí y que la herramienta de sincronización funciona.',
    problem: 'La última sincronización falló:',
    review: 'Por revisar',
    nothingToReview: 'Nada por revisar.',
    columns: { title: 'título', subtitle: 'subtítulo', body: 'texto' } as Record<string, string>,
    concurrent: (column: string, about: string) => `El ${column} de «${about}» se cambió en dos equipos a la vez.`,
    duplicate: (about: string) => `«${about}» se creó en dos equipos; la más reciente se apartó.`,
    kept: (by: string) => `En uso (${by})`,
    other: (by: string) => `Sin usar (${by})`,
    anotherComputer: 'otro equipo',
    keepKept: 'Conservar esta',
    keepOther: 'Usar esta en su lugar',
    acknowledge: 'Entendido',
    leave: 'Dejar de compartir…',
    leaveConfirm:
      '¿Dejar de compartir esta base de datos? Los datos se quedan aquí; este equipo ya no envía ni recibe cambios, y la carpeta queda como está.',
    leaveYes: 'Dejar de compartir',
    cancel: 'Cancelar',
    left: 'Esta base de datos ya no se comparte.',
    line: {
      missing: 'No se puede sincronizar: falta la carpeta compartida',
      held: 'Algunos archivos no se pudieron recibir: mira Configuración',
      synced: (when: string) => `Sincronizado ${when}`,
      notYet: 'Aún sin sincronizar',
      failed: 'Falló la sincronización: mira Configuración',
      review: (n: number) => `Por revisar: ${n.toLocaleString('es')}`,
    },
  },
  encryption: {
    title: 'Cifrado',
    encrypted:
      'Esta base de datos y sus copias de seguridad están cifradas: sin la frase de contraseña, un equipo perdido o incautado no muestra nada de quién firmó. Undersigned la pide cada vez que se inicia.',
    plain:
      'Esta base de datos se guarda sin cifrar: cualquiera que tenga los archivos de este equipo puede leer quién firmó, incluidas las personas que pidieron no figurar con su nombre.',
    start: 'Cifrar esta base de datos…',
    passphrase: 'Nueva frase de contraseña',
    again: 'La misma frase de contraseña otra vez',
    warning:
      'Una frase de contraseña olvidada no se puede recuperar, ni tú ni nadie puede hacerlo: se perderían los firmantes, los contactos y las copias de seguridad. Anótala y guárdala en un lugar seguro.',
    encrypt: 'Cifrar',
    encrypting: 'Cifrando la base de datos y sus copias de seguridad…',
    cancel: 'Cancelar',
    differ: 'Las dos frases de contraseña no coinciden. Vuelve a escribirlas.',
    done: (backups: number) =>
      backups === 0
        ? 'Cifrada. La ventana se vuelve a abrir.'
        : `Cifrada, junto con ${plural(backups, 'copia de seguridad', 'copias de seguridad')}. La ventana se vuelve a abrir.`,
    strength: {
      short: (min: number) => `Demasiado corta: al menos ${plural(min, 'carácter', 'caracteres')}.`,
      fair: 'Aceptable. Cuanto más larga, más segura: cuatro o cinco palabras comunes forman una buena frase de contraseña.',
      strong: 'Segura.',
    },
    protects:
      'El cifrado protege los archivos guardados en el equipo. No protege una ventana que se deja abierta y desbloqueada, los archivos que exportas (están hechos para publicarse) ni lo que otro programa lea de la memoria mientras Undersigned está en marcha.',
    commandLine: 'Para descifrarla o cambiar la frase de contraseña, cierra Undersigned y usa',
  },
  /** Failures by core's key (`ErrorReport.key`); a key not here is shown by core's English message. */
  errors: {
    'store.not_a_database': (p: Params) =>
      `${p.path} no es una base de datos de Undersigned: no es un archivo SQLite. No se cambió nada en él. Elige otro archivo, o muévelo a otra carpeta para empezar una base de datos nueva donde estaba.`,
    'store.foreign_database': (p: Params) =>
      `${p.path} pertenece a otro programa; no es una base de datos de Undersigned. No se cambió nada en él. Elige otro archivo.`,
    'store.corrupt': (p: Params) =>
      `La base de datos ${p.path} está dañada (${p.detail}). No se cambió nada en ella. Restáurala a partir de una copia de seguridad, o muévela a otra carpeta para empezar una nueva donde estaba.`,
    'store.locked': (p: Params) =>
      `${cap(theFile(p.path))} está ocupada: otro programa la mantiene bloqueada. No se guardó nada; espera a que ese programa termine o ciérralo, y vuelve a intentarlo.`,
    'store.read_only': (p: Params) =>
      `${cap(theFile(p.path))} es de solo lectura, así que no se puede guardar nada en ella. Cierra Undersigned, da permiso de escritura al archivo y a su carpeta, y vuelve a iniciarlo.`,
    'store.no_database': (p: Params) => `No hay ninguna base de datos en ${p.path}. Revisa que la ruta esté bien escrita.`,
    'store.cannot_open': (p: Params) =>
      `No se puede abrir la base de datos ${p.path}: ${p.reason}. Comprueba que la carpeta exista y que tengas permiso para escribir en ella.`,
    'store.too_new': (p: Params) =>
      `La base de datos ${p.path} la escribió una versión más reciente de Undersigned (esquema ${p.found}; esta versión llega hasta el ${p.supported}). No se cambió nada en ella. Actualiza Undersigned para abrirla.`,
    'store.read_only_outdated': (p: Params) =>
      `La base de datos ${p.path} es de solo lectura y la creó una versión anterior de Undersigned (esquema ${p.found}; esta versión necesita el ${p.needed}). Da permiso de escritura al archivo para que se pueda actualizar y vuelve a iniciar Undersigned.`,
    'store.migration': (p: Params) =>
      `No se pudo actualizar la base de datos al esquema ${p.version} (${p.name}). No se cambió nada.`,
    'store.migration_changed': (p: Params) =>
      `La base de datos ${p.path} se preparó con el paso de esquema ${p.version} (${p.name}) de otra compilación de Undersigned. No se cambió nada; ábrela con la compilación que la creó e informa de este problema.`,
    'store.migration_broke_links': (p: Params) =>
      `Actualizar la base de datos al esquema ${p.version} (${p.name}) rompería vínculos entre registros: ${p.detail}. No se cambió nada; por favor, informa de este problema.`,
    'store.backup_before_migration': (p: Params) =>
      `Hay que actualizar la base de datos ${p.path}, pero falló la copia de seguridad que se hace antes (${p.reason}). No se cambió nada; libera espacio en el disco o da permiso de escritura a su carpeta, y vuelve a iniciar Undersigned.`,
    'store.encrypted': (p: Params) => `${p.path} está cifrada, o no es una base de datos. Si es una base de datos de Undersigned cifrada, escribe su frase de contraseña para abrirla.`,
    'store.wrong_passphrase': () => 'La frase de contraseña no es correcta; no se cambió nada. Vuelve a escribirla tal como se fijó.',
    'store.already_encrypted': () => 'Esta base de datos ya está cifrada. Para usar otra frase de contraseña, cámbiala.',
    'store.not_encrypted': () => 'Esta base de datos no está cifrada; no se cambió nada.',
    'share.not_shared': () => 'Esta base de datos no está compartida. Empieza a compartirla, o únete a un grupo con una invitación.',
    'share.already_shared': (p: Params) => `Esta base de datos ya está compartida (carpeta ${p.folder}). Deja de compartirla primero para empezar o unirse a otra.`,
    'share.folder_taken': (p: Params) => `${p.folder} ya contiene otra base compartida. Elige una carpeta vacía, o únete a esa con su invitación.`,
    'share.wrong_folder': (p: Params) => `${p.folder} no es la carpeta de esta base compartida. Elige la carpeta para la que se hizo la invitación.`,
    'share.bad_invitation': (p: Params) => `${p.path} no es una invitación de Undersigned (${p.detail}). Pide de nuevo el archivo de invitación.`,
    'share.write': (p: Params) => `No se puede escribir ${p.path}: ${p.detail}. Comprueba que la carpeta existe y admite escritura, e inténtalo de nuevo.`,
    'share.read': (p: Params) => `No se puede leer ${p.path}: ${p.detail}. Comprueba que la carpeta está ahí y sincroniza de nuevo.`,
    'share.unreadable': (p: Params) => `${p.path} no se abre con la clave de esta base compartida: se dañó por el camino o no es de este grupo. No se aplicó, ni los archivos siguientes del mismo equipo; todo lo demás se recibió. Un archivo dañado vuelve a llegar completo con la herramienta de sincronización; uno que no es de este grupo puede quitarse de la carpeta.`,
    'share.apply': (p: Params) => `${p.path} no se pudo aplicar (${p.detail}). Se dejó fuera, con los archivos siguientes del mismo equipo, y todo lo demás se recibió. Pide a quien lo escribió que actualice Undersigned y sincronice de nuevo.`,
    'share.folder_missing': (p: Params) => `La carpeta compartida ${p.folder} no está; no se cambió nada. Si se movió o su herramienta de sincronización se detuvo, devuélvela a su lugar y sincroniza de nuevo.`,
    'share.no_conflict': (p: Params) => `No hay ningún conflicto abierto ${p.id}.`,
    'store.weak_passphrase': (p: Params) => `La frase de contraseña necesita al menos ${p.min} caracteres. Si se olvida, no se puede recuperar: elige palabras que vayas a recordar.`,
    'store.in_use': () => 'La base de datos está abierta en otro programa (otra ventana de Undersigned o undersigned-cli). Ciérralo y vuelve a intentarlo. No se cambió nada.',
    'store.conversion_failed': (p: Params) => `La copia convertida de ${p.path} no pasó la comprobación (${p.detail}). Se eliminó; la base de datos no cambió.`,
    'store.disk_full': (p: Params) =>
      `El disco que contiene ${p.path || 'la base de datos'} está lleno; no se guardó nada. Libera espacio en él y vuelve a intentarlo.`,
    'text.control_character': (p: Params) =>
      `${cap(fieldName(p.field))} ${fieldVerb(p.field, 'contiene', 'contienen')} un carácter de control invisible (${p.code}) en la posición ${num(p.position)}. Bórralo y vuelve a escribir el texto.`,
    'text.too_long': (p: Params) =>
      `${cap(fieldName(p.field))} ${fieldVerb(p.field, 'tiene', 'tienen')} ${plural(p.chars, 'carácter', 'caracteres')}; el máximo es ${num(p.max)}.`,
    'text.bad_language': (p: Params) =>
      `«${p.tag}» no es una etiqueta de idioma. Usa una como es, en, fr, ar, pt-BR o zh-Hant.`,
    'country.empty': () => 'No se indicó ningún país.',
    'country.unknown': (p: Params) =>
      `«${p.typed}» no es un país que Undersigned conozca. Escribe su nombre o su código de dos letras.`,
    'country.ambiguous': (p: Params) => `«${p.typed}» puede referirse a ${countryOptions(p.options)}. Indica cuál.`,
    'statement.empty_title': () => 'Una declaración necesita un título. Escribe uno y vuelve a intentarlo.',
    'statement.not_found': () =>
      'Esta declaración ya no existe; puede que se haya eliminado o borrado definitivamente de la papelera.',
    'statement.in_trash': () => 'La declaración está en la papelera. Restáurala primero para modificarla.',
    'statement.not_in_trash': () =>
      'La declaración no está en la papelera. Muévela primero a la papelera y luego vacía la papelera.',
    'statement.bad_date': (p: Params) => `«${p.value}» no es una fecha. ${dateHint}`,
    'statement.bad_status': (p: Params) => `«${p.value}» no es un estado válido.`,
    'statement.needs_confirmation': (p: Params) =>
      `${verb(p.count, 'Se registró', 'Se registraron')} ${plural(p.count, 'adhesión', 'adhesiones')} mientras la declaración estaba abierta. Confirma para volver a pasarla a borrador.`,
    'statement.no_revision': (p: Params) =>
      `Esta declaración no tiene una versión ${p.number}; tiene ${plural(p.count, 'versión', 'versiones')}.`,
    'statement.not_a_translation': () => 'Esta declaración no es una traducción.',
    'statement.import': (p: Params) => `No se pudo importar el archivo: ${p.reason}`,
    'backup.no_file': () =>
      'Una base de datos que solo existe en la memoria no tiene ningún archivo del que hacer una copia de seguridad.',
    'backup.write': (p: Params) =>
      `No se pudo escribir la copia de seguridad ${p.path}: ${p.reason}. Comprueba que se pueda escribir en la carpeta y que quede espacio en el disco.`,
    'backup.unsound': (p: Params) =>
      `La copia de seguridad que se acaba de escribir en ${p.path} no pasó la comprobación (${p.detail}) y se eliminó. La base de datos no cambió; vuelve a intentarlo y, si vuelve a ocurrir, revisa el disco.`,
    'backup.no_such_backup': (p: Params) =>
      `No hay ninguna copia de seguridad llamada «${p.name}»; puede que se haya eliminado.`,
    'backup.not_restorable': (p: Params) => `No se puede restaurar ${p.path}: ${p.reason}. No se cambió nada.`,
    'backup.other_database': (p: Params) =>
      `${p.path} es una copia de seguridad de otra base de datos, no de ${p.database}. No se cambió nada. Restáurala en la base de datos de la que se hizo.`,
    'contact.empty_name': () => 'Un contacto necesita un nombre. Escribe uno y vuelve a intentarlo.',
    'contact.no_letters': (p: Params) =>
      `«${p.name}» no tiene ninguna letra ni ningún dígito, así que se imprimiría como una línea vacía. Escribe el nombre del contacto.`,
    'contact.not_found': (p: Params) => {
      const kind = kindOf(p.kind);
      return `${cap(kind.this)} ${kind.name} ya no existe; puede que se haya eliminado o borrado definitivamente de la papelera.`;
    },
    'contact.in_trash': (p: Params) => {
      const kind = kindOf(p.kind);
      return `${cap(kind.the)} ${kind.name} está en la papelera. Restáura${kind.it} primero para modificar${kind.it}.`;
    },
    'contact.not_in_trash': (p: Params) => {
      const kind = kindOf(p.kind);
      return `${cap(kind.the)} ${kind.name} no está en la papelera. Muéve${kind.it} primero a la papelera y luego vacía la papelera.`;
    },
    'contact.merge': (p: Params) => `No se pueden fusionar estos contactos: ${p.reason}`,
    'contact.no_backup': (p: Params) =>
      `No se pudo hacer una copia de seguridad antes de ${operations[p.what] ?? p.what}, así que no se cambió nada: ${p.source}`,
    'contact.write': (p: Params) =>
      `No se pudieron escribir los contactos en el archivo: ${p.reason}. Comprueba que quede espacio en el disco y que se pueda escribir en la carpeta.`,
    'sign_on.empty_name': () => 'Un firmante necesita un nombre. Escribe uno y vuelve a intentarlo.',
    'sign_on.no_letters': (p: Params) =>
      `«${p.name}» no tiene ninguna letra ni ningún dígito, así que se imprimiría como una línea vacía. Escribe el nombre del firmante.`,
    'sign_on.bad_date': (p: Params) => `«${p.value}» no es una fecha. ${dateHint}`,
    'sign_on.not_found': () =>
      'Esta adhesión ya no existe; puede que se haya eliminado o borrado definitivamente de la papelera.',
    'sign_on.in_trash': () => 'La adhesión está en la papelera. Restáurala primero para modificarla.',
    'sign_on.not_in_trash': () =>
      'La adhesión no está en la papelera. Muévela primero a la papelera y luego vacía la papelera.',
    'sign_on.transition': (p: Params) =>
      `Una adhesión ${signOnStatuses[p.from] ?? p.from} no se puede marcar como ${signOnStatuses[p.to] ?? p.to}. Una adhesión pendiente se confirma o se rechaza; una confirmada se puede retirar.`,
    'sign_on.already_endorsed': (p: Params) => `${p.name} ya firmó esta declaración.`,
    'sign_on.needs_affiliation': () =>
      '«Solo la organización» muestra el nombre de la organización en lugar del de la persona, así que hace falta una organización. Escribe una o elige otra forma de mostrarla en la lista.',
    'sign_on.kind_mismatch': (p: Params) => {
      const kind = kindOf(p.kind);
      return `${cap(kind.a)} ${kind.name} no puede firmar como ${kinds[p.wanted] ?? p.wanted}; elige la otra opción.`;
    },
    'sign_on.invitation': (p: Params) => `No se pudo crear la invitación: ${p.reason}`,
    'sign_on.intake': (p: Params) => `No se agregó nada: ${p.reason}`,
    'sign_on.cancelled': () => 'Se canceló la importación; no se agregó nada.',
    'signing.weak_passphrase': () =>
      'Una clave de firma necesita una frase de contraseña de al menos 8 caracteres. Elige una más larga.',
    'signing.bad_key': (p: Params) => `${p.file} no se puede usar como clave: ${p.reason}`,
    'signing.wrong_passphrase': () => 'La frase de contraseña no desbloquea esta clave. Vuelve a escribirla.',
    'signing.bad_signature': (p: Params) => `${p.file} no es una firma: ${p.reason}`,
    'signing.no_signature': (p: Params) =>
      `${p.file} no tiene su firma al lado (${p.signature} no está en su carpeta). Comprueba la copia que tiene su firma, o vuelve a exportarlo con la firma activada.`,
    'signing.io': (p: Params) => `No se pudo leer o escribir ${p.file}: ${p.reason}`,
    'export.missing_glyph': (p: Params) =>
      `Ninguna fuente instalada puede imprimir «${p.character}» (${p.code}) en ${exportPlace(p.place)}. Corrige el texto o, si esos caracteres deben estar ahí, instala una fuente que los tenga.`,
    'export.write': (p: Params) =>
      `No se pudo escribir ${p.file}: ${p.reason}. Comprueba que la carpeta exista y que se pueda escribir en ella.`,
    'import.cancelled': () => 'Se canceló la importación; no se agregó nada.',
    'import.no_name_column': () =>
      'Ninguna columna contiene un nombre. Elige «Organización» o «Nombre de la persona» para una de ellas.',
    'import.mapping_length': (p: Params) =>
      `Lo elegido abarca ${plural(p.given, 'columna', 'columnas')}, pero el archivo tiene ${num(p.columns)}. Vuelve a leer el archivo.`,
    'import.not_a_contact_field': (p: Params) =>
      `La columna ${num(p.column)} («${p.header}») contiene algo que los contactos no guardan («${(columnFields as Record<string, string>)[p.field] ?? p.field}»). Elige otro campo para ella.`,
    'read.io': (p: Params) => `No se pudo leer «${p.file}»: ${p.reason}`,
    'read.too_big': (p: Params) =>
      `«${p.file}» ocupa ${num(p.mb)} MB; el máximo es 200 MB. Divídelo en partes e impórtalas por separado.`,
    'read.empty': (p: Params) => `«${p.file}» está vacío.`,
    'read.headers_only': (p: Params) => `«${p.file}» solo tiene una fila de encabezados y nada debajo.`,
    'read.not_a_table': (p: Params) =>
      `«${p.file}» no es una hoja de cálculo ni un archivo de texto (parece ${fileLooks[p.what] ?? p.what}). Guárdalo desde su programa como CSV o XLSX.`,
    'read.zip_bomb': (p: Params) =>
      `Descomprimido, «${p.file}» ocuparía más de lo que ocupa cualquier hoja de cálculo (${p.detail}), así que se rechazó.`,
    'read.too_large': (p: Params) =>
      `Abierto, «${p.file}» ocupa ${p.detail}, más de lo que admite una sola importación. Divídelo en archivos más pequeños e impórtalos uno por uno.`,
    'read.spreadsheet': (p: Params) =>
      `No se pudo leer la hoja de cálculo «${p.file}»: ${p.reason}. Ábrela en tu programa de hojas de cálculo y vuelve a guardarla.`,
    'read.unclosed_quote': (p: Params) =>
      `«${p.file}», fila ${num(p.row)}: una celda entre comillas no se cierra nunca (las comillas se abren en la columna ${num(p.column)}). Cierra las comillas o vuelve a guardar el archivo desde tu programa de hojas de cálculo.`,
    'read.too_many_cells': (p: Params) =>
      `«${p.file}», fila ${num(p.row)}: tiene ${plural(p.cells, 'celda', 'celdas')}, pero la fila de encabezados tiene ${num(p.headers)}. Busca en esa fila un separador que esté fuera de las comillas.`,
    'read.cell_too_long': (p: Params) =>
      `«${p.file}», fila ${num(p.row)}, columna ${num(p.column)}: una celda tiene ${plural(p.chars, 'carácter', 'caracteres')}; el máximo es ${num(100_000)}.`,
    'read.too_many_columns': (p: Params) =>
      `«${p.file}» tiene ${plural(p.columns, 'columna', 'columnas')}; el máximo es 500.`,
    'read.nul': (p: Params) =>
      `«${p.file}», línea ${num(p.line)}: el archivo contiene un carácter NUL, que nunca aparece en un texto. Puede que esté dañado o que no sea un archivo de texto.`,
    'read.unclosed_card': (p: Params) =>
      `«${p.file}», línea ${num(p.line)}: una tarjeta de contacto no se cierra con END:VCARD.`,
    'review.gone': () =>
      'El archivo o la lista de esta revisión ya no está abierto. Vuelve a pegar la lista o a elegir el archivo.',
    'review.stale': () =>
      'Los contactos o las adhesiones cambiaron después de preparar esta revisión, así que no se agregó nada. Mira la nueva revisión y vuelve a agregar.',
  },
};
