// @vitest-environment happy-dom
/**
 * Input that is not nice: property-based tests (fast-check) of the article parser, the name matcher
 * (alone and behind the page's text walker) and the search. None may throw on arbitrary Unicode;
 * every offset lies inside its text and on a code-point boundary; inline markup and layout
 * whitespace around a text do not change the names found in it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '@/lib/node/buildBundle';
import type { Bundle } from '@/lib/bundle/schema';
import { parseArticle } from '@/lib/corpus';
import { buildMatcherData } from '@/lib/names/build';
import { createMatcher, type MatcherEntity, type NameMatcher } from '@/lib/names/matcher';
import { walkTextRuns } from '@/lib/page/textWalker';
import { createSearchEngine, type SearchEngine } from '@/lib/search';

// Built at load time: the arbitraries below draw from the bundle's spellings.
const bundle: Bundle = buildBundle({ seedsDir: 'seeds', builtAt: '2026-01-01T00:00:00.000Z' });
const matcher: NameMatcher = createMatcher(buildMatcherData(bundle.entities as MatcherEntity[]));
const engine: SearchEngine = createSearchEngine(bundle);
/** Every spelling the bundle knows (names, inflected forms as written in the seeds). */
const spellings: string[] = [...new Set(bundle.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]))];

/** True when `offset` does not split a surrogate pair of `text`. */
function onCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** Text mixing the corpus's names, ordinary words, punctuation and hostile Unicode. */
function textArbitrary(): fc.Arbitrary<string> {
  const name = fc.constantFrom(...spellings);
  const filler = fc.constantFrom(
    'og',
    'der',
    'i',
    'møtte',
    'traf',
    'hat',
    'sagde',
    'Præsident',
    'Siden',
    'Der',
    'mit',
    'om',
    'krigen',
    'Die',
    '.',
    ',',
    ';',
    '!',
    '?',
    '–',
    '-',
    '"',
    '«',
    '»',
    '(',
    ')',
    '\n',
    '\n\n',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u200b',
    '\u202e',
    '\u0301',
    '\ufeff',
    '\ud83d\ude00',
    '\ud800',
    '\udc00',
    'שלום',
    'مرحبا',
    '北京',
    'Путин',
    'Київ',
  );
  const any = fc.string({ unit: 'binary', maxLength: 12 });
  const token = fc.oneof(
    { weight: 4, arbitrary: name },
    { weight: 4, arbitrary: filler },
    { weight: 1, arbitrary: any },
  );
  const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '. ');
  return fc.array(fc.tuple(token, separator), { maxLength: 40 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
}

/** Arbitrary strings of any code units (lone surrogates included) and of full code points. */
const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 300 }),
);

describe('parseArticle on arbitrary input', () => {
  it('never throws; passages and dropped parts are slices of the original on code-point boundaries', () => {
    const article = fc.oneof(
      anyUnicode,
      fc
        .array(
          fc.oneof(
            anyUnicode,
            textArbitrary(),
            fc.constantFrom('\n\n', '12. marts 2024\n', 'Af Jens Hansen, Ritzau\n', 'https://x.dk/a\n'),
          ),
          { maxLength: 8 },
        )
        .map((p) => p.join('\n')),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), article, (file, text) => {
        const parsed = parseArticle(`${file}.txt`, text);
        for (const part of [...parsed.passages, ...parsed.dropped]) {
          expect(part.start).toBeGreaterThanOrEqual(0);
          expect(part.end).toBeLessThanOrEqual(text.length);
          expect(part.start).toBeLessThanOrEqual(part.end);
          expect(onCodePointBoundary(text, part.start)).toBe(true);
          expect(onCodePointBoundary(text, part.end)).toBe(true);
        }
        for (const passage of parsed.passages) expect(passage.text).toBe(text.slice(passage.start, passage.end));
      }),
      { numRuns: 400 },
    );
  });
});

describe('name matcher on arbitrary input', () => {
  it('never throws; spans are non-empty, inside the text, ordered and on code-point boundaries', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode, textArbitrary()), (text) => {
        let previousEnd = 0;
        for (const span of matcher.match(text)) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(onCodePointBoundary(text, span.start)).toBe(true);
          expect(onCodePointBoundary(text, span.end)).toBe(true);
          expect(matcher.entity(span.entityId)).toBeDefined();
          previousEnd = span.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a page scan over arbitrary blocks never throws either', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyUnicode, textArbitrary()), { maxLength: 6 }), (blocks) => {
        const scan = matcher.page();
        for (const block of blocks) {
          for (const span of scan.match(block)) expect(span.end).toBeLessThanOrEqual(block.length);
        }
        expect(Array.isArray(scan.takeNewlyConfirmed())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds names in generated text (the property tests above are not vacuous)', () => {
    const found = new Set<string>();
    fc.assert(
      fc.property(textArbitrary(), (text) => {
        for (const span of matcher.match(text)) found.add(span.entityId);
      }),
      { numRuns: 300 },
    );
    expect(found.size).toBeGreaterThan(20);
  });
});

/** Names (entity and surface text, in order) of paragraphs matched as they are, as one page. */
function namesOf(paragraphs: string[]): string[] {
  const scan = matcher.page();
  return paragraphs.flatMap((text) =>
    scan.match(text).map((s) => `${s.entityId}=${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`),
  );
}

/** The same names as the content script finds them: text walked out of a DOM, matched run by run. */
function namesInDom(html: string): string[] {
  document.body.innerHTML = html;
  const scan = matcher.page();
  const out: string[] = [];
  for (const run of walkTextRuns(document.body)) {
    for (const s of scan.match(run.text))
      out.push(`${s.entityId}=${run.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('markup does not change the names', () => {
  // Sentences of names and words; each becomes one paragraph.
  const sentence = fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...spellings),
          fc.constantFrom('og', 'mødte', 'traf', 'sagde', 'in', 'und', 'med', 'krigen', 'i'),
        ),
        fc.constantFrom(' ', ', '),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map(
      (parts) =>
        `${parts
          .map(([t, s]) => t + s)
          .join('')
          .trim()}.`,
    );
  const inlineTags = ['b', 'i', 'em', 'strong', 'span', 'a', 'small', 'mark'];

  it('inline tags split anywhere (even inside a word) and indentation around paragraphs leave the names as they are', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('', '\n  ', '\n\t\t', '   '),
        (paragraphs, cuts, tagSeed, indent) => {
          const plain = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
          const marked = paragraphs
            .map((p, index) => {
              // Cut the paragraph at code-point boundaries and wrap alternate pieces in inline tags.
              const points = [...p];
              const at = [...new Set(cuts.map((c) => c % (points.length + 1)))].sort((a, b) => a - b);
              let html = '';
              let last = 0;
              at.forEach((cut, i) => {
                const piece = escapeHtml(points.slice(last, cut).join(''));
                const tag = inlineTags[(tagSeed + i + index) % inlineTags.length]!;
                html += i % 2 === 0 ? piece : `<${tag} class="x${i}">${piece}</${tag}>`;
                last = cut;
              });
              html += escapeHtml(points.slice(last).join(''));
              return `${indent}<p>${indent}${html}${indent}</p>${indent}`;
            })
            .join('');
          const expected = namesOf(paragraphs);
          expect(namesInDom(plain)).toEqual(expected);
          expect(namesInDom(`<div>${marked}</div>`)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names in generated sentences are found at all (the markup property is not vacuous)', () => {
    expect(namesInDom('<p>I går mødte <b>Vladimir</b> <i>Pu</i>tin Joe Biden.</p>')).toEqual([
      'vladimir-putin=Vladimir Putin',
      'joe-biden=Joe Biden',
    ]);
  });
});

describe('search on arbitrary input', () => {
  it('never throws on arbitrary strings; hits point at real passages with marks inside their text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyUnicode,
          textArbitrary(),
          fc.constantFrom('*', '"', 'AND', 'OR', '~', '^2', '-', '\\', '()', ':', 'Putin*'),
        ),
        fc.integer({ min: 1, max: 100 }),
        (query, limit) => {
          const hits = engine.search(query, limit);
          expect(hits.length).toBeLessThanOrEqual(limit);
          for (const hit of hits) {
            const passage = bundle.passages[hit.passageId];
            expect(passage).toBeDefined();
            for (const [start, end] of hit.marks) {
              expect(start).toBeGreaterThanOrEqual(0);
              expect(end).toBeLessThanOrEqual(passage!.text.length);
              expect(start).toBeLessThan(end);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
