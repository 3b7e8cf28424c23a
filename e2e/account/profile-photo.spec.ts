import type { Page } from '@playwright/test';

import {
  jpegWithGps,
  noisyPng,
  oversizedJpeg,
  png,
  textPretendingToBeJpeg,
} from '../../tests/support/images';
import type { ApiCustomer } from '../../tests/support/store-api';
import { expect, test as base, type TestCustomer } from '../fixtures';

// The profile photo on both versions, through the browser: what the shopper sees, and what
// the backend stored (the customer's metadata, and the file in Medusa's own storage).

const SIX_MB = 6 * 1024 * 1024;

const test = base.extend<{ withPhoto: { customer: TestCustomer; before: ApiCustomer | null } }>({
  /**
   * A new customer, signed in, on the profile page, with a photo already; `before` is what the
   * backend then stores for them.
   */
  withPhoto: async ({ page, api, signedIn }, use) => {
    const customer = await signedIn.newCustomer('/account/profile');
    await uploadThroughPage(page, { name: 'me.png', mimeType: 'image/png', buffer: await png() });
    await use({ customer, before: await api.me(customer.session) });
  },
});

const photoSection = (page: Page) => page.getByRole('region', { name: 'Photo' });
const chooser = (page: Page) => page.getByLabel(/^(Choose a photo|Replace your photo)$/);
const profilePhoto = (page: Page) => page.getByRole('img', { name: 'Your profile photo' });

/** The image the storefront shows is the optimizer's copy of the store's file. */
async function expectShows(page: Page, fileUrl: string) {
  await expect(profilePhoto(page)).toHaveAttribute(
    'src',
    new RegExp(`^/_next/image\\?url=${escape(encodeURIComponent(fileUrl))}&`),
  );
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function fileStatus(page: Page, url: string) {
  return (await page.request.get(url)).status();
}

test.describe('profile photo', () => {
  test.beforeEach(({ backend }) => {
    expect(
      backend.capabilities.storesProfilePhoto,
      'the storefront under test is given the dev backend’s admin credentials',
    ).toBe(true);
  });

  test('choose, preview, upload with progress; shown on the profile, the overview and in the navigation', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/profile', {
      firstName: 'Pia',
      lastName: 'Photo',
    });
    const section = photoSection(page);
    await expect(section.getByRole('img', { name: 'No photo yet: your initials' })).toHaveText(
      'PP',
    );

    await chooser(page).setInputFiles({
      name: 'holiday.png',
      mimeType: 'image/png',
      buffer: await noisyPng(),
    });
    // The preview is the chosen file itself, before anything is sent.
    const preview = section.getByRole('img', { name: 'Preview of the chosen photo' });
    await expect(preview).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(section.getByText('Preview, not saved yet')).toBeVisible();
    expect((await api.me(customer.session))?.photoUrl).toBeNull();

    // A slow connection, so the progress can be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 400 * 1024,
    });
    await section.getByRole('button', { name: 'Upload photo' }).click();
    await expect(section.getByRole('progressbar', { name: 'Upload progress' })).toBeVisible();
    await expect(section.getByText(/^Uploading… \d+%$/)).toBeVisible();
    await expect(page.getByText('Your photo has been saved.')).toBeVisible({ timeout: 20_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    const stored = await api.me(customer.session);
    expect(stored?.photoUrl).toBeTruthy();
    expect(stored?.photoFile).toContain(`profile-photo-${stored?.id}-`);
    await expectShows(page, stored!.photoUrl!);
    const file = await page.request.get(stored!.photoUrl!);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(8, 12).toString()).toBe('WEBP');

    await page.goto('/account');
    await expectShows(page, stored!.photoUrl!);
    await expect(page.getByRole('link', { name: 'Add a profile photo' })).toHaveCount(0);
    const whoIsSignedIn = page.getByRole('complementary').locator('img[data-avatar="photo"]');
    await expect(whoIsSignedIn).toHaveAttribute('src', /^\/_next\/image\?url=/);
    await expect(page.getByRole('complementary')).toContainText('Pia Photo');
  });

  test('replacing deletes the old file; removing deletes the file and brings the initials back', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer('/account/profile', {
      firstName: 'Rae',
      lastName: 'Replace',
    });
    await uploadThroughPage(page, {
      name: 'first.jpg',
      mimeType: 'image/jpeg',
      buffer: await jpegWithGps(),
    });
    const first = (await api.me(customer.session))!;
    // No location or camera details left the storefront.
    const firstBytes = await (await page.request.get(first.photoUrl!)).body();
    expect(firstBytes.includes('Example Phone')).toBe(false);
    expect(firstBytes.includes('Exif')).toBe(false);

    await uploadThroughPage(page, {
      name: 'second.png',
      mimeType: 'image/png',
      buffer: await png(),
    });
    const second = (await api.me(customer.session))!;
    expect(second.photoUrl).not.toBe(first.photoUrl);
    await expectShows(page, second.photoUrl!);
    expect(await fileStatus(page, second.photoUrl!)).toBe(200);
    expect(await fileStatus(page, first.photoUrl!)).toBe(404);

    await photoSection(page).getByRole('button', { name: 'Remove photo' }).click();
    await expect(page.getByText('Your photo has been removed.')).toBeVisible();
    await expect(
      photoSection(page).getByRole('img', { name: 'No photo yet: your initials' }),
    ).toHaveText('RR');
    expect(await api.me(customer.session)).toMatchObject({ photoUrl: null, photoFile: null });
    expect(await fileStatus(page, second.photoUrl!)).toBe(404);
    await page.goto('/account');
    await expect(page.getByRole('link', { name: 'Add a profile photo' })).toBeVisible();
  });

  test('a 6 MB file is refused as soon as it is chosen, and nothing is sent', async ({
    page,
    api,
    withPhoto: { customer, before },
  }) => {
    let sent = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/account/profile/photo'))
        sent = true;
    });
    await chooser(page).setInputFiles({
      name: 'huge.jpg',
      mimeType: 'image/jpeg',
      buffer: oversizedJpeg(SIX_MB),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: 'That file is larger than 5 MB.' }),
    ).toBeVisible();
    await expect(chooser(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(
      photoSection(page).getByRole('img', { name: 'Preview of the chosen photo' }),
    ).toHaveCount(0);
    await photoSection(page).getByRole('button', { name: 'Upload photo' }).click();
    await expect(chooser(page)).toBeFocused();
    expect(sent).toBe(false);
    expect(await api.me(customer.session)).toEqual(before);
    await expectShows(page, before!.photoUrl!);
  });

  test('a .jpg that is really text is refused by the server, and the photo stays', async ({
    page,
    api,
    withPhoto: { customer, before },
  }) => {
    await chooser(page).setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: textPretendingToBeJpeg(),
    });
    await photoSection(page).getByRole('button', { name: 'Upload photo' }).click();
    await expect(
      page.getByText(
        'That file is not a JPG, PNG or GIF image. Choose a photo in one of those formats.',
      ),
    ).toBeVisible();
    expect(await api.me(customer.session)).toEqual(before);
    expect(await fileStatus(page, before!.photoUrl!)).toBe(200);
  });

  test('another site cannot post a photo for a signed-in shopper', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer();
    const response = await page.request.post('/account/profile/photo', {
      headers: { origin: 'https://evil.example', accept: 'application/json' },
      multipart: {
        photo: { name: 'x.png', mimeType: 'image/png', buffer: await png() },
      },
    });
    expect(response.status()).toBe(403);
    expect((await api.me(customer.session))?.photoUrl).toBeNull();
  });
});

test.describe('profile photo abuse limit', () => {
  test('ten photo changes an hour per customer; the eleventh is refused and changes nothing', async ({
    page,
    api,
    signedIn,
  }) => {
    const customer = await signedIn.newCustomer();
    const buffer = await png(64, 64);
    const post = () =>
      page.request.post('/account/profile/photo', {
        headers: { accept: 'application/json' },
        multipart: { photo: { name: 'me.png', mimeType: 'image/png', buffer } },
      });
    for (let i = 0; i < 10; i += 1) expect((await post()).status()).toBe(200);
    const stored = await api.me(customer.session);
    const refused = await post();
    expect(refused.status()).toBe(429);
    expect(await refused.json()).toMatchObject({
      outcome: 'too_many',
      message: expect.stringMatching(/^Too many attempts\. Try again in \d+ minutes?\.$/),
    });
    expect(await api.me(customer.session)).toEqual(stored);
  });
});

test.describe('profile photo without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a plain file field and button upload, refuse 6 MB and text, and remove', async ({
    page,
    api,
    backend,
    signedIn,
  }) => {
    expect(backend.capabilities.storesProfilePhoto).toBe(true);
    const customer = await signedIn.newCustomer('/account/profile', {
      firstName: 'Noa',
      lastName: 'Script',
    });
    const upload = photoSection(page).getByRole('button', { name: 'Upload photo' });

    await chooser(page).setInputFiles({
      name: 'me.jpg',
      mimeType: 'image/jpeg',
      buffer: textPretendingToBeJpeg(),
    });
    await upload.click();
    await expect(page).toHaveURL(/\/account\/profile\?photo=wrong_type#profile-photo$/);
    await expect(page.getByText('That file is not a JPG, PNG or GIF image.')).toBeVisible();
    expect((await api.me(customer.session))?.photoUrl).toBeNull();

    await chooser(page).setInputFiles({
      name: 'huge.jpg',
      mimeType: 'image/jpeg',
      buffer: oversizedJpeg(SIX_MB),
    });
    await upload.click();
    await expect(
      page.getByText('That file is larger than 5 MB. Choose a smaller photo.'),
    ).toBeVisible();
    expect((await api.me(customer.session))?.photoUrl).toBeNull();

    await chooser(page).setInputFiles({
      name: 'me.jpg',
      mimeType: 'image/jpeg',
      buffer: await jpegWithGps(),
    });
    await upload.click();
    await expect(page).toHaveURL(/\/account\/profile\?photo=saved#profile-photo$/);
    await expect(page.getByText('Your photo has been saved.')).toBeVisible();
    const stored = (await api.me(customer.session))!;
    expect(stored.photoUrl).toBeTruthy();
    await expectShows(page, stored.photoUrl!);

    await photoSection(page).getByRole('button', { name: 'Remove photo' }).click();
    await expect(page.getByText('Your photo has been removed.')).toBeVisible();
    expect((await api.me(customer.session))?.photoUrl).toBeNull();
    expect(await fileStatus(page, stored.photoUrl!)).toBe(404);
  });
});

async function uploadThroughPage(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  await chooser(page).setInputFiles(file);
  await photoSection(page).getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByText('Your photo has been saved.')).toBeVisible();
  await expect(profilePhoto(page)).toBeVisible();
}
