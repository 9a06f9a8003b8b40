// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../src/dom/text/collect-blocks';
import { rangeFor } from '../../src/dom/text/text-map';

// The window's own document: happy-dom's Range.toString() is empty across nodes in DOMParser documents.
function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('blocks and the offset map', () => {
  it('joins inline elements into one block and maps offsets back across text nodes', () => {
    const root = body('<p>Die Aktie schloss bei <b>239,30</b> Dollar, ein <i>Minus</i> von 1,01 Prozent.</p>');
    const [block] = collectBlocks(root);
    expect(block!.text).toBe('Die Aktie schloss bei 239,30 Dollar, ein Minus von 1,01 Prozent.');
    const start = block!.text.indexOf('239,30');
    const range = rangeFor(block!, start, start + '239,30 Dollar'.length);
    expect(range?.toString()).toBe('239,30 Dollar');
    expect(range?.startContainer.textContent).toBe('239,30');
  });

  it('splits blocks at block elements and <br>', () => {
    const root = body('<div>Erste Zeile<br>Zweite Zeile<p>Absatz</p>Nachsatz</div><h2>Titel</h2>');
    expect(collectBlocks(root).map(block => [block.text, block.heading ?? false])).toEqual([
      ['Erste Zeile', false], ['Zweite Zeile', false], ['Absatz', false], ['Nachsatz', false], ['Titel', true],
    ]);
  });

  it('never reads code, form fields, editors, hidden text or our own overlay', () => {
    const root = body(`<p>sichtbar</p><script>var x = "$1"</script><textarea>$1,234</textarea>
      <div contenteditable="true">AAPL</div><p hidden>versteckt</p><pre>$5</pre><svg><desc>$9</desc><title>$8</title></svg>
      <div id="stock-news-lens-overlay">50 USD</div><input value="3 Euro">`);
    expect(collectBlocks(root).map(block => block.text.trim())).toEqual(['sichtbar']);
  });

  it('reads the labels of an in-body SVG chart, one block per label (charts count as body)', () => {
    const root = body('<p>Zinsen</p><svg><g><text>Apple</text><text>$590M</text></g></svg>');
    expect(collectBlocks(root).map(block => block.text)).toEqual(['Zinsen', 'Apple', '$590M']);
  });

  it('does not change the DOM', () => {
    const root = body('<p>Umsatz <span>50 Mio. Euro</span></p>');
    const before = root.outerHTML;
    const [block] = collectBlocks(root);
    rangeFor(block!, 0, block!.text.length);
    expect(root.outerHTML).toBe(before);
  });

  it('returns no range for text that left the page', () => {
    const root = body('<p>Kursziel 300 Dollar</p>');
    const [block] = collectBlocks(root);
    root.innerHTML = '';
    expect(rangeFor(block!, 0, 5)).toBeUndefined();
  });
});
