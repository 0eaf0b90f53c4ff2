/**
 * Development evaluation of the entity layer on SlavicNER (github.com/SlavicNLP/SlavicNER), which
 * is NOT in the repo: give its folder on the command line.
 *
 *   npx tsx tests/helpers/entities-devset.ts --data DIR [--topics brexit,covid-19] [--langs cs,pl,ru]
 *                                            [--max-docs 50] [--json] [--show-split N] [--show-merged N]
 *                                            [--type-blind-ids]
 *
 * DIR holds raw/<topic>/<lang>/*.txt and ner/<topic>/<lang>/*.tsv (start, end, text, lemma, type,
 * cross-lingual id per line). Per topic, the first --max-docs texts of each language (sorted by
 * file name) are built as one corpus with the project's own pipeline (`buildBundle`, as `cli build`
 * does) and every text is matched with the bundle's matcher by `cli match --bundle`'s own function.
 *
 * Printed per topic and language (and per topic over all its languages):
 * - P / R: span precision and recall. A found span is right when it overlaps a gold span; a gold
 *   span is found when a found span overlaps it. "≥2" columns count only gold entities (by
 *   cross-lingual id) mentioned at least twice in the topic's corpus, and leave out found spans
 *   that fall on gold entities mentioned once (found spans on no gold span stay wrong).
 * - split: real entities mentioned ≥ 2 times whose found mentions are spread over several
 *   Factlight entities (of how many such real entities were found at all).
 * - types: Factlight entities with at least two mentions on the gold's persons, organisations and
 *   places (PER, ORG, LOC/GPE) whose type is the one most of those mentions have.
 * - merged: Factlight entities whose mentions fall on different real entities (each of at least
 *   two of them with ≥ 2 mentions of that entity in its gold spans: a stray overlap is not a merge).
 *
 * --type-blind-ids: gold ids that differ only in their type prefix or letter case are one real entity.
 * The annotators gave some entities two ids (PRO-Twitter and ORG-Twitter, LOC- and ORG-White-House,
 * PER-WIlliam-Barr): by default an entity holding both counts as merged, as the ids are given.
 *
 * The topic `russia_-_ukraine_war` is the held-out judge: this script refuses it.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle } from '../../lib/node/buildBundle';
import { matchNames } from '../../lib/cli/match';
import { createMatcher } from '../../lib/names/matcher';

const DEV_TOPICS = ['asia_bibi', 'brexit', 'covid-19', 'nord_stream', 'ryanair', 'us_election_2020'];
const HELD_OUT = 'russia_-_ukraine_war';

interface Gold {
  start: number;
  end: number;
  text: string;
  id: string;
  /** The annotators' type: PER, ORG, LOC, GPE, EVT or PRO. */
  type: string;
}
interface Found {
  start: number;
  end: number;
  text: string;
  entityId: string;
  name: string;
  type: string;
}
interface Doc {
  lang: string;
  file: string;
  gold: Gold[];
  found: Found[];
}

/** Set by --type-blind-ids. */
let typeBlindIds = false;
const realIdOf = (id: string) => (typeBlindIds ? id.replace(/^[A-Z]+-/, '').toLowerCase() : id);

function readGold(file: string): Gold[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [start, end, text, , type, id] = line.split('\t');
      return { start: Number(start), end: Number(end), text: text ?? '', id: realIdOf(id ?? ''), type: type ?? '' };
    })
    .filter((g) => Number.isFinite(g.start) && g.id);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The gold span a found span overlaps most, if any. */
function goldOf(found: Found, gold: Gold[]): Gold | undefined {
  let best: Gold | undefined;
  let bestOverlap = 0;
  for (const g of gold) {
    const o = overlap(found, g);
    if (o > bestOverlap) {
      best = g;
      bestOverlap = o;
    }
  }
  return best;
}

interface Scores {
  docs: number;
  gold: number;
  found: number;
  p: number;
  r: number;
  p2: number;
  r2: number;
  /** Real entities (≥ 2 mentions) found at all, and those split over several Factlight entities. */
  realFound: number;
  split: number;
  merged: number;
  entities: number;
  /** Factlight entities with ≥ 2 mentions on persons, organisations or places, and those typed as the annotators did. */
  typed: number;
  typedRight: number;
}

/** The gold types Factlight's types stand for (events and products have none). */
const TYPE_OF_GOLD: Record<string, string> = { PER: 'person', ORG: 'organisation', LOC: 'place', GPE: 'place' };

function score(
  docs: Doc[],
  mentionCounts: Map<string, number>,
  detail?: { split: string[]; merged: string[] },
): Scores {
  let goldAll = 0;
  let goldHit = 0;
  let gold2 = 0;
  let gold2Hit = 0;
  let foundAll = 0;
  let foundRight = 0;
  let found2 = 0;
  let found2Right = 0;
  const entitiesOfReal = new Map<string, Map<string, number>>();
  const realOfEntity = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  const typeOfEntity = new Map<string, string>();
  const goldTypesOfEntity = new Map<string, Map<string, number>>();
  const frequent = (id: string) => (mentionCounts.get(id) ?? 0) >= 2;
  for (const doc of docs) {
    for (const g of doc.gold) {
      const hit = doc.found.some((f) => overlap(f, g) > 0);
      goldAll++;
      if (hit) goldHit++;
      if (frequent(g.id)) {
        gold2++;
        if (hit) gold2Hit++;
      }
    }
    for (const f of doc.found) {
      names.set(f.entityId, f.name);
      typeOfEntity.set(f.entityId, f.type);
      const g = goldOf(f, doc.gold);
      const goldType = g ? TYPE_OF_GOLD[g.type] : undefined;
      if (goldType) {
        const types = goldTypesOfEntity.get(f.entityId) ?? new Map<string, number>();
        types.set(goldType, (types.get(goldType) ?? 0) + 1);
        goldTypesOfEntity.set(f.entityId, types);
      }
      foundAll++;
      if (g) foundRight++;
      if (!g || frequent(g.id)) {
        found2++;
        if (g) found2Right++;
      }
      if (!g) continue;
      const byEntity = entitiesOfReal.get(g.id) ?? new Map<string, number>();
      byEntity.set(f.entityId, (byEntity.get(f.entityId) ?? 0) + 1);
      entitiesOfReal.set(g.id, byEntity);
      const byReal = realOfEntity.get(f.entityId) ?? new Map<string, number>();
      byReal.set(g.id, (byReal.get(g.id) ?? 0) + 1);
      realOfEntity.set(f.entityId, byReal);
    }
  }
  let realFound = 0;
  let split = 0;
  for (const [id, byEntity] of entitiesOfReal) {
    if (!frequent(id)) continue;
    realFound++;
    if (byEntity.size > 1) {
      split++;
      detail?.split.push(
        `${id} (${mentionCounts.get(id)}): ${[...byEntity]
          .sort((a, b) => b[1] - a[1])
          .map(([e, n]) => `${names.get(e)} ×${n}`)
          .join(' | ')}`,
      );
    }
  }
  let merged = 0;
  for (const [entityId, byReal] of realOfEntity) {
    const substantial = [...byReal].filter(([, n]) => n >= 2);
    if (substantial.length >= 2) {
      merged++;
      detail?.merged.push(
        `${names.get(entityId)} [${entityId}]: ${[...byReal]
          .sort((a, b) => b[1] - a[1])
          .map(([id, n]) => `${id} ×${n}`)
          .join(' | ')}`,
      );
    }
  }
  // Types: each entity against the type most of its mentions have in the gold.
  let typed = 0;
  let typedRight = 0;
  for (const [entityId, types] of goldTypesOfEntity) {
    const ranked = [...types].sort((a, b) => b[1] - a[1]);
    if (ranked.reduce((sum, [, n]) => sum + n, 0) < 2) continue;
    typed++;
    if (ranked[0]![0] === typeOfEntity.get(entityId)) typedRight++;
  }
  const pct = (a: number, b: number) => (b === 0 ? Number.NaN : (100 * a) / b);
  return {
    typed,
    typedRight,
    docs: docs.length,
    gold: goldAll,
    found: foundAll,
    p: pct(foundRight, foundAll),
    r: pct(goldHit, goldAll),
    p2: pct(found2Right, found2),
    r2: pct(gold2Hit, gold2),
    realFound,
    split,
    merged,
    entities: realOfEntity.size,
  };
}

function runTopic(dataDir: string, topic: string, langs: string[], maxDocs: number) {
  const work = mkdtempSync(path.join(tmpdir(), `factlight-devset-${topic}-`));
  const docs: Doc[] = [];
  try {
    const texts = new Map<string, { lang: string; file: string; text: string; gold: Gold[] }>();
    for (const lang of langs) {
      const rawDir = path.join(dataDir, 'raw', topic, lang);
      if (!existsSync(rawDir)) continue;
      const files = readdirSync(rawDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .slice(0, maxDocs);
      for (const file of files) {
        const copy = `${lang}__${file}`;
        copyFileSync(path.join(rawDir, file), path.join(work, copy));
        const tsv = path.join(dataDir, 'ner', topic, lang, file.replace(/\.txt$/, '.tsv'));
        texts.set(copy, {
          lang,
          file,
          text: readFileSync(path.join(rawDir, file), 'utf8'),
          gold: readGold(tsv),
        });
      }
    }
    const t0 = performance.now();
    const bundle = buildBundle({ seedsDir: work, builtAt: '2000-01-01T00:00:00.000Z' });
    const buildMs = performance.now() - t0;
    const matcher = createMatcher(bundle.matcher as never);
    const typeById = new Map(bundle.entities.map((e) => [e.id, e.type] as const));
    for (const [, t] of texts) {
      // As `cli match --bundle` reads a text: the language eld is sure of, else unknown.
      const found = matchNames(matcher, t.text).map((s) => ({
        start: s.start,
        end: s.end,
        text: s.text,
        entityId: s.entityId,
        name: s.name,
        type: typeById.get(s.entityId) ?? '',
      }));
      docs.push({ lang: t.lang, file: t.file, gold: t.gold, found });
    }
    return { docs, buildMs, entities: bundle.entities.length, passages: bundle.passages.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      topics: { type: 'string' },
      langs: { type: 'string', default: 'cs,pl,ru' },
      'max-docs': { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
      'show-split': { type: 'string', default: '0' },
      'show-merged': { type: 'string', default: '0' },
      'show-fp': { type: 'string', default: '0' },
      'show-fn': { type: 'string', default: '0' },
      'type-blind-ids': { type: 'boolean', default: false },
    },
  });
  if (!values.data) throw new Error('Factlight: --data DIR (the SlavicNER folder) is required');
  typeBlindIds = values['type-blind-ids'];
  const topics = values.topics ? values.topics.split(',') : DEV_TOPICS;
  if (topics.includes(HELD_OUT)) throw new Error(`Factlight: ${HELD_OUT} is the held-out judge topic; not used here`);
  const langs = values.langs.split(',');
  const maxDocs = Number(values['max-docs']);
  const rows: (Scores & { topic: string; lang: string })[] = [];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const f1 = (x: number) => (Number.isNaN(x) ? '  —  ' : x.toFixed(1));
  const header = `${'topic'.padEnd(17)} ${'lang'.padEnd(4)} ${pad('docs', 4)} ${pad('P', 5)} ${pad('R', 5)} ${pad('P≥2', 5)} ${pad('R≥2', 5)} ${pad('split', 9)} ${pad('merged', 6)} ${pad('types', 5)}`;
  if (!values.json) console.log(header);
  const showSplit = Number(values['show-split']);
  const showMerged = Number(values['show-merged']);
  for (const topic of topics) {
    const { docs, buildMs, entities, passages } = runTopic(values.data, topic, langs, maxDocs);
    const mentionCounts = new Map<string, number>();
    for (const d of docs) for (const g of d.gold) mentionCounts.set(g.id, (mentionCounts.get(g.id) ?? 0) + 1);
    const detail = { split: [] as string[], merged: [] as string[] };
    const groups: [string, Doc[]][] = [
      ...langs.map((l) => [l, docs.filter((d) => d.lang === l)] as [string, Doc[]]),
      ['all', docs],
    ];
    for (const [lang, list] of groups) {
      if (list.length === 0) continue;
      const langCounts = new Map<string, number>();
      for (const d of list) for (const g of d.gold) langCounts.set(g.id, (langCounts.get(g.id) ?? 0) + 1);
      const s = score(list, lang === 'all' ? mentionCounts : langCounts, lang === 'all' ? detail : undefined);
      rows.push({ ...s, topic, lang });
      if (!values.json)
        console.log(
          `${topic.padEnd(17)} ${lang.padEnd(4)} ${pad(s.docs, 4)} ${pad(f1(s.p), 5)} ${pad(f1(s.r), 5)} ${pad(f1(s.p2), 5)} ${pad(f1(s.r2), 5)} ${pad(`${s.split}/${s.realFound}`, 9)} ${pad(s.merged, 6)} ${pad(f1((100 * s.typedRight) / s.typed), 5)}`,
        );
    }
    if (!values.json) {
      console.log(`${''.padEnd(17)} build ${Math.round(buildMs)} ms, ${passages} passages, ${entities} entities`);
      for (const line of detail.split.slice(0, showSplit)) console.log(`    split  ${line}`);
      for (const line of detail.merged.slice(0, showMerged)) console.log(`    merged ${line}`);
      const showFp = Number(values['show-fp']);
      const showFn = Number(values['show-fn']);
      if (showFp > 0) {
        const fp = new Map<string, number>();
        for (const d of docs)
          for (const f of d.found)
            if (!goldOf(f, d.gold)) fp.set(`${d.lang}:${f.text}`, (fp.get(`${d.lang}:${f.text}`) ?? 0) + 1);
        console.log(
          `    wrong: ${[...fp]
            .sort((a, b) => b[1] - a[1])
            .slice(0, showFp)
            .map(([t, n]) => `${t} ×${n}`)
            .join(', ')}`,
        );
      }
      if (showFn > 0) {
        const fn = new Map<string, number>();
        for (const d of docs)
          for (const g of d.gold)
            if ((mentionCounts.get(g.id) ?? 0) >= 2 && !d.found.some((f) => overlap(f, g) > 0))
              fn.set(`${d.lang}:${g.text}`, (fn.get(`${d.lang}:${g.text}`) ?? 0) + 1);
        console.log(
          `    missed: ${[...fn]
            .sort((a, b) => b[1] - a[1])
            .slice(0, showFn)
            .map(([t, n]) => `${t} ×${n}`)
            .join(', ')}`,
        );
      }
    }
  }
  const all = rows.filter((r) => r.lang === 'all');
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  else if (all.length > 1) {
    const mean = (k: 'p2' | 'r2') => all.reduce((s, r) => s + r[k], 0) / all.length;
    const split = all.reduce((s, r) => s + r.split, 0);
    const real = all.reduce((s, r) => s + r.realFound, 0);
    const merged = all.reduce((s, r) => s + r.merged, 0);
    const typed = all.reduce((s, r) => s + r.typed, 0);
    const typedRight = all.reduce((s, r) => s + r.typedRight, 0);
    console.log(
      `mean over topics: P≥2 ${f1(mean('p2'))} R≥2 ${f1(mean('r2'))}; split ${split}/${real} (${f1((100 * split) / real)} %); merged ${merged}; types ${typedRight}/${typed} (${f1((100 * typedRight) / typed)} %)`,
    );
  }
}

mkdirSync(tmpdir(), { recursive: true });
main();
