// Polling waits for the e2e suites: a condition is awaited until it holds or a deadline passes,
// so checks never depend on fixed sleeps.
import type { PageLocation } from './page-probes';
export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/** Calls `probe` until `accept` holds for its value; throws with the last value on timeout. */
export async function waitFor<T, U extends T>(what: string, probe: () => Promise<T> | T, accept: (value: T) => value is U, options?: WaitOptions): Promise<U>;
export async function waitFor<T>(what: string, probe: () => Promise<T> | T, accept: (value: T) => boolean, options?: WaitOptions): Promise<T>;
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  { timeoutMs = 10_000, intervalMs = 50 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError === undefined ? JSON.stringify(last) : String(lastError);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${detail}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}

/**
 * Moves through the tab's history from the page itself and polls until `expected` has loaded:
 * neither driver follows a back/forward-cache restore (no load event is fired for one).
 */
export function historyTraversal(go: (step: number) => Promise<unknown>, where: () => Promise<PageLocation>) {
  return async (step: number, expected: string): Promise<void> => {
    await go(step);
    await waitFor(`history ${step} to ${expected}`, where, ({ href, state }) => href === expected && state === 'complete');
  };
}
