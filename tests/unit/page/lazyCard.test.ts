import { describe, expect, it } from 'vitest';
import type { CardHost, CardHostOptions } from '@/lib/page/card';
import { type CardUiFactory, LazyCard } from '@/lib/page/lazyCard';

/** A stand-in CardHost that records what it was asked to do. */
function fakeHost(log: string[]): CardHost {
  return {
    openEntity: null,
    isOpen: false,
    host: null,
    pointerInside: false,
    open: async (entity: { id: string }) => void log.push(`open ${entity.id}`),
    openNotFound: async (query: string) => void log.push(`notFound ${query}`),
    close: () => void log.push('close'),
    destroy: () => void log.push('destroy'),
  } as unknown as CardHost;
}

/** A loader whose import finishes when the test says so. */
function controlledLoader(log: string[]) {
  let finish!: (factory: CardUiFactory) => void;
  let fail!: (error: Error) => void;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<CardUiFactory>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  const factory: CardUiFactory = () => fakeHost(log);
  return { load, done: () => finish(factory), fail: (e: Error) => fail(e), calls: () => calls };
}

const options = {} as CardHostOptions;
const entity = { id: 'kyiv', name: 'Kyiv', type: 'place' as const };
const anchor = { range: () => null };

describe('LazyCard', () => {
  it('opens the card once its code has loaded, loading it once', async () => {
    const log: string[] = [];
    const loader = controlledLoader(log);
    const card = new LazyCard(options, loader.load);
    card.prefetch();
    const opening = card.open(entity, anchor, false);
    loader.done();
    await opening;
    await card.open(entity, anchor, false);
    expect(log).toEqual(['open kyiv', 'open kyiv']);
    expect(loader.calls()).toBe(1);
  });

  it('an open superseded by a close while the code loads shows nothing', async () => {
    const log: string[] = [];
    const loader = controlledLoader(log);
    const card = new LazyCard(options, loader.load);
    const opening = card.open(entity, anchor, false);
    card.close();
    loader.done();
    await opening;
    expect(log).toEqual([]);
  });

  it('destroyed while loading: the card made afterwards is destroyed at once and never opened', async () => {
    const log: string[] = [];
    const loader = controlledLoader(log);
    const card = new LazyCard(options, loader.load);
    const opening = card.openNotFound('Kyiv', anchor);
    card.destroy();
    loader.done();
    await opening;
    expect(log).toEqual(['destroy']);
  });

  it('a failed load is tried again by the next open', async () => {
    const log: string[] = [];
    const loader = controlledLoader(log);
    const card = new LazyCard(options, loader.load);
    const first = card.open(entity, anchor, false);
    loader.fail(new Error('Factlight: the card script did not load'));
    await expect(first).rejects.toThrow(/did not load/);
    const second = card.open(entity, anchor, false);
    loader.done();
    await second;
    expect(log).toEqual(['open kyiv']);
    expect(loader.calls()).toBe(2);
  });
});
