// Builds the extension from the top-level manifest.json: `vite build` → dist/ (Chrome, service
// worker); TARGET=firefox → dist-firefox/ (event page scripts, gecko id, data-collection consent).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const firefox = process.env.TARGET === 'firefox';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as ManifestSource;

interface ManifestSource {
  background: { service_worker: string; type: 'module' };
  content_security_policy: { extension_pages: string };
  [key: string]: unknown;
}

/**
 * The welcome page frames the packaged demo article, whose own <style> block the strict
 * extension CSP would block: allow exactly that block by hash rather than 'unsafe-inline'.
 */
function demoStyleHashes(): string[] {
  const html = readFileSync('public/demo/amazon-aktie.html', 'utf8');
  return Array.from(html.matchAll(/<style>([\s\S]*?)<\/style>/g), match =>
    `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`);
}

function extensionPagesCsp(): string {
  const hashes = demoStyleHashes().join(' ');
  return source.content_security_policy.extension_pages.replace("style-src 'self'", `style-src 'self' ${hashes}`.trim());
}

const manifest = {
  ...source,
  version: pkg.version,
  content_security_policy: { extension_pages: extensionPagesCsp() },
  ...(firefox
    ? {
        // Firefox MV3 has no service workers for extensions: the same entry runs as an event page.
        background: { scripts: [source.background.service_worker], type: source.background.type },
        browser_specific_settings: {
          gecko: {
            id: 'stock-news-lens@example.invalid',
            strict_min_version: '140.0',
            data_collection_permissions: { required: ['none'] },
          },
          // Firefox ESR 140 is the desktop floor; Android learnt data_collection_permissions in 142.
          gecko_android: { strict_min_version: '142.0' },
        },
      }
    : {}),
} as unknown as ManifestV3Export;

export default defineConfig({
  plugins: [preact(), crx({ manifest, browser: firefox ? 'firefox' : 'chrome' })],
  build: {
    outDir: firefox ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // Vite's preload helper would insert <link rel=modulepreload> into the host page (a DOM change,
    // resolved against the page's origin) before the content script's dynamic import.
    modulePreload: false,
    rolldownOptions: { input: { welcome: 'src/welcome/index.html' } },
  },
});
