// Launches Debian's Chromium through Playwright with the unpacked extension (E2E-RECIPE §3) in a
// fresh profile, every request outside 127.0.0.1 and the extension aborted and recorded.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { attachTarget } from './cdp-target';
import { OPTIONS_PATH, POPUP_PATH, type BrowserUnderTest, type Evaluator, type Probe, type TestPage, type WebPage } from './driver';
import { isAllowedUrl } from './network-guard';
import { goInHistory, pageLocation } from './page-probes';
import { historyTraversal, waitFor } from './wait';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumOptions {
  /** Unpacked extension to load; null launches a plain browser (baseline runs). */
  extensionDir?: string | null;
  headless?: boolean;
  /** Pin the action to the toolbar (only visible headed). */
  pin?: boolean;
  /** X display for a headed browser (defaults to $DISPLAY). */
  display?: string;
}

export interface ChromiumSession extends BrowserUnderTest {
  context: BrowserContext;
  extensionId: string;
  /** External requests made by the service worker or an extension page (also in externalRequests). */
  extensionRequests: string[];
  /** A Playwright page with the error listeners attached (for Chromium-only checks). */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** The real toolbar popup (`action.openPopup()`), for the tab currently in front. */
  openActionPopup(): Promise<TestPage>;
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium({ extensionDir = resolve('dist'), headless = true, pin = false, display }: ChromiumOptions = {}): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'snl-chromium-'));
  if (pin && extensionDir) await pinAction(profile, unpackedExtensionId(extensionDir));
  const args = extensionDir ? [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : FLAGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 900 },
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
  }).catch(async (error: unknown) => {
    await rm(profile, { recursive: true, force: true });
    throw error;
  });
  const session: ChromiumSession = {
    name: 'chromium',
    context,
    extensionId: '',
    externalRequests: [],
    extensionRequests: [],
    pageErrors: [],
    consoleErrors: [],
    extension: unavailableEvaluator,
    newPage: viewport => newPage(session, viewport),
    openPage: url => openPage(session, url),
    openPopup: async tabId => {
      const page = await newPage(session, { width: 420, height: 640 });
      await page.goto(`chrome-extension://${session.extensionId}/${POPUP_PATH}?tab=${tabId}`);
      return adapt(page);
    },
    openOptions: async () => {
      const page = await newPage(session, { width: 800, height: 700 });
      await page.goto(`chrome-extension://${session.extensionId}/${OPTIONS_PATH}`);
      return adapt(page);
    },
    openActionPopup: () => openActionPopup(session),
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
  try {
    await context.route(url => !isAllowedUrl(url.href), route => {
      const request = route.request();
      session.externalRequests.push(request.url());
      if (request.serviceWorker() || request.frame().url().startsWith('chrome-extension://')) {
        session.extensionRequests.push(request.url());
      }
      return route.abort('blockedbyclient');
    });
    if (extensionDir) {
      const worker = await extensionWorker(context);
      session.extensionId = new URL(worker.url()).host;
      session.extension = adaptWorker(worker);
    }
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

/** Chromium derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map(digit => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

async function pinAction(profile: string, extensionId: string): Promise<void> {
  await mkdir(join(profile, 'Default'), { recursive: true });
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const prefix = 'chrome-extension://';
  const found = context.serviceWorkers().find(worker => worker.url().startsWith(prefix));
  return found ?? context.waitForEvent('serviceworker', { predicate: worker => worker.url().startsWith(prefix), timeout: 15_000 });
}

async function newPage(session: ChromiumSession, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await session.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  page.on('pageerror', error => session.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('console', message => {
    if (message.type() === 'error') session.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

async function openPage(session: ChromiumSession, url: string): Promise<WebPage> {
  const page = await newPage(session);
  await page.goto(url, { waitUntil: 'load' });
  // Not page.goBack(): Playwright does not follow back/forward-cache restores (see its docs).
  const traverse = historyTraversal(
    step => page.evaluate(goInHistory, step),
    () => page.evaluate(pageLocation),
  );
  return {
    ...adapt(page),
    goto: async target => {
      await page.goto(target, { waitUntil: 'load' });
    },
    goBack: expected => traverse(-1, expected),
    goForward: expected => traverse(1, expected),
  };
}

async function openActionPopup(session: ChromiumSession): Promise<TestPage> {
  const browser = session.context.browser();
  if (!browser) throw new Error('persistent context exposes no browser for CDP');
  const cdp = await browser.newBrowserCDPSession();
  const popupUrl = `chrome-extension://${session.extensionId}/${POPUP_PATH}`;
  const known = new Set((await cdp.send('Target.getTargets')).targetInfos.map(info => info.targetId));
  await session.extension.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(), null);
  const target = await waitFor('the action popup target', async () =>
    (await cdp.send('Target.getTargets')).targetInfos.find(info => info.url === popupUrl && !known.has(info.targetId)),
  info => info !== undefined);
  return attachTarget(cdp, (target as { targetId: string }).targetId);
}

export function adapt(page: Page): TestPage {
  return {
    evaluate: <A, R>(probe: Probe<A, R>, arg: A) => page.evaluate(probe as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    click: selector => page.click(selector),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    screenshot: async path => {
      // The default caret hiding styles focused inputs (style="" is left behind): keep the DOM as it is.
      await page.screenshot({ path, caret: 'initial' });
    },
    close: () => page.close(),
  };
}

function adaptWorker(worker: Worker): Evaluator {
  return {
    evaluate: <A, R>(probe: Probe<A, R>, arg: A) => worker.evaluate(probe as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
  };
}

const unavailableEvaluator: Evaluator = {
  evaluate: () => Promise.reject(new Error('no extension loaded in this browser')),
};
