// Node-side helper over the extension-scope probe: waits until a page's content script answers.
import type { Evaluator } from './driver';
import { findTabByUrl } from './extension-scope';
import { waitFor } from './wait';

export function waitForTab(extension: Evaluator, url: string): Promise<number> {
  return waitFor(`the tab of ${url}`, () => extension.evaluate(findTabByUrl, url), (id): id is number => id !== null);
}
