#!/usr/bin/env bash
# The web app next to a dev chain: installs what is missing, builds the workspace (once, as
# scripts/dev.sh does), the SDK and the app, starts a one-node dev chain (JSON-RPC on 9944) and
# serves the app at http://127.0.0.1:4173 until Ctrl-C. The dev accounts (Alice … Ferdie) are in
# the app's account list; Alice is the chain's sudo key, so hospitals are admitted as in the
# README's walkthrough. The node serves light clients too: http://127.0.0.1:4173/?light=1 connects
# through smoldot with the dev chain's spec. Extra arguments go to the node.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
scripts/build.sh
echo "== building the SDK and the web app"
(cd sdk/js && npm run build --silent)
(cd web && npm run build --silent)
# The dev chain's member node (the node key its spec lists), serving light clients over
# WebSocket on 30334 as well, so that the app's `?light=1` syncs through smoldot.
"$CARECHAIN_NODE" --dev --rpc-port 9944 --node-key "$(printf '01%.0s' {1..32})" \
	--listen-addr /ip4/127.0.0.1/tcp/30333 --listen-addr /ip4/127.0.0.1/tcp/30334/ws \
	--light-clients 8 "$@" &
node_pid=$!
trap 'kill "$node_pid" 2>/dev/null || true' EXIT
rpc() {
	node -e 'fetch("http://127.0.0.1:9944", { method: "POST", headers: { "content-type": "application/json" },
	  body: JSON.stringify({ id: 1, jsonrpc: "2.0", method: process.argv[1], params: [] }) })
	  .then((r) => r.json()).then((a) => console.log(a.result)).catch(() => process.exit(1))' "$1"
}
for _ in $(seq 120); do rpc system_health >/dev/null 2>&1 && break; sleep 1; done
peer=$(rpc system_localPeerId)
spec="$(mktemp -d)/carechain-dev.json"
"$CARECHAIN_NODE" export-chain-spec --chain dev --raw 2>/dev/null | BOOT="/ip4/127.0.0.1/tcp/30334/ws/p2p/$peer" node -e '
let s = ""; process.stdin.on("data", (d) => s += d).on("end", () => {
  const spec = JSON.parse(s); spec.bootNodes = [process.env.BOOT]; process.stdout.write(JSON.stringify(spec));
});' > "$spec"
echo "== the dev chain's JSON-RPC: ws://127.0.0.1:9944; the app: http://127.0.0.1:4173"
echo "== through the light client (smoldot, booting from $peer): http://127.0.0.1:4173/?light=1"
node web/serve.mjs --port 4173 --chain-spec "$spec"
