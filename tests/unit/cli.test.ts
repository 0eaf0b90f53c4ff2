import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const run = spawnSync(TSX, ['lib/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'factlight-cli-'));

describe('cli', { timeout: 60_000 }, () => {
  it('search --json prints ranked passages with their article metadata', () => {
    const { code, stdout } = cli(['search', 'Kursk', '--json']);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Object.keys(hits[0]!).sort()).toEqual(
      ['date', 'docId', 'lang', 'passageId', 'score', 'text', 'title'].sort(),
    );
    expect(hits[0]!.docId).toBe('003_9754d181f53d07d9');
    expect(hits[0]!.text).toMatch(/Kursk/);
  });

  it('entities --json lists entities with aliases, mentions and documents', () => {
    const { code, stdout } = cli(['entities', '--json']);
    expect(code).toBe(0);
    const entities = JSON.parse(stdout) as {
      name: string;
      type: string;
      aliases: { text: string; lang: string }[];
      mentions: number;
      docs: number;
    }[];
    const zelenskyj = entities.find((e) => e.aliases.some((a) => a.text === 'Selenskyj'));
    expect(zelenskyj?.type).toBe('person');
    expect(zelenskyj?.aliases.some((a) => a.text.includes('Zelenskyj') && a.lang === 'da')).toBe(true);
    expect(zelenskyj!.docs).toBeGreaterThanOrEqual(4);
  });

  it('report names what was removed and why', () => {
    const { code, stdout } = cli(['report', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { documents: { id: string; removed: { reason: string; text: string }[] }[] };
    const d002 = report.documents.find((d) => d.id === '002_5644e6c51a1d9186')!;
    expect(d002.removed.some((r) => /nyhedsbrev/i.test(r.text))).toBe(true);
  });

  it('build writes a bundle from another folder; match finds names on stdin', () => {
    const dir = tempDir();
    copyFileSync('seeds/000_e45d9ab066da7475.txt', path.join(dir, 'one.txt'));
    const out = path.join(dir, 'out', 'bundle.json');
    expect(cli(['build', '--seeds', dir, '--out', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
    const match = cli(['match', '--bundle', out], 'Yesterday Zelenskyj met Biden.');
    expect(match.code).toBe(0);
    const spans = JSON.parse(match.stdout) as { start: number; end: number; text: string }[];
    expect(spans.map((s) => s.text)).toContain('Zelenskyj');
  });

  it('a missing folder is a clear error with a non-zero exit, and a good bundle is never overwritten', () => {
    const dir = tempDir();
    const out = path.join(dir, 'bundle.json');
    writeFileSync(out, 'GOOD');
    const run = cli(['build', '--seeds', path.join(dir, 'nope'), '--out', out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/nope/);
    expect(readFileSync(out, 'utf8')).toBe('GOOD');
  });

  it('names a bad file and still builds the rest; exits non-zero when nothing is usable', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const out = path.join(dir, 'b.json');
    const bad = cli(['build', '--seeds', dir, '--out', out]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/binary\.txt/);
    expect(existsSync(out)).toBe(false);
    copyFileSync('seeds/001_0414b4989c13cfe9.txt', path.join(dir, 'good.txt'));
    const good = cli(['build', '--seeds', dir, '--out', out]);
    expect(good.code).toBe(0);
    expect(good.stderr).toMatch(/skipped binary\.txt/);
  });

  it('FACTLIGHT_SEEDS selects the corpus', () => {
    const dir = tempDir();
    copyFileSync('seeds/004_605398b3eb7bcf50.txt', path.join(dir, 'x.txt'));
    const { stdout } = cli(['search', 'Kellogg', '--json'], undefined, { FACTLIGHT_SEEDS: dir });
    expect((JSON.parse(stdout) as { docId: string }[]).every((h) => h.docId === 'x')).toBe(true);
  });

  it('an unknown command prints the usage and exits 2', () => {
    const run = cli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage/);
  });
});
