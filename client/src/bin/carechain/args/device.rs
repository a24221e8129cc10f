//! The grammar of `carechain device …`: what a device does.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
	/// Generate realistic vital signs, encrypt them for the patient, sign, store the ciphertext
	/// and anchor its hash, `--count` times every `--interval-ms` (or, with `--batch`, all at
	/// once as one batch).
	Simulate {
		/// The patient it monitors: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// How many readings.
		#[arg(long, default_value_t = 10)]
		count: u32,
		/// Milliseconds between readings.
		#[arg(long, default_value_t = 1_000)]
		interval_ms: u64,
		/// The device's RSA encryption key (in the keystore), to open its copy of the category key.
		#[arg(long)]
		rsa: String,
		/// The device's RSA signing key (in the keystore).
		#[arg(long)]
		signing_rsa: String,
		/// Where the ciphertext goes: a directory, or the hospitals' storage network
		/// (`ipfs://…` or `ws://…`, as readers name it), to which each envelope is published
		/// (`envelopes.store`) after its anchor, through the node `--url` names; a copy kept in `--outbox`.
		#[arg(long)]
		store: String,
		/// Where a device keeps its sealed envelopes when `--store` is the storage network
		/// (default: `outbox` beside the keystore).
		#[arg(long)]
		outbox: Option<PathBuf>,
		/// Seal all `--count` readings, each in its own envelope, and anchor them as one batch
		/// (one signature and one record of their Merkle root), as a gateway or a high-rate
		/// device does.
		#[arg(long, conflicts_with = "flood")]
		batch: bool,
		/// Misbehave on purpose: send every reading at once, without waiting for any, to exercise
		/// the node's and the chain's intrusion detection. Reports what was accepted and refused.
		#[arg(long)]
		flood: bool,
		/// The device's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
}
