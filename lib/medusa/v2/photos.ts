import 'server-only';

import { z } from 'zod';

import type { PhotoMethods } from '../adapter';
import { profilePhotoMethods, type AdminUploadApi } from '../profile-photos';
import * as wire from '../wire';
import type { V2Context } from './client';
import { CUSTOMER_FIELDS, parseCustomer } from './customer';

/** v2: a secret API key, by HTTP Basic; `POST /admin/uploads` answers `files: [{ id, url }]`. */
const V2_ADMIN_UPLOADS = (secretKey: string): AdminUploadApi => ({
  headers: { authorization: `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}` },
  uploaded: (body) => {
    const { files } = wire.parseResponse(
      z.object({ files: z.array(z.object({ id: z.string(), url: z.string() })).min(1) }),
      body,
      'v2 uploadFile',
    );
    return files[0]!;
  },
  deletion: (fileId) => ({ path: `/admin/uploads/${encodeURIComponent(fileId)}` }),
});

export function photoMethods(context: V2Context): PhotoMethods {
  const { request, asCustomer } = context;
  // Medusa v2 merges metadata keys and clears a key set to null.
  return profilePhotoMethods(context, V2_ADMIN_UPLOADS, async (session, metadata) => {
    const body = await request('writePhotoMetadata', '/store/customers/me', {
      method: 'POST',
      body: { metadata },
      query: { fields: CUSTOMER_FIELDS },
      headers: asCustomer(session),
    });
    return parseCustomer(context, body, 'writePhotoMetadata');
  });
}
