import { describe, expect, it } from 'vitest';
import { askBackground, parseTabMessage } from '@/lib/page/messaging';

describe('parseTabMessage', () => {
  it('accepts the four tab messages and nothing else', () => {
    expect(parseTabMessage({ type: 'revealEntity', entityId: 'vladimir-putin' })).toEqual({
      type: 'revealEntity',
      entityId: 'vladimir-putin',
    });
    expect(parseTabMessage({ type: 'nextHighlight', extra: 1 })).toEqual({ type: 'nextHighlight' });
    expect(parseTabMessage({ type: 'lookupSelection', text: 'Kyiv' })).toEqual({
      type: 'lookupSelection',
      text: 'Kyiv',
    });
    expect(parseTabMessage({ type: 'recount' })).toEqual({ type: 'recount' });
    for (const bad of [
      null,
      'recount',
      42,
      {},
      { type: 'revealEntity' },
      { type: 'revealEntity', entityId: '' },
      { type: 'revealEntity', entityId: 'x'.repeat(201) },
      { type: 'lookupSelection', text: 5 },
      { type: 'lookupSelection', text: 'x'.repeat(1001) },
      { type: 'card', entityId: 'a' },
    ]) {
      expect(parseTabMessage(bad)).toBeNull();
    }
  });
});

describe('askBackground', () => {
  it('resolves with the data, rejects with the error, and rejects a missing answer', async () => {
    await expect(
      askBackground({ type: 'status' }, async () => ({ ok: true, data: { documents: 1 } })),
    ).resolves.toEqual({ documents: 1 });
    await expect(
      askBackground({ type: 'status' }, async () => ({ ok: false, error: 'Factlight: broken' })),
    ).rejects.toThrow('Factlight: broken');
    await expect(askBackground({ type: 'status' }, async () => undefined)).rejects.toThrow(/no answer to "status"/);
  });
});
