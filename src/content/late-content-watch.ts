// Watches the page body for late content (lazy article bodies, SPA swaps, live updates) with one
// batched MutationObserver: the callback only flags work; a pass runs at most once per second,
// the watch stops after IDLE_LIMIT passes that changed nothing, and never runs more than MAX_PASSES.
const MIN_INTERVAL_MS = 1000;
const IDLE_LIMIT = 5;
const MAX_PASSES = 60;

export interface LateContentWatch {
  start(): void;
  /** Drops the records our own writes caused (dimming promos) so they never trigger a pass. */
  discardPending(): void;
  stop(): void;
}

/** `pass` re-reads the page and resolves true when the result changed. */
export function watchLateContent(doc: Document, pass: () => Promise<boolean>, signal: AbortSignal): LateContentWatch {
  const view = doc.defaultView;
  let observer: MutationObserver | undefined;
  let timer: number | undefined;
  let lastPass = 0;
  let passes = 0;
  let idle = 0;

  const run = async (): Promise<void> => {
    timer = undefined;
    if (signal.aborted) return;
    lastPass = Date.now();
    passes += 1;
    const changed = await pass();
    idle = changed ? 0 : idle + 1;
    if (idle >= IDLE_LIMIT || passes >= MAX_PASSES) stop();
  };
  const schedule = (): void => {
    if (timer !== undefined || !view) return;
    timer = view.setTimeout(() => void run(), Math.max(0, lastPass + MIN_INTERVAL_MS - Date.now()));
  };
  const stop = (): void => {
    observer?.disconnect();
    observer = undefined;
    if (timer !== undefined) view?.clearTimeout(timer);
    timer = undefined;
  };
  signal.addEventListener('abort', stop, { once: true });

  return {
    start() {
      // The overlay host is a child of <html>, outside <body>: our own card never wakes the watch.
      if (observer || signal.aborted || !view || !doc.body || passes >= MAX_PASSES) return;
      observer = new view.MutationObserver(schedule);
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    },
    discardPending() {
      observer?.takeRecords();
    },
    stop,
  };
}
