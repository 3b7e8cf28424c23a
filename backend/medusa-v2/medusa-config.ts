import { defineConfig, loadEnv } from '@medusajs/framework/utils';

// Medusa 2.21 configuration for the storefront's development and test backend.
// Every secret here is a development-only default; override them with environment variables.
loadEnv(process.env.NODE_ENV || 'development', process.cwd());

const env = process.env;
const storeCors = env.STORE_CORS || 'http://localhost:3000,http://localhost:3102,http://localhost:3109';

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:54329/medusa_account_v2',
    http: {
      storeCors,
      adminCors: env.ADMIN_CORS || 'http://localhost:7001',
      authCors: env.AUTH_CORS || storeCors,
      jwtSecret: env.JWT_SECRET || 'dev-only-jwt-secret-v2',
      cookieSecret: env.COOKIE_SECRET || 'dev-only-cookie-secret-v2',
    },
    // The dev backend is served over plain http: a Secure cookie would never be sent back.
    cookieOptions: { secure: false, sameSite: 'lax' },
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
  },
  admin: { disable: true },
});
