#!/usr/bin/env bash
# Proves that `npm start` works as root in a checkout under /root (mode 700), with nothing set:
# the embedded PostgreSQL runs as the system user "postgres", which cannot enter /root, so the
# API must copy the binaries and keep the data where that user can reach them (README, Quick start).
# Copies this checkout (node_modules included, built output left out) to a fresh directory under
# /root, runs `npm start` there and waits for /api/health to say PostgreSQL and Meilisearch are up.
# Bounded: gives up after START_TIMEOUT seconds (default 600). Runs only as root.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "start-under-root: skipped (not root)"
  exit 0
fi

timeout_s="${START_TIMEOUT:-600}"
mkdir -p /root && chmod 700 /root
checkout="$(mktemp -d /root/twinning-start-check.XXXXXX)"   # mode 700 itself
log="$checkout.log"
portal_pid=""
cleanup() {
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill -INT -- "-$portal_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$portal_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$portal_pid" 2>/dev/null || true
  fi
  # The data directory the portal chose for this checkout (named in its log), then the checkout.
  data_dir="$(sed -n 's|.*local data under \(/var/lib/twinning-exchange/data-[A-Za-z0-9._-]*\).*|\1|p' "$log" 2>/dev/null | head -1)"
  [ -n "$data_dir" ] && rm -rf "$data_dir"
  rm -rf "$checkout" "$log"
}
trap cleanup EXIT

echo "start-under-root: copying the checkout to $checkout"
tar --exclude=./dist --exclude=./.data --exclude=./.nx --exclude=./backups -cf - . | tar -xf - -C "$checkout"

port_of() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
port="$(port_of)"
# Free ports, so the check never meets another portal; DATA_DIR and everything else stay unset.
(
  cd "$checkout"
  export PORT="$port" LOCAL_POSTGRES_PORT="$(port_of)" LOCAL_MEILISEARCH_PORT="$(port_of)"
  unset DATA_DIR DATABASE_URL MEILI_HOST MEILI_MASTER_KEY
  exec setsid npm start
) >"$log" 2>&1 &
portal_pid=$!

deadline=$((SECONDS + timeout_s))
while [ "$SECONDS" -lt "$deadline" ]; do
  if ! kill -0 "$portal_pid" 2>/dev/null; then
    tail -40 "$log"
    echo "start-under-root: npm start exited before the portal answered"
    echo "start-under-root: 0 passed, 1 failed"
    exit 1
  fi
  health="$(curl -fsS "http://127.0.0.1:$port/api/health" 2>/dev/null || true)"
  if [ -n "$health" ] && node -e 'const h=JSON.parse(process.argv[1]); process.exit(JSON.stringify(h).includes("\"down\"") ? 1 : 0)' "$health"; then
    echo "start-under-root: the portal answers from $checkout: $health"
    echo "start-under-root: 1 passed, 0 failed"
    exit 0
  fi
  sleep 2
done
tail -40 "$log"
echo "start-under-root: no healthy answer within ${timeout_s} s"
echo "start-under-root: 0 passed, 1 failed"
exit 1
