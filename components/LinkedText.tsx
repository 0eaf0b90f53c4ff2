/**
 * Text with some ranges turned into links (the corpus's names in an article). Like MarkedText,
 * every piece is a text node; overlapping ranges keep the first (longest at a start) only.
 */
import type { JSX } from 'preact';

export interface TextLink {
  start: number;
  end: number;
  href: string;
  class?: string;
  title?: string;
}

export function LinkedText({ text, links }: { text: string; links: readonly TextLink[] }): JSX.Element {
  const sorted = [...links]
    .filter((l) => l.start >= 0 && l.end <= text.length && l.end > l.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const link of sorted) {
    if (link.start < at) continue;
    if (link.start > at) parts.push(text.slice(at, link.start));
    parts.push(
      <a key={`${link.start}-${link.end}`} href={link.href} class={link.class} title={link.title}>
        {text.slice(link.start, link.end)}
      </a>,
    );
    at = link.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
