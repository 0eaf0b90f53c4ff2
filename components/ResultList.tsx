/**
 * A list of excerpts as an ARIA listbox driven from a search box: the box keeps focus and points at
 * the active option with `aria-activedescendant`; arrow keys move, Enter chooses (see
 * {@link listKeyHandler}), a click chooses too.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ExcerptView } from '@/lib/protocol';
import { ExcerptItem } from './ExcerptItem';

export interface ResultListProps<T extends ExcerptView> {
  id: string;
  label: string;
  hits: T[];
  activeIndex: number;
  onActivate: (index: number) => void;
  onChoose: (hit: T, index: number) => void;
}

/** The DOM id of option `index` of list `listId`. */
export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

export function ResultList<T extends ExcerptView>({
  id,
  label,
  hits,
  activeIndex,
  onActivate,
  onChoose,
}: ResultListProps<T>): JSX.Element {
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(id, activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);
  return (
    // The ARIA listbox pattern with aria-activedescendant: focus stays in the search box, which
    // handles the keys (listKeyHandler); options are chosen with the pointer or Enter there.
    <ul class="results" id={id} role="listbox" aria-label={label}>
      {hits.map((hit, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the search box (listbox pattern)
        // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant
        <li
          key={`${hit.passageId}-${index}`}
          id={optionId(id, index)}
          class="result"
          role="option"
          aria-selected={index === activeIndex}
          onMouseMove={() => index !== activeIndex && onActivate(index)}
          onClick={() => onChoose(hit, index)}
        >
          <ExcerptItem excerpt={hit} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Keyboard handling for a search box that controls a result list. Returns true when it handled the
 * key (the caller then prevents the default).
 */
export function listKeyHandler(
  key: string,
  count: number,
  activeIndex: number,
  setActive: (index: number) => void,
  choose: (index: number) => void,
): boolean {
  if (count === 0) return false;
  switch (key) {
    case 'ArrowDown':
      setActive(activeIndex < 0 ? 0 : Math.min(count - 1, activeIndex + 1));
      return true;
    case 'ArrowUp':
      setActive(Math.max(0, activeIndex - 1));
      return true;
    case 'Home':
      setActive(0);
      return true;
    case 'End':
      setActive(count - 1);
      return true;
    case 'Enter':
      // Nothing chosen yet (e.g. the page's related excerpts before any arrow key): leave Enter alone.
      if (activeIndex < 0) return false;
      choose(activeIndex);
      return true;
    default:
      return false;
  }
}
