/**
 * The content script's logic for one frame: reads the switches, loads the matcher from the
 * background, scans and paints, follows the pointer for hover cards, answers the background's tab
 * messages and reports what it found. Everything it adds (highlights, listeners, observers, the
 * card host) goes away when Factlight is switched off here or the script is invalidated.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardData, EntityRef, PanelTarget } from '../protocol';
import { ask, parseTabMessage } from '../protocol';
import { isActiveOn, getSettings, watchSettings, type Settings } from '../settings';
import { CardHost, type CardAnchor } from './card';
import { liveRange, spanAtPoint } from './hitTest';
import { createMatcher, type NameMatcher } from '../names/matcher';
import { Painter } from './painter';
import { Scanner } from './scanner';
import { ViewportPainter } from './viewportPainter';
import { compareSpans, type Span } from './spans';

export interface ControllerOptions {
  ctx: ContentScriptContext;
  /** Stylesheet text for `::highlight()` inside shadow roots (document styles do not reach them). */
  highlightCss: string;
}

/** How long the pointer must rest on a name before its card opens. */
const HOVER_INTENT_MS = 150;
/** Grace period to move the pointer from the name onto its card. */
const CLOSE_GRACE_MS = 300;
const REPORT_DELAY_MS = 300;
const FLASH_MS = 1_500;
const HIDDEN_RECHECK_MS = 5_000;
/** Most time one report spends asking which blocks are rendered. */
const VISIBILITY_BUDGET_MS = 4;

/** Is a block rendered (no display:none or visibility:hidden on it or above)? */
function blockShown(block: Node): boolean {
  const element = block.nodeType === 1 ? (block as Element) : block.nodeType === 11 ? (block as ShadowRoot).host : null;
  if (!element || typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ visibilityProperty: true });
}

function insideRect(point: { x: number; y: number }, rect: DOMRect): boolean {
  return point.x >= rect.left - 2 && point.x <= rect.right + 2 && point.y >= rect.top - 2 && point.y <= rect.bottom + 2;
}

/** Runs `work` and swallows any exception: the page must never see one of ours. */
function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    console.debug('Factlight:', error);
    return undefined;
  }
}

/** One active period of Factlight on this page (between switching on and off). */
class ActiveSession {
  readonly painter = new Painter();
  private readonly viewportPainter = new ViewportPainter(this.painter);
  readonly scanner: Scanner;
  readonly card: CardHost;
  private readonly abort = new AbortController();
  private readonly cardCache = new Map<string, Promise<CardData>>();
  private readonly adoptedSheets = new Map<ShadowRoot, CSSStyleSheet>();
  private pointer: { x: number; y: number; overCard: boolean } | null = null;
  private frameRequested = false;
  private intent: { entityId: string; span: Span; rect: DOMRect; timer: ReturnType<typeof setTimeout> } | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private openSpan: Span | null = null;
  private pinned = false;
  private focused: Span | null = null;
  private revealed: Span | null = null;
  private stopped = false;
  private lastReport = '';
  private quietUntilMove = false;
  private hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether each block with names is rendered, as last checked. */
  private readonly shownBlocks = new WeakMap<Node, boolean>();
  private readonly hiddenBlocks = new Set<Node>();

  constructor(
    private readonly options: ControllerOptions,
    private readonly matcher: NameMatcher,
  ) {
    this.scanner = new Scanner({
      root: document,
      matcher,
      painter: this.viewportPainter,
      onChange: () => {
        this.scheduleReport();
        // The text under a resting pointer may have been replaced: look again.
        this.requestPointerCheck();
      },
      onShadowRoot: (shadow) => this.styleShadowRoot(shadow),
    });
    this.card = new CardHost({
      ctx: options.ctx,
      loadCard: (entityId) => this.loadCard(entityId),
      openPanel: (target) => this.openPanel(target),
      onClosed: () => {
        this.openSpan = null;
        this.pinned = false;
        // A card closed (Esc, scroll, leaving) does not come back until the pointer moves.
        this.clearIntent();
        this.quietUntilMove = true;
      },
    });
  }

  start(): void {
    const signal = this.abort.signal;
    const listen = (target: EventTarget, type: string, handler: (event: Event) => void) =>
      target.addEventListener(type, (event) => safely(() => handler(event)), { capture: true, passive: true, signal });
    listen(window, 'pointermove', (event) => this.onPointerMove(event as PointerEvent));
    // The pointer left the window (an `out` with nowhere to go).
    listen(document, 'pointerout', (event) => {
      if (!(event as PointerEvent).relatedTarget) this.onPointerGone();
    });
    listen(window, 'blur', () => this.onPointerGone());
    listen(window, 'pointerdown', (event) => {
      if (this.card.isOpen && !this.card.pointerInside && event.target !== this.card.host) this.card.close();
    });
    listen(window, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && this.card.isOpen) this.card.close();
    });
    // Back from the back/forward cache: the tab's counts were cleared when it left.
    listen(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) this.report(true);
    });
    // A frame going away (removed iframe, frame navigation) takes its names off the tab's badge.
    // Not the top frame: its next document reports under the same frame id.
    if (window !== window.top) {
      listen(window, 'pagehide', () => {
        this.lastReport = '';
        void ask({ type: 'pageEntities', counts: {} }).catch(() => undefined);
      });
    }
    this.scanner.start();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.abort.abort();
    this.clearIntent();
    clearTimeout(this.closeTimer);
    clearTimeout(this.flashTimer);
    clearTimeout(this.reportTimer);
    clearTimeout(this.hiddenTimer);
    safely(() => this.card.destroy());
    safely(() => this.scanner.stop());
    safely(() => this.viewportPainter.disconnect());
    safely(() => this.painter.clear());
    for (const [shadow, sheet] of this.adoptedSheets) {
      safely(() => {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      });
    }
    this.adoptedSheets.clear();
  }

  private styleShadowRoot(shadow: ShadowRoot): void {
    if (this.adoptedSheets.has(shadow)) return;
    safely(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.options.highlightCss);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      this.adoptedSheets.set(shadow, sheet);
    });
  }

  // ── reporting ───────────────────────────────────────────────────────────

  /** Throttled, not debounced: a page that changes all the time must still get its badge. */
  private scheduleReport(): void {
    if (this.stopped || this.reportTimer !== undefined) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      safely(() => this.report(false));
    }, REPORT_DELAY_MS);
  }

  /** Sends this frame's counts to the background (for the badge and the side panel). */
  report(force = true): void {
    if (this.stopped) return;
    const counts = this.visibleCounts();
    const key = JSON.stringify(Object.entries(counts).sort());
    if (!force && key === this.lastReport) return;
    this.lastReport = key;
    void ask({ type: 'pageEntities', counts }).catch(() => undefined);
  }

  /**
   * Mentions per entity in text the page shows (a closed menu or a hidden tab does not count).
   * Each block is checked once (within a small time budget per report); hidden ones are checked
   * again every few seconds, as a page reveals text by classes and styles, which are not watched
   * (animations would flood the observer).
   */
  private visibleCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    const deadline = performance.now() + VISIBILITY_BUDGET_MS;
    let unchecked = false;
    for (const [block, spans] of this.scanner.store.blocks()) {
      let isShown = this.shownBlocks.get(block);
      if (isShown === undefined) {
        if (performance.now() < deadline) {
          isShown = blockShown(block);
          this.shownBlocks.set(block, isShown);
          if (!isShown) this.hiddenBlocks.add(block);
        } else {
          // Out of time for this report: counted as shown, checked in the next one.
          isShown = true;
          unchecked = true;
        }
      }
      if (!isShown) continue;
      for (const span of spans) counts[span.entityId] = (counts[span.entityId] ?? 0) + 1;
    }
    clearTimeout(this.hiddenTimer);
    if (unchecked || this.hiddenBlocks.size > 0) {
      this.hiddenTimer = setTimeout(
        () =>
          safely(() => {
            // Hidden blocks may have been revealed (by a class or a style): ask again.
            for (const block of this.hiddenBlocks) this.shownBlocks.delete(block);
            this.hiddenBlocks.clear();
            this.report(false);
          }),
        unchecked ? REPORT_DELAY_MS : HIDDEN_RECHECK_MS,
      );
    }
    return counts;
  }

  // ── hover ───────────────────────────────────────────────────────────────

  private onPointerMove(event: PointerEvent): void {
    const host = this.card.host;
    const last = this.pointer;
    if (last && Math.abs(last.x - event.clientX) + Math.abs(last.y - event.clientY) > 2) this.quietUntilMove = false;
    this.pointer = { x: event.clientX, y: event.clientY, overCard: host !== null && event.target === host };
    this.requestPointerCheck();
  }

  /** Hit-tests the last pointer position at the next animation frame (at most once per frame). */
  private requestPointerCheck(): void {
    if (this.frameRequested || !this.pointer || this.stopped) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      safely(() => this.checkPointer());
    });
  }

  private onPointerGone(): void {
    this.clearIntent();
    if (this.card.openEntity && !this.pinned && !this.card.pointerInside) this.scheduleClose();
  }

  private checkPointer(): void {
    const pointer = this.pointer;
    if (!pointer || this.stopped) return;
    if (pointer.overCard || this.card.pointerInside) {
      this.cancelClose();
      this.clearIntent();
      return;
    }
    const span = spanAtPoint(document, this.scanner.store, pointer.x, pointer.y, this.scanner.shadowRoots);
    const open = this.card.openEntity;
    if (span && open && span.entityId === open.id) {
      this.openSpan = span;
      this.cancelClose();
      this.clearIntent();
      return;
    }
    if (span && this.quietUntilMove) return;
    if (span) {
      // Same name under the pointer (perhaps re-rendered as new nodes): the intent keeps running.
      if (this.intent?.entityId === span.entityId) this.intent.span = span;
      else this.startIntent(span);
    } else if (this.intent && !insideRect(pointer, this.intent.rect)) {
      // Only leaving the name's place cancels: a framework may have replaced its text for a moment.
      this.clearIntent();
    }
    if (!span && open && !this.pinned) this.scheduleClose();
  }

  private startIntent(span: Span): void {
    this.clearIntent();
    const rect = liveRange(span)?.getBoundingClientRect();
    if (!rect) return;
    const timer = setTimeout(() => safely(() => this.fireIntent()), HOVER_INTENT_MS);
    this.intent = { entityId: span.entityId, span, rect, timer };
  }

  private fireIntent(): void {
    const intent = this.intent;
    const pointer = this.pointer;
    this.intent = null;
    if (!intent || !pointer) return;
    let span: Span | null = intent.span.startNode.isConnected ? intent.span : null;
    if (!span) {
      // Re-rendered during the delay: the same name at the same place, if it is back.
      span = spanAtPoint(document, this.scanner.store, pointer.x, pointer.y, this.scanner.shadowRoots);
      if (span?.entityId !== intent.entityId) span = this.spanNear(intent.entityId, intent.rect);
    }
    if (span) this.openCard(span, false);
    else if (insideRect(pointer, intent.rect)) {
      // Not rescanned yet: try again shortly while the pointer rests there.
      const timer = setTimeout(() => safely(() => this.fireIntent()), HOVER_INTENT_MS / 2);
      this.intent = { ...intent, timer };
    }
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

  private clearIntent(): void {
    if (this.intent) clearTimeout(this.intent.timer);
    this.intent = null;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.card.pointerInside) safely(() => this.card.close());
    }, CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  // ── card ────────────────────────────────────────────────────────────────

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
    void ask({ type: 'openPanel', target }).catch((error) => console.debug('Factlight:', error));
  }

  private openCard(span: Span, focus: boolean): void {
    const entity = this.matcher.entity(span.entityId);
    if (!entity) return;
    if (!span.startNode.isConnected) return;
    this.cancelClose();
    this.openSpan = span;
    this.pinned = focus;
    this.showCard(
      entity,
      { range: () => liveRange(span), reanchor: (near) => this.nearestRange(span.entityId, near) },
      focus,
    );
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
        if (this.openSpan?.entityId === entityId) this.openSpan = span;
      }
    }
    return bestDistance < 200 ? best : null;
  }

  private showCard(entity: EntityRef, anchor: CardAnchor, focus: boolean): void {
    void this.card.open(entity, anchor, focus).catch((error) => console.debug('Factlight:', error));
  }

  // ── keyboard command, reveal, selection lookup ────────────────────────

  /**
   * The first span in document order after `previous` (or the first of all, wrapping around), in
   * two linear passes: sorting every span of a big page on each key press would be a long task.
   */
  private nextSpan(previous: Span | null, filter?: (span: Span) => boolean): Span | undefined {
    let after: Span | undefined;
    let first: Span | undefined;
    const from = previous?.startNode.isConnected ? previous : null;
    const shown = new Map<Node, boolean>();
    for (const span of this.scanner.store.all()) {
      if (!span.startNode.isConnected || (filter && !filter(span))) continue;
      let isShown = shown.get(span.block);
      if (isShown === undefined) shown.set(span.block, (isShown = blockShown(span.block)));
      if (!isShown) continue;
      if (!first || compareSpans(span, first) < 0) first = span;
      if (from && compareSpans(from, span) < 0 && (!after || compareSpans(span, after) < 0)) after = span;
    }
    return after ?? first;
  }

  private scrollTo(span: Span): void {
    span.startNode.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: 'instant' as ScrollBehavior,
    });
  }

  /** Keyboard command: focus the next highlight and open its card. */
  nextHighlight(): boolean {
    const span = this.nextSpan(this.focused);
    if (!span) return false;
    this.focused = span;
    this.card.close();
    this.scrollTo(span);
    this.painter.mark('focus', span);
    // Let the scroll settle before placing the card.
    requestAnimationFrame(() => safely(() => this.openCard(span, true)));
    return true;
  }

  /** Side panel's "On this page": scroll to the next occurrence of an entity and flash it. */
  reveal(entityId: string): boolean {
    const span = this.nextSpan(
      this.revealed?.entityId === entityId ? this.revealed : null,
      (s) => s.entityId === entityId,
    );
    if (!span) return false;
    this.revealed = span;
    this.scrollTo(span);
    this.painter.mark('flash', span);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => safely(() => this.painter.mark('flash', null)), FLASH_MS);
    return true;
  }

  /** Context menu or command: the card for the selected name, or a corpus search for the text. */
  async lookupSelection(text: string): Promise<boolean> {
    const selection = window.getSelection();
    const selected = selection && selection.rangeCount > 0 ? selection.toString() : '';
    const query = (text || selected).trim().slice(0, 1000);
    if (!query) return false;
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    const { entity } = await ask({ type: 'lookup', text: query });
    const anchor = range ? { range: () => range } : null;
    this.openSpan = null;
    this.pinned = true;
    if (entity && anchor) this.showCard(entity, anchor, true);
    else if (anchor) {
      // Not a name: a small card offers the search; its button's click opens the side panel
      // (a user gesture, which opening the panel from here would lack).
      void this.card.openNotFound(query, anchor).catch((error) => console.debug('Factlight:', error));
    } else {
      this.openPanel(entity ? { view: 'entity', entityId: entity.id } : { view: 'search', query: query.slice(0, 500) });
    }
    return true;
  }
}

/**
 * The site the per-site switch applies to: the tab's top-level site, so "off on this site" also
 * covers the page's frames (embeds, about:blank frames); a frame's own host where that is unknown.
 */
function siteHostname(): string {
  try {
    const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
    if (ancestors && ancestors.length > 0) return new URL(ancestors[ancestors.length - 1]!).hostname;
  } catch {
    // Opaque origin: fall through.
  }
  try {
    if (window.top && window.top !== window) return window.top.location.hostname;
  } catch {
    // Cross-origin top without ancestorOrigins (Firefox): the frame's own host.
  }
  return location.hostname;
}

/**
 * Starts Factlight in this frame when the switches allow it, and follows the switches. Returns the
 * handler for the background's tab messages.
 */
export function startPageController(options: ControllerOptions): {
  handleMessage: (message: unknown) => Promise<unknown> | undefined;
} {
  const { ctx } = options;
  let session: ActiveSession | null = null;
  let matcher: NameMatcher | null = null;
  let wanted = false;
  let everActive = false;

  const loadMatcher = async (): Promise<NameMatcher> => {
    if (matcher) return matcher;
    let lastError: unknown;
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const { matcher: data } = await ask({ type: 'matcher' });
        matcher = createMatcher(data);
        return matcher;
      } catch (error) {
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
    throw lastError;
  };

  const apply = async (settings: Settings) => {
    wanted = isActiveOn(settings, siteHostname()) && ctx.isValid;
    if (!wanted) {
      if (session) {
        session.stop();
        session = null;
      }
      // The badge must go blank when switched off here (a page never lit has nothing to clear).
      if (everActive) void ask({ type: 'pageEntities', counts: {} }).catch(() => undefined);
      return;
    }
    if (session) return;
    const loaded = await loadMatcher();
    if (!wanted || session || ctx.isInvalid) return;
    session = new ActiveSession(options, loaded);
    everActive = true;
    session.start();
  };

  const applySafely = (settings: Settings) => void apply(settings).catch((error) => console.debug('Factlight:', error));
  void getSettings().then(applySafely);
  const unwatch = watchSettings(applySafely);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // SPA navigation: the MutationObserver sees the new content; a full rescan also refreshes the
    // counts for the new "page" once the framework has rendered it.
    setTimeout(() => safely(() => session?.scanner.rescanAll()), 300);
  });
  ctx.onInvalidated(() => {
    wanted = false;
    unwatch();
    session?.stop();
    session = null;
  });

  const handleMessage = (raw: unknown): Promise<unknown> | undefined => {
    const message = parseTabMessage(raw);
    if (!message) return undefined;
    const active = session;
    switch (message.type) {
      case 'recount':
        if (active) active.report();
        else void ask({ type: 'pageEntities', counts: {} }).catch(() => undefined);
        return Promise.resolve({ ok: true });
      case 'nextHighlight':
        return Promise.resolve({ ok: true, data: { moved: active ? !!safely(() => active.nextHighlight()) : false } });
      case 'revealEntity':
        return Promise.resolve({
          ok: true,
          data: { found: active ? !!safely(() => active.reveal(message.entityId)) : false },
        });
      case 'lookupSelection':
        if (!active) return undefined;
        return active.lookupSelection(message.text).then(
          (handled) => ({ ok: true, data: { handled } }),
          (error) => ({ ok: false, error: String(error) }),
        );
    }
  };
  return { handleMessage };
}
