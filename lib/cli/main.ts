/**
 * Factlight's command line, over the same lib/ code the extension runs:
 *
 *   npm run -s cli -- build    [--seeds DIR] [--out FILE]
 *   npm run -s cli -- search   "QUERY" [--json] [--limit N]
 *   npm run -s cli -- entities [--json]
 *   npm run -s cli -- report   [--json]
 *   npm run -s cli -- match    [--jsonl]        (text on stdin)
 *
 * Read commands take `--bundle FILE` (a built bundle) or `--seeds DIR` (built in memory; default
 * `FACTLIGHT_SEEDS` or `seeds/`). Errors go to stderr as `factlight: …` with a non-zero exit.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildBundle, defaultSeedsDir, writeBundleFile } from '../node/buildBundle';
import { parseBundleText } from '../bundle/load';
import type { Bundle } from '../bundle/schema';
import { createMatcher } from '../names/matcher';
import { createSearchEngine } from '../search';
import { runMatchCommand } from './match';

/** Where `build` writes when no `--out` is given. */
export const DEFAULT_OUT = 'dist/bundle.json';

const USAGE = `usage: npm run -s cli -- <command> [options]
  build    [--seeds DIR] [--out FILE]   build a bundle from a folder of .txt articles (default out ${DEFAULT_OUT})
  search   "QUERY" [--json] [--limit N]  ranked passages
  entities [--json]                     the corpus's people, places and organisations
  report   [--json]                     per article: metadata, passages, what was removed and why
  match    [--jsonl]                    find the corpus's names in text read from stdin
read commands also take --bundle FILE or --seeds DIR`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      seeds: { type: 'string' },
      out: { type: 'string' },
      bundle: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      limit: { type: 'string' },
    },
  });
  const load = (): Bundle =>
    values.bundle
      ? parseBundleText(readText(values.bundle))
      : buildBundle({ seedsDir: values.seeds ?? defaultSeedsDir() });

  switch (command) {
    case 'build': {
      const seedsDir = values.seeds ?? defaultSeedsDir();
      const out = values.out ?? DEFAULT_OUT;
      const bundle = buildBundle({ seedsDir });
      writeBundleFile(out, bundle);
      const { report } = bundle;
      process.stderr.write(
        `factlight: built ${out}: ${bundle.documents.length} articles, ${bundle.passages.length} passages, ` +
          `${bundle.entities.length} entities (${report.entities.extracted} extracted, ${report.entities.curated} curated, ${report.entities.both} both)\n`,
      );
      for (const s of report.skipped) process.stderr.write(`factlight: skipped ${s.file}: ${s.reason}\n`);
      for (const w of report.warnings) process.stderr.write(`factlight: warning: ${w}\n`);
      return 0;
    }
    case 'search': {
      const query = positionals.join(' ').trim();
      if (!query) throw new UsageError('search needs a QUERY');
      const limit = values.limit ? Number.parseInt(values.limit, 10) : 10;
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive integer');
      const bundle = load();
      const hits = createSearchEngine(bundle)
        .search(query, limit)
        .map((hit) => {
          const passage = bundle.passages[hit.passageId]!;
          const doc = bundle.documents.find((d) => d.id === passage.docId)!;
          return {
            docId: doc.id,
            passageId: hit.passageId,
            score: round(hit.score),
            title: doc.title,
            date: doc.date,
            lang: passage.lang,
            text: passage.text,
          };
        });
      if (values.json) print(JSON.stringify(hits, null, 2));
      else if (hits.length === 0) print(`No passage matches "${query}".`);
      else
        hits.forEach((h, i) => {
          print(
            `${i + 1}. [${h.score}] ${h.title} (${h.date ?? 'undated'}, ${h.lang}) #${h.passageId}\n   ${clip(h.text, 200)}`,
          );
        });
      return 0;
    }
    case 'entities': {
      const bundle = load();
      const rows = bundle.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases.map((a) => ({ text: a.text, lang: a.lang })),
        mentions: e.mentions.length,
        docs: e.docCount,
        origin: e.origin,
      }));
      if (values.json) print(JSON.stringify(rows, null, 2));
      else
        for (const r of [...rows].sort((a, b) => b.mentions - a.mentions)) {
          print(
            `${r.name} (${r.type}) ${r.mentions} mentions in ${r.docs} articles; spellings: ${[...new Set(r.aliases.map((a) => a.text))].join(', ')}`,
          );
        }
      return 0;
    }
    case 'report': {
      const bundle = load();
      const docs = bundle.documents.map((d) => {
        const r = bundle.report.documents.find((x) => x.docId === d.id);
        return { ...d, removed: r?.dropped ?? [], notes: r?.notes ?? [] };
      });
      if (values.json) {
        print(
          JSON.stringify(
            { documents: docs, entities: bundle.report.entities, skipped: bundle.report.skipped },
            null,
            2,
          ),
        );
        return 0;
      }
      for (const d of docs) {
        print(
          `${d.file}\n  title: ${d.title}\n  date: ${d.date ?? '—'} (${d.dateSource})  language: ${d.lang}  source: ${d.source ?? '—'}${d.sourceUrl ? ` <${d.sourceUrl}>` : ''}`,
        );
        print(`  passages: ${d.passageCount}; removed: ${d.removed.length}`);
        for (const x of d.removed) print(`    - ${x.reason}: ${clip(x.text, 90)}`);
        for (const n of d.notes) print(`  note: ${n}`);
      }
      const e = bundle.report.entities;
      print(
        `entities: ${e.total} (${e.extracted} from extraction, ${e.curated} from the curated file, ${e.both} both); suppressed: ${e.suppressed.join(', ') || 'none'}`,
      );
      for (const s of bundle.report.skipped) print(`skipped ${s.file}: ${s.reason}`);
      for (const w of bundle.report.warnings) print(`warning: ${w}`);
      return 0;
    }
    case 'match': {
      const bundle = load();
      return runMatchCommand(values.jsonl ? ['--jsonl'] : [], createMatcher(bundle.matcher as never), {
        stdin: process.stdin,
        stdout: process.stdout,
      });
    }
    case undefined:
    case 'help':
    case '--help':
      print(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Factlight: cannot read bundle "${file}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const print = (line: string) => process.stdout.write(`${line}\n`);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`factlight: ${error.message.replace(/^Factlight: /, '')}\n${usage ? `${USAGE}\n` : ''}`);
    process.exitCode = usage ? 2 : 1;
  },
);
