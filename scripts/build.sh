#!/usr/bin/env bash
# Builds the whole workspace once, in the dev profile, into the shared target directory: the
# node binary, the runtime's wasm and every test. The dev command and the test command both run
# exactly this, so neither ever rebuilds what the other built.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo build --workspace --all-targets --locked
