//! The grammar of `carechain`: the global options, the command groups, and the values that
//! mirror the chain's enums (categories, permissions, device kinds) with their conversions. Each
//! group's subcommands are in a module of their own.

mod account;
mod council;
mod device;
mod hospital;
mod key;
mod load;
mod patient;
mod physician;

use std::path::PathBuf;

use carechain_client::DEFAULT_URL;
use clap::{Parser, Subcommand, ValueEnum};

pub use self::{
	account::AccountCommand,
	council::CouncilCommand,
	device::DeviceCommand,
	hospital::HospitalCommand,
	key::KeyCommand,
	load::LoadCommand,
	patient::{ExportFormat, PatientCommand},
	physician::PhysicianCommand,
};

/// The CareChain client.
#[derive(Debug, Parser)]
#[command(name = "carechain", version, about)]
pub struct Cli {
	/// The node's WebSocket JSON-RPC URL.
	#[arg(long, global = true, env = "CARECHAIN_URL", default_value = DEFAULT_URL)]
	pub url: String,

	/// Allow plain `ws://` to another machine (unencrypted and unauthenticated: anyone on the path
	/// reads and can alter what the client sends and receives). Without it, only `wss://` or a
	/// `ws://` URL to this machine is accepted.
	#[arg(long, global = true, env = "CARECHAIN_INSECURE")]
	pub insecure: bool,

	/// The keystore directory (made 0700 if missing).
	#[arg(long, global = true, env = "CARECHAIN_KEYSTORE")]
	pub keystore: Option<PathBuf>,

	/// A file whose first line is the keystore passphrase (else `CARECHAIN_PASSPHRASE`, else the
	/// terminal asks).
	#[arg(long, global = true)]
	pub passphrase_file: Option<PathBuf>,

	/// Machine-readable output: one JSON document on stdout.
	#[arg(long, global = true)]
	pub json: bool,

	/// How long a command that sends a transaction waits: until its block is finalized (the
	/// default: it can no longer be reverted), or until it is in a best block (a slot, 3 s; for
	/// scripts that send many and check the outcome themselves).
	#[arg(long, global = true, value_enum, env = "CARECHAIN_WAIT", default_value_t = WaitArg::Finalized)]
	pub wait: WaitArg,

	/// PBKDF2 rounds for keys stored from now on (600 000 by default; fewer only for tests and
	/// throwaway keystores).
	#[arg(long, global = true, hide = true, env = "CARECHAIN_KDF_ITERATIONS")]
	pub kdf_iterations: Option<u32>,

	#[command(subcommand)]
	pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
	/// Manage the keystore: account keys (sr25519) and RSA key pairs.
	#[command(subcommand)]
	Key(KeyCommand),
	/// Show the node's chain: genesis, runtime version, the finalized block.
	Status,
	/// Balances in CARE: for the calls that are not free to participants.
	#[command(subcommand)]
	Account(AccountCommand),
	/// What a hospital does: admit (through governance), register physicians and devices,
	/// suspend, reactivate, revoke; intrusion alerts and reinstatement.
	#[command(subcommand)]
	Hospital(HospitalCommand),
	/// What the hospitals' council decides by motion: admitting and removing hospitals (with
	/// their validators and nodes) and runtime upgrades; voting and closing motions.
	#[command(subcommand)]
	Council(CouncilCommand),
	/// What a patient does: register, category keys, grants, revocation, the audit trail.
	#[command(subcommand)]
	Patient(PatientCommand),
	/// What a device does: simulate readings.
	#[command(subcommand)]
	Device(DeviceCommand),
	/// What a physician does: read records.
	#[command(subcommand)]
	Physician(PhysicianCommand),
	/// The load generator: many simulated devices at once, from accounts derived from a seed and
	/// funded by a pre-funded account. For test and benchmark chains only: whoever knows the seed
	/// signs as these accounts.
	#[command(subcommand)]
	Load(LoadCommand),
}

/// How long a transaction is waited for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WaitArg {
	/// Until it is in a best block.
	InBlock,
	/// Until its block is finalized.
	Finalized,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KeyKindArg {
	/// An sr25519 account key.
	Sr25519,
	/// An RSA key pair for records.
	Rsa,
}
