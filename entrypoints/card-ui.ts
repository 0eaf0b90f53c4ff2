/**
 * The hover card's code (view, placement, shadow-root host), imported by the content script the
 * first time a card is wanted (lib/page/lazyCard.ts) rather than evaluated in every frame. Runs in
 * the content script's isolated world and leaves its factory there under CARD_UI_KEY.
 */
import { CardHost, type CardHostOptions } from '@/lib/page/card';
import { CARD_UI_KEY, type CardUiFactory } from '@/lib/page/lazyCard';

export default defineUnlistedScript(() => {
  const create: CardUiFactory = (options: CardHostOptions) => new CardHost(options);
  (globalThis as unknown as Record<symbol, CardUiFactory>)[CARD_UI_KEY] = create;
});
