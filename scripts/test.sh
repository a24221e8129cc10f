#!/usr/bin/env bash
# The second command: sets up a fresh machine, builds once, and runs every test: unit tests,
# chain-spec tests, end-to-end tests that start real nodes (a dev chain, a four-authority
# network), and the polkadot.js suite. CI runs exactly this (.ci/run).
#
# The end-to-end tests spend most of their time waiting on 3 s blocks, not computing, so after
# the build the tests run in two lanes side by side, each line of output prefixed with its lane:
#   [wait]  the long tests that mostly wait on blocks and sessions (the CLI's stories, the
#           consortium's motions, the twin-Dave equivocation), then the polkadot.js suite;
#   [rest]  every other test target (listed from `cargo metadata`, so a new test file lands
#           here without an edit), then the doc tests.
# The benchmark tests compile, so they run after both lanes, alone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
started=$SECONDS
scripts/setup.sh
scripts/build.sh
echo "== built in $((SECONDS - started)) s"

waiting=(cli consortium equivocation)
mapfile -t rest < <(cargo metadata --format-version 1 --no-deps --locked | node -e '
	const waiting = new Set(process.argv.slice(1));
	const metadata = JSON.parse(require("fs").readFileSync(0, "utf8"));
	const names = new Set();
	for (const pkg of metadata.packages)
		for (const target of pkg.targets)
			if (target.kind.includes("test") && !waiting.has(target.name)) names.add(target.name);
	console.log([...names].sort().join("\n"));
' "${waiting[@]}")

# Runs its arguments with every output line prefixed by the lane's name; its status is theirs.
lane() {
	local name=$1
	shift
	local lane_started=$SECONDS status=0
	("$@") 2>&1 | sed -u "s/^/[$name] /" || status=$?
	echo "[$name] == lane done in $((SECONDS - lane_started)) s (status $status)"
	return "$status"
}

# Each lane runs all its steps, failed or not, and fails if any did.
wait_lane() {
	local failed=0
	cargo test --workspace --locked --no-fail-fast "${waiting[@]/#/--test=}" || failed=1
	echo "== polkadot.js suite"
	(cd tests/polkadotjs && npm test) || failed=1
	return "$failed"
}

rest_lane() {
	local failed=0
	cargo test --workspace --locked --no-fail-fast --lib --bins "${rest[@]/#/--test=}" || failed=1
	echo "== doc tests"
	cargo test --workspace --locked --doc || failed=1
	return "$failed"
}

echo "== cargo test (unit, chain-spec, end-to-end) and polkadot.js, in two lanes"
lane wait wait_lane &
wait_pid=$!
lane rest rest_lane &
rest_pid=$!
status=0
wait "$wait_pid" || status=1
wait "$rest_pid" || status=1
if [ "$status" != 0 ]; then
	echo "== a lane failed (its lines above start with [wait] or [rest]; look for FAILED)"
	exit 1
fi

echo "== benchmarks as tests (runtime-benchmarks; no wasm build)"
# (The pallets' docs were checked by the build above; this feature variant is not rechecked.)
env -u RUSTC_WORKSPACE_WRAPPER SKIP_WASM_BUILD=1 cargo test --locked -p pallet-registry -p pallet-consent -p pallet-records -p pallet-intrusion-detection -p pallet-consortium --features runtime-benchmarks
echo "== every test passed in $((SECONDS - started)) s"
