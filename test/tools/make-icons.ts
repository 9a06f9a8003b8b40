// Draws the toolbar/store icons (a lens over a rising bar chart) and writes them as real PNGs
// with node's zlib: `npx tsx test/tools/make-icons.ts` → public/icons/icon-{16,32,48,128}.png.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const NAVY: Rgba = [11, 37, 69, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [255, 196, 61, 255];
const SAMPLES = 4;

/** Colour at (x, y) in a 1×1 design space, or undefined for transparent. */
function shade(x: number, y: number): Rgba | undefined {
  const lens = Math.hypot(x - 0.42, y - 0.42);
  const onHandle = x + y > 1.28 && x + y < 1.76 && Math.abs(x - y) < 0.085;
  if ((lens > 0.25 && lens < 0.32) || onHandle) return WHITE;
  const bar = (left: number, top: number): boolean => x > left && x < left + 0.08 && y > top && y < 0.58;
  if (lens < 0.25 && (bar(0.27, 0.46) || bar(0.38, 0.36) || bar(0.49, 0.26))) return AMBER;
  const inset = 0.04;
  const radius = 0.2;
  const dx = Math.max(inset + radius - x, x - (1 - inset - radius), 0);
  const dy = Math.max(inset + radius - y, y - (1 - inset - radius), 0);
  return Math.hypot(dx, dy) <= radius ? NAVY : undefined;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0 = PNG filter "none"
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      }
      const alpha = sum[3]!;
      const offset = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[offset + c] = alpha ? Math.round(sum[c]! / alpha) : 0;
      row[offset + 3] = Math.round(alpha / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  return png(size, deflateSync(Buffer.concat(rows)));
}

function png(size: number, data: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, render(size));
