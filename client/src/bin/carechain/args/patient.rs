//! The grammar of `carechain patient …`: what a patient (or its guardian) does.

use clap::Subcommand;

use carechain_primitives::consent::{DataCategory, Permission};

#[derive(Debug, Subcommand)]
pub enum PatientCommand {
	/// Register the signing account as a patient (and, with `--custodian`, name its custodian
	/// hospitals).
	Register {
		/// The patient's RSA public key: an RSA key's name, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// Custodian hospitals to name at once (SS58 or account key names, in share order; at
		/// least two, in one atomic transaction with the registration): its records are then
		/// held in custody from the first one. Without them, `patient set-custodians` later.
		#[arg(long = "custodian")]
		custodians: Vec<String>,
		/// How many custodians' shares open a record (with `--custodian`).
		#[arg(long, default_value_t = 2)]
		threshold: u32,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Make a fresh key for a category, for the patient and its devices (and `--reader`s): what
	/// devices encrypt new records to.
	RotateKey {
		/// The category.
		#[arg(long, value_enum)]
		category: DataCategory,
		/// Further readers (SS58 or account key names).
		#[arg(long = "reader")]
		readers: Vec<String>,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Name the patient's custodian hospitals: each holds one share of the data key of every
	/// record anchored from now on, and `--threshold` of them open one for a reader consent
	/// allows. From then on the patient's devices seal in custody and no category key is shared.
	SetCustodians {
		/// A custodian hospital (SS58 or an account key's name), in share order; at least two.
		#[arg(long = "custodian", required = true)]
		custodians: Vec<String>,
		/// How many custodians' shares open a record (at least 2).
		#[arg(long, default_value_t = 2)]
		threshold: u32,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Grant a participant access to a category for treatment, and, for a patient not in
	/// custody, share the category's current key with it (one atomic transaction).
	Grant {
		/// Who is granted: SS58 or an account key's name.
		grantee: String,
		/// The category.
		#[arg(long, value_enum)]
		category: DataCategory,
		/// What it may do.
		#[arg(long, value_enum, default_value_t = Permission::Read)]
		permission: Permission,
		/// For how many blocks (3 s each) from now.
		#[arg(long, default_value_t = 28_800)]
		blocks: u32,
		/// The patient's RSA key (in the keystore), to open its copy of the category key.
		#[arg(long)]
		rsa: String,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Revoke a grant, and rotate the keys of `--rotate` categories for the patient and its
	/// devices only, so that later records are closed to the former grantee.
	Revoke {
		/// The grant's id.
		grant: u64,
		/// Categories whose keys to rotate.
		#[arg(long = "rotate", value_enum)]
		rotate: Vec<DataCategory>,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// The audit trail: who read or added what, when, why, and whether it was allowed. With
	/// `--export`, the full accounting of disclosures from the chain's events (every decision and
	/// consent change, with block and time), which needs the blocks' state: an archive node.
	Audit {
		/// The patient: SS58 or an account key's name.
		patient: String,
		/// Export the full accounting of disclosures, walking every block from `--from` to `--to`.
		#[arg(long, value_enum)]
		export: Option<ExportFormat>,
		/// The first block to walk (with `--export`).
		#[arg(long, default_value_t = 1, requires = "export")]
		from: u32,
		/// The last block to walk (with `--export`; default: the latest finalized).
		#[arg(long, requires = "export")]
		to: Option<u32>,
		/// Where to write the export (default: standard output).
		#[arg(long, requires = "export")]
		out: Option<std::path::PathBuf>,
	},
	/// A patient's records of a category: metadata only (nothing is read or audited).
	Records {
		/// The patient: SS58 or an account key's name.
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: DataCategory,
	},
	/// Prove one reading of a record against the chain: its content hash (for a batch, from
	/// the batch's manifest in the store, checked against the anchored root), its Merkle proof,
	/// and the chain's check of it (nothing is read or audited).
	ProveReading {
		/// The record.
		record: u64,
		/// The reading's index in the batch (0 for a record of one reading).
		#[arg(long, default_value_t = 0)]
		index: u32,
		/// Where the batch's manifest is fetched from. The store: a directory, the storage network's nodes by Bitswap
		/// (`ipfs://<multiaddr>[,<multiaddr>…]`, each ending in `/p2p/<peer id>`), or their
		/// RPC (`ws://…[,ws://…]`), tried in order.
		#[arg(long)]
		store: String,
	},
	/// A patient's grants.
	Consents {
		/// The patient: SS58 or an account key's name.
		patient: String,
	},
	/// Narrow a grant: fewer categories, less permission, or an earlier expiry.
	Amend {
		/// The grant's id.
		grant: u64,
		/// Only this category from now on.
		#[arg(long, value_enum)]
		category: Option<DataCategory>,
		/// Only this permission from now on.
		#[arg(long, value_enum)]
		permission: Option<Permission>,
		/// Expire this many blocks from now.
		#[arg(long)]
		expires_in: Option<u32>,
		/// The patient (or guardian) account key that signs; the patient is `--patient`, or the
		/// signer.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when a guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
	/// Access requests waiting for the patient's answer.
	Requests {
		/// The patient: SS58 or an account key's name.
		patient: String,
	},
	/// Approve a physician's access request: it becomes a grant.
	Approve {
		/// The requester: SS58 or an account key's name.
		requester: String,
		/// The patient (or guardian) account key that signs.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when a guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
	/// Reject a physician's access request.
	Reject {
		/// The requester: SS58 or an account key's name.
		requester: String,
		/// The patient (or guardian) account key that signs.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when a guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
	/// Name a guardian who may act for the signing patient.
	AddGuardian {
		/// The guardian: SS58 or an account key's name.
		guardian: String,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Remove a guardian (the patient or the guardian itself signs).
	RemoveGuardian {
		/// The guardian: SS58 or an account key's name.
		guardian: String,
		/// The account key that signs.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when the guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
}

/// The format of an accounting of disclosures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
	/// One JSON document: `{ "patient", "from", "to", "disclosures": [...] }`.
	Json,
	/// Comma-separated values, with a header row.
	Csv,
}
