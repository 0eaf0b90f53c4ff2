/**
 * Deterministic generator of news-like corpora for the scale benchmark: `.txt` articles in the seeds'
 * format (` date YYYY-MM Title` first line, blank-line separated paragraphs), in Danish, Norwegian,
 * German, English, Swedish and French, naming the corpus's people, places and organisations in each
 * language's spelling. Every paragraph is one passage-sized block (2–4 sentences), so `passages: N`
 * gives about N passages. Same seed, same bytes.
 *
 * Vocabulary grows with the corpus the way real news does (Heaps' law): besides the fixed word lists,
 * a share of words come from a large made-up lexicon (syllables per language), so a 100k-passage
 * index holds far more terms than a 1k one — a template-only corpus would flatter MiniSearch.
 *
 * CLI: `tsx bench/generate-corpus.ts --passages 10000 --out DIR [--seed 1]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Languages the generator writes. */
export type GeneratedLang = 'da' | 'nb' | 'de' | 'en' | 'sv' | 'fr';

/** One generated article. */
export interface GeneratedArticle {
  /** File name, `gen_000123_da.txt`. */
  file: string;
  lang: GeneratedLang;
  text: string;
  /** Number of paragraphs (each about one passage). */
  paragraphs: number;
  /** Names used, in the spelling written. */
  names: string[];
}

export interface GenerateOptions {
  /** How many paragraphs (≈ passages) to write in total. */
  passages: number;
  /** PRNG seed; the default gives the bench's corpora. */
  seed?: number;
}

/** mulberry32: tiny, fast and good enough for test data; deterministic across platforms. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names as the corpus spells them, per language: [da, nb, de, en, sv, fr]. */
const PEOPLE: string[][] = [
  [
    'Volodymyr Zelenskyj',
    'Volodymyr Zelenskyj',
    'Wolodymyr Selenskyj',
    'Volodymyr Zelensky',
    'Volodymyr Zelenskyj',
    'Volodymyr Zelensky',
  ],
  ['Vladimir Putin', 'Vladimir Putin', 'Wladimir Putin', 'Vladimir Putin', 'Vladimir Putin', 'Vladimir Poutine'],
  ['Joe Biden', 'Joe Biden', 'Joe Biden', 'Joe Biden', 'Joe Biden', 'Joe Biden'],
  ['Donald Trump', 'Donald Trump', 'Donald Trump', 'Donald Trump', 'Donald Trump', 'Donald Trump'],
  [
    'Oleksij Reznikov',
    'Oleksij Reznikov',
    'Oleksij Resnikow',
    'Oleksii Reznikov',
    'Oleksij Reznikov',
    'Oleksiï Reznikov',
  ],
  [
    'Jevgenij Prigozjin',
    'Jevgenij Prigozjin',
    'Jewgeni Prigoschin',
    'Yevgeny Prigozhin',
    'Jevgenij Prigozjin',
    'Evgueni Prigojine',
  ],
  [
    'Jens Stoltenberg',
    'Jens Stoltenberg',
    'Jens Stoltenberg',
    'Jens Stoltenberg',
    'Jens Stoltenberg',
    'Jens Stoltenberg',
  ],
  ['Keith Kellogg', 'Keith Kellogg', 'Keith Kellogg', 'Keith Kellogg', 'Keith Kellogg', 'Keith Kellogg'],
  ['Dmitrij Peskov', 'Dmitrij Peskov', 'Dmitri Peskow', 'Dmitry Peskov', 'Dmitrij Peskov', 'Dmitri Peskov'],
  ['Steve Witkoff', 'Steve Witkoff', 'Steve Witkoff', 'Steve Witkoff', 'Steve Witkoff', 'Steve Witkoff'],
  ['Mark Rutte', 'Mark Rutte', 'Mark Rutte', 'Mark Rutte', 'Mark Rutte', 'Mark Rutte'],
  [
    'Aleksandr Lukasjenko',
    'Aleksandr Lukasjenko',
    'Alexander Lukaschenko',
    'Alexander Lukashenko',
    'Aleksandr Lukasjenko',
    'Alexandre Loukachenko',
  ],
  ['Lloyd Austin', 'Lloyd Austin', 'Lloyd Austin', 'Lloyd Austin', 'Lloyd Austin', 'Lloyd Austin'],
  ['Andrzej Duda', 'Andrzej Duda', 'Andrzej Duda', 'Andrzej Duda', 'Andrzej Duda', 'Andrzej Duda'],
  ['Justin Trudeau', 'Justin Trudeau', 'Justin Trudeau', 'Justin Trudeau', 'Justin Trudeau', 'Justin Trudeau'],
  ['Mike Waltz', 'Mike Waltz', 'Mike Waltz', 'Mike Waltz', 'Mike Waltz', 'Mike Waltz'],
  [
    'Caroline Leavitt',
    'Karoline Leavitt',
    'Karoline Leavitt',
    'Karoline Leavitt',
    'Karoline Leavitt',
    'Karoline Leavitt',
  ],
];
const PLACES: string[][] = [
  ['Ukraine', 'Ukraina', 'Ukraine', 'Ukraine', 'Ukraina', 'Ukraine'],
  ['Rusland', 'Russland', 'Russland', 'Russia', 'Ryssland', 'Russie'],
  ['Bakhmut', 'Bakhmut', 'Bachmut', 'Bakhmut', 'Bachmut', 'Bakhmout'],
  ['Kharkiv', 'Kharkiv', 'Charkiw', 'Kharkiv', 'Charkiv', 'Kharkiv'],
  ['Kursk', 'Kursk', 'Kursk', 'Kursk', 'Kursk', 'Koursk'],
  ['Izium', 'Izium', 'Isjum', 'Izium', 'Izium', 'Izioum'],
  ['Krim', 'Krim', 'Krim', 'Crimea', 'Krim', 'Crimée'],
  ['Donetsk', 'Donetsk', 'Donezk', 'Donetsk', 'Donetsk', 'Donetsk'],
  ['Moskva', 'Moskva', 'Moskau', 'Moscow', 'Moskva', 'Moscou'],
  ['Kyiv', 'Kyiv', 'Kiew', 'Kyiv', 'Kiev', 'Kiev'],
  ['Sumy', 'Sumy', 'Sumy', 'Sumy', 'Sumy', 'Soumy'],
  ['Pokrovsk', 'Pokrovsk', 'Pokrowsk', 'Pokrovsk', 'Pokrovsk', 'Pokrovsk'],
  ['Kupjansk', 'Kupjansk', 'Kupjansk', 'Kupiansk', 'Kupjansk', 'Koupiansk'],
  ['Washington', 'Washington', 'Washington', 'Washington', 'Washington', 'Washington'],
  ['Jeddah', 'Jeddah', 'Dschidda', 'Jeddah', 'Jeddah', 'Djeddah'],
  ['Hviderusland', 'Belarus', 'Belarus', 'Belarus', 'Belarus', 'Biélorussie'],
];
const ORGS: string[][] = [
  ['Nato', 'NATO', 'Nato', 'NATO', 'Nato', 'l’OTAN'],
  ['Kreml', 'Kreml', 'Kreml', 'the Kremlin', 'Kreml', 'le Kremlin'],
  ['Wagner-gruppen', 'Wagner-gruppen', 'Wagner-Gruppe', 'the Wagner Group', 'Wagnergruppen', 'le groupe Wagner'],
  ['Reuters', 'Reuters', 'Reuters', 'Reuters', 'Reuters', 'Reuters'],
  ['Det Hvide Hus', 'Det hvite hus', 'das Weiße Haus', 'the White House', 'Vita huset', 'la Maison Blanche'],
  ['FN', 'FN', 'die UNO', 'the UN', 'FN', 'l’ONU'],
  ['EU', 'EU', 'die EU', 'the EU', 'EU', 'l’UE'],
  ['CNN', 'CNN', 'CNN', 'CNN', 'CNN', 'CNN'],
];
const LANGS: GeneratedLang[] = ['da', 'nb', 'de', 'en', 'sv', 'fr'];
/** Share of articles per language: the seeds are mostly Danish, Norwegian and German. */
const LANG_WEIGHTS = [0.3, 0.2, 0.25, 0.15, 0.05, 0.05];

interface LangKit {
  /** Sentence frames; {P} person, {L} place, {O} organisation, {D} day, {N} number, {W} free words. */
  frames: string[];
  /** Everyday news words, most frequent first (drawn with a Zipf-like skew). */
  words: string[];
  days: string[];
  sources: string[];
}

const KITS: Record<GeneratedLang, LangKit> = {
  da: {
    frames: [
      '{P} siger {D}, at situationen i {L} er alvorlig.',
      'Ifølge {O} har {P} drøftet {W} med {P}.',
      'De ukrainske styrker er rykket {N} meter frem ved {L}, oplyser {O}.',
      '{P} opfordrer {L} til at {W}.',
      'Det skriver nyhedsbureauet {O} {D}.',
      'I samtalen med {P} udtrykker {P} bekymring over {W} i {L}.',
      '- Vi diskuterede {W}, siger {P} efter mødet i {L}.',
      'Mere end {N} soldater er sendt til grænsen mod {L} de seneste uger.',
    ],
    words:
      'krigen regeringen hæren modoffensiven våbenhvilen forhandlingerne grænsen soldaterne sanktionerne præsidenten ministeren støtten våbenhjælpen luftforsvaret dronerne angrebet byen regionen fronten befolkningen flygtningene økonomien energien forsyningerne samarbejdet topmødet aftalen mødet udtalelsen kritikken situationen fremskridtene tabene ødelæggelserne genopbygningen'.split(
        ' ',
      ),
    days: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    sources: ['/ritzau/', '/ritzau/Reuters', '/ritzau/AFP'],
  },
  nb: {
    frames: [
      '{P} sa {D} at situasjonen i {L} er alvorlig.',
      'Ifølge {O} har {P} diskutert {W} med {P}.',
      'Ukrainske styrker har rykket {N} meter frem ved {L}, opplyser {O}.',
      '{P} oppfordrer {L} til å {W}.',
      'Det melder nyhetsbyrået {O} {D}.',
      'I samtalen med {P} uttrykte {P} bekymring over {W} i {L}.',
      '«Vi diskuterte {W}», sa {P} etter møtet i {L}.',
      'Mer enn {N} soldater er sendt til grensen mot {L} de siste ukene.',
    ],
    words:
      'krigen regjeringen hæren motoffensiven våpenhvilen forhandlingene grensen soldatene sanksjonene presidenten ministeren støtten våpenhjelpen luftforsvaret dronene angrepet byen regionen fronten befolkningen flyktningene økonomien energien forsyningene samarbeidet toppmøtet avtalen møtet uttalelsen kritikken situasjonen fremskrittene tapene ødeleggelsene gjenoppbyggingen'.split(
        ' ',
      ),
    days: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    sources: ['NTB', 'NTB/Reuters', 'Kilde: NTB'],
  },
  de: {
    frames: [
      '{P} sagte am {D}, die Lage in {L} sei ernst.',
      'Laut {O} hat {P} mit {P} über {W} gesprochen.',
      'Die ukrainischen Truppen sind bei {L} {N} Meter vorgerückt, teilte {O} mit.',
      '{P} forderte {L} auf, {W} zu beenden.',
      'Das berichtet die Nachrichtenagentur {O} am {D}.',
      'Im Gespräch mit {P} äußerte {P} Sorge über {W} in {L}.',
      '„Wir haben über {W} gesprochen“, sagte {P} nach dem Treffen in {L}.',
      'Mehr als {N} Soldaten wurden in den vergangenen Wochen an die Grenze zu {L} verlegt.',
    ],
    words:
      'Krieg Regierung Armee Gegenoffensive Waffenruhe Verhandlungen Grenze Soldaten Sanktionen Präsident Minister Unterstützung Waffenlieferungen Luftabwehr Drohnen Angriff Stadt Region Front Bevölkerung Flüchtlinge Wirtschaft Energie Versorgung Zusammenarbeit Gipfel Abkommen Treffen Erklärung Kritik Lage Fortschritte Verluste Zerstörung Wiederaufbau'.split(
        ' ',
      ),
    days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    sources: ['(dpa)', 'dpa/AFP', 'Quelle: NUME.ch'],
  },
  en: {
    frames: [
      '{P} said on {D} that the situation in {L} was serious.',
      'According to {O}, {P} discussed {W} with {P}.',
      'Ukrainian forces advanced {N} metres near {L}, {O} said.',
      '{P} urged {L} to end {W}.',
      'The news agency {O} reported this on {D}.',
      'In the call with {P}, {P} voiced concern over {W} in {L}.',
      '"We discussed {W}," {P} said after the meeting in {L}.',
      'More than {N} soldiers have been sent to the border with {L} in recent weeks.',
    ],
    words:
      'war government army counteroffensive ceasefire negotiations border soldiers sanctions president minister support weapons air-defence drones attack city region front population refugees economy energy supplies cooperation summit agreement meeting statement criticism situation progress losses destruction reconstruction'.split(
        ' ',
      ),
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    sources: ['(Reuters)', '(AP)', 'Source: AFP'],
  },
  sv: {
    frames: [
      '{P} sade i {D}s att läget i {L} är allvarligt.',
      'Enligt {O} har {P} diskuterat {W} med {P}.',
      'Ukrainska styrkor har ryckt fram {N} meter vid {L}, uppger {O}.',
      '{P} uppmanar {L} att {W}.',
      'Det rapporterar nyhetsbyrån {O} på {D}.',
      'I samtalet med {P} uttryckte {P} oro över {W} i {L}.',
    ],
    words:
      'kriget regeringen armén motoffensiven vapenvilan förhandlingarna gränsen soldaterna sanktionerna presidenten ministern stödet vapenhjälpen luftförsvaret drönarna attacken staden regionen fronten befolkningen flyktingarna ekonomin energin'.split(
        ' ',
      ),
    days: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    sources: ['(TT)', 'TT-Reuters'],
  },
  fr: {
    frames: [
      '{P} a déclaré {D} que la situation à {L} était grave.',
      'Selon {O}, {P} a discuté de {W} avec {P}.',
      'Les forces ukrainiennes ont avancé de {N} mètres près de {L}, selon {O}.',
      '{P} a appelé {L} à mettre fin à {W}.',
      "L'agence {O} l'a rapporté {D}.",
      "Lors de l'entretien avec {P}, {P} s'est inquiété de {W} à {L}.",
    ],
    words:
      'guerre gouvernement armée contre-offensive cessez-le-feu négociations frontière soldats sanctions président ministre soutien armes défense drones attaque ville région front population réfugiés économie énergie'.split(
        ' ',
      ),
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    sources: ['(AFP)', 'Source : AFP'],
  },
};

/** Syllables the long-tail words are made of, per language (same order as `LANGS`). */
const SYLLABLES: string[][] = [
  'an be da er fo gen hu ing kla lø mor ne om på ri sk st tr ud ve øk år'.split(' '),
  'an be da er fo gen hu ing kla lø mor ne om på ri sk st tr ud ve øk vå'.split(' '),
  'ab be dor ein fer gu hau ig kl lie mün ne ob pf ra sch st tu ung ver wä zu'.split(' '),
  'ab bo con de ex fa gre in ly ment no or pro re sta ter un ver wa tion ble ing'.split(' '),
  'av be da er fö gen hu ing kla lä mor ne om på ri sk st tr ut ve ök'.split(' '),
  'a bo con dé en fa gré in lu mé no or pro re sta té un ver oi tion ble è'.split(' '),
];

/** The `id`-th word of a language's long-tail lexicon: 2–4 syllables, deterministic. */
export function tailWord(id: number, langIndex: number): string {
  const syllables = SYLLABLES[langIndex]!;
  let n = id + syllables.length; // at least two syllables
  let word = '';
  while (n > 0) {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return langIndex === 2 && id % 3 === 0 ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Writes about `passages` paragraphs' worth of articles. Pure: the same options give the same articles. */
export function generateArticles(options: GenerateOptions): GeneratedArticle[] {
  const random = createRandom(options.seed ?? 20_26);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Zipf-like: low indexes far more often, like real word frequencies.
  const pickSkewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.5)]!;
  const pickLang = (): number => {
    let r = random();
    for (let i = 0; i < LANG_WEIGHTS.length; i++) if ((r -= LANG_WEIGHTS[i]!) < 0) return i;
    return 0;
  };

  const articles: GeneratedArticle[] = [];
  let written = 0;
  while (written < options.passages) {
    const langIndex = pickLang();
    const lang = LANGS[langIndex]!;
    const kit = KITS[lang];
    const names: string[] = [];
    // Each article has its own cast: two or three people, two places, one organisation, as news does.
    const cast = { P: [pick(PEOPLE), pick(PEOPLE), pick(PEOPLE)], L: [pick(PLACES), pick(PLACES)], O: [pick(ORGS)] };
    const freeWords = (): string => {
      const count = 1 + Math.floor(random() * 4);
      const out: string[] = [];
      for (let i = 0; i < count; i++) {
        // Now and then a word of the long tail (a lexicon of 300k words, skewed to its start), so the
        // vocabulary keeps growing with the corpus (≈ 6k terms at 1k passages, 60k+ at 100k).
        if (random() < 0.4) out.push(tailWord(Math.floor(300_000 * random() ** 2.2), langIndex));
        else out.push(pickSkewed(kit.words));
      }
      return out.join(lang === 'en' || lang === 'fr' ? ' and ' : ' ');
    };
    const sentence = (): string =>
      pick(kit.frames).replace(/\{([PLODNW])\}/g, (_all, slot: string) => {
        switch (slot) {
          case 'P':
          case 'L':
          case 'O': {
            const spelled = pick(cast[slot as 'P' | 'L' | 'O'])[langIndex]!;
            names.push(spelled);
            return spelled;
          }
          case 'D':
            return pick(kit.days);
          case 'N':
            return String(10 * (1 + Math.floor(random() * 500)));
          default:
            return freeWords();
        }
      });

    const paragraphCount = Math.min(options.passages - written, 4 + Math.floor(random() * 10));
    const paragraphs: string[] = [];
    for (let p = 0; p < paragraphCount; p++) {
      const sentences: string[] = [];
      const count = 2 + Math.floor(random() * 3);
      for (let s = 0; s < count; s++) sentences.push(sentence());
      paragraphs.push(sentences.join(' '));
    }
    const title = sentence().replace(/[.!?]$/, '');
    const year = 2021 + Math.floor(random() * 5);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const header = random() < 0.9 ? ` date ${year}-${month} ${title}` : title;
    const source = random() < 0.6 ? `\n\n${pick(kit.sources)}` : '';
    const index = articles.length;
    articles.push({
      file: `gen_${String(index).padStart(6, '0')}_${lang}.txt`,
      lang,
      text: `${header}\n\n${paragraphs.join('\n\n')}${source}\n`,
      paragraphs: paragraphCount,
      names: [...new Set(names)],
    });
    written += paragraphCount;
  }
  return articles;
}

/** Writes a generated corpus into `dir` (created if needed). Returns what was written. */
export function writeCorpus(
  dir: string,
  options: GenerateOptions,
): { files: number; paragraphs: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let paragraphs = 0;
  let bytes = 0;
  const articles = generateArticles(options);
  for (const article of articles) {
    writeFileSync(path.join(dir, article.file), article.text);
    paragraphs += article.paragraphs;
    bytes += Buffer.byteLength(article.text);
  }
  return { files: articles.length, paragraphs, bytes };
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = arg('out');
  const passages = Number(arg('passages') ?? '1000');
  if (!out || !Number.isInteger(passages) || passages <= 0) {
    console.error('usage: tsx bench/generate-corpus.ts --passages N --out DIR [--seed S]');
    process.exit(2);
  }
  const result = writeCorpus(out, { passages, seed: arg('seed') ? Number(arg('seed')) : undefined });
  console.log(`wrote ${result.files} articles, ${result.paragraphs} paragraphs, ${result.bytes} bytes to ${out}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href)
  main(process.argv.slice(2));
