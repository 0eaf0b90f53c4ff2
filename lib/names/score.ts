/**
 * Scores a matcher on a development set (tests/fixtures/names/devset.json): per language and per
 * script, precision and recall of exact spans (same start, end and entity), and the look-alikes
 * that got any span. Gold names are given as surface text in text order; they are located in the
 * text one after another.
 */
import type { NameMatcher, NameSpan } from './matcher';

export interface DevItem {
  lang: string;
  script: string;
  text: string;
  /** [surface text, entity id], in text order. */
  gold: [string, string][];
  lookalike?: boolean;
  /** Which part of the set: absent for A and B, 'C' for issue 13's English headlines and page text. */
  set?: string;
  /** 'headline' (Title Case or all caps) or 'page' (running page text); absent: a news sentence. */
  kind?: 'headline' | 'page';
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface DevReport {
  byLang: Record<string, Score>;
  byScript: Record<string, Score>;
  /** By item kind (headline, page, plain = page text without names) and by set (C). */
  byKind: Record<string, Score>;
  bySet: Record<string, Score>;
  all: Score;
  lookalikes: { total: number; marked: number; texts: string[] };
  errors: { lang: string; text: string; missed: string[]; wrong: string[] }[];
}

/** Gold spans of one item; throws when a surface is not found (a broken fixture). */
export function goldSpans(item: DevItem): NameSpan[] {
  const spans: NameSpan[] = [];
  let from = 0;
  for (const [surface, entityId] of item.gold) {
    const start = item.text.indexOf(surface, from);
    if (start < 0) throw new Error(`Factlight: gold "${surface}" not found in "${item.text}"`);
    spans.push({ start, end: start + surface.length, entityId });
    from = start + surface.length;
  }
  return spans;
}

const score = (tp: number, fp: number, fn: number): Score => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

/**
 * `lang` gives the language the matcher is told for an item's text (as the CLI does: detection);
 * without it the matcher is told nothing.
 */
export function scoreDevSet(
  matcher: NameMatcher,
  items: DevItem[],
  lang?: (item: DevItem) => string | undefined,
): DevReport {
  const counts = new Map<string, [number, number, number]>();
  const add = (k: string, tp: number, fp: number, fn: number) => {
    const c = counts.get(k) ?? [0, 0, 0];
    counts.set(k, [c[0] + tp, c[1] + fp, c[2] + fn]);
  };
  const lookalikes = { total: 0, marked: 0, texts: [] as string[] };
  const errors: DevReport['errors'] = [];
  for (const item of items) {
    const gold = goldSpans(item);
    const found = matcher.match(item.text, { lang: lang?.(item) });
    const id = (s: NameSpan) => `${s.start}:${s.end}:${s.entityId}`;
    const goldIds = new Set(gold.map(id));
    const foundIds = new Set(found.map(id));
    const tp = found.filter((s) => goldIds.has(id(s))).length;
    const fp = found.length - tp;
    const fn = gold.filter((s) => !foundIds.has(id(s))).length;
    const keys = [`lang:${item.lang}`, `script:${item.script}`, 'all'];
    if (item.kind) keys.push(`kind:${item.kind}`);
    if (item.set) keys.push(`set:${item.set}`);
    // Spans in a text with no gold name at all (plain page text): common words lit as names.
    if (item.gold.length === 0 && !item.lookalike) keys.push('kind:plain');
    for (const k of keys) add(k, tp, fp, fn);
    if (item.lookalike) {
      lookalikes.total += 1;
      if (found.length > 0) {
        lookalikes.marked += 1;
        lookalikes.texts.push(item.text);
      }
    }
    if (fp > 0 || fn > 0) {
      const show = (s: NameSpan) => `${item.text.slice(s.start, s.end)}=${s.entityId}`;
      errors.push({
        lang: item.lang,
        text: item.text,
        missed: gold.filter((s) => !foundIds.has(id(s))).map(show),
        wrong: found.filter((s) => !goldIds.has(id(s))).map(show),
      });
    }
  }
  const pick = (prefix: string) =>
    Object.fromEntries(
      [...counts].filter(([k]) => k.startsWith(prefix)).map(([k, c]) => [k.slice(prefix.length), score(...c)]),
    );
  const all = counts.get('all') ?? [0, 0, 0];
  return {
    byLang: pick('lang:'),
    byScript: pick('script:'),
    byKind: pick('kind:'),
    bySet: pick('set:'),
    all: score(...all),
    lookalikes,
    errors,
  };
}

/** A plain-text table of a report, one line per language and script. */
export function formatDevReport(report: DevReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const line = (name: string, s: Score) =>
    `${name.padEnd(10)} P ${pct(s.precision)}  R ${pct(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  return [
    ...Object.entries(report.byLang)
      .sort()
      .map(([k, s]) => line(k, s)),
    ...Object.entries(report.byScript)
      .sort()
      .map(([k, s]) => line(`[${k}]`, s)),
    ...Object.entries(report.byKind)
      .sort()
      .map(([k, s]) => line(`<${k}>`, s)),
    ...Object.entries(report.bySet)
      .sort()
      .map(([k, s]) => line(`set ${k}`, s)),
    line('ALL', report.all),
    `look-alikes marked: ${report.lookalikes.marked} of ${report.lookalikes.total}`,
  ].join('\n');
}
