/**
 * The popup's library line: whether the page open in the tab is already in the corpus, a button
 * that adds it (extracted in the tab with Readability, built in a worker), and a link to the
 * library page.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { extractPage } from '@/lib/extension/addPage';
import { ask } from '@/lib/protocol';
import { t } from '@/lib/ui/i18n';
import { runLibraryJob } from './runJob';

type AddState =
  | { kind: 'unknown' }
  | { kind: 'unavailable' }
  | { kind: 'absent' }
  | { kind: 'present'; title: string }
  | { kind: 'adding'; step: string }
  | { kind: 'failed'; error: string };

export function AddPageButton(props: { tabId: number | undefined }): JSX.Element {
  const [state, setState] = useState<AddState>({ kind: 'unknown' });

  useEffect(() => {
    if (props.tabId === undefined) return;
    let stale = false;
    void browser.tabs
      .get(props.tabId)
      .then(async (tab) => {
        const url = tab.url?.replace(/#.*$/, '');
        if (!url || !/^https?:\/\//.test(url)) return !stale && setState({ kind: 'unavailable' });
        const { document } = await ask({ type: 'inCorpus', url });
        if (!stale) setState(document ? { kind: 'present', title: document.title } : { kind: 'absent' });
      })
      .catch(() => !stale && setState({ kind: 'unavailable' }));
    return () => {
      stale = true;
    };
  }, [props.tabId]);

  const add = async () => {
    if (props.tabId === undefined) return;
    try {
      setState({ kind: 'adding', step: t('addPageReading') });
      const page = await extractPage(props.tabId);
      setState({ kind: 'adding', step: t('addPageAdding') });
      const result = await runLibraryJob({ type: 'addPage', page });
      if (!result.added) throw new Error(result.rejected?.[0]?.reason ?? `Factlight: ${t('libraryPageNoText')}`);
      setState({ kind: 'present', title: page.title ?? page.url });
    } catch (error) {
      setState({ kind: 'failed', error: (error as Error).message });
    }
  };

  return (
    <div class="library-line" data-testid="library-line">
      <span role="status" aria-live="polite" data-state={state.kind}>
        {state.kind === 'present' && t('addPageInLibrary', state.title)}
        {state.kind === 'adding' && state.step}
        {state.kind === 'failed' && state.error}
      </span>
      {(state.kind === 'absent' || state.kind === 'failed') && (
        <button type="button" class="link-button" onClick={() => void add()}>
          {t('addPageButton')}
        </button>
      )}
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('optionsLibrary')}
      </button>
    </div>
  );
}
