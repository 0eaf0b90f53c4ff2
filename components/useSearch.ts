/**
 * Search as you type: every change of the query asks the background; answers that arrive after a
 * newer query was sent are dropped (request sequence numbers), so results never jump back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask, type SearchHit } from '@/lib/protocol';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string; error: string };

/** Keeps only the answer to the latest request. Exported for tests. */
function createLatestGate() {
  let latest = 0;
  return {
    next: () => ++latest,
    isLatest: (seq: number) => seq === latest,
  };
}

export function useSearch(query: string, limit = 20): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const gate = useRef(createLatestGate());
  useEffect(() => {
    const seq = gate.current.next();
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ status: 'idle' });
      return;
    }
    setState((previous) => ({ status: 'loading', query: trimmed, hits: 'hits' in previous ? previous.hits : [] }));
    ask({ type: 'search', query: trimmed, limit }).then(
      (answer) => {
        if (gate.current.isLatest(seq)) setState({ status: 'done', query: trimmed, hits: answer.hits });
      },
      (error: unknown) => {
        if (gate.current.isLatest(seq)) setState({ status: 'error', query: trimmed, error: (error as Error).message });
      },
    );
  }, [query, limit]);
  return state;
}
