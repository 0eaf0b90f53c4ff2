/**
 * English development set of the entity layer: hand-written news texts in tests/fixtures/entities-en
 * with a small gold file (gold.json: each entity's spellings and type; every whole-word occurrence
 * of a spelling is a gold mention, longest spelling first). A sibling of entities-devset.ts, which
 * reads SlavicNER (Czech, Polish, Russian) and has no English.
 *
 *   npx tsx tests/helpers/entities-en-devset.ts [--dir tests/fixtures/entities-en] [--show]
 *
 * Built with the project's own pipeline (`buildBundle`, as `cli build` does) and matched with the
 * bundle's matcher (as `cli match --bundle` does). Printed: span precision and recall, merged
 * (Factlight entities holding mentions of several gold entities), split (gold entities spread over
 * several Factlight entities), types (gold entities whose main Factlight entity has the gold type),
 * and with --show the wrong spans (headings and menu items taken for names land here).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle } from '../../lib/node/buildBundle';
import { createMatcher } from '../../lib/names/matcher';

interface GoldFile {
  entities: { id: string; type: string; spellings: string[] }[];
  ignore: string[];
}
interface Span {
  start: number;
  end: number;
  id: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of the spellings, longest first, without overlaps. */
function goldSpans(text: string, gold: GoldFile): Span[] {
  const forms = [
    ...gold.entities.flatMap((e) => e.spellings.map((s) => ({ s, id: e.id }))),
    ...gold.ignore.map((s) => ({ s, id: '' })),
  ].sort((a, b) => b.s.length - a.s.length);
  const spans: Span[] = [];
  for (const { s, id } of forms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index ?? 0;
      const end = start + s.length;
      if (!spans.some((x) => x.start < end && start < x.end)) spans.push({ start, end, id });
    }
  }
  return spans;
}

function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'tests/fixtures/entities-en' },
      show: { type: 'boolean', default: false },
    },
  });
  const dir = values.dir;
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as GoldFile;
  const typeOf = new Map(gold.entities.map((e) => [e.id, e.type]));
  const work = mkdtempSync(path.join(tmpdir(), 'factlight-en-devset-'));
  try {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    for (const f of files) copyFileSync(path.join(dir, f), path.join(work, f));
    const t0 = performance.now();
    const bundle = buildBundle({ seedsDir: work, builtAt: '2000-01-01T00:00:00.000Z' });
    const buildMs = performance.now() - t0;
    const matcher = createMatcher(bundle.matcher as never);
    const entityType = new Map(bundle.entities.map((e) => [e.id, e.type]));
    let found = 0;
    let right = 0;
    let goldCount = 0;
    let hit = 0;
    const wrong = new Map<string, number>();
    const missed = new Map<string, number>();
    const goldOfEntity = new Map<string, Map<string, number>>();
    const entitiesOfGold = new Map<string, Map<string, number>>();
    const names = new Map<string, string>();
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const spans = goldSpans(text, gold);
      const foundSpans = matcher.match(text);
      for (const g of spans) {
        if (!g.id) continue;
        goldCount++;
        if (foundSpans.some((s) => s.start < g.end && g.start < s.end)) hit++;
        else {
          const t = text.slice(g.start, g.end);
          missed.set(t, (missed.get(t) ?? 0) + 1);
        }
      }
      for (const s of foundSpans) {
        names.set(s.entityId, matcher.entity(s.entityId)?.name ?? s.entityId);
        const g = spans.find((x) => x.start < s.end && s.start < x.end);
        if (g && !g.id) continue; // on an ignored name: neither right nor wrong
        found++;
        if (!g) {
          const t = text.slice(s.start, s.end);
          wrong.set(t, (wrong.get(t) ?? 0) + 1);
          continue;
        }
        right++;
        const byGold = goldOfEntity.get(s.entityId) ?? new Map<string, number>();
        byGold.set(g.id, (byGold.get(g.id) ?? 0) + 1);
        goldOfEntity.set(s.entityId, byGold);
        const byEntity = entitiesOfGold.get(g.id) ?? new Map<string, number>();
        byEntity.set(s.entityId, (byEntity.get(s.entityId) ?? 0) + 1);
        entitiesOfGold.set(g.id, byEntity);
      }
    }
    const merged = [...goldOfEntity].filter(([, m]) => m.size > 1);
    const split = [...entitiesOfGold].filter(([, m]) => m.size > 1);
    const typeMisses: string[] = [];
    for (const [id, byEntity] of entitiesOfGold) {
      const main = [...byEntity].sort((a, b) => b[1] - a[1])[0]![0];
      const t = entityType.get(main);
      if (t !== typeOf.get(id)) typeMisses.push(`${id}: ${t} (gold ${typeOf.get(id)})`);
    }
    const pct = (a: number, b: number) => (b === 0 ? '—' : ((100 * a) / b).toFixed(1));
    console.log(
      `english: ${files.length} texts, P ${pct(right, found)} R ${pct(hit, goldCount)}; merged ${merged.length}; split ${split.length}/${entitiesOfGold.size}; types ${entitiesOfGold.size - typeMisses.length}/${entitiesOfGold.size}; junk spans ${[...wrong.values()].reduce((a, b) => a + b, 0)}; build ${Math.round(buildMs)} ms`,
    );
    if (values.show) {
      console.log(`  wrong: ${[...wrong].map(([t, n]) => `${t} ×${n}`).join(', ')}`);
      console.log(`  missed: ${[...missed].map(([t, n]) => `${t} ×${n}`).join(', ')}`);
      for (const [e, m] of merged)
        console.log(`  merged ${names.get(e)}: ${[...m].map(([g, n]) => `${g} ×${n}`).join(' | ')}`);
      for (const [g, m] of split)
        console.log(`  split ${g}: ${[...m].map(([e, n]) => `${names.get(e)} ×${n}`).join(' | ')}`);
      for (const line of typeMisses) console.log(`  type ${line}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
