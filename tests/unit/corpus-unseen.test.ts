/**
 * The corpus pipeline on articles it has never seen, in other languages and layouts: the rules
 * must be general, not fitted to the five seeds.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, parseArticle, type ParsedArticle } from '../../lib/corpus';

function roundTrips(text: string, parsed: ParsedArticle): void {
  for (const item of [...parsed.passages, ...parsed.dropped]) expect(text.slice(item.start, item.end)).toBe(item.text);
}
const reasons = (parsed: ParsedArticle) => parsed.dropped.map((d) => [d.reason, d.text]);

const ENGLISH = `World News | Politics | Business | Sport

Ukraine and Poland agree on new grain corridor

By Jane Doe and John Roe
Published March 14, 2025

WARSAW (Reuters) - Ukraine and Poland agreed on Friday to open a new corridor for grain exports, the two governments said in a joint statement after talks in Warsaw.

Polish farmers had blocked border crossings for weeks, demanding limits on imports that they say undercut local prices. The deal sets quotas for wheat, maize and sugar until the end of the year.

"This is a fair compromise for both sides," Prime Minister Donald Tusk told reporters.

Read more: EU ministers split over farm subsidies

Share this article

Sign up for our daily newsletter. Enter your email address to get the top stories in your inbox.

Related articles
Zelenskiy meets Tusk in Kyiv
Farmers protest at Dorohusk crossing
Grain prices fall to three-year low

Comments (3)
`;

const FINNISH = `Suomi lähettää Ukrainalle uuden apupaketin

Julkaistu 14.3.2025 klo 12.30

Puolustusministeri Antti Häkkänen kertoi perjantaina, että Suomi lähettää Ukrainalle 22. puolustustarvikepaketin. Paketin arvo on noin 200 miljoonaa euroa, eikä sen sisältöä julkisteta turvallisuussyistä.

Häkkäsen mukaan Suomen tuki Ukrainalle jatkuu niin kauan kuin sitä tarvitaan.

Lue myös: Presidentti Stubb vierailee Kiovassa

Jaa

Lähde: STT
`;

// One paragraph per line, no blank lines, like seed 002.
const POLISH =
  'Prezydent Zełenski spotkał się z premierem Tuskiem w Kijowie. Rozmowy dotyczyły dalszej pomocy wojskowej, odbudowy kraju oraz eksportu zboża przez polską granicę.\n' +
  'Według agencji PAP obaj politycy podpisali także porozumienie o współpracy w dziedzinie energetyki 14 marca 2025 r.\n' +
  'Czytaj też: Rolnicy znów blokują przejście graniczne w Dorohusku\n' +
  'Udostępnij\n';

describe('an unseen English wire story', () => {
  const parsed = parseArticle('reuters-grain.txt', ENGLISH);

  it('finds title, date, language and the agency of the dateline', () => {
    expect(parsed.document).toMatchObject({
      id: 'reuters-grain',
      title: 'Ukraine and Poland agree on new grain corridor',
      date: '2025-03-14',
      dateSource: 'text',
      lang: 'en',
      source: 'Reuters',
      sourceUrl: null,
    });
  });

  it('keeps the story and drops menu, byline, teaser, share, newsletter, related list and comments', () => {
    expect(parsed.passages.map((p) => p.text.slice(0, 30))).toEqual([
      'Ukraine and Poland agree on ne',
      'WARSAW (Reuters) - Ukraine and',
      'Polish farmers had blocked bor',
      '"This is a fair compromise for',
    ]);
    expect(reasons(parsed)).toEqual([
      ['section-list', 'World News | Politics | Business | Sport'],
      ['byline', 'By Jane Doe and John Roe'],
      ['byline', 'Published March 14, 2025'],
      ['related-links', 'Read more: EU ministers split over farm subsidies'],
      ['share-prompt', 'Share this article'],
      [
        'newsletter',
        'Sign up for our daily newsletter. Enter your email address to get the top stories in your inbox.',
      ],
      ['related-links', 'Related articles'],
      ['related-links', 'Zelenskiy meets Tusk in Kyiv'],
      ['related-links', 'Farmers protest at Dorohusk crossing'],
      ['related-links', 'Grain prices fall to three-year low'],
      ['comment-prompt', 'Comments (3)'],
    ]);
    expect(parsed.passages.every((p) => p.lang === 'en')).toBe(true);
    roundTrips(ENGLISH, parsed);
  });
});

describe('an unseen Finnish article', () => {
  const parsed = parseArticle('yle.txt', FINNISH);

  it('reads the Finnish date form 14.3.2025 and the Lähde line', () => {
    expect(parsed.document).toMatchObject({
      title: 'Suomi lähettää Ukrainalle uuden apupaketin',
      date: '2025-03-14',
      dateSource: 'text',
      lang: 'fi',
      source: 'STT',
    });
  });

  it('drops the publishing line, the "Lue myös" teaser, the share button and the source line', () => {
    expect(reasons(parsed).map(([reason]) => reason)).toEqual([
      'byline',
      'related-links',
      'share-prompt',
      'source-line',
    ]);
    expect(parsed.passages).toHaveLength(3);
    expect(parsed.passages.every((p) => p.lang === 'fi')).toBe(true);
    roundTrips(FINNISH, parsed);
  });
});

describe('an unseen Polish article, one paragraph per line', () => {
  const parsed = parseArticle('pap.txt', POLISH);

  it('title from the first sentence, date with a Polish month name, PAP from "Według agencji PAP"', () => {
    expect(parsed.document).toMatchObject({
      title: 'Prezydent Zełenski spotkał się z premierem Tuskiem w Kijowie.',
      date: '2025-03-14',
      lang: 'pl',
      source: 'PAP',
    });
    expect(parsed.passages).toHaveLength(2);
    expect(reasons(parsed).map(([reason]) => reason)).toEqual(['related-links', 'share-prompt']);
    roundTrips(POLISH, parsed);
  });
});

// The layout of seed 003 (a translated Vietnamese portal), here in English, with a headline list
// whose two lines are of similar width and must not be joined into one "paragraph".
const PORTAL_ENGLISH = `Vietnam.vn - Vietnam Promotion Platform

Putin sends private signal to Trump

Thanh Nien NewspaperThanh Nien Newspaper14/03/2025

The Kremlin said on March 14 that Russian President Vladimir Putin had responded to his US counterpart Donald Trump's proposal for a ceasefire in Ukraine.

Chiến sự Ukraine ngày 1.115: Ông Putin gửi tín hiệu riêng cho ông Trump - Ảnh 1.

Russian President Vladimir Putin met US special envoy Steve Witkoff in Moscow on March 13.

Article continues below advertisement

Witkoff had traveled to the Russian capital to convey details of the meeting between the US and Ukraine in Jeddah.

[ad_2]
Source: https://thanhnien.vn/chien-su-ukraine-ngay-1115.htm

Comment (0)

Leave a comment to share your feelings!

Same topic

Same category

Christmas entertainment venue causes a stir among young people in Ho Chi Minh City
What is in 100-meter street that causes a stir at Christmas?

Same author

Heritage

Figure

Business

Current events

Local`;

describe('an unseen translated portal page in English (the layout of seed 003)', () => {
  const parsed = parseArticle('portal.txt', PORTAL_ENGLISH);

  it('metadata: headline, dateline date, English, Thanh Nien with the Source URL', () => {
    expect(parsed.document).toMatchObject({
      title: 'Putin sends private signal to Trump',
      date: '2025-03-14',
      dateSource: 'text',
      lang: 'en',
      source: 'Thanh Nien',
      sourceUrl: 'https://thanhnien.vn/chien-su-ukraine-ngay-1115.htm',
    });
  });

  it('keeps the four article units and drops the rest with the same reasons as for 003', () => {
    expect(parsed.passages.map((p) => p.text.slice(0, 24))).toEqual([
      'Putin sends private sign',
      'The Kremlin said on Marc',
      'Russian President Vladim',
      'Witkoff had traveled to ',
    ]);
    expect(reasons(parsed).map(([reason]) => reason)).toEqual([
      'site-header',
      'byline',
      'caption-other-language',
      'advertisement',
      'placeholder',
      'source-line',
      'comment-prompt',
      'comment-prompt',
      'related-links',
      'related-links',
      'related-links',
      'related-links',
      'related-links',
      'section-list',
      'section-list',
      'section-list',
      'section-list',
      'section-list',
    ]);
    roundTrips(PORTAL_ENGLISH, parsed);
  });
});

describe('an unseen Norwegian NTB story and a French AFP story', () => {
  it('NTB: publishing lines, the (©NTB) line and the share buttons go; NTB is the source', () => {
    const text =
      'Støre lover mer støtte til Ukraina\n\nPublisert: 14.03.2025 12:30\nOppdatert: 14.03.2025 13:05\n\nStatsminister Jonas Gahr Støre (Ap) sier regjeringen vil øke støtten til Ukraina med ytterligere fem milliarder kroner i år.\n\n– Dette er et viktig signal, sier Støre til NTB.\n\n(©NTB)\n\nDel på Facebook\nDel på X\nKopier lenke';
    const parsed = parseArticle('ntb.txt', text);
    expect(parsed.document).toMatchObject({
      date: '2025-03-14',
      lang: 'nb',
      source: 'NTB',
      title: 'Støre lover mer støtte til Ukraina',
    });
    expect(reasons(parsed).map(([reason]) => reason)).toEqual([
      'byline',
      'byline',
      'byline',
      'share-prompt',
      'share-prompt',
      'share-prompt',
    ]);
    expect(parsed.passages.at(-1)!.text).toBe('– Dette er et viktig signal, sier Støre til NTB.');
  });

  it('AFP: "Par …" byline, "Publié le …" dateline (not a source), "Lire aussi", "Source : AFP"', () => {
    const text =
      "Ukraine : Zelensky rencontre Macron à Paris\n\nPar Marie Dupont\nPublié le 14 mars 2025 à 10h30\n\nLe président ukrainien Volodymyr Zelensky a rencontré vendredi Emmanuel Macron à l'Élysée pour discuter de l'aide militaire européenne.\n\nLire aussi : Les Européens divisés sur les avoirs russes\n\nPartager cet article\n\nSource : AFP";
    const parsed = parseArticle('afp.txt', text);
    expect(parsed.document).toMatchObject({ date: '2025-03-14', lang: 'fr', source: 'AFP' });
    expect(reasons(parsed).map(([reason]) => reason)).toEqual([
      'byline',
      'byline',
      'related-links',
      'share-prompt',
      'source-line',
    ]);
  });
});

describe('layouts and edge cases', () => {
  it('CRLF line endings: offsets stay exact and no passage ends with a carriage return', () => {
    const text =
      'Regeringen vil sende flere våben til Ukraine\r\n\r\nForsvarsminister Troels Lund Poulsen siger tirsdag, at Danmark sender endnu en donationspakke til Ukraine.\r\n\r\n/ritzau/\r\n';
    const parsed = parseArticle('crlf.txt', text);
    expect(parsed.document.source).toBe('ritzau');
    expect(parsed.document.lang).toBe('da');
    expect(parsed.passages.map((p) => p.text)).toEqual([
      'Regeringen vil sende flere våben til Ukraine',
      'Forsvarsminister Troels Lund Poulsen siger tirsdag, at Danmark sender endnu en donationspakke til Ukraine.',
    ]);
    roundTrips(text, parsed);
  });

  it('a hard-wrapped paragraph is one passage, and its title is not cut at a line break', () => {
    const text =
      'Ministers met in Brussels on Tuesday to discuss the next package of\nsanctions against Russia, which diplomats expect to include new limits\non liquefied natural gas and on the shadow fleet of oil tankers.\n\nThe package needs the support of all 27 member states.\n';
    const parsed = parseArticle('wrapped.txt', text);
    expect(parsed.passages).toHaveLength(2);
    expect(parsed.passages[0]!.text).toContain('package of\nsanctions');
    expect(parsed.document.title).toMatch(
      /^Ministers met in Brussels on Tuesday to discuss the next package of sanctions/,
    );
    expect(parsed.document.title.length).toBeLessThanOrEqual(101);
  });

  it(`a long paragraph is split at sentence ends into passages of at most ${MAX_PASSAGE_CHARS} characters`, () => {
    const sentences = Array.from(
      { length: 12 },
      (_, i) =>
        `Dies ist Satz Nummer ${i + 1} über die Lage in der Ukraine, am 9. Juli sagte Dr. Müller z. B. etwas dazu.`,
    );
    const text = `Langer Absatz\n\n${sentences.join(' ')}\n`;
    const parsed = parseArticle('long.txt', text);
    const body = parsed.passages.slice(1);
    expect(body.length).toBeGreaterThan(1);
    for (const passage of body) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      // Whole sentences only: not cut after "9." or "Dr." or "z.".
      expect(passage.text).toMatch(/^Dies ist Satz Nummer \d+ .*etwas dazu\.$/);
    }
    expect(body.map((p) => p.text).join(' ')).toBe(sentences.join(' '));
    roundTrips(text, parsed);
  });

  it('a German dpa story: dateline tag gives the source and leaves the title; a closing dateline is dropped', () => {
    const text =
      'Kiew (dpa) - Die Ukraine hat nach eigenen Angaben einen russischen Angriff mit Drohnen abgewehrt. Das teilte die Luftwaffe am Sonntag mit.\n\nVeröffentlicht am 03.04.2025\n';
    const parsed = parseArticle('dpa.txt', text);
    expect(parsed.document).toMatchObject({
      title: 'Die Ukraine hat nach eigenen Angaben einen russischen Angriff mit Drohnen abgewehrt.',
      date: '2025-04-03',
      lang: 'de',
      source: 'dpa',
    });
    expect(reasons(parsed)).toEqual([['byline', 'Veröffentlicht am 03.04.2025']]);
  });

  it('a foreign-language quote inside the article is kept with its own language', () => {
    const text =
      'Statsministeren: Vi står sammen\n\nStatsminister Mette Frederiksen mødtes mandag med Ukraines præsident i København for at drøfte den fortsatte støtte.\n\n"We will stand with Ukraine for as long as it takes," she said in English.\n\nMødet varede to timer, og de to ledere talte også om genopbygning.\n';
    const parsed = parseArticle('quote.txt', text);
    expect(parsed.document.lang).toBe('da');
    expect(parsed.dropped).toEqual([]);
    expect(parsed.passages.map((p) => p.lang)).toEqual(['da', 'da', 'en', 'da']);
  });

  it('a caption in another language is dropped; a caption of foreign names in the article language is kept', () => {
    const danish =
      'Russiske styrker rykker frem\n\nRussiske styrker er rykket frem nær byen Bakhmut i det østlige Ukraine, oplyser det ukrainske forsvar søndag.\n\nSoldiers walk past a destroyed building in Bakhmut\n\nKampene har varet i flere måneder, og byen er næsten helt ødelagt.\n';
    const parsed = parseArticle('caption.txt', danish);
    expect(reasons(parsed)).toEqual([['caption-other-language', 'Soldiers walk past a destroyed building in Bakhmut']]);
    const german =
      'Treffen in Alaska\n\nDer amerikanische Präsident hat sich am Freitag mit dem russischen Präsidenten in Alaska getroffen, um über den Krieg zu sprechen.\n\nDonald Trump und Wladimir Putin in Alaska\n\nDas Treffen dauerte fast drei Stunden, ein Abkommen gab es nicht.\n';
    const kept = parseArticle('names.txt', german);
    expect(kept.dropped).toEqual([]);
    expect(kept.passages.map((p) => p.text)).toContain('Donald Trump und Wladimir Putin in Alaska');
  });

  it('article text that merely mentions newsletters, comments, sharing or photos is not dropped', () => {
    const text =
      'Substack founders defend their newsletter model\n\nThe founders of Substack said on Monday that their newsletter platform would keep paying writers, despite criticism.\n\nPost-war comments by the minister were short, and he declined to share details.\n\nMore about the deal\n\nThe company was valued at 650 million dollars in its last funding round, according to people familiar with it.\n\nPhoto agencies were not allowed into the room.\n';
    const parsed = parseArticle('substack.txt', text);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.passages).toHaveLength(6);
    const danish =
      'Aftale om våben\n\nDel af aftalen er hemmelig, siger forsvarsministeren til Ritzau tirsdag.\n\nDel\n';
    expect(reasons(parseArticle('del.txt', danish))).toEqual([['share-prompt', 'Del']]);
  });

  it('an article of nothing but boilerplate has no passages, says so, and names itself after the file', () => {
    const parsed = parseArticle('only-share.txt', 'Teilen Sie dies:\n\nScreenshot\n');
    expect(parsed.passages).toEqual([]);
    expect(parsed.document.title).toBe('only-share');
    expect(parsed.notes).toContain('no article text left after boilerplate removal');
    expect(reasons(parsed)).toEqual([
      ['share-prompt', 'Teilen Sie dies:'],
      ['photo-credit', 'Screenshot'],
    ]);
  });

  it('a month-first US date is read as such when day-first is impossible; a yearless date is not used', () => {
    const us = parseArticle(
      'us.txt',
      'Senate passes aid bill\n\nWASHINGTON, 04/23/2024 (AP) — The Senate passed a long-delayed aid package for Ukraine late Tuesday.\n',
    );
    expect(us.document.date).toBe('2024-04-23');
    expect(us.document.source).toBe('AP');
    const yearless = parseArticle(
      'n.txt',
      'Overskrift\n\nKreml sa 14. mars at Russlands president Vladimir Putin hadde svart på forslaget.\n',
    );
    expect(yearless.document.date).toBeNull();
    expect(yearless.document.dateSource).toBe('none');
  });

  it('a leading BOM and surrounding blank lines do not end up in a passage', () => {
    const text =
      '\uFEFF\n\n  Overskrift om Ukraine  \n\n\nEn helt almindelig artikel om krigen i Ukraine, skrevet til en test af systemet.\n\n';
    const parsed = parseArticle('bom.txt', text);
    expect(parsed.passages.map((p) => p.text)).toEqual([
      'Overskrift om Ukraine',
      'En helt almindelig artikel om krigen i Ukraine, skrevet til en test af systemet.',
    ]);
    roundTrips(text, parsed);
  });
});

describe('hostile input', () => {
  // Each of these once took minutes (a regex or a search that grew with the square of the length).
  it.each([
    ['ordinals', `Titel\n\n${'1. '.repeat(33_000)}`],
    ['one word with hyphens', `Titel\n\n${'a-'.repeat(50_000)}`],
    ['capitalised words after "Wie"', `Titel\n\nWie ${'Abc '.repeat(25_000)}berichtet`],
    ['slashes', `${'/a '.repeat(33_000)}x`],
  ])(
    '%s: 100,000 characters parse in seconds, offsets intact',
    (_name, text) => {
      const started = performance.now();
      const parsed = parseArticle('hostile.txt', text);
      expect(performance.now() - started).toBeLessThan(8000);
      roundTrips(text, parsed);
      for (const passage of parsed.passages) expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    },
    30_000,
  );
});
