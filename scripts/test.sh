#!/usr/bin/env bash
# The second command: sets up a fresh machine, builds once, and runs every test: unit tests,
# chain-spec tests, end-to-end tests that start real nodes (a dev chain, a four-authority
# network), and the polkadot.js suite. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
scripts/build.sh

echo "== cargo test (unit, chain-spec, end-to-end)"
cargo test --workspace --locked --no-fail-fast

echo "== benchmarks as tests (runtime-benchmarks; no wasm build)"
# (The pallets' docs were checked by the build above; this feature variant is not rechecked.)
env -u RUSTC_WORKSPACE_WRAPPER SKIP_WASM_BUILD=1 cargo test --locked -p pallet-registry -p pallet-consent -p pallet-records -p pallet-intrusion-detection -p pallet-consortium --features runtime-benchmarks

echo "== polkadot.js suite"
(cd tests/polkadotjs && npm test)
