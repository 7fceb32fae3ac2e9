// The window's words in Arabic (Modern Standard Arabic). Same shape as the
// English catalog (`Messages`); the window mirrors itself (`dir: 'rtl'`).

import type { Messages } from './en';

/**
 * Numbers as the Arabic locale writes them. A failure's details arrive as
 * text: digits-only text is written as a number, anything else as it is.
 */
const num = (n: number | string) =>
  typeof n === 'number' ? n.toLocaleString('ar') : /^\d+$/.test(n) ? Number(n).toLocaleString('ar') : n;

/**
 * A name, title, file or other run that may be in Latin script, isolated
 * (FSI … PDI) so that the surrounding Arabic punctuation stays in its place.
 */
const iso = (s: string) => `\u2068${s}\u2069`;
/** The same, in Arabic quotation marks. */
const q = (s: string) => `«${iso(s)}»`;
/** Code-like text (".docx", "{{deadline}}") always laid out left to right. */
const ltr = (s: string) => `\u2066${s}\u2069`;

/**
 * The forms a counted noun takes after a number: Arabic has six plural
 * categories (zero, one, two, few 3–10, many 11–99, other 100, 1000…).
 * `zero`, `one` and `two` are whole phrases (no number is written); `few`,
 * `many` and `other` follow the number. `twoGen` is the dual after a
 * preposition or a verbal noun (genitive/accusative).
 */
interface Noun {
  zero: string;
  one: string;
  two: string;
  twoGen: string;
  few: string;
  many: string;
  other: string;
}

const arabicPlurals = new Intl.PluralRules('ar');

/**
 * `n` with its noun. `alone`: a phrase on its own ("لا بيانات" for zero);
 * `nom`: inside a sentence, as subject ("٠ بيانات" for zero); `gen`: after a
 * preposition or a verbal noun ("بيانين" for two).
 */
function count(n: number, noun: Noun, use: 'alone' | 'nom' | 'gen' = 'alone'): string {
  switch (arabicPlurals.select(n)) {
    case 'zero':
      return use === 'alone' ? noun.zero : `${num(n)} ${noun.few}`;
    case 'one':
      return noun.one;
    case 'two':
      return use === 'gen' ? noun.twoGen : noun.two;
    case 'few':
      return `${num(n)} ${noun.few}`;
    case 'many':
      return `${num(n)} ${noun.many}`;
    default:
      return `${num(n)} ${noun.other}`;
  }
}

/** A noun with the same words after it in every form ("… قيد الانتظار"). */
const followedBy = (noun: Noun, words: string): Noun => ({
  zero: `${noun.zero} ${words}`,
  one: `${noun.one} ${words}`,
  two: `${noun.two} ${words}`,
  twoGen: `${noun.twoGen} ${words}`,
  few: `${noun.few} ${words}`,
  many: `${noun.many} ${words}`,
  other: `${noun.other} ${words}`,
});

const statement: Noun = { zero: 'لا بيانات', one: 'بيان واحد', two: 'بيانان', twoGen: 'بيانين', few: 'بيانات', many: 'بيانًا', other: 'بيان' };
const signatory: Noun = { zero: 'لا موقِّعين', one: 'موقِّع واحد', two: 'موقِّعان', twoGen: 'موقِّعَين', few: 'موقِّعين', many: 'موقِّعًا', other: 'موقِّع' };
const organization: Noun = { zero: 'لا منظمات', one: 'منظمة واحدة', two: 'منظمتان', twoGen: 'منظمتين', few: 'منظمات', many: 'منظمة', other: 'منظمة' };
const person: Noun = { zero: 'لا أشخاص', one: 'شخص واحد', two: 'شخصان', twoGen: 'شخصين', few: 'أشخاص', many: 'شخصًا', other: 'شخص' };
const individual: Noun = { zero: 'لا أفراد', one: 'فرد واحد', two: 'فردان', twoGen: 'فردين', few: 'أفراد', many: 'فردًا', other: 'فرد' };
const country: Noun = { zero: 'لا دول', one: 'دولة واحدة', two: 'دولتان', twoGen: 'دولتين', few: 'دول', many: 'دولة', other: 'دولة' };
const contact: Noun = { zero: 'لا جهات اتصال', one: 'جهة اتصال واحدة', two: 'جهتا اتصال', twoGen: 'جهتي اتصال', few: 'جهات اتصال', many: 'جهة اتصال', other: 'جهة اتصال' };
const newContact: Noun = {
  zero: 'لا جهات اتصال جديدة',
  one: 'جهة اتصال جديدة واحدة',
  two: 'جهتا اتصال جديدتان',
  twoGen: 'جهتي اتصال جديدتين',
  few: 'جهات اتصال جديدة',
  many: 'جهة اتصال جديدة',
  other: 'جهة اتصال جديدة',
};
const row: Noun = { zero: 'لا صفوف', one: 'صف واحد', two: 'صفان', twoGen: 'صفين', few: 'صفوف', many: 'صفًّا', other: 'صف' };
const newRow: Noun = { zero: 'لا صفوف جديدة', one: 'صف جديد واحد', two: 'صفان جديدان', twoGen: 'صفين جديدين', few: 'صفوف جديدة', many: 'صفًّا جديدًا', other: 'صف جديد' };
const duplicateRow: Noun = { zero: 'لا صفوف مكررة', one: 'صف مكرر واحد', two: 'صفان مكرران', twoGen: 'صفين مكررين', few: 'صفوف مكررة', many: 'صفًّا مكررًا', other: 'صف مكرر' };
const moreRow: Noun = { zero: 'لا صفوف أخرى', one: 'صف آخر', two: 'صفان آخران', twoGen: 'صفين آخرين', few: 'صفوف أخرى', many: 'صفًّا آخر', other: 'صف آخر' };
const change: Noun = { zero: 'لا تغييرات', one: 'تغيير واحد', two: 'تغييران', twoGen: 'تغييرين', few: 'تغييرات', many: 'تغييرًا', other: 'تغيير' };
const word: Noun = { zero: 'لا كلمات', one: 'كلمة واحدة', two: 'كلمتان', twoGen: 'كلمتين', few: 'كلمات', many: 'كلمة', other: 'كلمة' };
const character: Noun = { zero: 'لا أحرف', one: 'حرف واحد', two: 'حرفان', twoGen: 'حرفين', few: 'أحرف', many: 'حرفًا', other: 'حرف' };
const day: Noun = { zero: 'لا أيام', one: 'يوم واحد', two: 'يومان', twoGen: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' };
const match: Noun = { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', twoGen: 'نتيجتين', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' };
const endorsement: Noun = { zero: 'لا تأييدات', one: 'تأييد واحد', two: 'تأييدان', twoGen: 'تأييدين', few: 'تأييدات', many: 'تأييدًا', other: 'تأييد' };
const signOn: Noun = { zero: 'لا توقيعات', one: 'توقيع واحد', two: 'توقيعان', twoGen: 'توقيعين', few: 'توقيعات', many: 'توقيعًا', other: 'توقيع' };
const pendingSignOn = followedBy(signOn, 'قيد الانتظار');
const message: Noun = { zero: 'لا رسائل', one: 'رسالة واحدة', two: 'رسالتان', twoGen: 'رسالتين', few: 'رسائل', many: 'رسالة', other: 'رسالة' };
const file: Noun = { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفان', twoGen: 'ملفين', few: 'ملفات', many: 'ملفًّا', other: 'ملف' };
const language: Noun = { zero: 'لا لغات', one: 'لغة واحدة', two: 'لغتان', twoGen: 'لغتين', few: 'لغات', many: 'لغة', other: 'لغة' };
const backup: Noun = { zero: 'لا نسخ احتياطية', one: 'نسخة احتياطية واحدة', two: 'نسختان احتياطيتان', twoGen: 'نسختين احتياطيتين', few: 'نسخ احتياطية', many: 'نسخة احتياطية', other: 'نسخة احتياطية' };

/** What a spreadsheet column may hold, for contacts and sign-ons alike. */
const columnFields = {
  ignore: 'استبعاد',
  kind: 'منظمة أو فرد',
  organization: 'المنظمة',
  acronym: 'الاختصار',
  person: 'اسم الشخص',
  role: 'المنصب',
  affiliation: 'المنصب والمنظمة',
  email: 'البريد الإلكتروني',
  phone: 'الهاتف',
  city: 'المدينة',
  country: 'الدولة',
  sector: 'القطاع',
  website: 'الموقع الإلكتروني',
  received: 'تاريخ الاستلام',
  notes: 'ملاحظات',
  tags: 'الوسوم',
  consent_contact: 'يقبل التواصل معه (نعم/لا)',
  visibility: 'يقبل ذكر اسمه (نعم/لا)',
};

/** The details of a failure as core names them (`ErrorReport.params`): text, numbers as digits. */
type Params = Record<string, string>;

const column: Noun = { zero: 'لا أعمدة', one: 'عمود واحد', two: 'عمودان', twoGen: 'عمودين', few: 'أعمدة', many: 'عمودًا', other: 'عمود' };
const cell: Noun = { zero: 'لا خلايا', one: 'خلية واحدة', two: 'خليتان', twoGen: 'خليتين', few: 'خلايا', many: 'خلية', other: 'خلية' };

/** A count that arrives as text (a failure's detail) with its noun; text that is not a number stays as it is. */
const countOf = (text: string, noun: Noun, use: 'alone' | 'nom' | 'gen') =>
  /^\d+$/.test(text) ? count(Number(text), noun, use) : `${text} ${noun.other}`;

/**
 * What a text field is called in a sentence about it, by core's name for it:
 * definite, so it reads both after «في» and as the first term of an iḍāfa
 * («طول العنوان»).
 */
const fieldNames: Record<string, string> = {
  title: 'العنوان',
  subtitle: 'العنوان الفرعي',
  place: 'المكان',
  occasion: 'المناسبة',
  issued_by: 'أسطر «صادر عن»',
  label: 'وصف النسخة',
  language: 'اللغة',
  body: 'النص',
  name: 'الاسم',
  short_name: 'الاختصار',
  city: 'المدينة',
  sector: 'القطاع',
  website: 'الموقع الإلكتروني',
  email: 'البريد الإلكتروني',
  phone: 'رقم الهاتف',
  role: 'المنصب',
  notes: 'الملاحظات',
  tag: 'الوسم',
};
const fieldName = (field: string) => fieldNames[field] ?? iso(field);

/** A sign-on's status, as the list of signatories names it. */
const signOnStatuses: Record<string, string> = { pending: 'قيد الانتظار', confirmed: 'مؤكَّد', rejected: 'مرفوض', withdrawn: 'مسحوب' };
const signOnStatus = (status: string) => (status in signOnStatuses ? `«${signOnStatuses[status]}»` : q(status));

/**
 * What kind of record a failure is about: indefinite («منظمة»), definite
 * («المنظمة») and whether it is feminine, for the verbs and demonstratives
 * that agree with it.
 */
const kinds: Record<string, { a: string; the: string; this: string; feminine: boolean }> = {
  organization: { a: 'منظمة', the: 'المنظمة', this: 'هذه المنظمة', feminine: true },
  person: { a: 'شخص', the: 'الشخص', this: 'هذا الشخص', feminine: false },
  individual: { a: 'فرد', the: 'الفرد', this: 'هذا الفرد', feminine: false },
  contact: { a: 'جهة اتصال', the: 'جهة الاتصال', this: 'جهة الاتصال هذه', feminine: true },
  merge: { a: 'عملية دمج', the: 'عملية الدمج', this: 'عملية الدمج هذه', feminine: true },
};
/** A kind core names but this file does not: its name as it came, masculine. */
const kindOf = (kind: string) => kinds[kind] ?? { a: iso(kind), the: iso(kind), this: `هذا ${iso(kind)}`, feminine: false };
/** «لمنظمة», «لشخص»: the kind after the preposition لـ. */
const forKind = (kind: string) => (kind in kinds ? `ل${kinds[kind].a}` : `لـ${iso(kind)}`);

/** What core was about to do when it made a backup first. */
const backupBefore: Record<string, string> = { import: 'الاستيراد', merge: 'الدمج' };

/** What a file that is not a table looks like, as core describes it. */
const fileLooks: Record<string, string> = {
  'a PDF document': 'مستند PDF',
  'an image': 'صورة',
  'a database': 'قاعدة بيانات',
  'a compressed archive': 'أرشيف مضغوط',
  'binary data': 'ملف ثنائي غير نصي',
  'a damaged ZIP archive': 'أرشيف ZIP تالف',
  'a text document': 'مستند نصي',
  'a Word document': 'مستند Word',
  'a ZIP archive': 'أرشيف ZIP',
};

/** Where in an export a character no font has is, from core's English description. */
function placeInExport(place: string): string {
  if (place === 'the statement’s title block' || place === "the statement's title block") return 'ترويسة البيان';
  if (place === 'the statement’s text' || place === "the statement's text") return 'نص البيان';
  const heading = /^the heading “(.*)”$/s.exec(place);
  if (heading) return `عنوان المجموعة ${q(heading[1])}`;
  const signatory = /^the signatory “(.*)”$/s.exec(place);
  if (signatory) return `الموقِّع ${q(signatory[1])}`;
  return iso(place);
}

/** «قاعدة البيانات», or the database at a path when there is one. */
const theFile = (path: string) => (path ? `قاعدة البيانات ${iso(path)}` : 'قاعدة البيانات');
/** A date as core expects it: «… ليس تاريخًا». */
const notADate = (value: string) =>
  `${q(value)} ليس تاريخًا. اكتبه بالشكل ${ltr('YYYY-MM-DD')}، مثلًا ${ltr('2026-12-18')}.`;

export const ar: Messages = {
  locale: 'ar',
  dir: 'rtl',
  common: {
    cancel: 'إلغاء',
    /** Between the parts of a line of details ("Director · Lima · by e-mail"). */
    separator: ' • ',
    /** Between a city and its country. */
    comma: '، ',
  },
  time: {
    justNow: 'قبل لحظات',
  },
  languagePicker: {
    hint: 'اكتب اسم اللغة بالإنجليزية أو باللغة نفسها. وإن لم تكن اللغة مدرجة، فاكتب رمزها، مثل «quc».',
    useTag: (tag: string) => `استخدام رمز اللغة ${q(tag)}`,
    none: 'لا توجد لغة بهذا الاسم. اكتب رمزها لاستخدامها على أي حال.',
    choose: 'اختر لغة الترجمة.',
  },
  app: {
    statements: 'البيانات',
    contacts: 'جهات الاتصال',
    settings: 'الإعدادات',
    sections: 'الأقسام',
    offline: 'غير متصل بالإنترنت. تبقى معلوماتك على هذا الحاسوب.',
    busy: 'برنامج آخر يكتب في قاعدة البيانات؛ جارٍ إعادة المحاولة…',
    fatalTitle: 'تعذّر على Undersigned فتح قاعدة بياناته',
    fatalHintBefore: 'لم يتغيّر شيء. لاستخدام ملف آخر، شغّل Undersigned مع الخيار',
    fatalHintOr: 'أو اضبط متغير البيئة',
    newerSchema:
      'رُقّيت قاعدة البيانات هذه بإصدار أحدث من Undersigned أثناء فتحها؛ لذا أُوقف إجراء التغييرات. أغلق Undersigned وحدّثه.',
    readOnlyFile: 'ملف قاعدة البيانات هذا للقراءة فقط: يمكنك الاطلاع عليه دون تغييره.',
  },
  statements: {
    translationOf: (title: string) => `ترجمة ${q(title)}`,
    title: 'البيانات',
    trashTitle: 'سلة المحذوفات',
    count: (n: number) => count(n, statement),
    trashHint: 'تبقى البيانات المحذوفة هنا إلى أن تستعيدها.',
    trash: 'سلة المحذوفات',
    new: 'بيان جديد',
    newTitle: 'بيان جديد (Ctrl+N)',
    newLabel: 'عنوان البيان الجديد',
    newPlaceholder: 'مثال: بيان مشترك بشأن حقوق العمال المهاجرين',
    create: 'إنشاء',
    back: 'العودة إلى البيانات',
    dismissMessage: 'إخفاء الرسالة',
    loading: 'جارٍ تحميل البيانات…',
    emptyTitle: 'لا توجد بيانات بعد',
    emptyReadOnly: 'لا تحتوي قاعدة البيانات هذه على أي بيان، ولا يمكن إضافة بيانات إليها الآن.',
    emptyText:
      'البيان هو النص الذي توقّع عليه المنظمات. ابدأ بيانًا من هنا، ثم ادعُ المنظمات إلى تأييده.',
    start: 'بدء بيان',
    rename: 'إعادة تسمية البيان',
    renameLabel: (title: string) => `عنوان جديد لـ${q(title)}`,
    save: 'حفظ',
    language: 'اللغة',
    languageNamed: (name: string) => `اللغة: ${name}`,
    changed: 'آخر تعديل',
    open: 'فتح',
    openNamed: (title: string) => `فتح ${q(title)}`,
    renameButton: 'إعادة تسمية',
    renameNamed: (title: string) => `إعادة تسمية ${q(title)}`,
    delete: 'حذف',
    deleteNamed: (title: string) => `حذف ${q(title)}`,
    movedToTrash: (title: string) => `نُقل ${q(title)} إلى سلة المحذوفات.`,
    undo: 'تراجع',
    dismiss: 'إخفاء',
    discardTitle: 'تجاهل العنوان الجديد؟',
    discardMessage: (title: string) => `لم يُحفظ العنوان الذي كنت تكتبه لـ${q(title)}.`,
    keepEditing: 'متابعة التحرير',
    discard: 'تجاهل التغييرات',
    trashLoading: 'جارٍ تحميل سلة المحذوفات…',
    trashEmpty: 'سلة المحذوفات فارغة',
    trashEmptyText: 'عند حذف بيان، ينتظر هنا بكل ما فيه إلى أن تستعيده.',
    deleted: 'حُذف',
    restore: 'استعادة',
    restoreNamed: (title: string) => `استعادة ${q(title)}`,
  },
  deadline: {
    closedYesterday: 'أُغلق أمس',
    closedDaysAgo: (n: number) => `أُغلق قبل ${count(n, day, 'gen')}`,
    lastDay: 'اليوم هو اليوم الأخير',
    daysLeft: (n: number) => (n === 0 ? 'لم يبقَ أي يوم' : `بقي ${count(n, day, 'nom')}`),
    title: (date: string) => `آخر موعد للتوقيع: ${iso(date)}`,
  },
  translation: {
    notYet: (language: string) =>
      `لم تُترجم بعد: ما زالت هذه النسخة باللغة ${language} تحمل كلمات النص الأصلي. ترجم عنوانها ونصها هنا؛ وإلى أن تفعل، تظهر دعواتها وملفاتها المصدَّرة بلغة النص الأصلي.`,
    originalLabel: (language: string) => `الأصل (${language})`,
    translationLabel: (language: string) => `الترجمة (${language})`,
    openOriginal: 'فتح الأصل',
    signOnsWithOriginal: (title: string) =>
      `التوقيعات تابعة للبيان الأصلي ${q(title)}، وتُطبع في كل نسخه اللغوية. وهي معروضة هنا كما هي في الأصل؛ أضفها وراجعها هناك.`,
  },
  status: {
    draft: 'مسودة',
    open: 'مفتوح للتوقيع',
    closed: 'مغلق',
    published: 'منشور',
  },
  drafting: {
    editing: 'جارٍ التحرير…',
    saving: 'جارٍ الحفظ…',
    saved: 'تم الحفظ',
    notSaved: 'لم يُحفظ',
    page: 'البيان',
    back: '→ العودة إلى البيانات',
    translation: 'الترجمة',
    translationOf: 'ترجمة للبيان',
    originalChanged: (version: number | null) =>
      `تغيّر الأصل منذ ${version === null ? 'إنشاء هذه الترجمة' : `النسخة ${num(version)}`}`,
    changesInOriginal: 'التغييرات في الأصل',
    markUpToDate: 'تعليمها كمحدَّثة',
    upToDate: 'محدَّثة وفق الأصل.',
    duplicate: 'إنشاء نسخة مطابقة',
    translate: 'ترجمة…',
    translationLanguage: 'لغة الترجمة',
    createTranslation: 'إنشاء الترجمة',
    text: 'النص',
    counts: (words: number, characters: number) => `${count(words, word, 'nom')}، ${count(characters, character, 'nom')}`,
    loading: 'جارٍ التحميل…',
  },
  details: {
    legend: 'تفاصيل النشر',
    title: 'العنوان',
    subtitle: 'العنوان الفرعي',
    occasion: 'المناسبة',
    issuedBy: 'صادر عن (جهة واحدة في كل سطر)',
    date: 'التاريخ',
    place: 'المكان',
    language: 'اللغة',
    deadline: 'آخر موعد للتوقيع',
    goal: 'العدد المستهدف من الموقِّعين',
    goalWhole: 'يجب أن يكون العدد المستهدف من الموقِّعين عددًا صحيحًا.',
    status: 'الحالة',
    changeAnyway: 'تغيير الحالة على أي حال',
    keepStatus: 'إبقاء الحالة',
    saved: (label: string) => `${label.replace(/ \(.*\)$/, '')}: تم الحفظ`,
  },
  history: {
    /** A version's name, quoted as the language quotes. */
    labelQuoted: (label: string) => `«⁨${label}⁩»`,
    changeCount: (n: number) => count(n, change),
    previousChange: 'التغيير السابق',
    nextChange: 'التغيير التالي',
    folded: (words: number) => `… ${count(words, word, 'nom')} دون تغيير …`,
    title: 'السجل',
    savedVersion: (n: number) => `حُفظت النسخة ${num(n)}`,
    noChanges: (n: number) => `لا تغييرات منذ النسخة ${num(n)}`,
    restored: (from: number, to: number) => `استُعيدت النسخة ${num(from)} بوصفها النسخة ${num(to)}`,
    kindExplicit: 'حفظ يدوي',
    kindPause: 'توقف عن التحرير',
    kindRestore: 'استعادة',
    kindImport: 'استيراد',
    kindStatus: 'تغيير الحالة',
    labelPlaceholder: 'أُرسلت إلى الأعضاء لإبداء الملاحظات',
    versionLabel: 'وصف النسخة (اختياري)',
    version: (n: number) => `النسخة ${num(n)}`,
    save: 'حفظ النسخة',
    none: 'لم تُحفظ أي نسخة بعد.',
    compareTwo: 'مقارنة النسختين',
    compareCurrent: 'المقارنة بالنص الحالي',
    restore: 'استعادة هذه النسخة',
    wordsChanged: (n: number) => (n === 0 ? 'لم تتغيّر أي كلمة' : `تغيّرت ${count(n, word, 'nom')}`),
    firstWords: (n: number) => `${count(n, word, 'nom')}، بما فيها العنوان والتفاصيل`,
    addedRemoved: (added: number, removed: number) => `كلمات مضافة: ${num(added)}، كلمات محذوفة: ${num(removed)}`,
    differences: 'الفروق',
    changes: 'التغييرات',
  },
  editor: {
    label: 'نص البيان',
    formatting: 'التنسيق',
    heading: 'عنوان',
    bold: 'غامق',
    italic: 'مائل',
    link: 'رابط…',
    bulletList: 'قائمة نقطية',
    numberedList: 'قائمة مرقّمة',
    quote: 'اقتباس',
    linkAddress: 'عنوان الرابط',
    apply: 'تطبيق',
  },
  dateField: {
    placeholder: (example: string) => `مثال: ${iso(example)}`,
    notADate: (typed: string, example: string) =>
      `${q(typed)} ليس تاريخًا. اكتبه بهذا الشكل: ${iso(example)} أو ${ltr('2026-12-15')}.`,
  },
  firstSteps: {
    title: 'خطوات البدء',
    hide: 'إخفاء هذه الخطوات',
    done: 'تم',
    statementTitle: 'ابدأ بيانًا',
    statementText: `اكتب بيانًا عبر «بيان جديد»، أو استورد ملف Markdown أو Word ‏(${ltr('.docx')}) عبر «استيراد بيان…».`,
    contactsTitle: 'أضف المنظمات التي تعمل معها',
    contactsText: 'استورد جدولك الإلكتروني أو دفتر عناوينك (CSV أو Excel أو vCard)، أو أضفها واحدة تلو الأخرى.',
    contactsAction: 'الانتقال إلى جهات الاتصال',
    keyTitle: 'أنشئ مفتاح التوقيع الخاص بمنظمتك',
    keyText: 'يوقّع هذا المفتاح ما تنشره، فيتمكن أي شخص من التحقق من أن القائمة لم تُغيَّر.',
    keyAction: 'الانتقال إلى الإعدادات',
  },
  importStatement: {
    title: `بدء بيان من ملف Markdown أو Word ‏(${ltr('.docx')})`,
    import: 'استيراد بيان…',
    importing: 'جارٍ الاستيراد…',
    label: `الاستيراد من ملف (Markdown أو ${ltr('.docx')})`,
    leftOut: 'تم الاستيراد. راجع النص والتفاصيل؛ لم يُدرج ما يلي في النص:',
    dismiss: 'تم',
  },
  settings: {
    title: 'الإعدادات',
    yourData: 'معلوماتك',
    databaseFile: 'ملف قاعدة البيانات',
    access: 'صلاحية الوصول',
    readOnly:
      'للقراءة فقط: أذونات هذا الملف لا تسمح بتغييره. لإجراء تغييرات، أغلق Undersigned، واجعل الملف قابلًا للكتابة، ثم شغّله من جديد.',
    schemaVersion: 'إصدار المخطط',
    technical: 'تفاصيل تقنية',
    appVersion: 'إصدار Undersigned',
    byHandTitle: 'الاستعادة يدويًا',
    byHandIntro: 'لاستعادة نسخة دون مساعدة Undersigned (على حاسوب آخر مثلًا)، أغلق Undersigned، ثم:',
    byHandMove: [
      'انقل ملف قاعدة البيانات، والملفات المجاورة له التي تنتهي أسماؤها بـ \u200E',
      '-wal',
      ' و\u200E',
      '-shm',
      '، إلى مجلد آخر. واحتفظ بها إلى أن تتحقق من النسخة المستعادة.',
    ],
    byHandCopy: 'انسخ نسختك الاحتياطية إلى حيث كان ملف قاعدة البيانات، وبالاسم نفسه.',
    byHandStart: 'شغّل Undersigned.',
    byHandNever: [
      'لا تنسخ نسخة احتياطية فوق ملف قاعدة البيانات أبدًا ما دام الملفان \u200E',
      '-wal',
      ' و\u200E',
      '-shm',
      ' بجانبه: فهما يخصّان الملف القديم، وإذا طُبّقا على النسخة أفسداها أو أعادا تغييرات أُجريت بعد أخذ النسخة الاحتياطية.',
    ],
    appearance: 'المظهر',
    appearanceText: 'يتبع Undersigned إعداد نظامك للوضع الفاتح أو الداكن.',
    language: 'اللغة',
    languageText: 'لغة النافذة. أما البيانات وملفاتها المصدَّرة فتحتفظ بلغاتها الخاصة.',
    languageSystem: (name: string) => `لغة النظام (${name})`,
    languageReload: 'تُفتح النافذة من جديد باللغة التي تختارها.',
    privacy: 'الخصوصية',
    privacyText:
      'لا يتصل Undersigned بالإنترنت أبدًا. لا يغادر أي شيء هذا الحاسوب إلا إذا صدّرته، أو شاركته مع منظمين آخرين عبر مجلد تختاره (الإعدادات ← المشاركة).',
  },
  sender: {
    title: 'مَن يوقّع الرسائل',
    intro: `تُختتم الدعوات والتذكيرات باسمك واسم منظمتك. لا تحمل ملفات ${ltr('.eml')} المحفوظة من هنا عنوان مرسل: يضيف برنامج البريد عنوانك عند إرسالها.`,
    name: 'اسمك',
    organization: 'منظمتك',
    save: 'حفظ',
    saved: 'تم الحفظ.',
  },
  backups: {
    title: 'النسخ الاحتياطية',
    reasonManual: 'أنشأتَها بنفسك',
    reasonDaily: 'يومية',
    reasonMigration: 'قبل ترقية',
    reasonChange: 'قبل استيراد أو دمج',
    reasonRestore: 'قبل استعادة',
    backedUp: (size: string) => `أُنشئت نسخة احتياطية (${iso(size)}).`,
    restored: (when: string, keptAs: string) =>
      `استُعيدت النسخة الاحتياطية المؤرخة ${iso(when)}. وحُفظ ما حلّت محلّه باسم ${iso(keptAs)}.`,
    backingUp: 'جارٍ النسخ الاحتياطي…',
    backUpNow: 'نسخ احتياطي الآن',
    about: [
      'ينشئ Undersigned نسخة احتياطية من قاعدة البيانات تلقائيًا عند أول تشغيل في كل يوم، وقبل كل ترقية، وقبل عمليات الاستيراد والدمج الكبيرة، ويضعها في مجلد خاص بقاعدة البيانات هذه داخل المجلد ',
      'backups',
      ` المجاور لها (وتحتفظ قواعد البيانات الأخرى هناك بنسخها في مجلدات منفصلة). ويحتفظ بـ${num(7)} نسخ يومية و${num(4)} نسخ أسبوعية، وبآخر ${num(5)} نسخ أُنشئت قبل ترقية وآخر ${num(5)} نسخ قبل استيراد أو دمج، وبكل نسخة حُفظت قبل استعادة، وبكل نسخة احتياطية تنشئها من هنا.`,
    ],
    problem: (why: string) => `فشل النسخ الاحتياطي التلقائي اليوم: ${iso(why)}`,
    restoring: 'جارٍ الاستعادة…',
    looking: 'جارٍ البحث عن النسخ الاحتياطية…',
    none: ['لا توجد نسخ احتياطية بعد. أنشئ أولاها بزر ', 'نسخ احتياطي الآن', '.'],
    made: 'تاريخ الإنشاء',
    why: 'السبب',
    size: 'الحجم',
    actions: 'الإجراءات',
    restoreNamed: (when: string) => `استعادة النسخة الاحتياطية المؤرخة ${iso(when)}`,
    restoreButton: 'استعادة…',
    confirmTitle: 'استعادة هذه النسخة الاحتياطية؟',
    confirmMessage: (when: string) =>
      `ستحتوي قاعدة البيانات على ما كانت تحتويه بالضبط في ${iso(when)}. وقبل ذلك يُحفظ كل شيء بحالته الراهنة في نسخة احتياطية، لتتمكن من العودة إليه.`,
    confirm: 'استعادة',
    keep: 'إبقاء الوضع كما هو',
  },
  contacts: {
    title: 'جهات الاتصال',
    trashTitle: 'جهات الاتصال في سلة المحذوفات',
    duplicatesTitle: 'تكرارات محتملة',
    counts: (organizations: number, people: number) => `${count(organizations, organization)} · ${count(people, person)}`,
    matching: (n: number, more = false) => (more ? `${count(n, match, 'nom')} أو أكثر` : count(n, match)),
    searchLabel: 'البحث في جهات الاتصال',
    searchPlaceholder: 'ابحث بالأسماء أو الاختصارات أو عناوين البريد الإلكتروني أو المدن أو الدول…',
    filterKind: 'النوع',
    kindAll: 'الجميع',
    kindOrganizations: 'المنظمات',
    kindPeople: 'الأشخاص',
    filterTag: 'الوسم',
    filterCountry: 'الدولة',
    filterSector: 'القطاع',
    any: 'الكل',
    newOrganization: 'منظمة جديدة',
    newPerson: 'شخص جديد',
    import: 'استيراد…',
    duplicates: 'التكرارات',
    trash: 'سلة المحذوفات',
    back: 'العودة إلى جهات الاتصال',
    loading: 'جارٍ تحميل جهات الاتصال…',
    emptyTitle: 'لا توجد جهات اتصال بعد',
    emptyText:
      'هنا تُحفظ منظمات تحالفك والأشخاص فيه. أضفهم واحدًا تلو الآخر، أو استورد جدولًا إلكترونيًا أو دفتر عناوين (CSV أو XLSX أو ODS أو vCard).',
    noMatches: 'لا توجد جهة اتصال مطابقة. جرّب كلمات أقل، أو امسح عوامل التصفية.',
    clearFilters: 'مسح عوامل التصفية',
    trashEmpty: 'سلة المحذوفات فارغة.',
    trashHint: 'تبقى جهات الاتصال المحذوفة هنا إلى أن تستعيدها أو تُفرغ السلة.',
    emptyTrash: 'إفراغ السلة',
    emptyTrashTitle: 'إفراغ سلة محذوفات جهات الاتصال؟',
    emptyTrashMessage: (n: number) =>
      `ستُحذف ${count(n, contact, 'nom')} نهائيًا، مع وسومها ودعواتها. أما تأييداتها فتبقى بالأسماء المطبوعة عليها. لا يمكن التراجع عن ذلك.`,
    emptyTrashConfirm: 'حذف نهائي',
    keep: 'الإبقاء عليها',
    restore: 'استعادة',
    open: 'فتح',
    person: 'شخص',
    organization: 'منظمة',
    movedToTrash: (name: string) => `نُقل ${q(name)} إلى سلة المحذوفات.`,
    undo: 'تراجع',
    dismiss: 'إخفاء',
    rowLabel: (name: string, kind: string) => `${iso(name)}، ${kind}`,
  },
  contactForm: {
    similarExists: 'توجد جهات اتصال مشابهة؛ افتح إحداها بدلًا من إضافتها مرتين:',
    newOrganization: 'منظمة جديدة',
    newPerson: 'شخص جديد',
    editOrganization: 'منظمة',
    editPerson: 'شخص',
    name: 'الاسم',
    fullName: 'الاسم الكامل',
    acronym: 'الاختصار',
    country: 'الدولة',
    countryHint: 'اسم الدولة بأي لغة شائعة، أو رمزها المكوّن من حرفين',
    city: 'المدينة',
    sector: 'القطاع',
    website: 'الموقع الإلكتروني',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    notes: 'ملاحظات',
    tags: 'الوسوم',
    tagsHint: 'مفصولة بفواصل',
    organization: 'المنظمة',
    noOrganization: 'بلا منظمة',
    role: 'الدور',
    consentContact: 'يقبل التواصل معه',
    consentPublish: 'يقبل إدراج اسمه علنًا',
    consentRecorded: (when: string) => `سُجّلت الموافقة في ${iso(when)}`,
    save: 'حفظ',
    create: 'إنشاء',
    cancel: 'إغلاق',
    delete: 'حذف',
    saved: 'تم الحفظ',
    people: 'الأشخاص',
    noPeople: 'لم يُسجَّل أي شخص لهذه المنظمة بعد.',
    history: 'السجل',
    historyEmpty: 'ستُدرج هنا البيانات التي تؤيدها هذه الجهة أو دُعيت إلى التوقيع عليها.',
    unknownCountry: (typed: string) => `لا نعرف دولة باسم ${q(typed)}`,
  },
  importDialog: {
    title: 'استيراد جهات الاتصال',
    choose: 'اختيار ملف',
    chooseHint: `ملف CSV أو نص (مفصول بفواصل أو فواصل منقوطة أو علامات جدولة)، أو Excel ‏(${ltr('.xlsx')}، ${ltr('.xls')})، أو OpenDocument ‏(${ltr('.ods')})، أو vCard ‏(${ltr('.vcf')}).`,
    reading: 'جارٍ قراءة الملف…',
    fileSummary: (rows: number, format: string, encoding: string | null, delimiter: string | null) =>
      [count(rows, row), format, encoding, delimiter ? `الفاصل: ${q(delimiter)}` : null].filter(Boolean).join(' · '),
    mapping: 'مطابقة الأعمدة',
    mappingHint: 'يُوضع كل عمود في حقل، بناءً على تخمين من عنوانه وقيمه؛ يمكنك تغيير أي منها.',
    why: (reason: string) => `السبب: ${iso(reason)}`,
    column: 'العمود',
    field: 'الحقل',
    firstRows: 'الصفوف الأولى',
    check: 'فحص الصفوف',
    checking: 'جارٍ الفحص…',
    report: 'ما سيفعله الاستيراد',
    reportCounts: (n: number, matched: number, duplicates: number, invalid: number) =>
      `${count(n, newRow)}، و${num(matched)} معروفة مسبقًا، و${count(duplicates, duplicateRow)} داخل الملف، و${num(invalid)} غير صالحة`,
    reportAdds: (orgs: number, people: number) =>
      `ستُضاف ${count(orgs, organization, 'nom')} و${count(people, person, 'nom')}. لم يُكتب أي شيء بعد.`,
    row: 'الصف',
    name: 'الاسم',
    outcome: 'ما سيحدث',
    outcomeNew: 'جديد',
    outcomeMatched: (name: string, reason: string) => `مسجَّل مسبقًا باسم ${q(name)} (${iso(reason)})`,
    outcomeDuplicate: (row: number) => `مطابق للصف ${num(row)}`,
    outcomeInvalid: (reason: string) => `تم تخطيه: ${iso(reason)}`,
    more: (n: number) => `…و${count(n, moreRow, 'nom')}`,
    start: (n: number) => `استيراد ${count(n, row, 'gen')}`,
    nothingToImport: 'لا شيء للاستيراد',
    importing: (done: number, total: number) => `جارٍ الاستيراد… ${num(done)} من ${num(total)}`,
    cancel: 'إلغاء',
    close: 'إغلاق',
    back: 'رجوع',
    cancelled: 'أُلغي الاستيراد؛ لم يُضف أي شيء.',
    replanned:
      'تغيّرت جهات الاتصال أثناء فتح هذا التقرير، لذا لم يُضف أي شيء. التقرير محدَّث الآن: راجعه ثم أعد الاستيراد.',
    done: (orgs: number, people: number, matched: number, skipped: number) =>
      `أُضيفت ${count(orgs, organization, 'nom')} و${count(people, person, 'nom')}؛ ${num(matched)} معروفة مسبقًا، و${num(skipped)} تم تخطيها.`,
    fields: columnFields,
  },
  statementTabs: {
    label: 'أقسام البيان',
    text: 'النص',
    signatories: 'الموقِّعون',
    outreach: 'التواصل',
    overview: 'أين وصلنا',
    export: 'التصدير',
  },
  exporting: {
    label: 'التصدير',
    format: 'الصيغة',
    formats: {
      pdf: 'PDF جاهز للطباعة',
      docx: 'مستند Word ‏(DOCX)',
      html: 'صفحة ويب (HTML)',
      html_fragment: 'HTML للّصق في موقع إلكتروني',
      markdown: 'Markdown',
      text: 'نص عادي للبريد الإلكتروني',
      csv: 'الموقِّعون بصيغة CSV',
    } as Record<string, string>,
    groupBy: 'تجميع الموقِّعين',
    groups: { kind: 'المنظمات ثم الأفراد', country: 'حسب الدولة', sector: 'حسب القطاع', none: 'قائمة واحدة' } as Record<string, string>,
    paper: 'الورق',
    papers: { a4: 'A4', letter: 'Letter (الأمريكي)' } as Record<string, string>,
    archival: 'PDF/A للأرشفة',
    allLanguages: (n: number) => `تصدير كل اللغات (${count(n, language)})…`,
    allLanguagesTitle: 'المجلد الذي تُحفظ فيه كل النسخ اللغوية',
    writingLanguages: (done: number, total: number) => `جارٍ كتابة ${num(done)} من ${num(total)}…`,
    savedAll: (n: number, folder: string) => `حُفظ ${count(n, file, 'nom')} في ${iso(folder)}.`,
    pageOf: (page: number, count: number) => `الصفحة ${num(page)} من ${num(count)}`,
    morePages: 'عرض مزيد من الصفحات',
    countriesInEnglish: 'تُطبع أسماء الدول بالإنجليزية: لا يملك Undersigned أسماء الدول بلغة هذا البيان.',
    wordsInEnglish: 'يُطبع سطر العدد والعناوين بالإنجليزية: لا يملك Undersigned كلمات لها بلغة هذا البيان.',
    layingOut: 'جارٍ تنسيق الصفحات…',
    sign: 'التوقيع بمفتاح المنظمة',
    noKey: 'لتوقيع الملفات المصدَّرة، أنشئ مفتاح المنظمة في الإعدادات أولًا.',
    goToSettings: 'الانتقال إلى الإعدادات',
    zoom: 'حجم المعاينة',
    zoomIn: 'أكبر',
    zoomOut: 'أصغر',
    passphrase: 'عبارة مرور المفتاح',
    save: 'حفظ…',
    saving: 'جارٍ الحفظ…',
    saveTitle: 'حفظ الملف المصدَّر',
    saved: (file: string) => `حُفظ ${iso(file)}.`,
    savedSigned: (file: string, keyId: string) =>
      `حُفظ ${iso(file)} وتوقيعه ${iso(`${file}.minisig`)} (المفتاح ${iso(keyId)}).`,
    preview: 'معاينة',
    previewHint:
      'الصفحات كما تُطبع في ملف PDF. لا تظهر إلا التوقيعات المؤكَّدة، وبالقدر المسموح بنشره: من يُحتسبون فقط يدخلون في العدد، ولا تُدرج أسماؤهم أبدًا.',
    log: 'عمليات تصدير هذا البيان',
    logEmpty: 'لم يُصدَّر شيء بعد.',
    when: 'التاريخ',
    file: 'الملف',
    signatories: 'الموقِّعون',
    revision: 'النسخة',
    signedWith: 'التوقيع الرقمي',
    notSigned: '—',
  },
  signingKey: {
    title: 'مفتاح التوقيع',
    intro:
      'يستطيع أي شخص، باستخدام مفتاحك العام وأداة minisign القياسية، التحقق من أن البيان الذي نشرته أصلي ولم يُغيَّر. أما المفتاح السري فيبقى في قاعدة البيانات هذه، مقفلًا بعبارة مرور لا يعرفها غيرك.',
    organization: 'المنظمة (يُذكر اسمها في كل توقيع)',
    passphrase: `عبارة المرور (${num(8)} أحرف على الأقل)`,
    again: 'عبارة المرور نفسها مرة أخرى',
    differ: 'عبارتا المرور مختلفتان.',
    create: 'إنشاء المفتاح',
    keyId: 'معرّف المفتاح',
    publicKey: 'المفتاح العام (شاركه)',
    publicKeyText: 'يحتاج كل من يتحقق من بياناتك إلى هذا المفتاح: انسخه، أو احفظه في ملف لإرساله.',
    technical: 'تفاصيل تقنية',
    verifyElsewhere: 'التحقق من دون Undersigned',
    copy: 'نسخ',
    copied: 'تم النسخ.',
    savePublic: 'حفظ المفتاح العام…',
    savedPublic: (file: string) => `حُفظ ${iso(file)}.`,
    verifyTitle: 'التحقق من ملف موقَّع',
    verify: 'التحقق من ملف…',
    verifyOwn: 'التحقق من ملف موقَّع بمفتاحنا…',
    verifyOther: 'التحقق باستخدام المفتاح العام لمنظمة أخرى…',
    pickFile: `الملف المراد التحقق منه (وبجانبه ملف ${ltr('.minisig')} الخاص به)`,
    pickPublic: `المفتاح العام لصاحب التوقيع (${ltr('.pub')})`,
    verifyHint: `يشغّل القارئ الذي لا يملك Undersigned الأمر: ${ltr('minisign -Vm statement.html -p organization.pub')}`,
  },
  signatories: {
    label: 'الموقِّعون',
    searchLabel: 'البحث في الموقِّعين',
    searchPlaceholder: 'ابحث بالأسماء أو المنظمات أو المدن أو الدول…',
    status: 'الحالة',
    all: 'الكل',
    statuses: { pending: 'قيد الانتظار', confirmed: 'مؤكَّد', rejected: 'مرفوض', withdrawn: 'مسحوب' },
    visibilities: {
      public: 'يُذكر بالاسم',
      organization_only: 'المنظمة فقط',
      counted_only: 'يُحتسب دون إدراج',
    },
    channels: {
      email: 'البريد الإلكتروني',
      form: 'استمارة',
      phone: 'الهاتف',
      in_person: 'حضوريًا',
      paper: 'ورقيًا',
      import: 'استيراد',
      other: 'غير ذلك',
    },
    kinds: { organization: 'منظمة', individual: 'فرد' },
    add: 'إضافة موقِّع',
    paste: 'لصق قائمة…',
    importFile: 'استيراد ملف…',
    trash: 'سلة المحذوفات',
    back: 'العودة إلى الموقِّعين',
    count: (shown: number, total: number) =>
      shown === total ? count(total, signatory) : `${num(shown)} من أصل ${count(total, signatory, 'gen')}`,
    loading: 'جارٍ تحميل الموقِّعين…',
    emptyTitle: 'لا توجد توقيعات بعد',
    emptyText:
      'أضف الموقِّعين واحدًا تلو الآخر كلما وصلتك توقيعاتهم عبر البريد الإلكتروني أو الهاتف أو على الورق، أو الصق قائمة، أو استورد ردود استمارة. ويُطابَق كلٌّ منهم مع جهات اتصالك.',
    noMatches: 'لا يوجد موقِّع مطابق. جرّب كلمات أقل، أو حالة أخرى.',
    trashEmpty: 'سلة المحذوفات فارغة.',
    emptyTrash: 'إفراغ السلة',
    emptyTrashTitle: 'إفراغ سلة محذوفات الموقِّعين؟',
    emptyTrashMessage: (n: number) =>
      `سيُحذف ${count(n, endorsement, 'nom')} نهائيًا، مع سجلاتها. لا يمكن التراجع عن ذلك.`,
    emptyTrashConfirm: 'حذف نهائي',
    keep: 'الإبقاء عليها',
    confirm: 'تأكيد',
    reject: 'رفض',
    withdraw: 'سحب',
    restore: 'استعادة',
    edit: 'تعديل',
    details: 'التفاصيل',
    delete: 'حذف',
    confirmAllPending: (n: number) => `تأكيد ${count(n, pendingSignOn, 'gen')}`,
    confirmAllTitle: 'تأكيد كل التوقيعات قيد الانتظار؟',
    confirmAllMessage: (n: number) =>
      `سيُؤكَّد ${count(n, pendingSignOn, 'nom')}، ويُطبع كل توقيع بحسب ما يسمح به إعداد ظهوره. راجع القائمة أولًا إن لم تكن متأكدًا منها.`,
    confirmAllConfirm: (n: number) => `تأكيد ${count(n, signOn, 'gen')}`,
    confirmedAll: (n: number) => `أُكِّد ${count(n, signOn, 'nom')}.`,
    movedToTrash: (name: string) => `نُقل ${q(name)} إلى سلة المحذوفات.`,
    undo: 'تراجع',
    dismiss: 'إخفاء',
    statusChanged: (name: string, status: string) => `أصبحت حالة ${q(name)}: ${status}.`,
    outdated: (n: number) => `أيّد ${count(n, signatory, 'nom')} نسخة سابقة من النص.`,
    outdatedShow: 'عرض مَن أيّدها وما الذي تغيّر',
    outdatedHide: 'إخفاء',
    endorsedRevision: (n: number) => `أيّد النسخة ${num(n)}`,
    changesSince: (n: number) => `التغييرات منذ النسخة ${num(n)}`,
    reconfirm: 'تسجيل إعادة التأكيد',
    reconfirmAll: 'تسجيل إعادة التأكيد للجميع',
    reconfirmed: (n: number) => `سُجّلت إعادة تأكيد ${count(n, signatory, 'gen')} للنص الحالي.`,
    rowLabel: (name: string, status: string) => `${iso(name)}، ${status}`,
  },
  signatoryForm: {
    added: (name: string) => `أُضيف ${q(name)}. الاستمارة جاهزة للموقِّع التالي.`,
    suggestionsLabel: 'جهات اتصال بهذا الاسم',
    newTitle: 'موقِّع جديد',
    editTitle: 'الموقِّع',
    kind: 'يوقّع بصفته',
    name: 'الاسم كما يُطبع',
    nameHint: 'اكتب للبحث عن جهة اتصال، أو اكتب اسمًا جديدًا لإضافتها',
    fromContact: (name: string) => `من جهات الاتصال: ${iso(name)}`,
    newContact: 'ستُنشأ جهة اتصال جديدة',
    affiliation: 'المنظمة أو الصفة، كما تُطبع',
    city: 'المدينة',
    country: 'الدولة',
    channel: 'وصل عبر',
    receivedOn: 'تاريخ الاستلام',
    visibility: 'في القائمة المنشورة',
    visibilityDefault: 'بحسب ما تسمح به موافقته',
    status: 'الحالة',
    notes: 'ملاحظات',
    save: 'حفظ',
    add: 'إضافة',
    close: 'إغلاق',
    saved: 'تم الحفظ',
    log: 'السجل',
    logEmpty: 'لم يُسجَّل شيء بعد.',
    events: {
      created: 'استُلم',
      confirmed: 'أُكِّد',
      corrected: 'صُحِّح',
      withdrawn: 'سُحب',
      rejected: 'رُفض',
      restored: 'استُعيد',
      deleted: 'نُقل إلى سلة المحذوفات',
      merged: 'دُمجت جهة الاتصال',
      reconfirmed: 'أُعيد تأكيده بعد تعديل النص',
    } as Record<string, string>,
    change: (field: string, from: string, to: string) => `${field}: ${q(from)} ← ${q(to)}`,
    blank: 'لا شيء',
    fields: {
      name: 'الاسم',
      affiliation: 'المنظمة أو الصفة',
      organization: 'المنظمة',
      city: 'المدينة',
      country: 'الدولة',
      visibility: 'في القائمة المنشورة',
      channel: 'وصل عبر',
      receivedOn: 'تاريخ الاستلام',
      notes: 'الملاحظات',
      status: 'الحالة',
      kind: 'يوقّع بصفته',
    } as Record<string, string>,
    revisionChange: (from: string, to: string) => `النسخة ${from} ← النسخة ${to}`,
    contactOffer: (old: string, now: string) => `ما زال اسم جهة الاتصال ${q(old)}. هل تريد تسميتها ${q(now)} أيضًا؟`,
    contactYes: 'تصحيح جهة الاتصال أيضًا',
    contactNo: 'إبقاء جهة الاتصال كما هي',
    contactDone: (name: string) => `أصبح اسم جهة الاتصال ${q(name)}.`,
  },
  intake: {
    pasteTitle: 'لصق قائمة بالموقِّعين',
    fileTitle: 'استيراد توقيعات من ملف',
    pasteLabel: 'موقِّع واحد في كل سطر',
    pasteHint:
      'مثلًا «الاسم، الدولة» أو «الاسم (الاختصار) – المدينة، الدولة» أو «الاسم — الدولة». تُحذف النقاط والأرقام في أول السطر.',
    kind: 'الأسطر هي',
    organizations: 'منظمات',
    individuals: 'أفراد',
    choose: 'اختيار ملف',
    chooseHint: `ردود استمارة أو أي جدول إلكتروني للتوقيعات: CSV أو Excel ‏(${ltr('.xlsx')}، ${ltr('.xls')}) أو OpenDocument ‏(${ltr('.ods')}).`,
    reading: 'جارٍ القراءة…',
    mapping: 'مطابقة الأعمدة',
    column: 'العمود',
    field: 'الحقل',
    review: 'مراجعة',
    reviewing: 'جارٍ المطابقة مع جهات اتصالك…',
    reviewTitle: 'راجِع قبل إضافة أي شيء',
    columnsHint: 'ما يحتويه كل عمود، بناءً على تخمين من عنوانه وقيمه. يمكنك تغيير أي منها، وتتبعها المراجعة.',
    why: (reason: string) => `السبب: ${iso(reason)}`,
    visibilityLegend: 'الأشخاص الذين لم يحدّدوا إن كان يجوز ذكر أسمائهم',
    visibilityChoices: {
      public: 'ذكر أسمائهم',
      organization_only: 'إدراج منظماتهم فقط',
      counted_only: 'احتسابهم دون إدراجهم',
    },
    visibilityHints: {
      public: 'تُطبع أسماؤهم، ومعها ما أرسلوه بوصفه منصبهم ومنظمتهم.',
      organization_only: 'لا يُطبع إلا اسم منظمتهم، ولا يُطبع اسمهم أو منصبهم أبدًا؛ ومن لا منظمة له يُحتسب فقط.',
      counted_only: 'يدخلون في عدد الموقِّعين، ولا يظهرون في القائمة إطلاقًا.',
    },
    printsAs: 'يُطبع هكذا',
    countedOnly: 'يُحتسب دون إدراج',
    notes: 'ملاحظات',
    leftOut: (why: string) => `مستبعَد: ${iso(why)}`,
    aHeading: 'سطر عنوان',
    putBack: 'إعادة إدراج',
    visibilitySummary: (named: number, byOrganization: number, counted: number) =>
      `${num(named)} بالاسم، و${num(byOrganization)} باسم المنظمة فقط، و${num(counted)} في العدد فقط`,
    nothingToAdd: (reason: string) => `لن يُضاف أي شيء: ${iso(reason)}.`,
    remapHint: 'اختر في الأعلى العمود الذي يحتوي الأسماء («المنظمة» أو «اسم الشخص»).',
    choiceLinkAsContact: (name: string) => `هي جهة الاتصال ${q(name)}، ويُطبع هذا الاسم`,
    choiceKeep: 'ربط، مع الطباعة كما أُرسل',
    choiceNewInstead: 'ليست جهة الاتصال هذه: إنشاء جهة جديدة',
    chosenByYou: 'من اختيارك',
    putBackRow: (row: number) => `إعادة إدراج الصف ${num(row)}`,
    onlyToCheck: 'عرض الصفوف التي تحتاج إلى مراجعة فقط',
    showAll: (n: number) => `عرض الكل (${num(n)})`,
    discardTitle: 'إغلاق هذه القائمة والتخلص منها؟',
    keepReviewing: 'متابعة المراجعة',
    discard: 'التخلص منها',
    reviewCounts: (known: number, fresh: number, already: number, duplicates: number, invalid: number) =>
      `${num(known)} معروفة، و${num(fresh)} جديدة، و${num(already)} سبق أن وقّعت، و${count(duplicates, duplicateRow)} في القائمة، و${num(invalid)} غير صالحة`,
    row: 'الصف',
    name: 'الاسم',
    place: 'المدينة، الدولة',
    outcome: 'ما سيحدث',
    known: (name: string, evidence: string) => `مرتبط بـ${q(name)} (${iso(evidence)})`,
    fresh: 'جهة اتصال جديدة',
    freshWithCandidates: 'جهة اتصال جديدة، أو إحدى هذه:',
    already: 'وقّع من قبل؛ مستبعَد',
    duplicate: (row: number) => `مطابق للصف ${num(row)}؛ مستبعَد`,
    invalid: (reason: string) => `مستبعَد: ${iso(reason)}`,
    choiceNew: 'إنشاء جهة اتصال جديدة',
    choiceLink: (name: string, evidence: string) => `هي ${q(name)} (${iso(evidence)})`,
    choiceSkip: 'استبعاد هذا الصف',
    confirmed: 'هذه التوقيعات مُتحقَّق منها مسبقًا: أضِفها بوصفها مؤكَّدة',
    apply: (n: number) => `إضافة ${count(n, signatory, 'gen')}`,
    nothing: 'لا شيء للإضافة',
    adding: (done: number, total: number) => `جارٍ الإضافة… ${num(done)} من ${num(total)}`,
    cancel: 'إلغاء',
    close: 'إغلاق',
    back: 'رجوع',
    cancelled: 'أُلغيت العملية؛ لم يُضف أي شيء.',
    replanned:
      'تغيّرت جهات الاتصال أو التوقيعات أثناء فتح هذه المراجعة، لذا لم يُضف أي شيء. المراجعة محدَّثة الآن: راجعها ثم أعد الإضافة.',
    done: (added: number, created: number) =>
      `أُضيف ${count(added, signatory, 'nom')}؛ ${created === 0 ? 'ولم تُنشأ أي جهة اتصال جديدة' : `وأُنشئت ${count(created, newContact, 'nom')}`}.`,
    more: (n: number) => `…و${count(n, moreRow, 'nom')}`,
    fields: columnFields,
  },
  outreach: {
    label: 'التواصل',
    invite: 'دعوة',
    inviteTitle: 'دعوة جهات الاتصال إلى التوقيع',
    inviteHint: 'يُدعى كل من يطابق جميع عوامل التصفية التي تملؤها؛ واترك أي عامل تصفية فارغًا كي لا يُضيّق الاختيار.',
    tags: 'يحمل أيًّا من هذه الوسوم',
    countries: 'في أيٍّ من هذه الدول',
    sectors: 'في أيٍّ من هذه القطاعات',
    commaHint: 'مفصولة بفواصل',
    signed: 'أو كل من وقّع على',
    signedNone: '—',
    invited: (added: number, already: number) =>
      `دُعيت ${count(added, contact, 'nom')}${already ? `؛ وكانت دعوة ${count(already, contact, 'gen')} قد وُجّهت من قبل` : ''}.`,
    filter: 'عرض',
    all: 'الكل',
    needsReminder: 'بحاجة إلى تذكير',
    reminderDays: 'عدد الأيام دون رد',
    statuses: { invited: 'مدعوّ', reminded: 'تم تذكيره', signed: 'وقّع', declined: 'اعتذر', no_answer: 'لم يرد' },
    emptyTitle: 'لم تُدعَ أي جهة بعد',
    emptyText: 'ادعُ المنظمات حسب الوسم أو الدولة أو القطاع، أو ادعُ كل من وقّع على بيان سابق.',
    noneNeedReminder: 'لا أحد بحاجة إلى تذكير.',
    name: 'جهة الاتصال',
    email: 'البريد الإلكتروني',
    status: 'الحالة',
    lastMessage: 'آخر رسالة',
    markReminded: 'تم تذكيره',
    markDeclined: 'اعتذر',
    markNoAnswer: 'لم يرد',
    answered: (name: string, status: string) => `${iso(name)}: ${status}.`,
    reopened: (name: string) => `${iso(name)}: مفتوح من جديد.`,
    undo: 'تراجع',
    message: 'الرسالة',
    purpose: 'الرسالة',
    purposes: { invitation: 'دعوة', reminder: 'تذكير' },
    template: 'القالب',
    templateOf: (language: string) => `قالب النسخة باللغة ${language}`,
    templateHint: `حقول الدمج: ${ltr('{{contact_name}}')}، ${ltr('{{organization}}')}، ${ltr('{{statement_title}}')}، ${ltr('{{deadline}}')}، ${ltr('{{statement_text}}')}`,
    templateSignOff: 'تُختتم كل رسالة باسمك واسم منظمتك كما في الإعدادات.',
    version: 'النسخة',
    byContact: 'حسب لغة كل جهة اتصال',
    versionOption: (language: string, title: string) => `${language}: ${iso(title)}`,
    byContactHint: 'تتلقى كل جهة اتصال النسخة المكتوبة بلغة دولتها إن وُجدت، وإلا فالنسخة الأصلية.',
    subject: 'الموضوع',
    body: 'النص',
    saveTemplate: 'حفظ القالب',
    templateSaved: 'حُفظ القالب.',
    preview: (name: string) => `رسالة إلى ${iso(name)}`,
    copy: 'نسخ',
    copied: 'نُسخ إلى الحافظة.',
    openMail: 'فتح في تطبيق البريد',
    noEmail: 'لا يوجد عنوان بريد إلكتروني مسجَّل لجهة الاتصال هذه.',
    saveEml: (n: number) => `حفظ ${count(n, message, 'gen')} بصيغة ${ltr('.eml')}…`,
    pickFolder: 'اختر مجلد الرسائل',
    savedEml: (n: number, folder: string) => `حُفظت ${count(n, message, 'nom')} في ${iso(folder)}.`,
    close: 'إغلاق',
  },
  overview: {
    label: 'أين وصلنا',
    signedBy: (orgs: number, people: number, countries: number) =>
      `${count(orgs, organization)} و${count(people, individual)} ${countries === 0 ? 'دون دول مسجَّلة' : `من ${count(countries, country, 'gen')}`}`,
    goal: (confirmed: number, goal: number) => `${num(confirmed)} من أصل ${count(goal, signatory, 'gen')}`,
    noGoal: 'لم يُحدَّد عدد مستهدف؛ حدِّده في تفاصيل البيان.',
    deadline: 'آخر موعد',
    noDeadline: 'لم يُحدَّد آخر موعد.',
    review: 'المراجعة',
    invitations: 'الدعوات',
    byCountry: 'حسب الدولة',
    bySector: 'حسب القطاع',
    noCountry: 'الدولة غير مسجَّلة',
    noSector: 'القطاع غير مسجَّل',
    others: (n: number) => `${num(n)} أخرى — عرض الكل`,
    empty: 'سيُحتسب الموقِّعون المؤكَّدون هنا.',
    outdated: (n: number) => `أيّد ${count(n, signatory, 'nom')} نصًّا سابقًا`,
    chartLabel: (label: string, n: number) => `${label}: ${num(n)}`,
  },
  duplicates: {
    notDuplicate: 'ليس تكرارًا',
    dismissed: (a: string, b: string) => `لن يُقترح ${q(a)} و${q(b)} بوصفهما تكرارًا مرة أخرى.`,
    none: 'لم يُعثر على تكرارات محتملة.',
    noneHint:
      'تظهر هنا السجلات التي تحمل الاسم نفسه، أو اختصارًا يطابق اسمًا، أو البريد الإلكتروني نفسه أو نطاق الموقع نفسه، أو أسماء متشابهة جدًا.',
    loading: 'جارٍ البحث عن التكرارات…',
    likely: { high: 'على الأرجح السجل نفسه', medium: 'يُرجَّح أنه السجل نفسه', low: 'ربما يكون السجل نفسه' },
    sameName: 'الاسم نفسه',
    acronym: (a: string) => `الاختصار ${iso(a)}`,
    sameEmail: (e: string) => `البريد الإلكتروني نفسه ${iso(e)}`,
    sameDomain: (d: string) => `النطاق نفسه ${iso(d)}`,
    similarName: 'أسماء متشابهة',
    review: 'مراجعة ودمج…',
    mergeTitle: 'دمج سجلين',
    mergeHint:
      'اختر القيمة التي تريد الإبقاء عليها لكل حقل. تبقى التأييدات والدعوات والأشخاص والوسوم الخاصة بالسجلين كليهما في السجل المُبقى عليه.',
    keepThis: 'الإبقاء على هذا السجل',
    merge: 'دمج',
    merging: 'جارٍ الدمج…',
    merged: (name: string, endorsements = 0) => {
      if (endorsements === 0) return `دُمج في ${q(name)}.`;
      const form = arabicPlurals.select(endorsements);
      const each = form === 'one' ? 'وبات يُدرج' : form === 'two' ? 'وبات كلٌّ منهما يُدرج' : 'وبات كلٌّ منها يُدرج';
      return `دُمج في ${q(name)}. وقّع الطرفان على ${count(endorsements, statement, 'gen')}، ${each} تأييدًا واحدًا؛ أما التأييد الآخر فسُجّل على أنه مدموج.`;
    },
    undone: 'تم التراجع عن الدمج.',
    field: 'الحقل',
  },
  textLength: {
    over: (length: number, max: number) => `طول العنوان ${length.toLocaleString('ar')} حرفًا؛ الحد الأقصى ${max.toLocaleString('ar')}.`,
    near: (length: number, max: number) => `${length.toLocaleString('ar')} من ${max.toLocaleString('ar')} حرف`,
  },
  unlock: {
    title: 'قاعدة البيانات هذه مشفّرة',
    text: 'اكتب عبارة المرور الخاصة بها لفتحها. لا يحتفظ Undersigned بها إلا ما دامت النافذة مفتوحة.',
    passphrase: 'عبارة المرور',
    open: 'فتح',
    opening: 'جارٍ الفتح…',
  },
  sharing: {
    title: 'المشاركة مع منظمين آخرين',
    intro:
      'يستطيع عدة منظمين حفظ بيانات هذا التحالف معًا، كلٌّ على حاسوبه ودون خادم، عبر مجلد تُبقيه أداة مزامنة (Syncthing أو Nextcloud أو قرص مشترك) متطابقًا على كل حاسوب. ما يضعه Undersigned في ذلك المجلد مشفّر بمفتاح المشاركة؛ وملف الدعوة يحمل المفتاح.',
    setupFirst: 'هيّئ أولًا مجلدًا تُبقيه أداة المزامنة على حاسوب كل منظم. يسأل «ابدأ المشاركة» عن ذلك المجلد، ثم عن مكان حفظ ملف الدعوة.',
    joinWarning: 'بالانضمام، يُشارَك ما تحويه قاعدة البيانات هذه بالفعل مع كل من في المشاركة.',
    settled: 'تمت التسوية. تتبعها الحواسيب الأخرى في مزامنتها التالية.',
    unsent: (n: number) => `تغييرات أُجريت هنا ولم تُرسل بعد: ${num(n)}. زامِن أولًا لمشاركتها.`,
    heldBack: 'ملفاته التالية تنتظر:',
    notShared: 'قاعدة البيانات هذه غير مشتركة.',
    deviceName: 'اسم هذا الحاسوب كما يراه الآخرون',
    start: 'ابدأ المشاركة…',
    join: 'انضم بدعوة…',
    chooseFolder: 'اختر المجلد المشترك',
    saveInvitation: 'احفظ الدعوة',
    openInvitation: 'افتح ملف الدعوة',
    started: (folder: string, file: string) =>
      `تجري المشاركة في ${iso(folder)}. حُفظت الدعوة باسم ${iso(file)}: سلّمها إلى كل منظم على انفراد (من يحملها يستطيع قراءة البيانات المشتركة)؛ ويختارون «انضم بدعوة».`,
    joined: (folder: string) => `انضممت إلى المشاركة في ${iso(folder)}.`,
    folder: 'المجلد المشترك',
    computers: 'الحواسيب في هذه المشاركة',
    /** A computer named in a label, when it is this one. */
    here: 'هذا الحاسوب',
    thisComputer: '(هذا الحاسوب)',
    files: (applied: number, total: number) => `الملفات: ${num(applied)} من ${num(total)}`,
    lastSync: 'آخر مزامنة',
    never: 'لم تتم بعد',
    pendingChanges: 'تغييرات لم تُرسل بعد',
    pendingFiles: 'ملفات لم تُستلم بعد',
    syncNow: 'زامِن الآن',
    syncing: 'تجري المزامنة…',
    synced: (sent: number, received: number) => `تمت المزامنة: أُرسل ${num(sent)}، واستُلم ${num(received)}.`,
    folderMissing: 'المجلد المشترك مفقود أو يحتوي على مشاركة أخرى. تحقّق من وجوده ومن أن أداة المزامنة تعمل.',
    problem: 'فشلت آخر مزامنة:',
    review: 'للمراجعة',
    nothingToReview: 'لا شيء للمراجعة.',
    columns: { title: 'العنوان', subtitle: 'العنوان الفرعي', body: 'النص' } as Record<string, string>,
    concurrent: (column: string, about: string) => `غُيّر ${column} في ${q(about)} على حاسوبين في الوقت نفسه.`,
    duplicate: (about: string) => `أُنشئ ${q(about)} على حاسوبين؛ ووُضع الأحدث جانبًا.`,
    kept: (by: string) => `المعتمد الآن (${iso(by)})`,
    other: (by: string) => `غير المعتمد (${iso(by)})`,
    anotherComputer: 'حاسوب آخر',
    keepKept: 'أبقِ هذا',
    keepOther: 'اعتمد هذا بدلًا منه',
    acknowledge: 'فهمت',
    leave: 'أوقف المشاركة…',
    leaveConfirm:
      'هل توقف مشاركة قاعدة البيانات هذه؟ تبقى بياناتها هنا؛ ولن يرسل هذا الحاسوب تغييرات أو يستلمها بعد الآن، ويُترك المجلد كما هو.',
    leaveYes: 'أوقف المشاركة',
    cancel: 'إلغاء',
    left: 'لم تعد قاعدة البيانات هذه مشتركة.',
    line: {
      missing: 'تتعذّر المزامنة: المجلد المشترك مفقود',
      held: 'تعذّر استلام بعض الملفات: انظر الإعدادات',
      synced: (when: string) => `تمت المزامنة ${when}`,
      notYet: 'لم تتم المزامنة بعد',
      failed: 'فشلت المزامنة: انظر الإعدادات',
      review: (n: number) => `للمراجعة: ${num(n)}`,
    },
  },
  encryption: {
    title: 'التشفير',
    encrypted:
      'قاعدة البيانات هذه ونسخها الاحتياطية مشفّرة: من دون عبارة المرور، لا يكشف حاسوب مفقود أو مصادَر شيئًا عمّن وقّع. ويطلبها Undersigned عند كل تشغيل.',
    plain:
      'قاعدة البيانات هذه مخزّنة دون تشفير: يستطيع كل من يصل إلى ملفات هذا الحاسوب أن يعرف من وقّع، بمن فيهم من طلبوا عدم ذكر أسمائهم.',
    start: 'تشفير قاعدة البيانات هذه…',
    passphrase: 'عبارة مرور جديدة',
    again: 'عبارة المرور نفسها مرة أخرى',
    warning:
      'لا يمكن لأحد استعادة عبارة مرور منسيّة، لا أنت ولا غيرك: ستضيع قوائم الموقِّعين وجهات الاتصال والنسخ الاحتياطية. اكتبها واحفظها في مكان آمن.',
    encrypt: 'تشفير',
    encrypting: 'جارٍ تشفير قاعدة البيانات ونسخها الاحتياطية…',
    cancel: 'إلغاء',
    differ: 'عبارتا المرور مختلفتان. اكتبهما مرة أخرى.',
    done: (backups: number) =>
      backups === 0
        ? 'شُفّرت قاعدة البيانات. تُفتح النافذة من جديد.'
        : `شُفّرت قاعدة البيانات مع ${count(backups, backup, 'gen')}. تُفتح النافذة من جديد.`,
    strength: {
      short: (min: number) => `قصيرة جدًا: ${count(min, character, 'nom')} على الأقل.`,
      fair: 'مقبولة. كلما طالت كانت أقوى: أربع أو خمس كلمات عادية تصنع عبارة مرور جيدة.',
      strong: 'قوية.',
    },
    protects:
      'يحمي التشفير الملفات المخزّنة على الحاسوب. ولا يحمي نافذة تُركت مفتوحة وغير مقفلة، ولا الملفات التي تصدّرها (فهي مُعدّة للنشر)، ولا ما يقرؤه برنامج آخر من الذاكرة أثناء تشغيل Undersigned.',
    commandLine: 'لفك تشفيرها أو تغيير عبارة المرور، أغلق Undersigned واستخدم',
  },
  /** Failures by core's key (`ErrorReport.key`); a key not here is shown by core's English message. */
  errors: {
    'store.not_a_database': (p: Params) =>
      `الملف ${iso(p.path)} ليس قاعدة بيانات Undersigned: فهو ليس ملف SQLite. لم يتغيّر فيه شيء. اختر ملفًا آخر، أو انقل هذا الملف إلى مكان آخر لبدء قاعدة بيانات جديدة في موضعه.`,
    'store.foreign_database': (p: Params) =>
      `الملف ${iso(p.path)} تابع لبرنامج آخر، وليس قاعدة بيانات Undersigned. لم يتغيّر فيه شيء. اختر ملفًا آخر.`,
    'store.corrupt': (p: Params) =>
      `قاعدة البيانات ${iso(p.path)} تالفة (${iso(p.detail)}). لم يتغيّر فيها شيء. استعدها من نسخة احتياطية، أو انقلها إلى مكان آخر لبدء قاعدة بيانات جديدة.`,
    'store.locked': (p: Params) =>
      `${theFile(p.path)} مشغولة: أبقاها برنامج آخر مقفلة. لم يُحفظ شيء؛ انتظر حتى ينتهي ذلك البرنامج أو أغلقه، ثم حاول مرة أخرى.`,
    'store.read_only': (p: Params) =>
      `${theFile(p.path)} للقراءة فقط، لذا لا يمكن حفظ أي شيء فيها. أغلق Undersigned، واجعل الملف ومجلده قابلين للكتابة، ثم شغّله من جديد.`,
    'store.no_database': (p: Params) => `لا توجد قاعدة بيانات في ${iso(p.path)}. تحقّق من المسار، فربما فيه خطأ في الكتابة.`,
    'store.cannot_open': (p: Params) =>
      `تعذّر فتح قاعدة البيانات ${iso(p.path)}: ${iso(p.reason)}. تحقّق من أن المجلد موجود وأن لديك إذنًا بالكتابة فيه.`,
    'store.too_new': (p: Params) =>
      `كُتبت قاعدة البيانات ${iso(p.path)} بإصدار أحدث من Undersigned (المخطط ${num(p.found)}، وهذا الإصدار يعرف المخططات حتى ${num(p.supported)} فقط). لم يتغيّر فيها شيء. حدِّث Undersigned لفتحها.`,
    'store.read_only_outdated': (p: Params) =>
      `قاعدة البيانات ${iso(p.path)} للقراءة فقط، وقد أنشأها إصدار أقدم من Undersigned (المخطط ${num(p.found)}، وهذا الإصدار يحتاج إلى ${num(p.needed)}). اجعلها قابلة للكتابة كي يمكن تحديثها، ثم شغّل Undersigned من جديد.`,
    'store.migration': (p: Params) => `فشل تحديث قاعدة البيانات إلى المخطط ${num(p.version)} (${iso(p.name)}). لم يتغيّر شيء.`,
    'store.migration_changed': (p: Params) =>
      `هُيّئت قاعدة البيانات ${iso(p.path)} بخطوة المخطط ${num(p.version)} (${iso(p.name)}) كما كتبها إصدار آخر من Undersigned، لا كما يكتبها هذا الإصدار. لم يتغيّر شيء؛ افتحها بالإصدار الذي أنشأها، وأبلغ عن هذه المشكلة.`,
    'store.migration_broke_links': (p: Params) =>
      `تحديث قاعدة البيانات إلى المخطط ${num(p.version)} (${iso(p.name)}) كان سيقطع الروابط بين السجلات: ${iso(p.detail)}. لم يتغيّر شيء؛ يُرجى الإبلاغ عن هذه المشكلة.`,
    'store.backup_before_migration': (p: Params) =>
      `تحتاج قاعدة البيانات ${iso(p.path)} إلى تحديث، لكن النسخة الاحتياطية التي تسبقه فشلت (${iso(p.reason)}). لم يتغيّر شيء؛ وفّر بعض المساحة على القرص أو اجعل مجلدها قابلًا للكتابة، ثم شغّل Undersigned من جديد.`,
    'store.encrypted': (p: Params) => `${iso(p.path)} مشفّرة، أو ليست قاعدة بيانات أصلًا. إن كانت قاعدة بيانات Undersigned مشفّرة، فاكتب عبارة المرور لفتحها.`,
    'store.wrong_passphrase': () => 'عبارة المرور غير صحيحة؛ لم يتغيّر شيء. اكتبها مرة أخرى تمامًا كما حُدِّدت.',
    'store.already_encrypted': () => 'قاعدة البيانات هذه مشفّرة أصلًا. لاختيار عبارة مرور أخرى، غيّرها بدلًا من ذلك.',
    'store.not_encrypted': () => 'قاعدة البيانات هذه غير مشفّرة؛ لم يتغيّر شيء.',
    'share.not_shared': () => 'قاعدة البيانات هذه غير مشتركة. ابدأ مشاركة، أو انضم إلى مشاركة بدعوة.',
    'share.already_shared': (p: Params) => `قاعدة البيانات هذه مشتركة بالفعل (المجلد ${iso(p.folder)}). غادر تلك المشاركة أولًا لتبدأ مشاركة أخرى أو تنضم إليها.`,
    'share.folder_taken': (p: Params) => `يحتوي ${iso(p.folder)} على مشاركة أخرى بالفعل. اختر مجلدًا فارغًا، أو انضم إلى تلك المشاركة بدعوتها.`,
    'share.wrong_folder': (p: Params) => `${iso(p.folder)} ليس مجلد هذه المشاركة. اختر المجلد الذي أُعدّت له الدعوة.`,
    'share.bad_invitation': (p: Params) => `${iso(p.path)} ليس دعوة من Undersigned (${p.detail}). اطلب ملف الدعوة مرة أخرى.`,
    'share.write': (p: Params) => `تعذّرت الكتابة في ${iso(p.path)}: ${p.detail}. تحقّق من وجود المجلد وإمكان الكتابة فيه، ثم حاول مرة أخرى.`,
    'share.read': (p: Params) => `تعذّرت قراءة ${iso(p.path)}: ${p.detail}. تحقّق من وجود المجلد، ثم زامِن مرة أخرى.`,
    'share.unreadable': (p: Params) => `تعذّر فتح ${iso(p.path)} بمفتاح هذه المشاركة: تلف في الطريق، أو لا يخص هذه المشاركة. لم يُطبَّق، ولا الملفات التي تليه من الحاسوب نفسه؛ واستُلم كل ما عداه. يصل الملف التالف كاملًا من جديد مع أداة المزامنة؛ ويمكن حذف الملف الذي لا يخص هذه المشاركة من المجلد.`,
    'share.apply': (p: Params) => `تعذّر تطبيق ${iso(p.path)} (${p.detail}). تُرك جانبًا مع الملفات التي تليه من الحاسوب نفسه، واستُلم كل ما عداه. اطلب من كاتبه أن يحدّث Undersigned ويزامن مرة أخرى.`,
    'share.folder_missing': (p: Params) => `المجلد المشترك ${iso(p.folder)} غير موجود؛ لم يتغيّر شيء. إن نُقل أو توقفت أداة مزامنته، فأعده ثم زامِن مرة أخرى.`,
    'share.no_conflict': (p: Params) => `لا يوجد تعارض مفتوح ${p.id}.`,
    'store.weak_passphrase': (p: Params) => `تحتاج عبارة المرور إلى ${num(p.min)} أحرف على الأقل. لا يمكن استعادة عبارة منسيّة، فاختر كلمات ستتذكّرها.`,
    'store.in_use': () => 'قاعدة البيانات مفتوحة في برنامج آخر (نافذة أخرى من Undersigned، أو undersigned-cli). أغلقه ثم حاول مرة أخرى. لم يتغيّر شيء.',
    'store.conversion_failed': (p: Params) => `لم تجتز النسخة المحوَّلة من ${iso(p.path)} الفحص (${iso(p.detail)}). حُذفت، وقاعدة البيانات لم تتغيّر.`,
    'store.disk_full': (p: Params) =>
      `القرص الذي يحوي ${p.path ? iso(p.path) : 'قاعدة البيانات'} ممتلئ؛ لم يُحفظ شيء. وفّر بعض المساحة عليه، ثم حاول مرة أخرى.`,
    'text.control_character': (p: Params) =>
      `في ${fieldName(p.field)} حرف تحكّم غير مرئي (${ltr(p.code)}) عند الحرف رقم ${num(p.position)}. احذفه واكتب النص من جديد.`,
    'text.too_long': (p: Params) =>
      `${fieldName(p.field)} أطول من اللازم (${countOf(p.chars, character, 'nom')})؛ اختصر النص إلى ${countOf(p.max, character, 'gen')} على الأكثر.`,
    'text.bad_language': (p: Params) =>
      `${q(p.tag)} ليس رمز لغة. استخدم رمزًا مثل ${ltr('en')} أو ${ltr('fr')} أو ${ltr('ar')} أو ${ltr('pt-BR')} أو ${ltr('zh-Hant')}.`,
    'country.empty': () => 'لم تُذكر أي دولة.',
    'country.unknown': (p: Params) => `${q(p.typed)} ليست دولة يعرفها Undersigned. اكتب اسمها أو رمزها المكوّن من حرفين.`,
    'country.ambiguous': (p: Params) => `قد يُقصد بـ${q(p.typed)} أيٌّ من: ${iso(p.options)}. حدِّد أيّها تقصد.`,
    'statement.empty_title': () => 'يحتاج البيان إلى عنوان. اكتب عنوانًا ثم حاول مرة أخرى.',
    'statement.not_found': () => 'لم يعد هذا البيان موجودًا؛ ربما نُقل إلى سلة المحذوفات أو حُذف نهائيًا.',
    'statement.in_trash': () => 'البيان في سلة المحذوفات. استعده أولًا لتتمكن من تغييره.',
    'statement.not_in_trash': () => 'البيان ليس في سلة المحذوفات. انقله إليها أولًا، ثم أفرغ السلة.',
    'statement.bad_date': (p: Params) => notADate(p.value),
    'statement.bad_status': (p: Params) => `${q(p.value)} ليست حالة صالحة.`,
    'statement.needs_confirmation': (p: Params) =>
      `سُجّل ${countOf(p.count, signOn, 'nom')} أثناء فتح البيان للتوقيع. أكِّد إن أردت إعادته إلى مسودة.`,
    'statement.no_revision': (p: Params) => `لا توجد النسخة ${num(p.number)} من هذا البيان؛ فعدد نسخه ${num(p.count)}.`,
    'statement.not_a_translation': () => 'هذا البيان ليس ترجمة.',
    'statement.import': (p: Params) => `تعذّر استيراد الملف: ${iso(p.reason)}`,
    'backup.no_file': () => 'قاعدة البيانات المحفوظة في الذاكرة فقط ليس لها ملف يمكن نسخه احتياطيًا.',
    'backup.write': (p: Params) =>
      `تعذّرت كتابة النسخة الاحتياطية ${iso(p.path)}: ${iso(p.reason)}. تحقّق من أن المجلد قابل للكتابة وأن على القرص مساحة كافية.`,
    'backup.unsound': (p: Params) =>
      `لم تجتز النسخة الاحتياطية التي كُتبت للتو في ${iso(p.path)} الفحص (${iso(p.detail)})، فحُذفت. أما قاعدة البيانات نفسها فلم تتغيّر؛ حاول مرة أخرى، وافحص القرص إن تكرر ذلك.`,
    'backup.no_such_backup': (p: Params) => `لا توجد نسخة احتياطية باسم ${q(p.name)}؛ ربما حُذفت.`,
    'backup.not_restorable': (p: Params) => `لا يمكن استعادة ${iso(p.path)}: ${iso(p.reason)}. لم يتغيّر شيء.`,
    'backup.other_database': (p: Params) =>
      `الملف ${iso(p.path)} نسخة احتياطية من قاعدة بيانات أخرى، لا من ${iso(p.database)}. لم يتغيّر شيء. استعده في قاعدة البيانات التي أُخذ منها.`,
    'contact.empty_name': () => 'تحتاج جهة الاتصال إلى اسم. اكتب اسمًا ثم حاول مرة أخرى.',
    'contact.no_letters': (p: Params) =>
      `لا يحتوي الاسم ${q(p.name)} على أي حرف أو رقم، لذا سيُطبع سطرًا فارغًا. اكتب اسم جهة الاتصال.`,
    'contact.not_found': (p: Params) => {
      const kind = kindOf(p.kind);
      return kind.feminine
        ? `لم تعد ${kind.this} موجودة؛ ربما نُقلت إلى سلة المحذوفات أو حُذفت نهائيًا.`
        : `لم يعد ${kind.this} موجودًا؛ ربما نُقل إلى سلة المحذوفات أو حُذف نهائيًا.`;
    },
    'contact.in_trash': (p: Params) => {
      const kind = kindOf(p.kind);
      return kind.feminine
        ? `${kind.the} في سلة المحذوفات. استعدها أولًا لتتمكن من تغييرها.`
        : `${kind.the} في سلة المحذوفات. استعده أولًا لتتمكن من تغييره.`;
    },
    'contact.not_in_trash': (p: Params) => {
      const kind = kindOf(p.kind);
      return kind.feminine
        ? `${kind.the} ليست في سلة المحذوفات. انقلها إليها أولًا، ثم أفرغ السلة.`
        : `${kind.the} ليس في سلة المحذوفات. انقله إليها أولًا، ثم أفرغ السلة.`;
    },
    'contact.merge': (p: Params) => `لا يمكن دمج جهتي الاتصال هاتين: ${iso(p.reason)}`,
    'contact.no_backup': (p: Params) =>
      `تعذّر إنشاء نسخة احتياطية قبل ${backupBefore[p.what] ?? iso(p.what)}، لذا لم يتغيّر شيء: ${iso(p.source)}`,
    'contact.write': (p: Params) =>
      `تعذّر حفظ جهات الاتصال في ملف: ${iso(p.reason)}. تحقّق من أن على القرص مساحة كافية وأن المجلد قابل للكتابة.`,
    'sign_on.empty_name': () => 'يحتاج الموقِّع إلى اسم. اكتب اسمًا ثم حاول مرة أخرى.',
    'sign_on.no_letters': (p: Params) =>
      `لا يحتوي الاسم ${q(p.name)} على أي حرف أو رقم، لذا سيُطبع سطرًا فارغًا. اكتب اسم الموقِّع.`,
    'sign_on.bad_date': (p: Params) => notADate(p.value),
    'sign_on.not_found': () => 'لم يعد هذا التوقيع موجودًا؛ ربما نُقل إلى سلة المحذوفات أو حُذف نهائيًا.',
    'sign_on.in_trash': () => 'التوقيع في سلة المحذوفات. استعده أولًا لتتمكن من تغييره.',
    'sign_on.not_in_trash': () => 'التوقيع ليس في سلة المحذوفات. انقله إليها أولًا، ثم أفرغ السلة.',
    'sign_on.transition': (p: Params) =>
      `لا يمكن نقل توقيع من الحالة ${signOnStatus(p.from)} إلى الحالة ${signOnStatus(p.to)}. فالتوقيع قيد الانتظار يُؤكَّد أو يُرفض، والتوقيع المؤكَّد يمكن سحبه.`,
    'sign_on.already_endorsed': (p: Params) => `الاسم ${q(p.name)} مسجَّل بالفعل بين الموقِّعين على هذا البيان.`,
    'sign_on.needs_affiliation': () =>
      'خيار «المنظمة فقط» يذكر المنظمة بدلًا من الشخص، لذا يلزمه اسم منظمة. اكتب اسمها، أو اختر طريقة أخرى لإدراج هذا الموقِّع.',
    'sign_on.kind_mismatch': (p: Params) =>
      `لا يمكن ${forKind(p.kind)} التوقيع بصفة ${kindOf(p.wanted).a}؛ اختر النوع الآخر.`,
    'sign_on.invitation': (p: Params) => `تعذّر إعداد الدعوة: ${iso(p.reason)}`,
    'sign_on.intake': (p: Params) => `لم يُضف أي شيء: ${iso(p.reason)}`,
    'sign_on.cancelled': () => 'أُلغي الاستيراد؛ لم يُضف أي شيء.',
    'signing.weak_passphrase': () => `يحتاج مفتاح التوقيع إلى عبارة مرور من ${num(8)} أحرف على الأقل. اختر عبارة أطول.`,
    'signing.bad_key': (p: Params) => `لا يصلح الملف ${iso(p.file)} مفتاحًا: ${iso(p.reason)}`,
    'signing.wrong_passphrase': () => 'عبارة المرور لا تفتح هذا المفتاح. اكتبها مرة أخرى.',
    'signing.bad_signature': (p: Params) => `الملف ${iso(p.file)} ليس توقيعًا: ${iso(p.reason)}`,
    'signing.no_signature': (p: Params) =>
      `لا يوجد توقيع بجانب ${iso(p.file)} (فالملف ${iso(p.signature)} ليس في مجلده). استخدم النسخة التي يرافقها توقيعها، أو صدِّره من جديد مع تفعيل التوقيع.`,
    'signing.io': (p: Params) => `تعذّرت قراءة ${iso(p.file)} أو الكتابة فيه: ${iso(p.reason)}`,
    'export.missing_glyph': (p: Params) =>
      `لا يوجد خط مثبَّت يستطيع طباعة ${q(p.character)} (${ltr(p.code)}) في ${placeInExport(p.place)}. صحّح النص، أو إن كانت هذه الأحرف في موضعها الصحيح، فثبّت خطًا يحتوي عليها.`,
    'export.write': (p: Params) =>
      `تعذّرت كتابة ${iso(p.file)}: ${iso(p.reason)}. تحقّق من أن المجلد موجود وقابل للكتابة.`,
    'import.cancelled': () => 'أُلغي الاستيراد؛ لم يُضف أي شيء.',
    'import.no_name_column': () =>
      `لا يوجد عمود يحتوي على اسم. اختر «${columnFields.organization}» أو «${columnFields.person}» لأحد الأعمدة.`,
    'import.mapping_length': (p: Params) =>
      `تغطي الاختيارات ${countOf(p.given, column, 'gen')}، بينما يحتوي الملف على ${countOf(p.columns, column, 'gen')}. اقرأ الملف مرة أخرى.`,
    'import.not_a_contact_field': (p: Params) =>
      `العمود ${num(p.column)} (${q(p.header)}) يحتوي على ما لا تحفظه جهات الاتصال (${q((columnFields as Record<string, string>)[p.field] ?? p.field)}). اختر له حقلًا آخر.`,
    'read.io': (p: Params) => `تعذّرت قراءة ${q(p.file)}: ${iso(p.reason)}`,
    'read.too_big': (p: Params) =>
      `حجم ${q(p.file)} ${num(p.mb)} ميغابايت، والحد الأقصى ${num(200)} ميغابايت. قسّمه واستورد أجزاءه.`,
    'read.empty': (p: Params) => `الملف ${q(p.file)} فارغ.`,
    'read.headers_only': (p: Params) => `لا يحتوي ${q(p.file)} إلا على صف العناوين، ولا شيء تحته.`,
    'read.not_a_table': (p: Params) =>
      `${q(p.file)} ليس جدولًا إلكترونيًا ولا ملفًا نصيًا (يبدو أنه ${fileLooks[p.what] ?? iso(p.what)}). احفظه من برنامجه بصيغة CSV أو XLSX.`,
    'read.zip_bomb': (p: Params) =>
      `يتمدد ${q(p.file)} عند فكّ ضغطه إلى أكثر مما يحتويه أي جدول إلكتروني (${iso(p.detail)})، لذا رُفض.`,
    'read.too_large': (p: Params) =>
      `يتمدد ${q(p.file)} عند فتحه إلى ${iso(p.detail)}، وهذا أكثر مما يتسع له استيراد واحد. قسّمه إلى ملفات أصغر واستوردها واحدًا تلو الآخر.`,
    'read.spreadsheet': (p: Params) =>
      `تعذّرت قراءة الجدول الإلكتروني ${q(p.file)}: ${iso(p.reason)}. افتحه في برنامج الجداول الإلكترونية واحفظه من جديد.`,
    'read.unclosed_quote': (p: Params) =>
      `${q(p.file)}، الصف ${num(p.row)}: خلية بين علامتي تنصيص لم تُغلق (تبدأ علامة التنصيص في العمود ${num(p.column)}). أغلق علامة التنصيص، أو احفظ الملف من جديد من برنامج الجداول الإلكترونية.`,
    'read.too_many_cells': (p: Params) =>
      `${q(p.file)}، الصف ${num(p.row)}: في هذا الصف ${countOf(p.cells, cell, 'nom')}، بينما يحتوي صف العناوين على ${countOf(p.headers, cell, 'gen')}. ابحث في ذلك الصف عن فاصل خارج علامات التنصيص.`,
    'read.cell_too_long': (p: Params) =>
      `${q(p.file)}، الصف ${num(p.row)}، العمود ${num(p.column)}: طول الخلية ${countOf(p.chars, character, 'nom')}، والحد الأقصى ${num(100000)} حرف.`,
    'read.too_many_columns': (p: Params) =>
      `يحتوي ${q(p.file)} على ${countOf(p.columns, column, 'gen')}، والحد الأقصى ${num(500)} عمود.`,
    'read.nul': (p: Params) =>
      `${q(p.file)}، السطر ${num(p.line)}: يحتوي الملف على حرف NUL، وهو حرف لا يرد في النصوص أبدًا. ربما يكون الملف تالفًا، أو ليس ملفًا نصيًا.`,
    'read.unclosed_card': (p: Params) =>
      `${q(p.file)}، السطر ${num(p.line)}: بطاقة جهة اتصال لم تُغلق بالسطر ${ltr('END:VCARD')}.`,
    'review.gone': () => 'لم يعد الملف أو القائمة الخاصة بهذه المراجعة مفتوحًا. الصق القائمة أو اختر الملف مرة أخرى.',
    'review.stale': () =>
      'تغيّرت جهات الاتصال أو التوقيعات بعد إعداد هذه المراجعة، لذا لم يُضف أي شيء. اطّلع على المراجعة الجديدة ثم أعد الإضافة.',
  },
};
