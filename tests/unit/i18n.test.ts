import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/** The UI languages Factlight ships (issue 11): English first, the reference for every other. */
const LOCALES = ['en', 'da', 'de', 'nb', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'uk', 'ru'];
const read = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('UI translations', () => {
  const en = read('en');

  it('ships exactly the twelve languages', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LOCALES].sort());
  });

  it('has exactly the keys of English in every language, none empty', () => {
    for (const lang of LOCALES) {
      const messages = read(lang);
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('translates the UI: most messages of each language differ from English', () => {
    // Names, units and the brand stay the same; a file copied from English would not pass.
    for (const lang of LOCALES.filter((l) => l !== 'en')) {
      const messages = read(lang);
      const same = Object.keys(en).filter((key) => messages[key]!.message === en[key]!.message);
      expect(same.length / Object.keys(en).length, `${lang}: ${same.join(', ')}`).toBeLessThan(0.15);
    }
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
      ...sourceFiles('lib/page'),
      ...sourceFiles('lib/ui'),
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

  it('has no UI text hard-coded in the UI (components/, the card, lib/ui): every string goes through the i18n API', () => {
    // Parsed, not grepped: JSX text and user-visible attributes that hold letters are UI strings.
    const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'label']);
    const LETTER = /\p{L}/u;
    const found: string[] = [];
    const walk = (node: unknown, file: string): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const child of node) walk(child, file);
        return;
      }
      const n = node as {
        type?: string;
        value?: unknown;
        name?: { name?: unknown };
        loc?: { start: { line: number } };
      };
      const where = `${file}:${n.loc?.start.line}`;
      if (n.type === 'JSXText' && typeof n.value === 'string' && LETTER.test(n.value))
        found.push(`${where} text "${n.value.trim()}"`);
      if (n.type === 'JSXAttribute' && VISIBLE_ATTRIBUTES.has(String(n.name?.name))) {
        const value = n.value as {
          type?: string;
          value?: unknown;
          expression?: { type?: string; value?: unknown };
        } | null;
        const literal =
          value?.type === 'StringLiteral'
            ? value.value
            : value?.expression?.type === 'StringLiteral'
              ? value.expression.value
              : null;
        if (typeof literal === 'string' && LETTER.test(literal))
          found.push(`${where} ${String(n.name?.name)}="${literal}"`);
      }
      if (n.type === 'JSXExpressionContainer') {
        const expression = (n as { expression?: { type?: string; value?: unknown } }).expression;
        if (
          expression?.type === 'StringLiteral' &&
          typeof expression.value === 'string' &&
          LETTER.test(expression.value)
        )
          found.push(`${where} {"${expression.value}"}`);
      }
      for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'extra') walk(child, file);
    };
    const files = ['components', 'entrypoints', 'lib/page', 'lib/ui']
      .flatMap(sourceFiles)
      .filter((file) => file.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const ast = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['jsx', 'typescript'] });
      walk(ast.program, file);
    }
    expect(found).toEqual([]);
  });
});
