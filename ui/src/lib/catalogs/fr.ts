import type { Messages } from './en';

// The window's words in French, for coalition organizers in France, Belgium,
// West Africa and Québec. Typography: « guillemets » and the space before
// ; : ? ! are narrow no-break spaces (U+202F).

/** French plural rules: 0 and 1 take the singular; a round million takes "de". */
const frenchPlurals = new Intl.PluralRules('fr');
/** A number in French digits ("1 000 000"): a count, or a failure's detail arriving as digits; other text as is. */
const num = (n: number | string) =>
  typeof n === 'number' ? n.toLocaleString('fr') : /^\d+$/.test(n) ? Number(n).toLocaleString('fr') : n;
const isOne = (n: number) => frenchPlurals.select(n) === 'one';
/** The form that agrees with a count (a verb, an adjective): singular for 0 and 1. */
const pick = (n: number, one: string, other: string) => (isOne(n) ? one : other);
/** A count and its noun: "1 signataire", "2 signataires", "1 000 000 de signataires", "1 000 000 d’organisations". */
const plural = (n: number, one: string, other: string) => {
  const category = frenchPlurals.select(n);
  if (category === 'one') return `${num(n)} ${one}`;
  if (category === 'many') return `${num(n)} ${/^[aeiouyàâéèêîôû]/i.test(other) ? 'd’' : 'de '}${other}`;
  return `${num(n)} ${other}`;
};

/** What a spreadsheet column may hold, for contacts and signatures alike. */
const columnFields = {
  ignore: 'Laisser de côté',
  kind: 'Organisation ou individu',
  organization: 'Organisation',
  acronym: 'Sigle',
  person: 'Nom de la personne',
  role: 'Fonction',
  affiliation: 'Fonction et organisation',
  email: 'E-mail',
  phone: 'Téléphone',
  city: 'Ville',
  country: 'Pays',
  sector: 'Secteur',
  website: 'Site web',
  received: 'Date de réception',
  notes: 'Notes',
  tags: 'Étiquettes',
  consent_contact: 'Contact autorisé (oui/non)',
  visibility: 'Nom publiable (oui/non)',
};

/** The details of a failure as core names them (`ErrorReport.params`): text, numbers as digits. */
type Params = Record<string, string>;

/** A sentence's first word with its capital: "le titre" → "Le titre", "l’adresse" → "L’adresse". */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Whether a word takes the elided article or conjunction: l’, qu’, cet. */
const elides = (word: string) => /^[aeiouyàâéèêîôû]/i.test(word);
/** A count arriving as text, with its noun: "1 caractère", "90 caractères"; anything not digits as is. */
const countOf = (text: string, one: string, other: string) =>
  /^\d+$/.test(text) ? plural(Number(text), one, other) : `${text} ${other}`;

/** What a text field is called in a sentence about it, by core's name for it. */
const fieldNames: Record<string, string> = {
  title: 'le titre',
  subtitle: 'le sous-titre',
  place: 'le lieu',
  occasion: 'l’occasion',
  issued_by: 'les lignes « Émise par »',
  label: 'le libellé',
  language: 'la langue',
  body: 'le texte',
  name: 'le nom',
  short_name: 'le sigle',
  city: 'la ville',
  sector: 'le secteur',
  website: 'le site web',
  email: 'l’adresse e-mail',
  phone: 'le numéro de téléphone',
  role: 'la fonction',
  notes: 'les notes',
  tag: 'l’étiquette',
};
/** Fields named in the plural: their verbs agree in the plural. */
const pluralFields = new Set(['issued_by', 'notes']);
const fieldName = (field: string) => fieldNames[field] ?? field;
const fieldVerb = (field: string, one: string, other: string) => (pluralFields.has(field) ? other : one);
/** A signature's status as the list of signatories names it. */
const signOnStatuses: Record<string, string> = {
  pending: 'En attente',
  confirmed: 'Confirmée',
  rejected: 'Rejetée',
  withdrawn: 'Retirée',
};
const kinds: Record<string, string> = { organization: 'organisation', person: 'personne', individual: 'individu' };
const feminineKinds = new Set(['organization', 'person']);
const kindNoun = (kind: string) => kinds[kind] ?? kind;
/** The form that agrees with a kind of contact: « supprimé », « supprimée ». */
const kindForm = (kind: string, masculine: string, feminine: string) => (feminineKinds.has(kind) ? feminine : masculine);
/** « l’organisation », « la personne », « l’individu ». */
const theKind = (kind: string) =>
  elides(kindNoun(kind)) ? `l’${kindNoun(kind)}` : `${kindForm(kind, 'le', 'la')} ${kindNoun(kind)}`;
/** « cette organisation », « cet individu ». */
const thisKind = (kind: string) =>
  `${kindForm(kind, elides(kindNoun(kind)) ? 'cet' : 'ce', 'cette')} ${kindNoun(kind)}`;
/** « une organisation », « un individu ». */
const aKind = (kind: string) => `${kindForm(kind, 'un', 'une')} ${kindNoun(kind)}`;
/** « en tant qu’organisation », « en tant que personne ». */
const asKind = (kind: string) => (elides(kindNoun(kind)) ? `qu’${kindNoun(kind)}` : `que ${kindNoun(kind)}`);
/** "la base de données", or the database at a path when there is one. */
const theFile = (path: string) => (path ? `la base de données ${path}` : 'la base de données');
/** What a file that is no table looks like, as core names it. */
const fileLooks: Record<string, string> = {
  'a PDF document': 'un document PDF',
  'an image': 'une image',
  'a database': 'une base de données',
  'a compressed archive': 'une archive compressée',
  'binary data': 'des données binaires',
  'a damaged ZIP archive': 'une archive ZIP endommagée',
  'a text document': 'un document texte',
  'a Word document': 'un document Word',
  'a ZIP archive': 'une archive ZIP',
};
/** What a backup was made before, as core names it. */
const backupBefore: Record<string, string> = { import: 'l’importation', merge: 'la fusion' };
/** Where an export found a character no font has, as core names it. */
const glyphPlace = (place: string) => {
  const named = /^the (heading|signatory) “([\s\S]*)”$/.exec(place);
  if (named) return named[1] === 'heading' ? `le titre de section « ${named[2]} »` : `la ligne du signataire « ${named[2]} »`;
  if (place === "the statement's title block") return 'l’en-tête de la déclaration';
  if (place === "the statement's text") return 'le texte de la déclaration';
  return place;
};

export const fr: Messages = {
  locale: 'fr',
  dir: 'ltr',
  common: {
    cancel: 'Annuler',
    /** Between the parts of a line of details ("Director · Lima · by e-mail"). */
    separator: ' · ',
    /** Between a city and its country. */
    comma: ', ',
  },
  time: {
    justNow: 'à l’instant',
  },
  languagePicker: {
    hint: 'Tapez le nom de la langue, en anglais ou dans la langue elle-même. Pour une langue absente de la liste, tapez son code, par exemple « quc ».',
    useTag: (tag: string) => `Utiliser le code de langue « ${tag} »`,
    none: 'Aucune langue de ce nom. Tapez son code pour l’utiliser quand même.',
    choose: 'Choisissez la langue de la traduction.',
  },
  app: {
    statements: 'Déclarations',
    contacts: 'Contacts',
    settings: 'Paramètres',
    sections: 'Sections',
    offline: 'Hors ligne. Vos données restent sur cet ordinateur.',
    busy: 'Un autre programme écrit dans la base de données ; nouvel essai…',
    fatalTitle: 'Undersigned ne peut pas ouvrir sa base de données',
    fatalHintBefore: 'Rien n’a été modifié. Pour utiliser un autre fichier, lancez Undersigned avec',
    fatalHintOr: 'ou définissez',
    newerSchema:
      'Cette base de données a été mise à jour par une version plus récente d’Undersigned pendant qu’elle était ouverte ; les modifications sont désactivées. Quittez Undersigned et mettez-le à jour.',
    readOnlyFile: 'Ce fichier de base de données est en lecture seule : vous pouvez le consulter, mais pas le modifier.',
  },
  statements: {
    translationOf: (title: string) => `Traduction de « ${title} »`,
    title: 'Déclarations',
    trashTitle: 'Corbeille',
    count: (n: number) => plural(n, 'déclaration', 'déclarations'),
    trashHint: 'Les déclarations supprimées restent ici jusqu’à ce que vous les restauriez.',
    trash: 'Corbeille',
    new: 'Nouvelle déclaration',
    newTitle: 'Nouvelle déclaration (Ctrl+N)',
    newLabel: 'Titre de la nouvelle déclaration',
    newPlaceholder: 'p. ex. Déclaration commune sur les droits des travailleurs migrants',
    create: 'Créer',
    back: 'Retour aux déclarations',
    dismissMessage: 'Fermer le message',
    loading: 'Chargement des déclarations…',
    emptyTitle: 'Aucune déclaration pour l’instant',
    emptyReadOnly: 'Cette base de données ne contient aucune déclaration, et il n’est pas possible d’en ajouter pour le moment.',
    emptyText:
      'Une déclaration est le texte que les organisations signent. Commencez-en une ici, puis invitez des organisations à la signer.',
    start: 'Commencer une déclaration',
    rename: 'Renommer la déclaration',
    renameLabel: (title: string) => `Nouveau titre pour « ${title} »`,
    save: 'Enregistrer',
    language: 'Langue',
    languageNamed: (name: string) => `Langue : ${name}`,
    changed: 'Modifiée',
    open: 'Ouvrir',
    openNamed: (title: string) => `Ouvrir « ${title} »`,
    renameButton: 'Renommer',
    renameNamed: (title: string) => `Renommer « ${title} »`,
    delete: 'Supprimer',
    deleteNamed: (title: string) => `Supprimer « ${title} »`,
    movedToTrash: (title: string) => `« ${title} » est maintenant dans la corbeille.`,
    undo: 'Annuler',
    dismiss: 'Fermer',
    discardTitle: 'Abandonner le nouveau titre ?',
    discardMessage: (title: string) => `Le titre que vous tapiez pour « ${title} » n’a pas été enregistré.`,
    keepEditing: 'Continuer la modification',
    discard: 'Abandonner les modifications',
    trashLoading: 'Chargement de la corbeille…',
    trashEmpty: 'La corbeille est vide',
    trashEmptyText: 'Quand vous supprimez une déclaration, elle attend ici, avec tout son contenu, jusqu’à ce que vous la restauriez.',
    deleted: 'Supprimée',
    restore: 'Restaurer',
    restoreNamed: (title: string) => `Restaurer « ${title} »`,
  },
  deadline: {
    closedYesterday: 'Close depuis hier',
    closedDaysAgo: (n: number) => `Close depuis ${plural(n, 'jour', 'jours')}`,
    lastDay: 'Dernier jour aujourd’hui',
    daysLeft: (n: number) => plural(n, 'jour restant', 'jours restants'),
    title: (date: string) => `Date limite de signature : ${date}`,
  },
  translation: {
    notYet: (language: string) =>
      `Pas encore traduite : cette version (${language}) contient toujours le texte de l’original. Traduisez ici son titre et son texte ; d’ici là, ses invitations et ses exports sont rédigés dans la langue de l’original.`,
    originalLabel: (language: string) => `Original (${language})`,
    translationLabel: (language: string) => `Traduction (${language})`,
    openOriginal: 'Ouvrir l’original',
    signOnsWithOriginal: (title: string) =>
      `Les signatures appartiennent à l’original, « ${title} », et figurent dans chaque version linguistique. Elles sont présentées ici telles qu’elles sont dans l’original ; c’est là qu’il faut les ajouter et les vérifier.`,
  },
  status: {
    draft: 'Brouillon',
    open: 'Ouverte aux signatures',
    closed: 'Close',
    published: 'Publiée',
  },
  drafting: {
    editing: 'Saisie en cours…',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    notSaved: 'Non enregistré',
    page: 'Déclaration',
    back: '← Retour aux déclarations',
    translation: 'Traduction',
    translationOf: 'Traduction de',
    originalChanged: (version: number | null) =>
      `Original modifié depuis ${version === null ? 'la création de cette traduction' : `la version ${num(version)}`}`,
    changesInOriginal: 'Modifications dans l’original',
    markUpToDate: 'Marquer comme à jour',
    upToDate: 'À jour par rapport à l’original.',
    duplicate: 'Dupliquer',
    translate: 'Traduire…',
    translationLanguage: 'Langue de la traduction',
    createTranslation: 'Créer la traduction',
    text: 'Texte',
    counts: (words: number, characters: number) =>
      `${plural(words, 'mot', 'mots')}, ${plural(characters, 'caractère', 'caractères')}`,
    loading: 'Chargement…',
  },
  details: {
    legend: 'Informations de publication',
    title: 'Titre',
    subtitle: 'Sous-titre',
    occasion: 'Occasion',
    issuedBy: 'Émise par (un nom par ligne)',
    date: 'Date',
    place: 'Lieu',
    language: 'Langue',
    deadline: 'Date limite de signature',
    goal: 'Objectif de signataires',
    goalWhole: 'L’objectif est un nombre entier de signataires.',
    status: 'Statut',
    changeAnyway: 'Changer le statut quand même',
    keepStatus: 'Garder le statut',
    saved: (label: string) => `${label.replace(/ \(.*\)$/, '')} : modification enregistrée`,
  },
  history: {
    /** A version's name, quoted as the language quotes. */
    labelQuoted: (label: string) => `« ${label} »`,
    changeCount: (n: number) => plural(n, 'modification', 'modifications'),
    previousChange: 'Modification précédente',
    nextChange: 'Modification suivante',
    folded: (words: number) => `… ${plural(words, 'mot inchangé', 'mots inchangés')} …`,
    title: 'Historique',
    savedVersion: (n: number) => `Version ${num(n)} enregistrée`,
    noChanges: (n: number) => `Aucune modification depuis la version ${num(n)}`,
    restored: (from: number, to: number) => `Version ${num(from)} restaurée comme version ${num(to)}`,
    kindExplicit: 'enregistrée',
    kindPause: 'pause dans la saisie',
    kindRestore: 'restaurée',
    kindImport: 'importée',
    kindStatus: 'changement de statut',
    labelPlaceholder: 'envoyée aux membres pour commentaires',
    versionLabel: 'Libellé de la version (facultatif)',
    version: (n: number) => `Version ${num(n)}`,
    save: 'Enregistrer la version',
    none: 'Aucune version enregistrée pour l’instant.',
    compareTwo: 'Comparer les deux versions',
    compareCurrent: 'Comparer avec le texte actuel',
    restore: 'Restaurer cette version',
    wordsChanged: (n: number) => plural(n, 'mot modifié', 'mots modifiés'),
    firstWords: (n: number) => `${plural(n, 'mot', 'mots')}, titre et informations compris`,
    addedRemoved: (added: number, removed: number) =>
      `${plural(added, 'mot ajouté', 'mots ajoutés')}, ${num(removed)} ${pick(removed, 'supprimé', 'supprimés')}`,
    differences: 'Différences',
    changes: 'Modifications',
  },
  editor: {
    label: 'Texte de la déclaration',
    formatting: 'Mise en forme',
    heading: 'Intertitre',
    bold: 'Gras',
    italic: 'Italique',
    link: 'Lien…',
    bulletList: 'Liste à puces',
    numberedList: 'Liste numérotée',
    quote: 'Citation',
    linkAddress: 'Adresse du lien',
    apply: 'Appliquer',
  },
  dateField: {
    placeholder: (example: string) => `p. ex. ${example}`,
    notADate: (typed: string, example: string) =>
      `« ${typed} » n’est pas une date. Écrivez-la sous la forme ${example} ou 2026-12-15.`,
  },
  firstSteps: {
    title: 'Pour commencer',
    hide: 'Masquer ces étapes',
    done: 'Fait',
    statementTitle: 'Commencez une déclaration',
    statementText:
      'Rédigez-en une avec « Nouvelle déclaration », ou importez un fichier Markdown ou Word (.docx) avec « Importer une déclaration… ».',
    contactsTitle: 'Ajoutez les organisations avec lesquelles vous travaillez',
    contactsText: 'Importez votre tableur ou votre carnet d’adresses (CSV, Excel, vCard), ou ajoutez-les une par une.',
    contactsAction: 'Aller aux contacts',
    keyTitle: 'Créez la clé de signature de votre organisation',
    keyText: 'Elle signe ce que vous publiez, pour que chacun puisse vérifier que la liste n’a pas été modifiée.',
    keyAction: 'Aller aux paramètres',
  },
  importStatement: {
    title: 'Commencer une déclaration à partir d’un fichier Markdown ou Word (.docx)',
    import: 'Importer une déclaration…',
    importing: 'Importation…',
    label: 'Importer depuis un fichier (Markdown ou .docx)',
    leftOut: 'Importée. Vérifiez le texte et les informations ; ceci n’a pas été repris dans le texte :',
    dismiss: 'Terminé',
  },
  settings: {
    title: 'Paramètres',
    yourData: 'Vos données',
    databaseFile: 'Fichier de la base de données',
    access: 'Accès',
    readOnly:
      'Lecture seule : les permissions de ce fichier ne permettent pas de le modifier. Pour faire des modifications, quittez Undersigned, rendez le fichier modifiable et relancez Undersigned.',
    schemaVersion: 'Version du schéma',
    technical: 'Détails techniques',
    appVersion: 'Version d’Undersigned',
    byHandTitle: 'Restaurer à la main',
    byHandIntro:
      'Pour restaurer une copie sans l’aide d’Undersigned (sur un autre ordinateur, par exemple), quittez Undersigned, puis :',
    byHandMove: [
      'Déplacez le fichier de la base de données, ainsi que les fichiers placés à côté dont le nom se termine par ',
      '-wal',
      ' et ',
      '-shm',
      ', dans un autre dossier. Gardez-les jusqu’à ce que vous ayez vérifié la copie restaurée.',
    ],
    byHandCopy: 'Copiez votre sauvegarde à l’emplacement du fichier de la base de données, sous le même nom.',
    byHandStart: 'Lancez Undersigned.',
    byHandNever: [
      'Ne copiez jamais une sauvegarde par-dessus le fichier de la base de données tant que ses fichiers ',
      '-wal',
      ' et ',
      '-shm',
      ' sont encore à côté : ils appartiennent à l’ancien fichier et, appliqués à la copie, ils l’endommagent ou y ramènent des modifications faites après la sauvegarde.',
    ],
    appearance: 'Apparence',
    appearanceText: 'Undersigned suit le réglage clair ou sombre de votre système.',
    language: 'Langue',
    languageText: 'La langue de la fenêtre. Les déclarations et leurs exports gardent leur propre langue.',
    languageSystem: (name: string) => `Comme le système (${name})`,
    languageReload: 'La fenêtre se rouvre dans la langue que vous choisissez.',
    privacy: 'Confidentialité',
    privacyText:
      'Undersigned ne se connecte jamais à Internet. Rien ne quitte cet ordinateur, sauf si vous l’exportez, ou le partagez avec d’autres organisateurs par un dossier de votre choix (Paramètres → Partager).',
  },
  sender: {
    title: 'Qui signe les messages',
    intro:
      'Les invitations et les relances se terminent par votre nom et votre organisation. Les fichiers .eml enregistrés ici ne contiennent aucune adresse d’expéditeur : votre logiciel de messagerie ajoute la vôtre quand vous les envoyez.',
    name: 'Votre nom',
    organization: 'Votre organisation',
    save: 'Enregistrer',
    saved: 'Enregistré.',
  },
  backups: {
    title: 'Sauvegardes',
    reasonManual: 'Faite par vous',
    reasonDaily: 'Quotidienne',
    reasonMigration: 'Avant une mise à jour',
    reasonChange: 'Avant une importation ou une fusion',
    reasonRestore: 'Avant une restauration',
    backedUp: (size: string) => `Sauvegarde faite (${size}).`,
    restored: (when: string, keptAs: string) =>
      `La sauvegarde du ${when} a été restaurée. Ce qu’elle a remplacé est conservé sous le nom ${keptAs}.`,
    backingUp: 'Sauvegarde en cours…',
    backUpNow: 'Sauvegarder maintenant',
    about: [
      'Undersigned sauvegarde lui-même la base de données au premier lancement de chaque jour, avant chaque mise à jour et avant les grosses importations et fusions, dans un dossier qui lui est propre à l’intérieur du dossier ',
      'backups',
      ' situé à côté d’elle (les autres bases de données qui s’y trouvent gardent leurs sauvegardes à part). Il conserve 7 sauvegardes quotidiennes et 4 hebdomadaires, les 5 dernières faites avant une mise à jour et les 5 dernières faites avant une importation ou une fusion, chaque copie conservée avant une restauration, et chaque sauvegarde que vous faites ici.',
    ],
    problem: (why: string) => `La sauvegarde automatique d’aujourd’hui a échoué : ${why}`,
    restoring: 'Restauration…',
    looking: 'Recherche des sauvegardes…',
    none: ['Aucune sauvegarde pour l’instant. Faites la première avec ', 'Sauvegarder maintenant', '.'],
    made: 'Faite le',
    why: 'Motif',
    size: 'Taille',
    actions: 'Actions',
    restoreNamed: (when: string) => `Restaurer la sauvegarde du ${when}`,
    restoreButton: 'Restaurer…',
    confirmTitle: 'Restaurer cette sauvegarde ?',
    confirmMessage: (when: string) =>
      `La base de données contiendra exactement ce qu’elle contenait le ${when}. Tout ce qu’elle contient maintenant est d’abord conservé dans une sauvegarde, pour que vous puissiez revenir en arrière.`,
    confirm: 'Restaurer',
    keep: 'Laisser les choses telles quelles',
  },
  contacts: {
    title: 'Contacts',
    trashTitle: 'Contacts dans la corbeille',
    duplicatesTitle: 'Doublons possibles',
    counts: (organizations: number, people: number) =>
      `${plural(organizations, 'organisation', 'organisations')} · ${plural(people, 'personne', 'personnes')}`,
    matching: (n: number, more = false) => (more ? `${num(n)}+ résultats` : plural(n, 'résultat', 'résultats')),
    searchLabel: 'Rechercher dans les contacts',
    searchPlaceholder: 'Rechercher des noms, sigles, e-mails, villes, pays…',
    filterKind: 'Type',
    kindAll: 'Tout le monde',
    kindOrganizations: 'Organisations',
    kindPeople: 'Personnes',
    filterTag: 'Étiquette',
    filterCountry: 'Pays',
    filterSector: 'Secteur',
    any: 'Indifférent',
    newOrganization: 'Nouvelle organisation',
    newPerson: 'Nouvelle personne',
    import: 'Importer…',
    duplicates: 'Doublons',
    trash: 'Corbeille',
    back: 'Retour aux contacts',
    loading: 'Chargement des contacts…',
    emptyTitle: 'Aucun contact pour l’instant',
    emptyText:
      'Les organisations et les personnes de votre coalition se trouvent ici. Ajoutez-les une par une, ou importez un tableur ou un carnet d’adresses (CSV, XLSX, ODS, vCard).',
    noMatches: 'Aucun contact ne correspond. Essayez avec moins de mots, ou effacez les filtres.',
    clearFilters: 'Effacer les filtres',
    trashEmpty: 'La corbeille est vide.',
    trashHint: 'Les contacts supprimés restent ici jusqu’à ce que vous les restauriez ou que vous vidiez la corbeille.',
    emptyTrash: 'Vider la corbeille',
    emptyTrashTitle: 'Vider la corbeille des contacts ?',
    emptyTrashMessage: (n: number) =>
      `${plural(n, 'contact sera supprimé', 'contacts seront supprimés')} définitivement, avec ${pick(n, 'ses', 'leurs')} étiquettes et invitations. ${pick(n, 'Ses', 'Leurs')} signatures restent, sous le nom qui y est imprimé. Cette action est irréversible.`,
    emptyTrashConfirm: 'Supprimer définitivement',
    keep: 'Les garder',
    restore: 'Restaurer',
    open: 'Ouvrir',
    person: 'Personne',
    organization: 'Organisation',
    movedToTrash: (name: string) => `« ${name} » est maintenant dans la corbeille.`,
    undo: 'Annuler',
    dismiss: 'Fermer',
    rowLabel: (name: string, kind: string) => `${name}, ${kind}`,
  },
  contactForm: {
    similarExists: 'Des contacts semblables existent déjà ; ouvrez-en un plutôt que d’ajouter le même deux fois :',
    newOrganization: 'Nouvelle organisation',
    newPerson: 'Nouvelle personne',
    editOrganization: 'Organisation',
    editPerson: 'Personne',
    name: 'Nom',
    fullName: 'Nom complet',
    acronym: 'Sigle',
    country: 'Pays',
    countryHint: 'Un nom dans une langue courante, ou un code à deux lettres',
    city: 'Ville',
    sector: 'Secteur',
    website: 'Site web',
    email: 'E-mail',
    phone: 'Téléphone',
    notes: 'Notes',
    tags: 'Étiquettes',
    tagsHint: 'Séparées par des virgules',
    organization: 'Organisation',
    noOrganization: 'Aucune',
    role: 'Fonction',
    consentContact: 'Contact autorisé',
    consentPublish: 'Peut figurer nommément dans les listes publiques',
    consentRecorded: (when: string) => `Consentement enregistré le ${when}`,
    save: 'Enregistrer',
    create: 'Créer',
    cancel: 'Fermer',
    delete: 'Supprimer',
    saved: 'Enregistré',
    people: 'Personnes',
    noPeople: 'Aucune personne enregistrée pour cette organisation pour l’instant.',
    history: 'Historique',
    historyEmpty: 'Les déclarations signées par ce contact, ou auxquelles il est invité, apparaîtront ici.',
    unknownCountry: (typed: string) => `« ${typed} » n’est pas un pays reconnu`,
  },
  importDialog: {
    title: 'Importer des contacts',
    choose: 'Choisir un fichier',
    chooseHint:
      'CSV ou texte (virgule, point-virgule ou tabulation), Excel (.xlsx, .xls), OpenDocument (.ods) ou vCard (.vcf).',
    reading: 'Lecture du fichier…',
    fileSummary: (rows: number, format: string, encoding: string | null, delimiter: string | null) =>
      [plural(rows, 'ligne', 'lignes'), format, encoding, delimiter ? `séparateur « ${delimiter} »` : null]
        .filter(Boolean)
        .join(' · '),
    mapping: 'Associer les colonnes',
    mappingHint: 'Chaque colonne va dans un champ, deviné d’après son en-tête et ses valeurs ; modifiez ce qu’il faut.',
    why: (reason: string) => `Pourquoi : ${reason}`,
    column: 'Colonne',
    field: 'Champ',
    firstRows: 'Premières lignes',
    check: 'Vérifier les lignes',
    checking: 'Vérification…',
    report: 'Ce que ferait l’importation',
    reportCounts: (n: number, matched: number, duplicates: number, invalid: number) =>
      `${plural(n, 'nouvelle ligne', 'nouvelles lignes')}, ${num(matched)} déjà ${pick(matched, 'connue', 'connues')}, ${plural(duplicates, 'doublon', 'doublons')} dans le fichier, ${num(invalid)} ${pick(invalid, 'invalide', 'invalides')}`,
    reportAdds: (orgs: number, people: number) =>
      `Ajoute ${plural(orgs, 'organisation', 'organisations')} et ${plural(people, 'personne', 'personnes')}. Rien n’a encore été enregistré.`,
    row: 'Ligne',
    name: 'Nom',
    outcome: 'Ce qui se passe',
    outcomeNew: 'Nouveau',
    outcomeMatched: (name: string, reason: string) => `Déjà dans les contacts sous le nom « ${name} » (${reason})`,
    outcomeDuplicate: (row: number) => `Identique à la ligne ${num(row)}`,
    outcomeInvalid: (reason: string) => `Ignorée : ${reason}`,
    more: (n: number) => `…et ${plural(n, 'autre ligne', 'autres lignes')}`,
    start: (n: number) => `Importer ${plural(n, 'ligne', 'lignes')}`,
    nothingToImport: 'Rien à importer',
    importing: (done: number, total: number) => `Importation… ${num(done)} sur ${num(total)}`,
    cancel: 'Annuler',
    close: 'Fermer',
    back: 'Retour',
    cancelled: 'L’importation a été annulée ; rien n’a été ajouté.',
    replanned:
      'Les contacts ont changé pendant que ce rapport était ouvert, donc rien n’a été ajouté. Le rapport est maintenant à jour : vérifiez-le et relancez l’importation.',
    done: (orgs: number, people: number, matched: number, skipped: number) =>
      `${plural(orgs, 'organisation ajoutée', 'organisations ajoutées')} et ${plural(people, 'personne ajoutée', 'personnes ajoutées')} ; ${num(matched)} déjà ${pick(matched, 'connue', 'connues')}, ${num(skipped)} ${pick(skipped, 'ignorée', 'ignorées')}.`,
    fields: columnFields,
  },
  statementTabs: {
    label: 'Sections de la déclaration',
    text: 'Texte',
    signatories: 'Signataires',
    outreach: 'Mobilisation',
    overview: 'Où en sommes-nous',
    export: 'Exporter',
  },
  exporting: {
    label: 'Exporter',
    format: 'Format',
    formats: {
      pdf: 'PDF prêt à imprimer',
      docx: 'Document Word (DOCX)',
      html: 'Page web (HTML)',
      html_fragment: 'HTML à coller dans un site web',
      markdown: 'Markdown',
      text: 'Texte brut pour e-mail',
      csv: 'Signataires en CSV',
    } as Record<string, string>,
    groupBy: 'Regrouper les signataires',
    groups: {
      kind: 'Organisations, puis individus',
      country: 'Par pays',
      sector: 'Par secteur',
      none: 'Une seule liste',
    } as Record<string, string>,
    paper: 'Papier',
    papers: { a4: 'A4', letter: 'Lettre US' } as Record<string, string>,
    archival: 'PDF/A pour l’archivage',
    allLanguages: (n: number) => `Exporter toutes les langues (${num(n)})…`,
    allLanguagesTitle: 'Le dossier pour toutes les versions linguistiques',
    writingLanguages: (done: number, total: number) => `Écriture de ${num(done)} sur ${num(total)}…`,
    savedAll: (n: number, folder: string) => `${plural(n, 'fichier enregistré', 'fichiers enregistrés')} dans ${folder}.`,
    pageOf: (page: number, count: number) => `Page ${num(page)} sur ${num(count)}`,
    morePages: 'Afficher plus de pages',
    countriesInEnglish:
      'Les noms de pays sont imprimés en anglais : Undersigned n’a pas les noms des pays dans la langue de cette déclaration.',
    wordsInEnglish:
      'La ligne du décompte et les titres de section sont imprimés en anglais : Undersigned n’a pas ces mots dans la langue de cette déclaration.',
    layingOut: 'Mise en page…',
    sign: 'Signer avec la clé de l’organisation',
    noKey: 'Pour signer les exports, créez d’abord la clé de l’organisation dans les paramètres.',
    goToSettings: 'Aller aux paramètres',
    zoom: 'Taille de l’aperçu',
    zoomIn: 'Plus grand',
    zoomOut: 'Plus petit',
    passphrase: 'Phrase de passe de la clé',
    save: 'Enregistrer…',
    saving: 'Enregistrement…',
    saveTitle: 'Enregistrer l’export',
    saved: (file: string) => `Fichier ${file} enregistré.`,
    savedSigned: (file: string, keyId: string) =>
      `Fichier ${file} enregistré, avec sa signature ${file}.minisig (clé ${keyId}).`,
    preview: 'Aperçu',
    previewHint:
      'Les pages telles que le PDF les imprime. Seuls les signataires confirmés y figurent, comme ils peuvent être publiés : ceux qui sont seulement comptés entrent dans le total, jamais dans la liste.',
    log: 'Exports de cette déclaration',
    logEmpty: 'Rien n’a encore été exporté.',
    when: 'Quand',
    file: 'Fichier',
    signatories: 'Signataires',
    revision: 'Version',
    signedWith: 'Signé',
    notSigned: '—',
  },
  signingKey: {
    title: 'Clé de signature',
    intro:
      'Avec votre clé publique et l’outil standard minisign, n’importe qui peut vérifier qu’une déclaration que vous avez publiée est authentique et n’a pas été modifiée. La clé secrète reste dans cette base de données, verrouillée par une phrase de passe connue de vous seulement.',
    organization: 'Organisation (nommée dans chaque signature)',
    passphrase: 'Phrase de passe (au moins 8 caractères)',
    again: 'La même phrase de passe, une seconde fois',
    differ: 'Les deux phrases de passe sont différentes.',
    create: 'Créer la clé',
    keyId: 'Identifiant de la clé',
    publicKey: 'Clé publique (à partager)',
    publicKeyText:
      'Toute personne qui vérifie vos déclarations a besoin de cette clé : copiez-la, ou enregistrez-la dans un fichier à envoyer.',
    technical: 'Détails techniques',
    verifyElsewhere: 'Vérifier sans Undersigned',
    copy: 'Copier',
    copied: 'Copié.',
    savePublic: 'Enregistrer la clé publique…',
    savedPublic: (file: string) => `Fichier ${file} enregistré.`,
    verifyTitle: 'Vérifier un fichier signé',
    verify: 'Vérifier un fichier…',
    verifyOwn: 'Vérifier un fichier signé avec notre clé…',
    verifyOther: 'Vérifier avec la clé publique d’une autre organisation…',
    pickFile: 'Le fichier à vérifier (avec son .minisig à côté)',
    pickPublic: 'La clé publique de l’organisation qui a signé (.pub)',
    verifyHint: 'Sans Undersigned, on vérifie avec la commande : minisign -Vm declaration.html -p organisation.pub',
  },
  signatories: {
    label: 'Signataires',
    searchLabel: 'Rechercher des signataires',
    searchPlaceholder: 'Rechercher des noms, organisations, villes, pays…',
    status: 'Statut',
    all: 'Tous',
    statuses: { pending: 'En attente', confirmed: 'Confirmée', rejected: 'Rejetée', withdrawn: 'Retirée' },
    visibilities: {
      public: 'Nom dans la liste',
      organization_only: 'Organisation seulement',
      counted_only: 'Dans le total, pas dans la liste',
    },
    channels: {
      email: 'E-mail',
      form: 'Formulaire',
      phone: 'Téléphone',
      in_person: 'En personne',
      paper: 'Papier',
      import: 'Importation',
      other: 'Autre',
    },
    kinds: { organization: 'Organisation', individual: 'Individu' },
    add: 'Ajouter un signataire',
    paste: 'Coller une liste…',
    importFile: 'Importer un fichier…',
    trash: 'Corbeille',
    back: 'Retour aux signataires',
    count: (shown: number, total: number) =>
      shown === total
        ? plural(total, 'signataire', 'signataires')
        : `${num(shown)} sur ${plural(total, 'signataire', 'signataires')}`,
    loading: 'Chargement des signataires…',
    emptyTitle: 'Aucune signature pour l’instant',
    emptyText:
      'Ajoutez les signataires un par un au fur et à mesure qu’ils vous parviennent par e-mail, par téléphone ou sur papier, collez une liste, ou importez les réponses d’un formulaire. Chacun est comparé à vos contacts.',
    noMatches: 'Aucun signataire ne correspond. Essayez avec moins de mots, ou un autre statut.',
    trashEmpty: 'La corbeille est vide.',
    emptyTrash: 'Vider la corbeille',
    emptyTrashTitle: 'Vider la corbeille des signataires ?',
    emptyTrashMessage: (n: number) =>
      `${plural(n, 'signature sera supprimée', 'signatures seront supprimées')} définitivement, avec ${pick(n, 'son journal', 'leurs journaux')}. Cette action est irréversible.`,
    emptyTrashConfirm: 'Supprimer définitivement',
    keep: 'Les garder',
    confirm: 'Confirmer',
    reject: 'Rejeter',
    withdraw: 'Retirer',
    restore: 'Restaurer',
    edit: 'Modifier',
    details: 'Détails',
    delete: 'Supprimer',
    confirmAllPending: (n: number) => `Confirmer les signatures en attente (${num(n)})`,
    confirmAllTitle: 'Confirmer toutes les signatures en attente ?',
    confirmAllMessage: (n: number) =>
      `${plural(n, 'signature en attente sera confirmée', 'signatures en attente seront confirmées')} et ${pick(n, 'figurera', 'figureront')} dans la liste selon ce que ${pick(n, 'sa', 'leur')} visibilité permet. Vérifiez d’abord la liste si vous avez un doute.`,
    confirmAllConfirm: (n: number) => `Confirmer (${num(n)})`,
    confirmedAll: (n: number) => `${plural(n, 'signature confirmée', 'signatures confirmées')}.`,
    movedToTrash: (name: string) => `« ${name} » est maintenant dans la corbeille.`,
    undo: 'Annuler',
    dismiss: 'Fermer',
    statusChanged: (name: string, status: string) =>
      `La signature de « ${name} » est maintenant ${status.toLowerCase()}.`,
    outdated: (n: number) => `${plural(n, 'signataire a', 'signataires ont')} signé une version antérieure du texte.`,
    outdatedShow: 'Voir qui, et ce qui a changé',
    outdatedHide: 'Masquer',
    endorsedRevision: (n: number) => `a signé la version ${num(n)}`,
    changesSince: (n: number) => `Modifications depuis la version ${num(n)}`,
    reconfirm: 'Marquer comme reconfirmée',
    reconfirmAll: 'Tout marquer comme reconfirmé',
    reconfirmed: (n: number) =>
      `Confirmation du texte actuel notée pour ${plural(n, 'signataire', 'signataires')}.`,
    rowLabel: (name: string, status: string) => `${name}, ${status}`,
  },
  signatoryForm: {
    added: (name: string) => `Signature de ${name} ajoutée. Le formulaire est prêt pour le signataire suivant.`,
    suggestionsLabel: 'Contacts portant ce nom',
    newTitle: 'Nouveau signataire',
    editTitle: 'Signataire',
    kind: 'Signe en tant que',
    name: 'Nom tel qu’il sera imprimé',
    nameHint: 'Tapez pour trouver un contact, ou un nouveau nom pour en ajouter un',
    fromContact: (name: string) => `Depuis les contacts : ${name}`,
    newContact: 'Un nouveau contact sera créé',
    affiliation: 'Organisation ou fonction, telle qu’elle sera imprimée',
    city: 'Ville',
    country: 'Pays',
    channel: 'Reçue par',
    receivedOn: 'Reçue le',
    visibility: 'Dans la liste publiée',
    visibilityDefault: 'Selon son consentement',
    status: 'Statut',
    notes: 'Notes',
    save: 'Enregistrer',
    add: 'Ajouter',
    close: 'Fermer',
    saved: 'Enregistré',
    log: 'Journal',
    logEmpty: 'Rien n’a encore été consigné.',
    events: {
      created: 'Reçue',
      confirmed: 'Confirmée',
      corrected: 'Corrigée',
      withdrawn: 'Retirée',
      rejected: 'Rejetée',
      restored: 'Restaurée',
      deleted: 'Mise à la corbeille',
      merged: 'Contact fusionné',
      reconfirmed: 'Texte modifié reconfirmé',
    } as Record<string, string>,
    change: (field: string, from: string, to: string) => `${field} : « ${from} » → « ${to} »`,
    blank: 'rien',
    fields: {
      name: 'Nom',
      affiliation: 'Organisation ou fonction',
      organization: 'Organisation',
      city: 'Ville',
      country: 'Pays',
      visibility: 'Dans la liste publiée',
      channel: 'Reçue par',
      receivedOn: 'Reçue le',
      notes: 'Notes',
      status: 'Statut',
      kind: 'Signe en tant que',
    } as Record<string, string>,
    revisionChange: (from: string, to: string) => `version ${from} → version ${to}`,
    contactOffer: (old: string, now: string) =>
      `Le contact s’appelle toujours « ${old} ». Le renommer aussi « ${now} » ?`,
    contactYes: 'Corriger aussi le contact',
    contactNo: 'Laisser le contact tel quel',
    contactDone: (name: string) => `Le contact s’appelle maintenant « ${name} ».`,
  },
  intake: {
    pasteTitle: 'Coller une liste de signataires',
    fileTitle: 'Importer des signatures depuis un fichier',
    pasteLabel: 'Un signataire par ligne',
    pasteHint:
      'Par exemple « Nom, Pays », « Nom (SIGLE) – Ville, Pays » ou « Nom — Pays ». Les puces et les numéros sont retirés.',
    kind: 'Les lignes désignent des',
    organizations: 'Organisations',
    individuals: 'Individus',
    choose: 'Choisir un fichier',
    chooseHint:
      'Les réponses d’un formulaire ou n’importe quel tableur de signatures : CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods).',
    reading: 'Lecture…',
    mapping: 'Associer les colonnes',
    column: 'Colonne',
    field: 'Champ',
    review: 'Vérifier',
    reviewing: 'Comparaison avec vos contacts…',
    reviewTitle: 'Vérifiez avant tout ajout',
    columnsHint:
      'Ce que contient chaque colonne, deviné d’après son en-tête et ses valeurs. Modifiez ce qu’il faut ; la vérification en tient compte.',
    why: (reason: string) => `Pourquoi : ${reason}`,
    visibilityLegend: 'Les personnes qui n’ont pas dit si elles peuvent être nommées',
    visibilityChoices: {
      public: 'Les nommer',
      organization_only: 'N’indiquer que leur organisation',
      counted_only: 'Les compter, sans les lister',
    },
    visibilityHints: {
      public: 'Leur nom est imprimé, avec ce qu’elles ont indiqué comme fonction et organisation.',
      organization_only:
        'Seul le nom de leur organisation est imprimé, jamais leur nom ni leur fonction ; sans organisation, elles sont seulement comptées.',
      counted_only: 'Elles entrent dans le nombre de signataires, mais n’apparaissent nulle part dans la liste.',
    },
    printsAs: 'Forme imprimée',
    countedOnly: 'Dans le total, pas dans la liste',
    notes: 'Notes',
    leftOut: (why: string) => `Laissée de côté : ${why}`,
    aHeading: 'un intertitre',
    putBack: 'Remettre',
    visibilitySummary: (named: number, byOrganization: number, counted: number) =>
      `${num(named)} avec leur nom, ${num(byOrganization)} avec leur organisation seulement, ${num(counted)} dans le total seulement`,
    nothingToAdd: (reason: string) => `Rien ne serait ajouté : ${reason}.`,
    remapHint: 'Choisissez, ci-dessus, la colonne qui contient les noms (« Organisation » ou « Nom de la personne »).',
    choiceLinkAsContact: (name: string) => `C’est « ${name} », et imprimer ce nom`,
    choiceKeep: 'Lier, en imprimant le nom tel que reçu',
    choiceNewInstead: 'Pas ce contact : en créer un nouveau',
    chosenByYou: 'choisi par vous',
    putBackRow: (row: number) => `Remettre la ligne ${num(row)}`,
    onlyToCheck: 'N’afficher que les lignes à vérifier',
    showAll: (n: number) => `Tout afficher (${num(n)})`,
    discardTitle: 'Fermer et abandonner cette liste ?',
    keepReviewing: 'Continuer la vérification',
    discard: 'L’abandonner',
    reviewCounts: (known: number, fresh: number, already: number, duplicates: number, invalid: number) =>
      `${num(known)} ${pick(known, 'connu', 'connus')}, ${num(fresh)} ${pick(fresh, 'nouveau', 'nouveaux')}, ${num(already)} ${pick(already, 'a déjà signé', 'ont déjà signé')}, ${plural(duplicates, 'doublon', 'doublons')} dans la liste, ${num(invalid)} ${pick(invalid, 'invalide', 'invalides')}`,
    row: 'Ligne',
    name: 'Nom',
    place: 'Ville, pays',
    outcome: 'Ce qui se passe',
    known: (name: string, evidence: string) => `Lié à « ${name} » (${evidence})`,
    fresh: 'Nouveau contact',
    freshWithCandidates: 'Nouveau contact, ou l’un de ceux-ci :',
    already: 'A déjà signé ; ligne laissée de côté',
    duplicate: (row: number) => `Identique à la ligne ${num(row)} ; laissée de côté`,
    invalid: (reason: string) => `Laissée de côté : ${reason}`,
    choiceNew: 'Créer un nouveau contact',
    choiceLink: (name: string, evidence: string) => `C’est « ${name} » (${evidence})`,
    choiceSkip: 'Laisser cette ligne de côté',
    confirmed: 'Ces signatures sont déjà vérifiées : les ajouter comme confirmées',
    apply: (n: number) => `Ajouter ${plural(n, 'signataire', 'signataires')}`,
    nothing: 'Rien à ajouter',
    adding: (done: number, total: number) => `Ajout… ${num(done)} sur ${num(total)}`,
    cancel: 'Annuler',
    close: 'Fermer',
    back: 'Retour',
    cancelled: 'Annulé ; rien n’a été ajouté.',
    replanned:
      'Des contacts ou des signatures ont changé pendant que cette vérification était ouverte, donc rien n’a été ajouté. La vérification est maintenant à jour : contrôlez-la et relancez l’ajout.',
    done: (added: number, created: number) =>
      `${plural(added, 'signataire ajouté', 'signataires ajoutés')} ; ${plural(created, 'nouveau contact', 'nouveaux contacts')}.`,
    more: (n: number) => `…et ${plural(n, 'autre ligne', 'autres lignes')}`,
    fields: columnFields,
  },
  outreach: {
    label: 'Mobilisation',
    invite: 'Inviter',
    inviteTitle: 'Inviter des contacts à signer',
    inviteHint:
      'Tous les contacts qui correspondent à tous les filtres remplis ; laissez un filtre vide pour ne pas restreindre selon ce critère.',
    tags: 'Avec l’une de ces étiquettes',
    countries: 'Dans l’un de ces pays',
    sectors: 'Dans l’un de ces secteurs',
    commaHint: 'Séparés par des virgules',
    signed: 'Ou tous les signataires de',
    signedNone: '—',
    invited: (added: number, already: number) =>
      `${plural(added, 'contact invité', 'contacts invités')}${already ? ` ; ${num(already)} ${pick(already, 'déjà invité', 'déjà invités')}` : ''}.`,
    filter: 'Afficher',
    all: 'Tous',
    needsReminder: 'À relancer',
    reminderDays: 'Jours sans réponse',
    statuses: { invited: 'Invité', reminded: 'Relancé', signed: 'A signé', declined: 'A refusé', no_answer: 'Sans réponse' },
    emptyTitle: 'Aucune invitation pour l’instant',
    emptyText:
      'Invitez des organisations par étiquette, par pays ou par secteur, ou tous les signataires d’une déclaration précédente.',
    noneNeedReminder: 'Personne n’est à relancer.',
    name: 'Contact',
    email: 'E-mail',
    status: 'Statut',
    lastMessage: 'Dernier message',
    markReminded: 'Relancé',
    markDeclined: 'A refusé',
    markNoAnswer: 'Sans réponse',
    answered: (name: string, status: string) => `${name} : ${status}.`,
    reopened: (name: string) => `${name} : de nouveau en attente de réponse.`,
    undo: 'Annuler',
    message: 'Message',
    purpose: 'Message',
    purposes: { invitation: 'Invitation', reminder: 'Relance' },
    template: 'Modèle',
    templateOf: (language: string) => `Modèle de la version (${language})`,
    templateHint:
      'Champs de fusion : {{contact_name}}, {{organization}}, {{statement_title}}, {{deadline}}, {{statement_text}}',
    templateSignOff: 'Votre nom et votre organisation, indiqués dans les paramètres, terminent chaque message.',
    version: 'Version',
    byContact: 'Selon la langue de chaque contact',
    versionOption: (language: string, title: string) => `${language} : ${title}`,
    byContactHint:
      'Chaque contact reçoit la version dans la langue de son pays quand elle existe, sinon l’original.',
    subject: 'Objet',
    body: 'Texte',
    saveTemplate: 'Enregistrer le modèle',
    templateSaved: 'Modèle enregistré.',
    preview: (name: string) => `Message pour ${name}`,
    copy: 'Copier',
    copied: 'Copié dans le presse-papiers.',
    openMail: 'Ouvrir dans la messagerie',
    noEmail: 'Aucune adresse e-mail enregistrée pour ce contact.',
    saveEml: (n: number) => `Enregistrer ${plural(n, 'message', 'messages')} en .eml…`,
    pickFolder: 'Choisissez le dossier des messages',
    savedEml: (n: number, folder: string) =>
      `${plural(n, 'message enregistré', 'messages enregistrés')} dans ${folder}.`,
    close: 'Fermer',
  },
  overview: {
    label: 'Où en sommes-nous',
    signedBy: (orgs: number, people: number, countries: number) =>
      `${plural(orgs, 'organisation', 'organisations')} et ${plural(people, 'individu', 'individus')} de ${plural(countries, 'pays', 'pays')}`,
    goal: (confirmed: number, goal: number) => `${num(confirmed)} sur ${plural(goal, 'signataire', 'signataires')}`,
    noGoal: 'Aucun objectif fixé ; fixez-en un dans les informations de la déclaration.',
    deadline: 'Date limite',
    noDeadline: 'Aucune date limite fixée.',
    review: 'Vérification',
    invitations: 'Invitations',
    byCountry: 'Par pays',
    bySector: 'Par secteur',
    noCountry: 'Pays non renseigné',
    noSector: 'Secteur non renseigné',
    others: (n: number) => `${plural(n, 'autre', 'autres')} — tout afficher`,
    empty: 'Les signataires confirmés seront comptés ici.',
    outdated: (n: number) => `${plural(n, 'signataire a', 'signataires ont')} signé un texte antérieur`,
    chartLabel: (label: string, n: number) => `${label} : ${num(n)}`,
  },
  duplicates: {
    notDuplicate: 'Pas un doublon',
    dismissed: (a: string, b: string) => `« ${a} » et « ${b} » ne seront plus proposés comme doublons.`,
    none: 'Aucun doublon possible trouvé.',
    noneHint:
      'Les fiches qui ont le même nom, un sigle correspondant à un nom, le même e-mail ou le même domaine web, ou des noms très proches apparaissent ici.',
    loading: 'Recherche des doublons…',
    likely: { high: 'Très probablement identiques', medium: 'Probablement identiques', low: 'Peut-être identiques' },
    sameName: 'Même nom',
    acronym: (a: string) => `Sigle ${a}`,
    sameEmail: (e: string) => `Même e-mail ${e}`,
    sameDomain: (d: string) => `Même domaine ${d}`,
    similarName: 'Noms proches',
    review: 'Examiner et fusionner…',
    mergeTitle: 'Fusionner deux fiches',
    mergeHint:
      'Choisissez la valeur à garder pour chaque champ. Les signatures, invitations, personnes et étiquettes des deux fiches sont conservées, sur la fiche gardée.',
    keepThis: 'Garder cette fiche',
    merge: 'Fusionner',
    merging: 'Fusion…',
    merged: (name: string, endorsements = 0) =>
      endorsements === 0
        ? `Fiches fusionnées dans « ${name} ».`
        : `Fiches fusionnées dans « ${name} ». ${plural(endorsements, 'déclaration signée', 'déclarations signées')} par les deux ${pick(endorsements, 'ne compte', 'ne comptent')} plus qu’une signature ; l’autre est consignée comme fusionnée.`,
    undone: 'La fusion a été annulée.',
    field: 'Champ',
  },
  textLength: {
    over: (length: number, max: number) => `Le titre compte ${length.toLocaleString('fr')} caractères ; le maximum est ${max.toLocaleString('fr')}.`,
    near: (length: number, max: number) => `${length.toLocaleString('fr')} caractères sur ${max.toLocaleString('fr')}`,
  },
  unlock: {
    title: 'Cette base de données est chiffrée',
    text: 'Saisissez sa phrase de passe pour l’ouvrir. Undersigned ne la garde que tant que la fenêtre est ouverte.',
    passphrase: 'Phrase de passe',
    open: 'Ouvrir',
    opening: 'Ouverture…',
  },
  sharing: {
    title: 'Partager avec d’autres organisateurs',
    intro:
      'Plusieurs organisateurs peuvent tenir ensemble les données de cette coalition, chacun sur son ordinateur et sans serveur, grâce à un dossier qu’un outil de synchronisation (Syncthing, Nextcloud, un lecteur partagé) garde identique sur chaque ordinateur. Ce qu’Undersigned dépose dans ce dossier est chiffré avec la clé du partage ; le fichier d’invitation porte la clé.',
    setupFirst: 'Préparez d’abord un dossier que votre outil de synchronisation garde sur l’ordinateur de chaque organisateur. Commencer un partage demande ce dossier, puis où enregistrer le fichier d’invitation.',
    joinWarning: 'Rejoindre un partage partage avec tous ce que cette base de données contient déjà.',
    settled: 'Réglé. Les autres ordinateurs suivent à leur prochaine synchronisation.',
    unsent: (n: number) => `Modifications faites ici pas encore envoyées : ${n.toLocaleString('fr')}. Synchronisez d’abord pour les partager.`,
    heldBack: 'Ses prochains fichiers attendent :',
    notShared: 'Cette base de données n’est pas partagée.',
    deviceName: 'Le nom de cet ordinateur, tel que les autres le voient',
    start: 'Commencer un partage…',
    join: 'Rejoindre avec une invitation…',
    chooseFolder: 'Choisir le dossier partagé',
    saveInvitation: 'Enregistrer l’invitation',
    openInvitation: 'Ouvrir le fichier d’invitation',
    started: (folder: string, file: string) =>
      `Partage dans ${folder}. L’invitation a été enregistrée sous ${file} : remettez-la à chaque organisateur en privé (qui la détient peut lire les données partagées) ; ils choisissent Rejoindre avec une invitation.`,
    joined: (folder: string) => `Partage rejoint dans ${folder}.`,
    folder: 'Dossier partagé',
    computers: 'Ordinateurs du partage',
    /** A computer named in a label, when it is this one. */
    here: 'cet ordinateur',
    thisComputer: '(cet ordinateur)',
    files: (applied: number, total: number) => `fichiers : ${applied.toLocaleString('fr')} sur ${total.toLocaleString('fr')}`,
    lastSync: 'Dernière synchronisation',
    never: 'jamais',
    pendingChanges: 'Modifications pas encore envoyées',
    pendingFiles: 'Fichiers pas encore reçus',
    syncNow: 'Synchroniser maintenant',
    syncing: 'Synchronisation…',
    synced: (sent: number, received: number) =>
      `Synchronisé : ${sent.toLocaleString('fr')} envoyées, ${received.toLocaleString('fr')} reçues.`,
    folderMissing: 'Le dossier partagé manque ou contient un autre partage. Vérifiez qu’il est là et que l’outil de synchronisation tourne.',
    problem: 'La dernière synchronisation a échoué :',
    review: 'À examiner',
    nothingToReview: 'Rien à examiner.',
    columns: { title: 'titre', subtitle: 'sous-titre', body: 'texte' } as Record<string, string>,
    concurrent: (column: string, about: string) => `Le ${column} de « ${about} » a été modifié sur deux ordinateurs en même temps.`,
    duplicate: (about: string) => `« ${about} » a été créé sur deux ordinateurs ; le plus récent a été mis de côté.`,
    kept: (by: string) => `En usage (${by})`,
    other: (by: string) => `Écarté (${by})`,
    anotherComputer: 'un autre ordinateur',
    keepKept: 'Garder celui-ci',
    keepOther: 'Prendre celle-ci',
    acknowledge: 'Compris',
    leave: 'Arrêter le partage…',
    leaveConfirm:
      'Arrêter de partager cette base de données ? Ses données restent ici ; cet ordinateur n’envoie ni ne reçoit plus de modifications, et le dossier reste tel quel.',
    leaveYes: 'Arrêter le partage',
    cancel: 'Annuler',
    left: 'Cette base de données n’est plus partagée.',
    line: {
      missing: 'Synchronisation impossible : le dossier partagé manque',
      held: 'Des fichiers n’ont pas pu être reçus : voir Paramètres',
      synced: (when: string) => `Synchronisé ${when}`,
      notYet: 'Pas encore synchronisé',
      failed: 'Échec de la synchronisation : voir Paramètres',
      review: (n: number) => `À examiner : ${n.toLocaleString('fr')}`,
    },
  },
  encryption: {
    title: 'Chiffrement',
    encrypted:
      'Cette base de données et ses sauvegardes sont chiffrées : sans la phrase de passe, un ordinateur perdu ou saisi ne montre rien de qui a signé. Undersigned la demande à chaque lancement.',
    plain:
      'Cette base de données est enregistrée en clair : toute personne qui a accès aux fichiers de cet ordinateur peut lire qui a signé, y compris les personnes qui ont demandé à ne pas être nommées.',
    start: 'Chiffrer cette base de données…',
    passphrase: 'Nouvelle phrase de passe',
    again: 'La même phrase de passe, une seconde fois',
    warning:
      'Une phrase de passe oubliée ne peut être retrouvée ni par vous ni par personne : les signataires, les contacts et les sauvegardes seraient perdus. Notez-la et gardez-la en lieu sûr.',
    encrypt: 'Chiffrer',
    encrypting: 'Chiffrement de la base de données et de ses sauvegardes…',
    cancel: 'Annuler',
    differ: 'Les deux phrases de passe sont différentes. Saisissez-les de nouveau.',
    done: (backups: number) =>
      backups === 0
        ? 'Base chiffrée. La fenêtre se rouvre.'
        : `Base chiffrée, avec ${plural(backups, 'sauvegarde', 'sauvegardes')}. La fenêtre se rouvre.`,
    strength: {
      short: (min: number) => `Trop courte : au moins ${plural(min, 'caractère', 'caractères')}.`,
      fair: 'Correcte. Plus elle est longue, plus elle est solide : quatre ou cinq mots ordinaires font une bonne phrase de passe.',
      strong: 'Solide.',
    },
    protects:
      'Le chiffrement protège les fichiers stockés sur l’ordinateur. Il ne protège pas une fenêtre laissée ouverte et déverrouillée, les fichiers que vous exportez (ils sont faits pour être publiés), ni ce qu’un autre programme lit dans la mémoire pendant qu’Undersigned fonctionne.',
    commandLine: 'Pour la déchiffrer ou changer sa phrase de passe, quittez Undersigned et utilisez',
  },
  /** Failures by core's key (`ErrorReport.key`); a key not here is shown by core's English message. */
  errors: {
    'store.not_a_database': (p: Params) =>
      `${p.path} n’est pas une base de données Undersigned : ce n’est pas un fichier SQLite. Rien n’y a été modifié. Choisissez un autre fichier, ou déplacez celui-ci ailleurs pour créer une nouvelle base de données à cet emplacement.`,
    'store.foreign_database': (p: Params) =>
      `${p.path} appartient à un autre programme ; ce n’est pas une base de données Undersigned. Rien n’y a été modifié. Choisissez un autre fichier.`,
    'store.corrupt': (p: Params) =>
      `La base de données ${p.path} est endommagée (${p.detail}). Rien n’y a été modifié. Restaurez-la à partir d’une sauvegarde, ou déplacez-la ailleurs pour en créer une nouvelle.`,
    'store.locked': (p: Params) =>
      `${capitalize(theFile(p.path))} est occupée : un autre programme la garde verrouillée. Rien n’a été enregistré ; attendez qu’il ait terminé ou fermez-le, puis réessayez.`,
    'store.read_only': (p: Params) =>
      `${capitalize(theFile(p.path))} est en lecture seule : rien ne peut y être enregistré. Quittez Undersigned, rendez le fichier et son dossier modifiables, puis relancez Undersigned.`,
    'store.no_database': (p: Params) =>
      `Il n’y a pas de base de données à l’emplacement ${p.path}. Vérifiez que le chemin ne contient pas de faute de frappe.`,
    'store.cannot_open': (p: Params) =>
      `Impossible d’ouvrir la base de données ${p.path} : ${p.reason}. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.`,
    'store.too_new': (p: Params) =>
      `La base de données ${p.path} a été écrite par une version plus récente d’Undersigned (schéma ${p.found} ; cette version-ci va jusqu’au schéma ${p.supported}). Rien n’y a été modifié. Mettez Undersigned à jour pour l’ouvrir.`,
    'store.read_only_outdated': (p: Params) =>
      `La base de données ${p.path} est en lecture seule et a été créée par une version plus ancienne d’Undersigned (schéma ${p.found} ; cette version-ci a besoin du schéma ${p.needed}). Rendez-la modifiable pour qu’elle puisse être mise à jour, puis relancez Undersigned.`,
    'store.migration': (p: Params) =>
      `La mise à jour de la base de données vers le schéma ${p.version} (${p.name}) a échoué. Rien n’a été modifié.`,
    'store.migration_changed': (p: Params) =>
      `La base de données ${p.path} a été préparée avec l’étape de schéma ${p.version} (${p.name}) par une autre compilation d’Undersigned. Rien n’a été modifié ; ouvrez-la avec la compilation qui l’a créée, et signalez ce problème.`,
    'store.migration_broke_links': (p: Params) =>
      `La mise à jour de la base de données vers le schéma ${p.version} (${p.name}) romprait des liens entre fiches : ${p.detail}. Rien n’a été modifié ; merci de signaler ce problème.`,
    'store.backup_before_migration': (p: Params) =>
      `La base de données ${p.path} doit être mise à jour, mais la sauvegarde faite au préalable a échoué (${p.reason}). Rien n’a été modifié ; libérez de l’espace disque ou rendez son dossier modifiable, puis relancez Undersigned.`,
    'store.encrypted': (p: Params) => `${p.path} est chiffrée, ou n’est pas une base de données. S’il s’agit d’une base Undersigned chiffrée, saisissez sa phrase de passe pour l’ouvrir.`,
    'store.wrong_passphrase': () => 'Phrase de passe incorrecte ; rien n’a été modifié. Saisissez-la de nouveau, exactement comme elle a été choisie.',
    'store.already_encrypted': () => 'Cette base de données est déjà chiffrée. Pour choisir une autre phrase de passe, changez-la.',
    'store.not_encrypted': () => 'Cette base de données n’est pas chiffrée ; rien n’a été modifié.',
    'share.not_shared': () => 'Cette base de données n’est pas partagée. Commencez un partage, ou rejoignez-en un avec une invitation.',
    'share.already_shared': (p: Params) => `Cette base de données est déjà partagée (dossier ${p.folder}). Quittez d’abord ce partage pour en commencer ou en rejoindre un autre.`,
    'share.folder_taken': (p: Params) => `${p.folder} contient déjà un autre partage. Choisissez un dossier vide, ou rejoignez celui-ci avec son invitation.`,
    'share.wrong_folder': (p: Params) => `${p.folder} n’est pas le dossier de ce partage. Choisissez le dossier pour lequel l’invitation a été faite.`,
    'share.bad_invitation': (p: Params) => `${p.path} n’est pas une invitation Undersigned (${p.detail}). Redemandez le fichier d’invitation.`,
    'share.write': (p: Params) => `Impossible d’écrire ${p.path} : ${p.detail}. Vérifiez que le dossier existe et qu’on peut y écrire, puis réessayez.`,
    'share.read': (p: Params) => `Impossible de lire ${p.path} : ${p.detail}. Vérifiez que le dossier est là, puis synchronisez à nouveau.`,
    'share.unreadable': (p: Params) => `${p.path} ne s’ouvre pas avec la clé de ce partage : il a été abîmé en chemin, ou n’appartient pas à ce partage. Il n’a pas été appliqué, ni les fichiers suivants du même ordinateur ; tout le reste a été reçu. Un fichier abîmé revient entier avec l’outil de synchronisation ; un fichier étranger à ce partage peut être retiré du dossier.`,
    'share.apply': (p: Params) => `${p.path} n’a pas pu être appliqué (${p.detail}). Il a été laissé de côté, avec les fichiers suivants du même ordinateur, et tout le reste a été reçu. Demandez à son auteur de mettre Undersigned à jour et de synchroniser à nouveau.`,
    'share.folder_missing': (p: Params) => `Le dossier partagé ${p.folder} n’est pas là ; rien n’a été modifié. S’il a été déplacé ou si son outil de synchronisation s’est arrêté, remettez-le en place, puis synchronisez à nouveau.`,
    'share.no_conflict': (p: Params) => `Aucun conflit ${p.id} n’est ouvert.`,
    'store.weak_passphrase': (p: Params) => `Une phrase de passe doit compter au moins ${p.min} caractères. Oubliée, elle ne peut pas être retrouvée : choisissez des mots dont vous vous souviendrez.`,
    'store.in_use': () => 'La base de données est ouverte dans un autre programme (une autre fenêtre d’Undersigned, ou undersigned-cli). Fermez-le, puis réessayez. Rien n’a été modifié.',
    'store.conversion_failed': (p: Params) => `La copie convertie de ${p.path} n’a pas passé la vérification (${p.detail}). Elle a été supprimée ; la base de données est inchangée.`,
    'store.disk_full': (p: Params) =>
      `Le disque qui contient ${p.path || 'la base de données'} est plein ; rien n’a été enregistré. Libérez de l’espace sur ce disque, puis réessayez.`,
    'text.control_character': (p: Params) =>
      `${capitalize(fieldName(p.field))} ${fieldVerb(p.field, 'contient', 'contiennent')} un caractère de contrôle invisible (${p.code}) à la position ${num(p.position)}. Supprimez-le et retapez le texte.`,
    'text.too_long': (p: Params) =>
      `${capitalize(fieldName(p.field))} ${fieldVerb(p.field, 'compte', 'comptent')} ${countOf(p.chars, 'caractère', 'caractères')} ; la limite est de ${num(p.max)}.`,
    'text.bad_language': (p: Params) =>
      `« ${p.tag} » n’est pas un code de langue. Utilisez-en un comme en, fr, ar, pt-BR ou zh-Hant.`,
    'country.empty': () => 'Aucun pays n’a été indiqué.',
    'country.unknown': (p: Params) =>
      `« ${p.typed} » n’est pas un pays connu d’Undersigned. Écrivez son nom ou son code à deux lettres.`,
    'country.ambiguous': (p: Params) => `« ${p.typed} » peut désigner ${p.options}. Précisez lequel.`,
    'statement.empty_title': () => 'Une déclaration doit avoir un titre. Tapez-en un et réessayez.',
    'statement.not_found': () =>
      'Cette déclaration n’existe plus ; elle a peut-être été supprimée, ou effacée définitivement.',
    'statement.in_trash': () => 'La déclaration est dans la corbeille. Restaurez-la d’abord pour la modifier.',
    'statement.not_in_trash': () =>
      'La déclaration n’est pas dans la corbeille. Placez-la d’abord dans la corbeille, puis videz celle-ci.',
    'statement.bad_date': (p: Params) =>
      `« ${p.value} » n’est pas une date. Écrivez-la sous la forme YYYY-MM-DD, par exemple 2026-12-18.`,
    'statement.bad_status': (p: Params) => `« ${p.value} » n’est pas un statut.`,
    'statement.needs_confirmation': (p: Params) =>
      `${countOf(p.count, 'signature a été enregistrée', 'signatures ont été enregistrées')} pendant que la déclaration était ouverte. Confirmez pour la remettre en brouillon.`,
    'statement.no_revision': (p: Params) =>
      `Il n’y a pas de version ${p.number} de cette déclaration ; elle en compte ${num(p.count)}.`,
    'statement.not_a_translation': () => 'Cette déclaration n’est pas une traduction.',
    'statement.import': (p: Params) => `Le fichier n’a pas pu être importé : ${p.reason}`,
    'backup.no_file': () => 'Une base de données conservée uniquement en mémoire n’a pas de fichier à sauvegarder.',
    'backup.write': (p: Params) =>
      `La sauvegarde ${p.path} n’a pas pu être écrite : ${p.reason}. Vérifiez que le dossier est accessible en écriture et qu’il reste de la place sur le disque.`,
    'backup.unsound': (p: Params) =>
      `La sauvegarde qui vient d’être écrite dans ${p.path} n’a pas passé la vérification (${p.detail}) et a été supprimée. La base de données elle-même n’a pas changé ; réessayez, et vérifiez le disque si le problème se reproduit.`,
    'backup.no_such_backup': (p: Params) =>
      `Il n’y a pas de sauvegarde nommée « ${p.name} » ; elle a peut-être été supprimée.`,
    'backup.not_restorable': (p: Params) => `Impossible de restaurer ${p.path} : ${p.reason}. Rien n’a été modifié.`,
    'backup.other_database': (p: Params) =>
      `${p.path} est une sauvegarde d’une autre base de données, pas de ${p.database}. Rien n’a été modifié. Restaurez-la dans la base de données à partir de laquelle elle a été faite.`,
    'contact.empty_name': () => 'Un contact doit avoir un nom. Tapez-en un et réessayez.',
    'contact.no_letters': (p: Params) =>
      `« ${p.name} » ne contient ni lettre ni chiffre : il s’imprimerait comme une ligne vide. Tapez le nom du contact.`,
    'contact.not_found': (p: Params) =>
      `${capitalize(thisKind(p.kind))} n’existe plus ; ${kindForm(p.kind, 'il', 'elle')} a peut-être été ${kindForm(p.kind, 'supprimé, ou effacé', 'supprimée, ou effacée')} définitivement.`,
    'contact.in_trash': (p: Params) =>
      `${capitalize(theKind(p.kind))} est dans la corbeille. Restaurez-${kindForm(p.kind, 'le', 'la')} d’abord pour ${kindForm(p.kind, 'le', 'la')} modifier.`,
    'contact.not_in_trash': (p: Params) =>
      `${capitalize(theKind(p.kind))} n’est pas dans la corbeille. Placez-${kindForm(p.kind, 'le', 'la')} d’abord dans la corbeille, puis videz celle-ci.`,
    'contact.merge': (p: Params) => `Ces contacts ne peuvent pas être fusionnés : ${p.reason}`,
    'contact.no_backup': (p: Params) =>
      `Aucune sauvegarde n’a pu être faite avant ${backupBefore[p.what] ?? `« ${p.what} »`}, donc rien n’a été modifié : ${p.source}`,
    'contact.write': (p: Params) =>
      `Les contacts n’ont pas pu être exportés : ${p.reason}. Vérifiez qu’il reste de la place sur le disque et que le dossier est accessible en écriture.`,
    'sign_on.empty_name': () => 'Un signataire doit avoir un nom. Tapez-en un et réessayez.',
    'sign_on.no_letters': (p: Params) =>
      `« ${p.name} » ne contient ni lettre ni chiffre : il s’imprimerait comme une ligne vide. Tapez le nom du signataire.`,
    'sign_on.bad_date': (p: Params) =>
      `« ${p.value} » n’est pas une date. Écrivez-la sous la forme YYYY-MM-DD, par exemple 2026-12-18.`,
    'sign_on.not_found': () =>
      'Cette signature n’existe plus ; elle a peut-être été supprimée, ou effacée définitivement.',
    'sign_on.in_trash': () => 'La signature est dans la corbeille. Restaurez-la d’abord pour la modifier.',
    'sign_on.not_in_trash': () =>
      'La signature n’est pas dans la corbeille. Placez-la d’abord dans la corbeille, puis videz celle-ci.',
    'sign_on.transition': (p: Params) =>
      `Le statut d’une signature ne peut pas passer de « ${signOnStatuses[p.from] ?? p.from} » à « ${signOnStatuses[p.to] ?? p.to} ». Une signature en attente peut être confirmée ou rejetée ; une signature confirmée peut être retirée.`,
    'sign_on.already_endorsed': (p: Params) => `${p.name} a déjà signé cette déclaration.`,
    'sign_on.needs_affiliation': () =>
      '« Organisation seulement » imprime le nom de l’organisation à la place de celui de la personne : il faut donc une organisation. Tapez-en une, ou choisissez une autre façon de faire figurer la personne dans la liste.',
    'sign_on.kind_mismatch': (p: Params) =>
      `${capitalize(aKind(p.kind))} ne peut pas signer en tant ${asKind(p.wanted)} ; choisissez l’autre type.`,
    'sign_on.invitation': (p: Params) => `L’invitation n’a pas pu être créée : ${p.reason}`,
    'sign_on.intake': (p: Params) => `Rien n’a été ajouté : ${p.reason}`,
    'sign_on.cancelled': () => 'L’importation a été annulée ; rien n’a été ajouté.',
    'signing.weak_passphrase': () =>
      'Une clé de signature demande une phrase de passe d’au moins 8 caractères. Choisissez-en une plus longue.',
    'signing.bad_key': (p: Params) => `${p.file} ne peut pas servir de clé : ${p.reason}`,
    'signing.wrong_passphrase': () => 'Cette phrase de passe ne déverrouille pas la clé. Retapez-la.',
    'signing.bad_signature': (p: Params) => `${p.file} n’est pas une signature : ${p.reason}`,
    'signing.no_signature': (p: Params) =>
      `${p.file} n’est accompagné d’aucune signature (${p.signature} ne se trouve pas dans son dossier). Vérifiez la copie qui a sa signature, ou exportez-le à nouveau avec l’option « Signer avec la clé de l’organisation ».`,
    'signing.io': (p: Params) => `Impossible de lire ou d’écrire ${p.file} : ${p.reason}`,
    'export.missing_glyph': (p: Params) =>
      `Aucune police installée ne peut imprimer « ${p.character} » (${p.code}) dans ${glyphPlace(p.place)}. Corrigez le texte ou, si ces caractères doivent y figurer, installez une police qui les contient.`,
    'export.write': (p: Params) =>
      `Impossible d’écrire ${p.file} : ${p.reason}. Vérifiez que le dossier existe et qu’il est accessible en écriture.`,
    'import.cancelled': () => 'L’importation a été annulée ; rien n’a été ajouté.',
    'import.no_name_column': () =>
      'Aucune colonne ne contient de nom. Choisissez « Organisation » ou « Nom de la personne » pour l’une d’elles.',
    'import.mapping_length': (p: Params) =>
      `Les choix portent sur ${countOf(p.given, 'colonne', 'colonnes')}, mais le fichier en compte ${num(p.columns)}. Chargez de nouveau le fichier.`,
    'import.not_a_contact_field': (p: Params) =>
      `La colonne ${num(p.column)} (« ${p.header} ») contient une donnée que les contacts ne conservent pas (${p.field}). Choisissez-lui un autre champ.`,
    'read.io': (p: Params) => `Impossible de lire « ${p.file} » : ${p.reason}`,
    'read.too_big': (p: Params) =>
      `« ${p.file} » fait ${num(p.mb)} Mo ; le maximum est de 200 Mo. Découpez-le en plusieurs fichiers et importez-les un par un.`,
    'read.empty': (p: Params) => `« ${p.file} » est vide.`,
    'read.headers_only': (p: Params) => `« ${p.file} » ne contient qu’une ligne d’en-tête, sans rien en dessous.`,
    'read.not_a_table': (p: Params) =>
      `« ${p.file} » n’est ni un tableur ni un fichier texte (on dirait ${fileLooks[p.what] ?? p.what}). Enregistrez-le depuis son programme au format CSV ou XLSX.`,
    'read.zip_bomb': (p: Params) =>
      `« ${p.file} » se décompresse en bien plus qu’un tableur n’en contient jamais (${p.detail}) ; il a donc été refusé.`,
    'read.too_large': (p: Params) =>
      `Une fois décompressé, « ${p.file} » représente ${p.detail}, plus qu’une importation ne peut en contenir. Découpez-le en fichiers plus petits et importez-les un par un.`,
    'read.spreadsheet': (p: Params) =>
      `Impossible de lire le tableur « ${p.file} » : ${p.reason}. Ouvrez-le dans votre logiciel de tableur et enregistrez-le de nouveau.`,
    'read.unclosed_quote': (p: Params) =>
      `« ${p.file} », ligne ${num(p.row)} : une cellule entre guillemets n’est jamais fermée (le guillemet s’ouvre à la colonne ${num(p.column)}). Fermez le guillemet, ou enregistrez de nouveau le fichier depuis votre tableur.`,
    'read.too_many_cells': (p: Params) =>
      `« ${p.file} », ligne ${num(p.row)} : ${countOf(p.cells, 'cellule', 'cellules')}, alors que la ligne d’en-tête en compte ${num(p.headers)}. Cherchez dans cette ligne un séparateur placé hors des guillemets.`,
    'read.cell_too_long': (p: Params) =>
      `« ${p.file} », ligne ${num(p.row)}, colonne ${num(p.column)} : une cellule compte ${countOf(p.chars, 'caractère', 'caractères')} ; le maximum est de ${num(100_000)}.`,
    'read.too_many_columns': (p: Params) =>
      `« ${p.file} » compte ${countOf(p.columns, 'colonne', 'colonnes')} ; le maximum est de 500.`,
    'read.nul': (p: Params) =>
      `« ${p.file} », ligne ${num(p.line)} : le fichier contient un caractère NUL, ce qu’un texte ne contient jamais. Il est peut-être endommagé, ou ce n’est pas du texte.`,
    'read.unclosed_card': (p: Params) =>
      `« ${p.file} », ligne ${num(p.line)} : une fiche de contact n’est pas fermée par END:VCARD.`,
    'review.gone': () =>
      'Le fichier ou la liste de cette vérification n’est plus ouvert. Collez de nouveau la liste ou choisissez de nouveau le fichier.',
    'review.stale': () =>
      'Des contacts ou des signatures ont changé après la préparation de cette vérification, donc rien n’a été ajouté. Examinez la nouvelle vérification et relancez l’ajout.',
  },
};
