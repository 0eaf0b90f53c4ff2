/**
 * The content script's logic for one frame: follows the on/off switches and the display settings,
 * runs a {@link Session} (its names found by the background's matcher) while Factlight is on here, and
 * answers the background's tab messages. Everything a session adds (highlights, listeners,
 * observers, the card host) goes away when Factlight is switched off here or the script is
 * invalidated.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseTabMessage, type TabMessage, type TabMessageType, type TabReply } from '../protocol';
import {
  type DisplaySettings,
  getDisplaySettings,
  getSettings,
  isActiveOn,
  type Settings,
  watchDisplaySettings,
  watchSettings,
} from '../settings';
import { guard, logQuietly } from './guard';
import { remoteFinder } from './names';
import { reportNothing } from './reporting';
import { Session } from './session';

export interface ControllerOptions {
  ctx: ContentScriptContext;
  /** `performance.now()` when the script began to run, and how long its modules took to evaluate. */
  scriptStart?: number;
  evaluatedMs?: number;
}

/** Delay after an SPA navigation before the whole page is scanned again (the framework renders first). */
const LOCATION_RESCAN_MS = 300;

/**
 * The benchmark marks its pages with this attribute on `<html>` to have the first pass's timing
 * include a forced layout (bench/browser.ts). Any page could set it; it only costs that page one layout.
 */
const BENCH_ATTRIBUTE = 'data-factlight-bench';

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
 * Starts Factlight in this frame when the switches allow it, and follows the switches and the
 * display settings. Returns the handler for the background's tab messages.
 */
export function startPageController({ ctx, scriptStart, evaluatedMs = 0 }: ControllerOptions): {
  handleMessage: (message: unknown) => Promise<TabReply<TabMessageType>> | undefined;
} {
  let session: Session | null = null;
  let display: Promise<DisplaySettings> | null = null;
  let wanted = false;
  let everActive = false;
  let startMeasured = false;

  const apply = async (settings: Settings) => {
    wanted = isActiveOn(settings, siteHostname()) && ctx.isValid;
    if (!wanted) {
      session?.stop();
      session = null;
      // The badge must go blank when switched off here (a page never lit has nothing to clear).
      if (everActive) reportNothing();
      return;
    }
    if (session) return;
    display ??= getDisplaySettings();
    const shown = await display;
    if (!wanted || session || ctx.isInvalid) return;
    const setupStart = performance.now();
    const benchmark = document.documentElement?.hasAttribute(BENCH_ATTRIBUTE) ?? false;
    session = new Session({
      ctx,
      finder: remoteFinder(),
      display: shown,
      benchmark,
      onReadyToScan: () => {
        if (startMeasured || scriptStart === undefined) return;
        startMeasured = true;
        // Main-thread time from the script's start to its first scan: evaluating the modules, then
        // setting up the session (the waits for storage in between are not work).
        const workMs = evaluatedMs + (performance.now() - setupStart);
        const detail = benchmark ? { workMs, evaluatedMs } : { workMs };
        guard(() => performance.measure('factlight:start', { start: scriptStart, detail }));
      },
    });
    everActive = true;
    session.start();
  };

  const applySafely = (settings: Settings) => void apply(settings).catch(logQuietly);
  void getSettings().then(applySafely);
  const unwatchSwitches = watchSettings(applySafely);
  const unwatchDisplay = watchDisplaySettings((settings) => {
    display = Promise.resolve(settings);
    guard(() => session?.setDisplay(settings));
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // SPA navigation: the MutationObserver sees the new content; a full rescan also refreshes the
    // counts for the new "page" once the framework has rendered it.
    ctx.setTimeout(() => guard(() => session?.rescan()), LOCATION_RESCAN_MS);
  });
  ctx.onInvalidated(() => {
    wanted = false;
    unwatchSwitches();
    unwatchDisplay();
    session?.stop();
    session = null;
  });

  const handle = (message: TabMessage): Promise<TabReply<TabMessageType>> => {
    const active = session;
    switch (message.type) {
      case 'recount':
        if (active) active.report();
        else reportNothing();
        return Promise.resolve({ ok: true });
      case 'nextHighlight':
        return Promise.resolve({ ok: true, data: { moved: !!active && !!guard(() => active.nextHighlight()) } });
      case 'revealEntity':
        return Promise.resolve({
          ok: true,
          data: { found: !!active && !!guard(() => active.reveal(message.entityId)) },
        });
      case 'lookupSelection':
        if (!active) return Promise.resolve({ ok: true, data: { handled: false } });
        return active.lookupSelection(message.text).then((handled) => ({ ok: true, data: { handled } }));
      case 'corpusChanged':
        // New names and new cards: every block is scanned again with fresh evidence.
        active?.setFinder(remoteFinder());
        return Promise.resolve({ ok: true });
    }
  };

  const handleMessage = (raw: unknown): Promise<TabReply<TabMessageType>> | undefined => {
    const message = parseTabMessage(raw);
    // Not ours, or a selection lookup in a frame where Factlight is off: another frame answers.
    if (!message || (message.type === 'lookupSelection' && !session)) return undefined;
    return handle(message).catch((error) => ({ ok: false, error: String(error) }));
  };
  return { handleMessage };
}
