#!/usr/bin/env bash
# Fetches the official Bot Framework Web Chat bundle (npm package botframework-webchat, version pinned in
# src/Bot/package.json + package-lock.json) into src/Bot/wwwroot/lib/botframework-webchat/webchat.js.
# The bundle is generated, never committed (wwwroot/lib is gitignored). Idempotent: does nothing when the bundle
# exists and package.json/package-lock.json have not changed since it was fetched.
# Usage: scripts/fetch-webchat.sh [--force]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bot="$root/src/Bot"
dest="$bot/wwwroot/lib/botframework-webchat"
stamp="$dest/.package-hash"

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-webchat: npm is required to fetch the Web Chat bundle (Debian: apt-get install nodejs npm)." >&2
  exit 1
fi

hash_inputs() { cat "$bot/package.json" "$bot/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1; }
want="$(hash_inputs)"

if [ "${1:-}" != "--force" ] && [ -s "$dest/webchat.js" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

echo "fetch-webchat: installing botframework-webchat with npm…"
cd "$bot"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
else
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error
fi

src="$bot/node_modules/botframework-webchat/dist/webchat.js"
if [ ! -s "$src" ]; then
  echo "fetch-webchat: $src is missing after npm install; is the botframework-webchat version in package.json right?" >&2
  exit 1
fi
mkdir -p "$dest"
cp "$src" "$dest/webchat.js.tmp"
mv "$dest/webchat.js.tmp" "$dest/webchat.js"
echo "$want" > "$stamp"
echo "fetch-webchat: $(du -h "$dest/webchat.js" | cut -f1) bundle in ${dest#"$root"/}"
