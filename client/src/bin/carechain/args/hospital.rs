//! The grammar of `carechain hospital …`: what a hospital does.

use clap::Subcommand;

use carechain_primitives::registry::DeviceKind;

#[derive(Debug, Subcommand)]
pub enum HospitalCommand {
	/// Admit a hospital to the consortium. Governance decides: on a dev chain, `--as` is the sudo
	/// key and the call goes through `sudo`.
	Admit {
		/// The hospital's account: SS58, or the name of an account key in the keystore.
		hospital: String,
		/// The hospital's RSA public key: an RSA key's name in the keystore, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// The governance key that signs (sudo on a dev chain).
		#[arg(long = "as")]
		signer: String,
	},
	/// Register a physician and affiliate it with the signing hospital.
	RegisterPhysician {
		/// The physician's account: SS58, or an account key's name.
		physician: String,
		/// The physician's RSA public key: an RSA key's name, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Register a patient's device, owned by the signing hospital.
	RegisterDevice {
		/// The device's account: SS58, or an account key's name.
		device: String,
		/// The patient it monitors: SS58, or an account key's name.
		#[arg(long)]
		patient: String,
		/// What kind of device.
		#[arg(long, value_enum, default_value_t = DeviceKind::Wearable)]
		kind: DeviceKind,
		/// The device's RSA encryption key: an RSA key's name, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// The RSA key its readings are signed with: an RSA key's name, or hex DER.
		#[arg(long)]
		signing_key: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Move a device to another patient or hospital.
	MoveDevice {
		/// The device: SS58 or an account key's name.
		device: String,
		/// Its patient from now on.
		#[arg(long)]
		patient: String,
		/// Its hospital from now on.
		#[arg(long)]
		hospital: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Replace a device's RSA signing key (a device may not replace it itself): for a key that
	/// was compromised or is due for rotation. Readings it signed before stay verifiable.
	RotateDeviceKey {
		/// The device: SS58 or an account key's name.
		device: String,
		/// Its new signing key: an RSA key of the keystore (its public half), or hex DER.
		#[arg(long)]
		signing_key: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Suspend a participant of the hospital (a physician or device).
	Suspend {
		/// The participant: SS58, or an account key's name.
		who: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Reactivate a suspended participant.
	Reactivate {
		/// The participant: SS58, or an account key's name.
		who: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Have the hospital's own validator node make new session keys in its keystore, and
	/// register them for the hospital's account (`session.setKeys`, with the proof that the
	/// account holds them), submitted through `--url`. They take effect two sessions after the
	/// hospital's validator is added or re-added.
	SetSessionKeys {
		/// The hospital's own validator node, which makes the keys: a loopback `ws://` URL
		/// (`author_rotateKeysWithOwner` is an unsafe method, for the node's own machine only;
		/// a node started with `--rpc-methods safe` refuses it, see docs/consortium.md). Given
		/// apart from `--url`: a hospital not yet admitted submits through a member's node.
		#[arg(long)]
		keys_node: String,
		/// The hospital's account key that signs (it needs a little CARE for the fee).
		#[arg(long = "as")]
		signer: String,
	},
	/// Run the hospital's custodian service: follow best blocks and, for each granted read
	/// of a record the hospital holds a share of, release its share to the reader, re-wrapped to
	/// the reader's key (on chain: `records.releaseShare`, which consent checks again). The
	/// hospital sees its share, never a record's key. Runs until stopped; one line per release.
	Custody {
		/// The hospital's RSA key (in the keystore), which its shares are wrapped to.
		#[arg(long)]
		rsa: String,
		/// Where the envelopes are fetched from. The store: a directory, the storage network's nodes by Bitswap
		/// (`ipfs://<multiaddr>[,<multiaddr>…]`, each ending in `/p2p/<peer id>`), or their
		/// RPC (`ws://…[,ws://…]`), tried in order.
		#[arg(long)]
		store: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// The devices the chain has quarantined for flooding (intrusion detection), with their
	/// detector state.
	Alerts,
	/// Reinstate a quarantined device of the hospital: its transactions are accepted again and
	/// its baseline is learned afresh.
	Reinstate {
		/// The device: SS58, or an account key's name.
		device: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Revoke a participant for good.
	Revoke {
		/// The participant: SS58, or an account key's name.
		who: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
}
