// The window's words in Filipino. English (`en.ts`) defines the shape; only
// its type is imported here, never its value.
//
// Glossary: statement = pahayag, sign-on/endorsement = paglagda,
// signatory = lumagda, contact = contact, organization = organisasyon,
// individual = indibidwal, trash = basurahan, backup = backup (i-backup),
// draft/open/closed/published = draft/bukas/sarado/nailathala,
// translation = salin, version = bersiyon, row/column = hilera/kolum,
// cryptographic signature = pirma, key = key, invitation = imbitasyon,
// reminder = paalala. The user is addressed as "mo"/"ka".

import type { Messages } from './en';

/**
 * A number as Filipino writes it. Core sends a failure's numbers as text:
 * digits-only text is written the same way, anything else left as it came.
 */
const num = (n: number | string) =>
  typeof n === 'number' ? n.toLocaleString('fil') : /^\d+$/.test(n) ? Number(n).toLocaleString('fil') : n;

/**
 * A count before a noun, with its linker: “isang pahayag”, “3 na pahayag”.
 * Filipino nouns do not change for the plural, so Intl.PluralRules would
 * change no word here; only the number one is written as a word.
 */
const qty = (n: number, noun: string) => (n === 1 ? `isang ${noun}` : `${num(n)} na ${noun}`);

/** The same, at the start of a sentence. */
const Qty = (n: number, noun: string) => {
  const text = qty(n, noun);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** What a spreadsheet column may hold, for contacts and sign-ons alike. */
const columnFields = {
  ignore: 'Huwag isama',
  kind: 'Organisasyon o indibidwal',
  organization: 'Organisasyon',
  acronym: 'Akronim',
  person: 'Pangalan ng tao',
  role: 'Posisyon',
  affiliation: 'Posisyon at organisasyon',
  email: 'E-mail',
  phone: 'Telepono',
  city: 'Lungsod',
  country: 'Bansa',
  sector: 'Sektor',
  website: 'Website',
  received: 'Petsa ng pagtanggap',
  notes: 'Mga tala',
  tags: 'Mga tag',
  consent_contact: 'Puwedeng kontakin (oo/hindi)',
  visibility: 'Puwedeng pangalanan (oo/hindi)',
};

/** The details of a failure as core names them (`ErrorReport.params`): text, numbers as digits. */
type Params = Record<string, string>;

/** A count core sent as text, before a noun: “isang paglagda”, “3 na paglagda”. */
const qtyText = (count: string, noun: string) =>
  /^\d+$/.test(count) ? qty(Number(count), noun) : `${count} na ${noun}`;
const QtyText = (count: string, noun: string) => {
  const text = qtyText(count, noun);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** What a text field is called in a sentence about it (after “ang”/“ng”), by core's name for it. */
const fieldNames: Record<string, string> = {
  title: 'pamagat',
  subtitle: 'subtitle',
  place: 'lugar',
  occasion: 'okasyon',
  issued_by: 'mga linyang “Inilabas ng”',
  label: 'label ng bersiyon',
  language: 'wika',
  body: 'teksto',
  name: 'pangalan',
  short_name: 'akronim',
  city: 'lungsod',
  sector: 'sektor',
  website: 'website',
  email: 'e-mail',
  phone: 'numero ng telepono',
  role: 'posisyon',
  notes: 'mga tala',
  tag: 'tag',
};
const fieldName = (field: string) => fieldNames[field] ?? field;
const signOnStatuses: Record<string, string> = {
  pending: 'nakabinbin',
  confirmed: 'kumpirmado',
  rejected: 'tinanggihan',
  withdrawn: 'binawi',
};
const status = (value: string) => signOnStatuses[value] ?? value;
const kinds: Record<string, string> = { organization: 'organisasyon', person: 'tao', individual: 'indibidwal' };
const kindName = (kind: string) => kinds[kind] ?? kind;
/** “this organization/person”, with the linker the noun takes: “organisasyong ito”, “taong ito”, “indibidwal na ito”. */
const thisKind = (kind: string) => {
  const noun = kindName(kind);
  return /[aeiou]$/i.test(noun) ? `${noun}ng ito` : /n$/i.test(noun) ? `${noun}g ito` : `${noun} na ito`;
};
/** What core was about to do when its backup failed. */
const actions: Record<string, string> = { import: 'pag-import', merge: 'pagsasama' };
/** What a file that is not a table looks like, as core names it in English. */
const fileKinds: Record<string, string> = {
  'a PDF document': 'PDF na dokumento',
  'an image': 'larawan',
  'a database': 'database',
  'a compressed archive': 'compressed archive',
  'binary data': 'binary data',
  'a damaged ZIP archive': 'sirang ZIP archive',
  'a text document': 'text document (ODT)',
  'a Word document': 'Word document',
  'a ZIP archive': 'ZIP archive',
};
/** Where core found a character no font prints, as it names the place in English. */
const glyphPlace = (place: string) =>
  place === "the statement's title block"
    ? 'bahagi ng pamagat ng pahayag'
    : place === "the statement's text"
      ? 'teksto ng pahayag'
      : place.replace(/^the heading “/, 'heading na “').replace(/^the signatory “/, 'lumagdang “');
/** "database", or the database at a path when there is one (after “ang”). */
const theFile = (path: string) => (path ? `database na ${path}` : 'database');

export const fil: Messages = {
  locale: 'fil',
  dir: 'ltr',
  common: {
    cancel: 'Kanselahin',
    /** Between the parts of a line of details ("Director · Lima · by e-mail"). */
    separator: ' · ',
    /** Between a city and its country. */
    comma: ', ',
  },
  time: {
    justNow: 'ngayon lang',
  },
  languagePicker: {
    hint: 'I-type ang pangalan ng wika, sa Ingles o sa wikang iyon mismo. Para sa wikang wala sa listahan, i-type ang tag nito, gaya ng “quc”.',
    useTag: (tag: string) => `Gamitin ang language tag na “${tag}”`,
    none: 'Walang wikang may ganyang pangalan. I-type ang tag nito para magamit pa rin ito.',
    choose: 'Piliin ang wika ng salin.',
  },
  app: {
    statements: 'Mga pahayag',
    contacts: 'Mga contact',
    settings: 'Mga setting',
    sections: 'Mga seksiyon',
    offline: 'Offline. Nananatili sa computer na ito ang iyong data.',
    busy: 'May ibang program na nagsusulat sa database; sinusubukan ulit…',
    fatalTitle: 'Hindi mabuksan ng Undersigned ang database nito',
    fatalHintBefore: 'Walang binago. Para gumamit ng ibang file, simulan ang Undersigned gamit ang',
    fatalHintOr: 'o itakda ang',
    newerSchema:
      'Na-upgrade ang database na ito ng mas bagong bersiyon ng Undersigned habang bukas ito; hindi na puwedeng gumawa ng pagbabago. Isara ang Undersigned at i-update ito.',
    readOnlyFile: 'Read-only ang database file na ito: mababasa mo ito pero hindi mababago.',
  },
  statements: {
    translationOf: (title: string) => `Salin ng “${title}”`,
    title: 'Mga pahayag',
    trashTitle: 'Basurahan',
    count: (n: number) => qty(n, 'pahayag'),
    trashHint: 'Naghihintay dito ang mga binurang pahayag hanggang ibalik mo ang mga ito.',
    trash: 'Basurahan',
    new: 'Bagong pahayag',
    newTitle: 'Bagong pahayag (Ctrl+N)',
    newLabel: 'Pamagat ng bagong pahayag',
    newPlaceholder: 'hal. Magkasanib na pahayag para sa karapatan ng mga migranteng manggagawa',
    create: 'Gumawa',
    back: 'Bumalik sa mga pahayag',
    dismissMessage: 'Isara ang mensahe',
    loading: 'Ikinakarga ang mga pahayag…',
    emptyTitle: 'Wala pang pahayag',
    emptyReadOnly: 'Walang pahayag sa database na ito, at hindi ito madadagdagan ngayon.',
    emptyText:
      'Ang pahayag ay ang tekstong nilalagdaan ng mga organisasyon. Magsimula ng isa rito, saka imbitahan ang mga organisasyon na lumagda rito.',
    start: 'Magsimula ng pahayag',
    rename: 'Palitan ang pamagat ng pahayag',
    renameLabel: (title: string) => `Bagong pamagat para sa “${title}”`,
    save: 'I-save',
    language: 'Wika',
    languageNamed: (name: string) => `Wika: ${name}`,
    changed: 'Binago',
    open: 'Buksan',
    openNamed: (title: string) => `Buksan ang “${title}”`,
    renameButton: 'Palitan ang pamagat',
    renameNamed: (title: string) => `Palitan ang pamagat ng “${title}”`,
    delete: 'Burahin',
    deleteNamed: (title: string) => `Burahin ang “${title}”`,
    movedToTrash: (title: string) => `Inilipat sa basurahan ang “${title}”.`,
    undo: 'I-undo',
    dismiss: 'Isara',
    discardTitle: 'Itapon ang bagong pamagat?',
    discardMessage: (title: string) => `Hindi pa nai-save ang pamagat na tina-type mo para sa “${title}”.`,
    keepEditing: 'Ituloy ang pag-edit',
    discard: 'Itapon ang mga pagbabago',
    trashLoading: 'Ikinakarga ang basurahan…',
    trashEmpty: 'Walang laman ang basurahan',
    trashEmptyText: 'Kapag nagbura ka ng pahayag, naghihintay ito rito, kasama ang lahat ng laman nito, hanggang ibalik mo ito.',
    deleted: 'Binura',
    restore: 'Ibalik',
    restoreNamed: (title: string) => `Ibalik ang “${title}”`,
  },
  deadline: {
    closedYesterday: 'Nagsara kahapon',
    closedDaysAgo: (n: number) => `Nagsara ${qty(n, 'araw')} ang nakalipas`,
    lastDay: 'Huling araw na ngayon',
    daysLeft: (n: number) => `May ${qty(n, 'araw')} pa`,
    title: (date: string) => `Deadline ng paglagda: ${date}`,
  },
  translation: {
    notYet: (language: string) =>
      `Hindi pa naisasalin: nasa bersiyong ${language} na ito pa rin ang mga salita ng orihinal. Isalin dito ang pamagat at teksto nito; habang hindi pa, nasa wika ng orihinal ang mga imbitasyon at export nito.`,
    originalLabel: (language: string) => `Orihinal (${language})`,
    translationLabel: (language: string) => `Salin (${language})`,
    openOriginal: 'Buksan ang orihinal',
    signOnsWithOriginal: (title: string) =>
      `Nakakabit ang mga paglagda sa orihinal, ang “${title}”, at lumalabas ang mga ito sa bawat bersiyon sa ibang wika. Ipinapakita ang mga ito rito gaya ng nasa orihinal; doon ka magdagdag at magsuri ng mga ito.`,
  },
  status: {
    draft: 'Draft',
    open: 'Bukas para sa paglagda',
    closed: 'Sarado',
    published: 'Nailathala',
  },
  drafting: {
    editing: 'Ine-edit…',
    saving: 'Sine-save…',
    saved: 'Nai-save',
    notSaved: 'Hindi nai-save',
    page: 'Pahayag',
    back: '← Bumalik sa mga pahayag',
    translation: 'Salin',
    translationOf: 'Salin ng',
    originalChanged: (version: number | null) =>
      version === null
        ? 'Nagbago ang orihinal mula nang gawin ang salin na ito'
        : `Nagbago ang orihinal mula sa bersiyon ${version}`,
    changesInOriginal: 'Mga pagbabago sa orihinal',
    markUpToDate: 'Markahang napapanahon',
    upToDate: 'Napapanahon ayon sa orihinal.',
    duplicate: 'Gumawa ng kopya',
    translate: 'Isalin…',
    translationLanguage: 'Wika ng salin',
    createTranslation: 'Gumawa ng salin',
    text: 'Teksto',
    counts: (words: number, characters: number) => `${qty(words, 'salita')}, ${qty(characters, 'karakter')}`,
    loading: 'Ikinakarga…',
  },
  details: {
    legend: 'Mga detalye ng paglalathala',
    title: 'Pamagat',
    subtitle: 'Subtitle',
    occasion: 'Okasyon',
    issuedBy: 'Inilabas ng (isa bawat linya)',
    date: 'Petsa',
    place: 'Lugar',
    language: 'Wika',
    deadline: 'Deadline ng paglagda',
    goal: 'Target na bilang ng lumagda',
    goalWhole: 'Buong numero ang target na bilang ng lumagda.',
    status: 'Status',
    changeAnyway: 'Palitan pa rin ang status',
    keepStatus: 'Panatilihin ang status',
    saved: (label: string) => `${label.replace(/ \(.*\)$/, '')}: nai-save`,
  },
  history: {
    /** A version's name, quoted as the language quotes. */
    labelQuoted: (label: string) => `“${label}”`,
    changeCount: (n: number) => qty(n, 'pagbabago'),
    previousChange: 'Naunang pagbabago',
    nextChange: 'Susunod na pagbabago',
    folded: (words: number) => `… ${qty(words, 'salitang hindi nagbago')} …`,
    title: 'Kasaysayan',
    savedVersion: (n: number) => `Nai-save ang bersiyon ${n}`,
    noChanges: (n: number) => `Walang pagbabago mula sa bersiyon ${n}`,
    restored: (from: number, to: number) => `Ibinalik ang bersiyon ${from} bilang bersiyon ${to}`,
    kindExplicit: 'nai-save',
    kindPause: 'huminto sa pag-edit',
    kindRestore: 'ibinalik',
    kindImport: 'in-import',
    kindStatus: 'pagbabago ng status',
    labelPlaceholder: 'ipinadala sa mga miyembro para sa komento',
    versionLabel: 'Label ng bersiyon (opsiyonal)',
    version: (n: number) => `Bersiyon ${n}`,
    save: 'I-save ang bersiyon',
    none: 'Wala pang nai-save na bersiyon.',
    compareTwo: 'Paghambingin ang dalawang bersiyon',
    compareCurrent: 'Ihambing sa kasalukuyang teksto',
    restore: 'Ibalik ang bersiyong ito',
    wordsChanged: (n: number) => `${Qty(n, 'salita')} ang nabago`,
    firstWords: (n: number) => `${Qty(n, 'salita')}, kasama ang pamagat at mga detalye`,
    addedRemoved: (added: number, removed: number) =>
      `${Qty(added, 'salita')} ang naidagdag, ${num(removed)} ang tinanggal`,
    differences: 'Mga pagkakaiba',
    changes: 'Mga pagbabago',
  },
  editor: {
    label: 'Teksto ng pahayag',
    formatting: 'Format',
    heading: 'Heading',
    bold: 'Bold',
    italic: 'Italic',
    link: 'Link…',
    bulletList: 'Listang may bullet',
    numberedList: 'Listang may numero',
    quote: 'Sipi',
    linkAddress: 'Address ng link',
    apply: 'Ilapat',
  },
  dateField: {
    placeholder: (example: string) => `hal. ${example}`,
    notADate: (typed: string, example: string) =>
      `Hindi petsa ang “${typed}”. I-type ito gaya ng ${example} o 2026-12-15.`,
  },
  firstSteps: {
    title: 'Pagsisimula',
    hide: 'Itago ang mga hakbang na ito',
    done: 'Tapos na',
    statementTitle: 'Magsimula ng pahayag',
    statementText:
      'Sumulat ng isa gamit ang “Bagong pahayag”, o magdala ng Markdown o Word (.docx) file gamit ang “Mag-import ng pahayag…”.',
    contactsTitle: 'Idagdag ang mga organisasyong kasama mo sa gawain',
    contactsText: 'I-import ang iyong spreadsheet o address book (CSV, Excel, vCard), o idagdag sila isa-isa.',
    contactsAction: 'Pumunta sa Mga contact',
    keyTitle: 'Gawin ang signing key ng iyong organisasyon',
    keyText: 'Pinipirmahan nito ang inilalathala mo, para masuri ng kahit sino na hindi binago ang listahan.',
    keyAction: 'Pumunta sa Mga setting',
  },
  importStatement: {
    title: 'Magsimula ng pahayag mula sa Markdown o Word (.docx) file',
    import: 'Mag-import ng pahayag…',
    importing: 'Ini-import…',
    label: 'Mag-import mula sa file (Markdown o .docx)',
    leftOut: 'Na-import na. Suriin ang teksto at ang mga detalye; hindi ito naisama sa teksto:',
    dismiss: 'Tapos na',
  },
  settings: {
    title: 'Mga setting',
    yourData: 'Ang iyong data',
    databaseFile: 'Database file',
    access: 'Access',
    readOnly:
      'Read-only: hindi pinapayagan ng mga permission ng file na ito ang pagbabago. Para makapagbago, isara ang Undersigned, gawing writable ang file at buksan itong muli.',
    schemaVersion: 'Bersiyon ng schema',
    technical: 'Mga teknikal na detalye',
    appVersion: 'Bersiyon ng Undersigned',
    byHandTitle: 'Pagbabalik nang mano-mano',
    byHandIntro:
      'Para magbalik ng kopya nang walang tulong ng Undersigned (sa ibang computer, halimbawa), isara ang Undersigned, saka:',
    byHandMove: [
      'Ilipat sa ibang folder ang database file, at ang mga file sa tabi nito na nagtatapos ang pangalan sa ',
      '-wal',
      ' at ',
      '-shm',
      '. Itago ang mga ito hanggang masuri mo ang naibalik na kopya.',
    ],
    byHandCopy: 'Kopyahin ang iyong backup sa dating kinalalagyan ng database file, gamit ang parehong pangalan.',
    byHandStart: 'Buksan ang Undersigned.',
    byHandNever: [
      'Huwag kailanman kopyahin ang backup sa ibabaw ng database file habang nasa tabi pa nito ang mga file na ',
      '-wal',
      ' at ',
      '-shm',
      ': sa lumang file sila nakakabit, at kapag nailapat sa kopya, sinisira nila ito o ibinabalik ang mga pagbabagong ginawa pagkatapos ng backup.',
    ],
    appearance: 'Itsura',
    appearanceText: 'Sinusunod ng Undersigned ang light o dark na setting ng iyong system.',
    language: 'Wika',
    languageText: 'Ang wika ng window. Nananatili sa sarili nilang wika ang mga pahayag at ang mga export nito.',
    languageSystem: (name: string) => `Gaya ng system (${name})`,
    languageReload: 'Bubukas muli ang window sa wikang pipiliin mo.',
    privacy: 'Privacy',
    privacyText:
      'Hindi kailanman kumokonekta sa internet ang Undersigned. Walang lumalabas sa computer na ito maliban kung i-export mo ito, o i-share sa ibang organizer sa isang folder na pipiliin mo (Mga setting → Pakikibahagi).',
  },
  sender: {
    title: 'Sino ang pumipirma sa mga mensahe',
    intro:
      'Nagtatapos ang mga imbitasyon at paalala sa iyong pangalan at organisasyon. Walang address ng nagpadala ang mga .eml file na nai-save dito: idinadagdag ng iyong mail program ang sa iyo kapag ipinadala mo ang mga ito.',
    name: 'Ang iyong pangalan',
    organization: 'Ang iyong organisasyon',
    save: 'I-save',
    saved: 'Nai-save.',
  },
  backups: {
    title: 'Mga backup',
    reasonManual: 'Ginawa mo',
    reasonDaily: 'Araw-araw',
    reasonMigration: 'Bago ang upgrade',
    reasonChange: 'Bago ang import o merge',
    reasonRestore: 'Bago ang pagbabalik',
    backedUp: (size: string) => `Na-backup na (${size}).`,
    restored: (when: string, keptAs: string) =>
      `Naibalik ang backup noong ${when}. Ang pinalitan nito ay nakatago bilang ${keptAs}.`,
    backingUp: 'Nagba-backup…',
    backUpNow: 'I-backup ngayon',
    about: [
      'Kusang bina-backup ng Undersigned ang database sa unang pagbukas bawat araw, bago ang bawat upgrade at bago ang malalaking import at merge, sa sarili nitong folder sa loob ng folder na ',
      'backups',
      ' na katabi nito (hiwalay ang mga backup ng ibang database doon). Itinatago nito ang 7 pang-araw-araw at 4 na lingguhang backup, ang huling 5 na ginawa bago ang upgrade at ang huling 5 bago ang import o merge, ang bawat kopyang itinago bago ang pagbabalik, at ang bawat backup na gagawin mo rito.',
    ],
    problem: (why: string) => `Pumalya ang awtomatikong backup ngayong araw: ${why}`,
    restoring: 'Ibinabalik…',
    looking: 'Naghahanap ng mga backup…',
    none: ['Wala pang backup. Gawin ang una gamit ang ', 'I-backup ngayon', '.'],
    made: 'Ginawa',
    why: 'Dahilan',
    size: 'Laki',
    actions: 'Mga aksiyon',
    restoreNamed: (when: string) => `Ibalik ang backup noong ${when}`,
    restoreButton: 'Ibalik…',
    confirmTitle: 'Ibalik ang backup na ito?',
    confirmMessage: (when: string) =>
      `Magiging eksaktong kapareho ng laman ng database ang laman nito noong ${when}. Itatago muna bilang backup ang lahat ng nasa kasalukuyan, para makabalik ka.`,
    confirm: 'Ibalik',
    keep: 'Panatilihin gaya ng dati',
  },
  contacts: {
    title: 'Mga contact',
    trashTitle: 'Mga contact sa basurahan',
    duplicatesTitle: 'Posibleng doble',
    counts: (organizations: number, people: number) =>
      `${qty(organizations, 'organisasyon')} · ${qty(people, 'tao')}`,
    /** `more`: the search stopped counting at `n`. */
    matching: (n: number, more = false) => (more ? `${num(n)}+ na tugma` : qty(n, 'tugma')),
    searchLabel: 'Maghanap ng contact',
    searchPlaceholder: 'Maghanap ng pangalan, akronim, e-mail, lungsod, bansa…',
    filterKind: 'Uri',
    kindAll: 'Lahat',
    kindOrganizations: 'Mga organisasyon',
    kindPeople: 'Mga tao',
    filterTag: 'Tag',
    filterCountry: 'Bansa',
    filterSector: 'Sektor',
    any: 'Kahit ano',
    newOrganization: 'Bagong organisasyon',
    newPerson: 'Bagong tao',
    import: 'Mag-import…',
    duplicates: 'Mga doble',
    trash: 'Basurahan',
    back: 'Bumalik sa mga contact',
    loading: 'Ikinakarga ang mga contact…',
    emptyTitle: 'Wala pang contact',
    emptyText:
      'Narito ang mga organisasyon at tao ng inyong koalisyon. Idagdag sila isa-isa, o mag-import ng spreadsheet o address book (CSV, XLSX, ODS, vCard).',
    noMatches: 'Walang tugmang contact. Subukan ang mas kaunting salita, o alisin ang mga filter.',
    clearFilters: 'Alisin ang mga filter',
    trashEmpty: 'Walang laman ang basurahan.',
    trashHint: 'Naghihintay dito ang mga binurang contact hanggang ibalik mo sila o alisan ng laman ang basurahan.',
    emptyTrash: 'Alisan ng laman ang basurahan',
    emptyTrashTitle: 'Alisan ng laman ang basurahan ng mga contact?',
    emptyTrashMessage: (n: number) =>
      `Tuluyang buburahin ang ${qty(n, 'contact')}, kasama ang kanilang mga tag at imbitasyon. Mananatili ang kanilang mga paglagda, sa ilalim ng mga pangalang nakalimbag sa mga ito. Hindi na ito mababawi.`,
    emptyTrashConfirm: 'Tuluyang burahin',
    keep: 'Huwag burahin',
    restore: 'Ibalik',
    open: 'Buksan',
    person: 'Tao',
    organization: 'Organisasyon',
    movedToTrash: (name: string) => `Inilipat sa basurahan ang “${name}”.`,
    undo: 'I-undo',
    dismiss: 'Isara',
    rowLabel: (name: string, kind: string) => `${name}, ${kind}`,
  },
  contactForm: {
    similarExists: 'May mga katulad na contact na; buksan ang isa sa mga ito sa halip na idagdag ito nang dalawang beses:',
    newOrganization: 'Bagong organisasyon',
    newPerson: 'Bagong tao',
    editOrganization: 'Organisasyon',
    editPerson: 'Tao',
    name: 'Pangalan',
    fullName: 'Buong pangalan',
    acronym: 'Akronim',
    country: 'Bansa',
    countryHint: 'Pangalan sa alinmang karaniwang wika, o code na may dalawang titik',
    city: 'Lungsod',
    sector: 'Sektor',
    website: 'Website',
    email: 'E-mail',
    phone: 'Telepono',
    notes: 'Mga tala',
    tags: 'Mga tag',
    tagsHint: 'Pinaghihiwalay ng kuwit',
    organization: 'Organisasyon',
    noOrganization: 'Wala',
    role: 'Tungkulin',
    consentContact: 'Puwedeng kontakin',
    consentPublish: 'Puwedeng ilista sa publiko ang pangalan',
    consentRecorded: (when: string) => `Naitala ang pahintulot noong ${when}`,
    save: 'I-save',
    create: 'Gumawa',
    cancel: 'Isara',
    delete: 'Burahin',
    saved: 'Nai-save',
    people: 'Mga tao',
    noPeople: 'Wala pang taong nakatala para sa organisasyong ito.',
    history: 'Kasaysayan',
    historyEmpty: 'Ililista rito ang mga pahayag na nilagdaan nito o kung saan ito inimbitahan.',
    unknownCountry: (typed: string) => `Hindi namin kilalang bansa ang “${typed}”`,
  },
  importDialog: {
    title: 'Mag-import ng mga contact',
    choose: 'Pumili ng file',
    chooseHint:
      'CSV o text (kuwit, semicolon o tab), Excel (.xlsx, .xls), OpenDocument (.ods), o vCard (.vcf).',
    reading: 'Binabasa ang file…',
    fileSummary: (rows: number, format: string, encoding: string | null, delimiter: string | null) =>
      [qty(rows, 'hilera'), format, encoding, delimiter ? `pinaghihiwalay ng ${delimiter}` : null]
        .filter(Boolean)
        .join(' · '),
    mapping: 'Itugma ang mga kolum',
    mappingHint:
      'Napupunta ang bawat kolum sa isang field, hinulaan mula sa header at mga laman nito; palitan ang alinman sa mga ito.',
    why: (reason: string) => `Dahilan: ${reason}`,
    column: 'Kolum',
    field: 'Field',
    firstRows: 'Mga unang hilera',
    check: 'Suriin ang mga hilera',
    checking: 'Sinusuri…',
    report: 'Ang gagawin ng import',
    reportCounts: (n: number, matched: number, duplicates: number, invalid: number) =>
      `${qty(n, 'bagong hilera')}, ${num(matched)} ang kilala na, ${qty(duplicates, 'doble')} sa loob ng file, ${num(invalid)} ang hindi wasto`,
    reportAdds: (orgs: number, people: number) =>
      `Magdadagdag ng ${qty(orgs, 'organisasyon')} at ${qty(people, 'tao')}. Wala pang naisusulat.`,
    row: 'Hilera',
    name: 'Pangalan',
    outcome: 'Ang mangyayari',
    outcomeNew: 'Bago',
    outcomeMatched: (name: string, reason: string) => `Kilala na bilang “${name}” (${reason})`,
    outcomeDuplicate: (row: number) => `Kapareho ng hilera ${row}`,
    outcomeInvalid: (reason: string) => `Nilaktawan: ${reason}`,
    more: (n: number) => `…at ${qty(n, 'hilera pa')}`,
    start: (n: number) => `I-import ang ${qty(n, 'hilera')}`,
    nothingToImport: 'Walang ii-import',
    importing: (done: number, total: number) => `Ini-import… ${num(done)} sa ${num(total)}`,
    cancel: 'Kanselahin',
    close: 'Isara',
    back: 'Bumalik',
    cancelled: 'Kinansela ang import; walang naidagdag.',
    replanned:
      'Nagbago ang mga contact habang bukas ang ulat na ito, kaya walang naidagdag. Napapanahon na ang ulat: suriin ito at mag-import ulit.',
    done: (orgs: number, people: number, matched: number, skipped: number) =>
      `Naidagdag ang ${qty(orgs, 'organisasyon')} at ${qty(people, 'tao')}; ${num(matched)} ang kilala na, ${num(skipped)} ang nilaktawan.`,
    fields: columnFields,
  },
  statementTabs: {
    label: 'Mga seksiyon ng pahayag',
    text: 'Teksto',
    signatories: 'Mga lumagda',
    outreach: 'Outreach',
    overview: 'Nasaan na tayo',
    export: 'Export',
  },
  exporting: {
    label: 'Export',
    format: 'Format',
    formats: {
      pdf: 'PDF na handang i-print',
      docx: 'Word document (DOCX)',
      html: 'Web page (HTML)',
      html_fragment: 'HTML na ipapaste sa website',
      markdown: 'Markdown',
      text: 'Plain text para sa e-mail',
      csv: 'Mga lumagda bilang CSV',
    } as Record<string, string>,
    groupBy: 'Pagpangkatin ang mga lumagda',
    groups: {
      kind: 'Mga organisasyon, saka mga indibidwal',
      country: 'Ayon sa bansa',
      sector: 'Ayon sa sektor',
      none: 'Iisang listahan',
    } as Record<string, string>,
    paper: 'Papel',
    papers: { a4: 'A4', letter: 'US Letter' } as Record<string, string>,
    archival: 'PDF/A para sa archive',
    allLanguages: (n: number) => `I-export ang lahat (${qty(n, 'wika')})…`,
    allLanguagesTitle: 'Ang folder para sa bawat bersiyon sa ibang wika',
    writingLanguages: (done: number, total: number) => `Isinusulat ang ${num(done)} sa ${num(total)}…`,
    savedAll: (n: number, folder: string) => `Nai-save ang ${qty(n, 'file')} sa ${folder}.`,
    pageOf: (page: number, count: number) => `Pahina ${page} sa ${count}`,
    morePages: 'Ipakita ang iba pang pahina',
    countriesInEnglish:
      'Nakalimbag sa Ingles ang mga pangalan ng bansa: walang pangalan ng mga bansa ang Undersigned sa wika ng pahayag na ito.',
    wordsInEnglish:
      'Nakalimbag sa Ingles ang linya ng bilang at ang mga heading: walang salita ang Undersigned para sa mga ito sa wika ng pahayag na ito.',
    layingOut: 'Inaayos ang mga pahina…',
    sign: 'Pirmahan gamit ang key ng organisasyon',
    noKey: 'Para mapirmahan ang mga export, gawin muna ang key ng organisasyon sa Mga setting.',
    goToSettings: 'Pumunta sa Mga setting',
    zoom: 'Laki ng preview',
    zoomIn: 'Mas malaki',
    zoomOut: 'Mas maliit',
    passphrase: 'Passphrase ng key',
    save: 'I-save…',
    saving: 'Sine-save…',
    saveTitle: 'I-save ang export',
    saved: (file: string) => `Nai-save ang ${file}.`,
    savedSigned: (file: string, keyId: string) =>
      `Nai-save ang ${file} at ang pirma nito na ${file}.minisig (key ${keyId}).`,
    preview: 'Preview',
    previewHint:
      'Ang mga pahina gaya ng pagkaka-print ng PDF. Mga kumpirmadong lumagda lang, ayon sa kung paano sila maaaring ilathala: ang mga binibilang lang ay binibilang, hindi kailanman inililista.',
    log: 'Mga export ng pahayag na ito',
    logEmpty: 'Wala pang na-export.',
    when: 'Kailan',
    file: 'File',
    signatories: 'Mga lumagda',
    revision: 'Bersiyon',
    signedWith: 'May pirma',
    notSigned: '—',
  },
  signingKey: {
    title: 'Signing key',
    intro:
      'Masusuri ng kahit sino na tunay at hindi binago ang pahayag na inilathala mo, gamit ang iyong public key at ang karaniwang tool na minisign. Nananatili sa database na ito ang secret key, nakakandado ng passphrase na ikaw lang ang nakakaalam.',
    organization: 'Organisasyon (nakapangalan sa bawat pirma)',
    passphrase: 'Passphrase (hindi bababa sa 8 karakter)',
    again: 'Ang parehong passphrase ulit',
    differ: 'Magkaiba ang dalawang passphrase.',
    create: 'Gawin ang key',
    keyId: 'Key id',
    publicKey: 'Public key (ibahagi ito)',
    publicKeyText:
      'Kailangan ng sinumang nagsusuri ng iyong mga pahayag ang key na ito: kopyahin ito, o i-save bilang file na ipapadala.',
    technical: 'Mga teknikal na detalye',
    verifyElsewhere: 'Pagsusuri nang walang Undersigned',
    copy: 'Kopyahin',
    copied: 'Nakopya na.',
    savePublic: 'I-save ang public key…',
    savedPublic: (file: string) => `Nai-save ang ${file}.`,
    verifyTitle: 'Suriin ang file na may pirma',
    verify: 'Suriin ang file…',
    verifyOwn: 'Suriin ang file na pinirmahan gamit ang aming key…',
    verifyOther: 'Suriin gamit ang public key ng ibang organisasyon…',
    pickFile: 'Ang file na susuriin (katabi ang .minisig nito)',
    pickPublic: 'Ang public key ng pumirma (.pub)',
    verifyHint: 'Ang mambabasang walang Undersigned ay magpapatakbo ng: minisign -Vm statement.html -p organization.pub',
  },
  signatories: {
    label: 'Mga lumagda',
    searchLabel: 'Maghanap ng lumagda',
    searchPlaceholder: 'Maghanap ng pangalan, organisasyon, lungsod, bansa…',
    status: 'Status',
    all: 'Lahat',
    statuses: { pending: 'Nakabinbin', confirmed: 'Kumpirmado', rejected: 'Tinanggihan', withdrawn: 'Binawi' },
    visibilities: {
      public: 'Nakalista ang pangalan',
      organization_only: 'Organisasyon lang',
      counted_only: 'Binibilang, hindi inililista',
    },
    channels: {
      email: 'E-mail',
      form: 'Form',
      phone: 'Telepono',
      in_person: 'Personal',
      paper: 'Papel',
      import: 'Import',
      other: 'Iba pa',
    },
    kinds: { organization: 'Organisasyon', individual: 'Indibidwal' },
    add: 'Magdagdag ng lumagda',
    paste: 'Mag-paste ng listahan…',
    importFile: 'Mag-import ng file…',
    trash: 'Basurahan',
    back: 'Bumalik sa mga lumagda',
    count: (shown: number, total: number) =>
      shown === total ? qty(total, 'lumagda') : `${num(shown)} sa ${qty(total, 'lumagda')}`,
    loading: 'Ikinakarga ang mga lumagda…',
    emptyTitle: 'Wala pang paglagda',
    emptyText:
      'Idagdag ang mga lumagda isa-isa habang dumarating sila sa e-mail, telepono o papel, mag-paste ng listahan, o mag-import ng mga sagot sa isang form. Itinutugma ang bawat isa sa iyong mga contact.',
    noMatches: 'Walang tugmang lumagda. Subukan ang mas kaunting salita, o ibang status.',
    trashEmpty: 'Walang laman ang basurahan.',
    emptyTrash: 'Alisan ng laman ang basurahan',
    emptyTrashTitle: 'Alisan ng laman ang basurahan ng mga lumagda?',
    emptyTrashMessage: (n: number) =>
      `Tuluyang buburahin ang ${qty(n, 'paglagda')}, kasama ang kanilang mga talaan. Hindi na ito mababawi.`,
    emptyTrashConfirm: 'Tuluyang burahin',
    keep: 'Huwag burahin',
    confirm: 'Kumpirmahin',
    reject: 'Tanggihan',
    withdraw: 'Bawiin',
    restore: 'Ibalik',
    edit: 'I-edit',
    details: 'Mga detalye',
    delete: 'Burahin',
    confirmAllPending: (n: number) => `Kumpirmahin ang ${qty(n, 'nakabinbin')}`,
    confirmAllTitle: 'Kumpirmahin ang bawat nakabinbing paglagda?',
    confirmAllMessage: (n: number) =>
      `Makukumpirma ang ${qty(n, 'nakabinbing paglagda')} at ililimbag ayon sa kung paano sila maaaring ipakita. Suriin muna ang listahan kung hindi ka sigurado sa mga ito.`,
    confirmAllConfirm: (n: number) => `Kumpirmahin ang ${num(n)}`,
    confirmedAll: (n: number) => `Nakumpirma ang ${qty(n, 'paglagda')}.`,
    movedToTrash: (name: string) => `Inilipat sa basurahan ang “${name}”.`,
    undo: 'I-undo',
    dismiss: 'Isara',
    statusChanged: (name: string, status: string) => `${status} na ngayon ang “${name}”.`,
    outdated: (n: number) => `May ${qty(n, 'lumagda')} sa naunang bersiyon ng teksto.`,
    outdatedShow: 'Ipakita kung sino at ano ang nagbago',
    outdatedHide: 'Itago',
    endorsedRevision: (n: number) => `lumagda sa bersiyon ${n}`,
    changesSince: (n: number) => `Mga pagbabago mula sa bersiyon ${n}`,
    reconfirm: 'Markahang muling kinumpirma',
    reconfirmAll: 'Markahan lahat na muling kinumpirma',
    reconfirmed: (n: number) =>
      `Minarkahan ang ${qty(n, 'lumagda')} bilang kumpirmado na sa kasalukuyang teksto.`,
    rowLabel: (name: string, status: string) => `${name}, ${status}`,
  },
  signatoryForm: {
    added: (name: string) => `Naidagdag: ${name}. Handa na ang form para sa susunod na lumagda.`,
    suggestionsLabel: 'Mga contact na may ganitong pangalan',
    newTitle: 'Bagong lumagda',
    editTitle: 'Lumagda',
    kind: 'Lumalagda bilang',
    name: 'Pangalan gaya ng ililimbag',
    nameHint: 'Mag-type para maghanap ng contact, o ng bagong pangalan para magdagdag',
    fromContact: (name: string) => `Mula sa mga contact: ${name}`,
    newContact: 'Gagawa ng bagong contact',
    affiliation: 'Organisasyon o tungkulin, gaya ng ililimbag',
    city: 'Lungsod',
    country: 'Bansa',
    channel: 'Natanggap sa',
    receivedOn: 'Natanggap noong',
    visibility: 'Sa nailathalang listahan',
    visibilityDefault: 'Ayon sa kanilang pahintulot',
    status: 'Status',
    notes: 'Mga tala',
    save: 'I-save',
    add: 'Idagdag',
    close: 'Isara',
    saved: 'Nai-save',
    log: 'Talaan',
    logEmpty: 'Wala pang naitatala.',
    events: {
      created: 'Natanggap',
      confirmed: 'Nakumpirma',
      corrected: 'Itinama',
      withdrawn: 'Binawi',
      rejected: 'Tinanggihan',
      restored: 'Ibinalik',
      deleted: 'Inilipat sa basurahan',
      merged: 'Pinagsama ang contact',
      reconfirmed: 'Muling kinumpirma ang binagong teksto',
    } as Record<string, string>,
    change: (field: string, from: string, to: string) => `${field}: “${from}” → “${to}”`,
    blank: 'wala',
    /** The fields of a sign-on as its log names them. */
    fields: {
      name: 'Pangalan',
      affiliation: 'Organisasyon o tungkulin',
      organization: 'Organisasyon',
      city: 'Lungsod',
      country: 'Bansa',
      visibility: 'Sa nailathalang listahan',
      channel: 'Natanggap sa',
      receivedOn: 'Natanggap noong',
      notes: 'Mga tala',
      status: 'Status',
      kind: 'Lumalagda bilang',
    } as Record<string, string>,
    revisionChange: (from: string, to: string) => `bersiyon ${from} → bersiyon ${to}`,
    contactOffer: (old: string, now: string) =>
      `“${old}” pa rin ang pangalan ng contact. Gawin din itong “${now}”?`,
    contactYes: 'Itama rin ang contact',
    contactNo: 'Hayaan ang contact gaya ng dati',
    contactDone: (name: string) => `“${name}” na ngayon ang pangalan ng contact.`,
  },
  intake: {
    pasteTitle: 'Mag-paste ng listahan ng mga lumagda',
    fileTitle: 'Mag-import ng mga paglagda mula sa file',
    pasteLabel: 'Isang lumagda bawat linya',
    pasteHint:
      'Halimbawa “Pangalan, Bansa”, “Pangalan (AKRONIM) – Lungsod, Bansa” o “Pangalan — Bansa”. Inaalis ang mga bullet at numero.',
    kind: 'Ang mga linya ay',
    organizations: 'Mga organisasyon',
    individuals: 'Mga indibidwal',
    choose: 'Pumili ng file',
    chooseHint:
      'Mga sagot sa isang form o anumang spreadsheet ng paglagda: CSV, Excel (.xlsx, .xls) o OpenDocument (.ods).',
    reading: 'Binabasa…',
    mapping: 'Itugma ang mga kolum',
    column: 'Kolum',
    field: 'Field',
    review: 'Suriin',
    reviewing: 'Itinutugma sa iyong mga contact…',
    reviewTitle: 'Suriin bago may maidagdag',
    columnsHint:
      'Ang laman ng bawat kolum, hinulaan mula sa header at mga laman nito. Palitan ang alinman sa mga ito; susunod ang pagsusuri.',
    why: (reason: string) => `Dahilan: ${reason}`,
    visibilityLegend: 'Mga taong hindi nagsabi kung puwede silang pangalanan',
    visibilityChoices: {
      public: 'Pangalanan sila',
      organization_only: 'Ilista lang ang kanilang organisasyon',
      counted_only: 'Bilangin sila, huwag ilista',
    },
    visibilityHints: {
      public: 'Ililimbag ang kanilang pangalan, kasama ang ipinadala nila bilang posisyon at organisasyon.',
      organization_only:
        'Ang pangalan lang ng kanilang organisasyon ang ililimbag, hindi kailanman ang kanilang pangalan o posisyon; kung walang organisasyon, bibilangin sila.',
      counted_only: 'Kasama sila sa bilang ng mga lumagda, pero wala sila kahit saan sa listahan.',
    },
    printsAs: 'Ililimbag bilang',
    countedOnly: 'Binibilang, hindi inililista',
    notes: 'Mga tala',
    leftOut: (why: string) => `Hindi isinama: ${why}`,
    aHeading: 'isang heading',
    putBack: 'Ibalik',
    visibilitySummary: (named: number, byOrganization: number, counted: number) =>
      `${num(named)} ang may pangalan, ${num(byOrganization)} ang organisasyon lang, ${num(counted)} ang bilang lang`,
    nothingToAdd: (reason: string) => `Walang maidadagdag: ${reason}.`,
    remapHint: 'Piliin, sa itaas, kung aling kolum ang may mga pangalan (“Organisasyon” o “Pangalan ng tao”).',
    choiceLinkAsContact: (name: string) => `Ito ay “${name}”, at ilimbag ang pangalang iyon`,
    choiceKeep: 'I-link, ililimbag gaya ng ipinadala',
    choiceNewInstead: 'Hindi ang contact na ito: gumawa ng bago',
    chosenByYou: 'pinili mo',
    putBackRow: (row: number) => `Ibalik ang hilera ${row}`,
    onlyToCheck: 'Ipakita lang ang mga hilerang susuriin',
    showAll: (n: number) => `Ipakita ang lahat (${num(n)})`,
    discardTitle: 'Isara at itapon ang listahang ito?',
    keepReviewing: 'Ituloy ang pagsusuri',
    discard: 'Itapon ito',
    reviewCounts: (known: number, fresh: number, already: number, duplicates: number, invalid: number) =>
      `${num(known)} ang kilala, ${num(fresh)} ang bago, ${num(already)} ang nakalagda na, ${qty(duplicates, 'doble')} sa listahan, ${num(invalid)} ang hindi wasto`,
    row: 'Hilera',
    name: 'Pangalan',
    place: 'Lungsod, bansa',
    outcome: 'Ang mangyayari',
    known: (name: string, evidence: string) => `Naka-link sa “${name}” (${evidence})`,
    fresh: 'Bagong contact',
    freshWithCandidates: 'Bagong contact, o isa sa mga ito:',
    already: 'Nakalagda na; hindi isinama',
    duplicate: (row: number) => `Kapareho ng hilera ${row}; hindi isinama`,
    invalid: (reason: string) => `Hindi isinama: ${reason}`,
    choiceNew: 'Gumawa ng bagong contact',
    choiceLink: (name: string, evidence: string) => `Ito ay “${name}” (${evidence})`,
    choiceSkip: 'Huwag isama ang hilerang ito',
    confirmed: 'Nasuri na ang mga paglagdang ito: idagdag bilang kumpirmado',
    apply: (n: number) => `Idagdag ang ${qty(n, 'lumagda')}`,
    nothing: 'Walang maidadagdag',
    adding: (done: number, total: number) => `Idinadagdag… ${num(done)} sa ${num(total)}`,
    cancel: 'Kanselahin',
    close: 'Isara',
    back: 'Bumalik',
    cancelled: 'Kinansela; walang naidagdag.',
    replanned:
      'Nagbago ang mga contact o paglagda habang bukas ang pagsusuring ito, kaya walang naidagdag. Napapanahon na ang pagsusuri: suriin ito at magdagdag ulit.',
    done: (added: number, created: number) =>
      `Naidagdag ang ${qty(added, 'lumagda')}; ${qty(created, 'bagong contact')} ang nagawa.`,
    more: (n: number) => `…at ${qty(n, 'hilera pa')}`,
    fields: columnFields,
  },
  outreach: {
    label: 'Outreach',
    invite: 'Mag-imbita',
    inviteTitle: 'Imbitahan ang mga contact na lumagda',
    inviteHint:
      'Lahat ng tumutugma sa lahat ng filter na pupunan mo; iwanang blangko ang filter na ayaw mong gamitin.',
    tags: 'May alinman sa mga tag na ito',
    countries: 'Nasa alinman sa mga bansang ito',
    sectors: 'Nasa alinman sa mga sektor na ito',
    commaHint: 'Pinaghihiwalay ng kuwit',
    signed: 'O lahat ng lumagda sa',
    signedNone: '—',
    invited: (added: number, already: number) =>
      `Naimbitahan ang ${qty(added, 'contact')}${already ? `; ${num(already)} ang naimbitahan na dati` : ''}.`,
    filter: 'Ipakita',
    all: 'Lahat',
    needsReminder: 'Kailangang paalalahanan',
    reminderDays: 'Mga araw na walang sagot',
    statuses: {
      invited: 'Inimbitahan',
      reminded: 'Pinaalalahanan',
      signed: 'Lumagda',
      declined: 'Tumanggi',
      no_answer: 'Walang sagot',
    },
    emptyTitle: 'Wala pang inimbitahan',
    emptyText:
      'Mag-imbita ng mga organisasyon ayon sa tag, bansa o sektor, o lahat ng lumagda sa isang naunang pahayag.',
    noneNeedReminder: 'Walang kailangang paalalahanan.',
    name: 'Contact',
    email: 'E-mail',
    status: 'Status',
    lastMessage: 'Huling mensahe',
    markReminded: 'Napaalalahanan',
    markDeclined: 'Tumanggi',
    markNoAnswer: 'Walang sagot',
    answered: (name: string, status: string) => `${name}: ${status}.`,
    reopened: (name: string) => `${name}: bukas ulit.`,
    undo: 'I-undo',
    message: 'Mensahe',
    purpose: 'Mensahe',
    purposes: { invitation: 'Imbitasyon', reminder: 'Paalala' },
    template: 'Template',
    templateOf: (language: string) => `Template para sa bersiyong ${language}`,
    templateHint:
      'Mga merge field: {{contact_name}}, {{organization}}, {{statement_title}}, {{deadline}}, {{statement_text}}',
    templateSignOff: 'Nagtatapos ang bawat mensahe sa iyong pangalan at organisasyon mula sa Mga setting.',
    version: 'Bersiyon',
    byContact: 'Ayon sa wika ng bawat contact',
    versionOption: (language: string, title: string) => `${language}: ${title}`,
    byContactHint:
      'Matatanggap ng bawat contact ang bersiyon sa wika ng kanilang bansa kung mayroon, kung wala ay ang orihinal.',
    subject: 'Paksa',
    body: 'Teksto',
    saveTemplate: 'I-save ang template',
    templateSaved: 'Nai-save ang template.',
    preview: (name: string) => `Mensahe para sa ${name}`,
    copy: 'Kopyahin',
    copied: 'Nakopya sa clipboard.',
    openMail: 'Buksan sa mail app',
    noEmail: 'Walang nakatalang e-mail address para sa contact na ito.',
    saveEml: (n: number) => `I-save ang ${qty(n, 'mensahe')} bilang .eml…`,
    pickFolder: 'Piliin ang folder para sa mga mensahe',
    savedEml: (n: number, folder: string) => `Nai-save ang ${qty(n, 'mensahe')} sa ${folder}.`,
    close: 'Isara',
  },
  overview: {
    label: 'Nasaan na tayo',
    signedBy: (orgs: number, people: number, countries: number) =>
      `${Qty(orgs, 'organisasyon')} at ${qty(people, 'indibidwal')} mula sa ${qty(countries, 'bansa')}`,
    goal: (confirmed: number, goal: number) => `${num(confirmed)} sa ${num(goal)} na lumagda`,
    noGoal: 'Walang itinakdang target; magtakda nito sa mga detalye ng pahayag.',
    deadline: 'Deadline',
    noDeadline: 'Walang itinakdang deadline.',
    review: 'Suriin',
    invitations: 'Mga imbitasyon',
    byCountry: 'Ayon sa bansa',
    bySector: 'Ayon sa sektor',
    noCountry: 'Hindi naitala ang bansa',
    noSector: 'Hindi naitala ang sektor',
    others: (n: number) => `${num(n)} pa — ipakita lahat`,
    empty: 'Bibilangin dito ang mga kumpirmadong lumagda.',
    outdated: (n: number) => `May ${qty(n, 'lumagda')} sa naunang teksto`,
    chartLabel: (label: string, n: number) => `${label}: ${num(n)}`,
  },
  duplicates: {
    notDuplicate: 'Hindi doble',
    dismissed: (a: string, b: string) => `Hindi na muling imumungkahi ang “${a}” at “${b}”.`,
    none: 'Walang nakitang posibleng doble.',
    noneHint:
      'Lumalabas dito ang mga rekord na may parehong pangalan, akronim na tumutugma sa isang pangalan, parehong e-mail o web domain, o halos magkaparehong pangalan.',
    loading: 'Naghahanap ng mga doble…',
    likely: { high: 'Halos tiyak na iisa', medium: 'Malamang na iisa', low: 'Posibleng iisa' },
    sameName: 'Parehong pangalan',
    acronym: (a: string) => `Akronim na ${a}`,
    sameEmail: (e: string) => `Parehong e-mail na ${e}`,
    sameDomain: (d: string) => `Parehong domain na ${d}`,
    similarName: 'Magkahawig na pangalan',
    review: 'Suriin at pagsamahin…',
    mergeTitle: 'Pagsamahin ang dalawang rekord',
    mergeHint:
      'Piliin ang halagang pananatilihin sa bawat field. Mananatili sa rekord na pananatilihin ang mga paglagda, imbitasyon, tao at tag ng dalawa.',
    keepThis: 'Panatilihin ang rekord na ito',
    merge: 'Pagsamahin',
    merging: 'Pinagsasama…',
    merged: (name: string, endorsements = 0) =>
      endorsements === 0
        ? `Pinagsama sa “${name}”.`
        : `Pinagsama sa “${name}”. Sa ${qty(endorsements, 'pahayag')} na nilagdaan ng dalawa, iisang paglagda na lang ang nakalista; nakatala ang isa pa bilang pinagsama.`,
    undone: 'Binawi ang pagsasama.',
    field: 'Field',
  },
  textLength: {
    over: (length: number, max: number) => `May ${length.toLocaleString('fil')} na character ang pamagat; hanggang ${max.toLocaleString('fil')} lang.`,
    near: (length: number, max: number) => `${length.toLocaleString('fil')} sa ${max.toLocaleString('fil')} na character`,
  },
  unlock: {
    title: 'Naka-encrypt ang database na ito',
    text: 'I-type ang passphrase nito para mabuksan ito. Itinatago lang ito ng Undersigned habang bukas ang window.',
    passphrase: 'Passphrase',
    open: 'Buksan',
    opening: 'Binubuksan…',
  },
  sharing: {
    title: 'Pakikibahagi sa ibang organizer',
    intro:
      'Maaaring magkakasamang hawakan ng ilang organizer ang datos ng koalisyong ito, bawat isa sa sariling computer at walang server, sa pamamagitan ng folder na pinananatiling pareho sa bawat computer ng isang sync tool (Syncthing, Nextcloud, isang shared drive). Naka-encrypt gamit ang susi ng share ang inilalagay ng Undersigned sa folder na iyon; dala ng file ng imbitasyon ang susi.',
    setupFirst: 'Maghanda muna ng folder na pinananatili ng inyong sync tool sa computer ng bawat organizer. Hihingin ng Magsimulang mag-share ang folder na iyon, saka kung saan ise-save ang file ng imbitasyon.',
    joinWarning: 'Sa pagsali, ibabahagi sa lahat ng nasa share ang laman na ng database na ito.',
    settled: 'Naayos na. Susunod ang ibang computer sa susunod nilang sync.',
    unsent: (n: number) => `Mga pagbabago rito na hindi pa naipapadala: ${n.toLocaleString('fil')}. Mag-sync muna para maibahagi ang mga ito.`,
    heldBack: 'Naghihintay ang mga susunod nitong file:',
    notShared: 'Hindi naka-share ang database na ito.',
    deviceName: 'Pangalan ng computer na ito, ayon sa nakikita ng iba',
    start: 'Magsimulang mag-share…',
    join: 'Sumali gamit ang imbitasyon…',
    chooseFolder: 'Piliin ang shared folder',
    saveInvitation: 'I-save ang imbitasyon',
    openInvitation: 'Buksan ang file ng imbitasyon',
    started: (folder: string, file: string) =>
      `Naka-share sa ${folder}. Na-save ang imbitasyon bilang ${file}: ibigay ito nang pribado sa bawat organizer (mababasa ng may hawak nito ang naka-share na datos); pipiliin nila ang Sumali gamit ang imbitasyon.`,
    joined: (folder: string) => `Sumali sa share sa ${folder}.`,
    folder: 'Shared folder',
    computers: 'Mga computer sa share na ito',
    /** A computer named in a label, when it is this one. */
    here: 'ang computer na ito',
    thisComputer: '(ang computer na ito)',
    files: (applied: number, total: number) => `mga file: ${applied.toLocaleString('fil')} sa ${total.toLocaleString('fil')}`,
    lastSync: 'Huling sync',
    never: 'hindi pa',
    pendingChanges: 'Mga pagbabagong hindi pa naipapadala',
    pendingFiles: 'Mga file na hindi pa natatanggap',
    syncNow: 'Mag-sync ngayon',
    syncing: 'Nagsi-sync…',
    synced: (sent: number, received: number) =>
      `Naka-sync: ${sent.toLocaleString('fil')} ang naipadala, ${received.toLocaleString('fil')} ang natanggap.`,
    folderMissing: 'Nawawala ang shared folder o may ibang share ito. Tiyaking naroon ito at tumatakbo ang sync tool.',
    problem: 'Pumalya ang huling sync:',
    review: 'Susuriin',
    nothingToReview: 'Walang susuriin.',
    columns: { title: 'pamagat', subtitle: 'subtitle', body: 'teksto' } as Record<string, string>,
    concurrent: (column: string, about: string) => `Sabay na binago sa dalawang computer ang ${column} ng “${about}”.`,
    duplicate: (about: string) => `Ginawa sa dalawang computer ang “${about}”; isinantabi ang mas bago.`,
    kept: (by: string) => `Gamit ngayon (${by})`,
    other: (by: string) => `Hindi ginamit (${by})`,
    anotherComputer: 'ibang computer',
    keepKept: 'Panatilihin ito',
    keepOther: 'Ito na lang ang gamitin',
    acknowledge: 'Naunawaan',
    leave: 'Itigil ang pag-share…',
    leaveConfirm:
      'Itigil ang pag-share ng database na ito? Mananatili rito ang datos; hindi na magpapadala o tatanggap ng pagbabago ang computer na ito, at iiwang gaya ng dati ang folder.',
    leaveYes: 'Itigil ang pag-share',
    cancel: 'Kanselahin',
    left: 'Hindi na naka-share ang database na ito.',
    line: {
      missing: 'Hindi makapag-sync: nawawala ang shared folder',
      held: 'May mga file na hindi natanggap: tingnan ang Mga setting',
      synced: (when: string) => `Naka-sync ${when}`,
      notYet: 'Hindi pa naka-sync',
      failed: 'Pumalya ang sync: tingnan ang Mga setting',
      review: (n: number) => `Susuriin: ${n.toLocaleString('fil')}`,
    },
  },
  encryption: {
    title: 'Encryption',
    encrypted:
      'Naka-encrypt ang database na ito at ang mga backup nito: kung walang passphrase, walang maipapakita ang nawala o kinumpiskang computer tungkol sa kung sino ang lumagda. Hinihingi ito ng Undersigned sa bawat pagbukas.',
    plain:
      'Nakaimbak ang database na ito bilang plain data: mababasa ng sinumang may hawak ng mga file ng computer na ito kung sino ang lumagda, pati ang mga humiling na huwag silang pangalanan.',
    start: 'I-encrypt ang database na ito…',
    passphrase: 'Bagong passphrase',
    again: 'Ang parehong passphrase ulit',
    warning:
      'Walang makababawi ng nakalimutang passphrase, ikaw man o sinuman: mawawala ang mga lumagda, ang mga contact at ang mga backup. Isulat ito at itago sa ligtas na lugar.',
    encrypt: 'I-encrypt',
    encrypting: 'Ine-encrypt ang database at ang mga backup nito…',
    cancel: 'Kanselahin',
    differ: 'Magkaiba ang dalawang passphrase. I-type ulit ang mga ito.',
    done: (backups: number) =>
      backups === 0
        ? 'Naka-encrypt na. Bubukas muli ang window.'
        : `Naka-encrypt na, kasama ang ${qty(backups, 'backup')}. Bubukas muli ang window.`,
    strength: {
      short: (min: number) => `Masyadong maikli: hindi bababa sa ${qty(min, 'karakter')}.`,
      fair: 'Puwede na. Mas matibay kapag mas mahaba: apat o limang karaniwang salita ang bumubuo ng magandang passphrase.',
      strong: 'Matibay.',
    },
    protects:
      'Pinoprotektahan ng encryption ang mga file na nakaimbak sa computer. Hindi nito pinoprotektahan ang window na iniwang bukas at naka-unlock, ang mga file na ine-export mo (para ilathala ang mga iyon), o ang nababasa ng ibang programa mula sa memory habang tumatakbo ang Undersigned.',
    commandLine: 'Para i-decrypt ito o palitan ang passphrase, isara ang Undersigned at gamitin ang',
  },
  /** Failures by core's key (`ErrorReport.key`); a key not here is shown by core's English message. */
  errors: {
    'store.not_a_database': (p: Params) =>
      `Hindi database ng Undersigned ang ${p.path}: hindi ito SQLite file. Walang binago rito. Pumili ng ibang file, o ilipat muna ito sa ibang lugar para makapagsimula ng bagong database sa lokasyong iyon.`,
    'store.foreign_database': (p: Params) =>
      `Pag-aari ng ibang program ang ${p.path}; hindi ito database ng Undersigned. Walang binago rito. Pumili ng ibang file.`,
    'store.corrupt': (p: Params) =>
      `Sira ang database na ${p.path} (${p.detail}). Walang binago rito. Ibalik ito mula sa isang backup, o ilipat ito sa ibang lugar para makapagsimula ng bago.`,
    'store.locked': (p: Params) =>
      `Abala ang ${theFile(p.path)}: kinakandado ito ng ibang program. Walang nai-save; hintaying matapos ang program na iyon o isara ito, saka subukan ulit.`,
    'store.read_only': (p: Params) =>
      `Read-only ang ${theFile(p.path)}, kaya walang maise-save dito. Isara ang Undersigned, gawing writable ang file at ang folder nito, saka buksan itong muli.`,
    'store.no_database': (p: Params) => `Walang database sa ${p.path}. Tingnan kung may mali sa pagkaka-type ng path.`,
    'store.cannot_open': (p: Params) =>
      `Hindi mabuksan ang database na ${p.path}: ${p.reason}. Tiyaking umiiral ang folder at may pahintulot kang magsulat dito.`,
    'store.too_new': (p: Params) =>
      `Isinulat ang database na ${p.path} ng mas bagong bersiyon ng Undersigned (schema ${p.found}; hanggang ${p.supported} lang ang alam ng bersiyong ito). Walang binago rito. I-update ang Undersigned para mabuksan ito.`,
    'store.read_only_outdated': (p: Params) =>
      `Read-only ang database na ${p.path} at ginawa ito ng mas lumang bersiyon ng Undersigned (schema ${p.found}; ${p.needed} ang kailangan ng bersiyong ito). Gawin itong writable para ma-update ito, saka buksan ulit ang Undersigned.`,
    'store.migration': (p: Params) =>
      `Pumalya ang pag-update ng database sa schema ${p.version} (${p.name}). Walang binago.`,
    'store.migration_changed': (p: Params) =>
      `Inihanda ang database na ${p.path} gamit ang hakbang ${p.version} ng schema (${p.name}) ng ibang build ng Undersigned. Walang binago; buksan ito gamit ang build na gumawa nito, at iulat ito.`,
    'store.migration_broke_links': (p: Params) =>
      `Masisira ng pag-update ng database sa schema ${p.version} (${p.name}) ang mga ugnayan ng mga rekord: ${p.detail}. Walang binago; pakiulat ito.`,
    'store.backup_before_migration': (p: Params) =>
      `Kailangang i-update ang database na ${p.path}, pero pumalya ang backup na unang ginawa (${p.reason}). Walang binago; magbakante ng espasyo sa disk o gawing writable ang folder nito, saka buksan ulit ang Undersigned.`,
    'store.encrypted': (p: Params) => `Naka-encrypt ang ${p.path}, o hindi ito database. Kung naka-encrypt na database ito ng Undersigned, i-type ang passphrase nito para mabuksan.`,
    'store.wrong_passphrase': () => 'Mali ang passphrase; walang binago. I-type ulit ito, eksakto kung paano ito itinakda.',
    'store.already_encrypted': () => 'Naka-encrypt na ang database na ito. Para gumamit ng ibang passphrase, palitan ito.',
    'store.not_encrypted': () => 'Hindi naka-encrypt ang database na ito; walang binago.',
    'share.not_shared': () => 'Hindi naka-share ang database na ito. Magsimula ng share, o sumali sa isa gamit ang imbitasyon.',
    'share.already_shared': (p: Params) => `Naka-share na ang database na ito (folder ${p.folder}). Umalis muna sa share na iyon bago magsimula o sumali sa iba.`,
    'share.folder_taken': (p: Params) => `May ibang share na sa ${p.folder}. Pumili ng walang-lamang folder, o sumali roon gamit ang imbitasyon nito.`,
    'share.wrong_folder': (p: Params) => `Hindi ${p.folder} ang folder ng share na ito. Piliin ang folder na para sa imbitasyon.`,
    'share.bad_invitation': (p: Params) => `Hindi imbitasyon ng Undersigned ang ${p.path} (${p.detail}). Humingi muli ng file ng imbitasyon.`,
    'share.write': (p: Params) => `Hindi maisulat ang ${p.path}: ${p.detail}. Tiyaking may folder at maaaring sulatan ito, saka subukang muli.`,
    'share.read': (p: Params) => `Hindi mabasa ang ${p.path}: ${p.detail}. Tiyaking naroon ang folder, saka mag-sync muli.`,
    'share.unreadable': (p: Params) => `Hindi mabuksan ang ${p.path} gamit ang susi ng share na ito: nasira ito sa daan, o hindi ito kabilang sa share na ito. Hindi ito inilapat, pati ang mga kasunod na file mula sa parehong computer; natanggap ang lahat ng iba pa. Darating muli nang buo ang sirang file sa pamamagitan ng sync tool; maaaring alisin sa folder ang file na hindi mula sa share na ito.`,
    'share.apply': (p: Params) => `Hindi mailapat ang ${p.path} (${p.detail}). Iniwan ito, kasama ang mga kasunod na file mula sa parehong computer, at natanggap ang lahat ng iba pa. Hilingin sa sumulat nito na i-update ang Undersigned at mag-sync muli.`,
    'share.folder_missing': (p: Params) => `Wala ang shared folder na ${p.folder}; walang binago. Kung inilipat ito o huminto ang sync tool nito, ibalik ito, saka mag-sync muli.`,
    'share.no_conflict': (p: Params) => `Walang bukas na conflict na ${p.id}.`,
    'store.weak_passphrase': (p: Params) => `Kailangan ng passphrase ng hindi bababa sa ${p.min} na character. Hindi na mababawi ang nakalimutang passphrase, kaya pumili ng mga salitang maaalala mo.`,
    'store.in_use': () => 'Bukas ang database sa ibang programa (ibang window ng Undersigned, o undersigned-cli). Isara ito, saka subukan ulit. Walang binago.',
    'store.conversion_failed': (p: Params) => `Hindi pumasa sa pagsusuri ang na-convert na kopya ng ${p.path} (${p.detail}). Inalis ito; walang nagbago sa database.`,
    'store.disk_full': (p: Params) =>
      `Puno na ang disk na kinalalagyan ng ${p.path || 'database'}; walang nai-save. Magbakante ng espasyo rito, saka subukan ulit.`,
    'text.control_character': (p: Params) =>
      `May di-nakikitang control character (${p.code}) ang ${fieldName(p.field)} sa ika-${num(p.position)} na karakter. Burahin ito at i-type ulit ang teksto.`,
    'text.too_long': (p: Params) =>
      `Masyadong mahaba ang ${fieldName(p.field)}: ${qtyText(p.chars, 'karakter')}; hanggang ${num(p.max)} lang dapat.`,
    'text.bad_language': (p: Params) =>
      `Hindi language tag ang “${p.tag}”. Gumamit ng gaya ng en, fr, ar, pt-BR o zh-Hant.`,
    'country.empty': () => 'Walang ibinigay na bansa.',
    'country.unknown': (p: Params) =>
      `Hindi kilala ng Undersigned ang bansang “${p.typed}”. Isulat ang pangalan nito o ang code nito na may dalawang titik.`,
    'country.ambiguous': (p: Params) => `Puwedeng tumukoy ang “${p.typed}” sa ${p.options}. Sabihin kung alin.`,
    'statement.empty_title': () => 'Kailangan ng pamagat ang pahayag. Mag-type ng isa at subukan ulit.',
    'statement.not_found': () => 'Wala na ang pahayag na ito; maaaring binura ito o tuluyang inalis.',
    'statement.in_trash': () => 'Nasa basurahan ang pahayag. Ibalik muna ito para mabago.',
    'statement.not_in_trash': () =>
      'Wala sa basurahan ang pahayag. Ilipat muna ito roon, saka alisan ng laman ang basurahan.',
    'statement.bad_date': (p: Params) =>
      `Hindi petsa ang “${p.value}”. I-type ito bilang YYYY-MM-DD, halimbawa 2026-12-18.`,
    'statement.bad_status': (p: Params) => `Hindi status ang “${p.value}”.`,
    'statement.needs_confirmation': (p: Params) =>
      `${QtyText(p.count, 'paglagda')} ang naitala habang bukas ang pahayag. Kumpirmahin para ibalik ito sa draft.`,
    'statement.no_revision': (p: Params) =>
      `Walang bersiyon ${p.number} ang pahayag na ito; ${qtyText(p.count, 'bersiyon')} lang ang mayroon ito.`,
    'statement.not_a_translation': () => 'Hindi salin ang pahayag na ito.',
    'statement.import': (p: Params) => `Hindi ma-import ang file: ${p.reason}`,
    'backup.no_file': () => 'Walang file na maba-backup ang database na nasa memory lang.',
    'backup.write': (p: Params) =>
      `Hindi maisulat ang backup na ${p.path}: ${p.reason}. Tiyaking puwedeng sulatan ang folder at may espasyo pa ang disk.`,
    'backup.unsound': (p: Params) =>
      `Hindi pumasa sa pagsusuri ang backup na kasusulat lang sa ${p.path} (${p.detail}), kaya inalis ito. Hindi nagbago ang database mismo; subukan ulit, at suriin ang disk kung mangyari ulit ito.`,
    'backup.no_such_backup': (p: Params) => `Walang backup na may pangalang “${p.name}”; maaaring inalis na ito.`,
    'backup.not_restorable': (p: Params) => `Hindi maibabalik ang ${p.path}: ${p.reason}. Walang binago.`,
    'backup.other_database': (p: Params) =>
      `Backup ng ibang database ang ${p.path}, hindi ng ${p.database}. Walang binago. Ibalik ito sa database na pinagmulan nito.`,
    'contact.empty_name': () => 'Kailangan ng pangalan ang contact. Mag-type ng isa at subukan ulit.',
    'contact.no_letters': (p: Params) =>
      `Walang titik o numero ang “${p.name}”, kaya lalabas ito bilang blangkong linya. I-type ang pangalan ng contact.`,
    'contact.not_found': (p: Params) =>
      `Wala na ang ${thisKind(p.kind)}; maaaring binura ito o tuluyang inalis.`,
    'contact.in_trash': (p: Params) => `Nasa basurahan ang ${kindName(p.kind)}. Ibalik muna ito para mabago.`,
    'contact.not_in_trash': (p: Params) =>
      `Wala sa basurahan ang ${kindName(p.kind)}. Ilipat muna ito roon, saka alisan ng laman ang basurahan.`,
    'contact.merge': (p: Params) => `Hindi mapagsasama ang mga contact na ito: ${p.reason}`,
    'contact.no_backup': (p: Params) =>
      `Walang backup na nagawa bago ang ${actions[p.what] ?? p.what}, kaya walang binago: ${p.source}`,
    'contact.write': (p: Params) =>
      `Hindi maisulat ang mga contact: ${p.reason}. Tiyaking may espasyo pa ang disk at puwedeng sulatan ang folder.`,
    'sign_on.empty_name': () => 'Kailangan ng pangalan ang lumagda. Mag-type ng isa at subukan ulit.',
    'sign_on.no_letters': (p: Params) =>
      `Walang titik o numero ang “${p.name}”, kaya lalabas ito bilang blangkong linya. I-type ang pangalan ng lumagda.`,
    'sign_on.bad_date': (p: Params) =>
      `Hindi petsa ang “${p.value}”. I-type ito bilang YYYY-MM-DD, halimbawa 2026-12-18.`,
    'sign_on.not_found': () => 'Wala na ang paglagdang ito; maaaring binura ito o tuluyang inalis.',
    'sign_on.in_trash': () => 'Nasa basurahan ang paglagda. Ibalik muna ito para mabago.',
    'sign_on.not_in_trash': () =>
      'Wala sa basurahan ang paglagda. Ilipat muna ito roon, saka alisan ng laman ang basurahan.',
    'sign_on.transition': (p: Params) =>
      `Hindi mapapalitan ang status ng paglagda mula “${status(p.from)}” tungo sa “${status(p.to)}”. Kinukumpirma o tinatanggihan ang nakabinbing paglagda; puwedeng bawiin ang kumpirmado.`,
    'sign_on.already_endorsed': (p: Params) => `Nakalagda na sa pahayag na ito ang “${p.name}”.`,
    'sign_on.needs_affiliation': () =>
      'Inililista ng “Organisasyon lang” ang organisasyon sa halip na ang tao, kaya kailangan nito ng organisasyon. Mag-type ng isa, o pumili ng ibang paraan ng paglista sa kanila.',
    'sign_on.kind_mismatch': (p: Params) =>
      `Hindi puwedeng lumagda bilang ${kindName(p.wanted)} ang ${kindName(p.kind)}; piliin ang kabilang uri.`,
    'sign_on.invitation': (p: Params) => `Hindi magawa ang imbitasyon: ${p.reason}`,
    'sign_on.intake': (p: Params) => `Walang naidagdag: ${p.reason}`,
    'sign_on.cancelled': () => 'Kinansela ang import; walang naidagdag.',
    'signing.weak_passphrase': () =>
      'Kailangan ng signing key ang passphrase na hindi bababa sa 8 karakter. Pumili ng mas mahaba.',
    'signing.bad_key': (p: Params) => `Hindi magagamit bilang key ang ${p.file}: ${p.reason}`,
    'signing.wrong_passphrase': () => 'Hindi nabubuksan ng passphrase na ito ang key. I-type itong muli.',
    'signing.bad_signature': (p: Params) => `Hindi pirma ang ${p.file}: ${p.reason}`,
    'signing.no_signature': (p: Params) =>
      `Walang pirma sa tabi ng ${p.file} (wala sa folder nito ang ${p.signature}). Tingnan ang kopyang may kasamang pirma, o i-export itong muli nang naka-on ang pagpirma.`,
    'signing.io': (p: Params) => `Hindi mabasa o maisulat ang ${p.file}: ${p.reason}`,
    'export.missing_glyph': (p: Params) =>
      `Walang naka-install na font na makapaglilimbag ng “${p.character}” (${p.code}) sa ${glyphPlace(p.place)}. Itama ang teksto, o kung talagang kabilang doon ang mga karakter, mag-install ng font na mayroon ng mga ito.`,
    'export.write': (p: Params) =>
      `Hindi maisulat ang ${p.file}: ${p.reason}. Tiyaking umiiral ang folder at puwede itong sulatan.`,
    'import.cancelled': () => 'Kinansela ang import; walang naidagdag.',
    'import.no_name_column': () =>
      'Walang kolum na may pangalan. Piliin ang “Organisasyon” o “Pangalan ng tao” para sa isa sa mga ito.',
    'import.mapping_length': (p: Params) =>
      `${QtyText(p.given, 'kolum')} ang saklaw ng mga pinili, pero may ${qtyText(p.columns, 'kolum')} ang file. Basahin ulit ang file.`,
    'import.not_a_contact_field': (p: Params) =>
      `May laman ang kolum ${num(p.column)} (“${p.header}”) na hindi itinatago sa mga contact (${p.field}). Pumili ng ibang field para dito.`,
    'read.io': (p: Params) => `Hindi mabasa ang “${p.file}”: ${p.reason}`,
    'read.too_big': (p: Params) =>
      `Masyadong malaki ang “${p.file}” (${num(p.mb)} MB); 200 MB ang pinakamalaki. Hatiin ito at i-import ang mga bahagi.`,
    'read.empty': (p: Params) => `Walang laman ang “${p.file}”.`,
    'read.headers_only': (p: Params) => `Hilera ng header lang ang nasa “${p.file}”, at walang laman sa ilalim nito.`,
    'read.not_a_table': (p: Params) =>
      `Hindi spreadsheet o text file ang “${p.file}” (mukhang ${fileKinds[p.what] ?? p.what} ito). I-save ito mula sa program nito bilang CSV o XLSX.`,
    'read.zip_bomb': (p: Params) =>
      `Kapag in-unpack, mas malaki ang “${p.file}” kaysa sa kayang laman ng kahit anong spreadsheet (${p.detail}), kaya tinanggihan ito.`,
    'read.too_large': (p: Params) =>
      `Umaabot sa ${p.detail} ang “${p.file}” kapag binuksan, higit sa kaya ng isang import. Hatiin ito sa mas maliliit na file at i-import ang mga ito nang isa-isa.`,
    'read.spreadsheet': (p: Params) =>
      `Hindi mabasa ang spreadsheet na “${p.file}”: ${p.reason}. Buksan ito sa iyong spreadsheet app at i-save itong muli.`,
    'read.unclosed_quote': (p: Params) =>
      `“${p.file}”, hilera ${num(p.row)}: may cell na nasa panipi na hindi naisara (nagbubukas ang panipi sa kolum ${num(p.column)}). Isara ang panipi, o i-save ulit ang file mula sa iyong spreadsheet app.`,
    'read.too_many_cells': (p: Params) =>
      `“${p.file}”, hilera ${num(p.row)}: may ${qtyText(p.cells, 'cell')}, pero ${num(p.headers)} lang ang nasa hilera ng header. Hanapin sa hilerang iyon ang separator na nasa labas ng panipi.`,
    'read.cell_too_long': (p: Params) =>
      `“${p.file}”, hilera ${num(p.row)}, kolum ${num(p.column)}: ${qtyText(p.chars, 'karakter')} ang haba ng isang cell; ${num(100_000)} ang pinakamarami.`,
    'read.too_many_columns': (p: Params) =>
      `May ${qtyText(p.columns, 'kolum')} ang “${p.file}”; 500 ang pinakamarami.`,
    'read.nul': (p: Params) =>
      `“${p.file}”, linya ${num(p.line)}: may NUL character ang file, na hindi kailanman nasa teksto. Maaaring sira ito, o hindi ito teksto.`,
    'read.unclosed_card': (p: Params) =>
      `“${p.file}”, linya ${num(p.line)}: may contact card na hindi naisara ng END:VCARD.`,
    'review.gone': () =>
      'Hindi na bukas ang file o listahan ng pagsusuring ito. I-paste ulit ito o piliin ulit ang file.',
    'review.stale': () =>
      'Nagbago ang mga contact o paglagda matapos gawin ang pagsusuring ito, kaya walang naidagdag. Tingnan ang bagong pagsusuri at idagdag itong muli.',
  },
};
