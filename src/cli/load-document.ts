// Builds a Document in Node from an HTML page or a plain-text article. Nothing runs and nothing is
// fetched: page scripts are off and every request the parser would start (preloads) is refused.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window, type BrowserWindow } from 'happy-dom';

export function documentFromFile(contents: string, fileName: string): Document {
  const html = /\.html?$/i.test(fileName) ? contents : textToHtml(contents);
  const window = new Window({
    url: pathToFileURL(resolve(fileName)).href,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      fetch: { interceptor: { beforeAsyncRequest: refuseRequest } },
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

async function refuseRequest({ window }: { window: BrowserWindow }) {
  return new window.Response('', { status: 403 });
}

/** A plain-text article: first line is the headline, every other non-empty line a paragraph. */
function textToHtml(text: string): string {
  const lines = text.split(/\r?\n/).map(line => line.trim()).filter(Boolean);
  const [headline = '', ...paragraphs] = lines;
  const body = [`<h1>${escapeHtml(headline)}</h1>`, ...paragraphs.map(line => `<p>${escapeHtml(line)}</p>`)];
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><article>${body.join('\n')}</article></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`);
}
