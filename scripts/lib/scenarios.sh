#!/usr/bin/env bash
# Plays the scenario files (*.yaml) in each directory given (e.g. ../shared/scenarios tests/scenarios) against one
# fresh host (embedded default as scripts/run starts it, temporary data directory) through Direct Line with ../shared/tools/dlclient.py, then
# stops the host. Directories that do not exist are skipped.
set -euo pipefail
files=()
for dir in "$@"; do
  if [ -d "$dir" ]; then files+=("$dir"/*.yaml); fi
done
[ ${#files[@]} -gt 0 ] || { echo "no scenario files in: $*"; exit 1; }
data="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://localhost:$port"
ChatFlow__DataDirectory="$data" dotnet src/Bot/bin/Release/net10.0/ChatFlow.Bot.dll --contentRoot "$PWD/src/Bot/bin/Release/net10.0" --urls "$url" >"$data/host.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "$url/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "host exited:"; cat "$data/host.log"; exit 1; }
  sleep 0.5
done
set +e
python3 ../shared/tools/dlclient.py "$url" "${files[@]}"
rc=$?
set -e
if [ $rc -ne 0 ]; then echo "--- host log ---"; tail -50 "$data/host.log"; fi
exit $rc
