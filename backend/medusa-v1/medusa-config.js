// Medusa 1.20 configuration for the storefront's development and test backend.
// Every secret here is a development-only default; override them with environment variables.
const env = process.env;

module.exports = {
  projectConfig: {
    database_url: env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:54329/medusa_account_v1',
    database_type: 'postgres',
    store_cors: env.STORE_CORS || 'http://localhost:3000,http://localhost:3101,http://localhost:3109',
    admin_cors: env.ADMIN_CORS || 'http://localhost:7001',
    jwt_secret: env.JWT_SECRET || 'dev-only-jwt-secret-v1',
    cookie_secret: env.COOKIE_SECRET || 'dev-only-cookie-secret-v1',
    // No redis_url: Medusa keeps sessions in an in-memory store (lost on restart) and the
    // local event bus needs nothing else. Set REDIS_URL to use Redis instead.
    ...(env.REDIS_URL ? { redis_url: env.REDIS_URL } : {}),
  },
  plugins: [
    'medusa-fulfillment-manual',
    'medusa-payment-manual',
    // Files (the product pictures) live in uploads/images and are served from there, at the
    // URL the storefront's server reaches this backend by (MEDUSA_PUBLIC_URL).
    {
      resolve: '@medusajs/file-local',
      options: {
        upload_dir: 'uploads/images',
        backend_url: (env.MEDUSA_PUBLIC_URL || 'http://localhost:9000').replace(/\/+$/, ''),
      },
    },
  ],
  modules: {
    eventBus: { resolve: '@medusajs/event-bus-local' },
    cacheService: { resolve: '@medusajs/cache-inmemory' },
  },
  featureFlags: {},
};
