//! Genesis presets: the initial state a chain specification starts from.
//!
//! - `development`: Alice is the sole authority and the sudo key; the well-known dev accounts
//!   are funded. For one node on a laptop.
//! - `local_testnet`: Alice, Bob, Charlie and Dave are authorities, as four hospitals would be;
//!   Alice holds sudo. For a consortium rehearsal on one machine or a LAN.
//!
//! A real consortium's spec (one authority per hospital, from a members file) is made by
//! `carechain-chain-spec`, on top of the same `testnet_genesis` shape.

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, AuraConfig, Balance, BalancesConfig, GrandpaConfig, RuntimeGenesisConfig,
	SudoConfig, UNIT,
};

/// What each endowed account starts with: enough for years of test transactions.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// The genesis state for the given authorities, endowed accounts and sudo key, as a JSON patch
/// over the runtime's default genesis.
pub fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: AuraConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: GrandpaConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
	})
}

/// The dev authority keys of one well-known account: its sr25519 key for Aura, its ed25519 key
/// for GRANDPA (the node's `--alice` etc. insert the same pair).
fn authority_keys((aura, grandpa): (Sr25519Keyring, Ed25519Keyring)) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority_keys((Sr25519Keyring::Alice, Ed25519Keyring::Alice))],
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The `local_testnet` preset.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		[
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		]
		.into_iter()
		.map(authority_keys)
		.collect(),
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
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
