/**
 * The few word lists the run-time guards need (shipped to content scripts, about 2 kB):
 * - TITLES: capitalised words that may stand before a surname without being a given name
 *   ("President Putin", "Präsident Selenskyj", "Secretary Austin"); English and German capitalise
 *   them mid-sentence, most other languages do not. A title is also evidence for an ambiguous
 *   surname ("President Duda" is the Polish president, not a Spanish doubt).
 * - TITLE_ENDINGS: ends of German compounds that are titles (Kremlchef, Außenminister, Sondergesandte).
 * - TIME_WORDS: English weekdays and months, capitalised next to names ("Putin Monday said").
 * - DESIGNATORS: words after a place name that keep it the place (Kursk Oblast, Kharkiv Region).
 * - GERMAN_MARKERS: frequent German words; a text with one capitalises nouns, so a capitalised
 *   neighbour says nothing about another name there.
 */
import { nameKey } from './key';

const TITLE_WORDS =
  'president presidents presidential prime minister ministers secretary chancellor general gen mr mrs ms miss dr sir lord ' +
  'king queen pope senator sen rep governor gov mayor ambassador envoy spokesman spokeswoman spokesperson leader chief ' +
  'commander colonel col admiral captain capt judge justice speaker chairman chairwoman director premier foreign defense ' +
  'defence deputy vice former ex acting candidate nominee rival counterpart patriarch oligarch dictator ' +
  'präsident präsidentin präsidenten kanzler kanzlerin staatschef kremlchef regierungschef ministerpräsident ' +
  'herr frau herrn generalsekretär sondergesandte sondergesandten gesandte gesandten sprecher sprecherin botschafter ' +
  'machthaber diktator amtskollege amtskollegen kollege kollegen herausforderer rivale gegner nachfolger vorgänger ' +
  'berater beraterin oberbefehlshaber kommandeur vizepräsident bundeskanzler exkanzler expräsident ' +
  'monsieur madame mme m signor signora señor señora don pan pani prof professor ' +
  // Titles of other languages, capitalised at a sentence start ("Президент Путин", "Prezydent Duda")
  'президент премьер министр канцлер генерал глава лидер господин прем\u2019єр міністр речник посол спецпосланник ' +
  'prezydent premier minister kanclerz generał prezident predsjednik predsednik premijer ministar ' +
  'presidente président ministre ministro premiere cancelliere chanceler başkan cumhurbaşkanı elnök miniszterelnök ' +
  'πρόεδρος πρωθυπουργός υπουργός presidentti pääministeri statsminister præsident presidenten utrikesminister ' +
  'forsvarsminister udenrigsminister generalsekretær generalsekreterare talsmand talsmann talsperson ' +
  'voorzitter premier minister-president kancléř ministr hlava šéf vůdce ' +
  'sekreterare sekretær sekretaer pressesekretær pressesekreterare rådgiver rådgivare utsending sendemand ' +
  'udsending talsperson talesperson ambassadør ambassadör generalsekretær';

const TITLE_COMPOUND_ENDS =
  'präsident präsidenten minister ministerin chef chefin sprecher gesandte gesandten kanzler führer herrscher sekretär kommandeur befehlshaber berater botschafter';

const TIME =
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december';

const DESIGNATOR_WORDS =
  'oblast oblasts region regions province provinces krai kraj raion rayon district city governorate area front ' +
  'oblasti oblastі region regionen regionu regionie provinsen provins fylke län ' +
  // Turkish writes titles after the country: "Ukrayna Devlet Başkanı", "Rusya Dışişleri Bakanı"
  'devlet cumhurbaşkanı başbakanı dışişleri savunma genel';

const GERMAN =
  'und ist nicht sich eine einen einem einer für wird wurde wurden auch über zum zur dass hatte sagte sind haben nach bei seine seinen ' +
  'die das dem auf mit von vom im gegen durch noch wie oder aber seit ihre zwischen unter meldet';

function keySet(words: string): Set<string> {
  return new Set(words.split(' ').filter(Boolean).map(nameKey).filter(Boolean));
}

export const TITLES = keySet(TITLE_WORDS);
export const TITLE_ENDINGS: readonly string[] = [...keySet(TITLE_COMPOUND_ENDS)];
export const TIME_WORDS = keySet(TIME);
export const DESIGNATORS = keySet(DESIGNATOR_WORDS);
/**
 * How German nouns before a name end (Kremlchef, Präsident, Sprecher, Kanzlerin, Führung, Komponist,
 * Gesandte, Kommissar); given names mostly end otherwise (Melania, Jill, Richard, Donald).
 */
export const GERMAN_NOUN_END =
  /(?:chef|ent|ant|er|or|in|ung|ist|eur|at|ar|e|en|ling|heit|keit|schaft|ier|iker|ur|ion|ik|ie|um|ei|nis|al|amt|rat|haus|bund|tag|ort)$/;

/** Lower-case words as written (not keys): German function words. */
export const GERMAN_MARKERS = new Set(GERMAN.split(' '));

/** Is this key a title, or a German compound ending in one (Kremlchef, Außenminister)? */
export function isTitleKey(key: string): boolean {
  if (TITLES.has(key)) return true;
  for (const end of TITLE_ENDINGS) if (key.length > end.length + 2 && key.endsWith(end)) return true;
  return false;
}

/**
 * Kin words after a possessive or genitive name ("Putin's daughter", "Putins Tochter", "Trumps
 * kone"): the text is about the relative, not the name's bearer. Lower case as written.
 */
export const KIN_AFTER_POSSESSIVE = new Set(
  (
    'son sons daughter daughters wife husband brother sister father mother widow nephew niece cousin grandson ' +
    'granddaughter stepson stepdaughter son-in-law daughter-in-law ex-wife ' +
    'sohn söhne tochter töchter ehefrau ehemann frau mann bruder schwester vater mutter witwe neffe nichte enkel enkelin ' +
    'søn sønner datter døtre kone hustru bror søster dotter döttrar hustru syster ' +
    'zoon dochter vrouw echtgenote broer zus'
  ).split(' '),
);

/** Kin words before a genitive name (сын Байдена, córka Putina, syn Bidena): the relative. */
export const KIN_BEFORE_GENITIVE = new Set(
  (
    'сын сына сыну сыном дочь дочери жена жены жене муж мужа брат брата сестра сестры отец отца мать матери вдова ' +
    'син сина донька доньки дочка дочки дружина дружини чоловік чоловіка ' +
    'syn syna synem córka córki żona żony mąż męża brat brata siostra siostry ojciec ojca matka matki ' +
    'dcera dcery manželka manželky bratr sestra otec'
  ).split(' '),
);

/** "Jr.", "Junior", Russian/Ukrainian "младший"/"молодший" (Байдена-младшего): another person. */
export function isJuniorWord(lower: string): boolean {
  return lower === 'jr' || lower === 'junior' || lower.startsWith('младш') || lower.startsWith('молодш');
}

/**
 * Capitalised words that qualify a place rather than start another name (Eastern Ukraine, Greater
 * Moscow, Occupied Crimea). Lower case as written.
 */
export const PLACE_QUALIFIERS = new Set(
  (
    'north northern south southern east eastern west western central northeast northeastern northwest ' +
    'northwestern southeast southeastern southwest southwestern greater occupied soviet imperial modern ' +
    'free independent democratic communist tsarist wartime postwar pre-war prewar all entire ' +
    'downtown metropolitan rural upper lower inner outer'
  ).split(' '),
);

/**
 * What follows "Moscow, " when it is another Moscow: US states (and AP abbreviations), Canadian
 * provinces, a few regions named with a town. Lower case as written, one or two words.
 */
export const REGION_AFTER_COMMA = new Set(
  (
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|' +
    'illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|' +
    'mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|' +
    'north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|' +
    'south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|' +
    'ala|ariz|ark|calif|colo|conn|del|fla|ga|ida|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|' +
    'mont|neb|nev|okla|ore|pa|tenn|tex|vt|va|wash|wis|wyo|' +
    'ontario|quebec|alberta|manitoba|saskatchewan|nova scotia|new brunswick|british columbia|' +
    'newfoundland|queensland|tasmania|victoria|new south wales'
  ).split('|'),
);

/** Prefixes joined to a name by a hyphen that keep it the name (Anti-Trump, Pro-Putin, Ex-NATO). */
export const HYPHEN_PREFIXES = new Set(
  'anti pro ex post pre non neo pan mid über ultra super arch vice contra counter'.split(' '),
);
