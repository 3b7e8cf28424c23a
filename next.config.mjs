/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The dev and test backends live inside this repository with their own node_modules;
  // keep the file tracer and the watcher out of them.
  outputFileTracingExcludes: { '*': ['backend/**', '.data/**'] },
};

export default nextConfig;
