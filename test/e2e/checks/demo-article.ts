// The checks on the seed demo article, run unchanged in Chromium and Firefox: highlights in the
// page, the popup's fact sheet, the promo badge, switches applied without reload, DOM identity.
import assert from 'node:assert/strict';
import { resultPath } from '../harness/artifacts';
import type { BrowserUnderTest, TestPage } from '../harness/driver';
import { badgeText } from '../harness/extension-scope';
import { OVERLAY_SELECTOR, adoptedSheetCount, hasHighlight, highlightTexts, hoverCardText, liveSnapshot, markPage, ourHighlights, pageToken, pristineSnapshot, rangePoint } from '../harness/page-probes';
import { factRowTexts, isChecked, popupState } from '../harness/popup-probes';
import type { Check } from '../harness/runner';
import { waitForTab } from '../harness/tabs';
import { waitFor } from '../harness/wait';

export const DEMO_PATH = '/demo/amazon-aktie.html';
/** The seed page's two promotional teasers (inline teaser + promo box). */
export const DEMO_PROMOS = '2';
const TOGGLE_CYCLES = 10;
const TOGGLE_PROMOS = '[data-testid="toggle-promos"]';
const TOGGLE_HIGHLIGHTS = '[data-testid="toggle-highlights"]';

/** Opens the demo and runs every shared check; returns the article page for browser-specific checks. */
export async function checkDemoArticle(check: Check, browser: BrowserUnderTest, origin: string): Promise<TestPage | undefined> {
  const url = origin + DEMO_PATH;
  const page = await browser.openPage(url);
  const shot = (name: string): string => resultPath(`${browser.name}-${name}.png`);

  await check('money figures are highlighted in the page', async () => {
    const texts = await waitFor('snl-money highlight', () => page.evaluate(highlightTexts, 'snl-money'),
      (found): found is string[] => (found?.length ?? 0) >= 6);
    assert.ok(texts.includes('50 Milliarden Dollar'), `ranges: ${JSON.stringify(texts)}`);
    assert.ok(texts.some(text => text.includes('239,30 Dollar')), `ranges: ${JSON.stringify(texts)}`);
    await page.screenshot(shot('demo-page'));
  });

  let tabId: number | undefined;
  await check('the content script answers get-fact-sheet for the tab', async () => {
    tabId = await waitForTab(browser.extension, url);
  });
  if (tabId === undefined) return undefined;
  const tab = tabId;
  const badge = (): Promise<string> => browser.extension.evaluate(badgeText, tab);

  await check(`toolbar badge shows ${DEMO_PROMOS} promo teasers`, async () => {
    await waitFor('badge text', badge, text => text === DEMO_PROMOS);
  });

  let opened: TestPage | undefined;
  await check('popup (?tab=) lists the RBC rating with its 300-dollar target and the 239,30 close', async () => {
    const candidate = await browser.openPopup(tab);
    opened = candidate;
    await waitFor('popup ready', () => candidate.evaluate(popupState, null), state => state === 'ready');
    const ratings = await candidate.evaluate(factRowTexts, 'rating');
    assert.ok(ratings.some(text => text.includes('RBC') && text.includes('300')), `rating rows: ${JSON.stringify(ratings)}`);
    const money = await candidate.evaluate(factRowTexts, 'money');
    assert.ok(money.some(text => text.includes('239,30')), `money rows: ${JSON.stringify(money)}`);
    await candidate.screenshot(shot('popup'));
  });
  if (!opened) return undefined;
  const popup = opened;

  await check('"Show" in the popup marks a promo teaser and a fact in the page', async () => {
    await popup.click('[data-testid="promo"] [data-testid="promo-reveal"]');
    const promo = await waitFor('promo reveal highlight', () => page.evaluate(highlightTexts, 'snl-promo-reveal'),
      (texts): texts is string[] => (texts?.length ?? 0) > 0);
    assert.match(promo.join(' '), /verkaufen/i, `revealed: ${JSON.stringify(promo)}`);
    await popup.click('[data-testid="fact"][data-kind="money"] button');
    const fact = await waitFor('fact reveal highlight', () => page.evaluate(highlightTexts, 'snl-fact-reveal'),
      (texts): texts is string[] => (texts?.length ?? 0) > 0);
    const rows = await popup.evaluate(factRowTexts, 'money');
    assert.ok(fact[0] && rows[0]?.includes(fact[0]), `revealed ${JSON.stringify(fact)}, first money row ${JSON.stringify(rows[0])}`);
  });

  await page.evaluate(markPage, 'not reloaded');
  const notReloaded = async (): Promise<void> => assert.equal(await page.evaluate(pageToken, null), 'not reloaded', 'the page was reloaded');
  const highlighted = (): Promise<boolean> => page.evaluate(hasHighlight, 'snl-money');

  await check('promo switch off clears the badge, on restores it, without reload', async () => {
    // A background tab's timers are throttled to 1/s, which would slow the popup's rendering.
    await popup.bringToFront();
    const before = await badge();
    assert.notEqual(before, '', 'a badge before the switch');
    assert.equal(await popup.evaluate(isChecked, TOGGLE_PROMOS), true);
    await popup.click(TOGGLE_PROMOS);
    await waitFor('badge cleared', badge, text => text === '');
    await popup.click(TOGGLE_PROMOS);
    await waitFor('badge restored', badge, text => text === before);
    await notReloaded();
  });

  await check('hover card shows the normalised value over a highlighted amount', async () => {
    await page.bringToFront();
    const point = await page.evaluate(rangePoint, { name: 'snl-money', text: '50 Milliarden Dollar' });
    assert.ok(point, 'an on-screen rect for "50 Milliarden Dollar"');
    // Start from nowhere: a card left open by "Show" must not pass for a hover card.
    await page.mouseMove(2, 2);
    await waitFor('no card off the text', () => page.evaluate(hoverCardText, OVERLAY_SELECTOR), text => text === '');
    await page.mouseMove(point.x, point.y);
    const card = await waitFor('hover card', () => page.evaluate(hoverCardText, OVERLAY_SELECTOR), text => text !== '');
    assert.match(card, /50/, `card: ${card}`);
    await page.screenshot(shot('hover-card'));
  });

  await check(`highlight switch: off removes every highlight, ${TOGGLE_CYCLES} cycles leave the DOM byte-identical`, async () => {
    await popup.bringToFront();
    const pristine = await page.evaluate(pristineSnapshot, null);
    assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs while painted');
    const sheets = await page.evaluate(adoptedSheetCount, null);
    assert.ok(sheets > 0, 'the highlight styles are an adopted stylesheet');
    for (let cycle = 0; cycle < TOGGLE_CYCLES; cycle += 1) {
      await popup.click(TOGGLE_HIGHLIGHTS);
      await waitFor('highlights removed', highlighted, has => !has);
      await popup.click(TOGGLE_HIGHLIGHTS);
      await waitFor('highlights back', highlighted, has => has);
    }
    await popup.click(TOGGLE_HIGHLIGHTS);
    await waitFor('highlights removed', highlighted, has => !has);
    assert.deepEqual(await page.evaluate(ourHighlights, 'snl-'), []);
    assert.equal(await page.evaluate(liveSnapshot, OVERLAY_SELECTOR), pristine, 'DOM differs after the cycles');
    await notReloaded();
    await popup.click(TOGGLE_HIGHLIGHTS);
    await waitFor('highlights back', highlighted, has => has);
    assert.equal(await page.evaluate(adoptedSheetCount, null), sheets, 'adopted stylesheets pile up or vanish over the cycles');
  });

  await check('no request left 127.0.0.1 or the extension', () => {
    assert.deepEqual(browser.externalRequests, []);
  });

  await check('no page errors or console errors in the page or the popup', () => {
    assert.deepEqual([...browser.pageErrors, ...browser.consoleErrors], []);
  });

  return page;
}
