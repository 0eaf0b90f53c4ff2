// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSearch, type SearchState } from '@/components/useSearch';

/** Renders useSearch(query) and exposes the latest state. */
function harness() {
  const host = document.createElement('div');
  let state: SearchState = { status: 'idle' };
  function Probe({ query }: { query: string }) {
    state = useSearch(query);
    return null;
  }
  return {
    set: (query: string) => act(() => render(<Probe query={query} />, host)),
    state: () => state,
  };
}

describe('useSearch', () => {
  const pending = new Map<string, (answer: unknown) => void>();
  beforeEach(() => {
    fakeBrowser.reset();
    pending.clear();
    // The "background": answers each search when the test says so.
    fakeBrowser.runtime.onMessage.addListener(
      ((message: { query: string }) => new Promise((resolve) => pending.set(message.query, resolve))) as never,
    );
  });
  afterEach(() => vi.useRealTimers());

  const answer = (query: string) =>
    act(async () => {
      pending.get(query)!({ ok: true, data: { query, hits: [{ passageId: query.length, text: query, marks: [] }] } });
      await new Promise((r) => setTimeout(r, 0));
    });

  it('drops an answer that arrives after a newer query was sent', async () => {
    const h = harness();
    await h.set('Sel');
    await h.set('Selensky');
    await vi.waitFor(() => expect(pending.size).toBe(2));
    await answer('Selensky');
    expect(h.state()).toMatchObject({ status: 'done', query: 'Selensky' });
    await answer('Sel'); // late answer to the older query
    expect(h.state()).toMatchObject({ status: 'done', query: 'Selensky', hits: [{ text: 'Selensky' }] });
  });

  it('is idle for an empty query and reports errors', async () => {
    const h = harness();
    await h.set('   ');
    expect(h.state()).toEqual({ status: 'idle' });
    await h.set('Kursk');
    await vi.waitFor(() => expect(pending.has('Kursk')).toBe(true));
    await act(async () => {
      pending.get('Kursk')!({ ok: false, error: 'Factlight: the bundle is corrupt (x)' });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(h.state()).toEqual({ status: 'error', query: 'Kursk', error: 'Factlight: the bundle is corrupt (x)' });
  });
});
