import 'server-only';

import { randomBytes } from 'node:crypto';

import type { AdapterBase, PhotoMethods } from './adapter';
import { BackendError } from '../store/backend';
import { createCaller, type ByStatus, type Failure } from './call';
import type { Customer, PhotoFile } from '../store/types';
import * as wire from './wire';

// A customer's profile photo lives where the store's product pictures live: in the file
// storage the merchant configured in Medusa (local files in development, S3 or the like in
// production). The store API cannot upload files, so the storefront's server does it through
// the admin upload API with its own credentials (MEDUSA_ADMIN_API_KEY, never sent to a
// browser), and names the file in the customer's metadata through the store API, with the
// customer's session.

/** How one Medusa version's admin upload API is called; the rest is the same on both. */
export type AdminUploadApi = {
  /** Headers that authenticate the storefront's server on the admin API. */
  headers: Record<string, string>;
  /** Reads the stored file from the upload's answer. */
  uploaded: (body: unknown) => { id: string; url: string };
  /** The request that deletes a stored file. */
  deletion: (fileId: string) => { path: string; body?: Record<string, unknown> };
};

/** How each version's photo flow writes the customer's photo metadata (store API). */
export type WritePhotoMetadata = (
  session: string,
  metadata: ReturnType<typeof wire.photoMetadata>,
) => Promise<Customer>;

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

const readFailure = (error: unknown): Failure => ({
  status: error instanceof HttpFailure ? error.status : undefined,
  detail: error instanceof Error ? error.message : String(error),
});

/**
 * Setting and removing the photo, the same on both versions:
 *
 * - set: upload the new file (admin), name it in the metadata (store), delete the old file
 *   (admin): 2 or 3 backend calls. If the metadata cannot be written, the new file is deleted
 *   again and nothing has changed.
 * - remove: clear the metadata (store), delete the file (admin): 1 or 2 calls.
 *
 * The old file is deleted last, once nothing names it; only a file that is this customer's
 * own photo (`wire.isOwnPhotoFile`) is ever deleted. A failed deletion leaves an unused file
 * behind (logged), never a customer without the photo they chose.
 */
export function createProfilePhotos(options: {
  label: string;
  baseUrl: string;
  timeoutMs: number;
  api: AdminUploadApi;
  isStoreFile: wire.StoreFileCheck;
  writeMetadata: WritePhotoMetadata;
}) {
  const { label, baseUrl, api, isStoreFile, writeMetadata } = options;
  const call = createCaller(`${label} admin`, options.timeoutMs, readFailure);
  // Refused admin credentials are the server's misconfiguration, never the shopper's session.
  const ADMIN_REFUSED: ByStatus = { 401: 'unavailable', 403: 'unavailable' };

  async function send(path: string, init: RequestInit & { signal: AbortSignal }) {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { ...api.headers, ...(init.headers as Record<string, string> | undefined) },
    });
    const text = await response.text();
    // The admin API's own words stay in the server log.
    if (!response.ok) throw new HttpFailure(response.status, text.slice(0, 300));
    return text ? (JSON.parse(text) as unknown) : null;
  }

  async function upload(customerId: string, photo: PhotoFile) {
    const name = `${wire.PHOTO_FILE_PREFIX}${customerId}-${randomBytes(8).toString('hex')}.webp`;
    const body = await call(
      'uploadFile',
      (signal) => {
        const form = new FormData();
        form.append('files', new Blob([photo.bytes], { type: photo.contentType }), name);
        return send('/admin/uploads', { method: 'POST', body: form, signal });
      },
      ADMIN_REFUSED,
    );
    return api.uploaded(body);
  }

  async function deleteFile(fileId: string) {
    const { path, body } = api.deletion(fileId);
    await call('deleteFile', (signal) =>
      send(path, {
        method: 'DELETE',
        signal,
        ...(body
          ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
          : {}),
      }),
    );
  }

  /** Deletes a file nothing names any more; a failure is logged, not passed on. */
  async function deleteUnused(fileId: string | null | undefined, why: string) {
    if (!fileId) return;
    await deleteFile(fileId).catch((error: unknown) =>
      console.error(
        `[account] ${label} ${why}: file ${fileId} left in storage (${error instanceof Error ? error.message : String(error)})`,
      ),
    );
  }

  return {
    async set(session: string, customer: Customer, photo: PhotoFile): Promise<Customer> {
      const stored = await upload(customer.id, photo);
      if (!isStoreFile(stored.url) || !wire.isOwnPhotoFile(stored.id, customer.id)) {
        await deleteUnused(stored.id, 'uploadFile (outside the store files)');
        throw new BackendError(
          'unavailable',
          `${label} uploadFile: the stored file ${stored.id} at ${stored.url} is not where the storefront shows store files (set MEDUSA_FILE_URL)`,
        );
      }
      let updated: Customer;
      try {
        updated = await writeMetadata(
          session,
          wire.photoMetadata({ url: stored.url, fileId: stored.id }),
        );
      } catch (error) {
        await deleteUnused(stored.id, 'setProfilePhoto (metadata not written)');
        throw error;
      }
      await deleteUnused(customer.photo?.fileId, 'setProfilePhoto (replaced)');
      return updated;
    },

    async remove(session: string, customer: Customer): Promise<Customer> {
      const updated = await writeMetadata(session, wire.photoMetadata(null));
      await deleteUnused(customer.photo?.fileId, 'removeProfilePhoto');
      return updated;
    },
  };
}

/**
 * The photo methods of a backend: through the admin upload API where the server has admin
 * credentials (`uploadsWith` makes that version's calls with them); without them, none.
 */
export function profilePhotoMethods(
  { version, baseUrl, timeoutMs, adminApiKey, isStoreFile }: AdapterBase,
  uploadsWith: (adminApiKey: string) => AdminUploadApi,
  writeMetadata: WritePhotoMetadata,
): PhotoMethods {
  if (!adminApiKey) return {};
  return {
    profilePhotos: createProfilePhotos({
      label: version,
      baseUrl,
      timeoutMs,
      api: uploadsWith(adminApiKey),
      isStoreFile,
      writeMetadata,
    }),
  };
}
