/** The extension's own bundle: `/bundle.json` inside the package (a file read, not a network request). */
import { parseBundle, parseBundleText } from '../bundle/load';
import { createMatcher } from '../names/matcher';
import { createSearchEngine } from '../search/index';
import type { CorpusSource, MatcherLike } from './corpus';

export const extensionBundleSource: CorpusSource = {
  async loadJson() {
    const response = await fetch((browser.runtime.getURL as (path: string) => string)('/bundle.json'));
    if (!response.ok) throw new Error(`HTTP ${response.status} for /bundle.json`);
    return response.text();
  },
  parse: (raw) => (typeof raw === 'string' ? parseBundleText(raw) : parseBundle(raw)),
  createSearchEngine,
  createMatcher: (data) => createMatcher(data as never) as MatcherLike,
};
