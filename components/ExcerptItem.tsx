/** One excerpt as shown in result lists: title, date · language · source, then the marked text. */
import type { JSX } from 'preact';
import type { ExcerptView } from '@/lib/protocol';
import { MarkedText } from '@/lib/ui/MarkedText';
import { formatDate, languageName } from '@/lib/ui/i18n';

function excerptMeta(excerpt: Pick<ExcerptView, 'date' | 'lang' | 'source'>): string {
  return [formatDate(excerpt.date), languageName(excerpt.lang), excerpt.source].filter(Boolean).join(' · ');
}

export function ExcerptItem({ excerpt, showTitle = true }: { excerpt: ExcerptView; showTitle?: boolean }): JSX.Element {
  return (
    <>
      {showTitle && <span class="result-title">{excerpt.title}</span>}
      <span class="result-meta">{excerptMeta(excerpt)}</span>
      <span class="result-text">
        <MarkedText text={excerpt.text} marks={excerpt.marks} />
      </span>
    </>
  );
}
