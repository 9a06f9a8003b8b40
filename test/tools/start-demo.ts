// `npm start`: serves the demo article on 127.0.0.1 and opens Chromium with the built extension
// on it. With a display: headed, action pinned, open until Ctrl+C. Without one: prints the fact
// sheet, saves test-results/demo-page.png and demo-popup.png, composes both into demo.png (the
// README's picture, docs/screenshot.png) and exits.
import { readFile } from 'node:fs/promises';
import { DEMO_PATH } from '../e2e/checks/demo-article';
import { resultPath } from '../e2e/harness/artifacts';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { askFactSheet } from '../e2e/harness/extension-scope';
import { highlightTexts } from '../e2e/harness/page-probes';
import { popupState } from '../e2e/harness/popup-probes';
import { startServer, type StaticServer } from '../e2e/harness/server';
import { waitForTab } from '../e2e/harness/tabs';
import { waitFor } from '../e2e/harness/wait';

const headed = Boolean(process.env.DISPLAY);
const server = await startServer();
const url = server.origin + DEMO_PATH;
const browser = await launchChromium({ headless: !headed, pin: headed });

try {
  const page = await browser.openPage(url);
  await waitFor('highlights on the demo page', () => page.evaluate(highlightTexts, 'snl-money'), texts => (texts?.length ?? 0) > 0);
  const tabId = await waitForTab(browser.extension, url);
  if (headed) {
    await page.bringToFront();
    console.log(`Demo article: ${url}\nChromium is open with Stock News Lens loaded; click its toolbar icon for the fact sheet. Ctrl+C to quit.`);
    await untilInterrupted(browser);
  } else {
    console.log(JSON.stringify(await browser.extension.evaluate(askFactSheet, tabId), null, 2));
    await page.screenshot(resultPath('demo-page.png'));
    const popup = await browser.openPopup(tabId);
    await waitFor('the popup', () => popup.evaluate(popupState, null), state => state !== 'loading');
    await popup.screenshot(resultPath('demo-popup.png'));
    await compose(browser, resultPath('demo-page.png'), resultPath('demo-popup.png'), resultPath('demo.png'));
    console.log(`Screenshots: ${resultPath('demo-page.png')}, ${resultPath('demo-popup.png')}, both in ${resultPath('demo.png')}`);
  }
} finally {
  await shutDown(browser, server);
}

/**
 * The article column of the page and, beside it, the popup at its real size (380 px wide, at most
 * 600 px high in Chromium): both screenshots as data URLs in one page of the same Chromium.
 */
async function compose(session: ChromiumSession, pagePng: string, popupPng: string, out: string): Promise<void> {
  const dataUrl = async (path: string): Promise<string> => `data:image/png;base64,${(await readFile(path)).toString('base64')}`;
  const canvas = await session.newPage({ width: 912 + 412, height: 900 });
  await canvas.setContent(`<!doctype html><body style="margin:0;display:flex;background:#e9ecef">
    <div style="width:912px;height:900px;overflow:hidden;flex:none"><img src="${await dataUrl(pagePng)}"></div>
    <div style="margin:16px;width:380px;height:600px;overflow:hidden;background:#fff;flex:none;
      border:1px solid #c4c7c5;border-radius:8px;box-shadow:0 4px 16px rgb(0 0 0 / 25%)">
      <img src="${await dataUrl(popupPng)}"></div></body>`);
  await canvas.screenshot({ path: out });
  await canvas.close();
}

/** Resolves on Ctrl+C / SIGTERM, or when the user closes the browser. */
function untilInterrupted(session: ChromiumSession): Promise<void> {
  return new Promise(resolve => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    session.context.once('close', () => resolve());
  });
}

async function shutDown(session: ChromiumSession, staticServer: StaticServer): Promise<void> {
  await session.close();
  await staticServer.close();
}
