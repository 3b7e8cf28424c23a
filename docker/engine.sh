#!/usr/bin/env bash
# A Docker engine and Compose v2 for machines that have neither (CI, a fresh Debian laptop).
#
#   bash docker/engine.sh start   install what is missing, start dockerd if none answers
#   bash docker/engine.sh stop    stop the dockerd this script started (and nothing else)
#
# Where `docker info` already answers, `start` changes nothing. Otherwise, on Debian 12
# (bookworm), as root: Debian's docker.io engine (20.10, which the newer CLI talks to by
# negotiating the API down) and iptables; the Compose v2 and buildx CLI plugins, which
# bookworm does not package, from Debian trixie's packages, downloaded with an apt state of
# their own so the machine's apt sources stay as they are. There is no systemd on these
# machines: dockerd runs in the background with its PID in $STATE/dockerd.pid, and `stop`
# ends that process only.
set -euo pipefail

STATE=${DOCKER_ENGINE_STATE:-${TMPDIR:-/tmp}/medusa-account-docker}
PLUGINS=/usr/local/lib/docker/cli-plugins
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$STATE"
export DEBIAN_FRONTEND=noninteractive

say() { printf 'docker/engine.sh: %s\n' "$*"; }

need_root() {
  if [ "$(id -u)" != 0 ]; then
    say "$1 needs root (or install Docker yourself: https://docs.docker.com/engine/install/)"
    exit 1
  fi
}

install_engine() {
  command -v dockerd >/dev/null 2>&1 && return
  need_root "installing the Docker engine"
  say "installing Debian's docker.io and iptables"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends docker.io iptables >/dev/null
}

start_engine() {
  docker info >/dev/null 2>&1 && { say "a Docker engine already answers"; return; }
  need_root "starting dockerd"
  say "starting dockerd (log: $STATE/dockerd.log)"
  nohup dockerd >>"$STATE/dockerd.log" 2>&1 &
  echo $! >"$STATE/dockerd.pid"
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && { say "dockerd is up"; return; }
    sleep 1
  done
  say "dockerd did not answer within 60 s; last lines of its log:"
  tail -20 "$STATE/dockerd.log" >&2
  exit 1
}

install_plugins() {
  if docker compose version >/dev/null 2>&1 && docker buildx version >/dev/null 2>&1; then return; fi
  need_root "installing the Compose and buildx plugins"
  say "installing the Compose v2 and buildx plugins from Debian trixie's packages"
  local apt_state=$STATE/trixie-apt
  mkdir -p "$apt_state/sources" "$apt_state/lists/partial" "$apt_state/cache" "$apt_state/debs" "$apt_state/unpacked"
  cat >"$apt_state/sources/trixie.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  local opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_state/sources"
    -o "Dir::State::Lists=$apt_state/lists" -o "Dir::Cache=$apt_state/cache"
    -o Acquire::Check-Valid-Until=false)
  apt-get "${opts[@]}" update -qq
  (cd "$apt_state/debs" && rm -f ./*.deb && apt-get "${opts[@]}" download docker-compose docker-buildx 2>&1 | grep -v unsandboxed || true)
  for deb in "$apt_state"/debs/*.deb; do dpkg-deb -x "$deb" "$apt_state/unpacked"; done
  mkdir -p "$PLUGINS"
  install -m 755 "$apt_state"/unpacked/usr/libexec/docker/cli-plugins/docker-compose \
    "$apt_state"/unpacked/usr/libexec/docker/cli-plugins/docker-buildx "$PLUGINS/"
  docker compose version
}

stop_engine() {
  local pid_file=$STATE/dockerd.pid
  if [ ! -s "$pid_file" ] || ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    say "no dockerd started by this script is running"
    rm -f "$pid_file"
    return
  fi
  local pid
  pid=$(cat "$pid_file")
  say "stopping dockerd (pid $pid)"
  kill "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pid_file"
}

case "${1:-start}" in
  start)
    if ! command -v docker >/dev/null 2>&1; then install_engine; fi
    if ! docker info >/dev/null 2>&1; then install_engine; start_engine; fi
    install_plugins
    ;;
  stop) stop_engine ;;
  *) echo "usage: bash docker/engine.sh start|stop" >&2; exit 2 ;;
esac
