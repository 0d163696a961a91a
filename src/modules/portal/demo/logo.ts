import { crc32, deflateSync } from 'node:zlib';

/**
 * The demo sites' logo, drawn by code so the repository holds no binary file: a red disc with a white ring
 * and a green sprout, on a transparent square, as an RGBA PNG (zlib-compressed scanlines, no filter).
 * `disc` is the disc's colour, so the county's and the town's logos differ.
 */
export function demoLogoPng(size = 96, disc: Rgb = [200, 16, 46]): Buffer {
  const row = size * 4 + 1;
  const pixels = Buffer.alloc(row * size);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const colour = pixelAt((x - c) / c, (y - c) / c, disc);
      if (colour) pixels.set([...colour, 255], y * row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type Rgb = [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const GREEN: Rgb = [46, 139, 87];

/** The colour at (u, v) in [-1, 1]², or undefined where the logo is transparent. */
function pixelAt(u: number, v: number, disc: Rgb): Rgb | undefined {
  const r = Math.hypot(u, v);
  if (r > 1) return undefined;
  if (r > 0.78 && r < 0.86) return WHITE;
  if (r >= 0.86) return disc;
  // A sprout: a stem and two leaves, each leaf the overlap of two discs.
  const stem = Math.abs(u) < 0.05 && v > -0.1 && v < 0.55;
  const leaf = (cx: number) =>
    Math.hypot(u - cx, v + 0.05) < 0.38 && Math.hypot(u + cx * 0.2, v + 0.45) < 0.5;
  if (stem || (u > 0 && leaf(0.3)) || (u < 0 && leaf(-0.3))) return GREEN;
  return r < 0.78 ? WHITE : disc;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
