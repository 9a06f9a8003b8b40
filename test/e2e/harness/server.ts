// Static server for the browser tests, bound to 127.0.0.1 on a free port: the demo article
// (public/demo), the corpus pages (test/corpus), the e2e fixtures and, under /stripped/, any of
// these pages without scripts.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { stripScripts } from './strip-scripts';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const ROOT = process.cwd();
const MOUNTS: Record<string, string> = {
  '/demo/': resolve(ROOT, 'public/demo'),
  '/corpus/': resolve(ROOT, 'test/corpus'),
  '/fixtures/': resolve(ROOT, 'test/e2e/fixtures'),
};
const STRIPPED = '/stripped';
/** Query parameter that lets a page into the browser's back/forward cache (see serve). */
export const BFCACHE_PARAM = 'bfcache';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startServer(): Promise<StaticServer> {
  const server = createServer((request, response) => {
    serve(request, response).catch(() => send(response, 500, 'internal error'));
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise(done => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** URL path of a corpus page, e.g. corpusPath('shared/pages/en-cnbc-coty.html', { stripped: true }). */
export function corpusPath(relative: string, { stripped = false } = {}): string {
  return `${stripped ? STRIPPED : ''}/corpus/${relative}`;
}

export function fixturePath(name: string, { stripped = false } = {}): string {
  return `${stripped ? STRIPPED : ''}/fixtures/${name}`;
}

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let path = decodeURIComponent(url.pathname);
  const stripped = path.startsWith(`${STRIPPED}/`);
  if (stripped) path = path.slice(STRIPPED.length);
  const file = resolveFile(path);
  if (!file) return send(response, 404, 'not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return send(response, 404, 'not found');
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const out = stripped && type.startsWith('text/html') ? Buffer.from(stripScripts(body.toString('utf8'))) : body;
  // no-store keeps every load fresh, but also keeps pages out of the back/forward cache; a page
  // asked for with ?bfcache may enter it (revalidated on every normal load all the same).
  const cache = url.searchParams.has(BFCACHE_PARAM) ? 'no-cache' : 'no-store';
  response.writeHead(200, { 'content-type': type, 'cache-control': cache });
  response.end(out);
}

/** Maps a URL path into one of the mounts; anything escaping its mount (../) is refused. */
function resolveFile(path: string): string | undefined {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    const file = join(dir, path.slice(prefix.length));
    return file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
