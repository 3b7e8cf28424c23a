// Small images the tests make themselves (no binary fixtures in the repository): a camera-like
// JPEG whose EXIF holds a GPS position, a PNG, a two-frame GIF, a PNG that claims more pixels
// than anyone should decode, a file of text that only calls itself .jpg, and a big file.
import { crc32, deflateSync } from 'node:zlib';

import sharp from 'sharp';

const RED = { r: 200, g: 30, b: 30 };
const BLUE = { r: 30, g: 30, b: 200 };

const solid = (width: number, height: number, background = RED) =>
  sharp({ create: { width, height, channels: 3, background } });

/** A JPEG as a phone writes one: camera make and model, and where it was taken. */
export async function jpegWithGps(width = 640, height = 480): Promise<Buffer> {
  return solid(width, height)
    .withExif({
      IFD0: { Make: 'Example Phone', Model: 'Test Camera', Copyright: 'Dana Demo' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 2600/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 3900/100',
      },
    })
    .jpeg()
    .toBuffer();
}

export const png = (width = 300, height = 200, background = RED) =>
  solid(width, height, background).png().toBuffer();

/** Two frames: red, then blue. */
export async function twoFrameGif(): Promise<Buffer> {
  const frames = await Promise.all([png(64, 64, RED), png(64, 64, BLUE)]);
  return sharp(frames, { join: { animated: true } })
    .gif({ delay: [100, 100] })
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG header claiming `side` × `side` pixels, in well under a kilobyte. */
export function pixelBombPng(side = 50_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(side + 1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Text with a .jpg name: what a renamed file looks like to the server. */
export const textPretendingToBeJpeg = () =>
  Buffer.from('This is not a photo, whatever its name says.\n'.repeat(20));

/** A JPEG signature followed by `bytes` of padding: over the limit by size alone. */
export function oversizedJpeg(bytes: number): Buffer {
  const file = Buffer.alloc(bytes, 0);
  file.set([0xff, 0xd8, 0xff, 0xe0]);
  return file;
}

/** Random pixels, which do not compress: about `side`² × 3 bytes of PNG, to watch an upload's progress. */
export const noisyPng = (side = 700) =>
  sharp({
    create: {
      width: side,
      height: side,
      channels: 3,
      background: RED,
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
