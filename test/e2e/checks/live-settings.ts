// Settings changed through the real UI reach an open demo tab at once (no reload), run unchanged in
// Chromium and Firefox: the popup's "This site" switches, the options page's promo display choice,
// and the badge following the tab as it navigates away from the demo and back.
import assert from 'node:assert/strict';
import { resultPath } from '../harness/artifacts';
import type { BrowserUnderTest, TestPage } from '../harness/driver';
import { badgeText, findTabByUrl, readSettings } from '../harness/extension-scope';
import { OVERLAY_SELECTOR, adoptedSheetCount, hasHighlight, liveSnapshot, markPage, ourHighlights, pageToken, pristineSnapshot, promoBlockStyles, scrollToLast, type PromoBlockStyle } from '../harness/page-probes';
import { isChecked, popupState, promoRowCount } from '../harness/popup-probes';
import type { Check } from '../harness/runner';
import { BFCACHE_PARAM, fixturePath } from '../harness/server';
import { waitForTab } from '../harness/tabs';
import { waitFor } from '../harness/wait';
import { DEMO_PATH, DEMO_PROMOS } from './demo-article';

const HOST = '127.0.0.1';
/** src/dom/promos/dim-promos.ts PROMO_ATTRIBUTE: the one attribute promo display writes. */
const PROMO_ATTRIBUTE = 'data-stock-news-lens-promo';
const TOGGLE_PROMOS = '[data-testid="toggle-promos"]';
const TOGGLE_PROMOS_SITE = '[data-testid="toggle-promos-site"]';
const TOGGLE_HIGHLIGHTS = '[data-testid="toggle-highlights"]';
const TOGGLE_HIGHLIGHTS_SITE = '[data-testid="toggle-highlights-site"]';
const PROMO_REVEAL = 'snl-promo-reveal';
const displayChoice = (mode: string): string => `[data-testid="promoDisplay-${mode}"]`;

interface StoredSettings {
  highlights: boolean;
  promos: boolean;
  promoDisplay: string;
  sites: Record<string, { highlights?: boolean; promos?: boolean }>;
}

export async function checkLiveSettings(check: Check, browser: BrowserUnderTest, origin: string): Promise<void> {
  // Its own tab (a query the server ignores), so the tab probe cannot find the demo-article tab.
  // ?bfcache: allowed into the back/forward cache, so history back can take that path too.
  const url = `${origin}${DEMO_PATH}?live-settings&${BFCACHE_PARAM}`;
  const plainUrl = `${origin}${fixturePath('plain.html')}?${BFCACHE_PARAM}`;
  const page = await browser.openPage(url);
  const shot = (name: string): string => resultPath(`${browser.name}-${name}.png`);
  const stored = async (): Promise<StoredSettings> => (await browser.extension.evaluate(readSettings, null)) as StoredSettings;

  let found: number | undefined;
  let opened: TestPage | undefined;
  await check('live settings: a second demo tab gets its badge and its popup', async () => {
    found = await waitForTab(browser.extension, url);
    const id = found;
    await waitFor('badge text', () => browser.extension.evaluate(badgeText, id), text => text === DEMO_PROMOS);
    const popup = await browser.openPopup(id);
    opened = popup;
    await waitFor('popup ready', () => popup.evaluate(popupState, null), state => state === 'ready');
  });
  if (found === undefined || !opened) return;
  const tab = found;
  const popup = opened;
  const badge = (): Promise<string> => browser.extension.evaluate(badgeText, tab);
  const highlighted = (): Promise<boolean> => page.evaluate(hasHighlight, 'snl-money');
  await page.evaluate(markPage, 'not reloaded');
  const notReloaded = async (): Promise<void> => assert.equal(await page.evaluate(pageToken, null), 'not reloaded', 'the page was reloaded');

  await check('popup "This site" promo switch: off clears the badge and the promo marks at once, "All sites" stays on; on restores', async () => {
    await popup.bringToFront();
    assert.equal(await popup.evaluate(isChecked, TOGGLE_PROMOS), true);
    assert.equal(await popup.evaluate(isChecked, TOGGLE_PROMOS_SITE), true);
    const rows = await popup.evaluate(promoRowCount, null);
    assert.equal(String(rows), DEMO_PROMOS, 'promo rows in the popup');
    // A promo mark in the page: the teaser "Show" paints.
    await popup.click('[data-testid="promo"] [data-testid="promo-reveal"]');
    await waitFor('promo reveal highlight', () => page.evaluate(hasHighlight, PROMO_REVEAL), has => has);

    await popup.click(TOGGLE_PROMOS_SITE);
    await waitFor('badge cleared', badge, text => text === '');
    await waitFor('promo mark removed', () => page.evaluate(hasHighlight, PROMO_REVEAL), has => !has);
    await waitFor('popup lists no promos', () => popup.evaluate(promoRowCount, null), count => count === 0);
    assert.equal(await popup.evaluate(isChecked, TOGGLE_PROMOS_SITE), false);
    assert.equal(await popup.evaluate(isChecked, TOGGLE_PROMOS), true, '"All sites" promo switch changed');
    const off = await stored();
    assert.equal(off.promos, true, 'global promo setting changed');
    assert.deepEqual(off.sites[HOST], { promos: false });
    assert.equal(await highlighted(), true, 'highlights went with the promo switch');

    await popup.click(TOGGLE_PROMOS_SITE);
    await waitFor('badge restored', badge, text => text === DEMO_PROMOS);
    await waitFor('popup lists the promos again', () => popup.evaluate(promoRowCount, null), count => count === rows);
    assert.equal(await popup.evaluate(isChecked, TOGGLE_PROMOS_SITE), true);
    // Back to the global value: the override is dropped, not kept as "on".
    assert.deepEqual((await stored()).sites, {});
    await notReloaded();
  });

  await check('popup "This site" highlight switch: off removes every highlight (DOM byte-identical), "All sites" stays on; on restores', async () => {
    await popup.bringToFront();
    const pristine = await page.evaluate(pristineSnapshot, null);
    const sheets = await page.evaluate(adoptedSheetCount, null);
    assert.equal(await highlighted(), true, 'highlights before the switch');
    assert.equal(await popup.evaluate(isChecked, TOGGLE_HIGHLIGHTS_SITE), true);

    await popup.click(TOGGLE_HIGHLIGHTS_SITE);
    await waitFor('highlights removed', highlighted, has => !has);
    assert.deepEqual(await page.evaluate(ourHighlights, 'snl-'), []);
    assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs with highlights off for the site');
    assert.equal(await popup.evaluate(isChecked, TOGGLE_HIGHLIGHTS), true, '"All sites" highlight switch changed');
    const off = await stored();
    assert.equal(off.highlights, true, 'global highlight setting changed');
    assert.deepEqual(off.sites[HOST], { highlights: false });
    assert.equal(await badge(), DEMO_PROMOS, 'promo badge went with the highlight switch');

    await popup.click(TOGGLE_HIGHLIGHTS_SITE);
    await waitFor('highlights back', highlighted, has => has);
    assert.equal(await page.evaluate(adoptedSheetCount, null), sheets, 'adopted stylesheets pile up or vanish');
    assert.deepEqual((await stored()).sites, {});
    await notReloaded();
  });

  let options: TestPage | undefined;
  await check('options page promo display: "dim" dims the flagged teasers at once, "collapse" collapses them, "off" restores the page exactly', async () => {
    const optionsPage = await browser.openOptions();
    options = optionsPage;
    await optionsPage.bringToFront();
    await waitFor('options form', () => optionsPage.evaluate(isChecked, displayChoice('off')), checked => checked === true);
    const pristine = await page.evaluate(pristineSnapshot, null);
    assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs before the display choice');
    const sheets = await page.evaluate(adoptedSheetCount, null);
    const blocks = (): Promise<PromoBlockStyle[]> => page.evaluate(promoBlockStyles, PROMO_ATTRIBUTE);

    await optionsPage.click(displayChoice('dim'));
    await page.bringToFront();
    const dimmed = await waitFor('dimmed teasers', blocks,
      found => String(found.length) === DEMO_PROMOS && found.every(block => block.mode === 'dim' && block.opacity < 1));
    assert.ok(dimmed.every(block => block.overflow !== 'hidden'), `dim must not clip: ${JSON.stringify(dimmed)}`);
    assert.equal((await stored()).promoDisplay, 'dim');
    await notReloaded();
    await page.evaluate(scrollToLast, `[${PROMO_ATTRIBUTE}]`);
    // The screenshot shows the end of the 0.2 s fade, not a frame of it.
    await waitFor('fade finished', blocks, found => found.every(block => block.opacity <= 0.36));
    await page.screenshot(shot('promo-dim'));

    await optionsPage.bringToFront();
    await optionsPage.click(displayChoice('collapse'));
    await page.bringToFront();
    const collapsed = await waitFor('collapsed teasers', blocks,
      found => String(found.length) === DEMO_PROMOS && found.every(block => block.mode === 'collapse'
        && block.overflow === 'hidden' && block.maxHeight !== 'none' && block.contentHeight <= parseFloat(block.maxHeight) + 0.5));
    // Dimming does not change layout, so the dimmed heights are the open ones: a teaser taller than
    // the limit is cut to it, a one-line teaser keeps its height.
    const detail = `collapsed ${JSON.stringify(collapsed)}, open ${JSON.stringify(dimmed)}`;
    let shrunk = 0;
    collapsed.forEach((block, index) => {
      const open = dimmed[index] as PromoBlockStyle;
      const limit = parseFloat(block.maxHeight);
      if (open.contentHeight > limit + 0.5) {
        shrunk += 1;
        assert.ok(Math.abs(block.contentHeight - limit) <= 0.5 && block.height < open.height, detail);
      } else {
        assert.ok(Math.abs(block.height - open.height) <= 0.5, detail);
      }
    });
    assert.ok(shrunk > 0, `no teaser was taller than the limit: ${detail}`);
    await page.evaluate(scrollToLast, `[${PROMO_ATTRIBUTE}]`);
    await page.screenshot(shot('promo-collapse'));

    await optionsPage.bringToFront();
    await optionsPage.click(displayChoice('off'));
    await waitFor('teasers restored', blocks, found => found.length === 0);
    assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs after display off');
    assert.equal(await page.evaluate(adoptedSheetCount, null), sheets, 'the promo stylesheet was not taken out');
    assert.equal(await badge(), DEMO_PROMOS, 'display choice changed the badge');
    assert.equal((await stored()).promoDisplay, 'off');
    await notReloaded();
  });
  if (options) {
    const optionsPage = options;
    await check('with "dim" chosen, the popup "This site" promo switch un-dims the teasers at once (DOM as sent) and dims them again', async () => {
      const pristine = await page.evaluate(pristineSnapshot, null);
      const sheets = await page.evaluate(adoptedSheetCount, null);
      const blocks = (): Promise<PromoBlockStyle[]> => page.evaluate(promoBlockStyles, PROMO_ATTRIBUTE);
      await optionsPage.bringToFront();
      await optionsPage.click(displayChoice('dim'));
      await waitFor('dimmed teasers', blocks, found => String(found.length) === DEMO_PROMOS && found.every(block => block.mode === 'dim'));

      await popup.bringToFront();
      await popup.click(TOGGLE_PROMOS_SITE);
      await waitFor('teasers un-dimmed', blocks, found => found.length === 0);
      await waitFor('badge cleared', badge, text => text === '');
      assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs with promos off for the site');
      assert.equal(await page.evaluate(adoptedSheetCount, null), sheets, 'the promo stylesheet was not taken out');
      const off = await stored();
      assert.deepEqual([off.promos, off.promoDisplay, off.sites[HOST]], [true, 'dim', { promos: false }]);

      await popup.click(TOGGLE_PROMOS_SITE);
      await waitFor('teasers dimmed again', blocks, found => String(found.length) === DEMO_PROMOS && found.every(block => block.mode === 'dim'));
      await waitFor('badge restored', badge, text => text === DEMO_PROMOS);

      await optionsPage.bringToFront();
      await optionsPage.click(displayChoice('off'));
      await waitFor('teasers restored', blocks, found => found.length === 0);
      assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs after display off');
      assert.equal(await page.evaluate(adoptedSheetCount, null), sheets, 'adopted stylesheets pile up or vanish');
      const back = await stored();
      assert.deepEqual([back.promoDisplay, back.sites], ['off', {}]);
      await notReloaded();
    });
    await optionsPage.close();
  }

  await check('badge: cleared when the tab navigates to a page without promos, back on returning to the demo (history and link)', async () => {
    await page.bringToFront();
    await page.goto(plainUrl);
    // The same tab now answers for the plain page; its badge must be empty, not the demo's.
    await waitFor('the plain page in the same tab', () => browser.extension.evaluate(findTabByUrl, plainUrl), id => id === tab);
    await waitFor('badge cleared on the plain page', badge, text => text === '');

    await page.goBack(url);
    await waitFor('badge back after history back', badge, text => text === DEMO_PROMOS);
    await waitFor('highlights after history back', highlighted, has => has);
    // Playwright turns the back/forward cache off; Firefox may restore the page from it (then the
    // content script re-reports on pageshow). Either way the badge must come back: say which it was.
    const restored = await page.evaluate(pageToken, null) === 'not reloaded';
    console.log(`      history back: ${restored ? 'restored from the back/forward cache' : 'loaded afresh'}`);

    await page.goForward(plainUrl);
    await waitFor('the plain page again', () => browser.extension.evaluate(findTabByUrl, plainUrl), id => id === tab);
    await waitFor('badge cleared after history forward', badge, text => text === '');

    await page.goto(url);
    await waitFor('the demo in the same tab', () => browser.extension.evaluate(findTabByUrl, url), id => id === tab);
    await waitFor('badge back after a fresh load', badge, text => text === DEMO_PROMOS);
  });

  await check('live settings: no page errors or console errors', () => {
    assert.deepEqual([...browser.pageErrors, ...browser.consoleErrors], []);
  });
  await popup.close();
  await page.close();
}
