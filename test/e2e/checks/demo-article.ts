// The checks on the seed demo article, run unchanged in Chromium and Firefox: highlights in the
// page, the popup's fact sheet, the promo badge, switches applied without reload, DOM identity.
import assert from 'node:assert/strict';
import { resultPath } from '../harness/artifacts';
import type { BrowserUnderTest, TestPage } from '../harness/driver';
import { badgeText, findTabByUrl } from '../harness/extension-scope';
import { OVERLAY_SELECTOR, hasHighlight, highlightTexts, hoverCardText, liveSnapshot, markPage, pageToken, pristineSnapshot, rangePoint } from '../harness/page-probes';
import { factRowTexts, isChecked, popupState } from '../harness/popup-probes';
import type { Check } from '../harness/runner';
import { waitFor } from '../harness/wait';

export const DEMO_PATH = '/demo/amazon-aktie.html';
/** The seed page's two promotional teasers (inline teaser + promo box). */
export const DEMO_PROMOS = '2';
const TOGGLE_CYCLES = 10;

export interface DemoState {
  page: TestPage;
  popup: TestPage;
  tabId: number;
}

/** Opens the demo, runs every shared check; returns what browser-specific checks build on. */
export async function checkDemoArticle(check: Check, browser: BrowserUnderTest, origin: string): Promise<DemoState | undefined> {
  const url = origin + DEMO_PATH;
  const page = await browser.openPage(url);
  const shot = (name: string): string => resultPath(`${browser.name}-${name}.png`);
  let tabId = -1;
  let popup: TestPage | undefined;

  await check('money figures are highlighted in the page', async () => {
    const texts = await waitFor('snl-money highlight', () => page.evaluate(highlightTexts, 'snl-money'), found => (found?.length ?? 0) >= 6);
    assert.ok(texts, 'snl-money is registered');
    assert.ok(texts.includes('50 Milliarden Dollar'), `ranges: ${JSON.stringify(texts)}`);
    assert.ok(texts.some(text => text.includes('239,30 Dollar')), `ranges: ${JSON.stringify(texts)}`);
    await page.screenshot(shot('demo-page'));
  });

  await check('the content script answers get-fact-sheet for the tab', async () => {
    tabId = await waitFor('the demo tab', () => browser.extension.evaluate(findTabByUrl, url), id => id !== null) as number;
    assert.ok(tabId > 0);
  });

  await check(`toolbar badge shows ${DEMO_PROMOS} promo teasers`, async () => {
    await waitFor('badge text', () => browser.extension.evaluate(badgeText, tabId), text => text === DEMO_PROMOS);
  });

  await check('popup (?tab=) lists the RBC rating with its 300-dollar target and the 239,30 close', async () => {
    popup = await browser.openPopup(tabId);
    await waitFor('popup ready', () => popup!.evaluate(popupState, null), state => state === 'ready');
    const ratings = await popup.evaluate(factRowTexts, 'rating');
    assert.ok(ratings.some(text => text.includes('RBC') && text.includes('300')), `rating rows: ${JSON.stringify(ratings)}`);
    const money = await popup.evaluate(factRowTexts, 'money');
    assert.ok(money.some(text => text.includes('239,30')), `money rows: ${JSON.stringify(money)}`);
    await popup.screenshot(shot('popup'));
  });
  if (!popup || tabId < 0) return undefined;
  const openPopup = popup;

  await page.evaluate(markPage, 'not reloaded');
  const notReloaded = async (): Promise<void> => assert.equal(await page.evaluate(pageToken, null), 'not reloaded', 'the page was reloaded');
  const badge = (): Promise<string> => browser.extension.evaluate(badgeText, tabId);

  await check('promo switch off clears the badge, on restores it, without reload', async () => {
    // A background tab's timers are throttled to 1/s, which would slow the popup's rendering.
    await openPopup.bringToFront();
    const before = await badge();
    assert.notEqual(before, '', 'a badge before the switch');
    assert.equal(await openPopup.evaluate(isChecked, '[data-testid="toggle-promos"]'), true);
    await openPopup.click('[data-testid="toggle-promos"]');
    await waitFor('badge cleared', badge, text => text === '');
    await openPopup.click('[data-testid="toggle-promos"]');
    await waitFor('badge restored', badge, text => text === before);
    await notReloaded();
  });

  await check('hover card shows the normalised value over a highlighted amount', async () => {
    const point = await page.evaluate(rangePoint, { name: 'snl-money', text: '50 Milliarden Dollar' });
    assert.ok(point, 'an on-screen rect for "50 Milliarden Dollar"');
    await page.bringToFront();
    await page.mouseMove(point.x - 30, point.y - 40);
    await page.mouseMove(point.x, point.y);
    const card = await waitFor('hover card', () => page.evaluate(hoverCardText, OVERLAY_SELECTOR), text => text !== '');
    assert.match(card, /50/, `card: ${card}`);
    await page.screenshot(shot('hover-card'));
  });

  await check(`highlight switch: off removes the highlights, ${TOGGLE_CYCLES} cycles leave the DOM byte-identical`, async () => {
    await openPopup.bringToFront();
    const pristine = await page.evaluate(pristineSnapshot, null);
    assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs while painted');
    for (let cycle = 0; cycle < TOGGLE_CYCLES; cycle += 1) {
      await openPopup.click('[data-testid="toggle-highlights"]');
      await waitFor('highlights removed', () => page.evaluate(hasHighlight, 'snl-money'), has => !has);
      await openPopup.click('[data-testid="toggle-highlights"]');
      await waitFor('highlights back', () => page.evaluate(hasHighlight, 'snl-money'), has => has);
    }
    await openPopup.click('[data-testid="toggle-highlights"]');
    await waitFor('highlights removed', () => page.evaluate(hasHighlight, 'snl-money'), has => !has);
    assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs after the cycles');
    await notReloaded();
    await openPopup.click('[data-testid="toggle-highlights"]');
    await waitFor('highlights back', () => page.evaluate(hasHighlight, 'snl-money'), has => has);
  });

  await check('no request left 127.0.0.1 or the extension', () => {
    assert.deepEqual(browser.externalRequests, []);
  });

  return { page, popup: openPopup, tabId };
}
