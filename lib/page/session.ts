/**
 * One active period of Factlight in a frame, between switching on and off: the scanner and its
 * painters, and the parts that act on what it found — hover cards (hover.ts), badge reports
 * (reporting.ts), next-highlight and reveal (navigation.ts), selection lookup (selection.ts). Every
 * listener and timer of every part hangs on the session's one `AbortSignal`: `stop()` aborts it and
 * unpaints, and nothing of Factlight is left in the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityType } from '../bundle/schema';
import { ask, type CardData, type EntityRef, type PanelTarget } from '../protocol';
import type { DisplaySettings } from '../settings';
import type { CardAnchor } from './card';
import { guard, logQuietly } from './guard';
import { HighlightSheet } from './highlightStyle';
import { liveRange, spanAtPoint } from './hitTest';
import { Hover } from './hover';
import { type CardUi, LazyCard } from './lazyCard';
import type { NameFinder } from './names';
import { Navigator } from './navigation';
import { Painter } from './painter';
import { Reporter } from './reporting';
import { Scanner } from './scanner';
import { lookupSelection } from './selection';
import type { Span } from './spans';
import { ViewportPainter } from './viewportPainter';

export interface SessionOptions {
  ctx: ContentScriptContext;
  /** Where the page's names come from (the background's matcher, see names.ts). */
  finder: NameFinder;
  display: DisplaySettings;
  /** The benchmark's page: a forced layout ends the first pass's timing, measures say more (scanner.ts). */
  benchmark?: boolean;
  /** Told once, right before the first scan starts (for the `factlight:start` measure). */
  onReadyToScan?: () => void;
}

/** Which entities are drawn under the display settings. */
function entityFilter(display: DisplaySettings): { types: Set<EntityType>; muted: Set<string> } {
  return { types: new Set(display.types), muted: new Set(display.muted.map((m) => m.id)) };
}

export class Session {
  private readonly abort = new AbortController();
  private readonly painter = new Painter();
  private readonly viewportPainter = new ViewportPainter(this.painter);
  private readonly sheet: HighlightSheet;
  private readonly scanner: Scanner;
  private readonly card: CardUi;
  private readonly hover: Hover;
  private readonly reporter: Reporter;
  private readonly navigator: Navigator;
  private readonly cardCache = new Map<string, Promise<CardData>>();
  private finder: NameFinder;
  private display: DisplaySettings;
  private filter: { types: Set<EntityType>; muted: Set<string> };
  /** The open card was opened by keyboard or selection: the pointer leaving does not close it. */
  private pinned = false;
  private cardPrefetched = false;

  constructor(private readonly options: SessionOptions) {
    const signal = this.abort.signal;
    this.finder = options.finder;
    this.display = options.display;
    this.filter = entityFilter(options.display);
    this.sheet = new HighlightSheet(options.display.style);
    this.scanner = new Scanner({
      root: document,
      finder: options.finder,
      typeOf: (entityId) => this.drawnType(entityId),
      painter: this.viewportPainter,
      benchmark: options.benchmark,
      onChange: () => {
        this.prefetchCardWhenIdle();
        this.reporter.schedule();
        // The text under a resting pointer may have been replaced: look again.
        this.hover.recheck();
      },
      onShadowRoot: (shadow) => guard(() => this.sheet.adopt(shadow)),
    });
    this.card = new LazyCard({
      ctx: options.ctx,
      loadCard: (entityId) => this.loadCard(entityId),
      openPanel: (target) => this.openPanel(target),
      onClosed: () => {
        this.pinned = false;
        this.hover.onCardClosed();
      },
    });
    this.hover = new Hover({
      signal,
      card: this.card,
      spanAt: (x, y) => spanAtPoint(document, this.scanner.store, x, y, this.scanner.shadowRoots),
      spanNear: (entityId, rect) => this.spanNear(entityId, rect),
      openCard: (span) => this.openCard(span, false),
      delayMs: () => this.display.hoverDelayMs,
      pinned: () => this.pinned,
    });
    this.reporter = new Reporter(signal, this.scanner.store);
    this.navigator = new Navigator({
      signal,
      store: this.scanner.store,
      painter: this.painter,
      openPinnedCard: (span) => this.openCard(span, true),
      closeCard: () => this.card.close(),
    });
  }

  start(): void {
    const signal = this.abort.signal;
    const listen = (target: EventTarget, type: string, handler: (event: Event) => void) =>
      target.addEventListener(type, (event) => guard(() => handler(event)), { capture: true, passive: true, signal });
    listen(window, 'pointermove', (event) => this.hover.onPointerMove(event as PointerEvent));
    // The pointer left the window (an `out` with nowhere to go).
    listen(document, 'pointerout', (event) => {
      if (!(event as PointerEvent).relatedTarget) this.hover.onPointerGone();
    });
    listen(window, 'blur', () => this.hover.onPointerGone());
    listen(window, 'pointerdown', (event) => {
      if (this.card.isOpen && !this.card.pointerInside && event.target !== this.card.host) this.card.close();
    });
    listen(window, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && this.card.isOpen) this.card.close();
    });
    // Back from the back/forward cache: the tab's counts were cleared when it left.
    listen(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) this.reporter.report(true);
    });
    // A frame going away (removed iframe, frame navigation) takes its names off the tab's badge.
    // Not the top frame: its next document reports under the same frame id.
    if (window !== window.top) listen(window, 'pagehide', () => this.reporter.retract());
    guard(() => this.sheet.adopt(document));
    this.options.onReadyToScan?.();
    this.scanner.start();
  }

  /** Ends the session: every listener and timer goes with the signal; highlights and card go too. */
  stop(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    guard(() => this.card.destroy());
    guard(() => this.scanner.stop());
    guard(() => this.viewportPainter.disconnect());
    guard(() => this.painter.clear());
    guard(() => this.sheet.detach());
  }

  /** Scans the whole page again (an SPA navigated). */
  rescan(): void {
    this.scanner.rescanAll();
  }

  /** Sends this frame's counts to the background now. */
  report(): void {
    this.reporter.report(true);
  }

  /** Keyboard command: focus the next highlight and open its card. */
  nextHighlight(): boolean {
    return this.navigator.nextHighlight();
  }

  /** Side panel's "On this page": scroll to the next occurrence of an entity and flash it. */
  reveal(entityId: string): boolean {
    return this.navigator.reveal(entityId);
  }

  /** Context menu or command: the card for the selected name, or a corpus search for the text. */
  lookupSelection(text: string): Promise<boolean> {
    return lookupSelection(text, {
      showCard: (entity, anchor) => this.showCard(entity, anchor, true),
      showNotFound: (query, anchor) => {
        this.pinned = true;
        void this.card.openNotFound(query, anchor).catch(logQuietly);
      },
      openPanel: (target) => this.openPanel(target),
    });
  }

  /** The corpus changed: new names, new cards. Blocks are rescanned in place (no flicker). */
  setFinder(finder: NameFinder): void {
    this.finder = finder;
    this.cardCache.clear();
    this.card.close();
    this.scanner.setFinder(finder);
  }

  /** The user changed a display setting: applied at once. */
  setDisplay(display: DisplaySettings): void {
    const before = this.filter;
    this.display = display;
    this.filter = entityFilter(display);
    this.sheet.setStyle(display.style);
    // Names now hidden go at once; names now shown need a rescan to be found again.
    this.scanner.dropSpans((span) => this.drawnType(span.entityId) === undefined);
    const typeAdded = display.types.some((type) => !before.types.has(type));
    const unmuted = [...before.muted].some((id) => !this.filter.muted.has(id));
    if (typeAdded || unmuted) this.scanner.rescanAll(true);
  }

  /**
   * Once the page has names, the card's code is loaded when the page is idle, so the first hover
   * does not wait for it; frames without names (most ads and embeds) never load it.
   */
  private prefetchCardWhenIdle(): void {
    if (this.cardPrefetched || this.scanner.store.size === 0) return;
    this.cardPrefetched = true;
    const prefetch = () => {
      if (!this.abort.signal.aborted) this.card.prefetch();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 2_000 });
    else setTimeout(prefetch, 500);
  }

  /** The entity's type when it is drawn under the display settings, else undefined. */
  private drawnType(entityId: string): EntityType | undefined {
    const type = this.finder.entity(entityId)?.type;
    if (!type || !this.filter.types.has(type) || this.filter.muted.has(entityId)) return undefined;
    return type;
  }

  private loadCard(entityId: string): Promise<CardData> {
    let cached = this.cardCache.get(entityId);
    if (!cached) {
      cached = ask({ type: 'card', entityId });
      this.cardCache.set(entityId, cached);
      cached.catch(() => this.cardCache.delete(entityId));
    }
    return cached;
  }

  private openPanel(target: PanelTarget): void {
    // Sent synchronously from the click so the browser still sees the user gesture.
    void ask({ type: 'openPanel', target }).catch(logQuietly);
  }

  private openCard(span: Span, pinned: boolean): void {
    const entity = this.finder.entity(span.entityId);
    if (!entity || !span.startNode.isConnected) return;
    this.hover.onCardOpened();
    this.showCard(
      entity,
      { range: () => liveRange(span), reanchor: (near) => this.nearestRange(span.entityId, near) },
      pinned,
    );
  }

  private showCard(entity: EntityRef, anchor: CardAnchor, pinned: boolean): void {
    this.pinned = pinned;
    void this.card.open(entity, anchor, pinned).catch(logQuietly);
  }

  /** A connected span of the entity whose box is within a few pixels of `rect`. */
  private spanNear(entityId: string, rect: DOMRect): Span | null {
    for (const span of this.scanner.store.all()) {
      if (span.entityId !== entityId || !span.startNode.isConnected) continue;
      const box = liveRange(span)?.getBoundingClientRect();
      if (box && Math.abs(box.left - rect.left) < 8 && Math.abs(box.top - rect.top) < 8) return span;
    }
    return null;
  }

  /** A live range over the occurrence of an entity nearest to a rectangle (after a re-render). */
  private nearestRange(entityId: string, near: DOMRect): Range | null {
    let best: Range | null = null;
    let bestDistance = Infinity;
    for (const span of this.scanner.store.all()) {
      if (span.entityId !== entityId || !span.startNode.isConnected) continue;
      const range = liveRange(span);
      if (!range) continue;
      const rect = range.getBoundingClientRect();
      const distance = Math.hypot(rect.left - near.left, rect.top - near.top);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = range;
      }
    }
    return bestDistance < 200 ? best : null;
  }
}
