// @vitest-environment happy-dom
// The batched watch over late content, on fake timers: one pass per second at most, a stop
// after idle passes, and no passes from records we discard.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateContent } from '../../src/content/late-content-watch';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main></main>';
});

afterEach(() => {
  vi.useRealTimers();
});

function mutate(): void {
  document.querySelector('main')!.append(document.createElement('p'));
}

async function flushObserver(): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(0);
}

describe('watchLateContent', () => {
  it('batches a burst of mutations into one pass, then at most one per second', async () => {
    const pass = vi.fn(async () => true);
    const watch = watchLateContent(document, pass, new AbortController().signal);
    watch.start();
    for (let i = 0; i < 50; i++) mutate();
    await flushObserver();
    expect(pass).toHaveBeenCalledTimes(1);
    mutate();
    await flushObserver();
    expect(pass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(pass).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('stops after five passes that changed nothing', async () => {
    const pass = vi.fn(async () => false);
    watchLateContent(document, pass, new AbortController().signal).start();
    for (let round = 0; round < 8; round++) {
      mutate();
      await flushObserver();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(pass).toHaveBeenCalledTimes(5);
  });

  it('ignores records discarded after our own writes, and everything after abort', async () => {
    const pass = vi.fn(async () => true);
    const lifetime = new AbortController();
    const watch = watchLateContent(document, pass, lifetime.signal);
    watch.start();
    mutate();
    watch.discardPending();
    await flushObserver();
    await vi.advanceTimersByTimeAsync(2000);
    expect(pass).not.toHaveBeenCalled();
    lifetime.abort();
    mutate();
    await flushObserver();
    await vi.advanceTimersByTimeAsync(2000);
    expect(pass).not.toHaveBeenCalled();
  });
});
