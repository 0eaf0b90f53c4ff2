/**
 * Real Firefox ESR (Debian's /usr/bin/firefox-esr) with the built Firefox extension
 * (.output/firefox-mv3, `npm run build:firefox`), driven headless by puppeteer-core over WebDriver
 * BiDi. The build is installed as a temporary add-on, unsigned, the way about:debugging does it.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CardSnapshot } from '../scenarios/driver';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The moz-extension host is random per install; pre-seeding the pref that maps add-on ids to it
 * makes it this fixed one for the build's fixed gecko id.
 */
export const EXTENSION_UUID = '6a1c2f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports after installing (the manifest's gecko id). */
  addonId: string;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** Opens a web page in a new tab and waits for its load event. */
  openPage: (url: string) => Promise<Page>;
  /** Opens an extension page (`popup.html`, `sidepanel.html#/entity/x`) in a new tab, loaded. */
  openExtensionPage: (pathAndHash: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** The gecko id of the build (fails clearly when there is no Firefox build). */
export function buildGeckoId(): string {
  const manifestPath = path.join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `Factlight tests: no Firefox build in ${FIREFOX_EXTENSION_DIR}; run \`npm run build:firefox\` first`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('Factlight tests: the Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

/** The BiDi browsing context behind a Puppeteer page (Puppeteer has no public handle to it). */
interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  defaultRealm: {
    evaluate(expression: string, awaitPromise: boolean, options?: object): Promise<EvaluateResult>;
    callFunction(declaration: string, awaitPromise: boolean, options?: object): Promise<EvaluateResult>;
  };
}

/** BiDi's `script.EvaluateResult`: an exception or a serialised value. */
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

function evaluatedValue(answer: EvaluateResult): { type: string; value?: unknown } {
  if (answer.type !== 'success' || !answer.result)
    throw new Error(`Factlight tests: ${answer.exceptionDetails?.text ?? 'evaluation failed'}`);
  return answer.result;
}

function bidiContext(page: Page): BidiContext {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiContext }).browsingContext;
  if (!context) throw new Error('Factlight tests: not a WebDriver BiDi page');
  return context;
}

/**
 * Navigates with a raw BiDi `browsingContext.navigate`: `page.goto` never resolves for
 * moz-extension:// documents (Puppeteer sees no load events for them).
 */
export async function navigate(page: Page, url: string): Promise<void> {
  await bidiContext(page).navigate(url, 'complete');
}

/**
 * The open hover card of the page's main frame. Its shadow root is closed to the page, but BiDi
 * serialises an element's shadow root whatever its mode, so the card can be read through it.
 */
export async function readFirefoxCard(page: Page): Promise<CardSnapshot | null> {
  const realm = bidiContext(page).defaultRealm;
  const host = evaluatedValue(
    await realm.evaluate(`document.querySelector('factlight-card')`, false, {
      serializationOptions: { maxDomDepth: 0 },
      resultOwnership: 'none',
    }),
  );
  const shadowRoot = (host.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
  if (host.type !== 'node' || !shadowRoot?.sharedId) return null;
  const result = evaluatedValue(
    await realm.callFunction(
      `function () {
      const dialog = this.querySelector('[role="dialog"]');
      if (!dialog) return null;
      return JSON.stringify({ label: dialog.getAttribute('aria-label'), text: dialog.innerText || dialog.textContent || '',
        popoverOpen: this.host.matches(':popover-open') });
    }`,
      false,
      { this: { sharedId: shadowRoot.sharedId }, resultOwnership: 'none' },
    ),
  );
  return result.type === 'string' ? (JSON.parse(result.value as string) as CardSnapshot) : null;
}

/** Viewport centre of an element inside the open card's closed shadow root, or null. */
export async function cardElementCentre(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  const realm = bidiContext(page).defaultRealm;
  const host = evaluatedValue(
    await realm.evaluate(`document.querySelector('factlight-card')`, false, {
      serializationOptions: { maxDomDepth: 0 },
      resultOwnership: 'none',
    }),
  );
  const shadowRoot = (host.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
  if (host.type !== 'node' || !shadowRoot?.sharedId) return null;
  const result = evaluatedValue(
    await realm.callFunction(
      `function (selector) {
      const element = this.querySelector(selector);
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }`,
      false,
      {
        this: { sharedId: shadowRoot.sharedId },
        arguments: [{ type: 'string', value: selector }],
        resultOwnership: 'none',
      },
    ),
  );
  return result.type === 'string' ? (JSON.parse(result.value as string) as { x: number; y: number }) : null;
}

/**
 * Opens or closes Firefox's sidebar from a real mouse click in an extension page: Firefox allows
 * `sidebarAction.open/close` only inside a user input handler. Resolves with 'done' or the error.
 */
export async function sidebarFromUserClick(firefox: FirefoxWithExtension, action: 'open' | 'close'): Promise<string> {
  const page = await firefox.openExtensionPage('popup.html?probe=sidebar');
  try {
    await page.evaluate((action: string) => {
      const button = document.createElement('button');
      button.id = 'factlight-test-click';
      button.textContent = action;
      button.setAttribute('style', 'position:fixed;inset:0 auto auto 0;width:200px;height:60px;z-index:2147483647');
      button.addEventListener('click', () => {
        const sidebar = (globalThis as { browser?: any }).browser.sidebarAction;
        // Called synchronously in the handler: the user input only counts during the event.
        const call: Promise<void> = action === 'open' ? sidebar.open() : sidebar.close();
        call.then(
          () => button.setAttribute('data-result', 'done'),
          (error: unknown) =>
            button.setAttribute('data-result', `error: ${error instanceof Error ? error.message : String(error)}`),
        );
      });
      document.body.append(button);
    }, action);
    await page.click('#factlight-test-click');
    const until = Date.now() + 5_000;
    let result: string | null = null;
    while (result === null && Date.now() < until) {
      result = await page.evaluate(
        () => document.getElementById('factlight-test-click')?.getAttribute('data-result') ?? null,
      );
      if (result === null) await new Promise((r) => setTimeout(r, 100));
    }
    return result ?? 'no result';
  } finally {
    await page.close();
  }
}

/**
 * Evaluates `expression` in the browser window's own document (chrome://browser/content/browser.xhtml):
 * Firefox's menus and shortcut keys live there. Needs `--remote-allow-system-access` (set at launch).
 * Returns the string the expression evaluates to.
 */
export async function evaluateInBrowserWindow(firefox: FirefoxWithExtension, expression: string): Promise<string> {
  const connection = (
    firefox.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }
  ).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = (tree.result.contexts as { context: string; url: string }[]).find((c) =>
    c.url.endsWith('/browser.xhtml'),
  );
  if (!context) throw new Error('Factlight tests: no Firefox browser window');
  const answer = await connection.send('script.evaluate', {
    expression,
    target: { context: context.context },
    awaitPromise: true,
  });
  return String(evaluatedValue(answer.result as EvaluateResult).value);
}

/**
 * Launches Firefox ESR headless and installs the Firefox build as a temporary add-on (or nothing,
 * `withExtension: false`, for a reference browser); `extensionDir` installs another Firefox build.
 */
export async function launchFirefoxWithExtension(
  options: { withExtension?: boolean; prefs?: Record<string, unknown>; extensionDir?: string } = {},
): Promise<FirefoxWithExtension> {
  const withExtension = options.withExtension ?? true;
  const geckoId = buildGeckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153 opens moz-extension:// pages for a remote client only with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Nothing but 127.0.0.1 is reachable here: no update or telemetry pings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...options.prefs,
    },
  });
  let addonId = '';
  try {
    if (withExtension) addonId = await browser.installExtension(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    return page;
  };
  return {
    browser,
    addonId,
    origin,
    openPage: async (url) => {
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage: async (pathAndHash) => {
      const page = await newPage();
      await navigate(page, `${origin}/${pathAndHash.replace(/^\//, '')}`);
      return page;
    },
    close: () => browser.close(),
  };
}

/** Collects page errors and console errors of a page, for "no new error" checks. */
export function collectFirefoxErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
