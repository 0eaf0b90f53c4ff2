/** Prints the names development set's scores: npx tsx tests/helpers/names-devset.ts [--errors] */
import { readFileSync } from 'node:fs';
import { buildMatcherData } from '../../lib/names/build';
import { useNodeNameResources } from '../../lib/node/nameResources';
import { createMatcher, type MatcherEntity } from '../../lib/names/matcher';
import { detectTextLanguage } from '../../lib/cli/match';
import { type DevItem, formatDevReport, scoreDevSet } from '../../lib/names/score';

useNodeNameResources();

const dir = new URL('../fixtures/names/', import.meta.url);
const entities = JSON.parse(readFileSync(new URL('entities.json', dir), 'utf8')) as MatcherEntity[];
const items = JSON.parse(readFileSync(new URL('devset.json', dir), 'utf8')) as DevItem[];
const report = scoreDevSet(createMatcher(buildMatcherData(entities)), items, (item) => detectTextLanguage(item.text));
console.log(formatDevReport(report));
if (process.argv.includes('--errors')) {
  for (const e of report.errors)
    console.log(`${e.lang}: ${e.text}\n   missed: ${e.missed.join(', ')}\n   wrong: ${e.wrong.join(', ')}`);
  console.log('look-alikes marked:', report.lookalikes.texts);
}
