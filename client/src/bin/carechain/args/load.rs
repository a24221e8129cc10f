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
		set: LoadSetArgs,
		/// The set's RSA key (in the keystore), as given to `load prepare`.
		#[arg(long)]
		rsa: String,
		/// The blob store directory the ciphertext goes to.
		#[arg(long)]
		store: PathBuf,
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
}
