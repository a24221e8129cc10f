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
#   --no-build                             use the binaries already built
#   --keep                                 keep the node's log and database afterwards
#   --anchor-rates LIST, --batch-rates LIST, --transfer-rates LIST
#                                          other ladders (comma-separated, 0 for none)
#   --batch-size N                         readings a batch carries (default 2048; every reading
#                                          of a batch step is sealed and stored first, a file
#                                          each on the RAM disk: 1.2 million for the default step)
#   -- ARGS                                more arguments for `carechain load bench`
#                                          (e.g. -- --anchor-rates 500,1000 --duration-secs 60)
#
# It builds the release node and client (`cargo build --release --locked -p carechain-node
# -p carechain-client`: 45 to 50 minutes cold on the 2-core machine, the dependency tree built a
# second time, in the release profile; a minute or two warm), starts `carechain-node --dev` with
# its own intrusion detection set to observe (the benchmark is a flood by design: enforced, the
# node would throttle its connections) and a transaction pool sized for thousands of anchors a
# block, prepares a load set (funds it, registers its patients and devices, gives each device
# its patient's key), and runs `carechain load bench`. Every transaction of a step is sealed,
# RSA-signed and signed before the step's clock starts. The node and the generator share the
# machine's cores: the report gives both their CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

smoke=0
build=1
keep=0
anchor_rates=""
transfer_rates=""
batch_rates=""
batch_size=""
out=""
extra=()
while [ $# -gt 0 ]; do
	case "$1" in
		--smoke) smoke=1 ;;
		--no-build) build=0 ;;
		--keep) keep=1 ;;
		--anchor-rates|--transfer-rates|--batch-rates|--batch-size)
			[ $# -ge 2 ] || { echo "throughput-bench: $1 needs a value" >&2; exit 2; }
			case "$1" in
				--anchor-rates) anchor_rates="$2" ;;
				--transfer-rates) transfer_rates="$2" ;;
				--batch-rates) batch_rates="$2" ;;
				--batch-size) batch_size="$2" ;;
			esac
			shift ;;
		--out) [ $# -ge 2 ] || { echo "throughput-bench: --out needs a directory" >&2; exit 2; }; out="$2"; shift ;;
		--) shift; extra=("$@"); break ;;
		*) echo "throughput-bench: unknown argument $1 (see the top of $0)" >&2; exit 2 ;;
	esac
	shift
done

scripts/setup.sh
if [ "$smoke" = 1 ]; then
	profile=debug
	[ "$build" = 1 ] && scripts/build.sh
	anchor_rates=${anchor_rates:-4,8}
	transfer_rates=${transfer_rates:-10,20}
	batch_rates=${batch_rates:-2}
	batch_size=${batch_size:-16}
	ladder=(--batch-duration-secs 4 --duration-secs 4 --settle-secs 60 --device-interval-ms 1000 --payers 4 --connections 2)
	devices=8
else
	profile=release
	if [ "$build" = 1 ]; then
		echo "throughput-bench: building the release node and client"
		started=$(date +%s)
		env -u RUSTC_WORKSPACE_WRAPPER cargo build --release --locked -p carechain-node -p carechain-client
		echo "throughput-bench: release build took $(( $(date +%s) - started )) s"
	fi
	# Around and beyond the runtime's ceilings at what each is charged (since spec 113 about
	# 200 anchors or batches and 440 transfers a second): each step's backlog drains within its
	# settling time, so the next step starts from an empty pool. One batch step of 2,048
	# readings, 60 a second for 10 s: 1.2 million envelopes sealed and stored first (a file
	# each on the RAM disk, about 5 GB), 123,000 readings a second offered.
	anchor_rates=${anchor_rates:-50,100,200,300,500}
	transfer_rates=${transfer_rates:-100,250,400,600,1000}
	batch_rates=${batch_rates:-60}
	batch_size=${batch_size:-2048}
	ladder=(--batch-duration-secs 10 --duration-secs 30 --settle-secs 150 --device-interval-ms 500 --payers 512 --connections 8)
	devices=256
fi
node="$CARGO_TARGET_DIR/$profile/carechain-node"
cli="$CARGO_TARGET_DIR/$profile/carechain"

work=$(mktemp -d "${TMPDIR:-/tmp}/carechain-bench.XXXXXX")
# The ciphertext store on a RAM disk where there is one: the generator's writes stay off the
# disk the node writes its database to.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then store=$(mktemp -d /dev/shm/carechain-bench-store.XXXXXX); else store="$work/store"; fi
if [ -z "$out" ]; then
	if [ "$smoke" = 1 ]; then out="${TMPDIR:-/tmp}/carechain-bench-smoke"; else out=docs; fi
fi
mkdir -p "$out"
node_pid=""
# On success everything temporary goes; on failure the node's log and keystore stay for a look.
cleanup() {
	status=$?
	if [ -n "$node_pid" ]; then kill "$node_pid" 2>/dev/null || true; wait "$node_pid" 2>/dev/null || true; fi
	rm -rf "$store"
	if [ "$keep" = 1 ]; then echo "throughput-bench: kept $work" >&2
	elif [ "$status" = 0 ]; then rm -rf "$work"
	else rm -rf "$work/node"; echo "throughput-bench: failed; the node's log is $work/node.log" >&2; fi
}
trap cleanup EXIT

port=$(( 20000 + RANDOM % 20000 ))
"$node" --dev --base-path "$work/node" --rpc-port "$port" --no-prometheus --no-telemetry \
	--no-mdns --listen-addr /ip4/127.0.0.1/tcp/0 --rpc-max-connections 1000 \
	--intrusion-detection-mode observe \
	--pool-limit 100000 --pool-kbytes 262144 \
	>"$work/node.log" 2>&1 &
node_pid=$!
export CARECHAIN_URL="ws://127.0.0.1:$port"
export CARECHAIN_KEYSTORE="$work/keystore"
export CARECHAIN_PASSPHRASE="throughput benchmark"
ready=0
for _ in $(seq 1 120); do
	if "$cli" status >/dev/null 2>&1; then ready=1; break; fi
	kill -0 "$node_pid" 2>/dev/null || { echo "throughput-bench: the node exited:" >&2; tail -20 "$work/node.log" >&2; exit 1; }
	sleep 0.5
done
[ "$ready" = 1 ] || { echo "throughput-bench: the node did not answer within 60 s" >&2; exit 1; }

"$cli" key import alice --suri //Alice >/dev/null
"$cli" key import bob --suri //Bob >/dev/null
"$cli" key generate bob-rsa --kind rsa >/dev/null
"$cli" key generate load-rsa --kind rsa >/dev/null
"$cli" hospital admit bob --encryption-key bob-rsa --as alice >/dev/null
set_args=(--seed //CareChainBench --devices "$devices" --devices-per-patient 8)
echo "throughput-bench: preparing $devices devices"
"$cli" load prepare "${set_args[@]}" --rsa load-rsa --hospital bob --funder alice --fund-units 10

echo "throughput-bench: running (the node's log: $work/node.log)"
"$cli" --json load bench "${set_args[@]}" --rsa load-rsa --store "$store" --funder alice \
	--node-pid "$node_pid" --measure-state --chart "$work/throughput.png" \
	--anchor-rates "$anchor_rates" --transfer-rates "$transfer_rates" \
	--batch-rates "$batch_rates" --batch-size "$batch_size" \
	"${ladder[@]}" "${extra[@]}" >"$work/throughput.json"
# Only a finished run replaces the previous figures.
mv "$work/throughput.json" "$out/throughput.json"
mv "$work/throughput.png" "$out/throughput.png"
python3 - "$out/throughput.json" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
c = report["ceilings"]
print(f'{report["node"]}: declared ceilings {c["anchor"]["perSec"]:.0f} anchors/s, {c["batch"]["perSec"]:.0f} batches/s, {c["transfer"]["perSec"]:.0f} transfers/s')
print(f'{"kind":10} {"offered/s":>9} {"included/s":>10} {"readings/s":>10} {"charged":>8} {"ceiling/s":>9} {"of it":>6} {"best p50":>9} {"best p99":>9} {"final p50":>9} {"final p99":>9} {"refused":>7} {"node CPU":>8} {"B/reading":>9}')
for s in report["steps"]:
    node = s.get("node") or {}
    per_reading = s.get("stateBytesPerReading")
    print(f'{s["kind"]:10} {s["offeredPerSec"]:9.0f} {s["includedPerSec"]:10.1f} {s["readingsPerSec"]:10.0f} {s["chargedMs"]:6.2f}ms {s["ceilingPerSec"]:9.0f} {100*s["ratioOfCeiling"]:5.0f}% '
          f'{s["inBlockMs"]["p50"]:8}ms {s["inBlockMs"]["p99"]:8}ms {s["finalizedMs"]["p50"]:8}ms {s["finalizedMs"]["p99"]:8}ms '
          f'{sum(s["refused"].values()):7} {node.get("cpuPercent", 0):7.0f}% {per_reading if per_reading is None else round(per_reading, 1)!s:>9}')
EOF
echo "throughput-bench: $out/throughput.json, $out/throughput.png"
