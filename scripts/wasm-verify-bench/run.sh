#!/usr/bin/env bash
# The wasm cost of a device signature's verification, ours against the `rsa` crate's:
#
#   scripts/wasm-verify-bench/run.sh [--json]
#
# Builds this directory's crate (the runtime's verification sources, included by path) for
# wasm32v1-none in release, in its own target directory (about 30 s the first time: three
# small crates), and times both in Node's wasm engine (run.mjs). The runtime's own figure, in
# wasmtime and with the call's storage, is the records pallet's `anchor_signed_2048` benchmark.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${WASM_VERIFY_BENCH_TARGET:-$HOME/.cache/carechain/wasm-verify-bench}"
rustup target add wasm32v1-none >/dev/null 2>&1 || true
# The workspace's lock file pins the same rsa, sha2 and blake2 the runtime builds with.
cp "$here/../../Cargo.lock" "$here/Cargo.lock"
trap 'rm -f "$here/Cargo.lock"' EXIT
(cd "$here" && env -u RUSTC_WORKSPACE_WRAPPER CARGO_TARGET_DIR="$target" \
	cargo build --quiet --release --target wasm32v1-none)
node "$here/run.mjs" "$target/wasm32v1-none/release/carechain_wasm_verify_bench.wasm" "$@"
