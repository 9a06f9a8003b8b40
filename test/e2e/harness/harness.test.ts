// Unit tests of the e2e harness's pure helpers: script stripping, the network rule, XWD → PNG.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from './network-guard';
import { countColour, crop, encodePng, readXwd } from './raster';
import { stripScripts } from './strip-scripts';

describe('stripScripts', () => {
  it('removes scripts of every form and keeps JSON-LD data blocks', () => {
    const html = [
      '<head><script src="https://cdn.example/a.js"></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      "<SCRIPT type='module'>import x from 'y'; if (a < b) {}</SCRIPT >",
      '<script>document.write("</p>")</script></head><p>Text $5</p>',
    ].join('');
    expect(stripScripts(html)).toBe('<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><p>Text $5</p>');
  });

  it('drops an unclosed script to the end of the document, as the parser would', () => {
    expect(stripScripts('<p>a</p><script>var s = "<p>b</p>";')).toBe('<p>a</p>');
    expect(stripScripts('<script>'.repeat(50_000))).toBe('');
  });
});

describe('isAllowedUrl', () => {
  it('allows the local server and extension origins only', () => {
    expect(isAllowedUrl('http://127.0.0.1:4123/demo/a.html')).toBe(true);
    expect(isAllowedUrl('chrome-extension://abc/src/popup/index.html')).toBe(true);
    expect(isAllowedUrl('moz-extension://5e1f/src/popup/index.html')).toBe(true);
    expect(isAllowedUrl('data:image/png;base64,AA==')).toBe(true);
    expect(isAllowedUrl('https://127.0.0.1/')).toBe(false);
    expect(isAllowedUrl('http://localhost:4123/')).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1.evil.example/')).toBe(false);
    expect(isAllowedUrl('https://www.googletagmanager.com/gtm.js')).toBe(false);
    expect(isAllowedUrl('not a url')).toBe(false);
  });
});

/** A 2×2, 32-bit little-endian TrueColor XWD as Xvfb writes it (no colour map). */
function xwd(pixels: number[]): Buffer {
  const name = Buffer.from('Xvfb\0\0\0\0');
  const header = Buffer.alloc(100);
  const fields = [100 + name.length, 7, 2, 24, 2, 2, 0, 0, 32, 0, 32, 32, 8, 4, 0xff0000, 0xff00, 0xff, 8, 0, 0, 2, 2, 0, 0, 0];
  fields.forEach((value, index) => header.writeUInt32BE(value, index * 4));
  const body = Buffer.alloc(pixels.length * 4);
  pixels.forEach((pixel, index) => body.writeUInt32LE(pixel, index * 4));
  return Buffer.concat([header, name, body]);
}

describe('raster', () => {
  const image = readXwd(xwd([0xc5221f, 0xffffff, 0x000000, 0xc7201d]));

  it('reads XWD pixels as RGB', () => {
    expect([image.width, image.height]).toEqual([2, 2]);
    expect([...image.rgb]).toEqual([0xc5, 0x22, 0x1f, 255, 255, 255, 0, 0, 0, 0xc7, 0x20, 0x1d]);
  });

  it('counts pixels near a colour and crops rows', () => {
    expect(countColour(image, '#c5221f')).toBe(2);
    expect(countColour(crop(image, 1), '#c5221f')).toBe(1);
  });

  it('encodes a PNG whose image data round-trips', () => {
    const png = encodePng(image);
    expect([...png.subarray(1, 4)].map(code => String.fromCharCode(code)).join('')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2, 2]);
    const idat = png.indexOf('IDAT');
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect([...rows]).toEqual([0, 0xc5, 0x22, 0x1f, 255, 255, 255, 0, 0, 0, 0, 0xc7, 0x20, 0x1d]);
  });
});
