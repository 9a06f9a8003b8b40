// Chromium on hostile fixtures (HOSTILE-CASES E1, E2, E5, E6, B1–B3, F3): page strings never
// become markup in the popup, a strict CSP and sabotaged built-ins change nothing, form fields
// and code are never highlighted, and a tab without our content script shows "unavailable".
import assert from 'node:assert/strict';
import { resultPath } from './harness/artifacts';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import type { TestPage } from './harness/driver';
import { askFactSheet, tabsWithoutContentScript } from './harness/extension-scope';
import { RECORD_VIOLATIONS, highlightSize, rangesInside, violations } from './harness/page-probes';
import { headerText, injectedMarkup, popupState } from './harness/popup-probes';
import type { Suite } from './harness/runner';
import { fixturePath } from './harness/server';
import { waitForTab } from './harness/tabs';
import { waitFor } from './harness/wait';

const NEVER_HIGHLIGHTED = 'input, textarea, select, [contenteditable], pre, code, script, style';

interface SheetFact {
  kind: string;
  text: string;
}

export function hostileSuite(origin: string): Suite {
  return {
    name: 'Chromium: hostile pages',
    async run(check) {
      const browser = await launchChromium();
      const dialogs: string[] = [];
      browser.context.on('dialog', dialog => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const factsOf = async (url: string): Promise<SheetFact[]> => {
        const tabId = await waitForTab(browser.extension, url);
        const reply = await browser.extension.evaluate(askFactSheet, tabId) as { sheet: { facts: SheetFact[] } };
        return reply.sheet.facts.map(({ kind, text }) => ({ kind, text }));
      };
      try {
        await check('markup, script and template strings from the page are text in the popup', async () => {
          const url = origin + fixturePath('hostile-text.html');
          await browser.openPage(url);
          const popup = await openSettledPopup(browser, await waitForTab(browser.extension, url));
          assert.equal(await popup.evaluate(popupState, null), 'ready');
          assert.deepEqual(await popup.evaluate(injectedMarkup, null), []);
          assert.match(await popup.evaluate(headerText, null), /<img src=x onerror=alert\(1\)>/);
          await popup.screenshot(resultPath('chromium-hostile-popup.png'));
          await popup.close();
          assert.deepEqual(dialogs, []);
        });

        await check('a strict page CSP with Trusted Types: highlights painted, no violation caused', async () => {
          const url = origin + fixturePath('strict-csp.html');
          const page = await browser.newPage();
          await page.addInitScript(RECORD_VIOLATIONS);
          await page.goto(url);
          await waitFor('highlights under CSP', () => page.evaluate(highlightSize, 'snl-money'), size => size >= 3);
          await page.screenshot({ path: resultPath('chromium-strict-csp.png'), caret: 'initial' });
          assert.deepEqual(await page.evaluate(violations), []);
          await page.close();
        });

        await check('built-ins sabotaged by the page: the same fact sheet as on the clean twin', async () => {
          const clean = await factsOf(await opened(browser, origin + fixturePath('sabotage.html', { stripped: true })));
          const sabotaged = await factsOf(await opened(browser, origin + fixturePath('sabotage.html')));
          assert.ok(clean.some(fact => fact.kind === 'money' && fact.text === '$412.50'), JSON.stringify(clean));
          assert.deepEqual(sabotaged, clean);
        });

        await check('DOM clobbering (named elements shadowing document methods): still analysed', async () => {
          const facts = await factsOf(await opened(browser, origin + fixturePath('clobbering.html')));
          assert.ok(facts.some(fact => fact.kind === 'money' && fact.text === '$412.50'), JSON.stringify(facts));
        });

        await check('nothing inside form fields, contenteditable, pre or code is highlighted', async () => {
          const url = origin + fixturePath('form-fields.html');
          const page = await browser.openPage(url);
          await waitFor('highlights', () => page.evaluate(highlightSize, 'snl-money'), size => size >= 3);
          assert.deepEqual(await page.evaluate(rangesInside, { prefix: 'snl-', selector: NEVER_HIGHLIGHTED }), []);
        });

        await check('popup for a tab without our content script shows "unavailable"', async () => {
          const silent = await browser.extension.evaluate(tabsWithoutContentScript, null);
          assert.ok(silent.length > 0, 'an extension or blank tab is open');
          const popup = await openSettledPopup(browser, silent[0] as number);
          assert.equal(await popup.evaluate(popupState, null), 'unavailable');
          await popup.close();
        });

        await check('no page errors, console errors or dialogs on the hostile pages', () => {
          assert.deepEqual([...browser.pageErrors, ...browser.consoleErrors, ...dialogs], []);
        });
      } finally {
        await browser.close();
      }
    },
  };
}

async function opened(browser: ChromiumSession, url: string): Promise<string> {
  await browser.openPage(url);
  return url;
}

async function openSettledPopup(browser: ChromiumSession, tabId: number): Promise<TestPage> {
  const popup = await browser.openPopup(tabId);
  await waitFor('popup settled', () => popup.evaluate(popupState, null), state => state !== 'loading');
  return popup;
}
