/**
 * Word lists the extractor's general rules lean on: closed classes (titles and roles, prepositions
 * of place, calendar words, name particles) and suffixes, in the languages Factlight is used with
 * (Danish, Norwegian, Swedish, German, English). They name kinds of words, never the corpus's names.
 */
import { createRequire } from 'node:module';
import { stopwordListFor } from '../search/options';

/** Lower-case, and the Nordic/German letters kept, so the lists below can be written naturally. */
export function lower(word: string): string {
  return word.toLowerCase();
}

// Loaded through require, like the bundle and matcher builders, so one build parses the 200 kB JSON once.
const STOPWORDS = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const stopwordSets = new Map<string, Set<string>>();

/** Stopwords of one language (stopwords-iso), or of the languages used together when `und`. */
export function stopwords(lang: string): Set<string> {
  const key = stopwordListFor(lang);
  let set = stopwordSets.get(key);
  if (!set) {
    set = new Set(STOPWORDS[key] ?? []);
    stopwordSets.set(key, set);
  }
  return set;
}

/** Stopwords of every language we expect: a capitalised stopword of any of them never starts a name. */
const COMMON_STOPWORDS = new Set<string>(
  ['da', 'no', 'sv', 'de', 'en'].flatMap((l) => [...stopwords(l)]).filter((w) => w.length > 1),
);
/**
 * A stopword of the passage's language; of any expected language when that is unknown. Not of every
 * language always: German "war" would take "War" out of "Institute for the Study of War".
 */
export function isStopword(word: string, lang: string): boolean {
  const w = lower(word);
  const own = stopwords(lang);
  return own.size > 0 ? own.has(w) : COMMON_STOPWORDS.has(w);
}

/**
 * Titles and roles that stand before a person's name ("præsident, Volodymyr …", "Präsident Wolodymyr …").
 * Matched as the end of a word so that compounds count too (forsvarsminister, sikkerhetsrådgiveren).
 */
const ROLE_ENDINGS = [
  'minister', 'ministeren', 'ministerin', 'præsident', 'præsidenten', 'president', 'presidenten',
  'präsident', 'präsidenten', 'präsidentin', 'sekretær', 'sekretæren', 'sekretär', 'sekreterare',
  'secretary', 'talsmand', 'talsmanden', 'talsmann', 'talsmannen', 'talsperson', 'talspersonen',
  'talskvinde', 'talskvinne', 'sprecher', 'sprecherin', 'spokesman', 'spokeswoman', 'spokesperson',
  'leder', 'lederen', 'ledare', 'ledaren', 'leader', 'rådgiver', 'rådgiveren', 'rådgivare', 'berater',
  'beraterin', 'adviser', 'advisor', 'utsending', 'utsendingen', 'udsending', 'udsendingen', 'gesandte',
  'gesandten', 'envoy', 'sändebud', 'kansler', 'kansleren', 'kanzler', 'kanzlerin', 'chancellor',
  'general', 'generalen', 'borgmester', 'borgmesteren', 'ordfører', 'ordføreren', 'bürgermeister', 'mayor',
  'guvernør', 'guvernøren', 'guvernör', 'gouverneur', 'governor', 'ambassadør', 'ambassadøren',
  'botschafter', 'ambassador', 'chef', 'chefen', 'sjef', 'sjefen', 'chief', 'kommandør', 'kommandant',
  'commander', 'formand', 'formanden', 'formann', 'ordförande', 'vorsitzende', 'chairman', 'direktør',
  'direktøren', 'direktor', 'director', 'konge', 'kongen', 'kung', 'könig', 'king', 'dronning',
  'dronningen', 'drottning', 'königin', 'queen', 'prins', 'prinsen', 'prinz', 'prince', 'pave', 'paven',
  'papst', 'pope', 'senator', 'senatoren', 'premier', 'vertreter', 'vertreterin', 'repræsentant',
  'representant', 'representative', 'officer', 'oberst', 'colonel', 'professor', 'forfatter', 'author',
  'journalist', 'analytiker', 'analyst', 'kommissær', 'kommissar', 'commissioner', 'diplomat', 'biskop',
  'bischof', 'bishop', 'herr', 'frau', 'hr', 'fru', 'mr', 'mrs', 'ms', 'dr', 'ông', 'bà', 'sir', 'lady',
  'premiärminister', 'statsråd', 'statsrådet', 'mand', 'manden', 'kvinde', 'kvinden', 'mann', 'mannen',
  // French, Spanish, Italian, Portuguese, Dutch, Polish, Finnish
  'président', 'présidente', 'presidente', 'presidenta', 'ministre', 'ministro', 'ministra', 'premier',
  'chancelier', 'chanceler', 'canciller', 'cancelliere', 'secrétaire', 'secretario', 'segretario',
  'porte-parole', 'portavoz', 'portavoce', 'porta-voz', 'gouverneur', 'gobernador', 'governatore',
  'maire', 'alcalde', 'sindaco', 'général', 'generale', 'woordvoerder', 'voorzitter', 'kanselier',
  'burgemeester', 'prezydent', 'premier', 'rzecznik', 'kanclerz', 'sekretarz', 'gubernator',
  'generał', 'presidentti', 'pääministeri', 'ministeri', 'monsieur', 'madame', 'señor', 'signor', 'pan', 'pani',
  // Ukrainian, Russian, Bulgarian, Serbian (Cyrillic)
  'президент', 'прем’єр', 'премьер', 'прем\'єр', 'міністр', 'министр', 'речник', 'секретар', 'секретарь',
  'пресс-секретарь', 'прессекретарь', 'губернатор', 'голова', 'глава', 'мэр', 'мер', 'генерал', 'посол',
  'канцлер', 'спікер', 'спикер', 'представник', 'представитель', 'командувач', 'командующий', 'патріарх',
  'патриарх', 'лідер', 'лидер', 'радник', 'советник', 'помічник', 'помощник',
];
/** Lower case without diacritics, so "président" meets "president" and "generał" meets "general". */
export function bare(word: string): string {
  return lower(word).normalize('NFD').replace(/\p{M}+/gu, '').replace(/ł/g, 'l');
}
const ROLE_WORDS = new Set([...ROLE_ENDINGS, ...ROLE_ENDINGS.map(bare)]);
const LONG_ROLE_ENDINGS = [...ROLE_WORDS].filter((r) => r.length >= 6);
/** Slavic and Finnish case endings on a title (prezydentem, ministrem, presidentin). */
const ROLE_CASE_ENDING = /^(a|u|e|em|om|owi|ie|y|i|in|ille|ia|ov|ovi|ю|а|у|ом|ем|ові|ою|ом|ы|и|і|е)$/u;

const roleWordCache = new Map<string, boolean>();

/** Is the word a title or role before a person's name? */
export function isRoleWord(word: string): boolean {
  let known = roleWordCache.get(word);
  if (known === undefined) {
    const w = bare(word).replace(/[.,]$/, '');
    known = ROLE_WORDS.has(w) || LONG_ROLE_ENDINGS.some((r) => w.length > r.length &&
      (w.endsWith(r) || (w.startsWith(r) && ROLE_CASE_ENDING.test(w.slice(r.length)))));
    if (roleWordCache.size > 100_000) roleWordCache.clear();
    roleWordCache.set(word, known);
  }
  return known;
}

/** Prepositions directly before a place, with how strongly they suggest one. */
const PLACE_PREPOSITIONS: Record<string, number> = {
  i: 2, in: 2, nach: 2, aus: 2, im: 1, ved: 1, vid: 1, bei: 1, near: 1, at: 1, nær: 1, nahe: 1,
  fra: 1, från: 1, from: 1, til: 1, till: 1, to: 1, mot: 1, mod: 1, på: 1, towards: 1, into: 2,
  inden: 0, omkring: 1, rundt: 1, around: 1, across: 1, über: 0, gjennom: 1, through: 1, af: 1,
  // French, Spanish, Italian, Portuguese, Dutch, Polish (w Warszawie, do Kijowa), Finnish has endings
  à: 2, en: 1, dans: 2, vers: 1, depuis: 1, près: 1, a: 1, desde: 1, hacia: 1, cerca: 1, da: 0,
  verso: 1, presso: 1, em: 1, para: 1, naar: 1, uit: 1, bij: 1, nabij: 1, w: 2, we: 2, do: 1, z: 1, ze: 1,
  pod: 1, koło: 1, na: 1,
  в: 2, у: 2, во: 2, из: 1, із: 1, з: 1, до: 1, на: 1, под: 1, під: 1, біля: 1, около: 1, возле: 1,
};
export function placePrepositionWeight(word: string): number {
  return PLACE_PREPOSITIONS[lower(word)] ?? 0;
}

/** Common nouns that, right before a name, say what it is ("byen Izium", "nyhedsbureauet Tass"). */
const PLACE_NOUN_ENDINGS = [
  'by', 'byen', 'byer', 'byerne', 'byene', 'staden', 'stadt', 'city', 'town', 'village', 'region',
  'regionen', 'provins', 'provinsen', 'provinz', 'province', 'oblast', 'halvøen', 'halvøya', 'halvön',
  'halbinsel', 'peninsula', 'hovedstaden', 'huvudstaden', 'hauptstadt', 'capital', 'landet', 'country',
  'øen', 'øya', 'ön', 'insel', 'island', 'distriktet', 'district', 'kommune', 'kommunen', 'område',
  'området', 'fylke', 'fylket', 'delstaten', 'bundesland', 'state', 'floden', 'elven', 'fluss', 'river',
  'ville', 'village', 'région', 'province', 'capitale', 'ciudad', 'región', 'provincia', 'capital', 'città',
  'regione', 'capitale', 'cidade', 'região', 'stad', 'dorp', 'provincie', 'miasto', 'wieś', 'obwód',
  'województwo', 'stolica', 'kaupunki', 'kylä', 'île', 'isla', 'isola', 'eiland', 'wyspa',
];
const ORG_NOUN_ENDINGS = [
  'bureau', 'bureauet', 'byrå', 'byrået', 'byrån', 'agentur', 'agency', 'avis', 'avisen', 'zeitung',
  'tidning', 'tidningen', 'newspaper', 'station', 'stationen', 'kanal', 'kanalen', 'channel',
  'alliance', 'alliancen', 'alliansen', 'allianz', 'bündnis', 'alliance', 'organisation', 'organisationen',
  'organisasjon', 'organisasjonen', 'organization', 'parti', 'partiet', 'partei', 'party', 'selskab',
  'selskabet', 'selskap', 'selskapet', 'bolag', 'bolaget', 'firma', 'firmaet', 'konzern', 'company',
  'medie', 'mediet', 'plattform', 'plattformen', 'platform', 'netværk', 'netværket', 'nettverk',
  'netzwerk', 'network', 'gruppe', 'gruppen', 'gruppa', 'group', 'bevægelse', 'bevegelse', 'bewegung',
  'movement', 'ministeriet', 'ministerium', 'departementet', 'ministry', 'universitet', 'universitetet',
  'universität', 'university', 'institut', 'instituttet', 'institute', 'tænketank', 'tankesmie',
  'denkfabrik', 'bank', 'banken', 'fond', 'fonden', 'fondet', 'rådet', 'rat', 'council',
  'agence', 'agencia', 'agenzia', 'agência', 'agencja', 'agentschap', 'journal', 'quotidien', 'chaîne',
  'cadena', 'canale', 'stacja', 'zender', 'parti', 'partido', 'partito', 'partia', 'partij', 'groupe',
  'grupo', 'gruppo', 'grupa', 'groep', 'ministère', 'ministerio', 'ministero', 'ministerstwo', 'ministerie',
  'entreprise', 'empresa', 'azienda', 'firma', 'société', 'sociedad', 'società', 'alliance', 'alianza',
  'alleanza', 'sojusz', 'organizacja', 'organizzazione', 'organización', 'journaal', 'krant', 'gazeta',
  'giornale', 'periódico', 'diario', 'réseau', 'rete', 'sieć',
];
function endsWithAny(word: string, endings: string[]): boolean {
  const w = lower(word);
  return endings.some((e) => w === e || (e.length >= 4 && w.length > e.length + 2 && w.endsWith(e)));
}
export function isPlaceNoun(word: string): boolean {
  return endsWithAny(word, PLACE_NOUN_ENDINGS);
}
export function isOrgNoun(word: string): boolean {
  return endsWithAny(word, ORG_NOUN_ENDINGS);
}

/** Tails of a hyphen compound that carry a name ("Kursk-regionen", "Wagner-gruppen", "Kyiv-regjeringens"). */
const PLACE_TAIL_ENDINGS = [
  ...PLACE_NOUN_ENDINGS, 'regering', 'regeringen', 'regjering', 'regjeringen', 'regierung',
  'administration', 'administrationen', 'administrasjon', 'administrasjonen', 'government', 'front',
  'fronten', 'grænsen', 'grensen', 'gränsen', 'grenze', 'border',
];
export function compoundTailType(tail: string): 'place' | 'organisation' | 'role' | null {
  const t = lower(tail).replace(/s$/, '');
  if (isRoleWord(t) || isRoleWord(lower(tail))) return 'role';
  if (endsWithAny(t, PLACE_TAIL_ENDINGS) || endsWithAny(lower(tail), PLACE_TAIL_ENDINGS)) return 'place';
  if (endsWithAny(t, ORG_NOUN_ENDINGS) || endsWithAny(lower(tail), ORG_NOUN_ENDINGS)) return 'organisation';
  return null;
}

/** Words inside multi-word names that make them an organisation. */
const ORG_NAME_WORDS = new Set([
  'news', 'times', 'post', 'journal', 'press', 'group', 'party', 'union', 'bank', 'council', 'agency',
  'ministry', 'institute', 'university', 'forces', 'army', 'navy', 'corporation', 'inc', 'ltd', 'company',
  'association', 'committee', 'commission', 'organisation', 'organization', 'social', 'media', 'tv',
  'radio', 'partei', 'partiet', 'parti', 'rat', 'rådet', 'bund', 'verband', 'ag', 'gmbh', 'as', 'asa', 'ab',
  'telegraph', 'guardian', 'herald', 'tribune', 'gazette', 'zeitung', 'tidende', 'posten', 'bladet',
  'house', 'hus', 'huset', 'haus', 'huis', 'department', 'office', 'court', 'academy', 'foundation',
  'centre', 'center', 'museum', 'school', 'college', 'service', 'services', 'agency', 'federation',
  'parliament', 'senate', 'congress', 'assembly', 'guard', 'police', 'airlines', 'group', 'fund',
]);
/**
 * Lower-case words that join the words of an institution's name: Institute for the Study of War,
 * Bank of England, Institut für Friedensforschung. No "and"/"og": they list two names as often.
 */
export const ORG_NAME_CONNECTORS = new Set(['of', 'for', 'on', 'für', 'de', 'des', 'du', 'för']);
/** An article after a connector: "for the", "of the". */
export const ORG_NAME_ARTICLES = new Set(['the', 'der', 'die', 'la', 'le', 'les']);
/** Endings that make a compound an institution's name: Folkeparti, Forsvarsministeriet, Folketinget. */
const ORG_COMPOUND_ENDINGS = [
  'parti', 'partiet', 'partei', 'ministeriet', 'ministerium', 'departementet', 'tinget', 'tingets', 'parlament',
  'parlamentet', 'bundestag', 'riksdagen', 'rådet', 'bureau', 'bureauet', 'byrå', 'byrån', 'byrået', 'agentur',
  'gruppen', 'selskab', 'selskabet', 'selskapet', 'bolaget', 'konzern', 'kommission', 'kommissionen', 'styrelsen',
  'direktoratet', 'universitet', 'universitetet', 'universität', 'akademie', 'akademiet', 'stiftung', 'fonden',
];
export function isOrgNameWord(word: string): boolean {
  const w = lower(word);
  return ORG_NAME_WORDS.has(w) || (w.length >= 8 && ORG_COMPOUND_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e)));
}

/** Words that are capitalised in English or German but are calendar words, never entities. */
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag',
  'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'jänner', 'mars', 'maj',
  'marts', 'desember', 'december', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag',
  'søndag', 'måndag', 'tisdag', 'lördag', 'söndag', 'christmas', 'easter', 'weihnachten', 'ostern',
]);
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(lower(word));
}

/**
 * Particles inside personal names (Ursula von der Leyen, Ludwig van Beethoven, Osama bin Laden).
 * Not de/la/le/da: in French, Spanish or Italian text "X de Y" is mostly two names, not one.
 */
export const NAME_PARTICLES = new Set(['von', 'van', 'bin', 'ibn', 'ter', 'ten', 'zu']);
/** Second particles after von/van: von der, van den. */
export const SECOND_PARTICLES = new Set(['der', 'den', 'de', 'dem', 'la']);

/** Verbs of saying right after a name: the name speaks, so it is no place. */
const SPEECH_VERBS = new Set([
  'siger', 'sagde', 'sagt', 'sier', 'sa', 'sade', 'säger', 'sagte', 'sagt', 'erklärte', 'erklærede',
  'erklærte', 'says', 'said', 'told', 'fortalte', 'berättade', 'mener', 'meint', 'mente', 'skriver',
  'schrieb', 'wrote', 'writes', 'understregede', 'understreket', 'betonte', 'tilføjede', 'la', 'added',
]);
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(lower(word));
}

/** Endings typical of place names in and around Europe, with a weight. */
const PLACE_SUFFIXES: [RegExp, number][] = [
  [/(land|lande|landet)$/i, 2], [/stan$/i, 2], [/mark$/i, 1], [/(ien|ia|ija|iya)$/i, 1], [/(aine|ine|ina)$/i, 1],
  [/(sk|zk)$/i, 1], [/(grad|gorod|burg|borg|pol|polis|stadt|ville|heim|holm|havn|hamn)$/i, 2],
  [/(ivka|ovka|evka|ivsk|ovsk)$/i, 2], [/(iv|yiv)$/i, 1],
];
/** Endings typical of Slavic and other surnames. */
const PERSON_SUFFIXES: [RegExp, number][] = [
  [/(ov|ev|ova|eva|enko|ko|sky|skyj|skij|skiy|ski|ska|vich|vitj|vytj|ovic|evic|uk|yk)$/i, 1],
];
export function suffixVotes(word: string): { place: number; person: number } {
  let place = 0;
  let person = 0;
  for (const [re, w] of PLACE_SUFFIXES) if (re.test(word)) place = Math.max(place, w);
  // Surname endings are weaker evidence than place endings: Kiev ends like Peskov.
  for (const [re, w] of PERSON_SUFFIXES) if (re.test(word)) person = Math.max(person, w / 2);
  return { place, person };
}

/**
 * Endings of German common nouns (and their plurals), for the German rule: German capitalises every
 * noun, so a capitalised word in a German passage needs more evidence than its capital letter.
 */
const GERMAN_NOUN_SUFFIX = /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|sionen|ion|ionen|tät|täten|ismus|ismen|nis|nisse|tum|tümer|ling|linge|chen|lein|ment|mente|ur|uren|ik|iken|ei|eien|ie|ien|enz|anz|ität|ive|iv|eur|ant|ent|ist|isten|mus|werk|wesen|zeug|gang|stand|bau|amt|ämter|haus|häuser|ort|orte|krieg|kriege|kriegs|wehr|abwehr|system|systeme|systemen|lage|rolle|recht|rechte|punkt|gespräch|partner|partnern|waffe|waffen|lieferung|produktion|vertreter|gesandte|gesandten|dokument|thema|themen|seite|seiten|tag|tage|tagen|woche|wochen|monat|jahr|jahre|jahren|zeit|frage|fragen|mittel|weg|wege)$/i;
/** German nouns used without article all the time (Ende Juni, fünf Prozent, 20 Uhr): never names. */
const GERMAN_BARE_NOUNS = new Set([
  'ende', 'anfang', 'mitte', 'beginn', 'prozent', 'euro', 'dollar', 'franken', 'rubel', 'hrywnja', 'million',
  'millionen', 'milliarde', 'milliarden', 'uhr', 'kilometer', 'meter', 'stunden', 'minuten', 'sekunden', 'grad',
  'punkte', 'teil', 'hilfe', 'angaben', 'zufolge', 'kraft', 'frage', 'bezug', 'folge', 'hinblick', 'anbetracht',
  'zuge', 'rahmen', 'laufe', 'namen', 'seiten', 'ort', 'stelle', 'schluss', 'sicht', 'fall', 'falle', 'grund',
  'gunsten', 'lasten', 'richtung', 'rund', 'tausende', 'hunderte', 'dutzende', 'leute', 'menschen', 'soldaten',
]);

export function hasGermanNounSuffix(word: string): boolean {
  return GERMAN_NOUN_SUFFIX.test(word) || GERMAN_BARE_NOUNS.has(lower(word));
}

/** Lower-case words that right before a German noun mark it as a common noun (articles, determiners). */
const GERMAN_DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein',
  'keine', 'keinen', 'keinem', 'keiner', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jeder', 'jede',
  'jedes', 'jeden', 'jedem', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem',
  'ihrer', 'unser', 'unsere', 'unseren', 'mein', 'meine', 'dein', 'deine', 'zum', 'zur', 'vom', 'beim',
  'im', 'am', 'ins', 'ans', 'welche', 'welcher', 'alle', 'allen', 'viele', 'vielen', 'mehrere', 'einige',
  'deren', 'dessen',
]);
/** Does this lower-case word before a German noun make it a common noun? Also inflected adjectives. */
export function isGermanNounMarker(word: string): boolean {
  const w = lower(word);
  if (GERMAN_DETERMINERS.has(w)) return true;
  // Inflected adjectives: "verschärfte Sanktionen", "ukrainischen Luftabwehr".
  return w.length > 4 && /(e|en|er|es|em)$/.test(w) && /(isch|lich|ig|bar|sam|haft|los|ert|te|ige|ene)(e|en|er|es|em)$/.test(w);
}

/** Acronyms of countries: written like organisations, but places. */
const COUNTRY_ACRONYMS = new Set(['USA', 'US', 'UK', 'UAE', 'USSR', 'UdSSR', 'SSSR', 'DDR', 'BRD', 'PRC', 'DPRK', 'DRC', 'ROK', 'VAE', 'GB']);
export function isCountryAcronym(word: string): boolean {
  return COUNTRY_ACRONYMS.has(word);
}
