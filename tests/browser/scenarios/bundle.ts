/** Expected values for the scenarios, read off the bundle the tested build ships. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BundleEntity {
  id: string;
  name: string;
  aliases: { text: string; lang: string }[];
  excerpts: { passageId: number; text: string }[];
}

export interface ShippedBundle {
  documents: { id: string; title: string }[];
  passages: { docId: string; text: string }[];
  entities: BundleEntity[];
}

const cache = new Map<string, ShippedBundle>();

/** The build's bundle.json. */
export function shippedBundle(extensionDir: string): ShippedBundle {
  let bundle = cache.get(extensionDir);
  if (!bundle) {
    bundle = JSON.parse(readFileSync(path.join(extensionDir, 'bundle.json'), 'utf8')) as ShippedBundle;
    cache.set(extensionDir, bundle);
  }
  return bundle;
}

/** The entity one of whose spellings is exactly `text`; throws when there is none. */
export function entityBySpelling(extensionDir: string, text: string): BundleEntity {
  const found = shippedBundle(extensionDir).entities.find(
    (e) => e.name === text || e.aliases.some((a) => a.text === text),
  );
  if (!found) throw new Error(`no entity spelled "${text}" in the bundle`);
  return found;
}
