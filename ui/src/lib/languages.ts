// The languages organizers write statements in, each by its BCP 47 tag, its
// English name and its own name, so that a language can be found by either
// name ("Spanish", "Español") and the tag stays visible for the curious.
// The names are data, not the window's words: a language's own name is the
// same whatever language the window speaks.

import { m } from './messages';

export interface Language {
  /** The BCP 47 tag core stores. */
  tag: string;
  /** The name in English. */
  en: string;
  /** The name in the language itself. */
  own: string;
}

/** A language per line: tag, English name, own name. */
const TABLE = `
ar|Arabic|العربية
zh|Chinese|中文
zh-Hans|Chinese (Simplified)|简体中文
zh-Hant|Chinese (Traditional)|繁體中文
en|English|English
fr|French|Français
ru|Russian|Русский
es|Spanish|Español
es-419|Spanish (Latin America)|Español de América Latina
pt|Portuguese|Português
pt-BR|Portuguese (Brazil)|Português do Brasil
de|German|Deutsch
it|Italian|Italiano
nl|Dutch|Nederlands
pl|Polish|Polski
uk|Ukrainian|Українська
ro|Romanian|Română
el|Greek|Ελληνικά
hu|Hungarian|Magyar
cs|Czech|Čeština
sk|Slovak|Slovenčina
sl|Slovenian|Slovenščina
hr|Croatian|Hrvatski
bs|Bosnian|Bosanski
sr|Serbian|Српски
mk|Macedonian|Македонски
bg|Bulgarian|Български
sq|Albanian|Shqip
lt|Lithuanian|Lietuvių
lv|Latvian|Latviešu
et|Estonian|Eesti
fi|Finnish|Suomi
sv|Swedish|Svenska
da|Danish|Dansk
nb|Norwegian Bokmål|Norsk bokmål
ca|Catalan|Català
eu|Basque|Euskara
gl|Galician|Galego
ga|Irish|Gaeilge
cy|Welsh|Cymraeg
be|Belarusian|Беларуская
tr|Turkish|Türkçe
ka|Georgian|ქართული
hy|Armenian|Հայերեն
az|Azerbaijani|Azərbaycan dili
kk|Kazakh|Қазақ тілі
uz|Uzbek|Oʻzbekcha
ky|Kyrgyz|Кыргызча
tg|Tajik|Тоҷикӣ
tk|Turkmen|Türkmençe
mn|Mongolian|Монгол
he|Hebrew|עברית
yi|Yiddish|ייִדיש
fa|Persian|فارسی
prs|Dari|دری
ps|Pashto|پښتو
ku|Kurdish (Kurmanji)|Kurdî
ckb|Kurdish (Sorani)|کوردی
ur|Urdu|اردو
hi|Hindi|हिन्दी
bn|Bengali|বাংলা
pa|Punjabi|ਪੰਜਾਬੀ
gu|Gujarati|ગુજરાતી
mr|Marathi|मराठी
ne|Nepali|नेपाली
ta|Tamil|தமிழ்
te|Telugu|తెలుగు
kn|Kannada|ಕನ್ನಡ
ml|Malayalam|മലയാളം
or|Odia|ଓଡ଼ିଆ
si|Sinhala|සිංහල
dv|Dhivehi|ދިވެހި
my|Burmese|မြန်မာ
th|Thai|ไทย
lo|Lao|ລາວ
km|Khmer|ខ្មែរ
vi|Vietnamese|Tiếng Việt
id|Indonesian|Bahasa Indonesia
ms|Malay|Bahasa Melayu
jv|Javanese|Basa Jawa
tl|Tagalog|Tagalog
fil|Filipino|Filipino
ceb|Cebuano|Cebuano
ja|Japanese|日本語
ko|Korean|한국어
yue|Cantonese|粵語
bo|Tibetan|བོད་སྐད་
ug|Uyghur|ئۇيغۇرچە
sw|Swahili|Kiswahili
am|Amharic|አማርኛ
ti|Tigrinya|ትግርኛ
om|Oromo|Afaan Oromoo
so|Somali|Soomaali
ha|Hausa|Hausa
yo|Yoruba|Yorùbá
ig|Igbo|Asụsụ Igbo
ff|Fula|Fulfulde
wo|Wolof|Wolof
bm|Bambara|Bamanankan
ak|Akan|Akan
ee|Ewe|Eʋegbe
ln|Lingala|Lingála
kg|Kongo|Kikongo
lua|Luba-Lulua|Tshiluba
rw|Kinyarwanda|Ikinyarwanda
rn|Kirundi|Ikirundi
lg|Ganda|Luganda
luo|Luo|Dholuo
ki|Kikuyu|Gĩkũyũ
mg|Malagasy|Malagasy
ny|Chichewa|Chichewa
sn|Shona|chiShona
zu|Zulu|isiZulu
xh|Xhosa|isiXhosa
st|Southern Sotho|Sesotho
tn|Tswana|Setswana
af|Afrikaans|Afrikaans
zgh|Tamazight (Standard Moroccan)|ⵜⴰⵎⴰⵣⵉⵖⵜ
kab|Kabyle|Taqbaylit
ht|Haitian Creole|Kreyòl ayisyen
pap|Papiamento|Papiamentu
qu|Quechua|Runasimi
ay|Aymara|Aymar aru
gn|Guarani|Avañeʼẽ
nah|Nahuatl|Nāhuatl
yua|Yucatec Maya|Maaya tʼaan
quc|Kʼicheʼ|Kʼicheʼ
mi|Māori|Te reo Māori
sm|Samoan|Gagana Sāmoa
to|Tongan|Lea faka-Tonga
fj|Fijian|Na Vosa Vakaviti
tpi|Tok Pisin|Tok Pisin
rom|Romani|Romani čhib
eo|Esperanto|Esperanto
`;

export const LANGUAGES: readonly Language[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [tag, en, own] = line.split('|');
    return { tag, en, own };
  })
  .sort((a, b) => a.en.localeCompare(b.en, 'en'));

/** Lower case, accents and other combining marks dropped: "Español" finds "espanol". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const byTag = new Map(LANGUAGES.map((l) => [l.tag.toLowerCase(), l]));

/** The known language with this tag (any case), if any. */
export function findLanguage(tag: string): Language | undefined {
  return byTag.get(tag.trim().toLowerCase());
}

/** "Español — Spanish (es)"; a language whose own name is its English name once: "English (en)". */
export function languageOption(l: Language): string {
  return l.own === l.en ? `${l.en} (${l.tag})` : `${l.own} — ${l.en} (${l.tag})`;
}

/**
 * A stored tag as the window names it: in the window's language what Intl
 * knows ("francés" in a Spanish window), in English our English name; else
 * the other of the two, else the tag.
 */
export function languageName(tag: string, locale = m.locale): string {
  const known = findLanguage(tag);
  if (known && locale.split('-')[0] === 'en') return known.en;
  try {
    const named = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag);
    if (named && named.toLowerCase() !== tag.toLowerCase()) return named;
  } catch {
    // Not a tag Intl can read.
  }
  if (known) return known.en;
  try {
    const named = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag);
    if (named) return named;
  } catch {
    // Not a tag Intl can read: show it as typed.
  }
  return tag;
}

/**
 * The languages a search finds, by English name, own name or tag, ignoring
 * case and accents; names that begin with the search come first.
 */
export function searchLanguages(query: string): Language[] {
  const q = fold(query);
  if (q === '') return [...LANGUAGES];
  const rank = (l: Language): number => {
    const tag = l.tag.toLowerCase();
    const names = [fold(l.en), fold(l.own)];
    if (tag === q) return 0;
    if (names.some((n) => n === q)) return 1;
    if (names.some((n) => n.startsWith(q) || n.split(/[\s()]+/).some((word) => word.startsWith(q)))) return 2;
    if (tag.startsWith(q)) return 3;
    if (names.some((n) => n.includes(q))) return 4;
    return -1;
  };
  return LANGUAGES.map((l) => ({ l, r: rank(l) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r)
    .map(({ l }) => l);
}

/**
 * What a typed text means when it was not picked from the list: the one
 * language it names or tags exactly, if there is one.
 */
export function exactLanguage(typed: string): Language | undefined {
  const q = fold(typed);
  if (q === '') return undefined;
  const hits = LANGUAGES.filter((l) => l.tag.toLowerCase() === q || fold(l.en) === q || fold(l.own) === q || fold(languageOption(l)) === q);
  return hits.length === 1 ? hits[0] : hits.find((l) => l.tag.toLowerCase() === q);
}
