// @vitest-environment node
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { preparePhoto, sniffImageType, PHOTO_SIZE } from '@/lib/profile-photo';
import { checkChosenFile, initialsOf, PHOTO_MAX_BYTES } from '@/lib/profile-photo-rules';
import {
  jpegWithGps,
  oversizedJpeg,
  pixelBombPng,
  png,
  textPretendingToBeJpeg,
  twoFrameGif,
} from '@/tests/support/images';

async function prepared(bytes: Uint8Array) {
  const result = await preparePhoto(bytes);
  if (!result.ok) throw new Error(`refused: ${result.outcome}`);
  return result.photo;
}

describe('sniffImageType', () => {
  it('tells JPEG, PNG and GIF by their first bytes', async () => {
    expect(sniffImageType(await jpegWithGps(8, 8))).toBe('jpeg');
    expect(sniffImageType(await png(8, 8))).toBe('png');
    expect(sniffImageType(await twoFrameGif())).toBe('gif');
  });

  it('knows nothing else, whatever the file is called', async () => {
    expect(sniffImageType(textPretendingToBeJpeg())).toBeNull();
    expect(
      sniffImageType(
        await sharp(await png(8, 8))
          .webp()
          .toBuffer(),
      ),
    ).toBeNull();
    expect(sniffImageType(Buffer.from('GIF8'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe('preparePhoto', () => {
  it('makes one square 512 px WebP with no EXIF, so no location leaves the camera', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.includes('Example Phone')).toBe(true);

    const photo = await prepared(original);
    const meta = await sharp(photo.bytes).metadata();
    expect(photo.contentType).toBe('image/webp');
    expect(meta).toMatchObject({ format: 'webp', width: PHOTO_SIZE, height: PHOTO_SIZE });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(Buffer.from(photo.bytes).includes('Example Phone')).toBe(false);
    expect(Buffer.from(photo.bytes).includes('Exif')).toBe(false);
  });

  it('crops a wide PNG to the square', async () => {
    const meta = await sharp((await prepared(await png(900, 300))).bytes).metadata();
    expect(meta).toMatchObject({ width: PHOTO_SIZE, height: PHOTO_SIZE });
  });

  it('keeps the first frame of an animated GIF, and only that', async () => {
    const photo = await prepared(await twoFrameGif());
    const meta = await sharp(photo.bytes).metadata();
    expect(meta.pages ?? 1).toBe(1);
    const { data } = await sharp(photo.bytes).raw().toBuffer({ resolveWithObject: true });
    // The first frame is red, the second blue.
    expect(data[0]).toBeGreaterThan(150);
    expect(data[2]).toBeLessThan(80);
  });

  it('refuses more than 5 MB before looking further', async () => {
    expect(await preparePhoto(oversizedJpeg(PHOTO_MAX_BYTES + 1))).toEqual({
      ok: false,
      outcome: 'too_large',
    });
  });

  it('refuses a decompression bomb without decoding it', async () => {
    const bomb = pixelBombPng();
    expect(bomb.length).toBeLessThan(100_000);
    expect(await preparePhoto(bomb)).toEqual({ ok: false, outcome: 'too_many_pixels' });
  });

  it('refuses text named .jpg, an empty file and a damaged image', async () => {
    expect(await preparePhoto(textPretendingToBeJpeg())).toEqual({
      ok: false,
      outcome: 'wrong_type',
    });
    expect(await preparePhoto(new Uint8Array())).toEqual({ ok: false, outcome: 'missing' });
    const damaged = (await jpegWithGps()).subarray(0, 600);
    expect(await preparePhoto(damaged)).toEqual({ ok: false, outcome: 'unreadable' });
    expect(await preparePhoto(oversizedJpeg(2_000))).toEqual({ ok: false, outcome: 'unreadable' });
  });
});

describe('checkChosenFile (the browser’s early check)', () => {
  it('lets JPG, PNG and GIF up to 5 MB through', () => {
    expect(checkChosenFile({ size: PHOTO_MAX_BYTES, type: 'image/jpeg' })).toBeNull();
    expect(checkChosenFile({ size: 10, type: 'image/gif' })).toBeNull();
  });

  it('names what is wrong', () => {
    expect(checkChosenFile({ size: PHOTO_MAX_BYTES + 1, type: 'image/png' })).toBe('too_large');
    expect(checkChosenFile({ size: 10, type: 'text/plain' })).toBe('wrong_type');
    expect(checkChosenFile({ size: 10, type: 'image/webp' })).toBe('wrong_type');
    expect(checkChosenFile({ size: 0, type: 'image/png' })).toBe('missing');
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the name, else of the email', () => {
    expect(initialsOf({ firstName: 'dana', lastName: 'Demo', email: 'x@example.com' })).toBe('DD');
    expect(initialsOf({ firstName: 'Émile', lastName: '', email: 'x@example.com' })).toBe('É');
    expect(initialsOf({ firstName: ' ', lastName: '', email: 'zoe@example.com' })).toBe('Z');
  });
});
