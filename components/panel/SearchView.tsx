/** Search inside the panel: the same search as the popup; choosing a result opens its article here. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ExcerptView } from '@/lib/protocol';
import { targetToHash } from '@/lib/panelRoute';
import { ResultList, listKeyHandler } from '../ResultList';
import { SearchBox } from '../SearchBox';
import { t } from '@/lib/ui/i18n';
import { useSearch } from '../useSearch';
import { ErrorBox } from './ViewState';

const RESULTS_ID = 'panel-results';

export function SearchView({ initialQuery }: { initialQuery: string }): JSX.Element {
  const [query, setQuery] = useState(initialQuery);
  const [activeIndex, setActiveIndex] = useState(-1);
  const search = useSearch(query, 50);
  useEffect(() => setQuery(initialQuery), [initialQuery]);
  const hits = search.status === 'done' || search.status === 'loading' ? search.hits : [];
  useEffect(() => setActiveIndex(hits.length ? 0 : -1), [hits]);

  const choose = (hit: ExcerptView) => {
    // Keep the query in the history entry, so Back returns to these results.
    history.replaceState(null, '', targetToHash({ view: 'search', query }));
    location.hash = targetToHash({ view: 'article', docId: hit.docId, passageId: hit.passageId });
  };
  return (
    <section data-testid="search-view">
      <SearchBox
        listId={RESULTS_ID}
        query={query}
        onQuery={setQuery}
        activeIndex={activeIndex}
        hitCount={hits.length}
        onKeyDown={(e) => {
          if (listKeyHandler(e.key, hits.length, activeIndex, setActiveIndex, (i) => hits[i] && choose(hits[i])))
            e.preventDefault();
        }}
      />
      <p
        class="muted small status"
        role="status"
        aria-live="polite"
        data-query={search.status === 'done' ? search.query : undefined}
      >
        {search.status === 'done'
          ? hits.length
            ? t('resultCount', hits.length)
            : t('noResults', search.query)
          : query.trim()
            ? ''
            : t('searchHint')}
      </p>
      {search.status === 'error' && <ErrorBox error={search.error} />}
      {hits.length > 0 && (
        <ResultList
          id={RESULTS_ID}
          label={t('searchResults')}
          hits={hits}
          activeIndex={activeIndex}
          onActivate={setActiveIndex}
          onChoose={choose}
        />
      )}
    </section>
  );
}
