#!/usr/bin/env bash
# The second command: sets up a fresh machine, builds once, and runs every test: unit tests,
# chain-spec tests, end-to-end tests that start real nodes (a dev chain, a four-authority
# network), and the polkadot.js suite. CI runs exactly this (.ci/run).
#
# The end-to-end tests spend most of their time waiting on 3 s blocks, not computing, so the
# test binaries run in two lanes side by side, each output line prefixed with its lane:
#   [wait]  the long tests that mostly wait on blocks and sessions (the CLI's stories, the
#           consortium's motions, the twin-Dave equivocation, the storage network's pruning),
#           then the polkadot.js suite and the web app's light-client test;
#   [rest]  every other test binary, then the doc tests, then the JavaScript SDK's tests and the
#           web app's browser test.
# The binaries are the ones `cargo test --workspace` builds (listed by `cargo test --no-run`, so
# a new test file lands in [rest] without an edit here, and nothing is built with other
# features); each runs from its package's directory, as cargo runs it. The benchmark tests
# compile, so they run after both lanes, alone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
started=$SECONDS
scripts/setup.sh
scripts/build.sh

echo "== listing the test binaries (cargo test --no-run)"
plan=$(mktemp)
trap 'rm -f "$plan"' EXIT
cargo test --workspace --locked --no-run --message-format=json-render-diagnostics |
	node scripts/test-plan.mjs cli consortium equivocation storage_network >"$plan"
echo "== built in $((SECONDS - started)) s; $(wc -l <"$plan") test binaries"
scripts/prune-target.sh "$plan"

# Runs the binaries of lane $1 in turn; fails, after running them all, if any failed.
run_binaries() {
	local lane=$1 failed=() kind name dir executable binary_started
	while IFS=$'\t' read -r -u 3 in_lane kind name dir executable; do
		[ "$in_lane" = "$lane" ] || continue
		binary_started=$SECONDS
		echo "== $kind $name"
		if ! (cd "$dir" && "$executable" </dev/null); then
			failed+=("$kind $name")
		fi
		echo "== $kind $name: $((SECONDS - binary_started)) s"
	done 3<"$plan"
	if [ ${#failed[@]} -gt 0 ]; then
		echo "== FAILED: ${failed[*]}"
		return 1
	fi
}

wait_lane() {
	local failed=0
	run_binaries wait || failed=1
	echo "== polkadot.js suite"
	(cd tests/polkadotjs && npm test) || failed=1
	echo "== the web app's light client (smoldot) against a local network"
	(cd web && npm run test:light) || failed=1
	return "$failed"
}

rest_lane() {
	local failed=0
	run_binaries rest || failed=1
	echo "== doc tests"
	cargo test --workspace --locked --doc || failed=1
	echo "== JavaScript SDK (unit, interoperability with the Rust client, a dev chain)"
	(cd sdk/js && npm test) || failed=1
	echo "== web app (built on the SDK above, tested in headless Chromium against a dev node)"
	(cd web && npm run build && npm test) || failed=1
	return "$failed"
}

# Runs a lane with every output line prefixed by its name; its status is the lane's.
lane() {
	local name=$1 lane_started=$SECONDS status=0
	("${name}_lane") 2>&1 | sed -u "s/^/[$name] /" || status=$?
	echo "[$name] == lane done in $((SECONDS - lane_started)) s (status $status)"
	return "$status"
}

echo "== tests (unit, chain-spec, end-to-end) and polkadot.js, in two lanes"
lane wait &
wait_pid=$!
lane rest &
rest_pid=$!
status=0
wait "$wait_pid" || status=1
wait "$rest_pid" || status=1
if [ "$status" != 0 ]; then
	echo "== a lane failed: see its '== FAILED' line above ([wait] or [rest])"
	exit 1
fi

echo "== the benchmark scripts' own tests"
python3 scripts/block-propagation-test.py

echo "== benchmarks as tests (runtime-benchmarks; no wasm build)"
# (The pallets' docs were checked by the build above; this feature variant is not rechecked.)
env -u RUSTC_WORKSPACE_WRAPPER SKIP_WASM_BUILD=1 cargo test --locked -p pallet-registry -p pallet-consent -p pallet-records -p pallet-intrusion-detection -p pallet-consortium -p pallet-aura-equivocation -p pallet-example-lab-results -p pallet-envelopes --features runtime-benchmarks
echo "== every test passed in $((SECONDS - started)) s"
