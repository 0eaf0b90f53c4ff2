import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcherData } from '../../../lib/names/build';
import { createMatcher, type MatcherEntity } from '../../../lib/names/matcher';

const entities = JSON.parse(
  readFileSync(new URL('../../fixtures/names/entities.json', import.meta.url), 'utf8'),
) as MatcherEntity[];
const data = buildMatcherData(entities);
const matcher = createMatcher(data);

/** "surface=entity" of every span, in order. */
const names = (text: string) => matcher.match(text).map((s) => `${text.slice(s.start, s.end)}=${s.entityId}`);

describe('name matcher', () => {
  it('finds names across languages and scripts, inflected, with offsets into the original text', () => {
    const text = 'Зеленського і Путіна бачили в Києві; Zelenszkij Putyinnal tárgyalt Moszkvában.';
    expect(names(text)).toEqual([
      'Зеленського=volodymyr-zelenskyj',
      'Путіна=vladimir-putin',
      'Києві=kyiv',
      'Zelenszkij=volodymyr-zelenskyj',
      'Putyinnal=vladimir-putin',
      'Moszkvában=moskva',
    ]);
    for (const s of matcher.match(text)) expect(s.end).toBeGreaterThan(s.start);
  });

  it('matches multi-word names as one span, longest first', () => {
    expect(names('Ruslands præsident, Vladimir Putin, besøgte Krim.')).toEqual([
      'Ruslands=rusland',
      'Vladimir Putin=vladimir-putin',
      'Krim=krim',
    ]);
    expect(names('Wagner-gruppens leder, Jevgenij Prigozjin, trak sig.')).toEqual([
      'Wagner-gruppens=wagner-gruppen',
      'Jevgenij Prigozjin=jevgenij-prigozjin',
    ]);
  });

  it('takes the name out of hyphen compounds and genitives', () => {
    expect(names('Kursk-regionen, Krim-halvøen og Kharkiv-provinsen. Putins ord, Selenskyjs Berater.')).toEqual([
      'Kursk=kursk',
      'Krim=krim',
      'Kharkiv=kharkiv',
      'Putins=vladimir-putin',
      'Selenskyjs=volodymyr-zelenskyj',
    ]);
    expect(names("Putin's aide and Putin'in sözcüsü")).toEqual(['Putin=vladimir-putin', 'Putin=vladimir-putin']);
  });

  it('keeps offsets right after astral characters and combining marks', () => {
    const text = '😀 e\u0301 Putin';
    const [span] = matcher.match(text);
    expect(text.slice(span!.start, span!.end)).toBe('Putin');
  });

  it('matches whole words only', () => {
    expect(names('Rasputin was computing; the senator spoke of Putinism and NATOs.')).toEqual(['NATOs=nato']);
  });

  it('needs a capital: lower-case words are words (Italian nato, Spanish duda)', () => {
    expect(names('Il bambino è nato ieri. No hay duda. He played his trump card.')).toEqual([]);
  });

  it('does not take a common word at a sentence start, unless the page names the entity', () => {
    expect(names('Nato a Torino nel 1950.')).toEqual([]);
    expect(names('Nato a Torino. La Nato si riunisce.')).toEqual(['Nato=nato', 'Nato=nato']);
  });

  it('requires capitals for acronyms and the exact spelling of short names', () => {
    expect(names('The NATO summit. The Nato summit. Usa and USA.')).toEqual(['NATO=nato', 'Nato=nato', 'USA=usa']);
    expect(names('Set the locale to en-US; the US-Präsident spoke.')).toEqual(['US=usa']);
    expect(names('Nathan and Roman went to Tasks.')).toEqual([]);
  });

  it('never marks a lone given name', () => {
    expect(names('Donald said he would come. Vladimir left early.')).toEqual([]);
  });

  it('reads a different given name before a known surname as a different person', () => {
    expect(names('She met Melania Trump and Hunter Biden in the hall.')).toEqual([]);
    expect(names('Melania Trump opened the exhibition.')).toEqual([]);
    expect(names('Joe Trump is a plumber.')).toEqual([]);
    expect(names('Richard Wagner composed the Ring.')).toEqual([]);
  });

  it('keeps titles and sentence-opening function words before surnames', () => {
    expect(names('Yesterday President Putin spoke. But Biden replied.')).toEqual([
      'Putin=vladimir-putin',
      'Biden=joe-biden',
    ]);
    expect(names('Kremlchef Putin droht dem Westen.')).toEqual(['Putin=vladimir-putin']);
  });

  it('reads a capitalised word after a name as another thing (Moscow Mule, Trump Tower)', () => {
    expect(names('A Moscow Mule at the Trump Tower bar.')).toEqual([]);
    expect(names('Fighting in Kursk Oblast continued.')).toEqual(['Kursk=kursk']);
  });

  it('needs evidence for ambiguous surnames: a title or the full name on the page', () => {
    expect(names('Austin is the capital of Texas.')).toEqual([]);
    expect(names('Duda hat gesprochen.')).toEqual([]);
    // The title makes the page's evidence, so the earlier lone Duda counts too.
    expect(names('Duda spoke. President Duda spoke.')).toEqual(['Duda=andrzej-duda', 'Duda=andrzej-duda']);
    expect(names('Kellogg arrived. Keith Kellogg met Zelensky.')).toEqual([
      'Kellogg=keith-kellogg',
      'Keith Kellogg=keith-kellogg',
      'Zelensky=volodymyr-zelenskyj',
    ]);
  });

  it('shares evidence between the blocks of a page and tells which blocks to rescan', () => {
    const page = matcher.page();
    expect(page.match('Kellogg arrived in the morning.')).toEqual([]);
    const second = page.match('The envoy Keith Kellogg met officials.');
    expect(second.map((s) => s.entityId)).toEqual(['keith-kellogg']);
    expect(page.takeNewlyConfirmed()).toEqual(['keith-kellogg']);
    expect(page.match('Kellogg arrived in the morning.').map((s) => s.entityId)).toEqual(['keith-kellogg']);
    expect(page.takeNewlyConfirmed()).toEqual([]);
  });

  it('does not read adjectives or feminine forms as the name', () => {
    expect(names('Olena Zelenska spoke. Ruské rakety. Rusa de nacimiento.')).toEqual([]);
  });

  it('describes entities and rejects data of another version', () => {
    expect(matcher.entity('kyiv')).toEqual({ id: 'kyiv', name: 'Kyiv', type: 'place' });
    expect(matcher.entity('nope')).toBeUndefined();
    expect(() => createMatcher({ ...data, version: 99 })).toThrow(/Factlight: matcher data version/);
  });

  it('works for any entity list, without the variant tables', () => {
    const m = createMatcher(
      buildMatcherData([{ id: 'ada-lovelace', name: 'Ada Lovelace', type: 'person', aliases: [] }], {
        variants: false,
        stopwords: false,
      }),
    );
    const text = 'Ada Lovelace wrote notes. Lovelaces notes. Ada alone.';
    expect(m.match(text).map((s) => text.slice(s.start, s.end))).toEqual(['Ada Lovelace', 'Lovelaces']);
  });

  it('gives a shared surname to the person the corpus writes it for far more often than the others', () => {
    const person = (id: string, name: string, aliases: [string, number][]) => ({
      id,
      name,
      type: 'person' as const,
      aliases: aliases.map(([text, count]) => ({ text, count, lang: 'ru' })),
    });
    const build = (eric: number) =>
      createMatcher(
        buildMatcherData(
          [
            person('donald-trump', 'Дональд Трамп', [
              ['Дональд Трамп', 200],
              ['Трамп', 300],
              ['Трампа', 100],
            ]),
            person('eric-trump', 'Эрик Трамп', [
              ['Эрик Трамп', eric],
              ['Трамп', 1],
            ]),
          ],
          { variants: false },
        ),
      );
    const text = 'Он сказал, что Трамп прав. Победу Трампа решат голоса.';
    const lit = (eric: number) =>
      build(eric)
        .match(text, { lang: 'ru' })
        .map((s) => `${text.slice(s.start, s.end)}=${s.entityId}`);
    // Eric is written a few times: Трамп, also inflected after a capitalised noun at a sentence start, is Donald.
    expect(lit(3)).toEqual(['Трамп=donald-trump', 'Трампа=donald-trump']);
    // Both are written often: the lone surname needs one full name on the page.
    expect(lit(150).filter((s) => s.startsWith('Трамп='))).toEqual([]);
  });

  it('reads an English word capitalised inside a sentence as the name, not at a sentence start or in a heading', () => {
    const m = createMatcher(
      buildMatcherData(
        [
          { id: 'apple', name: 'Apple', type: 'organisation', aliases: [{ text: 'Apple', count: 9, lang: 'en' }] },
          { id: 'reading', name: 'Reading', type: 'place', aliases: [{ text: 'Reading', count: 3, lang: 'en' }] },
        ],
        { variants: false },
      ),
    );
    const lit = (text: string) =>
      m
        .page()
        .match(text, { lang: 'en' })
        .map((s) => text.slice(s.start, s.end));
    expect(lit('Regulators said Apple must open its store.')).toEqual(['Apple']);
    expect(lit('Reading is good for you.')).toEqual([]);
    expect(lit('Reference and Reading\nSee the docs.')).toEqual([]);
    expect(lit('The train to Reading was late.')).toEqual(['Reading']);
  });

  it('keeps its data JSON-serialisable', () => {
    expect(createMatcher(JSON.parse(JSON.stringify(data))).match('Putin')).toEqual(matcher.match('Putin'));
  });

  it('never throws on arbitrary text and returns spans inside it, on code-point boundaries, in order', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        'Putin',
        'Зеленського',
        ' ',
        '-',
        "'",
        'Kyiv',
        'NATO',
        '\u0301',
        '😀',
        'Vladimir Putin',
        '\ud800',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const spans = matcher.match(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const code = text.charCodeAt(s.start);
          expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
          const after = text.charCodeAt(s.end);
          expect(after >= 0xdc00 && after <= 0xdfff).toBe(false);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
