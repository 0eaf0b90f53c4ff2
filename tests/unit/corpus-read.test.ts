/**
 * Reading a seeds folder: bad folders are errors, bad files are skipped with a reason naming the
 * problem, good files come back sorted with a BOM removed and nothing else changed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSeedBytes, MAX_SEED_BYTES } from '../../lib/corpus';
import { readSeedFolder } from '../../lib/node/readFolder';
import { firstInvalidUtf8Offset } from '../../lib/corpus/read';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlight-seeds-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = 'Overskrift\n\nEn helt almindelig artikel om ingenting, skrevet til en test.\n';

describe('readSeedFolder: the folder', () => {
  it('a missing folder is an error naming it', () => {
    const dir = join(tempDir(), 'nope');
    expect(() => readSeedFolder(dir)).toThrow(`Factlight: seeds folder "${dir}" does not exist`);
  });

  it('a file given as the folder is an error', () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, ARTICLE);
    expect(() => readSeedFolder(file)).toThrow(`Factlight: seeds folder "${file}" is not a folder`);
  });

  it('a folder without .txt files is an error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    expect(() => readSeedFolder(dir)).toThrow(`Factlight: seeds folder "${dir}" has no .txt files`);
  });
});

describe('readSeedFolder: the files', () => {
  it('skips empty, binary, non-UTF-8, UTF-16 and oversized files with a reason, keeps the good ones', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b_good.txt'), ARTICLE);
    writeFileSync(join(dir, 'a_good.txt'), ARTICLE);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\n\t\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    // Latin-1: ø is the single byte 0xF8, invalid as UTF-8.
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Københavns forsvar: støtte', 'latin1'));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hej', 'utf16le')]));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(MAX_SEED_BYTES + 1, 0x61));
    writeFileSync(join(dir, 'readme.md'), 'ignored, not .txt');
    mkdirSync(join(dir, 'folder.txt'));

    const { files, skipped } = readSeedFolder(dir);
    expect(files.map((f) => f.file)).toEqual(['a_good.txt', 'b_good.txt']);
    expect(files[0]!.text).toBe(ARTICLE);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'binary.txt',
      'blank.txt',
      'empty.txt',
      'folder.txt',
      'huge.txt',
      'latin1.txt',
      'utf16.txt',
    ]);
    expect(reasons['empty.txt']).toMatch(/^empty file/);
    expect(reasons['blank.txt']).toMatch(/^empty file \(only whitespace\)/);
    expect(reasons['binary.txt']).toMatch(/binary file \(NUL byte at offset 4\)/);
    expect(reasons['latin1.txt']).toMatch(/not valid UTF-8 \(bad byte at offset 1\)/);
    expect(reasons['utf16.txt']).toMatch(/UTF-16/);
    expect(reasons['huge.txt']).toMatch(/over the 5\.0 MiB limit/);
    expect(reasons['folder.txt']).toBe('not a regular file');
  });

  it('a file of exactly MAX_SEED_BYTES is still read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'max.txt'), Buffer.alloc(MAX_SEED_BYTES, 0x61));
    const { files, skipped } = readSeedFolder(dir);
    expect(skipped).toEqual([]);
    expect(files[0]!.text.length).toBe(MAX_SEED_BYTES);
  });

  it('sorts by code point, the same on every machine, and reads .TXT too', () => {
    const dir = tempDir();
    for (const name of ['b.txt', 'B.TXT', '10.txt', '9.txt', 'a.txt']) writeFileSync(join(dir, name), ARTICLE);
    expect(readSeedFolder(dir).files.map((f) => f.file)).toEqual(['10.txt', '9.txt', 'B.TXT', 'a.txt', 'b.txt']);
  });

  it('two files that would share a document id (a.txt, a.TXT): the second is skipped', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'a.TXT'), ARTICLE);
    const { files, skipped } = readSeedFolder(dir);
    expect(files.map((f) => f.file)).toEqual(['a.TXT']);
    expect(skipped).toEqual([
      { file: 'a.txt', reason: 'same document id "a" as "a.TXT" (names differ only in the extension)' },
    ]);
  });

  it('strips a UTF-8 BOM and changes nothing else (CRLF, NBSP, trailing spaces stay)', () => {
    const dir = tempDir();
    const body = 'Titel\r\n\r\nDer\u00a0Präsident sprach.  \r\n';
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    expect(readSeedFolder(dir).files[0]!.text).toBe(body);
  });
});

describe('decodeSeedBytes and the UTF-8 check', () => {
  it('finds the first bad byte: lone continuation, truncated sequence, overlong form, surrogate', () => {
    expect(firstInvalidUtf8Offset(Buffer.from('ok æøå ✓ 😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x61, 0x62, 0xe2, 0x9c]))).toBe(2);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });

  it('agrees with TextDecoder on what is valid', () => {
    const samples = [
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe0, 0x80, 0x80],
      [0xc3],
    ];
    for (const sample of samples) {
      const bytes = Uint8Array.from(sample);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8Offset(bytes) === -1).toBe(valid);
      expect('text' in decodeSeedBytes(bytes)).toBe(valid);
    }
  });
});
