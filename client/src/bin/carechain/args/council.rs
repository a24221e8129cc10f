//! The grammar of `carechain council …`: the hospitals' council, which decides by motion what no
//! single hospital may (admissions, removals, the validator set, member nodes, upgrades).

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum CouncilCommand {
	/// The council's members, its prime member, and the motions open now with their votes.
	Show,
	/// Propose one motion that admits a hospital: registry admission and council membership,
	/// and with `--validator` and `--peer-id` its validator and its node. Two thirds of the
	/// council must vote aye; the proposer's aye is cast with the proposal.
	AdmitHospital {
		/// The hospital's account: SS58, or an account key's name.
		hospital: String,
		/// The hospital's RSA public key: an RSA key's name in the keystore, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// Add the hospital's account to the validator set (its session keys must be set first:
		/// `carechain hospital set-session-keys`).
		#[arg(long)]
		validator: bool,
		/// The peer id of the hospital's node (base58, `12D3Koo…`): it becomes a member node.
		#[arg(long)]
		peer_id: Option<String>,
		/// The council member's account key that proposes.
		#[arg(long = "as")]
		signer: String,
	},
	/// Propose one motion that removes a hospital: everything it holds, as the chain lists it
	/// (its validator, the member nodes it owns, its council seat) and its registration. Two
	/// thirds must vote aye.
	RemoveHospital {
		/// The hospital's account: SS58, or an account key's name.
		hospital: String,
		/// The council member's account key that proposes.
		#[arg(long = "as")]
		signer: String,
	},
	/// Propose a motion that clears the reports monitors made of a member node flooding the
	/// network (`council show` lists them), once the council has dealt with it (by
	/// `remove-hospital`, or by deciding the reports were wrong). Two thirds must vote aye, as for
	/// every motion the CLI proposes (the chain needs only more than half).
	ClearNodeReports {
		/// The reported node's peer id (base58, `12D3Koo…`).
		#[arg(long)]
		peer_id: String,
		/// The council member's account key that proposes.
		#[arg(long = "as")]
		signer: String,
	},
	/// Propose a runtime upgrade: authorizes the blake2-256 hash of `--wasm`. Two thirds must
	/// vote aye; then anyone applies it (`carechain council apply-upgrade`).
	AuthorizeUpgrade {
		/// The runtime wasm (`carechain_runtime.compact.compressed.wasm`).
		#[arg(long)]
		wasm: PathBuf,
		/// The council member's account key that proposes.
		#[arg(long = "as")]
		signer: String,
	},
	/// Submit the code of an authorized upgrade (`system.applyAuthorizedUpgrade`); the chain
	/// checks it against the authorized hash. The new runtime takes over from the next block.
	ApplyUpgrade {
		/// The runtime wasm whose hash the council authorized.
		#[arg(long)]
		wasm: PathBuf,
		/// Any account key with funds for the fee.
		#[arg(long = "as")]
		signer: String,
	},
	/// Vote on an open motion.
	Vote {
		/// The motion's hash (`0x…`, as `propose` and `show` print it).
		motion: String,
		/// Vote nay (aye by default).
		#[arg(long)]
		nay: bool,
		/// The council member's account key that votes.
		#[arg(long = "as")]
		signer: String,
	},
	/// Close a motion that has its votes (or whose time is up): it is enacted if approved; a
	/// disapproved motion is an error. A motion whose ayes met the threshold it was proposed with
	/// but are no longer two thirds of the seats (the council grew) is refused: it would fail.
	Close {
		/// The motion's hash.
		motion: String,
		/// Close it even if its ayes are not two thirds of today's seats (a motion of a lower
		/// threshold, such as a majority's, proposed from elsewhere).
		#[arg(long)]
		force: bool,
		/// Any account key with funds for the fee.
		#[arg(long = "as")]
		signer: String,
	},
}
