/**
 * The shapes of article files as read, and the byte checks every reader applies (strict UTF-8,
 * empty, binary, too big: `decode.ts`). Pure: the CLI's folder reader (`lib/node/readFolder.ts`) and
 * the browser's import (`lib/library/files.ts`) both use them.
 */

/** One seed file as read: its name and its text (a leading UTF-8 BOM removed, nothing else changed). */
export interface SeedFile {
  file: string;
  text: string;
}

/** A file that was not read, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export { decodeSeedBytes, firstInvalidUtf8Offset, formatBytes, MAX_SEED_BYTES } from './decode';
