import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, writeBundleFile } from '@/lib/node/buildBundle';
import { BundleError, parseBundle, parseBundleText } from '@/lib/bundle/load';
import { BUNDLE_FORMAT_VERSION } from '@/lib/bundle/schema';

const built = buildBundle({ seedsDir: 'seeds', builtAt: '2026-01-01T00:00:00.000Z' });

describe('buildBundle', () => {
  it('builds every seed article into a versioned bundle that loads back', () => {
    expect(built.formatVersion).toBe(BUNDLE_FORMAT_VERSION);
    expect(built.documents.map((d) => d.id)).toEqual([
      '000_e45d9ab066da7475',
      '001_0414b4989c13cfe9',
      '002_5644e6c51a1d9186',
      '003_9754d181f53d07d9',
      '004_605398b3eb7bcf50',
    ]);
    const again = parseBundleText(JSON.stringify(built));
    expect(again.passages.length).toBe(built.passages.length);
    expect(again.entities.length).toBeGreaterThan(10);
  });

  it('is deterministic for the same input', () => {
    const twice = buildBundle({ seedsDir: 'seeds', builtAt: '2026-01-01T00:00:00.000Z' });
    expect(JSON.stringify(twice)).toBe(JSON.stringify(built));
  });

  it('keeps passage offsets pointing into the original files', () => {
    for (const doc of built.documents) {
      const original = readFileSync(path.join('seeds', doc.file), 'utf8');
      for (const p of built.passages.slice(doc.firstPassage, doc.firstPassage + doc.passageCount)) {
        expect(original.slice(p.start, p.end)).toBe(p.text);
      }
    }
  });

  it('honours FACTLIGHT_SEEDS-style folders and reports skipped files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlight-seeds-'));
    copyFileSync('seeds/004_605398b3eb7bcf50.txt', path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const bundle = buildBundle({ seedsDir: dir });
    expect(bundle.documents.map((d) => d.id)).toEqual(['a']);
    expect(bundle.report.skipped.map((s) => s.file)).toEqual(['empty.txt']);
  });

  it('refuses a folder with nothing usable, naming the folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlight-seeds-'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    expect(() => buildBundle({ seedsDir: dir })).toThrow(/empty\.txt/);
    expect(() => buildBundle({ seedsDir: path.join(dir, 'missing') })).toThrow(/missing/);
  });
});

describe('corpus size limits', () => {
  it('notes a corpus past the size searches stay fast at, and refuses one past the maximum', () => {
    const warned = buildBundle({ seedsDir: 'seeds', limits: { warn: 10, max: 10_000 } });
    expect(warned.report.warnings[0]).toMatch(/^\d+ passages: past 10,/);
    expect(built.report.warnings).toEqual([]);
    expect(() => buildBundle({ seedsDir: 'seeds', limits: { warn: 10, max: 20 } })).toThrow(
      /passages, more than the 20 .*split the corpus/,
    );
  });
});

describe('parseBundle', () => {
  it('rejects another format version with a clear error', () => {
    expect(() => parseBundle({ ...built, formatVersion: 99 })).toThrow(/format version 99 .*supported 1/);
  });
  it('rejects a truncated file', () => {
    const text = JSON.stringify(built);
    expect(() => parseBundleText(text.slice(0, text.length / 2))).toThrow(BundleError);
    expect(() => parseBundleText(text.slice(0, text.length / 2))).toThrow(/not valid JSON.*truncated/);
  });
  it('names the corrupt part', () => {
    const broken = structuredClone(built) as unknown as { passages: { text: unknown }[] };
    broken.passages[3]!.text = 42;
    expect(() => parseBundle(broken)).toThrow(/corrupt \(passages\.3\.text/);
    expect(() => parseBundle([])).toThrow(/not a JSON object/);
  });
  it('rejects mentions that point outside their passage', () => {
    const broken = structuredClone(built);
    broken.entities[0]!.mentions[0]!.end = 1e6;
    expect(() => parseBundle(broken)).toThrow(/mention outside its passage/);
  });
});

describe('writeBundleFile', () => {
  it('writes whole files and leaves no temp file behind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlight-out-'));
    const out = path.join(dir, 'nested', 'bundle.json');
    writeBundleFile(out, built);
    expect(parseBundleText(readFileSync(out, 'utf8')).documents.length).toBe(5);
    expect(readdirSync(path.dirname(out))).toEqual(['bundle.json']);
  });
});
