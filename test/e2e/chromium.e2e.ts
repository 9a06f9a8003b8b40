// Chromium: the demo article checks plus the real toolbar popup (action.openPopup + CDP).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { checkDemoArticle } from './checks/demo-article';
import { checkLiveSettings } from './checks/live-settings';
import { resultPath } from './harness/artifacts';
import { launchChromium, unpackedExtensionId } from './harness/chromium';
import { factRowTexts, popupState } from './harness/popup-probes';
import type { Suite } from './harness/runner';
import { waitFor } from './harness/wait';

export function chromiumSuite(origin: string): Suite {
  return {
    name: 'Chromium: demo article',
    async run(check) {
      const browser = await launchChromium();
      try {
        await check('extension id is the one derived from the dist path (used to pin the action)', () => {
          assert.equal(browser.extensionId, unpackedExtensionId(resolve('dist')));
        });
        const page = await checkDemoArticle(check, browser, origin);
        if (!page) return;
        await check('the real action popup shows the fact sheet of the tab in front', async () => {
          await page.bringToFront();
          const popup = await browser.openActionPopup();
          try {
            await waitFor('action popup ready', () => popup.evaluate(popupState, null), state => state === 'ready');
            const ratings = await popup.evaluate(factRowTexts, 'rating');
            assert.ok(ratings.some(text => text.includes('RBC') && text.includes('300')), `rating rows: ${JSON.stringify(ratings)}`);
            await popup.screenshot(resultPath('chromium-action-popup.png'));
          } finally {
            await popup.close();
          }
        });
        await checkLiveSettings(check, browser, origin);
      } finally {
        await browser.close();
      }
    },
  };
}
