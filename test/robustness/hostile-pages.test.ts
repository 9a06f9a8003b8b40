// Bad input gets graceful handling: no exception escapes, the DOM is left as it was, and the
// fact sheet stays within the contract (HOSTILE-CASES B3, D3, E2, E3). Nesting stays at 1,000:
// deeper trees overflow happy-dom's own serializer, which the test uses for its snapshot.
import { describe, expect, it } from 'vitest';
import { documentFromFile } from '../../src/cli/load-document';
import { analysePage } from '../../src/dom/analyse-page';
import { contractViolations } from '../helpers/contract';

const prose = 'Die Aktie schloss bei 239,30 Dollar, ein Minus von 1,01 Prozent. Das Kursziel liegt bei 300 Euro. ';

const hostile: Record<string, string> = {
  'malformed markup': `<html><body><article><p>${prose}<div><span>unclosed <b>bold <i>${prose}</article></p></td></table>`,
  'deep nesting': `<body><article>${'<div>'.repeat(1_000)}<p>${prose}</p>${'</div>'.repeat(1_000)}</article></body>`,
  'one huge text node': `<body><article><p>${prose.repeat(20_000)}</p></article></body>`,
  'digits, separators and currency signs': `<body><article><p>${'1,1.1 $€£¥ 9.999,99 -- (1,234) '.repeat(20_000)}</p></article></body>`,
  'a 200k-character token': `<body><article><p>${'9'.repeat(200_000)} Euro und ${'$'.repeat(50_000)}</p></article></body>`,
  'invisible and bidi characters': `<body><article><p>A\u200bAPL fiel um 3\u200d%, \u202eDollar 50\u202c, \u0410APL, \uff15\uff10 Euro, 1\u202f234,56 €. ${prose}</p></article></body>`,
  'markup as text': `<body><article><p>&lt;img src=x onerror=alert(1)&gt; kostet 5 Euro. &lt;/script&gt; ${prose}</p></article></body>`,
  'empty page': '',
  'only chrome': '<body><nav><a href="/">DAX 21.732 Punkte</a></nav><footer>© 2026</footer></body>',
};

describe('hostile pages', () => {
  it.each(Object.entries(hostile))('%s', (_name, html) => {
    const doc = documentFromFile(html, 'hostile.html');
    const before = doc.documentElement.outerHTML;
    const analysis = analysePage(doc, { detectPromos: true, uiLang: 'en' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(contractViolations(analysis.sheet)).toEqual([]);
  });
});
