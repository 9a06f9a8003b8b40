// Chromium headed on a private Xvfb screen with the action pinned: the promo badge is visible as
// red pixels in the toolbar, and gone when promo detection is switched off.
import { writeFile } from 'node:fs/promises';
import { DEMO_PATH, DEMO_PROMOS } from './checks/demo-article';
import { resultPath } from './harness/artifacts';
import { launchChromium } from './harness/chromium';
import { badgeText, writeSettings } from './harness/extension-scope';
import { countColour, crop, encodePng, type Raster } from './harness/raster';
import type { Suite } from './harness/runner';
import { waitForTab } from './harness/tabs';
import { waitFor } from './harness/wait';
import { startXvfb } from './harness/xvfb';

const BADGE_COLOUR = '#c5221f';
const TOOLBAR_HEIGHT = 100;
/** A badge with one digit covers well over this many pixels; anti-aliased edges alone do not. */
const BADGE_PIXELS = 30;

export function toolbarBadgeSuite(origin: string): Suite {
  return {
    name: 'Chromium headed (Xvfb): toolbar badge',
    async run(check) {
      const screen = await startXvfb();
      try {
        const browser = await launchChromium({ headless: false, pin: true, display: screen.display });
        try {
          const url = origin + DEMO_PATH;
          const page = await browser.openPage(url);
          const tabId = await waitForTab(browser.extension, url);
          await page.bringToFront();
          const toolbar = async (): Promise<Raster> => crop(await screen.grab(), TOOLBAR_HEIGHT);

          await check('the pinned action shows the red promo badge in the toolbar', async () => {
            await waitFor('badge text', () => browser.extension.evaluate(badgeText, tabId), text => text === DEMO_PROMOS);
            const shown = await waitFor('red badge pixels', toolbar, image => countColour(image, BADGE_COLOUR) >= BADGE_PIXELS);
            await writeFile(resultPath('chromium-toolbar-badge.png'), encodePng(shown));
          });

          await check('promo detection off removes the badge from the toolbar', async () => {
            await browser.extension.evaluate(writeSettings, { version: 1, highlights: true, promos: false, promoDisplay: 'off', sites: {} });
            await waitFor('badge cleared', () => browser.extension.evaluate(badgeText, tabId), text => text === '');
            const hidden = await waitFor('no red badge pixels', toolbar, image => countColour(image, BADGE_COLOUR) < BADGE_PIXELS / 3);
            await writeFile(resultPath('chromium-toolbar-no-badge.png'), encodePng(hidden));
          });
        } finally {
          await browser.close();
        }
      } finally {
        await screen.close();
      }
    },
  };
}
