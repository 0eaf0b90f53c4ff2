/**
 * The names development set (tests/fixtures/names/devset.json, made by make-devset.py): fails when
 * precision or recall of any language drops below the level reached, or more look-alikes get marked.
 * Print the table: npx tsx tests/helpers/names-devset.ts --errors
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcherData } from '../../../lib/names/build';
import { createMatcher, type MatcherEntity } from '../../../lib/names/matcher';
import { detectTextLanguage } from '../../../lib/cli/match';
import { type DevItem, formatDevReport, scoreDevSet } from '../../../lib/names/score';

const dir = new URL('../../fixtures/names/', import.meta.url);
const entities = JSON.parse(readFileSync(new URL('entities.json', dir), 'utf8')) as MatcherEntity[];
const items = JSON.parse(readFileSync(new URL('devset.json', dir), 'utf8')) as DevItem[];
const report = scoreDevSet(createMatcher(buildMatcherData(entities)), items, (item) => detectTextLanguage(item.text));

/** Levels reached (rounded down); a language not listed must reach 1. */
const MIN_RECALL: Record<string, number> = { en: 0.99, hr: 0.93, pt: 0.94, sl: 0.86, tr: 0.94, ALL: 0.99 };
const MIN_PRECISION: Record<string, number> = { cs: 0.94, de: 0.97, ru: 0.96, ALL: 0.99 };

describe('names development set', () => {
  it('is big and varied enough', () => {
    expect(items.length).toBeGreaterThanOrEqual(150 + 60);
    expect(new Set(items.map((i) => i.lang)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(items.map((i) => i.script))).toEqual(new Set(['Latn', 'Cyrl', 'Grek']));
    expect(items.filter((i) => i.lookalike).length).toBeGreaterThanOrEqual(60);
  });

  it('keeps precision and recall per language', () => {
    console.log(formatDevReport(report));
    for (const [lang, s] of Object.entries(report.byLang)) {
      expect.soft(s.recall, `recall ${lang}`).toBeGreaterThanOrEqual(MIN_RECALL[lang] ?? 1);
      expect.soft(s.precision, `precision ${lang}`).toBeGreaterThanOrEqual(MIN_PRECISION[lang] ?? 1);
    }
    expect(report.all.recall).toBeGreaterThanOrEqual(MIN_RECALL.ALL!);
    expect(report.all.precision).toBeGreaterThanOrEqual(MIN_PRECISION.ALL!);
  });

  it('finds the names of Title Case and all-caps headlines (set C, scored 46.6 % before issue 13)', () => {
    expect(report.byKind.headline!.recall).toBeGreaterThanOrEqual(1);
    expect(report.byKind.headline!.fp).toBe(0);
  });

  it('lights no common word in plain English page text (set C: 2 before issue 13)', () => {
    expect(report.byKind.plain?.fp ?? 0).toBe(0);
  });

  it('marks at most the look-alikes it marks today', () => {
    expect(report.lookalikes.texts.sort()).toEqual(
      ['Der Komponist Wagner und die Sängerin Duda traten auf.', 'Людмила Путина развелась с мужем.'].sort(),
    );
  });
});
