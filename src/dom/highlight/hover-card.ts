// The hover/focus card: follows the pointer over painted ranges (pointermove throttled to one
// hit test per animation frame) and shows lines the caller builds for the fact under it.
// It lives in the overlay's shadow root and never takes pointer events.
import { hitTest } from './hit-test';
import { createOverlay, setStyles, type Overlay } from './overlay-host';

export interface HoverCard<T extends { range: Range }> {
  /** The ranges to react to (after a re-analysis). */
  setTargets(targets: readonly T[]): void;
  /** Shows the card for one target without a pointer (reveal from the popup). */
  showFor(target: T): void;
  hide(): void;
  /** Removes the overlay host and every listener. */
  destroy(): void;
}

const GAP = 6;
const MAX_WIDTH = 340;

export function createHoverCard<T extends { range: Range }>(doc: Document, describe: (target: T) => string[]): HoverCard<T> {
  const view = doc.defaultView;
  const overlay: Overlay = createOverlay(doc);
  const card = buildCard(doc);
  overlay.root.append(card);
  const listeners = new AbortController();
  let targets: readonly T[] = [];
  let shown: T | undefined;
  let frame = 0;
  let pointer: { x: number; y: number } | undefined;

  const show = (target: T, rect: DOMRect | undefined): void => {
    if (!rect) return hide();
    if (shown !== target) fill(card, doc, describe(target));
    shown = target;
    card.style.setProperty('display', 'block');
    place(card, rect, view);
  };
  const hide = (): void => {
    shown = undefined;
    card.style.setProperty('display', 'none');
  };
  const onFrame = (): void => {
    frame = 0;
    if (!pointer) return;
    const hit = hitTest(doc, targets, pointer.x, pointer.y);
    if (hit) show(hit.item, hit.rect);
    else hide();
  };
  const options = { passive: true, signal: listeners.signal };
  doc.addEventListener('pointermove', event => {
    pointer = { x: event.clientX, y: event.clientY };
    if (!frame && view) frame = view.requestAnimationFrame(onFrame);
  }, options);
  doc.documentElement.addEventListener('pointerleave', hide, options);
  // Keep a shown card on its text while the page scrolls; the next pointer move re-tests.
  view?.addEventListener('scroll', () => {
    if (shown) show(shown, shown.range.getClientRects()[0]);
  }, { ...options, capture: true });

  return {
    setTargets(next) {
      targets = next;
      hide();
    },
    showFor(target) {
      show(target, target.range.getClientRects()[0]);
    },
    hide,
    destroy() {
      listeners.abort();
      if (frame && view) view.cancelAnimationFrame(frame);
      overlay.remove();
    },
  };
}

function buildCard(doc: Document): HTMLElement {
  const card = doc.createElement('div');
  card.setAttribute('role', 'tooltip');
  setStyles(card, {
    display: 'none', position: 'fixed', 'max-width': `${MAX_WIDTH}px`, padding: '8px 10px',
    background: '#1f2328', color: '#f6f8fa', 'border-radius': '6px', 'box-shadow': '0 4px 14px rgb(0 0 0 / 0.3)',
    font: '13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif', 'text-align': 'left',
    'white-space': 'normal', 'overflow-wrap': 'anywhere', 'pointer-events': 'none',
  });
  return card;
}

/** Lines as text nodes only: page strings must never become markup. */
function fill(card: HTMLElement, doc: Document, lines: readonly string[]): void {
  card.replaceChildren(...lines.map((line, index) => {
    const row = doc.createElement('div');
    row.textContent = line;
    row.dir = 'auto';
    if (index === 0) row.style.setProperty('font-weight', '600');
    return row;
  }));
}

function place(card: HTMLElement, rect: DOMRect, view: Window | null): void {
  const width = view?.innerWidth ?? MAX_WIDTH;
  const height = view?.innerHeight ?? 0;
  const left = Math.max(GAP, Math.min(rect.left, width - Math.min(MAX_WIDTH, card.offsetWidth || MAX_WIDTH) - GAP));
  const below = rect.bottom + GAP;
  const cardHeight = card.offsetHeight;
  const top = height && below + cardHeight > height ? Math.max(GAP, rect.top - GAP - cardHeight) : below;
  card.style.setProperty('left', `${Math.round(left)}px`);
  card.style.setProperty('top', `${Math.round(top)}px`);
}
