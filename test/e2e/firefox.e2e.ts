// Firefox ESR: the same demo article checks over WebDriver BiDi.
import { checkDemoArticle } from './checks/demo-article';
import { launchFirefox } from './harness/firefox';
import type { Suite } from './harness/runner';

export function firefoxSuite(origin: string): Suite {
  return {
    name: 'Firefox ESR: demo article',
    async run(check) {
      const browser = await launchFirefox();
      try {
        await checkDemoArticle(check, browser, origin);
      } finally {
        await browser.close();
      }
    },
  };
}
