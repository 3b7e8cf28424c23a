import { defineConfig, loadEnv } from '@medusajs/framework/utils';

// Medusa 2.21 configuration for the storefront's development and test backend.
// Every secret here is a development-only default; override them with environment variables.
loadEnv(process.env.NODE_ENV || 'development', process.cwd());

const env = process.env;
const storeCors = env.STORE_CORS || 'http://localhost:3000,http://localhost:3102,http://localhost:3109';
const databaseUrl = env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:54329/medusa_account_v2';
const redisUrl = env.REDIS_URL;

// Medusa turns SSL on for every database host but localhost unless the URL says
// `sslmode=disable`; the dev backend's databases (embedded, or a container beside it) speak
// plain TCP. SSL is used when the URL asks for it (`sslmode=require`, say).
const sslRequested = /[?&]sslmode=(?!disable)/i.test(databaseUrl);

// With Redis, Medusa keeps its events, cache, workflows and locks there too (and sessions, by
// `redisUrl`), so they survive a restart and are shared by every instance; without it they
// live in memory.
const redisModules = redisUrl
  ? [
      { resolve: '@medusajs/medusa/cache-redis', options: { redisUrl } },
      { resolve: '@medusajs/medusa/event-bus-redis', options: { redisUrl } },
      { resolve: '@medusajs/medusa/workflow-engine-redis', options: { redis: { redisUrl } } },
      {
        resolve: '@medusajs/medusa/locking',
        options: {
          providers: [
            { resolve: '@medusajs/medusa/locking-redis', id: 'locking-redis', is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : [];

// Files (the product pictures) are kept in ./static and served from there, at the URL the
// storefront's server reaches this backend by (MEDUSA_PUBLIC_URL).
const publicUrl = (env.MEDUSA_PUBLIC_URL || 'http://localhost:9001').replace(/\/+$/, '');
const fileModule = {
  resolve: '@medusajs/medusa/file',
  options: {
    providers: [
      { resolve: '@medusajs/medusa/file-local', id: 'local', options: { upload_dir: 'static', backend_url: `${publicUrl}/static` } },
    ],
  },
};

// Two-step sign-in (TOTP with recovery codes), built into Medusa's auth module since 2.15.3.
// Listing the auth module replaces Medusa's default one, so the email-and-password provider is
// listed again. `disable_policy: 'challenge'` makes removing a factor take a current code:
// under the default ("session") any signed-in session may remove it. MFA_DISABLE_POLICY=default
// leaves Medusa's default, for the test that the storefront checks the code itself. The issuer
// is the name authenticator apps show next to the code: the store's.
const authModule = {
  resolve: '@medusajs/medusa/auth',
  options: {
    providers: [{ resolve: '@medusajs/medusa/auth-emailpass', id: 'emailpass' }],
    mfa: {
      encryption_key: env.AUTH_MFA_ENCRYPTION_KEY || 'dev-only-mfa-encryption-key-v2',
      ...(env.MFA_DISABLE_POLICY === 'default' ? {} : { disable_policy: 'challenge' as const }),
      providers: [{ id: 'totp', options: { issuer: env.STORE_NAME || 'Medusa Store' } }],
    },
  },
};

// Translations (Medusa's Translation Module, 2.12.3 and later, behind its `translation` feature
// flag): the store routes for products answer in the request's locale (`x-medusa-locale`), and
// the seed gives every product a German and a French title. MEDUSA_TRANSLATIONS=off leaves them
// out, for a store without them. The flag alone does not load the module (Medusa's defaults
// decide that before the flags are read), so the module is listed too; it has tables of its
// own, which `db:migrate` creates.
const translations = env.MEDUSA_TRANSLATIONS?.trim().toLowerCase() !== 'off';
const translationModules = translations ? [{ resolve: '@medusajs/medusa/translation' }] : [];

module.exports = defineConfig({
  projectConfig: {
    databaseUrl,
    ...(sslRequested ? {} : { databaseDriverOptions: { connection: { ssl: false } } }),
    http: {
      storeCors,
      adminCors: env.ADMIN_CORS || 'http://localhost:7001',
      authCors: env.AUTH_CORS || storeCors,
      jwtSecret: env.JWT_SECRET || 'dev-only-jwt-secret-v2',
      cookieSecret: env.COOKIE_SECRET || 'dev-only-cookie-secret-v2',
    },
    // The dev backend is served over plain http: a Secure cookie would never be sent back.
    cookieOptions: { secure: false, sameSite: 'lax' },
    ...(redisUrl ? { redisUrl } : {}),
  },
  admin: { disable: true },
  featureFlags: { translation: translations },
  modules: [authModule, fileModule, ...translationModules, ...redisModules],
});
