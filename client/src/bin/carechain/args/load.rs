//! The grammar of `carechain load …`: the load generator.

use std::path::PathBuf;

use carechain_client::{load::LoadSet, records::WorkflowError};
use clap::Subcommand;

/// Which accounts make a load set: `{seed}//patient//{j}` and `{seed}//device//{i}`, device `i`
/// monitoring patient `i / devices-per-patient`.
#[derive(Debug, clap::Args)]
pub struct LoadSetArgs {
	/// The secret URI the set's accounts derive from.
	#[arg(
		long,
		env = "CARECHAIN_LOAD_SEED",
		hide_env_values = true,
		default_value = "//CareChainLoad"
	)]
	pub seed: String,
	/// How many devices.
	#[arg(long, default_value_t = 16)]
	pub devices: u32,
	/// Devices per patient (the runtime allows up to 32).
	#[arg(long, default_value_t = 8)]
	pub devices_per_patient: u32,
}

impl LoadSetArgs {
	/// The load set these arguments name.
	pub fn set(&self) -> Result<LoadSet, WorkflowError> {
		LoadSet::new(&self.seed, self.devices, self.devices_per_patient)
	}
}

/// What a prepared set needs to send readings: the set, its RSA key and where the ciphertext
/// goes.
#[derive(Debug, clap::Args)]
pub struct SendingArgs {
	#[command(flatten)]
	pub set: LoadSetArgs,
	/// The set's RSA key (in the keystore), as given to `load prepare`.
	#[arg(long)]
	pub rsa: String,
	/// The blob store directory the ciphertext goes to. `load run` needs one; `load bench`
	/// without one keeps the envelopes it seals before its clock in memory (the chain never
	/// reads them; a directory costs a file, a page, a reading).
	#[arg(long)]
	pub store: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum LoadCommand {
	/// Make a load set ready: fund its accounts from `--funder`, register its patients (each
	/// signs its own registration) and, by `--hospital`, their devices; give each device its
	/// patient's vital-signs key. Whatever is already done is skipped.
	Prepare {
		#[command(flatten)]
		set: LoadSetArgs,
		/// The RSA key (in the keystore) every account of the set uses, for encryption and
		/// reading signatures.
		#[arg(long)]
		rsa: String,
		/// The admitted hospital's account key that registers the devices.
		#[arg(long)]
		hospital: String,
		/// The pre-funded account key that funds the set.
		#[arg(long)]
		funder: String,
		/// What each account is given, in units, when it holds less than half of it.
		#[arg(long, default_value_t = 100)]
		fund_units: u64,
	},
	/// Drive every device of a prepared set at once: each seals a fresh vital-signs reading,
	/// stores the ciphertext, signs and anchors it, `--rate` times a second, for
	/// `--duration-secs`. Reports submitted, refused (by reason), anchored, anchors per second,
	/// latency to a best block, the blocks used, and any device the chain quarantined.
	Run {
		#[command(flatten)]
		sending: SendingArgs,
		/// Readings per second, per device.
		#[arg(long, default_value_t = 0.2)]
		rate: f64,
		/// How long the devices send, in seconds.
		#[arg(long, default_value_t = 60)]
		duration_secs: u64,
		/// How long to wait afterwards for the last readings to reach a block, in seconds.
		#[arg(long, default_value_t = 30)]
		settle_secs: u64,
		/// Connections to the node the devices are spread over (0: one per 16 devices).
		#[arg(long, default_value_t = 0)]
		connections: u32,
	},
	/// The throughput benchmark: a ladder of offered rates, first of device-signed anchors from
	/// a prepared set, then of plain `balances.transfer_keep_alive` transfers. Every
	/// transaction of a step is sealed and signed before its clock starts; each step reports
	/// included per second (and as a share of the runtime's ceiling), refused by reason,
	/// latency to a best and a finalized block (p50, p95, p99), blocks used, the node's CPU and
	/// memory (`--node-pid`) and the state each anchor adds (`--measure-state`).
	/// `scripts/throughput-bench.sh` runs it against a release node.
	Bench {
		#[command(flatten)]
		sending: SendingArgs,
		/// The pre-funded account key that tops up the payers and the devices' fees.
		#[arg(long)]
		funder: String,
		/// Offered anchors per second, one step each (comma-separated; 0 for none). A step of
		/// `r` a second drives `r × --device-interval-ms / 1000` devices of the set.
		#[arg(long, value_delimiter = ',', default_value = "50,100,150,200,400")]
		anchor_rates: Vec<u32>,
		/// Offered batches per second (`records.anchor_batch`, each of `--batch-size` sealed
		/// readings), one step each, after the anchor steps (comma-separated; 0 for none).
		#[arg(long, value_delimiter = ',', default_value = "0")]
		batch_rates: Vec<u32>,
		/// Readings a batch carries.
		#[arg(long, default_value_t = 1024)]
		batch_size: u32,
		/// How long each batch step offers its load, in seconds (every reading is sealed and
		/// stored before the clock: a second of 100 batches of 1,024 is 102,400 envelopes).
		#[arg(long, default_value_t = 10)]
		batch_duration_secs: u64,
		/// Offered transfers per second, one step each (comma-separated; 0 for none).
		#[arg(long, value_delimiter = ',', default_value = "100,250,400,600,1000")]
		transfer_rates: Vec<u32>,
		/// How long each step offers its load, in seconds.
		#[arg(long, default_value_t = 30)]
		duration_secs: u64,
		/// How long to wait after a step's sending for its last transactions to be finalized,
		/// and before the next step for the pool to empty, in seconds.
		#[arg(long, default_value_t = 60)]
		settle_secs: u64,
		/// Each device's reading interval, ms (the chain refuses faster than one per 250 ms).
		#[arg(long, default_value_t = 500)]
		device_interval_ms: u64,
		/// Accounts the transfers are sent from (`{seed}//payer//{k}`).
		#[arg(long, default_value_t = 256)]
		payers: u32,
		/// Connections the load goes over (the follower has one more).
		#[arg(long, default_value_t = 8)]
		connections: u32,
		/// Nodes the load's connections go to, in turn (comma-separated URLs; default `--url`
		/// alone), at least one connection each, so `--connections` is raised to their number.
		/// As a consortium's devices each send to their own hospital's node: a sender's
		/// transactions all go to one. The set-up (fees, nonces, the ceilings) goes to the first;
		/// the follower and the governance probe stay on `--url`.
		#[arg(long, value_delimiter = ',')]
		load_urls: Vec<String>,
		/// Submissions awaiting the node's answer, at most, per connection.
		#[arg(long, default_value_t = 64)]
		in_flight: usize,
		/// The node's process id, on this machine: its CPU and memory are reported.
		#[arg(long)]
		node_pid: Option<u32>,
		/// Measure the state each anchor adds (reads the whole state before and after each
		/// anchor step).
		#[arg(long)]
		measure_state: bool,
		/// Also draw the report as a PNG chart here.
		#[arg(long)]
		chart: Option<PathBuf>,
		/// A council member's key (a name in the keystore or a dev URI): once a step, halfway
		/// through, it proposes a council motion of threshold one (a `system.remark`, enacted at
		/// once, nothing stored), an operational transaction, and the step reports in how many
		/// blocks it was included: governance must get through a pool full of normal load.
		#[arg(long)]
		governance_probe: Option<String>,
	},
}
