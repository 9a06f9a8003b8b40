// `npm start`: serves the demo article on 127.0.0.1 and opens Chromium with the built extension
// on it. With a display: headed, action pinned, open until Ctrl+C. Without one: prints the fact
// sheet, saves test-results/demo-page.png and demo-popup.png, and exits.
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
    console.log(`Screenshots: ${resultPath('demo-page.png')}, ${resultPath('demo-popup.png')}`);
  }
} finally {
  await shutDown(browser, server);
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
