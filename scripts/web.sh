#!/usr/bin/env bash
# The web app next to a dev chain: installs what is missing, builds the workspace (once, as
# scripts/dev.sh does), the SDK and the app, starts a one-node dev chain (JSON-RPC on 9944) and
# serves the app at http://127.0.0.1:4173 until Ctrl-C. The dev accounts (Alice … Ferdie) are in
# the app's account list; Alice is the chain's sudo key, so hospitals are admitted as in the
# README's walkthrough. Extra arguments go to the node.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
scripts/build.sh
echo "== building the SDK and the web app"
(cd sdk/js && npm run build --silent)
(cd web && npm run build --silent)
"$CARECHAIN_NODE" --dev --rpc-port 9944 "$@" &
node_pid=$!
trap 'kill "$node_pid" 2>/dev/null || true' EXIT
echo "== the dev chain's JSON-RPC: ws://127.0.0.1:9944; the app: http://127.0.0.1:4173"
node web/serve.mjs --port 4173
