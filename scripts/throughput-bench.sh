#!/usr/bin/env bash
# The throughput benchmark: how many device-signed anchors and plain transfers a one-node
# CareChain dev chain includes a second on this machine, how fast, and at what cost.
#
#   scripts/throughput-bench.sh            a release node, the full ladder (about 15 minutes
#                                          after the build); writes docs/throughput.json and
#                                          docs/throughput.png, the README's figures
#   scripts/throughput-bench.sh --smoke    the dev build, a tiny ladder (a minute): checks that
#                                          the benchmark runs; writes into /tmp/carechain-bench-smoke
#   --out DIR                              write the JSON and the chart into DIR instead
#   --network                              against the four-authority local network instead
#                                          (Alice, Bob, Charlie and Dave, four validator
#                                          processes on this machine, each re-executing every
#                                          block on the same cores; the load goes to Alice's
#                                          node, whose CPU is reported); writes
#                                          throughput-network.json and .png; each step of it
#                                          reports, by author, the blocks its nodes proposed
#                                          and why each proposal ended (full, or the pool
#                                          had no more), and how long each block took from
#                                          its author's seal to each other node's import, and
#                                          why a height was sealed twice
#                                          (scripts/block-propagation.py: <name>-propagation.json)
#   --spread                               with --network: the load over all four nodes (each
#                                          sender's to one; the follower, the governance probe
#                                          and the CPU figure stay Alice's), as a consortium's
#                                          devices each send to their own hospital's node;
#                                          writes throughput-network-spread.json and .png
#   --machine-ceiling                      what this machine executes, not what the runtime
#                                          admits: one node whose runtime is built with the
#                                          `machine-ceiling` feature (a block may weigh 8 s and
#                                          hold 8 MiB, so the runtime stops no block: the
#                                          author's proposal window does, 2 s of the slot and
#                                          longer after a missed slot, and the block builder's
#                                          4 MiB; never a consortium's runtime), a
#                                          pool four times as large, anchors at 1,000 and 1,500
#                                          a second from 768 devices and transfers at 1,500 and
#                                          2,500; writes throughput-machine-ceiling.json and
#                                          .png. It builds that node as
#                                          carechain-node-machine-ceiling beside the release
#                                          node, then the release node again (the runtime built
#                                          twice: about 6 minutes warm). Every run checks the
#                                          runtime's implementation name, so that no other run
#                                          measures the machine-ceiling runtime
#   --no-build                             use the binaries already built
#   --keep                                 keep the node's log and database afterwards
#   --pool-metrics                         also record the transaction pool's own counts from
#                                          the loaded node's Prometheus endpoint every 2 s
#                                          (ready and future in its views, its mempool, what it
#                                          dropped, finalized and found invalid, how long its
#                                          upkeep took): <name>-pool.json and a chart,
#                                          <name>-pool.svg, beside the report
#   --anchor-rates LIST, --batch-rates LIST, --transfer-rates LIST
#                                          other ladders (comma-separated, 0 for none)
#   --devices N                            the load set's devices (default 256, 8 for --smoke; a
#                                          multiple of 8, eight to a patient): each reads every
#                                          500 ms, so 256 offer at most 512 anchors a second;
#                                          512 devices reach 1,024 (a larger set takes longer
#                                          to prepare)
#   --batch-size N                         readings a batch carries (default 2048; every reading
#                                          of a batch step is sealed and kept in the generator's
#                                          memory first: 3.7 million for the default 30 s step,
#                                          about 3 GB)
#   CARECHAIN_BENCH_NODE_ARGS="..."       more arguments for the loaded node (e.g.
#                                          "-ltxpool=trace" to see why its pool refuses or
#                                          removes a transaction; it slows the node)
#   -- ARGS                                more arguments for `carechain load bench`
#                                          (e.g. -- --anchor-rates 500,1000 --duration-secs 60)
#
# It builds the release node and client (`cargo build --release --locked -p carechain-node
# -p carechain-client`: 45 to 50 minutes cold on the 2-core machine, the dependency tree built a
# second time, in the release profile; a minute or two warm), starts `carechain-node --dev` with
# its own intrusion detection set to observe (the benchmark is a flood by design: enforced, the
# node would throttle its connections) and the transaction pool a consortium node runs with
# (deploy/carechain-node.service: `--pool-limit 10240 --pool-kbytes 20480 --pool-door-percent
# 22`, normal transactions submitted to a node up to 2,252, about three blocks of anchors or two
# of transfers, the rest of the pool for governance and for what other nodes gossip; beyond that
# the node refuses at the door, "Immediately Dropped", and the generator offers the refused
# transaction again half a second later, as a client should), prepares a load set (funds it,
# registers its patients and devices, gives each device its patient's key), and runs `carechain load bench`. Every transaction of a step is sealed,
# RSA-signed and signed before the step's clock starts. The node and the generator share the
# machine's cores: the report gives both their CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

smoke=0
network=0
spread=0
machine_ceiling=0
build=1
keep=0
pool_metrics=0
anchor_rates=""
transfer_rates=""
batch_rates=""
batch_size=""
devices_opt=""
out=""
extra=()
while [ $# -gt 0 ]; do
	case "$1" in
		--smoke) smoke=1 ;;
		--network) network=1 ;;
		--spread) spread=1 ;;
		--machine-ceiling) machine_ceiling=1 ;;
		--no-build) build=0 ;;
		--keep) keep=1 ;;
		--pool-metrics) pool_metrics=1 ;;
		--anchor-rates|--transfer-rates|--batch-rates|--batch-size|--devices)
			[ $# -ge 2 ] || { echo "throughput-bench: $1 needs a value" >&2; exit 2; }
			case "$1" in
				--anchor-rates) anchor_rates="$2" ;;
				--transfer-rates) transfer_rates="$2" ;;
				--batch-rates) batch_rates="$2" ;;
				--batch-size) batch_size="$2" ;;
				--devices) devices_opt="$2" ;;
			esac
			shift ;;
		--out) [ $# -ge 2 ] || { echo "throughput-bench: --out needs a directory" >&2; exit 2; }; out="$2"; shift ;;
		--) shift; extra=("$@"); break ;;
		*) echo "throughput-bench: unknown argument $1 (see the top of $0)" >&2; exit 2 ;;
	esac
	shift
done

if [ -n "$devices_opt" ] && ! { [[ "$devices_opt" =~ ^[1-9][0-9]*$ ]] && [ $((devices_opt % 8)) = 0 ]; }; then
	echo "throughput-bench: --devices takes a positive multiple of 8 (eight devices to a patient), not $devices_opt" >&2
	exit 2
fi
if [ "$spread" = 1 ] && { [ "$network" = 0 ] || [ "$smoke" = 1 ]; }; then
	# (--smoke's two connections would reach two of the four nodes only.)
	echo "throughput-bench: --spread spreads the load over the four nodes of --network, without --smoke" >&2
	exit 2
fi
if [ "$machine_ceiling" = 1 ] && { [ "$network" = 1 ] || [ "$smoke" = 1 ]; }; then
	echo "throughput-bench: --machine-ceiling probes one release node, without --network or --smoke" >&2
	exit 2
fi
scripts/setup.sh
if [ "$smoke" = 1 ]; then
	profile=debug
	[ "$build" = 1 ] && scripts/build.sh
	anchor_rates=${anchor_rates:-4,8}
	transfer_rates=${transfer_rates:-10,20}
	batch_rates=${batch_rates:-2}
	batch_size=${batch_size:-16}
	ladder=(--batch-duration-secs 4 --duration-secs 4 --settle-secs 60 --device-interval-ms 1000 --payers 4 --connections 2)
	devices=${devices_opt:-8}
else
	profile=release
	if [ "$build" = 1 ] && [ "$machine_ceiling" = 0 ]; then
		echo "throughput-bench: building the release node and client"
		started=$(date +%s)
		env -u RUSTC_WORKSPACE_WRAPPER cargo build --release --locked -p carechain-node -p carechain-client
		echo "throughput-bench: release build took $(( $(date +%s) - started )) s"
	fi
	if [ "$machine_ceiling" = 1 ]; then
		ceiling_node="$CARGO_TARGET_DIR/release/carechain-node-machine-ceiling"
		release_node="$CARGO_TARGET_DIR/release/carechain-node"
		if [ "$build" = 1 ]; then
			# The ceiling's node, kept under its own name; then the release node and client,
			# so that target/release/carechain-node stays the one a consortium runs. Both
			# builds name the client: its dependencies' features, unified with the node's,
			# stay those of every release build, and only the runtime and the node are rebuilt
			# (the node alone would rebuild most of the tree). Should the second build fail or
			# be interrupted, the release node, then the ceiling's, is removed, never left.
			echo "throughput-bench: building the node with the machine-ceiling runtime, then the release node and client"
			started=$(date +%s)
			trap 'rm -f "$release_node" "$ceiling_node.new"; echo "throughput-bench: stopped between the two builds: removed $release_node, which was the machine-ceiling node (build the release node again)" >&2' EXIT
			env -u RUSTC_WORKSPACE_WRAPPER cargo build --release --locked -p carechain-node \
				-p carechain-client --features carechain-runtime/machine-ceiling
			cp "$release_node" "$ceiling_node.new"
			env -u RUSTC_WORKSPACE_WRAPPER cargo build --release --locked -p carechain-node -p carechain-client
			trap - EXIT
			mv "$ceiling_node.new" "$ceiling_node"
			echo "throughput-bench: both builds took $(( $(date +%s) - started )) s"
		elif [ ! -x "$ceiling_node" ]; then
			echo "throughput-bench: --no-build, but there is no $ceiling_node (run without --no-build once)" >&2
			exit 1
		fi
		# Beyond what a 1 s block admits (about 380 anchors and 740 transfers a second): 768
		# devices offer up to 1,536 anchors a second.
		anchor_rates=${anchor_rates:-1000,1500}
		transfer_rates=${transfer_rates:-1500,2500}
		batch_rates=${batch_rates:-0}
		devices_opt=${devices_opt:-768}
	fi
	# Around and beyond the runtime's ceilings at what each is charged (since spec 127 about
	# 380 anchors, 370 batches and 740 transfers a second; the top steps offer 1.3 times that):
	# each step's backlog drains within its
	# settling time, so the next step starts from an empty pool. One batch step of 2,048
	# readings, 60 a second for 30 s: 3.7 million envelopes sealed first and kept in the
	# generator's memory (about 3 GB), 123,000 readings a second offered; 30 s, not 10, so
	# that how the offer falls across the first and last of its blocks moves its rate by a tenth
	# at most.
	if [ "$network" = 1 ]; then
		# Four nodes re-execute every block on the same two cores: around and beyond the single
		# node's saturation, without the batch step (its sealing is the generator's, not the
		# network's).
		anchor_rates=${anchor_rates:-100,200,400}
		transfer_rates=${transfer_rates:-200,400,1000}
		batch_rates=${batch_rates:-0}
	fi
	anchor_rates=${anchor_rates:-50,100,200,300,500}
	transfer_rates=${transfer_rates:-100,250,400,600,1000}
	batch_rates=${batch_rates:-60}
	batch_size=${batch_size:-2048}
	ladder=(--batch-duration-secs 30 --duration-secs 30 --settle-secs 150 --device-interval-ms 500 --payers 512 --connections 8)
	devices=${devices_opt:-256}
fi
node="$CARGO_TARGET_DIR/$profile/carechain-node"
[ "$machine_ceiling" = 1 ] && node="$ceiling_node"
cli="$CARGO_TARGET_DIR/$profile/carechain"

work=$(mktemp -d "${TMPDIR:-/tmp}/carechain-bench.XXXXXX")
# The envelopes the generator seals before each step's clock stay in its memory (no --store):
# no writes of its own on the disk the node writes its database to, and no page a reading.
if [ -z "$out" ]; then
	if [ "$smoke" = 1 ]; then out="${TMPDIR:-/tmp}/carechain-bench-smoke"; else out=docs; fi
fi
mkdir -p "$out"
name=throughput
[ "$network" = 1 ] && name=throughput-network
[ "$spread" = 1 ] && name=throughput-network-spread
[ "$machine_ceiling" = 1 ] && name=throughput-machine-ceiling
node_pid=""
scraper_pid=""
other_pids=()
# Whether process $1 still runs (a child that exited stays a zombie until waited for, and
# `kill -0` would still find it).
alive() {
	local state
	state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
	[ -n "$state" ] && [ "$state" != Z ]
}
# On success everything temporary goes; on failure the node's log and keystore stay for a look.
# A node that stopped during the run is said first: the generator's own error is then about what
# it could no longer read.
cleanup() {
	status=$?
	if [ "$status" != 0 ] && [ -n "$node_pid" ] && ! alive "$node_pid"; then
		echo "throughput-bench: the loaded node stopped during the run; its log ends:" >&2
		tail -5 "$work/node.log" >&2
	fi
	for pid in $scraper_pid $node_pid ${other_pids[@]+"${other_pids[@]}"}; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
	if [ "$keep" = 1 ]; then echo "throughput-bench: kept $work" >&2
	elif [ "$status" = 0 ]; then rm -rf "$work"
	else rm -rf "$work"/node*/; echo "throughput-bench: failed; the node's log is $work/node.log" >&2; fi
}
trap cleanup EXIT

# What every node of the run shares: nothing leaves the machine, intrusion detection observes,
# and the pool a consortium node runs with (deploy/carechain-node.service).
common=(--no-prometheus --no-telemetry --no-mdns --allow-private-ip --rpc-max-connections 1000
	--intrusion-detection-mode observe --pool-door-percent 22)
# The pool a consortium node runs with (deploy/carechain-node.service); four times as large for
# the probe, whose blocks hold up to four times as many (its door at 9,011 normal transactions).
if [ "$machine_ceiling" = 1 ]; then common+=(--pool-limit 40960 --pool-kbytes 81920)
else common+=(--pool-limit 10240 --pool-kbytes 20480); fi
# On four nodes, log lines with milliseconds: scripts/block-propagation.py times each block from
# its author's seal to each other node's import.
[ "$network" = 1 ] && common+=(--detailed-log-output)
port=$(( 20000 + RANDOM % 20000 ))
# The loaded node's own metrics, when asked for: its Prometheus endpoint (on 127.0.0.1 only).
loaded=("${common[@]}")
metrics_port=$(( port + 20 ))
if [ "$pool_metrics" = 1 ]; then
	loaded=(--prometheus-port "$metrics_port")
	for arg in "${common[@]}"; do [ "$arg" = --no-prometheus ] || loaded+=("$arg"); done
fi
# shellcheck disable=SC2206 # split on spaces, as a command line is
loaded+=(${CARECHAIN_BENCH_NODE_ARGS:-})
export CARECHAIN_URL="ws://127.0.0.1:$port"
export CARECHAIN_KEYSTORE="$work/keystore"
export CARECHAIN_PASSPHRASE="throughput benchmark"
# A JSON-RPC call to Alice's node (method, then params as JSON): its result, as JSON.
rpc() {
	python3 - "$port" "$1" "${2:-[]}" <<'EOF'
import json, sys, urllib.request
request = urllib.request.Request(f"http://127.0.0.1:{sys.argv[1]}", json.dumps(
    {"id": 1, "jsonrpc": "2.0", "method": sys.argv[2], "params": json.loads(sys.argv[3])}).encode(),
    {"Content-Type": "application/json"})
print(json.dumps(json.load(urllib.request.urlopen(request, timeout=10))["result"]))
EOF
}
wait_until_ready() {
	for _ in $(seq 1 120); do
		if "$cli" status >/dev/null 2>&1; then return 0; fi
		alive "$node_pid" || { echo "throughput-bench: the node exited:" >&2; tail -20 "$work/node.log" >&2; exit 1; }
		sleep 0.5
	done
	echo "throughput-bench: the node did not answer within 60 s" >&2
	exit 1
}
# The libp2p key the local preset lists for node i: 32 bytes of i.
node_key() { printf "%0.s$(printf %02x "$1")" $(seq 32); }
if [ "$network" = 1 ]; then
	"$node" --chain local --alice --validator --base-path "$work/node" --rpc-port "$port" \
		--node-key "$(node_key 1)" --listen-addr "/ip4/127.0.0.1/tcp/$(( port + 1 ))" \
		"${loaded[@]}" >"$work/node.log" 2>&1 &
	node_pid=$!
	wait_until_ready
	bootnode="/ip4/127.0.0.1/tcp/$(( port + 1 ))/p2p/$(rpc system_localPeerId | tr -d '"')"
	i=2
	for who in bob charlie dave; do
		"$node" --chain local "--$who" --validator --base-path "$work/node-$who" \
			--rpc-port "$(( port + 2 * i ))" --node-key "$(node_key "$i")" \
			--listen-addr "/ip4/127.0.0.1/tcp/$(( port + 2 * i + 1 ))" --bootnodes "$bootnode" \
			"${common[@]}" >"$work/node-$who.log" 2>&1 &
		other_pids+=($!)
		i=$(( i + 1 ))
	done
	echo "throughput-bench: waiting for the four validators to finalize together"
	peers=0
	number=0
	for _ in $(seq 1 180); do
		for pid in "${other_pids[@]}"; do
			kill -0 "$pid" 2>/dev/null || { echo "throughput-bench: a validator exited (logs: $work/node-*.log)" >&2; exit 1; }
		done
		peers=$(rpc system_health | python3 -c 'import json, sys; print(json.load(sys.stdin)["peers"])') || peers=0
		head=$(rpc chain_getFinalizedHead) || head='""'
		number=$(rpc chain_getHeader "[$head]" | python3 -c 'import json, sys; print(int(json.load(sys.stdin)["number"], 16))') || number=0
		if [ "$peers" -ge 3 ] && [ "$number" -ge 3 ]; then break; fi
		sleep 1
	done
	if [ "$peers" -lt 3 ] || [ "$number" -lt 3 ]; then
		echo "throughput-bench: the network did not form (peers $peers, finalized #$number)" >&2
		exit 1
	fi
	if [ "$spread" = 1 ]; then
		urls="ws://127.0.0.1:$port"
		for i in 2 3 4; do urls+=",ws://127.0.0.1:$(( port + 2 * i ))"; done
		extra=(--load-urls "$urls" ${extra[@]+"${extra[@]}"})
	fi
else
	"$node" --dev --base-path "$work/node" --rpc-port "$port" \
		--listen-addr /ip4/127.0.0.1/tcp/0 "${loaded[@]}" >"$work/node.log" 2>&1 &
	node_pid=$!
	wait_until_ready
fi
# The runtime must be the one asked for: the machine-ceiling runtime names itself in its
# implementation name, and no other run may measure it.
runtime_impl=$(rpc state_getRuntimeVersion | python3 -c 'import json, sys; print(json.load(sys.stdin)["implName"])')
want_impl=carechain
[ "$machine_ceiling" = 1 ] && want_impl=carechain-machine-ceiling
if [ "$runtime_impl" != "$want_impl" ]; then
	echo "throughput-bench: the node runs the $runtime_impl runtime, not $want_impl (build the release node again, without --no-build)" >&2
	exit 1
fi

"$cli" key import alice --suri //Alice >/dev/null
"$cli" key import bob --suri //Bob >/dev/null
"$cli" key generate bob-rsa --kind rsa >/dev/null
"$cli" key generate load-rsa --kind rsa >/dev/null
"$cli" hospital admit bob --encryption-key bob-rsa --as alice >/dev/null
set_args=(--seed //CareChainBench --devices "$devices" --devices-per-patient 8)
echo "throughput-bench: preparing $devices devices"
"$cli" load prepare "${set_args[@]}" --rsa load-rsa --hospital bob --funder alice --fund-units 10

if [ "$pool_metrics" = 1 ]; then
	# Every 2 s: the pool's gauges and counters (histograms by their count and sum) and the
	# node's best and finalized block, one JSON object a line.
	python3 - "$metrics_port" >"$work/pool-metrics.jsonl" <<'EOF' &
import json, re, sys, time, urllib.request
line = re.compile(r'^(substrate_sub_txpool_[a-z_]+|substrate_block_height|substrate_ready_transactions_number)(\{[^}]*\})? ([0-9.e+-]+|NaN)$')
while True:
    sample = {"t": round(time.time(), 3)}
    try:
        text = urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/metrics", timeout=2).read().decode()
    except OSError:
        time.sleep(2)
        continue
    for m in map(line.match, text.splitlines()):
        if not m or m[1].endswith("_bucket") or m[3] == "NaN":
            continue
        labels = m[2] or ""
        if m[1] == "substrate_block_height":
            key = "block_" + re.search(r'status="([a-z_]+)"', labels)[1]
        elif m[1] == "substrate_ready_transactions_number":
            key = "ready"
        else:
            values = [v for k, v in re.findall(r'([a-z_]+)="([^"]*)"', labels) if k != "chain"]
            key = m[1][len("substrate_sub_txpool_"):] + ("{" + ",".join(values) + "}" if values else "")
        sample[key] = float(m[3])
    print(json.dumps(sample), flush=True)
    time.sleep(2)
EOF
	scraper_pid=$!
fi
# The governance probe's signer: a council member whose transactions no other node signs. Each
# dev authority's node reports to intrusion detection as a monitor with its own account, so the
# single node's (Alice's) is left alone for Bob, who runs no node there; on four nodes everyone
# runs one, and the probe goes to Alice's node, signed by Alice, as a hospital's motion goes
# through its own node, whose pool knows its reports' nonces. (Signed by Bob and sent to Alice's
# node, the motion took the nonce of a report Bob's node was sending, and one of the two was
# dropped: docs/intrusion-detection.md, "One account, two signers".)
probe=bob
[ "$network" = 1 ] && probe=alice
echo "throughput-bench: running (the node's log: $work/node.log)"
"$cli" --json load bench "${set_args[@]}" --rsa load-rsa --funder alice \
	--node-pid "$node_pid" --measure-state --chart "$work/$name.png" --governance-probe "$probe" \
	--anchor-rates "$anchor_rates" --transfer-rates "$transfer_rates" \
	--batch-rates "$batch_rates" --batch-size "$batch_size" \
	"${ladder[@]}" ${extra[@]+"${extra[@]}"} >"$work/$name.json"
# How long the node took to build its blocks, from its log ("Prepared block for proposing at N
# (T ms) ... end: R; extrinsics_count: E"), against the 2 s of the 3 s slot Aura gives the
# proposer: added to the report as "proposal". Each step also gets "authors": the blocks each
# node proposed within the step's first and last block, how long the slowest took and how many
# extrinsics it held, how each proposal ended (HitBlockWeightLimit: full; NoMoreTransactions:
# its pool had no more it could include; HitDeadline: out of time; HitBlockSizeLimit: full by
# length), and the extrinsic counts of the proposals the slot worker discarded as too late.
python3 - "$work/$name.json" "$work" <<'EOF'
import glob, json, os, re, sys
report = json.load(open(sys.argv[1]))
pattern = re.compile(r"Prepared block for proposing at (\d+) \((\d+) ms\) hash: (0x[0-9a-f]+).*?(?:end: (\w+).*?)?extrinsics_count: (\d+)")
sealed_line = re.compile(r"Pre-sealed block for proposal at \d+\. Hash now 0x[0-9a-f]+, previously (0x[0-9a-f]+)")
# The blocks a node proposed and sealed: a proposal the slot worker discarded as too late
# ("Discarding proposal") is prepared but never sealed, and never reaches the chain.
def proposals(log, sealed_only=True):
    lines = open(log, errors="replace").read().replace("\r", "\n").splitlines()
    sealed = {m[1] for m in map(sealed_line.search, lines) if m}
    return [(int(m[1]), int(m[2]), int(m[5]), m[4] or "unknown") for m in map(pattern.search, lines) if m and (m[3] in sealed) == sealed_only]
blocks = [(number, ms, count) for number, ms, count, _ in proposals(os.path.join(sys.argv[2], "node.log"))]
logs = {"alice": os.path.join(sys.argv[2], "node.log")}
logs.update({os.path.basename(log)[len("node-"):-len(".log")]: log for log in sorted(glob.glob(os.path.join(sys.argv[2], "node-*.log")))})
# For every node (one node's too: its blocks are Alice's on a dev chain), each step's proposals:
# how each ended, and those the slot worker discarded as too late.
proposed = {who: proposals(log) for who, log in logs.items()}
discarded = {who: proposals(log, sealed_only=False) for who, log in logs.items()}
for step in report["steps"]:
    first, last = step["blocks"]["first"], step["blocks"]["last"]
    authors = {}
    for who, made in proposed.items():
        mine = [(ms, count, end) for number, ms, count, end in made if first <= number <= last]
        ends = {}
        for _, _, end in mine:
            ends[end] = ends.get(end, 0) + 1
        longest = max(mine, default=(0, 0, ""))
        authors[who] = {
            "blocks": len(mine),
            "extrinsics": sum(count for _, count, _ in mine),
            "maxMs": longest[0],
            "maxMsExtrinsics": longest[1],
            "ends": ends,
            "short": sorted(count for _, count, end in mine if end == "NoMoreTransactions"),
            "discarded": sorted(count for number, _, count, _ in discarded[who] if first <= number <= last + 1),
        }
    step["authors"] = authors
    # Heights two authors sealed a block at (a fork; one of them left the chain).
    heights = [number for made in proposed.values() for number, *_ in made if first <= number <= last]
    step["heightsSealedTwice"] = sorted({n for n in heights if heights.count(n) > 1})
loaded = sorted(ms for _, ms, count in blocks if count >= 100)
def rank(q):
    return loaded[min(len(loaded) - 1, max(0, -(-len(loaded) * q // 100) - 1))] if loaded else 0
report["proposal"] = {
    "blocks": len(blocks),
    "blocksOf100OrMore": len(loaded),
    "p50Ms": rank(50), "p95Ms": rank(95), "maxMs": loaded[-1] if loaded else 0,
    "mostExtrinsics": max((count for _, _, count in blocks), default=0),
    "slotPortionMs": 2000,
}
json.dump(report, open(sys.argv[1], "w"), indent=1)
EOF
# Only a finished run replaces the previous figures.
mv "$work/$name.json" "$out/$name.json"
mv "$work/$name.png" "$out/$name.png"
if [ "$pool_metrics" = 1 ]; then
	kill "$scraper_pid" 2>/dev/null || true
	scripts/pool-metrics-chart.py "$work/pool-metrics.jsonl" "$out/$name.json" \
		"$out/$name-pool.json" "$out/$name-pool.svg"
	echo "throughput-bench: the pool's counts every 2 s: $out/$name-pool.json, $out/$name-pool.svg"
fi
python3 - "$out/$name.json" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
c = report["ceilings"]
p = report["proposal"]
print(f'block proposal: {p["blocksOf100OrMore"]} blocks of 100 transactions or more built in p50 {p["p50Ms"]} / p95 {p["p95Ms"]} / max {p["maxMs"]} ms of the {p["slotPortionMs"]} ms the slot gives (at most {p["mostExtrinsics"]} extrinsics in one)')
for s in report["steps"]:
    if "authors" in s:
        print(f'{s["kind"]} at {s["offeredPerSec"]:.0f}/s, blocks #{s["blocks"]["first"]}-#{s["blocks"]["last"]} by author: ' + "; ".join(
            f'{who} {a["blocks"]} (' + ", ".join(f"{n} {end}" for end, n in sorted(a["ends"].items())) + (f', short at {a["short"]}' if a["short"] else "") + f', max {a["maxMs"]} ms)'
            for who, a in s["authors"].items())
            + (f'; sealed twice at {s["heightsSealedTwice"]}' if s["heightsSealedTwice"] else ""))
print(f'{report["node"]}: declared ceilings {c["anchor"]["perSec"]:.0f} anchors/s, {c["batch"]["perSec"]:.0f} batches/s, {c["transfer"]["perSec"]:.0f} transfers/s')
print(f'{"kind":10} {"offered/s":>9} {"included/s":>10} {"readings/s":>10} {"charged":>8} {"ceiling/s":>9} {"of it":>6} {"best p50":>9} {"best p99":>9} {"final p50":>9} {"final p99":>9} {"retried":>7} {"refused":>7} {"council":>7} {"quarant.":>8} {"node CPU":>8} {"B/reading":>9}')
for s in report["steps"]:
    node = s.get("node") or {}
    per_reading = s.get("stateBytesPerReading")
    probe = s.get("governance") or {}
    council = f'{probe["blocks"]} bl' if probe.get("blocks") is not None else (probe.get("refused") or "-")[:7]
    print(f'{s["kind"]:10} {s["offeredPerSec"]:9.0f} {s["includedPerSec"]:10.1f} {s["readingsPerSec"]:10.0f} {s["chargedMs"]:6.2f}ms {s["ceilingPerSec"]:9.0f} {100*s["ratioOfCeiling"]:5.0f}% '
          f'{s["inBlockMs"]["p50"]:8}ms {s["inBlockMs"]["p99"]:8}ms {s["finalizedMs"]["p50"]:8}ms {s["finalizedMs"]["p99"]:8}ms '
          f'{s["retried"]:7} {sum(s["refused"].values()):7} {council:>7} {len(s.get("quarantined", [])):8} {node.get("cpuPercent", 0):7.0f}% {per_reading if per_reading is None else round(per_reading, 1)!s:>9}')
EOF
if [ "$network" = 1 ]; then
	# The run's figures are in place already: a failure here costs only this report.
	if scripts/block-propagation.py "$work" --steps "$out/$name.json" --json "$out/$name-propagation.json"; then
		echo "throughput-bench: blocks from seal to import, by node and step: $out/$name-propagation.json"
	else
		echo "throughput-bench: the blocks' propagation could not be read from the nodes' logs ($work)" >&2
	fi
fi
echo "throughput-bench: $out/$name.json, $out/$name.png"
