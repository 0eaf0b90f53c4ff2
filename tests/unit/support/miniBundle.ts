/**
 * A small hand-made bundle for background tests: three articles (Danish, Norwegian, German), four
 * entities with mentions at real offsets, and a real search index built with the shipped options.
 */
import type { MatcherData } from '@/lib/names/matcher';
import { BUNDLE_FORMAT_VERSION, type Bundle, type Entity, type Passage } from '@/lib/bundle/schema';
import { buildIndex } from '@/lib/search/index';

const PASSAGES: Omit<Passage, 'id' | 'start' | 'end'>[] = [
  {
    docId: 'da-1',
    lang: 'da',
    text: 'Ukraines præsident, Volodymyr Zelenskyj, talte søndag med Joe Biden om modoffensiven.',
  },
  { docId: 'da-1', lang: 'da', text: 'Zelenskyj siger, at hæren er rykket frem i Bakhmut.' },
  { docId: 'nb-1', lang: 'nb', text: 'Russiske styrker strammer grepet om Kursk, sier Kreml.' },
  { docId: 'nb-1', lang: 'nb', text: 'Trump ba Putin spare ukrainske soldater i Kursk-regionen.' },
  { docId: 'de-1', lang: 'de', text: 'Präsident Selenskyj traf Biden in Washington.' },
];

function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
}

export function miniBundle(): Bundle {
  const passages: Passage[] = PASSAGES.map((p, id) => ({ ...p, id, start: 0, end: p.text.length }));
  const t = (i: number) => passages[i]!.text;
  const entities: Entity[] = [
    {
      id: 'volodymyr-zelenskyj',
      name: 'Volodymyr Zelenskyj',
      type: 'person',
      origin: 'both',
      aliases: [
        { text: 'Zelenskyj', lang: 'da', count: 2 },
        { text: 'Volodymyr Zelenskyj', lang: 'da', count: 1 },
        { text: 'Selenskyj', lang: 'de', count: 1 },
      ],
      mentions: [
        { passageId: 0, ...at(t(0), 'Volodymyr Zelenskyj') },
        { passageId: 1, ...at(t(1), 'Zelenskyj') },
        { passageId: 4, ...at(t(4), 'Selenskyj') },
      ],
      docCount: 2,
      excerpts: [{ passageId: 1, text: t(1), marks: [[0, 9]] }],
      related: [
        { entityId: 'joe-biden', count: 2 },
        { entityId: 'bakhmut', count: 1 },
      ],
    },
    {
      id: 'joe-biden',
      name: 'Joe Biden',
      type: 'person',
      origin: 'extracted',
      aliases: [
        { text: 'Joe Biden', lang: 'da', count: 1 },
        { text: 'Biden', lang: 'de', count: 1 },
      ],
      mentions: [
        { passageId: 0, ...at(t(0), 'Joe Biden') },
        { passageId: 4, ...at(t(4), 'Biden') },
      ],
      docCount: 2,
      excerpts: [],
      related: [{ entityId: 'volodymyr-zelenskyj', count: 2 }],
    },
    {
      id: 'bakhmut',
      name: 'Bakhmut',
      type: 'place',
      origin: 'extracted',
      aliases: [{ text: 'Bakhmut', lang: 'da', count: 1 }],
      mentions: [{ passageId: 1, ...at(t(1), 'Bakhmut') }],
      docCount: 1,
      excerpts: [],
      related: [{ entityId: 'volodymyr-zelenskyj', count: 1 }],
    },
    {
      id: 'kursk',
      name: 'Kursk',
      type: 'place',
      origin: 'curated',
      aliases: [{ text: 'Kursk', lang: 'nb', count: 2 }],
      mentions: [
        { passageId: 2, ...at(t(2), 'Kursk') },
        { passageId: 3, ...at(t(3), 'Kursk') },
      ],
      docCount: 1,
      excerpts: [{ passageId: 2, text: t(2), marks: [[at(t(2), 'Kursk').start, at(t(2), 'Kursk').end]] }],
      related: [],
    },
  ];
  const stopwords = { da: ['om', 'med', 'at', 'er', 'i'], nb: ['om', 'i'], de: ['in'] };
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    builtAt: '2026-01-01T00:00:00.000Z',
    documents: [
      {
        id: 'da-1',
        file: 'da-1.txt',
        title: 'Zelenskyj taler med Biden',
        date: '2023-06',
        dateSource: 'header',
        lang: 'da',
        source: 'ritzau',
        sourceUrl: null,
        firstPassage: 0,
        passageCount: 2,
      },
      {
        id: 'nb-1',
        file: 'nb-1.txt',
        title: 'Kursk',
        date: '2025-03-14',
        dateSource: 'text',
        lang: 'nb',
        source: null,
        sourceUrl: 'https://example.org/kursk',
        firstPassage: 2,
        passageCount: 2,
      },
      {
        id: 'de-1',
        file: 'de-1.txt',
        title: 'Selenskyj in Washington',
        date: null,
        dateSource: 'none',
        lang: 'de',
        source: null,
        sourceUrl: null,
        firstPassage: 4,
        passageCount: 1,
      },
    ],
    passages,
    entities,
    // Only the version: tests that need names use the stand-in matcher below.
    matcher: { version: 1 } as unknown as MatcherData,
    stopwords,
    index: buildIndex(passages, stopwords),
    report: {
      documents: [],
      entities: { total: 4, extracted: 2, curated: 1, both: 1, suppressed: [] },
      skipped: [],
      warnings: [],
    },
  } as Bundle;
}

/** A stand-in for the names helper's matcher: finds alias texts literally, longest first. */
export function literalMatcher(bundle: Bundle) {
  const spellings = bundle.entities
    .flatMap((e) => e.aliases.map((a) => ({ text: a.text, entityId: e.id })))
    .sort((a, b) => b.text.length - a.text.length);
  return {
    match(text: string) {
      const found: { start: number; end: number; entityId: string }[] = [];
      for (const s of spellings) {
        let i = text.indexOf(s.text);
        while (i >= 0) {
          if (!found.some((f) => i < f.end && i + s.text.length > f.start))
            found.push({ start: i, end: i + s.text.length, entityId: s.entityId });
          i = text.indexOf(s.text, i + 1);
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}
