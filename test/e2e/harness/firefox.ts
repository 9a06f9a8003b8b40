// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi with the Firefox build
// installed as a temporary add-on under a pinned internal UUID (E2E-RECIPE §5.3).
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { OPTIONS_PATH, POPUP_PATH, type BrowserUnderTest, type Probe, type TestPage, type WebPage } from './driver';
import { isAllowedUrl } from './network-guard';
import { goInHistory, pageLocation } from './page-probes';
import { historyTraversal, waitFor } from './wait';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'stock-news-lens@example.invalid';
const EXTENSION_UUID = '5e1f0c2a-7b3d-4e9a-8c6f-2d4b1a9e7c30';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession extends BrowserUnderTest {
  browser: Browser;
  /** A puppeteer page with the error listeners and, for web pages, the network rule attached. */
  newPage(options?: PageOptions): Promise<Page>;
}

interface PageOptions {
  intercept?: boolean;
  viewport?: { width: number; height: number };
}

/** `extensionDir` null: a plain browser without the add-on (benchmarks). */
export async function launchFirefox(extensionDir: string | null = resolve('dist-firefox')): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  const session: FirefoxSession = {
    name: 'firefox',
    browser,
    externalRequests: [],
    pageErrors: [],
    consoleErrors: [],
    extension: { evaluate: () => Promise.reject(new Error('extension not installed yet')) },
    newPage: options => newPage(session, options),
    openPage: async url => {
      const page = await newPage(session, { intercept: true });
      await page.goto(url, { waitUntil: 'load' });
      return adaptWeb(page);
    },
    openPopup: async tabId => adapt(await openExtensionPage(session, `${EXTENSION_ORIGIN}/${POPUP_PATH}?tab=${tabId}`, { width: 420, height: 640 })),
    openOptions: async () => adapt(await openExtensionPage(session, `${EXTENSION_ORIGIN}/${OPTIONS_PATH}`, { width: 800, height: 700 })),
    close: () => browser.close().catch(() => undefined),
  };
  if (!extensionDir) return session;
  try {
    await browser.installExtension(extensionDir);
    // Any extension page can call browser.*; the popup aimed at itself is one we have anyway.
    session.extension = adapt(await openExtensionPage(session, `${EXTENSION_ORIGIN}/${POPUP_PATH}`));
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

async function newPage(session: FirefoxSession, { intercept = false, viewport = { width: 1280, height: 900 } }: PageOptions = {}): Promise<Page> {
  const page = await session.browser.newPage();
  await setViewport(page, viewport);
  page.on('pageerror', error => session.pageErrors.push(`${page.url()}: ${String(error)}`));
  page.on('console', message => {
    if (message.type() === 'error') session.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  if (intercept) {
    await page.setRequestInterception(true);
    page.on('request', request => {
      if (isAllowedUrl(request.url())) return void request.continue();
      session.externalRequests.push(request.url());
      void request.abort('blockedbyclient');
    });
  }
  return page;
}

/**
 * puppeteer 24.43's setViewport sends `browsingContext.setViewport` together with
 * `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does not know ("unknown command")
 * and which rejects the whole call. Tolerate exactly that error, as puppeteer itself does for
 * `emulation.setTouchOverride`, and then require the page to have the size that was asked for.
 */
async function setViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(viewport);
    return;
  } catch (error) {
    if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
  }
  await waitFor(
    `a ${viewport.width}×${viewport.height} viewport`,
    () => page.evaluate(() => [window.innerWidth, window.innerHeight]),
    ([width, height]) => width === viewport.width && height === viewport.height,
  );
}

/** `goto` to a moz-extension URL never resolves over BiDi although the page loads: wait for the page instead. */
async function openExtensionPage(session: FirefoxSession, url: string, viewport?: PageOptions['viewport']): Promise<Page> {
  const page = await newPage(session, viewport ? { viewport } : {});
  page.goto(url).catch(() => undefined);
  // Not page.waitForFunction: its poller builds the predicate with `new Function`, which the
  // extension pages' CSP blocks in Firefox ESR 140 ("call to Function() blocked by CSP").
  await waitFor(
    `${url} to load`,
    () => page.evaluate(pageLocation),
    ({ href, state }) => href === url && state !== 'loading',
    { timeoutMs: 15_000 },
  );
  return page;
}

function adaptWeb(page: Page): WebPage {
  // Navigate from the page itself, then poll: a back/forward-cache restore fires no load event, and
  // after one puppeteer's own page.goto waits for a load it never sees (30 s timeout).
  const traverse = historyTraversal(
    step => page.evaluate(goInHistory, step),
    () => page.evaluate(pageLocation),
  );
  return {
    ...adapt(page),
    goto: async target => {
      // The expando marks the document being left, so a reload of the same URL is not taken for done.
      await page.evaluate(url => {
        (window as unknown as { snlLeaving?: boolean }).snlLeaving = true;
        location.href = url;
      }, target);
      await waitFor(`navigation to ${target}`, () => page.evaluate(() => ({
        href: location.href, state: document.readyState, leaving: (window as unknown as { snlLeaving?: boolean }).snlLeaving === true,
      })), ({ href, state, leaving }) => href === target && state === 'complete' && !leaving);
    },
    goBack: expected => traverse(-1, expected),
    goForward: expected => traverse(1, expected),
  };
}

function adapt(page: Page): TestPage {
  return {
    evaluate: <A, R>(probe: Probe<A, R>, arg: A) => page.evaluate(probe as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    click: selector => page.click(selector),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    screenshot: async path => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}
