/**
 * The background's handlers over the bundle built from the real seeds (what the extension ships):
 * expected values read off seeds/*.txt.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '@/lib/node/buildBundle';
import { parseBundleText } from '@/lib/bundle/load';
import type { Bundle } from '@/lib/bundle/schema';
import { extensionBundleSource } from '@/lib/background/bundleSource';
import { createCorpusLoader } from '@/lib/background/corpus';
import { answerMessage } from '@/lib/background/main';
import { createHandlers, type Handlers } from '@/lib/background/handlers';
import { vi } from 'vitest';

vi.mock('@/lib/background/menus', () => ({ registerMenusAndCommands: () => undefined }));

let handlers: Handlers;
let bundle: Bundle;

beforeAll(() => {
  const json = JSON.stringify(buildBundle({ seedsDir: 'seeds', builtAt: '2026-01-01T00:00:00Z' }));
  bundle = parseBundleText(json);
  handlers = createHandlers({
    // The extension's own source (parse, search engine, matcher), reading the built JSON instead of fetching it.
    corpus: createCorpusLoader({ ...extensionBundleSource, loadJson: async () => json }),
    openPanel: async () => false,
    pageEntities: async () => ({ total: 0 }),
    tabEntities: async () => ({ entities: [] }),
  });
}, 60_000);

async function ask(message: unknown): Promise<any> {
  const answer: any = await answerMessage(handlers, message, {});
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}

const marked = (hit: { text: string; marks: [number, number][] }) => hit.marks.map(([s, e]) => hit.text.slice(s, e));

describe('background over the seeds', () => {
  it('search "Kursk": the Norwegian article of March 2025, Kursk marked', async () => {
    const { hits } = await ask({ type: 'search', query: 'Kursk' });
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of hits) {
      expect(hit.docId).toBe('003_9754d181f53d07d9');
      expect(hit.lang).toBe('nb');
      expect(hit.date).toMatch(/^2025-03/);
      expect(marked(hit).some((w: string) => /^Kursk/.test(w))).toBe(true);
    }
  });

  it('search "Selensky" (misspelt): Zelenskyj in the Danish articles and Selenskyj in the German one', async () => {
    const { hits } = await ask({ type: 'search', query: 'Selensky' });
    const docs = new Set(hits.map((h: any) => h.docId));
    expect(docs).toContain('004_605398b3eb7bcf50'); // Selenskyj
    expect(docs).toContain('000_e45d9ab066da7475'); // Zelenskyj
    const words = hits.flatMap(marked);
    expect(words).toContain('Selenskyj');
    expect(words).toContain('Zelenskyj');
  });

  it('entity: Zelenskyj with his Danish and German spellings, met Kellogg, every excerpt', async () => {
    const entity = bundle.entities.find((e) => e.aliases.some((a) => a.text === 'Selenskyj'))!;
    const page = await ask({ type: 'entity', entityId: entity.id });
    const byLang = Object.fromEntries(page.aliases.map((a: any) => [a.lang, a.texts]));
    expect(byLang.da).toContain('Zelenskyj');
    expect(byLang.de).toContain('Selenskyj');
    expect(page.related.map((r: any) => r.name).join(' ')).toMatch(/Kellogg/);
    expect(page.timeline.map((d: any) => d.date)).toEqual(expect.arrayContaining(['2021-04', '2023-06']));
    expect(page.excerpts.length).toBe(new Set(entity.mentions.map((m) => m.passageId)).size);
  });

  it('lookup: a selected spelling names the entity', async () => {
    const { entity } = await ask({ type: 'lookup', text: 'Wolodymyr Selenskyj' });
    expect(entity?.name).toMatch(/Zelenskyj/);
    expect((await ask({ type: 'lookup', text: 'the weather today' })).entity).toBeNull();
  });

  it('related: excerpts for a page naming Putin and Witkoff come from the Norwegian article first', async () => {
    const putin = bundle.entities.find((e) => e.name.includes('Putin'))!;
    const witkoff = bundle.entities.find((e) => e.name.includes('Witkoff'))!;
    const { hits } = await ask({ type: 'related', counts: { [putin.id]: 3, [witkoff.id]: 1 } });
    expect(hits[0].docId).toBe('003_9754d181f53d07d9');
    expect(marked(hits[0]).join(' ')).toMatch(/Witkoff/);
  });
});
