/** Asks the background once per change of `key`; the answer of an outdated key is dropped. */
import { useEffect, useState } from 'preact/hooks';

export type Answer<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'error'; error: string };

export function useAnswer<T>(key: string, load: () => Promise<T>): Answer<T> {
  const [answer, setAnswer] = useState<{ key: string; value: Answer<T> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    setAnswer({ key, value: { status: 'loading' } });
    load().then(
      (data) => current && setAnswer({ key, value: { status: 'done', data } }),
      (error: unknown) => current && setAnswer({ key, value: { status: 'error', error: (error as Error).message } }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return answer.key === key ? answer.value : { status: 'loading' };
}
