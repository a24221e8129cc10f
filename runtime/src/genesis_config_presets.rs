//! Genesis presets: the initial state a chain specification starts from.
//!
//! - `development`: Alice is the sole authority and the sudo key; Alice, Bob and Charlie are the
//!   council (two of them carry a motion); the well-known dev accounts are funded. For one node
//!   on a laptop.
//! - `local_testnet`: Alice, Bob, Charlie and Dave are authorities and the council, as four
//!   hospitals would be; Alice holds sudo. For a consortium rehearsal on one machine or a LAN.
//! - A consortium's own genesis, from its members file: [`consortium_genesis`], which
//!   `carechain-node consortium-spec` calls. It has no sudo key.
//!
//! Every preset lists its member nodes (pallet-node-authorization's well-known nodes): a node
//! whose peer id is not listed cannot sync from the others. The dev and local presets list the
//! peer ids of the fixed node keys `0101…01` (Alice), `0202…02` (Bob), `0303…03` (Charlie) and
//! `0404…04` (Dave): start their nodes with `--node-key` set to those (the end-to-end harness
//! does).

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::OpaquePeerId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, Balance, BalancesConfig, ConsortiumConfig, HospitalMembershipConfig,
	NodeAuthorizationConfig, RegistryConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys,
	SudoConfig, UNIT,
};

/// What each endowed account starts with: enough for years of test transactions.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// One hospital of a consortium's genesis.
#[derive(Clone, Debug, PartialEq)]
pub struct GenesisHospital {
	/// Its account: its council seat, its registry entry and, if it runs one, its validator.
	pub account: AccountId,
	/// The RSA public key (DER SubjectPublicKeyInfo) data for the hospital is encrypted to, if
	/// it is admitted to the registry at genesis.
	pub encryption_key: Option<Vec<u8>>,
	/// What its account starts with.
	pub balance: Balance,
	/// Its validator's session keys, if it runs a validator.
	pub session_keys: Option<(AuraId, GrandpaId)>,
	/// The libp2p peer ids (bytes) of its nodes: they alone may join the network.
	pub peer_ids: Vec<Vec<u8>>,
	/// Whether it sits on the council.
	pub council: bool,
}

/// A consortium's genesis, as a JSON patch over the runtime's default genesis.
///
/// `extra_balances` funds accounts that are not hospitals (test accounts on a dev chain);
/// `sudo` is `None` for a real consortium: then no account can act alone.
pub fn consortium_genesis(
	hospitals: &[GenesisHospital],
	extra_balances: &[(AccountId, Balance)],
	sudo: Option<AccountId>,
) -> Value {
	let mut balances: Vec<(AccountId, Balance)> =
		hospitals.iter().map(|h| (h.account.clone(), h.balance)).collect();
	for (account, balance) in extra_balances {
		if !balances.iter().any(|(known, _)| known == account) {
			balances.push((account.clone(), *balance));
		}
	}
	let validators: Vec<&GenesisHospital> =
		hospitals.iter().filter(|h| h.session_keys.is_some()).collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		session: SessionConfig {
			keys: validators
				.iter()
				.filter_map(|h| {
					let (aura, grandpa) = h.session_keys.clone()?;
					Some((h.account.clone(), h.account.clone(), SessionKeys { aura, grandpa }))
				})
				.collect::<Vec<_>>(),
		},
		consortium: ConsortiumConfig {
			validators: validators.iter().map(|h| h.account.clone()).collect::<Vec<_>>(),
		},
		hospital_membership: HospitalMembershipConfig {
			members: hospitals
				.iter()
				.filter(|h| h.council)
				.map(|h| h.account.clone())
				.collect::<Vec<_>>()
				.try_into()
				.unwrap_or_default(),
		},
		node_authorization: NodeAuthorizationConfig {
			nodes: hospitals
				.iter()
				.flat_map(|h| {
					h.peer_ids.iter().map(|peer| (OpaquePeerId(peer.clone()), h.account.clone()))
				})
				.collect::<Vec<_>>(),
		},
		registry: RegistryConfig {
			hospitals: hospitals
				.iter()
				.filter_map(|h| Some((h.account.clone(), h.encryption_key.clone()?)))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo },
	})
}

/// The libp2p peer id of the fixed node key `[n; 32]` (an ed25519 secret): the identity
/// multihash of its public key. Dev and local nodes run with these keys.
pub fn dev_peer_id(n: u8) -> Vec<u8> {
	// Public keys of the ed25519 secrets [1; 32] … [4; 32], computed once and checked by the
	// chain-spec tests against the node's own `key inspect-node-key`.
	const PUBLIC: [[u8; 32]; 4] = [
		[
			0x8a, 0x88, 0xe3, 0xdd, 0x74, 0x09, 0xf1, 0x95, 0xfd, 0x52, 0xdb, 0x2d, 0x3c, 0xba,
			0x5d, 0x72, 0xca, 0x67, 0x09, 0xbf, 0x1d, 0x94, 0x12, 0x1b, 0xf3, 0x74, 0x88, 0x01,
			0xb4, 0x0f, 0x6f, 0x5c,
		],
		[
			0x81, 0x39, 0x77, 0x0e, 0xa8, 0x7d, 0x17, 0x5f, 0x56, 0xa3, 0x54, 0x66, 0xc3, 0x4c,
			0x7e, 0xcc, 0xcb, 0x8d, 0x8a, 0x91, 0xb4, 0xee, 0x37, 0xa2, 0x5d, 0xf6, 0x0f, 0x5b,
			0x8f, 0xc9, 0xb3, 0x94,
		],
		[
			0xed, 0x49, 0x28, 0xc6, 0x28, 0xd1, 0xc2, 0xc6, 0xea, 0xe9, 0x03, 0x38, 0x90, 0x59,
			0x95, 0x61, 0x29, 0x59, 0x27, 0x3a, 0x5c, 0x63, 0xf9, 0x36, 0x36, 0xc1, 0x46, 0x14,
			0xac, 0x87, 0x37, 0xd1,
		],
		[
			0xca, 0x93, 0xac, 0x17, 0x05, 0x18, 0x70, 0x71, 0xd6, 0x7b, 0x83, 0xc7, 0xff, 0x0e,
			0xfe, 0x81, 0x08, 0xe8, 0xec, 0x45, 0x30, 0x57, 0x5d, 0x77, 0x26, 0x87, 0x93, 0x33,
			0xdb, 0xda, 0xbe, 0x7c,
		],
	];
	let index = usize::from(n.saturating_sub(1)).min(PUBLIC.len() - 1);
	// Identity multihash (0x00, 36 bytes) of the protobuf public key (ed25519 = 1, 32 bytes).
	let mut peer = vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	peer.extend_from_slice(&PUBLIC[index]);
	peer
}

/// A dev authority as a hospital of a rehearsal chain: its account, dev session keys and the
/// node of fixed key `[node; 32]`; on the council; not admitted to the registry (the tests and
/// the walkthrough admit hospitals by motion or sudo, as a live chain would).
fn dev_hospital(account: Sr25519Keyring, grandpa: Ed25519Keyring, node: u8) -> GenesisHospital {
	GenesisHospital {
		account: account.to_account_id(),
		encryption_key: None,
		balance: ENDOWMENT,
		session_keys: Some((account.public().into(), grandpa.public().into())),
		peer_ids: vec![dev_peer_id(node)],
		council: true,
	}
}

fn dev_endowments() -> Vec<(AccountId, Balance)> {
	Sr25519Keyring::iter().map(|k| (k.to_account_id(), ENDOWMENT)).collect()
}

/// A council seat for a dev account that runs no node: so that a dev chain's motions take more
/// than one vote, as a consortium's do.
fn dev_council_member(account: Sr25519Keyring) -> GenesisHospital {
	GenesisHospital {
		account: account.to_account_id(),
		encryption_key: None,
		balance: ENDOWMENT,
		session_keys: None,
		peer_ids: vec![],
		council: true,
	}
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	consortium_genesis(
		&[
			dev_hospital(Sr25519Keyring::Alice, Ed25519Keyring::Alice, 1),
			dev_council_member(Sr25519Keyring::Bob),
			dev_council_member(Sr25519Keyring::Charlie),
		],
		&dev_endowments(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// The `local_testnet` preset.
pub fn local_config_genesis() -> Value {
	consortium_genesis(
		&[
			dev_hospital(Sr25519Keyring::Alice, Ed25519Keyring::Alice, 1),
			dev_hospital(Sr25519Keyring::Bob, Ed25519Keyring::Bob, 2),
			dev_hospital(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie, 3),
			dev_hospital(Sr25519Keyring::Dave, Ed25519Keyring::Dave, 4),
		],
		&dev_endowments(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// The storage of a chain started natively from `patch` (a preset: a JSON patch over the
/// runtime's default genesis, merged as the node merges it), for native tests and tools: the
/// runtime's own tests and the fuzzer.
#[cfg(feature = "std")]
pub fn storage_from_preset(patch: Value) -> Result<sp_core::storage::Storage, String> {
	fn merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(base), Value::Object(patch)) => {
				for (key, value) in patch {
					merge(base.entry(key).or_insert(Value::Null), value);
				}
			},
			(base, patch) => *base = patch,
		}
	}
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
		.map_err(|e| format!("the default genesis config: {e}"))?;
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).map_err(|e| format!("not a genesis config: {e}"))?;
	sp_runtime::BuildStorage::build_storage(&config)
}

/// The JSON of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
