/**
 * The side panel: a tiny hash router over four views (article, entity, on this page, search).
 * The hash is the state, so links between views are plain links and Back works. Requests from
 * other contexts ("open the panel at …") arrive through `storage.session` and set the hash.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { watchPanelTarget } from '@/lib/extension/panelAdapter';
import { hashToTarget, targetToHash } from '@/lib/panelRoute';
import { ask, type PanelTarget } from '@/lib/protocol';
import { t } from '@/lib/ui/i18n';
import { ArticleView } from './ArticleView';
import { EntityView } from './EntityView';
import { PageView } from './PageView';
import { SearchView } from './SearchView';
import { ErrorBox } from './ViewState';

/** The current target, and a visit counter that changes when the same target is asked for again. */
function useRoute(): { target: PanelTarget; visit: number } {
  const [target, setTarget] = useState(() => hashToTarget(location.hash));
  const [visit, setVisit] = useState(0);
  useEffect(() => {
    const onHash = () => setTarget(hashToTarget(location.hash));
    window.addEventListener('hashchange', onHash);
    const unwatch = watchPanelTarget((next) => {
      if (location.hash !== targetToHash(next)) location.hash = targetToHash(next);
      else setVisit((v) => v + 1); // same passage chosen again: show it again (scroll back to it)
    });
    return () => {
      window.removeEventListener('hashchange', onHash);
      unwatch();
    };
  }, []);
  return { target, visit };
}

export function PanelApp(): JSX.Element {
  const { target, visit } = useRoute();
  const [bundleError, setBundleError] = useState<string | null>(null);
  useEffect(() => {
    ask({ type: 'status' }).then(
      () => setBundleError(null),
      (error: Error) => setBundleError(error.message),
    );
  }, [target]);
  useEffect(() => {
    // Focus the new view's heading so keyboard and screen-reader users land on it.
    if (target.view === 'article' || target.view === 'search') return;
    (document.querySelector('main h2') as HTMLElement | null)?.focus?.({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [target]);

  const tab = (view: PanelTarget['view'], label: string, href: string) => (
    <a href={href} class="nav-link" aria-current={target.view === view ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <>
      <header class="panel-header">
        <span class="brand">{t('extName')}</span>
        <nav aria-label={t('panelNav')}>
          {tab('page', t('onThisPage'), targetToHash({ view: 'page' }))}
          {tab('search', t('search'), targetToHash({ view: 'search', query: '' }))}
          <button
            type="button"
            class="nav-link"
            data-testid="open-options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('openLibrary')}
          </button>
          <button type="button" class="nav-link back" onClick={() => history.back()} aria-label={t('back')}>
            ←
          </button>
        </nav>
      </header>
      <main class="panel-main">
        {bundleError ? (
          <ErrorBox error={bundleError} />
        ) : (
          <View key={`${targetToHash(target)}:${visit}`} target={target} />
        )}
      </main>
    </>
  );
}

function View({ target }: { target: PanelTarget }): JSX.Element {
  switch (target.view) {
    case 'article':
      return <ArticleView docId={target.docId} passageId={target.passageId} />;
    case 'entity':
      return <EntityView entityId={target.entityId} />;
    case 'search':
      return <SearchView initialQuery={target.query} />;
    case 'page':
      return <PageView />;
  }
}
