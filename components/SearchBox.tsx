/** The search-as-you-type box of the popup and the side panel, wired to a {@link ResultList} for screen readers. */
import type { JSX } from 'preact';
import { optionId } from './ResultList';
import { t } from '@/lib/ui/i18n';

export interface SearchBoxProps {
  /** The id of the result list the box controls. */
  listId: string;
  query: string;
  onQuery: (query: string) => void;
  /** The highlighted result, or -1; announced as the active descendant while the list shows. */
  activeIndex: number;
  hitCount: number;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function SearchBox({ listId, query, onQuery, activeIndex, hitCount, onKeyDown }: SearchBoxProps): JSX.Element {
  return (
    <input
      class="searchbox"
      type="search"
      // The popup and the panel's search view exist to search: typing must work at once.
      // biome-ignore lint/a11y/noAutofocus: see above
      autoFocus
      placeholder={t('searchPlaceholder')}
      aria-label={t('searchLabel')}
      aria-controls={listId}
      aria-autocomplete="list"
      aria-activedescendant={activeIndex >= 0 && hitCount > 0 ? optionId(listId, activeIndex) : undefined}
      value={query}
      onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
      onKeyDown={onKeyDown}
    />
  );
}
