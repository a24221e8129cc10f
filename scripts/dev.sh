#!/usr/bin/env bash
# The first command: sets up a fresh machine, builds, and starts a one-node dev chain
# (Alice authors a block every 3 s; GRANDPA finalizes; dev accounts are funded).
# JSON-RPC on ws://127.0.0.1:9944. Extra arguments go to the node (e.g. --rpc-port 9945).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
scripts/build.sh
exec "$CARECHAIN_NODE" --dev "$@"
