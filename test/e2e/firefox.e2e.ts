// Firefox ESR: the same demo article checks over WebDriver BiDi, plus the strict-CSP page
// (Firefox applies a page's CSP to styles a content script inserts; Chromium does not).
import assert from 'node:assert/strict';
import { checkDemoArticle } from './checks/demo-article';
import { checkLiveSettings } from './checks/live-settings';
import { resultPath } from './harness/artifacts';
import { launchFirefox } from './harness/firefox';
import { RECORD_VIOLATIONS, highlightSize, violations } from './harness/page-probes';
import type { Suite } from './harness/runner';
import { fixturePath } from './harness/server';
import { waitFor } from './harness/wait';

export function firefoxSuite(origin: string): Suite {
  return {
    name: 'Firefox ESR: demo article, strict CSP',
    async run(check) {
      const browser = await launchFirefox();
      try {
        await checkDemoArticle(check, browser, origin);
        await checkLiveSettings(check, browser, origin);
        await check('a strict page CSP with Trusted Types: highlights painted, no violation caused', async () => {
          const page = await browser.newPage({ intercept: true });
          await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
          await page.goto(origin + fixturePath('strict-csp.html'), { waitUntil: 'load' });
          await waitFor('highlights under CSP', () => page.evaluate(highlightSize, 'snl-money'), size => size >= 3);
          await page.screenshot({ path: resultPath('firefox-strict-csp.png') });
          assert.deepEqual(await page.evaluate(violations), []);
          await page.close();
        });
      } finally {
        await browser.close();
      }
    },
  };
}
