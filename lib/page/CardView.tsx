/**
 * The hover card: what the corpus says about one name. Rendered by the content script inside a
 * closed shadow root; every corpus string is rendered as text.
 */
import type { JSX } from 'preact';
import type { CardData, EntityRef, ExcerptView } from '../protocol';
import { muteEntity, type MutedEntity } from '../settings';
import { MarkedText } from '../ui/MarkedText';
import { t } from '../ui/i18n';

export type CardState =
  | { status: 'notFound'; query: string }
  | { status: 'loading'; entity: EntityRef }
  | { status: 'error'; entity: EntityRef; message: string }
  | { status: 'ready'; data: CardData };

export interface CardProps {
  state: CardState;
  /** Opens an article in the side panel (called from the click, for the user gesture). */
  onOpenArticle: (excerpt: ExcerptView) => void;
  /** Searches the corpus for the name in the side panel. */
  onSearch: (name: string) => void;
  onClose: () => void;
  /**
   * Stops highlighting the entity everywhere ("don't highlight"); the card then closes. Stores the
   * name in the muted list (lib/settings) unless the host passes its own.
   */
  onMute?: (entity: MutedEntity) => Promise<void>;
}

const TYPE_KEY: Record<EntityRef['type'], string> = {
  person: 'typePerson',
  place: 'typePlace',
  organisation: 'typeOrganisation',
};

/** "17 mentions in 4 articles", in the browser's language (the i18n API has no plurals: one and many keys). */
function mentionsInArticles(mentions: number, articles: number): string {
  return `${t(mentions === 1 ? 'cardMentionsOne' : 'cardMentionsMany', mentions)} ${t(articles === 1 ? 'cardInArticlesOne' : 'cardInArticlesMany', articles)}`;
}

function Excerpt({ excerpt, onOpen }: { excerpt: ExcerptView; onOpen: () => void }): JSX.Element {
  const meta = [excerpt.date, excerpt.lang.toUpperCase(), excerpt.source].filter((part): part is string => !!part);
  return (
    <li class="excerpt">
      <p class="excerpt-text">
        <MarkedText text={excerpt.text} marks={excerpt.marks} />
      </p>
      <p class="excerpt-meta">
        <button type="button" class="link" onClick={onOpen} title={t('cardOpenArticle')}>
          {excerpt.title || t('cardUntitled')}
        </button>
        {meta.length > 0 ? <span class="meta-rest"> · {meta.join(' · ')}</span> : null}
      </p>
    </li>
  );
}

function useEscape(onClose: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
}

/** A selection that is no name of the corpus: offer the full-text search. */
function NotFound({
  query,
  onSearch,
  onClose,
}: {
  query: string;
  onSearch: (q: string) => void;
  onClose: () => void;
}): JSX.Element {
  const shown = query.length > 80 ? `${query.slice(0, 79)}…` : query;
  return (
    <div class="card" role="dialog" aria-label={`${shown} – Factlight`} tabIndex={-1} onKeyDown={useEscape(onClose)}>
      <header class="head">
        <h2 class="name">“{shown}”</h2>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="status">{t('cardNotAName')}</p>
      <div class="actions">
        <button type="button" class="action" onClick={() => onSearch(query)}>
          {t('cardSearchFor', shown)}
        </button>
      </div>
    </div>
  );
}

export function Card({ state, onOpenArticle, onSearch, onClose, onMute = muteEntity }: CardProps): JSX.Element {
  const onKeyDown = useEscape(onClose);
  if (state.status === 'notFound') return <NotFound query={state.query} onSearch={onSearch} onClose={onClose} />;
  const entity = state.status === 'ready' ? state.data.entity : state.entity;
  return (
    <div
      class={`card type-${entity.type}`}
      role="dialog"
      aria-label={`${entity.name} – Factlight`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header class="head">
        <span class="type">{t(TYPE_KEY[entity.type])}</span>
        <h2 class="name">{entity.name}</h2>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="actions">
        <button type="button" class="action" onClick={() => onSearch(entity.name)}>
          {t('cardSearchFor', entity.name)}
        </button>
        <button
          type="button"
          class="action secondary"
          data-action="mute"
          title={t('cardMuteHint')}
          onClick={() =>
            void onMute({ id: entity.id, name: entity.name }).then(onClose, (error) =>
              console.debug('Factlight:', error),
            )
          }
        >
          {t('cardMute')}
        </button>
      </div>
      {state.status === 'loading' ? <p class="status">{t('loading')}</p> : null}
      {state.status === 'error' ? <p class="status error">{state.message}</p> : null}
      {state.status === 'ready' ? (
        <>
          {state.data.spellings.length > 1 ? (
            <p class="spellings">
              <span class="label">{t('spellings')}: </span>
              {state.data.spellings.join(', ')}
            </p>
          ) : null}
          <p class="stats">{mentionsInArticles(state.data.mentionCount, state.data.docCount)}</p>
          <ol class="excerpts">
            {state.data.excerpts.slice(0, 3).map((excerpt) => (
              <Excerpt
                key={`${excerpt.docId}:${excerpt.passageId}`}
                excerpt={excerpt}
                onOpen={() => onOpenArticle(excerpt)}
              />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
