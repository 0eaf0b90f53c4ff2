/**
 * "On this page": the entities found in the active tab, with their counts. Clicking one asks the
 * tab's content script to scroll to its next occurrence and flash it; the arrow link opens the
 * entity view. Follows the active tab and the content scripts' reports.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask, tellTab, type EntityRef } from '@/lib/protocol';
import { watchTabCounts } from '@/lib/extension/tabEntities';
import { targetToHash } from '@/lib/panelRoute';
import { targetTab, tabIdFromUrl, type TargetTab } from '../activeTab';
import { entityTypeName, t } from '@/lib/ui/i18n';
import { ErrorBox, Loading } from './ViewState';

type TabEntity = EntityRef & { count: number };

export function PageView(): JSX.Element {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [entities, setEntities] = useState<TabEntity[] | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const refreshTab = () => void targetTab().then(setTab);
    refreshTab();
    if (tabIdFromUrl() !== null) return; // pinned to one tab (tests)
    const onActivated = () => refreshTab();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  useEffect(() => {
    if (!tab) return;
    // The background keeps each tab's counts in storage.session: a change there is a fresh report.
    return watchTabCounts(tab.id, () => setRevision((r) => r + 1));
  }, [tab]);

  useEffect(() => {
    if (tab === null) return setEntities([]);
    if (!tab) return;
    let current = true;
    ask({ type: 'tabEntities', tabId: tab.id }).then(
      (answer) => {
        if (!current) return;
        setEntities(answer.entities);
        setError(null);
      },
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [tab, revision]);

  const reveal = (entityId: string) => {
    if (!tab) return;
    tellTab(tab.id, { type: 'revealEntity', entityId }).catch(() => setError(t('pageUnreachable')));
  };

  if (error) return <ErrorBox error={error} />;
  if (entities === undefined) return <Loading />;
  return (
    <section data-testid="page-view">
      <h2 class="view-title" tabIndex={-1}>
        {t('onThisPage')}
      </h2>
      {entities.length === 0 ? (
        <p class="muted">{t('noNamesOnPage')}</p>
      ) : (
        <>
          <p class="muted small">{t('revealHint')}</p>
          <ul class="page-entities" data-testid="page-entities">
            {entities.map((entity) => (
              <li key={entity.id} class="page-entity">
                <button
                  type="button"
                  class={`reveal type-${entity.type}`}
                  onClick={() => reveal(entity.id)}
                  title={t('revealTitle', entity.name)}
                >
                  <span class="page-entity-name">{entity.name}</span>
                  <span class="muted small">{entityTypeName(entity.type)}</span>
                  <span class="count">{entity.count}</span>
                </button>
                <a
                  class="entity-link"
                  href={targetToHash({ view: 'entity', entityId: entity.id })}
                  aria-label={t('openEntity', entity.name)}
                >
                  →
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
