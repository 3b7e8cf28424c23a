import createNextIntlPlugin from 'next-intl/plugin';

import { nextImagesConfig } from './lib/store-files.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The Docker image runs .next/standalone: the server files plus only the node_modules they
  // trace, started by server.mjs (see the Dockerfile).
  output: 'standalone',
  // No source maps for browsers (Next's default, stated because the image must ship none).
  productionBrowserSourceMaps: false,
  // The dev and test backends live inside this repository with their own node_modules;
  // keep the file tracer and the watcher out of them.
  outputFileTracingExcludes: { '*': ['backend/**', '.data/**'] },
  // Product pictures come only from the store's file storage (lib/store-files.mjs). This is
  // what `next dev` uses; a production server applies the same from its own environment
  // when it starts (server.mjs), so a build is not tied to one store.
  images: nextImagesConfig(process.env),
  experimental: {
    // A profile photo (5 MB at most) is posted to a route handler, which reads and limits the
    // body itself (app/account/(signed-in)/profile/photo/route.ts): a server action cannot
    // report upload progress, so Next's server-action body limit plays no part. The proxy
    // (proxy.ts) buffers request bodies up to this size, above a photo and its form.
    proxyClientMaxBodySize: '8mb',
  },
};

// next-intl without locale routing: i18n/request.ts picks each request's language. The
// catalogues (messages/<locale>.json) are compiled at build time, so the browser gets no
// message parser, only the messages its client components use (app/layout.tsx).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

export default withNextIntl(nextConfig);
