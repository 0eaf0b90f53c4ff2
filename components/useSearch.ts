/**
 * Search as you type: every change of the query asks the background; answers that arrive after a
 * newer query was sent are dropped (the effect's cleanup retires them), so results never jump back.
 */
import { useEffect, useState } from 'preact/hooks';
import { ask, type SearchHit } from '@/lib/protocol';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string; error: string };

export function useSearch(query: string, limit = 20): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    let latest = true;
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ status: 'idle' });
      return;
    }
    setState((previous) => ({ status: 'loading', query: trimmed, hits: 'hits' in previous ? previous.hits : [] }));
    ask({ type: 'search', query: trimmed, limit }).then(
      (answer) => {
        if (latest) setState({ status: 'done', query: trimmed, hits: answer.hits });
      },
      (error: unknown) => {
        if (latest) setState({ status: 'error', query: trimmed, error: (error as Error).message });
      },
    );
    return () => {
      latest = false;
    };
  }, [query, limit]);
  return state;
}
