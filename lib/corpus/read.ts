/**
 * Reading a folder of seed articles: every `*.txt` file, sorted by name, decoded as strict UTF-8.
 * A file that cannot be used (empty, binary, not UTF-8, too big, unreadable) is set aside with a
 * reason that names the problem; the folder itself being unusable is an error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One seed file as read: its name and its text (a leading UTF-8 BOM removed, nothing else changed). */
export interface SeedFile {
  file: string;
  text: string;
}

/** A file of the folder that was not read, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

import { decodeSeedBytes, formatBytes, MAX_SEED_BYTES } from './decode';

export { decodeSeedBytes, firstInvalidUtf8Offset, MAX_SEED_BYTES } from './decode';

/**
 * Reads every `*.txt` file of `dir`, sorted by name (code point order, so the same on every
 * machine). Throws when the folder is missing, is not a folder, or has no `.txt` file; files
 * that cannot be used go to `skipped` with the reason, and the rest are returned.
 */
export function readSeedFolder(dir: string): { files: SeedFile[]; skipped: SkippedFile[] } {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new Error(`Factlight: seeds folder "${dir}" does not exist`);
  }
  if (!isDirectory) throw new Error(`Factlight: seeds folder "${dir}" is not a folder`);

  const names = readdirSync(dir)
    .filter((name) => /\.txt$/i.test(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) throw new Error(`Factlight: seeds folder "${dir}" has no .txt files`);

  const files: SeedFile[] = [];
  const skipped: SkippedFile[] = [];
  // The document id is the name without `.txt`; `a.txt` and `a.TXT` would share one.
  const idOwners = new Map<string, string>();
  for (const file of names) {
    const path = join(dir, file);
    const id = file.replace(/\.txt$/iu, '');
    const owner = idOwners.get(id);
    if (owner) {
      skipped.push({ file, reason: `same document id "${id}" as "${owner}" (names differ only in the extension)` });
      continue;
    }
    idOwners.set(id, file);
    try {
      const stat = statSync(path);
      if (!stat.isFile()) {
        skipped.push({ file, reason: 'not a regular file' });
        continue;
      }
      // Checked before reading, so a huge file is never loaded into memory.
      if (stat.size > MAX_SEED_BYTES) {
        skipped.push({
          file,
          reason: `file is ${formatBytes(stat.size)}, over the ${formatBytes(MAX_SEED_BYTES)} limit`,
        });
        continue;
      }
      const decoded = decodeSeedBytes(readFileSync(path));
      if ('reason' in decoded) skipped.push({ file, reason: decoded.reason });
      else files.push({ file, text: decoded.text });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      skipped.push({ file, reason: `cannot be read (${code})` });
    }
  }
  return { files, skipped };
}
