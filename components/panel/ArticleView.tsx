/**
 * One article: metadata and source, the cleaned text with the corpus's names as links to their
 * entity view, and the chosen passage scrolled into view and marked.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { ask, type DocumentView } from '@/lib/protocol';
import { targetToHash } from '@/lib/panelRoute';
import { LinkedText, type TextLink } from '../LinkedText';
import { entityTypeName, formatDate, languageName, t } from '@/lib/ui/i18n';
import { useAnswer } from '../useAnswer';
import { ErrorBox, Loading } from './ViewState';

export function ArticleView({ docId, passageId }: { docId: string; passageId?: number }): JSX.Element {
  const answer = useAnswer(`doc:${docId}`, () => ask({ type: 'document', docId }));
  useEffect(() => {
    if (answer.status !== 'done' || passageId === undefined) return;
    const element = document.getElementById(`passage-${passageId}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [answer.status, passageId]);
  if (answer.status === 'loading') return <Loading />;
  if (answer.status === 'error') return <ErrorBox error={answer.error} />;
  return <Article view={answer.data} passageId={passageId} />;
}

function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function Article({ view, passageId }: { view: DocumentView; passageId?: number }): JSX.Element {
  const { document: doc } = view;
  const types = new Map(view.entities.map((e) => [e.id, e] as const));
  const linksByPassage = new Map<number, TextLink[]>();
  for (const m of view.mentions) {
    const entity = types.get(m.entityId);
    const links = linksByPassage.get(m.passageId) ?? [];
    links.push({
      start: m.start,
      end: m.end,
      href: targetToHash({ view: 'entity', entityId: m.entityId }),
      class: `name type-${entity?.type ?? 'person'}`,
      title: entity ? `${entity.name} · ${entityTypeName(entity.type)}` : undefined,
    });
    linksByPassage.set(m.passageId, links);
  }
  const sourceUrl = safeUrl(doc.sourceUrl);
  return (
    <article class="article" data-testid="article-view" data-doc-id={doc.id}>
      <h2 class="article-title" tabIndex={-1}>
        {doc.title}
      </h2>
      <p class="article-meta muted">
        {[formatDate(doc.date), languageName(doc.lang), doc.source].filter(Boolean).join(' · ')}
        {sourceUrl && (
          <>
            {' · '}
            <a href={sourceUrl} target="_blank" rel="noreferrer noopener">
              {t('source')}: {new URL(sourceUrl).hostname}
            </a>
          </>
        )}
      </p>
      <p class="muted small">{t('fileName', doc.file)}</p>
      {view.passages.map((passage) => {
        const chosen = passage.id === passageId;
        return (
          <p
            key={passage.id}
            id={`passage-${passage.id}`}
            class={chosen ? 'passage chosen' : 'passage'}
            tabIndex={chosen ? -1 : undefined}
            aria-current={chosen ? 'true' : undefined}
            lang={passage.lang}
          >
            <LinkedText text={passage.text} links={linksByPassage.get(passage.id) ?? []} />
          </p>
        );
      })}
    </article>
  );
}
