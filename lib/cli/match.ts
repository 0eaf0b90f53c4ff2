/**
 * `cli match`: the names of a text, with the same matcher the content script uses.
 *
 * - Default: reads all of stdin as UTF-8 text, prints one JSON array of
 *   `{start, end, text, entityId, name, type}` (offsets in UTF-16 code units of the input).
 * - `--jsonl`: reads one JSON object `{id, text, lang?}` per line, streaming, and prints one
 *   `{id, spans}` line per input line, in order; a line that is not such an object prints
 *   `{id, error}` (id null when unknown) and the run goes on. Blank lines are skipped.
 * The text's language (its endings and common words, see lib/names/language.ts) is the line's
 * `lang` when given, else eld's guess on the text when eld is sure, else unknown.
 * Exit code 0, or 2 for an unknown argument.
 */
import { createInterface } from 'node:readline';
import { guessLanguage } from '../corpus/language';
import { type DetectLanguage, textLanguage } from '../names/language';
import type { NameMatcher } from '../names/matcher';

/** eld's guess when it is sure of it (a reliable result), else undefined. */
export const detectTextLanguage: DetectLanguage = (text) => {
  const guess = guessLanguage(text);
  return guess.reliable ? guess.lang : undefined;
};

export interface MatchedName {
  start: number;
  end: number;
  text: string;
  entityId: string;
  name: string;
  type: string;
}

/** The matcher's spans of one text, with the matched text and the entity's name and type. */
export function matchNames(matcher: NameMatcher, text: string, lang?: string): MatchedName[] {
  const language = textLanguage(lang, undefined, text, detectTextLanguage);
  return matcher.match(text, { lang: language }).map((s) => {
    const entity = matcher.entity(s.entityId);
    return {
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      entityId: s.entityId,
      name: entity?.name ?? s.entityId,
      type: entity?.type ?? 'unknown',
    };
  });
}

/** Writes and waits for the stream to take more when it asks to (thousands of lines into a pipe). */
function write(out: NodeJS.WritableStream, chunk: string): Promise<void> | void {
  if (out.write(chunk)) return;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

function lineResult(matcher: NameMatcher, line: string): object {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `Factlight: not JSON (${(err as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { id: null, error: 'Factlight: expected an object {id, text}' };
  }
  const { id, text, lang } = parsed as { id?: unknown; text?: unknown; lang?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return { id: safeId, error: 'Factlight: "text" must be a string' };
  try {
    return { id: safeId, spans: matchNames(matcher, text, typeof lang === 'string' ? lang : undefined) };
  } catch (err) {
    return { id: safeId, error: `Factlight: ${(err as Error).message}` };
  }
}

export async function runMatchCommand(
  args: string[],
  matcher: NameMatcher,
  io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr?: NodeJS.WritableStream },
): Promise<number> {
  const unknown = args.filter((a) => a !== '--jsonl');
  if (unknown.length > 0) {
    io.stderr?.write(`Factlight: match: unknown argument ${unknown[0]} (usage: match [--jsonl] < input)\n`);
    return 2;
  }
  if (args.includes('--jsonl')) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const raw of lines) {
      const line = raw.replace(/^\uFEFF/, '');
      if (line.trim() === '') continue;
      await write(io.stdout, `${JSON.stringify(lineResult(matcher, line))}\n`);
    }
    return 0;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  await write(io.stdout, `${JSON.stringify(matchNames(matcher, text))}\n`);
  return 0;
}
