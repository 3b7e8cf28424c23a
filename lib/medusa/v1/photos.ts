import 'server-only';

import { z } from 'zod';

import type { PhotoMethods } from '../adapter';
import { profilePhotoMethods, type AdminUploadApi } from '../profile-photos';
import * as wire from '../wire';
import type { V1Context } from './client';
import { parseCustomer } from './customer';

/** v1: an admin user's API token; `POST /admin/uploads` answers `uploads: [{ url, key }]`. */
const V1_ADMIN_UPLOADS = (token: string): AdminUploadApi => ({
  headers: { 'x-medusa-access-token': token },
  uploaded: (body) => {
    const { uploads } = wire.parseResponse(
      z.object({ uploads: z.array(z.object({ url: z.string(), key: z.string() })).min(1) }),
      body,
      'v1 uploadFile',
    );
    return { id: uploads[0]!.key, url: uploads[0]!.url };
  },
  deletion: (fileId) => ({ path: '/admin/uploads', body: { file_key: fileId } }),
});

export function photoMethods(context: V1Context): PhotoMethods {
  const { call, medusa, asCustomer } = context;
  // Medusa v1 merges metadata keys and deletes a key set to the empty string.
  return profilePhotoMethods(context, V1_ADMIN_UPLOADS, async (session, metadata) => {
    const cleared = Object.fromEntries(
      Object.entries(metadata).map(([key, value]) => [key, value ?? '']),
    );
    const body = await call('writePhotoMetadata', () =>
      medusa.customers.update({ metadata: cleared }, asCustomer(session)),
    );
    return parseCustomer(context, body, 'writePhotoMetadata');
  });
}
