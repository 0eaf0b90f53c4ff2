/**
 * Names matcher at scale (issue 13): matcher data size (raw, gzip, and the common-word lists' share),
 * build and start-up (createMatcher + first text) time for the seed corpus (59 entities) and a
 * 1,000-entity lexicon (tests/helpers/names-lexicon.ts); the minified matcher code; eld's cost per
 * paragraph (the CLI's language detection). Node only, a few seconds.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { detectTextLanguage } from '../lib/cli/match';
import { buildMatcherData } from '../lib/names/build';
import { useNodeNameResources } from '../lib/node/nameResources';
import { createMatcher } from '../lib/names/matcher';
import { namesLexicon } from '../tests/helpers/names-lexicon';
import { median, rounded } from './stats';

export interface NamesLexiconRow {
  entities: number;
  aliases: number;
  dataBytes: number;
  dataGzipBytes: number;
  /** Of dataBytes: the per-language common-word collisions (MatcherData.common). */
  commonBytes: number;
  buildMs: number;
  /** createMatcher(data) plus the first match() (the lazy per-language lookup), median of 5. */
  startMs: number;
  /** match() of 100 English news sentences, median of 5. */
  match100Ms: number;
}

export interface NamesResult {
  rows: NamesLexiconRow[];
  /** lib/names/matcher.ts and its imports, bundled and minified (what the content script carries). */
  matcherCodeBytes: number;
  matcherCodeGzipBytes: number;
  /** eld (large) per paragraph of about 200 characters, median over 50, after loading. */
  eldPerParagraphMs: number;
}

const SENTENCE =
  'Kremlin spokesman Dmitry Peskov said on Tuesday that President Donald Trump had never given Moscow a deadline, ' +
  'while Ukraine and its allies met in Brussels to discuss the NATO summit.';

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function measureNames(): Promise<NamesResult> {
  useNodeNameResources();
  const rows: NamesLexiconRow[] = [];
  for (const size of [59, 1000]) {
    const entities = namesLexicon(1000).slice(0, size);
    buildMatcherData(entities); // word lists loaded once per process: time a warm build
    let data = buildMatcherData(entities);
    const buildMs = time(() => {
      data = buildMatcherData(entities);
    });
    const json = JSON.stringify(data);
    const starts: number[] = [];
    const matches: number[] = [];
    const warm = createMatcher(JSON.parse(json));
    for (let i = 0; i < 300; i++) warm.match(`${SENTENCE} (${i})`, { lang: 'en' });
    for (let run = 0; run < 5; run++) {
      const parsed = JSON.parse(json);
      let matcher = createMatcher(parsed);
      starts.push(
        time(() => {
          matcher = createMatcher(parsed);
          matcher.match(SENTENCE, { lang: 'en' });
        }),
      );
      matches.push(
        time(() => {
          for (let i = 0; i < 100; i++) matcher.match(`${SENTENCE} (${i})`, { lang: 'en' });
        }),
      );
    }
    rows.push({
      entities: size,
      aliases: data.aliases.length,
      dataBytes: json.length,
      dataGzipBytes: gzipSync(json).length,
      commonBytes: JSON.stringify(data.common ?? {}).length,
      buildMs: Math.round(buildMs),
      startMs: rounded(median(starts) ?? 0),
      match100Ms: rounded(median(matches) ?? 0),
    });
  }
  const bundled = await build({
    entryPoints: ['lib/names/matcher.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
  });
  const code = bundled.outputFiles[0]!.contents;
  detectTextLanguage(SENTENCE); // load eld's tables
  const eld: number[] = [];
  for (let i = 0; i < 50; i++) eld.push(time(() => detectTextLanguage(`${SENTENCE} ${i}`)));
  return {
    rows,
    matcherCodeBytes: code.length,
    matcherCodeGzipBytes: gzipSync(code).length,
    eldPerParagraphMs: rounded(median(eld) ?? 0),
  };
}

/** Markdown rows for the report. */
export function namesReport(r: NamesResult): string[] {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  return [
    '| names: entities / aliases | data (gzip) / common words | build / start / 100 matches |',
    '| --- | --- | --- |',
    ...r.rows.map(
      (row) =>
        `| ${row.entities} / ${row.aliases} | ${kb(row.dataBytes)} (${kb(row.dataGzipBytes)}) / ${kb(row.commonBytes)} | ${row.buildMs} ms / ${row.startMs} ms / ${row.match100Ms} ms |`,
    ),
    `| matcher code (min, gzip) | ${kb(r.matcherCodeBytes)} (${kb(r.matcherCodeGzipBytes)}) | eld per paragraph ${r.eldPerParagraphMs} ms |`,
  ];
}
