// Pictures for the seeded products: flat drawings of each product, made here (no downloads,
// no image library) as PNG files that the dev backends upload into Medusa's own file storage.
// Each is a few simple shapes on a coloured ground, drawn with 3×3 supersampling so that the
// edges are smooth.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { DATA } from '../lib/paths';

export type ProductDrawing = {
  /** Which drawing (see SHAPES). */
  shape: keyof typeof SHAPES;
  background: string;
  color: string;
};

const SIZE = 480;
const SAMPLES = 3;

type Rgb = [number, number, number];
/** Is the point (x, y), in units of the picture's width (0–1), inside the shape? */
type Inside = (x: number, y: number) => boolean;

const rect =
  (x0: number, y0: number, x1: number, y1: number, r = 0): Inside =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    // Rounded corners: outside the quarter circle of each corner.
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
const circle =
  (cx: number, cy: number, r: number): Inside =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx: number, cy: number, outer: number, inner: number): Inside => {
  const o = circle(cx, cy, outer);
  const i = circle(cx, cy, inner);
  return (x, y) => o(x, y) && !i(x, y);
};
/** A convex polygon, its corners in clockwise order. */
const polygon =
  (points: readonly [number, number][]): Inside =>
  (x, y) =>
    points.every(([ax, ay], index) => {
      const [bx, by] = points[(index + 1) % points.length]!;
      return (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;
    });
const any =
  (...shapes: Inside[]): Inside =>
  (x, y) =>
    shapes.some((inside) => inside(x, y));

/** Each drawing: the product's outline, and details drawn over it in the ground's colour. */
const SHAPES = {
  tote: {
    body: any(
      polygon([
        [0.24, 0.38],
        [0.76, 0.38],
        [0.8, 0.82],
        [0.2, 0.82],
      ]),
      ring(0.5, 0.38, 0.17, 0.12),
    ),
    details: rect(0.3, 0.5, 0.7, 0.53),
  },
  shirt: {
    body: any(
      rect(0.32, 0.28, 0.68, 0.82, 0.02),
      polygon([
        [0.32, 0.28],
        [0.4, 0.28],
        [0.3, 0.52],
        [0.16, 0.44],
      ]),
      polygon([
        [0.6, 0.28],
        [0.68, 0.28],
        [0.84, 0.44],
        [0.7, 0.52],
      ]),
    ),
    details: any(
      polygon([
        [0.42, 0.28],
        [0.58, 0.28],
        [0.5, 0.38],
      ]),
      circle(0.5, 0.47, 0.012),
      circle(0.5, 0.57, 0.012),
      circle(0.5, 0.67, 0.012),
    ),
  },
  beanie: {
    body: any(
      (x, y) => y <= 0.62 && (x - 0.5) ** 2 + ((y - 0.62) / 1.15) ** 2 <= 0.3 ** 2,
      rect(0.18, 0.6, 0.82, 0.76, 0.03),
      circle(0.5, 0.24, 0.06),
    ),
    details: any(rect(0.18, 0.665, 0.82, 0.685)),
  },
  mug: {
    body: any(rect(0.26, 0.3, 0.64, 0.8, 0.04), ring(0.66, 0.53, 0.13, 0.075)),
    details: rect(0.26, 0.4, 0.64, 0.43),
  },
  notebook: {
    body: rect(0.28, 0.2, 0.74, 0.82, 0.03),
    details: any(
      ...[0.28, 0.38, 0.48, 0.58, 0.68].map((y) => circle(0.32, y + 0.02, 0.018)),
      rect(0.42, 0.32, 0.66, 0.345),
      rect(0.42, 0.4, 0.62, 0.425),
    ),
  },
} satisfies Record<string, { body: Inside; details: Inside }>;

function rgb(hex: string): Rgb {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

/** The drawing as RGB rows, each led by PNG's filter byte (0: none). */
function pixels({ shape, background, color }: ProductDrawing): Buffer {
  const { body, details } = SHAPES[shape];
  const ground = rgb(background);
  const ink = rgb(color);
  const rowBytes = 1 + SIZE * 3;
  const out = Buffer.alloc(rowBytes * SIZE);
  for (let py = 0; py < SIZE; py += 1) {
    out[py * rowBytes] = 0;
    for (let px = 0; px < SIZE; px += 1) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / SIZE;
          const y = (py + (sy + 0.5) / SAMPLES) / SIZE;
          if (body(x, y) && !details(x, y)) covered += 1;
        }
      }
      const share = covered / (SAMPLES * SAMPLES);
      for (let channel = 0; channel < 3; channel += 1) {
        out[py * rowBytes + 1 + px * 3 + channel] = Math.round(
          ground[channel]! * (1 - share) + ink[channel]! * share,
        );
      }
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of the drawing: 8-bit RGB, SIZE × SIZE. */
export function productPng(drawing: ProductDrawing): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(drawing), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Where the seed finds each product's picture: SEED_IMAGES_DIR/<handle>.png. */
export const SEED_IMAGES_DIR = path.join(DATA, 'seed-images');

/** Draws every product's picture into SEED_IMAGES_DIR; returns the file of each handle. */
export function writeProductImages(
  products: readonly { handle: string; image: ProductDrawing }[],
): Map<string, string> {
  fs.mkdirSync(SEED_IMAGES_DIR, { recursive: true });
  const files = new Map<string, string>();
  for (const product of products) {
    const file = path.join(SEED_IMAGES_DIR, `${product.handle}.png`);
    fs.writeFileSync(file, productPng(product.image));
    files.set(product.handle, file);
  }
  return files;
}
