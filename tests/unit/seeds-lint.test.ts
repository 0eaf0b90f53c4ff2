/**
 * Lints the seeds folder: file names follow `NNN_<16 hex>.txt` with consecutive numbers, every
 * file is valid UTF-8 text that the reader accepts, and the files match ../shared/seeds verbatim
 * when that folder exists (it holds the originals).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES } from '../../lib/corpus';
import { readSeedFolder } from '../../lib/node/readFolder';

const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
const SHARED_SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const seedFiles = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));

describe('seeds/', () => {
  it('has the article files, named NNN_<16 hex digits>.txt and numbered 000, 001, … without gaps', () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(5);
    const sorted = [...seedFiles].sort();
    sorted.forEach((name, i) => {
      expect(name).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(name.slice(0, 3)).toBe(String(i).padStart(3, '0'));
    });
  });

  it('every file is strict UTF-8, non-empty, under the size limit, without NUL bytes', () => {
    for (const name of seedFiles) {
      const bytes = readFileSync(join(SEEDS_DIR, name));
      expect(bytes.length, name).toBeGreaterThan(0);
      expect(bytes.length, name).toBeLessThanOrEqual(MAX_SEED_BYTES);
      expect(bytes.includes(0), name).toBe(false);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), name).not.toThrow();
    }
  });

  it('the reader takes every file and skips none', () => {
    const { files, skipped } = readSeedFolder(SEEDS_DIR);
    expect(skipped).toEqual([]);
    expect(files.map((f) => f.file)).toEqual([...seedFiles].sort());
  });

  it.skipIf(!existsSync(SHARED_SEEDS_DIR))('matches ../shared/seeds byte for byte', () => {
    const shared = readdirSync(SHARED_SEEDS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect([...seedFiles].sort()).toEqual(shared);
    for (const name of shared) {
      expect(readFileSync(join(SEEDS_DIR, name)).equals(readFileSync(join(SHARED_SEEDS_DIR, name))), name).toBe(true);
    }
  });
});
