#!/usr/bin/env bash
# Regenerates a pallet's weights.rs from its benchmarks, on this machine.
#
#   scripts/benchmark.sh pallet_registry            # one of our pallets
#   scripts/benchmark.sh pallet_balances            # one of FRAME's, as this runtime uses it
#   STEPS=50 REPEAT=20 scripts/benchmark.sh pallet_registry
#   scripts/benchmark.sh overhead                   # an empty block's and an extrinsic's base
#   scripts/benchmark.sh storage DIR                # ParityDB's read and write, on a chain's state
#   scripts/benchmark.sh all [DIR]                  # every weight the runtime states, on one machine
#
# How: builds the runtime wasm with `runtime-benchmarks` (in its own target directory, so the
# benchmarking wasm can never be embedded in a normal build), installs frame-omni-bencher once
# (the stable2609 release's benchmark runner, 0.28.0 = frame-benchmarking-cli 64), runs every
# benchmark of the pallet against the wasm and writes its weights: for our pallets
# pallets/<name>/src/weights.rs through scripts/frame-weight-template.hbs (the pallet's
# `WeightInfo` trait and `SubstrateWeight`); for FRAME's pallets (those listed in
# runtime/src/benchmarks.rs) runtime/src/weights/<pallet>.rs through the runner's own template
# (an implementation of the pallet's `WeightInfo` for this runtime). The command is recorded in
# the file's header.
#
# `overhead` measures what every block and every extrinsic costs before any call's own work
# (`frame-omni-bencher v1 benchmark overhead`: an empty block, then a block filled with
# `system.remark` and divided by their number, each executed 100 times after 10 warm-ups) and
# writes runtime/src/weights/block_weights.rs and extrinsic_weights.rs, which
# runtime/src/configs/mod.rs states in place of FRAME's reference figures. The runner's
# template imports `sp_weights`, which the runtime reaches through `frame_support::weights`; the
# script rewrites that one path.
#
# `storage DIR` measures what one storage read and one write cost on ParityDB, on the state of
# the stopped node whose base path is DIR (the one `scripts/throughput-bench.sh --keep` leaves in
# its kept directory's `node/`; a consortium uses a member node's database, with CHAIN set to its
# chain spec, `dev` by default): the release node's `storage-weights`
# (node/src/storage_weights.rs), on a copy of DIR (it adds final blocks), reads every key of the
# last finalized block's state once from the database with no cache, then writes the keys back
# in batches of 10,000 (BATCH_SIZE), each batch's new trie nodes imported and finalized as a
# block, and writes runtime/src/weights/paritydb_weights.rs and docs/storage-weights.json, which
# runtime/src/configs/mod.rs states as the runtime's `DbWeight`. The weight is the average
# times MUL (1.5 by default): a read through the trie costs about 1.1 µs more per trie level
# (1.6 µs at a new chain's 64 keys, 3.7 to 4.2 µs at the benchmark's 96,000), so the margin is about
# two levels more, a state of some 20 million keys; rerun it on the consortium's state as it
# grows.
#
# `all` reruns them in turn, so that every weight the runtime takes from a benchmark comes from
# the same machine: each pallet listed in runtime/src/benchmarks.rs (FRAME's and ours), then
# `overhead`, then the example pallet (its runtime is built with one more feature, so it comes
# after the others share one build), then, given DIR, `storage DIR` (without DIR the database's
# weights stay as they are). DIR and the release node are checked before anything runs. It
# prints each step and its time (29 minutes on this 2-core machine at spec 127, about 14 more since
# the governance pallets joined at spec 129), and if a step fails it says
# which, and that the weights are then mixed: those before it from this machine, the rest not.
# (Since spec 129 the council's collective, the hospitals' membership and sudo are in the list
# too. Session keeps FRAME's reference weights, its storage charged at this runtime's
# `DbWeight`: its benchmarks are in a crate of their own that needs pallet-staking.)
set -euo pipefail
# A relative DIR is the caller's, not the repository's.
if [ "${1:-}" = all ] && [ -n "${2:-}" ]; then set -- all "$(realpath -m -- "$2")"; fi
if [ "${1:-}" = storage ] && [ -n "${2:-}" ]; then set -- storage "$(realpath -m -- "$2")"; fi
cd "$(dirname "$0")/.."
source scripts/env.sh

# What `storage DIR` needs, checked before anything runs (by `all DIR` too): a stopped node's
# ParityDB database under DIR, and the release node that measures it.
check_storage() {
	ls -d "$1"/chains/*/paritydb/full >/dev/null 2>&1 ||
		{ echo "$1: no chain's ParityDB database under it (chains/<id>/paritydb/full)" >&2; exit 1; }
	[ -x "$CARGO_TARGET_DIR/release/carechain-node" ] ||
		{ echo "benchmark: storage needs the release node at $CARGO_TARGET_DIR/release/carechain-node (scripts/throughput-bench.sh builds it)" >&2; exit 1; }
}

pallet="${1:?usage: scripts/benchmark.sh <pallet_name, e.g. pallet_registry> | overhead | storage DIR | all [DIR]}"
if [ "$pallet" = all ]; then
	if [ -n "${2:-}" ]; then check_storage "$2"; fi
	# The names in the runtime's list, in its order (frame_benchmarking's own baseline is no
	# weight of this runtime's); the example pallet is only in the feature-gated list.
	names=$(sed -n 's/^[[:space:]]*\[\([a-z0-9_]*\),.*/\1/p' runtime/src/benchmarks.rs |
		awk '$0 != "frame_benchmarking" && $0 != "pallet_example_lab_results" && !seen[$0]++')
	mapfile -t pallets <<<"$names"
	if [ "${#pallets[@]}" -lt 13 ]; then
		echo "benchmark all: found ${#pallets[@]} pallets in runtime/src/benchmarks.rs, expected 13 or more: has its list changed shape?" >&2
		exit 1
	fi
	steps_run=("${pallets[@]}" overhead pallet_example_lab_results)
	if [ -n "${2:-}" ]; then steps_run+=("storage"); fi
	total=${#steps_run[@]}
	i=0
	for step in "${steps_run[@]}"; do
		i=$((i + 1))
		echo "benchmark all: [$i/$total] $step"
		started=$(date +%s)
		args=("$step")
		if [ "$step" = storage ]; then args+=("$2"); fi
		if ! bash scripts/benchmark.sh "${args[@]}"; then
			echo "benchmark all: [$i/$total] $step failed: the weights before it are this machine's, the rest are not; fix it and rerun \`scripts/benchmark.sh all\`" >&2
			exit 1
		fi
		echo "benchmark all: [$i/$total] $step took $(( $(date +%s) - started )) s"
	done
	exit 0
fi
[[ "$pallet" =~ ^[a-z0-9_]+$ ]] || { echo "$pallet: a pallet's name is lower case, digits and _" >&2; exit 1; }
crate_dir="pallets/$(echo "${pallet#pallet_}" | tr '_' '-')"
if [ "$pallet" = overhead ]; then
	written="runtime/src/weights/block_weights.rs and extrinsic_weights.rs"
elif [ "$pallet" = storage ]; then
	written="runtime/src/weights/paritydb_weights.rs"
	base_path="${2:?usage: scripts/benchmark.sh storage DIR (the base path of a stopped node)}"
	check_storage "$base_path"
elif [ -d "$crate_dir" ]; then
	written="$crate_dir/src/weights.rs"
	output=(--template scripts/frame-weight-template.hbs --output "$written")
elif grep -qF "[$pallet," runtime/src/benchmarks.rs && [ "$pallet" != frame_benchmarking ]; then
	written="runtime/src/weights/$pallet.rs"
	output=(--output "$written")
else
	echo "$pallet: neither a crate at $crate_dir nor listed in runtime/src/benchmarks.rs" >&2
	exit 1
fi
steps="${STEPS:-50}"
repeat="${REPEAT:-20}"

if [ "$pallet" = storage ]; then
	node="$CARGO_TARGET_DIR/release/carechain-node"
	copy=$(mktemp -d /tmp/carechain-storage-weights.XXXXXX)
	trap 'rm -rf "$copy"' EXIT
	cp -r "$base_path/." "$copy"
	"$node" storage-weights --chain "${CHAIN:-dev}" --base-path "$copy" --on-a-copy --database paritydb \
		--batch-size "${BATCH_SIZE:-10000}" --mul "${MUL:-1.5}" --header scripts/weights-header.txt \
		--json docs/storage-weights.json --weight-path "$written" >/dev/null
	echo "benchmark: wrote $written and docs/storage-weights.json"
	exit 0
fi

tools="$HOME/.cache/carechain/tools"
bencher="$tools/bin/frame-omni-bencher"
if [ ! -x "$bencher" ]; then
	# The runner's own lock builds sc-cli with RocksDB, whose bindings need libclang.
	if ! ls /usr/lib/llvm-*/lib/libclang.so* >/dev/null 2>&1 && ! ls /usr/lib/llvm-*/lib/libclang-*.so >/dev/null 2>&1; then
		sudo_cmd=""
		if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
		$sudo_cmd apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libclang-dev >/dev/null
	fi
	echo "benchmark: installing frame-omni-bencher 0.28.0 (once per machine)"
	# A tool, not a measured artefact: a lighter release profile halves its build on 2 cores.
	CARGO_TARGET_DIR="$HOME/.cache/carechain/omni-target" \
		CARGO_PROFILE_RELEASE_OPT_LEVEL=2 CARGO_PROFILE_RELEASE_LTO=false \
		CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
		cargo install frame-omni-bencher --version 0.28.0 --locked --root "$tools"
fi

bench_target="$HOME/.cache/carechain/bench-target"
# The example pallet is benchmarked in a runtime that has it; every other pallet in the runtime
# a consortium runs, without it.
features=runtime-benchmarks
if [ "$pallet" = pallet_example_lab_results ]; then features+=",example-lab-results"; fi
echo "benchmark: building the runtime wasm with $features"
CARGO_TARGET_DIR="$bench_target" cargo check --locked -p carechain-runtime --features "$features"
wasm="$bench_target/debug/wbuild/carechain-runtime/carechain_runtime.wasm"

if [ "$pallet" = overhead ]; then
	"$bencher" v1 benchmark overhead \
		--runtime "$wasm" \
		--genesis-builder-preset development \
		--header scripts/weights-header.txt \
		--weight-path runtime/src/weights
	for f in runtime/src/weights/block_weights.rs runtime/src/weights/extrinsic_weights.rs; do
		sed -i -e 's/use sp_weights::/use frame_support::weights::/' \
			-e 's/use sp_core::parameter_types;/use frame_support::parameter_types;/' "$f"
	done
	echo "benchmark: wrote $written"
	exit 0
fi

"$bencher" v1 benchmark pallet \
	--runtime "$wasm" \
	--genesis-builder-preset development \
	--pallet "$pallet" \
	--extrinsic '*' \
	--steps "$steps" \
	--repeat "$repeat" \
	--header scripts/weights-header.txt \
	"${output[@]}"
echo "benchmark: wrote $written"
