/**
 * Bytes of one article file to text, or the reason they are not usable text (empty, binary, not
 * UTF-8, too large). Pure: used by the Node folder reader and by the library's import in the browser.
 */

/** The largest seed file read: 5 MiB (5,242,880 bytes). A news article is a few kilobytes. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

const BOM = '\uFEFF';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Offset of the first byte that breaks UTF-8 in `bytes`, or -1 when the whole buffer is valid.
 * Used only to make the error message precise; validity itself is decided by TextDecoder.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i; // truncated sequence
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes the bytes of one seed file, or says why they are not usable text.
 * Returns the text (without a leading BOM) or a reason naming the problem.
 */
export function decodeSeedBytes(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file (0 bytes)' };
  if (bytes.length > MAX_SEED_BYTES) {
    return { reason: `file is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_SEED_BYTES)} limit` };
  }
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom) return { reason: 'UTF-16 text; save it as UTF-8' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { reason: `binary file (NUL byte at offset ${nul}), not text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    return { reason: `not valid UTF-8 (bad byte at offset ${at < 0 ? '?' : at}); save it as UTF-8` };
  }
  // TextDecoder drops a leading BOM by default (ignoreBOM: false); be explicit for safety.
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.trim() === '') return { reason: 'empty file (only whitespace)' };
  return { text };
}
