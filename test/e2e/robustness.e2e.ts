// Chromium on saved real pages (scripts stripped, everything off 127.0.0.1 aborted), each loaded
// once without and once with the extension: the extension adds no page errors, no requests and
// no DOM changes, and its popup settles on "ready" or "unavailable".
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { resultPath } from './harness/artifacts';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { OVERLAY_SELECTOR, liveSnapshot, rangePoint } from './harness/page-probes';
import { factRowTexts, popupState } from './harness/popup-probes';
import type { Suite } from './harness/runner';
import { corpusPath } from './harness/server';
import { waitForTab } from './harness/tabs';
import { waitFor } from './harness/wait';

/** German and English, small and 1 MB+, news portals and a finance portal. */
const PAGES = [
  'shared/pages/de-faz-bankenpleite.html',
  'shared/pages/de-finanztreff-influencer.html',
  'shared/pages/en-cnbc-coty.html',
  'shared/pages/en-reuters-asian-shares.html',
  'shared/pages/en-fool-esports.html',
];

interface Observation {
  requests: string[];
  errors: string[];
  snapshot: string;
}

export function robustnessSuite(origin: string): Suite {
  return {
    name: 'Chromium: saved real pages',
    async run(check) {
      const baseline = new Map<string, Observation>();
      const plain = await launchChromium({ extensionDir: null });
      try {
        for (const path of PAGES) baseline.set(path, await observe(plain, origin + corpusPath(path, { stripped: true })));
      } finally {
        await plain.close();
      }

      const browser = await launchChromium();
      try {
        for (const path of PAGES) {
          const url = origin + corpusPath(path, { stripped: true });
          const name = path.split('/').pop() ?? path;
          const without = baseline.get(path) as Observation;
          await check(`${name}: popup settles; no page error, request or DOM change caused by the extension`, async () => {
            const observed = await observe(browser, url, async page => {
              const tabId = await waitForTab(browser.extension, url);
              const popup = await browser.openPopup(tabId);
              try {
                const state = await waitFor('popup settled', () => popup.evaluate(popupState, null), s => s === 'ready' || s === 'unavailable');
                const facts = await popup.evaluate(factRowTexts, '');
                console.log(`      popup ${state}, ${facts.length} fact rows`);
              } finally {
                await popup.close();
              }
              if (path === PAGES[0]) {
                // Scroll (no DOM change) to the first painted figure so the screenshot shows highlights.
                await page.evaluate(rangePoint, { name: 'snl-money', text: '' });
                await page.screenshot({ path: resultPath(`chromium-corpus-${name.replace(/\.html$/, '')}.png`), caret: 'initial' });
              }
            });
            assert.deepEqual(observed.errors.filter(error => !without.errors.includes(error)), [], 'errors only with the extension');
            assert.deepEqual(observed.requests.filter(request => !without.requests.includes(request)), [], 'requests only with the extension');
            assert.ok(observed.snapshot === without.snapshot, `live DOM differs from the load without the extension: ${firstDifference(without.snapshot, observed.snapshot)}`);
          });
        }
        await check('no extension context requested anything outside 127.0.0.1', () => {
          assert.deepEqual(browser.extensionRequests, []);
        });
      } finally {
        await browser.close();
      }
    },
  };
}

/** Loads a page until the network is idle, lets `during` act on it, and records what happened. */
async function observe(browser: ChromiumSession, url: string, during?: (page: Page) => Promise<void>): Promise<Observation> {
  const firstRequest = browser.externalRequests.length;
  const firstError = browser.pageErrors.length;
  const firstConsole = browser.consoleErrors.length;
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await during?.(page);
    return {
      requests: browser.externalRequests.slice(firstRequest),
      errors: [...browser.pageErrors.slice(firstError), ...browser.consoleErrors.slice(firstConsole)]
        .filter(error => error.startsWith(url)),
      snapshot: await page.evaluate(liveSnapshot, OVERLAY_SELECTOR),
    };
  } finally {
    await page.close();
  }
}

function firstDifference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at += 1;
  const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  return `at ${at}: without ${around(expected)}, with ${around(actual)}`;
}
