/**
 * The hover card, loaded on first use. The card's view (Preact), its placement (Floating UI) and
 * WXT's shadow-root UI are nearly half of the content script, and most frames never show a card:
 * evaluating them in every frame of every page was most of the script's start-up. They are built as
 * their own script (entrypoints/card-ui.ts, a web-accessible resource) that the content script
 * imports the first time a card is wanted. A frame whose page has names imports it when idle after
 * its first scan, and a resting pointer starts the import during the hover delay if it has not
 * happened yet ({@link LazyCard.prefetch}), so the card does not wait for it.
 *
 * The imported script runs in the content script's isolated world and hands over a factory under
 * {@link CARD_UI_KEY} on that world's global object (an IIFE module has no exports); the page's own
 * scripts cannot see or replace it.
 */
import type { EntityRef } from '../protocol';
import type { CardAnchor, CardHost, CardHostOptions } from './card';

/** Where the imported card script leaves its factory (the content script's world only). */
export const CARD_UI_KEY = Symbol.for('factlight.cardUi');

/** The factory the card script provides. */
export type CardUiFactory = (options: CardHostOptions) => CardHost;

/** The card script's path in the extension (entrypoints/card-ui.ts). */
const CARD_UI_PATH = '/card-ui.js';

/** What the session and hover use of the card: {@link CardHost}'s surface, plus a prefetch. */
export interface CardUi
  extends Pick<
    CardHost,
    'openEntity' | 'isOpen' | 'host' | 'pointerInside' | 'open' | 'openNotFound' | 'close' | 'destroy'
  > {
  /** A card is likely soon (the pointer rests on a name): get ready without showing anything. */
  prefetch(): void;
}

/** Imports the card script once per frame and returns its factory. */
async function importCardUi(): Promise<CardUiFactory> {
  const world = globalThis as unknown as Record<symbol, CardUiFactory | undefined>;
  if (!world[CARD_UI_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH));
  const factory = world[CARD_UI_KEY];
  if (typeof factory !== 'function') throw new Error('Factlight: the card script did not load');
  return factory;
}

/** A {@link CardHost} that is created, and its code loaded, when a card is first wanted. */
export class LazyCard implements CardUi {
  private real: CardHost | null = null;
  private loading: Promise<CardHost> | null = null;
  /** Bumped by every open and close: an open that waited for the import and was superseded stops. */
  private token = 0;
  private destroyed = false;

  constructor(
    private readonly options: CardHostOptions,
    private readonly load: () => Promise<CardUiFactory> = importCardUi,
  ) {}

  get openEntity(): EntityRef | null {
    return this.real?.openEntity ?? null;
  }

  get isOpen(): boolean {
    return this.real?.isOpen ?? false;
  }

  get host(): HTMLElement | null {
    return this.real?.host ?? null;
  }

  get pointerInside(): boolean {
    return this.real?.pointerInside ?? false;
  }

  prefetch(): void {
    this.card().catch(() => undefined);
  }

  async open(entity: EntityRef, anchor: CardAnchor, focus: boolean): Promise<void> {
    const token = ++this.token;
    const card = await this.card();
    if (token === this.token && !this.destroyed) await card.open(entity, anchor, focus);
  }

  async openNotFound(query: string, anchor: CardAnchor): Promise<void> {
    const token = ++this.token;
    const card = await this.card();
    if (token === this.token && !this.destroyed) await card.openNotFound(query, anchor);
  }

  close(): void {
    this.token++;
    this.real?.close();
  }

  destroy(): void {
    this.token++;
    this.destroyed = true;
    this.real?.destroy();
  }

  private card(): Promise<CardHost> {
    this.loading ??= this.load().then(
      (create) => {
        const card = create(this.options);
        if (this.destroyed) card.destroy();
        this.real = card;
        return card;
      },
      (error: unknown) => {
        // A later card may try again (the extension was updated meanwhile, say).
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }
}
