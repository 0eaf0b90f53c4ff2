/**
 * The small browser interface the shared scenarios drive: one implementation over Playwright
 * (Chromium) and one over Puppeteer (Firefox over WebDriver BiDi). Scenarios only use what is here,
 * so the same user paths run unchanged in both browsers.
 */

/** The open hover card, read from inside its closed shadow root. */
export interface CardSnapshot {
  /** The dialog's accessible name. */
  label: string | null;
  text: string;
  /** Whether the host is shown in the top layer. */
  popoverOpen: boolean;
}

/** One tab: a web page or an extension page. */
export interface ScenarioPage {
  /** Loads another web page in this tab and waits for its load event. */
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page and returns its (JSON-like) result. In extension pages the extension API
   * is there as `browser` (Firefox) or `chrome` (Chromium). `fn` is serialised: no closures.
   */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Moves the real mouse pointer to a viewport point, in `steps` moves. */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** Focuses the element, replaces its text and types `text` key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Presses one key (`Escape`, `Enter`, `ArrowDown` …) in the focused element. */
  press(key: string): Promise<void>;
  /** The hover card in this page's main frame, or null when none is open. */
  readCard(): Promise<CardSnapshot | null>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the built Factlight loaded. */
export interface ScenarioDriver {
  /** For messages only. */
  readonly browserName: 'chromium' | 'firefox';
  /** The unpacked build this browser runs (its bundle.json is read for expected values). */
  readonly extensionDir: string;
  /** Opens a web page in a new tab and waits for its load event. */
  openPage(url: string): Promise<ScenarioPage>;
  /** Opens an extension page (`popup.html`, `sidepanel.html#/entity/x`) in a new tab, loaded. */
  openExtensionPage(pathAndHash: string): Promise<ScenarioPage>;
}

/**
 * Polls `read` until `done` accepts its value or `timeoutMs` passes; returns the last value either
 * way, so the caller's `expect` shows what was there.
 */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  return value;
}
