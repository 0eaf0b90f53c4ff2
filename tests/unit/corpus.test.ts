/**
 * The corpus pipeline on the five seed articles: metadata, what is kept and dropped, and offsets.
 * Expected values were read off the seed files (cat -A) by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, DroppedSchema, PassageSchema } from '../../lib/bundle/schema';
import { parseArticle, type ParsedArticle } from '../../lib/corpus';
import { readSeedFolder } from '../../lib/node/readFolder';

const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
const { files } = readSeedFolder(SEEDS_DIR);
const original = new Map(files.map((f) => [f.file.slice(0, 3), f.text]));
const parsed = new Map<string, ParsedArticle>(files.map((f) => [f.file.slice(0, 3), parseArticle(f.file, f.text)]));

function article(prefix: string): ParsedArticle {
  const found = parsed.get(prefix);
  if (!found) throw new Error(`seed ${prefix} missing`);
  return found;
}
const passageTexts = (prefix: string) => article(prefix).passages.map((p) => p.text);
const droppedOf = (prefix: string, reason: string) =>
  article(prefix)
    .dropped.filter((d) => d.reason === reason)
    .map((d) => d.text);

describe('seed metadata', () => {
  it('000: title from the first sentence (no headline), header date, Danish, ritzau/Reuters', () => {
    const { document } = article('000');
    expect(document.id).toBe('000_e45d9ab066da7475');
    expect(document.file).toBe('000_e45d9ab066da7475.txt');
    expect(document.title).toBe(
      'Ukraines præsident, Volodymyr Zelenskyj, og hans forsvarsminister, Oleksij Reznikov, har søndag haft…',
    );
    expect(document.date).toBe('2023-06');
    expect(document.dateSource).toBe('header');
    expect(document.lang).toBe('da');
    expect(document.source).toBe('ritzau/Reuters');
    expect(document.sourceUrl).toBeNull();
    expect(article('000').notes).toContain('title shortened');
  });

  it('001: headline after the date header, Danish, Reuters from "Det skriver nyhedsbureauet Reuters"', () => {
    const { document } = article('001');
    expect(document.title).toBe('Biden opfordrer Putin til at dæmpe konflikt med Ukraine');
    expect(document.date).toBe('2021-04');
    expect(document.dateSource).toBe('header');
    expect(document.lang).toBe('da');
    expect(document.source).toBe('Reuters');
  });

  it('002: one paragraph per line, no date anywhere, Danish, ritzau', () => {
    const { document } = article('002');
    expect(document.title).toBe(
      'Ukraine har på halvanden uge erobret 2000 kvadratkilometer tilbage fra Rusland, siger den ukrainske præsident, Volodymyr Zelenskyj, lørdag aften.',
    );
    expect(document.date).toBeNull();
    expect(document.dateSource).toBe('none');
    expect(article('002').notes).toContain('no date found');
    expect(document.lang).toBe('da');
    expect(document.source).toBe('ritzau');
  });

  it('003: title after the site header, date 14/03/2025 from the text, Norwegian, Thanh Niên with the Kilde URL', () => {
    const { document, notes } = article('003');
    expect(document.title).toBe('Putin sendte et privat signal til Trump.');
    expect(document.date).toBe('2025-03-14');
    expect(document.dateSource).toBe('text');
    expect(notes).toContain('date from text 14/03/2025');
    expect(document.lang).toBe('nb');
    expect(document.source).toBe('Thanh Niên');
    expect(document.sourceUrl).toBe(
      'https://thanhnien.vn/chien-su-ukraine-ngay-1115-ong-putin-gui-tin-hieu-rieng-cho-ong-trump-185250314203319371.htm',
    );
  });

  it('004: title from the lead sentence with its no-break spaces made plain, German, NUME.ch', () => {
    const { document } = article('004');
    expect(document.title).toBe(
      'Der ukrainische Präsident Wolodymyr Selenskyj hat sich mit dem US-Sondergesandten für die Ukraine, Keith Kellogg, getroffen.',
    );
    expect(document.date).toBeNull();
    expect(document.dateSource).toBe('none');
    expect(document.lang).toBe('de');
    expect(document.source).toBe('NUME.ch');
  });

  it('every document, passage and dropped item fits the bundle schema', () => {
    for (const a of parsed.values()) {
      expect(() => DocumentSchema.omit({ firstPassage: true, passageCount: true }).parse(a.document)).not.toThrow();
      for (const p of a.passages) expect(() => PassageSchema.omit({ id: true }).parse(p)).not.toThrow();
      for (const d of a.dropped) expect(() => DroppedSchema.parse(d)).not.toThrow();
    }
  });
});

describe('seed passages: kept and dropped', () => {
  it('000: the date header and the /ritzau/Reuters signature are dropped, all 13 paragraphs kept', () => {
    expect(article('000').dropped.map((d) => [d.reason, d.text])).toEqual([
      ['date-header', 'date 2023-06'],
      ['byline', '/ritzau/Reuters'],
    ]);
    const texts = passageTexts('000');
    expect(texts).toHaveLength(13);
    expect(texts[0]).toMatch(/^Ukraines præsident, Volodymyr Zelenskyj/);
    expect(texts[8]).toBe('Wagner-gruppen var med til at erobre Bakhmut i maj.');
    expect(texts.at(-1)).toMatch(/Andrzej Duda, søndag\.$/);
    expect(texts.join('\n')).not.toContain('ritzau');
  });

  it('001: the headline is the first passage and every paragraph is kept', () => {
    const texts = passageTexts('001');
    expect(texts).toHaveLength(14);
    expect(texts[0]).toBe('Biden opfordrer Putin til at dæmpe konflikt med Ukraine');
    expect(texts).toContain('Det skriver nyhedsbureauet Reuters.');
    expect(texts.at(-1)).toMatch(/Krim-halvøen\.$/);
    expect(article('001').dropped.map((d) => d.reason)).toEqual(['date-header']);
  });

  it('002: the newsletter sign-up after /ritzau/ is dropped, the 18 article lines kept', () => {
    const newsletter = droppedOf('002', 'newsletter');
    expect(newsletter).toHaveLength(4);
    expect(newsletter[0]).toMatch(/^Du vil modtage en email/);
    expect(newsletter[2]).toBe('..og din tilmelding blev ikke registeret.');
    expect(newsletter[3]).toMatch(/avisen@avisen\.dk/);
    expect(droppedOf('002', 'byline')).toEqual(['/ritzau/']);
    const texts = passageTexts('002');
    expect(texts).toHaveLength(18);
    expect(texts.at(-1)).toBe('Izium er sammen med Kupjansk og Balaklija vigtige jernbaneknudepunkter.');
    expect(texts.join('\n')).not.toMatch(/nyhedsbrev|tilmeld|ritzau/);
  });

  it('003: site header, byline, Vietnamese captions, [annonse_2], Kilde, comments and the link lists are dropped', () => {
    expect(droppedOf('003', 'site-header')).toEqual(['Vietnam.vn - Nền tảng quảng bá Việt Nam']);
    expect(droppedOf('003', 'byline')).toEqual(['Báo Thanh niênBáo Thanh niên14/03/2025']);
    const captions = droppedOf('003', 'caption-other-language');
    expect(captions).toHaveLength(3);
    for (const [i, caption] of captions.entries()) {
      expect(caption).toBe(`Chiến sự Ukraine ngày 1.115: Ông Putin gửi tín hiệu riêng cho ông Trump - Ảnh ${i + 1}.`);
    }
    expect(droppedOf('003', 'placeholder')).toEqual(['[annonse_2]']);
    expect(droppedOf('003', 'source-line')).toHaveLength(1);
    expect(droppedOf('003', 'comment-prompt')).toEqual([
      'Kommentar (0)',
      'Legg igjen en kommentar for å dele følelsene dine!',
    ]);
    expect(droppedOf('003', 'related-links')).toEqual([
      'I samme emne',
      'I samme kategori',
      'Juleunderholdningssted som skaper oppstyr blant unge i Ho Chi Minh-byen med en 7 meter lang furu',
      'Hva er det i 100-metersgaten som skaper oppstyr i julen?',
      'Overveldet av det fantastiske bryllupet som ble holdt i 7 dager og netter på Phu Quoc',
      'Parade med antikke kostymer: Hundre blomsterglede',
      'Av samme forfatter',
      'Vietnam er verdens ledende kulturarvdestinasjon i 2025',
    ]);
    expect(droppedOf('003', 'section-list')).toEqual([
      'Arv',
      'Figur',
      'Forretninger',
      'Aktuelle hendelser',
      'Det politiske systemet',
      'Lokalt',
      'Produkt',
    ]);
  });

  it('003: the article text is kept, subheadings and Norwegian captions included, nothing Vietnamese', () => {
    const texts = passageTexts('003');
    expect(texts[0]).toBe('Putin sendte et privat signal til Trump.');
    expect(texts[1]).toMatch(/^Kreml sa 14\. mars at Russlands president Vladimir Putin/);
    expect(texts).toContain('Nye signaler fra Russland');
    expect(texts).toContain(
      'Russlands president Vladimir Putin møtte USAs spesialutsending Steve Witkoff i Moskva 13. mars.',
    );
    expect(texts).toContain('Ukraina mister forspranget sitt i Kursk.');
    expect(texts.at(-1)).toMatch(/^I mellomtiden opplyste tjenestemenn i Ukrainas Kharkiv-provins/);
    expect(texts).toHaveLength(36);
    const all = texts.join('\n');
    expect(all).not.toMatch(/[ảạấầậắằặẹếềệịọốồộớờợụứừựđ]/u);
    expect(all).not.toMatch(/annonse|Kilde|Kommentar|samme emne|Lokalt/);
  });

  it('004: share prompts, the "Bleiben Sie informiert" teaser and "Screenshot" are dropped', () => {
    expect(article('004').dropped.map((d) => d.reason)).toEqual([
      'share-prompt',
      'related-links',
      'photo-credit',
      'share-prompt',
    ]);
    expect(droppedOf('004', 'related-links')[0]).toMatch(
      /^Bleiben Sie informiert – Relevantes\. Jeden Tag\. Lesen Sie-/,
    );
    expect(droppedOf('004', 'photo-credit')).toEqual(['Screenshot']);
    const texts = passageTexts('004');
    expect(texts[0]).toMatch(/^Der ukrainische Präsident/);
    expect(texts.some((t) => t.startsWith('Wie NUME.ch berichtet'))).toBe(true);
    expect(texts.some((t) => t.includes('Walentin Rybakow'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/Teilen Sie|Bleiben Sie|Screenshot/);
  });

  it('every passage carries its article language (short ones fall back to it)', () => {
    const expected: Record<string, string> = { '000': 'da', '001': 'da', '002': 'da', '003': 'nb', '004': 'de' };
    for (const [prefix, lang] of Object.entries(expected)) {
      expect(new Set(article(prefix).passages.map((p) => p.lang))).toEqual(new Set([lang]));
    }
  });
});

describe('seed offsets', () => {
  it('every passage and dropped item is the original text at its offsets', () => {
    for (const [prefix, a] of parsed) {
      const text = original.get(prefix)!;
      for (const item of [...a.passages, ...a.dropped]) {
        expect(item.end).toBeGreaterThan(item.start);
        expect(text.slice(item.start, item.end)).toBe(item.text);
      }
    }
  });

  it('passages are in order, do not overlap, and carry their document id', () => {
    for (const a of parsed.values()) {
      let previousEnd = 0;
      for (const p of a.passages) {
        expect(p.docId).toBe(a.document.id);
        expect(p.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = p.end;
      }
    }
  });

  it('nothing vanishes: every non-space character is in exactly one passage or dropped item', () => {
    for (const [prefix, a] of parsed) {
      const text = original.get(prefix)!;
      const covered = new Uint8Array(text.length);
      for (const item of [...a.passages, ...a.dropped]) {
        for (let i = item.start; i < item.end; i++) covered[i]! += 1;
      }
      const wrong: string[] = [];
      for (let i = 0; i < text.length; i++) {
        const expected = /\s/u.test(text[i]!) ? covered[i]! <= 1 : covered[i] === 1;
        if (!expected) wrong.push(`${prefix}@${i} ×${covered[i]} ${JSON.stringify(text.slice(i, i + 20))}`);
      }
      expect(wrong).toEqual([]);
    }
  });

  it('offsets are UTF-16 code units of the original text (003 starts with Vietnamese)', () => {
    const text = readFileSync(join(SEEDS_DIR, '003_9754d181f53d07d9.txt'), 'utf8');
    const first = article('003').passages[0]!;
    expect(first.start).toBe(text.indexOf('Putin sendte et privat signal til Trump.'));
  });
});
