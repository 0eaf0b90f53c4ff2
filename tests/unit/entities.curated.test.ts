/** Lints seeds/entities.curated.json and checks that a bad curated file is a clear error. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../lib/entities';
import { nameKeyOf } from '../../lib/entities/keys';
import { SEEDS_DIR } from './entitiesCorpus';

const FILE = join(SEEDS_DIR, 'entities.curated.json');
const raw = readFileSync(FILE, 'utf8');

describe('seeds/entities.curated.json', () => {
  const curated = parseCurated(JSON.parse(raw), 'entities.curated.json');

  it('is valid, and written exactly as JSON.stringify(…, null, 2) writes it', () => {
    expect(curated.version).toBe(1);
    expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
  });

  it('is sorted by name, with sorted aliases and suppressions', () => {
    const names = curated.entries.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    for (const entry of curated.entries) {
      const aliases = entry.aliases ?? [];
      expect(aliases).toEqual([...aliases].sort((a, b) => a.localeCompare(b, 'en')));
    }
    expect(curated.suppress).toEqual([...curated.suppress].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('is NFC-normalised and trimmed everywhere', () => {
    const texts = [...curated.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]), ...curated.suppress];
    for (const text of texts) {
      expect(text.normalize('NFC')).toBe(text);
      expect(text.trim()).toBe(text);
    }
    expect(raw.normalize('NFC')).toBe(raw);
  });

  it('names each spelling once (no duplicate names or aliases, no spelling both kept and suppressed)', () => {
    const keys = [...curated.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]), ...curated.suppress].map(
      nameKeyOf,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('parseCurated', () => {
  it('names the file and the field of the problem', () => {
    const bad = { version: 1, entries: [{ name: 'Kreml', type: 'building' }], suppress: [] };
    expect(() => parseCurated(bad, 'my.curated.json')).toThrow(/^Factlight: my\.curated\.json: entries\.0\.type: /);
  });

  it('rejects untrimmed or non-NFC names, unknown fields and another version', () => {
    expect(() => parseCurated({ version: 1, entries: [{ name: ' Kreml', type: 'place' }], suppress: [] }, 'f')).toThrow(
      /entries\.0\.name: must be trimmed/,
    );
    expect(() =>
      parseCurated(
        { version: 1, entries: [], suppress: ['Wei\u00dfrussland'.normalize('NFD').replace('ss', 's\u0301s')] },
        'f',
      ),
    ).toThrow(/suppress\.0: must be NFC/);
    expect(() =>
      parseCurated({ version: 1, entries: [{ name: 'Kreml', type: 'place', typo: 1 }], suppress: [] }, 'f'),
    ).toThrow(/entries\.0/);
    expect(() => parseCurated({ version: 2, entries: [], suppress: [] }, 'f')).toThrow(/^Factlight: f: version/);
  });
});
