//! The grammar of `carechain physician …`: what a physician does.

use clap::Subcommand;

use carechain_primitives::consent::{DataCategory, Permission};

#[derive(Debug, Subcommand)]
pub enum PhysicianCommand {
	/// Ask a patient for access to a category; the patient approves or rejects.
	RequestAccess {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: DataCategory,
		/// What to be allowed.
		#[arg(long, value_enum, default_value_t = Permission::Read)]
		permission: Permission,
		/// For how many blocks (3 s each) once approved.
		#[arg(long, default_value_t = 28_800)]
		blocks: u32,
		/// The physician's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// List a patient's records of a category: metadata only (nothing is read or audited).
	Records {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: DataCategory,
	},
	/// Open emergency access to a patient (for emergency treatment, 4 hours, announced to the
	/// patient and its guardians, reviewed afterwards). Only the justification's hash goes on
	/// chain: keep the text in the hospital's records.
	Emergency {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The hospital the physician acts for: SS58 or an account key's name.
		#[arg(long)]
		hospital: String,
		/// Why (stays off-chain; its BLAKE2-256 hash is anchored).
		#[arg(long)]
		justification: String,
		/// The physician's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Read a patient's records of a category: each read asked of the chain (audited), each key
	/// unwrapped (for a patient in custody: the shares its custodians release, collected),
	/// each envelope fetched, checked against its anchored hash and decrypted.
	Read {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: DataCategory,
		/// The physician's RSA key (in the keystore).
		#[arg(long)]
		rsa: String,
		/// Where the ciphertext is fetched from. The store: a directory, the storage network's nodes by Bitswap
		/// (`ipfs://<multiaddr>[,<multiaddr>…]`, each ending in `/p2p/<peer id>`), or their
		/// RPC (`ws://…[,ws://…]`), tried in order.
		#[arg(long)]
		store: String,
		/// Read for emergency treatment (under an emergency access the physician opened),
		/// instead of treatment under a grant.
		#[arg(long)]
		emergency: bool,
		/// The physician's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
}
