// The merchant's account on the dev backends, in a module of its own so that the browser
// suites' merchant steps load without the backend tool.
import { DEV_V1_ADMIN_API_TOKEN } from '../../lib/dev-secrets';

/**
 * The merchant's account on both dev backends, through which the seed uploads the product
 * pictures and acts on the personas' orders. Development only; overridable.
 */
export const DEV_ADMIN = {
  email: process.env.MEDUSA_ADMIN_EMAIL ?? 'admin@example.com',
  password: process.env.MEDUSA_ADMIN_PASSWORD ?? 'dev-only-admin-password',
  /** Medusa v1 admin API token (header x-medusa-access-token). */
  v1ApiToken: process.env.MEDUSA_ADMIN_API_TOKEN ?? DEV_V1_ADMIN_API_TOKEN,
};
