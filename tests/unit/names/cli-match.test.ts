import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runMatchCommand } from '../../../lib/cli/match';
import { buildMatcherData } from '../../../lib/names/build';
import { createMatcher, type MatcherEntity } from '../../../lib/names/matcher';

const entities = JSON.parse(
  readFileSync(new URL('../../fixtures/names/entities.json', import.meta.url), 'utf8'),
) as MatcherEntity[];
const matcher = createMatcher(buildMatcherData(entities));

async function run(args: string[], input: string | string[]): Promise<{ code: number; out: string }> {
  const stdin = Readable.from(typeof input === 'string' ? [Buffer.from(input)] : input.map((s) => Buffer.from(s)));
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await runMatchCommand(args, matcher, { stdin, stdout });
  return { code, out: Buffer.concat(chunks).toString('utf8') };
}

describe('cli match', () => {
  it('prints a JSON array of spans with UTF-16 offsets of the input', async () => {
    const text = '😀 Putins krig — Зеленського';
    const { code, out } = await run([], text);
    expect(code).toBe(0);
    const spans = JSON.parse(out) as {
      start: number;
      end: number;
      text: string;
      entityId: string;
      name: string;
      type: string;
    }[];
    expect(spans).toEqual([
      { start: 3, end: 9, text: 'Putins', entityId: 'vladimir-putin', name: 'Vladimir Putin', type: 'person' },
      {
        start: 17,
        end: 28,
        text: 'Зеленського',
        entityId: 'volodymyr-zelenskyj',
        name: 'Volodymyr Zelenskyj',
        type: 'person',
      },
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('streams --jsonl line by line, with an error line for a malformed line, and goes on', async () => {
    const lines = ['{"id":"a","text":"Kyiv og Kharkiv"}', 'not json', '{"id":7}', '', '{"id":"b","text":"Rasputin"}'];
    // Lines cut across chunks, the way a pipe delivers them.
    const joined = `${lines.join('\n')}\n`;
    const { code, out } = await run(['--jsonl'], [joined.slice(0, 10), joined.slice(10, 40), joined.slice(40)]);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; spans?: { text: string }[]; error?: string });
    expect(rows.map((r) => r.id)).toEqual(['a', null, 7, 'b']);
    expect(rows[0]!.spans!.map((s) => s.text)).toEqual(['Kyiv', 'Kharkiv']);
    expect(rows[1]!.error).toMatch(/^Factlight: /);
    expect(rows[2]!.error).toMatch(/text/);
    expect(rows[3]!.spans).toEqual([]);
  });

  it('handles thousands of lines in one process', async () => {
    const input = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: `Putin møtte Zelenskyj ${i}` }),
    ).join('\n');
    const { out } = await run(['--jsonl'], input);
    const rows = out.trim().split('\n');
    expect(rows).toHaveLength(3000);
    expect(JSON.parse(rows[2999]!)).toMatchObject({ id: 2999, spans: [{ text: 'Putin' }, { text: 'Zelenskyj' }] });
  });

  it('rejects unknown arguments with exit code 2', async () => {
    expect((await run(['--nope'], '')).code).toBe(2);
  });
});
