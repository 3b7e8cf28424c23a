# The storefront's image: one image for every store. Everything store-specific (MEDUSA_VERSION,
# MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY or MEDUSA_PUBLISHABLE_KEY_FILE, SESSION_SECRET,
# SESSION_COOKIE_SECURE, REDIS_URL, TRUSTED_PROXY_HOPS, RATE_LIMIT_*, MEDUSA_TIMEOUT_MS,
# MEDUSA_FILE_URL) is read when the server starts; the build bakes in none of it (docs/configuration.md,
# "Settings").
#
#   docker build -t medusa-account/storefront:dev .
#   docker run -p 3000:3000 -e MEDUSA_BACKEND_URL=… -e MEDUSA_PUBLISHABLE_KEY=… \
#     -e SESSION_SECRET=… medusa-account/storefront:dev
#
# It runs server.mjs (client address for the abuse limits, draining on SIGTERM) as user `node`
# (uid 1000) on port 3000, with Next's standalone output: the server files and only the
# node_modules they use. GET /api/health is its liveness check.

# The repository's npm packages, development ones included (the build needs them). Other
# Dockerfiles of this repository start with this same stage, so they share its layer cache.
# --legacy-peer-deps as in the repository's .npmrc, which this stage does not copy.
FROM node:20-bookworm-slim AS repo-deps
WORKDIR /repo
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund --legacy-peer-deps

FROM repo-deps AS build
ENV NEXT_TELEMETRY_DISABLED=1 npm_config_update_notifier=false
COPY . .
# /out/app is the whole application as the image ships it: the standalone server files and
# their traced node_modules, the browser assets, public/, server.mjs and the image settings
# it applies (lib/store-files.mjs). Next's own standalone server.js is left out (server.mjs
# starts Next instead), and so are the server source maps Next writes beside its chunks.
RUN set -eu; \
    npm run build; \
    mkdir -p /out; \
    cp -a .next/standalone /out/app; \
    rm /out/app/server.js; \
    cp -a .next/static /out/app/.next/static; \
    cp -a public /out/app/public; \
    cp server.mjs /out/app/server.mjs; \
    mkdir -p /out/app/lib; \
    cp lib/store-files.mjs /out/app/lib/store-files.mjs; \
    find /out/app -name '*.map' -delete; \
    if find /out/app -name '.env*' | grep -q .; then echo 'an .env file reached the image' >&2; exit 1; fi

# Debian and the node binary only: no npm, no headers, no build tools.
FROM debian:bookworm-slim AS runtime
# The user `node` (uid 1000) as in the official Node images. The application stays root's
# and read-only to it; only Next's cache folder is its to write.
RUN set -eu; \
    groupadd --gid 1000 node; \
    useradd --uid 1000 --gid node --shell /bin/bash --create-home node; \
    mkdir -p /app/.next/cache; \
    chown node:node /app/.next/cache
COPY --from=repo-deps /usr/local/bin/node /usr/local/bin/node
COPY --from=build /out/app /app
WORKDIR /app
# Docker sets HOSTNAME to the container id; listen on every interface instead.
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0 NEXT_TELEMETRY_DISABLED=1
USER node
EXPOSE 3000
# Liveness only: /api/health never calls Medusa, so a Medusa outage does not restart this.
# Plain bash over TCP: a check every few seconds must cost next to nothing (starting node for
# each one costs a good part of a core on a small machine).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-3000} && printf 'GET /api/health HTTP/1.0\\r\\n\\r\\n' >&3 && read -t 4 -r status <&3 && [[ $status == *' 200 '* ]]"]
# server.mjs handles SIGTERM itself (it stops taking connections and lets requests in flight
# finish, at most 10 s), also as PID 1; give `docker stop`/compose a grace period above that.
# The heap's old space is capped (as by `npm start`) so that V8 collects before it grows: the
# storefront stays under 200 MB resident at 20 busy sessions instead of 250-400 MB.
CMD ["node", "--max-old-space-size=192", "server.mjs"]
