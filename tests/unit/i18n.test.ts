import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES = ['en', 'da', 'de', 'nb'];
const read = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('UI translations', () => {
  const en = read('en');

  it('has the same keys in English, Danish, German and Norwegian Bokmål', () => {
    for (const lang of LOCALES) expect(Object.keys(read(lang)).sort(), lang).toEqual(Object.keys(en).sort());
  });

  it('keeps the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'commandNextHighlight', 'commandLookupSelection'])
      expect(en[key]?.message).toBeTruthy();
  });

  it('defines every key the UI and the background use', () => {
    const used = new Set<string>();
    for (const file of [
      ...sourceFiles('components'),
      ...sourceFiles('lib/background'),
      ...sourceFiles('entrypoints'),
    ]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/getMessage\('([A-Za-z]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en, `missing key ${key}`).toHaveProperty(key);
  });

  it('uses the same placeholders in every language, each one defined', () => {
    for (const lang of LOCALES) {
      for (const [key, entry] of Object.entries(read(lang))) {
        const inMessage = [...entry.message.matchAll(/\$([a-z]+)\$/g)].map((m) => m[1]).sort();
        expect(inMessage, `${lang}.${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang}.${key}`).toEqual(
          Object.keys(en[key]!.placeholders ?? {}).sort(),
        );
      }
    }
  });
});
