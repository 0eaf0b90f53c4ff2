/** The benchmark's result shape and its markdown table. */
import { type LibraryBench, libraryTable } from './library';
import type { PageResult } from './highlight';
import type { HoverResult } from './hover';
import type { FirefoxResult } from './firefox';
import type { LargeCorpusResult } from './large';
import type { LivingResult } from './living';
import type { ScaleRow } from './scale';
import type { SearchResult } from './search';
import { type NamesResult, namesReport } from './names';
import type { SizesResult } from './sizes';
import { fmt, fmtBytes } from './stats';

export interface BenchResults {
  date: string;
  machine: {
    cores: number;
    node: string;
    chromium: string;
    platform: string;
    loadAverageAtStart: number;
    loadAverageAtEnd: number;
  };
  runs: number;
  pagesDir: string;
  /** The extension build measured (a folder like .output/chrome-mv3). */
  extensionDir?: string;
  pages: PageResult[];
  summary: {
    /** Median over pages of factlightMs / walkMs (goal ≤ 2). */
    medianRatioWalk: number | null;
    /** Median over pages of factlightWorkMs / walkMs (Factlight's own slices only). */
    medianRatioWalkWork: number | null;
    /** Median over pages of markjsMs / factlightMs. */
    medianSpeedupMarkjs: number | null;
    medianSpeedupMarkRegExp: number | null;
    rangeTaxRatio: number | null;
    longestTaskMs: number | null;
    rescanMs: number | null;
    /** Median over pages of main-thread ms from the content script's start until ready to scan. */
    pageStartMs: number | null;
    /** Median main-thread ms of the content script in a frame without text (`factlight:idle`); absent in older runs. */
    idleFrameMs?: number | null;
    /** medianRatioWalkWork with the extension's bundle built from the generated 10,000-passage corpus. */
    largeCorpusRatioWalkWork: number | null;
    /** medianRatioWalkWork and pageStartMs in Firefox ESR (part `firefox`); absent in older runs. */
    firefoxMedianRatioWalkWork?: number | null;
    firefoxPageStartMs?: number | null;
  };
  /** The content script in frames without text (highlight part): median and max ms, frames measured. */
  idleFrameMs?: { median: number; max: number; frames: number } | null;
  living: LivingResult | null;
  /** The highlight pass's pages with a large generated corpus in the extension (part `large`). */
  large: LargeCorpusResult | null;
  /** The highlight pass's main measures in Firefox ESR (part `firefox`); absent in older runs. */
  firefox?: FirefoxResult | null;
  hover: HoverResult | null;
  search: SearchResult | null;
  scale: ScaleRow[];
  sizes: SizesResult | null;
  /** Names matcher data, start-up and code size (bench/names.ts); absent in runs before issue 13. */
  names?: NamesResult | null;
  /** The library page (bench/library.ts); null when not run. */
  library?: LibraryBench | null;
  /** Why a part could not run. */
  na: Record<string, string>;
  durationS: number;
}

const goal = (value: number | null | undefined, ok: (v: number) => boolean): string =>
  value == null ? '' : ok(value) ? ' ✓' : ' ✗';

export function markdownReport(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(
    `Factlight bench — ${r.date} — ${r.machine.cores} cores, Node ${r.machine.node}, ${r.machine.chromium}, ${r.runs} runs (medians), load average ${r.machine.loadAverageAtStart} → ${r.machine.loadAverageAtEnd}`,
  );
  lines.push('');
  lines.push('### Highlight pass (ms, median of fresh loads)');
  lines.push('');
  lines.push(
    '| page | size | text nodes | chars | walk (a) | Factlight (b) | b: own work | mark.js mark() (c) | markRegExp (d) | b/a | c/b | d/b | painted b / marks c / d |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const p of r.pages) {
    const ba = p.factlightMs != null && p.walkMs ? p.factlightMs / p.walkMs : null;
    const cb = p.markjsMs != null && p.factlightMs ? p.markjsMs / p.factlightMs : null;
    const db = p.markRegExpMs != null && p.factlightMs ? p.markRegExpMs / p.factlightMs : null;
    lines.push(
      `| ${p.name} | ${fmtBytes(p.bytes)} | ${p.textNodes} | ${p.chars} | ${fmt(p.walkMs)} | ${fmt(p.factlightMs)} | ${fmt(p.factlightWorkMs)} | ${fmt(p.markjsMs)} | ${fmt(p.markRegExpMs)} | ${fmt(ba)}${goal(ba, (v) => v <= 2)} | ${fmt(cb)} | ${fmt(db)} | ${p.factlightHits ?? 'n/a'} / ${p.markjsHits ?? 'n/a'} / ${p.markRegExpHits ?? 'n/a'} |`,
    );
  }
  lines.push('');
  if (r.pages.some((p) => p.factlightBreakdown)) {
    lines.push(
      "Factlight's own work in the first pass by part (ms, medians): walk the text, apply the names, paint.",
      '',
    );
    lines.push('| page | walk (a) | Factlight walk | apply | paint | ask (not in own work) | spans |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of r.pages) {
      const b = p.factlightBreakdown;
      if (b)
        lines.push(
          `| ${p.name} | ${fmt(p.walkMs)} | ${fmt(b.walkMs)} | ${fmt(b.applyMs)} | ${fmt(b.paintMs)} | ${fmt(b.askMs ?? null)} | ${b.spans ?? 'n/a'} |`,
        );
    }
    lines.push('');
  }
  const s = r.summary;
  const l = r.living;
  const h = r.hover;
  if (r.firefox) {
    lines.push(`### Firefox: highlight pass (${r.firefox.version}; ms, median of fresh loads)`, '');
    lines.push('| page | walk (a) | own work | start → ready | own work / a | painted | walk / apply / paint |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of r.firefox.pages) {
      const b = p.breakdown;
      const parts = b ? `${fmt(b.walkMs)} / ${fmt(b.applyMs)} / ${fmt(b.paintMs)}` : 'n/a';
      lines.push(
        `| ${p.name} | ${fmt(p.walkMs)} | ${fmt(p.workMs)} | ${fmt(p.startMs)} | ${fmt(p.ratio)}${goal(p.ratio, (v) => v <= 3)} | ${p.painted ?? 'n/a'} | ${parts} |`,
      );
    }
    lines.push('');
  }
  lines.push('### Summary');
  lines.push('');
  lines.push('| measure | value | goal |');
  lines.push('| --- | ---: | --- |');
  lines.push(
    `| Factlight / floor, median over pages (b/a) | ${fmt(s.medianRatioWalk)}${goal(s.medianRatioWalk, (v) => v <= 2)} | ≤ 2 |`,
  );
  lines.push(
    `| Factlight's own work / floor, median over pages | ${fmt(s.medianRatioWalkWork)}${goal(s.medianRatioWalkWork, (v) => v <= 3)} | ≤ 3 |`,
  );
  lines.push(
    `| content script start → ready to scan, main-thread ms, median over pages | ${fmt(s.pageStartMs)}${goal(s.pageStartMs, (v) => v <= 3)} | ≤ 3 |`,
  );
  if (s.idleFrameMs != null)
    lines.push(
      `| content script in a frame without text, main-thread ms, median (max) | ${fmt(s.idleFrameMs)} (${fmt(r.idleFrameMs?.max ?? null)})${goal(s.idleFrameMs, (v) => v <= 0.5)} | ≤ 0.5 |`,
    );
  const ff = r.firefox;
  if (ff) {
    lines.push(
      `| same own work / floor in ${ff.version} | ${fmt(s.firefoxMedianRatioWalkWork)}${goal(s.firefoxMedianRatioWalkWork, (v) => v <= 3)} | ≤ 3 |`,
    );
    lines.push(
      `| same start → ready to scan in ${ff.version} | ${fmt(s.firefoxPageStartMs)}${goal(s.firefoxPageStartMs, (v) => v <= 3)} | ≤ 3 |`,
    );
  }
  const large = r.large;
  lines.push(
    `| same own work / floor with a ${large ? `${large.passages}-passage corpus (${large.entities} entities)` : 'large corpus'} | ${fmt(s.largeCorpusRatioWalkWork)}${goal(s.largeCorpusRatioWalkWork, (v) => v <= 4)} | ≤ 4 |`,
  );
  lines.push(`| mark.js mark() / Factlight, median (c/b) | ${fmt(s.medianSpeedupMarkjs)} | — |`);
  lines.push(`| mark.js markRegExp() / Factlight, median (d/b) | ${fmt(s.medianSpeedupMarkRegExp)} | — |`);
  lines.push(
    `| 2,000 insert/remove + 200 text edits, with / without (ms) | ${fmt(l?.editsWithMs)} / ${fmt(l?.editsWithoutMs)} | — |`,
  );
  lines.push(`| … ratio (range tax) | ${fmt(s.rangeTaxRatio)}${goal(s.rangeTaxRatio, (v) => v <= 2)} | ≤ 2 |`);
  lines.push(
    `| longest task after DOMContentLoaded, 2 MB page, with / without (ms) | ${fmt(s.longestTaskMs)}${goal(s.longestTaskMs, (v) => v < 50)} / ${fmt(l?.longestTaskWithoutMs)} | < 50 |`,
  );
  lines.push(`| rescan after 40 paragraphs (ms) | ${fmt(s.rescanMs)}${goal(s.rescanMs, (v) => v < 2)} | < 2 |`);
  lines.push(
    `| hover → card filled, warm p50 / p95 (ms, incl. ${h?.intentDelayMs ?? 150} ms intent delay) | ${fmt(h?.p50)} / ${fmt(h?.p95)} | — |`,
  );
  lines.push(`| hover → card filled, worker stopped p50 / p95 (ms) | ${fmt(h?.coldP50)} / ${fmt(h?.coldP95)} | — |`);
  lines.push(
    `| popup keystroke → results rendered p50 / p95 (ms) | ${fmt(r.search?.p50)} / ${fmt(r.search?.p95)} | — |`,
  );
  lines.push(`| popup first query → results (ms, builds the engine) | ${fmt(r.search?.firstQueryMs)} | — |`);
  const z = r.sizes;
  lines.push(
    `| sizes: zip / content script, top frame (gzip) / other frames' first stage + the page code it imports (gzip) / bundle.json (gzip) | ${fmtBytes(z?.zipBytes)} / ${fmtBytes(z?.contentScriptBytes)} (${fmtBytes(z?.contentScriptGzipBytes)}) / ${fmtBytes(z?.framesScriptBytes ?? null)} + ${fmtBytes(z?.contentMainBytes ?? null)} (${fmtBytes(z?.contentMainGzipBytes ?? null)}) / ${fmtBytes(z?.bundleBytes)} (${fmtBytes(z?.bundleGzipBytes)}) | — |`,
  );
  if (r.names)
    lines.push('', '### Names matcher (seed corpus and a 1,000-entity lexicon)', '', ...namesReport(r.names));
  lines.push('');
  lines.push('### Scale (generated corpora; load = JSON.parse + parseBundle + createSearchEngine, cold)');
  lines.push('');
  lines.push(
    '| passages | builder | build s (CPU s) | bundle | gzip | load Node ms (CPU ms) | load worker ms | first query ms | search p95 one / two / prefix / typo (ms) | same, CPU time | heap |',
  );
  lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |');
  for (const row of r.scale) {
    const b = row.build;
    const ld = row.load;
    const p95 = ld
      ? `${fmt(ld.search.oneWord.p95)} / ${fmt(ld.search.twoWords.p95)} / ${fmt(ld.search.prefix.p95)} / ${fmt(ld.search.typo.p95)}`
      : 'n/a';
    const cpuP95 =
      ld?.search.oneWord.cpuP95 != null
        ? `${fmt(ld.search.oneWord.cpuP95)} / ${fmt(ld.search.twoWords.cpuP95)} / ${fmt(ld.search.prefix.cpuP95)} / ${fmt(ld.search.typo.cpuP95)}`
        : 'n/a';
    const loadGoal = row.passages >= 9_000 && row.passages <= 12_000 ? goal(ld?.loadMs, (v) => v < 150) : '';
    lines.push(
      `| ${b?.passages ?? row.passages} | ${b?.builder ?? 'n/a'} | ${b ? `${fmt(b.buildMs / 1000)} (${fmt(b.buildCpuMs / 1000)})` : 'n/a'} | ${fmtBytes(b?.bundleBytes)} | ${fmtBytes(b?.gzipBytes)} | ${fmt(ld?.loadMs)} (${fmt(ld?.loadCpuMs)})${loadGoal} | ${fmt(row.worker?.loadMs)}${row.passages >= 9_000 && row.passages <= 12_000 ? goal(row.worker?.loadMs, (v) => v < 150) : ''} | ${fmt(ld?.firstQueryMs)} | ${p95} | ${cpuP95} | ${ld ? fmtBytes(ld.heapBytes) : 'n/a'} |`,
    );
  }
  const notes = [
    ...r.pages.flatMap((p) => p.notes.map((n) => `${p.name}: ${n}`)),
    ...(l?.notes ?? []),
    ...(l ? [`rescan: ${l.rescanHow}`] : []),
    ...(h?.notes ?? []),
    ...(r.search?.notes ?? []),
    ...r.scale.flatMap((row) => row.notes.map((n) => `scale ${row.passages}: ${n}`)),
    ...(z?.notes ?? []),
    ...Object.entries(r.na).map(([k, v]) => `${k}: n/a — ${v}`),
  ];
  if (notes.length) {
    lines.push('');
    lines.push('Notes:');
    for (const note of [...new Set(notes)]) lines.push(`- ${note}`);
  }
  if (r.library) {
    lines.push('');
    lines.push(
      '### Library (import through the library page, goals: 1k ≤ 10 s, 10k ≤ 60 s, add page ≤ 1 s, cold card ≤ 300 ms, longest task < 50 ms)',
    );
    lines.push('');
    lines.push(libraryTable(r.library));
  }
  return lines.join('\n');
}
