/** The names Factlight found on the current tab, most frequent first; each opens its entity view. */
import type { JSX } from 'preact';
import type { EntityRef } from '@/lib/protocol';
import { entityTypeName, t } from '@/lib/ui/i18n';

export function PageSummary({
  entities,
  onEntity,
}: {
  entities: (EntityRef & { count: number })[] | undefined;
  onEntity: (entityId: string) => void;
}): JSX.Element {
  if (entities === undefined) return <p class="muted">{t('loading')}</p>;
  return (
    <section aria-labelledby="on-this-page">
      <h2 class="section-title" id="on-this-page">
        {t('onThisPage')}
      </h2>
      {entities.length === 0 ? (
        <p class="muted empty">{t('noNamesOnPage')}</p>
      ) : (
        <ul class="chips" data-testid="page-entities">
          {entities.map((entity) => (
            <li key={entity.id}>
              <button
                type="button"
                class={`chip type-${entity.type}`}
                title={`${entityTypeName(entity.type)} · ${t('mentionsOnPage', entity.count)}`}
                onClick={() => onEntity(entity.id)}
                aria-label={`${entity.name}, ${t('mentionsOnPage', entity.count)}`}
              >
                {entity.name}
                <span class="count" aria-hidden="true">
                  {entity.count}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
