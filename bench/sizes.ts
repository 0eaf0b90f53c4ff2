/** Item 6, sizes: the store zip, the content script, the shipped bundle (raw and gzipped). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizesResult {
  zip: string | null;
  zipBytes: number | null;
  contentScriptBytes: number | null;
  contentScriptGzipBytes: number | null;
  /** The frames' first stage (frames.js) and the page code it imports where a frame has text (content-main.js); absent in older runs. */
  framesScriptBytes?: number | null;
  contentMainBytes?: number | null;
  contentMainGzipBytes?: number | null;
  contentCssBytes: number | null;
  backgroundBytes: number | null;
  bundleBytes: number | null;
  bundleGzipBytes: number | null;
  extensionBytes: number | null;
  notes: string[];
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

/** Sizes of the build in `ext`; the zip is looked for beside it (WXT puts both in .output). */
export function measureSizes(ext = '.output/chrome-mv3'): SizesResult {
  const notes: string[] = [];
  const outputDir = path.dirname(ext);
  const file = (rel: string): string | null => (existsSync(path.join(ext, rel)) ? path.join(ext, rel) : null);
  const size = (p: string | null): number | null => (p ? statSync(p).size : null);
  const gz = (p: string | null): number | null => (p ? gzipSync(readFileSync(p)).length : null);
  const zips = existsSync(outputDir)
    ? readdirSync(outputDir)
        .filter((f) => f.endsWith('-chrome.zip'))
        .sort()
    : [];
  const zip = zips.length ? path.join(outputDir, zips[zips.length - 1]!) : null;
  if (!zip) notes.push('no .output/*-chrome.zip (run `npx wxt zip`)');
  const content = file('content-scripts/content.js');
  const css = file('content-scripts/frames.css') ?? file('content-scripts/content.css');
  const bundle = file('bundle.json');
  if (!existsSync(ext)) notes.push(`no build in ${ext}`);
  return {
    zip,
    zipBytes: size(zip),
    contentScriptBytes: size(content),
    contentScriptGzipBytes: gz(content),
    framesScriptBytes: size(file('content-scripts/frames.js')),
    contentMainBytes: size(file('content-main.js')),
    contentMainGzipBytes: gz(file('content-main.js')),
    contentCssBytes: size(css),
    backgroundBytes: size(file('background.js')),
    bundleBytes: size(bundle),
    bundleGzipBytes: gz(bundle),
    extensionBytes: existsSync(ext) ? dirBytes(ext) : null,
    notes,
  };
}
