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
	pub ids: IdsParams,
}

/// What the node does about JSON-RPC clients whose request rate rises far above their own
/// baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum IdsMode {
	/// No measurement.
	Off,
	/// Measure and flag clients, export metrics and (with a monitor key) report to the chain, but
	/// serve every request.
	Observe,
	/// As `observe`, and refuse a flagged client's requests for `--ids-throttle-secs`.
	Throttle,
}

/// The node's intrusion detection (the first source paper's detector) on its JSON-RPC clients:
/// each WebSocket connection and each account that submits extrinsics.
#[derive(Debug, Clone, clap::Args)]
pub struct IdsParams {
	/// What to do about a client whose request rate rises far above its own baseline.
	#[arg(long, value_enum, default_value_t = IdsMode::Throttle)]
	pub ids_mode: IdsMode,

	/// How many request intervals make a client's first baseline. The paper's N is 10, which
	/// suits a device's regular readings (the chain judges devices with it); a JSON-RPC
	/// connection is bursty (a library sends several requests for one user action), so the node
	/// judges over 100 by default.
	#[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
	pub ids_baseline: u32,

	/// How many request intervals make a window, each judged against the baseline (see
	/// `--ids-baseline` for the default).
	#[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
	pub ids_window: u32,

	/// The threshold, in percent of the baseline interval: a window whose average interval is
	/// below it flags the client.
	#[arg(long, default_value_t = 75, value_parser = clap::value_parser!(u32).range(1..=100))]
	pub ids_threshold_percent: u32,

	/// A window is flagged only if its average interval is also below this many milliseconds: a
	/// client's first requests (a library connecting) often come a millisecond apart, and a
	/// baseline learned from them would make any later burst look like a flood.
	#[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(0..=3_600_000))]
	pub ids_min_interval_ms: u64,

	/// How long a flagged client stays flagged (and, in `throttle` mode, refused), in seconds;
	/// then its baseline is learned afresh.
	#[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86_400))]
	pub ids_throttle_secs: u64,

	/// How often a monitor node reports its observations of devices to the chain, in seconds.
	#[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u64).range(1..=3_600))]
	pub ids_report_interval_secs: u64,

	/// How many clients are tracked at once; beyond it the least recently seen unflagged one is
	/// forgotten.
	#[arg(long, default_value_t = 4_096, value_parser = clap::value_parser!(u64).range(16..=1_000_000))]
	pub ids_max_clients: u64,
}
