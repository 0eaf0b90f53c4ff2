/**
 * One entity: canonical name and type, spellings grouped by language, mentions over time, the names
 * seen most often with it (links), and every excerpt (links to the article at that passage).
 */
import type { JSX } from 'preact';
import { ask, type EntityPage } from '@/lib/protocol';
import { targetToHash } from '@/lib/panelRoute';
import { ExcerptItem } from '../ExcerptItem';
import { entityTypeName, languageName, t } from '@/lib/ui/i18n';
import { useAnswer } from '../useAnswer';
import { Timeline } from './Timeline';
import { ErrorBox, Loading } from './ViewState';

export function EntityView({ entityId }: { entityId: string }): JSX.Element {
  const answer = useAnswer(`entity:${entityId}`, () => ask({ type: 'entity', entityId }));
  if (answer.status === 'loading') return <Loading />;
  if (answer.status === 'error') return <ErrorBox error={answer.error} />;
  return <Entity page={answer.data} />;
}

function Entity({ page }: { page: EntityPage }): JSX.Element {
  const { entity } = page;
  return (
    <section class="entity" data-testid="entity-view" data-entity-id={entity.id}>
      <h2 class="entity-name" tabIndex={-1}>
        {entity.name}
      </h2>
      <p class="muted">
        <span class={`type-${entity.type}`}>{entityTypeName(entity.type)}</span>
        {' · '}
        {t('mentionsInArticles', page.mentionCount, page.docCount)}
      </p>

      <h3 class="section-title">{t('spellings')}</h3>
      <dl class="spellings" data-testid="spellings">
        {page.aliases.map((group) => (
          <div key={group.lang} class="spelling-group">
            <dt>{languageName(group.lang)}</dt>
            <dd>
              {group.texts.map((text, i) => (
                <span key={text} lang={group.lang}>
                  {i > 0 && ', '}
                  {text}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>

      <h3 class="section-title">{t('mentionsOverTime')}</h3>
      <Timeline timeline={page.timeline} />

      {page.related.length > 0 && (
        <>
          <h3 class="section-title">{t('relatedNames')}</h3>
          <ul class="chips" data-testid="related-names">
            {page.related.map((other) => (
              <li key={other.id}>
                <a
                  class={`chip type-${other.type}`}
                  href={targetToHash({ view: 'entity', entityId: other.id })}
                  title={entityTypeName(other.type)}
                  aria-label={`${other.name}, ${t('sharedPassages', other.count)}`}
                >
                  {other.name}
                  <span class="count" aria-hidden="true">
                    {other.count}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 class="section-title">{t('excerptCount', page.excerpts.length)}</h3>
      <ul class="results" data-testid="entity-excerpts">
        {page.excerpts.map((excerpt) => (
          <li key={excerpt.passageId}>
            <a
              class="result excerpt-link"
              href={targetToHash({ view: 'article', docId: excerpt.docId, passageId: excerpt.passageId })}
            >
              <ExcerptItem excerpt={excerpt} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
