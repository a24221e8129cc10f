#!/usr/bin/env bash
# The second command: sets up a fresh machine, builds once, and runs every test: unit tests,
# chain-spec tests, end-to-end tests that start real nodes (a dev chain, a four-authority
# network), and the polkadot.js suite. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
# Every build below also runs rustdoc on our library crates with -D broken_intra_doc_links, from
# the same artifacts (scripts/rustc-doc-check): a doc link to nothing fails CI.
export RUSTC_WORKSPACE_WRAPPER="$PWD/scripts/rustc-doc-check"
scripts/build.sh

echo "== cargo test (unit, chain-spec, end-to-end)"
cargo test --workspace --locked --no-fail-fast

echo "== benchmarks as tests (runtime-benchmarks; no wasm build)"
SKIP_WASM_BUILD=1 cargo test --locked -p pallet-registry -p pallet-consent -p pallet-records -p pallet-intrusion-detection -p pallet-consortium --features runtime-benchmarks

echo "== polkadot.js suite"
(cd tests/polkadotjs && npm test)
