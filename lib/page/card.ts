/**
 * The hover card's host: a closed shadow root (WXT `createShadowRootUi`) put in the top layer with
 * the Popover API, placed next to the name with Floating UI. The host is added to the page only
 * while a card is open and removed when it closes, so the page's DOM is left as it was.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Card, type CardState } from './CardView';
import { CARD_CSS } from './cardStyles';
import type { CardData, EntityRef, ExcerptView, PanelTarget } from '../protocol';
import { guard } from './guard';
import { FACTLIGHT_HOST_TAG } from './textWalker';
import { SessionTimer } from './timers';

/** What the card needs from the rest of the content script. */
export interface CardHostOptions {
  ctx: ContentScriptContext;
  /** Card data for an entity (the caller caches it). */
  loadCard: (entityId: string) => Promise<CardData>;
  /** Opens the side panel; called straight from a click so the user gesture counts. */
  openPanel: (target: PanelTarget) => void;
  /** Told when the card closes (to reset hover state). */
  onClosed?: () => void;
}

/** Where the card points: a text range on the page. */
export interface CardAnchor {
  /** A fresh live Range over the name (used only while the card is open). */
  range: () => Range | null;
  /**
   * When the name's text left the page (a framework re-rendered it), the same name where it is now,
   * nearest to where it was; null to close the card.
   */
  reanchor?: (near: DOMRect) => Range | null;
}

const HOST_STYLE = [
  'position: fixed !important',
  'right: auto !important',
  'bottom: auto !important',
  'top: 0 !important',
  'left: 0 !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'background: transparent !important',
  'overflow: visible !important',
  'width: max-content !important',
  'height: auto !important',
  'max-width: none !important',
  'display: block !important',
  'color-scheme: light dark',
  'z-index: 2147483647 !important',
].join(';');

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private mounted = false;
  private stopAutoUpdate: (() => void) | null = null;
  /** A second look for a name re-rendered away (cancelled on close and when the script goes). */
  private readonly retryTimer: SessionTimer;
  private entity: EntityRef | null = null;
  private token = 0;
  /** True while the pointer is over the card. */
  pointerInside = false;

  constructor(private readonly options: CardHostOptions) {
    this.retryTimer = new SessionTimer(options.ctx.signal);
  }

  /** Is a card shown, and for which entity (null also for a "not a name" card). */
  get openEntity(): EntityRef | null {
    return this.mounted ? this.entity : null;
  }

  /** Is any card shown. */
  get isOpen(): boolean {
    return this.mounted;
  }

  /** The host element while mounted (events from inside a closed root are retargeted to it). */
  get host(): HTMLElement | null {
    return this.mounted && this.ui ? this.ui.shadowHost : null;
  }

  private async getUi(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return this.ui;
    this.creating ??= createShadowRootUi<void>(this.options.ctx, {
      name: FACTLIGHT_HOST_TAG,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'closed',
      // Our own reset lives in CARD_CSS; WXT's `all: initial !important` on :host would beat the
      // host's positioning styles.
      inheritStyles: true,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'pointerdown', 'mousedown', 'click', 'wheel'],
      css: CARD_CSS,
      onMount: () => undefined,
      onRemove: () => {
        if (this.ui) render(null, this.ui.uiContainer);
      },
    });
    this.ui = await this.creating;
    const host = this.ui.shadowHost;
    host.addEventListener('pointerenter', () => (this.pointerInside = true));
    host.addEventListener('pointerleave', () => (this.pointerInside = false));
    return this.ui;
  }

  /** Shows the card for `entity` at `anchor`; loads its data. `focus` moves keyboard focus to it. */
  async open(entity: EntityRef, anchor: CardAnchor, focus: boolean): Promise<void> {
    const token = ++this.token;
    if (!(await this.show(anchor, token))) return;
    this.entity = entity;
    this.paint({ status: 'loading', entity });
    if (focus) this.focus();
    try {
      const data = await this.options.loadCard(entity.id);
      if (token !== this.token || !this.mounted) return;
      this.paint({ status: 'ready', data });
    } catch (error) {
      if (token !== this.token || !this.mounted) return;
      const message = error instanceof Error ? error.message : String(error);
      this.paint({ status: 'error', entity, message: message || 'Factlight: the card could not be loaded' });
    }
    if (focus) this.focus();
  }

  /** Shows a card for a selection that is no entity, offering a corpus search. */
  async openNotFound(query: string, anchor: CardAnchor): Promise<void> {
    const token = ++this.token;
    if (!(await this.show(anchor, token))) return;
    this.entity = null;
    this.paint({ status: 'notFound', query });
    this.focus();
  }

  /** Mounts the host in the top layer and places it; false when superseded meanwhile. */
  private async show(anchor: CardAnchor, token: number): Promise<boolean> {
    const ui = await this.getUi();
    if (token !== this.token) return false;
    if (!this.mounted) {
      ui.mount();
      this.mounted = true;
      const host = ui.shadowHost;
      host.setAttribute('style', HOST_STYLE);
      host.setAttribute('popover', 'manual');
      try {
        host.showPopover();
      } catch {
        // No Popover API: the fixed position and z-index above still show it.
      }
    }
    this.place(anchor);
    return true;
  }

  /** The page's focused element before the card took focus, given back when it closes. */
  private returnFocus: HTMLElement | null = null;

  private focus(): void {
    const root = this.ui?.uiContainer.querySelector<HTMLElement>('.card');
    if (!root) return;
    const active = document.activeElement;
    if (!this.returnFocus && active instanceof HTMLElement && active !== this.ui?.shadowHost) this.returnFocus = active;
    root.focus({ preventScroll: true });
  }

  private paint(state: CardState): void {
    if (!this.ui) return;
    render(
      h(Card, {
        state,
        onOpenArticle: (excerpt: ExcerptView) =>
          guard(() => this.options.openPanel({ view: 'article', docId: excerpt.docId, passageId: excerpt.passageId })),
        onSearch: (name: string) => guard(() => this.options.openPanel({ view: 'search', query: name.slice(0, 500) })),
        onClose: () => guard(() => this.close()),
      }),
      this.ui.uiContainer,
    );
  }

  private place(anchor: CardAnchor): void {
    this.stopAutoUpdate?.();
    const host = this.ui?.shadowHost;
    let range = anchor.range();
    if (!host || !range) return;
    let lastRect = range.getBoundingClientRect();
    let retried = false;
    const reference: VirtualElement = {
      getBoundingClientRect: () => range!.getBoundingClientRect(),
      getClientRects: () => range!.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = () => guard(reposition);
    const reposition = () => {
      let rect = range!.getBoundingClientRect();
      // A live range whose text was removed collapses onto the removed node's parent.
      const lost = () => range!.collapsed || !range!.startContainer.isConnected;
      if (rect.width === 0 && rect.height === 0 && lost()) {
        const moved = anchor.reanchor?.(lastRect) ?? null;
        if (moved) {
          range = moved;
          rect = range.getBoundingClientRect();
        }
      }
      const gone = rect.width === 0 && rect.height === 0;
      if (gone && lost()) {
        // Re-rendered and not rescanned yet: look again shortly before giving up.
        if (!retried) {
          retried = true;
          this.retryTimer.restart(250, () => {
            if (this.mounted) update();
          });
          return;
        }
        // The removed text's other observers (resize, layout shift) call this too: only the second
        // look itself gives up, or the card closes before the re-rendered name's spans are back.
        if (this.retryTimer.pending) return;
        this.close();
        return;
      }
      retried = false;
      if (!gone) lastRect = rect;
      // Scrolled away (or the text vanished): the card has nothing to point at.
      if (gone || rect.bottom < 0 || rect.top > window.innerHeight || rect.right < 0 || rect.left > window.innerWidth) {
        this.close();
        return;
      }
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(
        ({ x, y }) => {
          host.style.setProperty('left', `${Math.round(x)}px`, 'important');
          host.style.setProperty('top', `${Math.round(y)}px`, 'important');
        },
        () => undefined,
      );
    };
    this.stopAutoUpdate = autoUpdate(reference, host, update, { animationFrame: false });
  }

  /** Closes the card and takes the host out of the page. */
  close(): void {
    this.token++;
    this.retryTimer.cancel();
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (!this.mounted || !this.ui) return;
    this.mounted = false;
    this.pointerInside = false;
    const host = this.ui.shadowHost;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
    } catch {
      // Not a popover in this browser.
    }
    const hadFocus = document.activeElement === host;
    this.ui.remove();
    host.removeAttribute('popover');
    host.removeAttribute('style');
    this.entity = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus && back?.isConnected && back !== document.body) back.focus({ preventScroll: true });
    this.options.onClosed?.();
  }

  /** Closes and forgets the UI for good (Factlight turned off or the script invalidated). */
  destroy(): void {
    this.close();
    this.ui = null;
    this.creating = null;
  }
}
