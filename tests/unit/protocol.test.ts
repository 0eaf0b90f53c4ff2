import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ask as askBackground, parsePanelTarget, parseTabMessage } from '@/lib/protocol';
import { PanelTargetSchema, TabMessageSchema } from '@/lib/protocolSchemas';

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

describe('the contract and the zod schemas agree', () => {
  // Values near the limits and of the wrong kinds, so both checks see their edge cases.
  const field = fc.oneof(
    fc.constantFrom('', 'a', 'vladimir-putin', 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(500), 'x'.repeat(1001)),
    fc.string({ maxLength: 30 }),
    fc.integer({ min: -2, max: 5 }),
    fc.double(),
    fc.constantFrom(null, undefined, true, [], {}),
  );
  const message = (types: string[], keys: string[]) =>
    fc.oneof(
      fc.record(
        Object.fromEntries([['type', fc.constantFrom(...types)], ...keys.map((key) => [key, field])]) as Record<
          string,
          fc.Arbitrary<unknown>
        >,
        { requiredKeys: [] },
      ),
      fc.anything(),
    );

  it('tab messages: parseTabMessage accepts exactly what TabMessageSchema accepts', () => {
    const types = ['revealEntity', 'nextHighlight', 'lookupSelection', 'recount', 'corpusChanged', 'card', 'toString'];
    fc.assert(
      fc.property(message(types, ['entityId', 'text']), (candidate) => {
        const parsed = TabMessageSchema.safeParse(candidate);
        expect(parseTabMessage(candidate)).toEqual(parsed.success ? parsed.data : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('panel targets: parsePanelTarget accepts exactly what PanelTargetSchema accepts', () => {
    const views = ['article', 'entity', 'page', 'search', 'settings'];
    const target = fc.oneof(
      fc.record(
        { view: fc.constantFrom(...views), docId: field, passageId: field, entityId: field, query: field },
        { requiredKeys: ['view'] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(target, (candidate) => {
        const parsed = PanelTargetSchema.safeParse(candidate);
        expect(parsePanelTarget(candidate)).toEqual(parsed.success ? parsed.data : null);
      }),
      { numRuns: 2000 },
    );
  });
});
