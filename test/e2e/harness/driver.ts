// The small surface the shared checks drive, implemented once for Playwright (Chromium) and once
// for puppeteer over WebDriver BiDi (Firefox), so every assertion is written a single time.

/** The popup's path inside both builds (manifest action.default_popup). */
export const POPUP_PATH = 'src/popup/index.html';
/** The options page's path inside both builds (manifest options_ui.page). */
export const OPTIONS_PATH = 'src/options/index.html';

/** A function serialised into the browser: no closures, no named inner functions. */
export type Probe<A, R> = (arg: A) => R | Promise<R>;

export interface Evaluator {
  evaluate<A, R>(probe: Probe<A, R>, arg: A): Promise<R>;
}

export interface TestPage extends Evaluator {
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A web page's tab, navigated in place (same tab id) like a reader following links. */
export interface WebPage extends TestPage {
  /** Navigates this tab and waits for the load event. */
  goto(url: string): Promise<void>;
  /** History back / forward in this tab; waits until location.href is `expected`. */
  goBack(expected: string): Promise<void>;
  goForward(expected: string): Promise<void>;
}

export interface BrowserUnderTest {
  name: 'chromium' | 'firefox';
  /** A context with the extension APIs: the service worker (Chromium) or an extension page (Firefox). */
  extension: Evaluator;
  /** Opens a page served by the test server and waits for its load event. */
  openPage(url: string): Promise<WebPage>;
  /** The popup opened as a tab, aimed at `tabId` with the `?tab=` override. */
  openPopup(tabId: number): Promise<TestPage>;
  /** The options page opened as a tab. */
  openOptions(): Promise<TestPage>;
  /** Requests to anything but 127.0.0.1 and the extension's origin (all aborted). */
  externalRequests: string[];
  /** Uncaught errors reported by pages, and console errors (our content script logs there). */
  pageErrors: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}
