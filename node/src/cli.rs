//! The command line: Substrate's standard node CLI plus CareChain's subcommands.

use std::path::PathBuf;

use sc_cli::RunCmd;

/// The node's subcommands; without one, the node runs.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (deprecated: use `export-chain-spec`).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification (`--raw` for the form nodes start from).
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Make a consortium's chain specification, plain and raw, from its members file.
	ConsortiumSpec(ConsortiumSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Benchmark intrusion detection's quality on simulated consortium traffic: flooding devices
	/// stopped, honest devices wrongly stopped, time to stop (not a node; nothing is started).
	DetectionQuality(crate::detection_quality::DetectionQualityCmd),

	/// Measure what one storage read and one write cost on this node's database (ParityDB), on
	/// the state of a stopped node's chain (a copy: blocks are added to it), and write the
	/// runtime's `paritydb_weights.rs`.
	StorageWeights(crate::storage_weights::StorageWeightsCmd),
}

/// `consortium-spec`: a members file in, `<chain id>.json` (plain) and `<chain id>-raw.json`
/// (raw, what the nodes start from) out. A members file with an error writes nothing.
#[derive(Debug, Clone, clap::Args)]
pub struct ConsortiumSpecCmd {
	/// The members file: TOML (or JSON, if its name ends in `.json`), as chain-spec/README.md
	/// describes. Encryption key files are read relative to it.
	#[arg(long, value_name = "FILE")]
	pub members: PathBuf,

	/// Where to write the two spec files (made if missing; files of the same names are
	/// replaced).
	#[arg(long, value_name = "DIR")]
	pub output_dir: PathBuf,
}

/// The `carechain-node` command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// The options of a running node.
	#[clap(flatten)]
	pub run: RunCmd,

	/// The node's intrusion detection on its JSON-RPC clients.
	#[clap(flatten)]
	pub intrusion_detection: IntrusionDetectionParams,

	/// How many light clients (smoldot, as the patients' app runs it) the node serves at once, on
	/// a chain that lists member nodes: peers of the light role may connect and ask for headers,
	/// finality proofs and state proofs, which they check themselves. Full nodes are still taken
	/// only if they are member nodes. 0, the default: the node talks to member nodes only. A
	/// light client reads what the chain's state holds, as a JSON-RPC user of the node does; its
	/// requests count toward `--intrusion-detection-peer-max-requests`. Browsers reach the node
	/// over WebSocket: add `--listen-addr /ip4/0.0.0.0/tcp/30334/ws` (docs/deployment.md).
	#[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=10_000))]
	pub light_clients: u32,

	/// The share of the transaction pool (`--pool-limit`, `--pool-kbytes`), in percent, that
	/// normal transactions submitted to this node over JSON-RPC may fill: beyond it the node
	/// refuses them at the door with the pool's retryable error (JSON-RPC 1016). The rest is kept
	/// for operational transactions (council calls, runtime upgrades) and for what other
	/// members' nodes gossip. 90, the most, suits a network where one node takes the load. Where
	/// several members' nodes take load, each door lets in at once the room a block freed before
	/// the others' transactions arrive by gossip, so the pool must also hold what the other
	/// doors let in: a pool over its limit evicts its oldest transactions silently. The
	/// consortium's service file runs `--pool-limit 10240 --pool-kbytes 20480
	/// --pool-door-percent 22`: four members' doors, each letting in its share at once, fill
	/// nine tenths of the pool at most (docs/consortium.md, the transaction pool).
	#[arg(long, default_value_t = crate::pool_door::NORMAL_PERCENT, value_parser = clap::value_parser!(u8).range(1..=90))]
	pub pool_door_percent: u8,
}

/// What the node does about JSON-RPC clients whose request rate rises far above their own
/// baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum IntrusionDetectionMode {
	/// No measurement.
	Off,
	/// Measure and flag clients, export metrics and (with a monitor key) report to the chain, but
	/// serve every request.
	Observe,
	/// As `observe`, and refuse a flagged client's requests for `--intrusion-detection-throttle-secs`.
	Throttle,
}

/// The node's intrusion detection (BIoTIDS' detector) on its JSON-RPC clients: each WebSocket
/// connection and each account that submits extrinsics. The flags were `--ids-*` until spec 106
/// (December 2026); those names still work, as hidden aliases, for one more release.
#[derive(Debug, Clone, clap::Args)]
pub struct IntrusionDetectionParams {
	/// What to do about a client whose request rate rises far above its own baseline.
	#[arg(long, alias = "ids-mode", value_enum, default_value_t = IntrusionDetectionMode::Throttle)]
	pub intrusion_detection_mode: IntrusionDetectionMode,

	/// How many request intervals make a client's first baseline. The paper's N is 10, which
	/// suits a device's regular readings (the chain judges devices with it); a JSON-RPC
	/// connection is bursty (a library sends several requests for one user action), so the node
	/// judges over 100 by default.
	#[arg(long, alias = "ids-baseline", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
	pub intrusion_detection_baseline: u32,

	/// How many request intervals make a window, each judged against the baseline (see
	/// `--intrusion-detection-baseline` for the default).
	#[arg(long, alias = "ids-window", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
	pub intrusion_detection_window: u32,

	/// The threshold, in percent of the baseline interval: a window whose average interval is
	/// below it flags the client.
	#[arg(long, alias = "ids-threshold-percent", default_value_t = 75, value_parser = clap::value_parser!(u32).range(1..=100))]
	pub intrusion_detection_threshold_percent: u32,

	/// The minimum interval, in milliseconds: no client's baseline is shorter (one whose first
	/// window averages below it is flagged at once, instead of learning a baseline of 0 that no
	/// flood could fall below), and a window is flagged only if its average interval is also
	/// below it (a client's first requests, a library connecting, often come a millisecond
	/// apart; a baseline learned from them would make any later burst look like a flood).
	#[arg(long, alias = "ids-min-interval-ms", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=3_600_000))]
	pub intrusion_detection_min_interval_ms: u64,

	/// How long a flagged client stays flagged (and, in `throttle` mode, refused), in seconds;
	/// then its baseline is learned afresh. A peer found flooding is kept out of the node's
	/// member peers as long.
	#[arg(long, alias = "ids-throttle-secs", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86_400))]
	pub intrusion_detection_throttle_secs: u64,

	/// How often a monitor node reports its observations of devices to the chain, in seconds.
	#[arg(long, alias = "ids-report-interval-secs", default_value_t = 6, value_parser = clap::value_parser!(u64).range(1..=3_600))]
	pub intrusion_detection_report_interval_secs: u64,

	/// How many clients are tracked at once; beyond it the least recently seen unflagged one is
	/// forgotten.
	#[arg(long, alias = "ids-max-clients", default_value_t = 4_096, value_parser = clap::value_parser!(u64).range(16..=1_000_000))]
	pub intrusion_detection_max_clients: u64,

	/// The most transactions a peer may gossip to the node in 10 seconds; one that sends more
	/// is flooding the transactions protocol, and is banned (in `throttle` mode) and reported to
	/// the chain. An honest peer sends each transaction once, so this is far above the chain's
	/// throughput.
	#[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u32).range(1..))]
	pub intrusion_detection_peer_max_transactions: u32,

	/// The most transactions the node's pool refuses (forged, malformed, stale, a quarantined
	/// account's) that a peer may gossip to the node in 10 seconds; one that sends more is
	/// flooding, and is banned (in `throttle` mode) and reported to the chain.
	#[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..))]
	pub intrusion_detection_peer_max_invalid: u32,

	/// The most requests a peer may send the node in 10 seconds, block, state, warp-proof and
	/// light-client requests together; one that sends more is flooding the request protocols:
	/// its further requests are not served, and it is banned (in `throttle` mode) and reported to
	/// the chain. An honest peer keeps one block request in flight at a time and, syncing, asks
	/// for up to 64 blocks a request (its default `--max-blocks-per-request`), so even a peer
	/// syncing at the speed of its block import stays far below this; raise it for peers that
	/// sync with a much smaller `--max-blocks-per-request`.
	#[arg(long, default_value_t = 5_000, value_parser = clap::value_parser!(u32).range(1..))]
	pub intrusion_detection_peer_max_requests: u32,
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	#[test]
	fn intrusion_detection_flags_and_their_old_names_parse() {
		let new = Cli::try_parse_from([
			"carechain-node",
			"--intrusion-detection-mode",
			"observe",
			"--intrusion-detection-baseline",
			"7",
		])
		.expect("the flags parse");
		let old =
			Cli::try_parse_from(["carechain-node", "--ids-mode", "observe", "--ids-baseline", "7"])
				.expect("the old names are aliases");
		for cli in [new, old] {
			let params = cli.intrusion_detection;
			assert_eq!(params.intrusion_detection_mode, IntrusionDetectionMode::Observe);
			assert_eq!(params.intrusion_detection_baseline, 7);
		}
		assert!(Cli::try_parse_from(["carechain-node", "--ids-mode", "loud"]).is_err());
	}

	#[test]
	fn light_clients_are_opt_in_and_bounded() {
		let parse = |args: &[&str]| {
			Cli::try_parse_from([&["carechain-node"], args].concat()).map(|cli| cli.light_clients)
		};
		assert_eq!(parse(&[]).expect("no flag"), 0);
		assert_eq!(parse(&["--light-clients", "8"]).expect("a number"), 8);
		assert!(parse(&["--light-clients", "10001"]).is_err());
		assert!(parse(&["--light-clients", "-1"]).is_err());
	}

	#[test]
	fn the_pool_doors_share_is_a_percentage_that_keeps_a_tenth() {
		let parse = |args: &[&str]| {
			Cli::try_parse_from([&["carechain-node"], args].concat())
				.map(|cli| cli.pool_door_percent)
		};
		assert_eq!(parse(&[]).expect("no flag"), 90);
		assert_eq!(parse(&["--pool-door-percent", "28"]).expect("a share"), 28);
		assert!(parse(&["--pool-door-percent", "91"]).is_err());
		assert!(parse(&["--pool-door-percent", "0"]).is_err());
	}
}
