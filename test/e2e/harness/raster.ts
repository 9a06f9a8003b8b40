// Just enough image handling for the X screen grab: read Xvfb's XWD framebuffer file into RGB,
// crop, count pixels near a colour, and write a PNG (zlib + CRC only, no image library).
import { crc32, deflateSync } from 'node:zlib';

export interface Raster {
  width: number;
  height: number;
  /** 3 bytes per pixel, row-major. */
  rgb: Buffer;
}

/** Xvfb's `-fbdir` screen file: an XWD header, a colour map, then 24/32-bit TrueColor pixels. */
export function readXwd(file: Buffer): Raster {
  const field = (index: number): number => file.readUInt32BE(index * 4);
  const [headerSize, width, height, byteOrder, bitsPerPixel, bytesPerLine, colours] =
    [field(0), field(4), field(5), field(7), field(11), field(12), field(19)];
  if (bitsPerPixel !== 32 && bitsPerPixel !== 24) throw new Error(`unsupported XWD depth ${bitsPerPixel}`);
  const [redMask, greenMask, blueMask] = [field(14), field(15), field(16)];
  const start = headerSize + colours * 12;
  const step = bitsPerPixel / 8;
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = start + y * bytesPerLine + x * step;
      const pixel = step === 4
        ? (byteOrder === 0 ? file.readUInt32LE(at) : file.readUInt32BE(at))
        : (byteOrder === 0 ? file.readUIntLE(at, 3) : file.readUIntBE(at, 3));
      const out = (y * width + x) * 3;
      rgb[out] = channel(pixel, redMask);
      rgb[out + 1] = channel(pixel, greenMask);
      rgb[out + 2] = channel(pixel, blueMask);
    }
  }
  return { width, height, rgb };
}

/** One 8-bit channel: the masked bits shifted down by the mask's trailing zeros. */
function channel(pixel: number, mask: number): number {
  const shift = 31 - Math.clz32(mask & -mask);
  return ((pixel & mask) >>> shift) & 0xff;
}

export function crop(image: Raster, height: number): Raster {
  const rows = Math.min(height, image.height);
  return { width: image.width, height: rows, rgb: image.rgb.subarray(0, image.width * rows * 3) };
}

/** Pixels within `tolerance` (per channel) of `hex` (#rrggbb). */
export function countColour(image: Raster, hex: string, tolerance = 24): number {
  const target = [1, 3, 5].map(at => parseInt(hex.slice(at, at + 2), 16));
  let count = 0;
  for (let at = 0; at < image.rgb.length; at += 3) {
    if (target.every((value, index) => Math.abs((image.rgb[at + index] ?? 0) - value) <= tolerance)) count += 1;
  }
  return count;
}

export function encodePng(image: Raster): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const stride = image.width * 3;
  const rows = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y += 1) image.rgb.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
