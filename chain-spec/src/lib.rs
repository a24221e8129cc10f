//! # CareChain chain specifications
//!
//! A chain specification is what every node of one chain must agree on before the first block:
//! the runtime's wasm, the genesis state (authorities, balances, governance), the chain's name,
//! id and type, its token properties and its boot nodes. CareChain makes them from the runtime's
//! genesis presets, so the genesis logic lives in one place (the runtime) and a spec file is
//! only ever an export of it.
//!
//! - [`development`]: one node, Alice the sole authority (`--dev`, `--chain dev`).
//! - [`local_testnet`]: Alice, Bob, Charlie and Dave as four authorities (`--chain local`).
//! - [`load`]: either of those by name, or a JSON spec file by path.
//!
//! Export a spec with `carechain-node export-chain-spec --chain <id>` (add `--raw` for the form
//! nodes start from); see this crate's README.

use carechain_runtime::WASM_BINARY;
use sc_chain_spec::{ChainType, Properties};
use serde_json::json;

/// The chain specification type of CareChain: no extensions.
pub type ChainSpec = sc_chain_spec::GenericChainSpec;

/// The token's symbol, decimals and SS58 address prefix, as wallets display them.
pub fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), json!("CARE"));
	properties.insert("tokenDecimals".into(), json!(12));
	properties.insert("ss58Format".into(), json!(42));
	properties
}

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime's wasm is not available: it was built with SKIP_WASM_BUILD.".to_string()
	})
}

/// The development chain: Alice is the sole authority and sudo; the dev accounts are funded.
pub fn development() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, Default::default())
		.with_name("CareChain Development")
		.with_id("carechain_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// The local testnet: four authorities (Alice, Bob, Charlie, Dave), as four hospitals.
pub fn local_testnet() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, Default::default())
		.with_name("CareChain Local Testnet")
		.with_id("carechain_local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// The chain specification called `id`: `dev`, `local` (or the empty string), or else the path
/// of a JSON spec file.
pub fn load(id: &str) -> Result<Box<dyn sc_chain_spec::ChainSpec>, String> {
	Ok(match id {
		"dev" => Box::new(development()?),
		"" | "local" => Box::new(local_testnet()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::BuildStorage;

	fn aura_authorities(spec: &ChainSpec) -> usize {
		let json: serde_json::Value =
			serde_json::from_str(&spec.as_json(false).expect("plain spec exports")).unwrap();
		json["genesis"]["runtimeGenesis"]["patch"]["aura"]["authorities"]
			.as_array()
			.expect("the preset names Aura authorities")
			.len()
	}

	#[test]
	fn every_runtime_preset_has_a_spec_whose_genesis_builds() {
		let presets = carechain_runtime::genesis_config_presets::preset_names();
		assert_eq!(presets.len(), 2, "a new preset needs a spec here too");
		for spec in [development().unwrap(), local_testnet().unwrap()] {
			let storage = spec.build_storage().expect("genesis builds from the preset");
			assert!(
				storage.top.contains_key(&b":code"[..]),
				"{}: the genesis holds the runtime code",
				spec.id()
			);
		}
	}

	#[test]
	fn development_has_one_authority_and_local_testnet_four() {
		assert_eq!(aura_authorities(&development().unwrap()), 1);
		assert_eq!(aura_authorities(&local_testnet().unwrap()), 4);
	}

	#[test]
	fn raw_export_reloads_to_the_same_genesis() {
		let spec = development().unwrap();
		let raw = spec.as_json(true).expect("raw spec exports");
		let reloaded = ChainSpec::from_json_bytes(raw.into_bytes()).expect("raw spec parses");
		assert_eq!(
			spec.build_storage().unwrap().top,
			reloaded.build_storage().unwrap().top,
			"a raw export is the same genesis"
		);
		assert_eq!(reloaded.id(), "carechain_dev");
		assert_eq!(reloaded.properties()["tokenSymbol"], "CARE");
	}

	#[test]
	fn load_resolves_names_and_refuses_a_missing_file() {
		assert_eq!(load("dev").unwrap().id(), "carechain_dev");
		assert_eq!(load("local").unwrap().id(), "carechain_local_testnet");
		assert!(load("/nonexistent/carechain-spec.json").is_err());
	}
}
