/**
 * The toolbar popup: what the corpus says about the current page before any query (its names and
 * the most related excerpts), a search box searching as you type, and the on/off switches.
 * Choosing a result opens the side panel at that passage.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { openPanelAt, preparePanel } from '@/lib/extension/panelAdapter';
import { ask, tellTab, type EntityRef, type ExcerptView, type PanelTarget, type SearchHit } from '@/lib/protocol';
import { watchTabCounts } from '@/lib/extension/tabEntities';
import { ResultList, listKeyHandler } from '../ResultList';
import { SearchBox } from '../SearchBox';
import { targetTab, type TargetTab } from '../activeTab';
import { t } from '@/lib/ui/i18n';
import { useSearch } from '../useSearch';
import { AddPageButton } from '../library/AddPageButton';
import { Switches } from './Switches';
import { PageSummary } from './PageSummary';

type TabEntity = EntityRef & { count: number };

const RESULTS_ID = 'factlight-results';

export function PopupApp(): JSX.Element {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [entities, setEntities] = useState<TabEntity[] | undefined>(undefined);
  const [related, setRelated] = useState<SearchHit[]>([]);
  const [bundleError, setBundleError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);
  const [inTab, setInTab] = useState(false);
  const search = useSearch(query);

  useEffect(() => {
    // A corrupt bundle shows here at once, not as an empty popup.
    ask({ type: 'status' }).catch((error: Error) => setBundleError(error.message));
    void targetTab().then(setTab);
    // Opened as a page of its own (not the toolbar popup): then it must not close itself.
    browser.tabs.getCurrent().then(
      (self) => setInTab(Boolean(self)),
      () => undefined,
    );
  }, []);

  // The background keeps each tab's names in storage.session: a change there is a fresh report
  // (the page changed, or a switch turned Factlight off or on there).
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (!tab) return;
    return watchTabCounts(tab.id, () => setRevision((r) => r + 1));
  }, [tab]);

  useEffect(() => {
    if (!tab) {
      if (tab === null) setEntities([]);
      return;
    }
    let stale = false;
    const load = () =>
      ask({ type: 'tabEntities', tabId: tab.id }).then(
        (answer) => {
          if (stale) return;
          setEntities(answer.entities);
          const counts = Object.fromEntries(answer.entities.map((e) => [e.id, e.count]));
          if (answer.entities.length === 0) return setRelated([]);
          return ask({ type: 'related', counts, limit: 6 }).then((r) => !stale && setRelated(r.hits));
        },
        () => !stale && setEntities([]),
      );
    void load();
    if (revision === 0) {
      // Ask the page to report again (it may have changed since), then refresh once it answered.
      tellTab(tab.id, { type: 'recount' }).then(load, () => undefined);
    }
    return () => {
      stale = true;
    };
  }, [tab, revision]);

  const hits: ExcerptView[] = query.trim()
    ? search.status === 'done' || search.status === 'loading'
      ? search.hits
      : []
    : related;
  useEffect(() => setActiveIndex(hits.length > 0 && query.trim() ? 0 : -1), [hits, query]);

  const targetOf = (hit: ExcerptView): PanelTarget => ({ view: 'article', docId: hit.docId, passageId: hit.passageId });
  const active = activeIndex >= 0 ? hits[activeIndex] : undefined;
  // Set the panel's page while the user is still choosing: Chrome opens the panel only within the
  // click or key press, and the path must already be right then.
  useEffect(() => {
    if (active) preparePanel(targetOf(active));
  }, [active]);

  const open = (target: PanelTarget) => {
    const place = tab ? { tabId: tab.id } : {};
    void openPanelAt(target, place).then((opened) => {
      // In the toolbar popup, get out of the way of the panel; a popup opened as a tab stays.
      if (opened && !inTab) window.close();
    });
  };
  const choose = (hit: ExcerptView) => open(targetOf(hit));

  const onKeyDown = (event: KeyboardEvent) => {
    if (listKeyHandler(event.key, hits.length, activeIndex, setActiveIndex, (i) => hits[i] && choose(hits[i])))
      event.preventDefault();
    else if (event.key === 'Escape' && query) {
      setQuery('');
      event.preventDefault();
    }
  };

  const listLabel = query.trim() ? t('searchResults') : t('relatedExcerpts');
  const status = useMemo(() => statusLine(query, search, hits.length), [query, search, hits.length]);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="brand">{t('extName')}</h1>
        <span class="muted names-count" data-testid="names-count">
          {entities === undefined ? '' : t('namesOnPage', entities.length)}
        </span>
      </header>
      {bundleError && (
        <div class="error" role="alert">
          <strong>{t('bundleErrorTitle')}</strong>
          {bundleError}
        </div>
      )}
      <SearchBox
        listId={RESULTS_ID}
        query={query}
        onQuery={setQuery}
        activeIndex={activeIndex}
        hitCount={hits.length}
        onKeyDown={onKeyDown}
      />
      <p
        class="muted status"
        role="status"
        aria-live="polite"
        data-query={search.status === 'done' ? search.query : undefined}
      >
        {status}
      </p>
      {!query.trim() && <PageSummary entities={entities} onEntity={(id) => open({ view: 'entity', entityId: id })} />}
      {hits.length > 0 && (
        <>
          {!query.trim() && <h2 class="section-title">{t('relatedExcerpts')}</h2>}
          <ResultList
            id={RESULTS_ID}
            label={listLabel}
            hits={hits}
            activeIndex={activeIndex}
            onActivate={setActiveIndex}
            onChoose={choose}
          />
        </>
      )}
      {search.status === 'error' && (
        <div class="error" role="alert">
          {search.error}
        </div>
      )}
      <AddPageButton tabId={tab?.id} />
      <footer class="popup-footer">
        <Switches hostname={tab?.hostname ?? null} />
        <button type="button" class="link-button" onClick={() => open({ view: 'page' })}>
          {t('openPanel')}
        </button>
        <button
          type="button"
          class="link-button"
          data-testid="open-options"
          onClick={() => {
            void browser.runtime.openOptionsPage().then(() => {
              if (!inTab) window.close();
            });
          }}
        >
          {t('openLibrary')}
        </button>
      </footer>
    </main>
  );
}

function statusLine(query: string, search: ReturnType<typeof useSearch>, count: number): string {
  if (!query.trim()) return '';
  if (search.status === 'loading' && count === 0) return t('searching');
  if (search.status === 'done') return count === 0 ? t('noResults', search.query) : t('resultCount', count);
  return '';
}
