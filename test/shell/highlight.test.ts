// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FactKind } from '../../src/core/fact-sheet';
import { adoptHighlightStyles, highlightCss } from '../../src/dom/highlight/highlight-styles';
import { hitTest } from '../../src/dom/highlight/hit-test';
import { createHoverCard } from '../../src/dom/highlight/hover-card';
import { OVERLAY_ID } from '../../src/dom/highlight/overlay-host';
import { markRange, paintHighlights } from '../../src/dom/highlight/paint';

// happy-dom has no Custom Highlight API: a registry and Highlight with the platform's shape.
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const registry = new Map<string, FakeHighlight>();

beforeEach(() => {
  registry.clear();
  Object.assign(window, { Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  document.body.innerHTML = '<p id="p">Amazon investiert 50 Milliarden Dollar, plus 1,01 Prozent.</p>';
});

afterEach(() => {
  document.getElementById(OVERLAY_ID)?.remove();
});

function rangeOf(text: string): Range {
  const node = document.getElementById('p')!.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

function target(kind: FactKind, text: string) {
  return { fact: { kind }, range: rangeOf(text) };
}

describe('paintHighlights', () => {
  it('registers one highlight per kind with its ranges and clears them all', () => {
    const before = document.documentElement.outerHTML;
    const clear = paintHighlights(document, [target('money', '50 Milliarden Dollar'), target('percent', '1,01 Prozent'), target('instrument', 'Amazon')]);
    expect([...registry.keys()].sort()).toEqual(['snl-instrument', 'snl-money', 'snl-percent']);
    expect(registry.get('snl-money')?.size).toBe(1);
    expect([...registry.get('snl-percent')!][0]?.toString()).toBe('1,01 Prozent');
    expect(document.documentElement.outerHTML).toBe(before);
    clear();
    expect(registry.size).toBe(0);
  });

  it('drops a kind that has no ranges on repaint', () => {
    paintHighlights(document, [target('money', '50 Milliarden Dollar')]);
    paintHighlights(document, [target('percent', '1,01 Prozent')]);
    expect([...registry.keys()]).toEqual(['snl-percent']);
  });

  it('does nothing without the API', () => {
    Object.assign(window, { Highlight: undefined });
    expect(() => paintHighlights(document, [target('money', '50 Milliarden Dollar')])()).not.toThrow();
    expect(registry.size).toBe(0);
  });

  it('marks a revealed range under its own name and clears only its own mark', () => {
    const clear = markRange(document, 'snl-promo-reveal', rangeOf('Amazon'));
    expect(registry.get('snl-promo-reveal')?.size).toBe(1);
    const newer = markRange(document, 'snl-promo-reveal', rangeOf('Dollar'));
    clear();
    expect(registry.has('snl-promo-reveal')).toBe(true);
    newer();
    expect(registry.has('snl-promo-reveal')).toBe(false);
  });
});

describe('highlight styles', () => {
  it('has a distinct rule for every kind and the reveal marks', () => {
    const css = highlightCss();
    for (const name of ['money', 'percent', 'instrument', 'rating', 'date', 'promo-reveal', 'fact-reveal']) {
      expect(css).toContain(`::highlight(snl-${name})`);
    }
  });

  it('adopts a stylesheet without adding elements, and removes it again', () => {
    const before = document.documentElement.outerHTML;
    const remove = adoptHighlightStyles(document);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(document.documentElement.outerHTML).toBe(before);
    remove();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('hover card', () => {
  function withRects(range: Range, rects: DOMRect[]): Range {
    Object.defineProperty(range, 'getClientRects', { value: () => rects });
    return range;
  }

  it('hit-tests the pointer against the ranges client rects', () => {
    const money = { fact: { kind: 'money' as const }, range: withRects(rangeOf('50 Milliarden Dollar'), [new DOMRect(100, 10, 120, 16)]) };
    const percent = { fact: { kind: 'percent' as const }, range: withRects(rangeOf('1,01 Prozent'), [new DOMRect(300, 10, 80, 16)]) };
    expect(hitTest(document, [money, percent], 150, 18)?.item).toBe(money);
    expect(hitTest(document, [money, percent], 310, 12)?.item).toBe(percent);
    expect(hitTest(document, [money, percent], 250, 18)).toBeUndefined();
  });

  it('lives in one overlay host after <html>’s last child, shows text only and leaves no trace', () => {
    const bodyBefore = document.body.outerHTML;
    const money = { fact: { kind: 'money' as const }, range: withRects(rangeOf('50 Milliarden Dollar'), [new DOMRect(100, 10, 120, 16)]) };
    const card = createHoverCard(document, () => ['Money: <img src=x onerror=alert(1)>', '50 Mrd. USD = 50.000.000.000 USD']);
    card.setTargets([money]);
    const host = document.getElementById(OVERLAY_ID)!;
    expect(document.documentElement.lastElementChild).toBe(host);
    card.showFor(money);
    const shown = host.shadowRoot!.querySelector('[role="tooltip"]') as HTMLElement;
    expect(shown.style.display).toBe('block');
    expect(shown.textContent).toBe('Money: <img src=x onerror=alert(1)>50 Mrd. USD = 50.000.000.000 USD');
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
    expect(document.body.outerHTML).toBe(bodyBefore);
    card.destroy();
    expect(document.getElementById(OVERLAY_ID)).toBeNull();
  });

  it('replaces a host left by an earlier instance instead of adding a second one', () => {
    const first = createHoverCard(document, () => []);
    createHoverCard(document, () => []);
    expect(document.querySelectorAll(`#${OVERLAY_ID}`)).toHaveLength(1);
    first.destroy();
  });
});
