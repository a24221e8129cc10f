//! # CareChain chain specifications
//!
//! A chain specification is what every node of one chain must agree on before the first block:
//! the runtime's wasm, the genesis state (authorities, balances, governance), the chain's name,
//! id and type, its token properties and its boot nodes. CareChain makes them from the runtime's
//! genesis presets and its consortium genesis, so the genesis logic lives in one place (the
//! runtime) and a spec file is only ever an export of it.
//!
//! - [`development`]: one node, Alice the sole authority and sudo (`--dev`, `--chain dev`).
//! - [`local_testnet`]: Alice, Bob, Charlie and Dave as four hospitals, Alice sudo (`--chain
//!   local`).
//! - [`consortium`]: a real consortium, from its members file ([`members`]): no sudo key.
//! - [`load`]: the first two by name, or a JSON spec file by path.
//!
//! Export a preset's spec with `carechain-node export-chain-spec --chain <id>` (add `--raw` for
//! the form nodes start from); make a consortium's with `carechain-node consortium-spec --members
//! FILE --output-dir DIR` ([`consortium_spec_files`]). See this crate's README.

pub mod members;

use std::{
	fs, io,
	path::{Path, PathBuf},
};

use carechain_runtime::{genesis_config_presets::consortium_genesis, WASM_BINARY};
use sc_chain_spec::{ChainType, Properties};
use serde_json::json;

pub use members::{Members, MembersError};

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
		path => Box::new(ChainSpec::from_json_file(PathBuf::from(path))?),
	})
}

/// A consortium's chain: its hospitals from the members file, their nodes as boot nodes, no sudo
/// key.
pub fn consortium(members: &Members) -> Result<ChainSpec, String> {
	let hospitals: Vec<_> = members.hospitals.iter().map(members::Hospital::genesis).collect();
	Ok(ChainSpec::builder(wasm_binary()?, Default::default())
		.with_name(&members.chain.name)
		.with_id(&members.chain.id)
		.with_chain_type(members.chain.chain_type.clone())
		.with_boot_nodes(members.hospitals.iter().map(members::Hospital::boot_node).collect())
		.with_genesis_config_patch(consortium_genesis(&hospitals, &[], None))
		.with_properties(properties())
		.build())
}

/// Why a consortium's spec files were not written. Nothing was, whichever it is.
#[derive(Debug, thiserror::Error)]
pub enum SpecError {
	/// The members file is unreadable or wrong.
	#[error(transparent)]
	Members(#[from] MembersError),
	/// The spec could not be built or exported (the runtime's genesis refused it).
	#[error("cannot build the chain specification: {0}")]
	Build(String),
	/// A file could not be written.
	#[error("cannot write {}: {source}", path.display())]
	Write { path: PathBuf, source: io::Error },
}

/// The two files of a chain specification, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecFiles {
	/// The plain spec, `<stem>.json`: the genesis as a readable patch, for review.
	pub plain: PathBuf,
	/// The raw spec, `<stem>-raw.json`: the genesis storage, which nodes start from.
	pub raw: PathBuf,
}

/// Reads the members file, builds the consortium's spec and writes it into `output_dir` (made
/// if missing) as `<chain id>.json` and `<chain id>-raw.json`: what `carechain-node
/// consortium-spec` does.
pub fn consortium_spec_files(
	members_file: &Path,
	output_dir: &Path,
) -> Result<SpecFiles, SpecError> {
	let members = Members::from_file(members_file)?;
	let spec = consortium(&members).map_err(SpecError::Build)?;
	write_spec_files(&spec, output_dir, &members.chain.id)
}

/// Writes `spec` into `output_dir` as `<stem>.json` (plain) and `<stem>-raw.json` (raw),
/// replacing files of those names. Both are exported in memory first (which is where a genesis
/// the runtime refuses fails) and written to temporary files in `output_dir`, which are then
/// renamed: a failure leaves no half-written file, and none at all unless it is the renaming.
pub fn write_spec_files(
	spec: &ChainSpec,
	output_dir: &Path,
	stem: &str,
) -> Result<SpecFiles, SpecError> {
	let plain = spec.as_json(false).map_err(SpecError::Build)?;
	let raw = spec.as_json(true).map_err(SpecError::Build)?;
	let files = SpecFiles {
		plain: output_dir.join(format!("{stem}.json")),
		raw: output_dir.join(format!("{stem}-raw.json")),
	};
	let write_error = |path: &Path| {
		let path = path.to_owned();
		move |source| SpecError::Write { path, source }
	};
	fs::create_dir_all(output_dir).map_err(write_error(output_dir))?;

	let pending = [(&files.plain, plain), (&files.raw, raw)];
	let temporaries: Vec<PathBuf> = pending
		.iter()
		.map(|(path, _)| {
			let name = path.file_name().unwrap_or_default().to_string_lossy();
			output_dir.join(format!(".{name}.{}.tmp", std::process::id()))
		})
		.collect();
	let remove_temporaries = || {
		for temporary in &temporaries {
			let _ = fs::remove_file(temporary);
		}
	};
	for ((_, contents), temporary) in pending.iter().zip(&temporaries) {
		if let Err(error) = fs::write(temporary, contents) {
			remove_temporaries();
			return Err(write_error(temporary)(error));
		}
	}
	for ((path, _), temporary) in pending.iter().zip(&temporaries) {
		if let Err(error) = fs::rename(temporary, path) {
			remove_temporaries();
			return Err(write_error(path)(error));
		}
	}
	Ok(files)
}

#[cfg(test)]
mod tests {
	use super::*;
	use carechain_runtime::{genesis_config_presets::dev_peer_id, Runtime};
	use pallet_collective::Instance1;
	use sc_network::PeerId;
	use sp_core::Pair;
	use sp_io::hashing::twox_128;
	use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
	use sp_runtime::BuildStorage;

	/// The directory of the sample consortium: its members file, keys and specs.
	fn consortium_dir() -> PathBuf {
		Path::new(env!("CARGO_MANIFEST_DIR")).join("consortium")
	}

	fn sample() -> Members {
		Members::from_file(&consortium_dir().join("sample-members.toml"))
			.expect("the sample members file is valid")
	}

	/// The storage key of the Sudo pallet's key: absent when the chain has no sudo.
	fn sudo_key() -> Vec<u8> {
		[twox_128(b"Sudo"), twox_128(b"Key")].concat()
	}

	fn session_keys(spec: &ChainSpec) -> usize {
		let json: serde_json::Value =
			serde_json::from_str(&spec.as_json(false).expect("plain spec exports")).unwrap();
		json["genesis"]["runtimeGenesis"]["patch"]["session"]["keys"]
			.as_array()
			.expect("the preset names session keys")
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
			assert!(storage.top.contains_key(&sudo_key()), "{}: a rehearsal has sudo", spec.id());
		}
	}

	#[test]
	fn development_has_one_authority_and_local_testnet_four() {
		assert_eq!(session_keys(&development().unwrap()), 1);
		assert_eq!(session_keys(&local_testnet().unwrap()), 4);
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

	#[test]
	fn the_dev_node_keys_have_the_peer_ids_the_presets_and_the_sample_list() {
		let listed = [
			"12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5",
			"12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq",
			"12D3KooWRndVhVZPCiQwHBBBdg769GyrPUW13zxwqQyf9r3ANaba",
			"12D3KooWPT98FXMfDQYavZm66EeVjTqP9Nnehn1gyaydqV8L8BQw",
		];
		for (n, listed) in (1..=4u8).zip(listed) {
			let public = sp_core::ed25519::Pair::from_seed(&[n; 32]).public();
			let peer = PeerId::from_ed25519(&public.0).expect("an ed25519 key");
			assert_eq!(peer.to_bytes(), dev_peer_id(n), "node key {n}");
			assert_eq!(peer.to_base58(), listed, "node key {n}");
		}
	}

	#[test]
	fn the_sample_lists_the_dev_keys_it_says_it_does() {
		let members = sample();
		let dev = [
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice, "rsa2048-a"),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob, "rsa2048-b"),
			(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie, "device2048"),
			(Sr25519Keyring::Dave, Ed25519Keyring::Dave, "rsa3072"),
		];
		assert_eq!(members.hospitals.len(), dev.len());
		let test_keys = Path::new(env!("CARGO_MANIFEST_DIR")).join("../primitives/test-keys");
		for ((hospital, (account, grandpa, key)), n) in members.hospitals.iter().zip(dev).zip(1u8..)
		{
			assert_eq!(hospital.account, account.to_account_id(), "{}", hospital.name);
			assert_eq!(hospital.validator.map(|v| v.aura), Some(account.public()));
			assert_eq!(hospital.validator.map(|v| v.grandpa), Some(grandpa.public()));
			assert_eq!(hospital.peer_id.to_bytes(), dev_peer_id(n), "{}", hospital.name);
			let key = fs::read(test_keys.join(format!("{key}.spki.der"))).unwrap();
			assert_eq!(hospital.encryption_key.as_ref(), Some(&key), "{}", hospital.name);
			assert_eq!(hospital.balance, carechain_runtime::genesis_config_presets::ENDOWMENT);
			assert!(hospital.council);
		}
		assert_eq!(members.chain.chain_type, ChainType::Live);
	}

	#[test]
	fn the_sample_consortium_has_four_hospitals_everywhere_and_no_sudo() {
		let members = sample();
		let spec = consortium(&members).unwrap();
		assert_eq!(spec.boot_nodes().len(), 4);
		assert_eq!(
			spec.boot_nodes()[1].to_string(),
			format!("/ip4/127.0.0.1/tcp/30334/p2p/{}", members.hospitals[1].peer_id)
		);
		let storage = spec.build_storage().expect("the sample's genesis builds");
		assert!(!storage.top.contains_key(&sudo_key()), "a consortium has no sudo key");

		let accounts: Vec<_> = members.hospitals.iter().map(|h| h.account.clone()).collect();
		let mut sorted = accounts.clone();
		sorted.sort();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			// The validator set pallet keeps its set sorted, and the session takes it from there.
			assert_eq!(pallet_session::Validators::<Runtime>::get(), sorted);
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
			assert_eq!(pallet_membership::Members::<Runtime, Instance1>::get().to_vec(), sorted);
			assert_eq!(pallet_collective::Members::<Runtime, Instance1>::get(), sorted);
			assert_eq!(pallet_node_authorization::WellKnownNodes::<Runtime>::get().len(), 4);
			assert_eq!(pallet_registry::Participants::<Runtime>::count(), 4);
			for account in &accounts {
				assert!(pallet_registry::Participants::<Runtime>::contains_key(account));
			}
		});
	}

	#[test]
	fn consortium_spec_files_writes_both_forms_and_bad_input_writes_nothing() {
		let dir = tempfile::tempdir().unwrap();
		let output = dir.path().join("specs");
		let members_file = dir.path().join("members.toml");
		let text = fs::read_to_string(consortium_dir().join("sample-members.toml")).unwrap();
		fs::create_dir(dir.path().join("keys")).unwrap();
		for key in fs::read_dir(consortium_dir().join("keys")).unwrap() {
			let key = key.unwrap();
			fs::copy(key.path(), dir.path().join("keys").join(key.file_name())).unwrap();
		}
		let bob = "12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq";
		let alice = "12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5";
		fs::write(&members_file, text.replace(bob, alice)).unwrap();
		let error = consortium_spec_files(&members_file, &output).unwrap_err();
		assert!(
			matches!(error, SpecError::Members(MembersError::Duplicate { field: "peer_id", .. })),
			"{error}"
		);
		assert!(!output.exists(), "bad input writes nothing");

		let files =
			consortium_spec_files(&consortium_dir().join("sample-members.toml"), &output).unwrap();
		assert_eq!(files.plain, output.join("carechain_sample.json"));
		assert_eq!(files.raw, output.join("carechain_sample-raw.json"));
		let written: Vec<_> =
			fs::read_dir(&output).unwrap().map(|e| e.unwrap().file_name()).collect();
		assert_eq!(written.len(), 2, "no temporary file is left: {written:?}");
		let raw = ChainSpec::from_json_file(files.raw).unwrap();
		let plain = ChainSpec::from_json_file(files.plain).unwrap();
		assert_eq!(raw.id(), "carechain_sample");
		assert_eq!(raw.build_storage().unwrap().top, plain.build_storage().unwrap().top);
	}

	/// The checked-in sample specs are what the sample members file makes: the same genesis
	/// storage but for the runtime code (which differs from one build of the wasm to another),
	/// the same name, id and boot nodes. `CARECHAIN_UPDATE_SPECS=1` rewrites them instead.
	#[test]
	fn the_checked_in_sample_specs_are_fresh() {
		let spec = consortium(&sample()).unwrap();
		if std::env::var("CARECHAIN_UPDATE_SPECS").is_ok_and(|value| value == "1") {
			let files = write_spec_files(&spec, &consortium_dir(), "sample").unwrap();
			println!("rewrote {} and {}", files.plain.display(), files.raw.display());
			return;
		}
		let regenerate = "regenerate chain-spec/consortium/sample.json and sample-raw.json with \
			`CARECHAIN_UPDATE_SPECS=1 cargo test -p carechain-chain-spec` and check them in";
		let without_code = |json: &str, code: &[&str]| {
			let mut value: serde_json::Value = serde_json::from_str(json)
				.unwrap_or_else(|error| panic!("not a JSON spec ({error}); {regenerate}"));
			let (last, path) = code.split_last().unwrap();
			let parent = path.iter().fold(&mut value, |value, key| &mut value[*key]);
			let removed = parent.as_object_mut().and_then(|object| object.remove(*last));
			assert!(removed.is_some(), "the spec has no {code:?}; {regenerate}");
			value
		};
		let read = |file: &str| {
			fs::read_to_string(consortium_dir().join(file))
				.unwrap_or_else(|error| panic!("cannot read {file} ({error}); {regenerate}"))
		};

		let raw_code = ["genesis", "raw", "top", "0x3a636f6465"];
		let fresh = without_code(&spec.as_json(true).unwrap(), &raw_code);
		let checked_in = without_code(&read("sample-raw.json"), &raw_code);
		let (fresh_top, checked_in_top) =
			(&fresh["genesis"]["raw"]["top"], &checked_in["genesis"]["raw"]["top"]);
		let keys = |top: &serde_json::Value| -> std::collections::BTreeSet<String> {
			top.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
		};
		let differing: Vec<String> = keys(fresh_top)
			.union(&keys(checked_in_top))
			.filter(|key| fresh_top.get(key.as_str()) != checked_in_top.get(key.as_str()))
			.cloned()
			.collect();
		assert!(
			differing.is_empty(),
			"sample-raw.json is stale: its genesis differs from the sample members file's at {} \
			 storage keys ({:?}…); {regenerate}",
			differing.len(),
			&differing[..differing.len().min(3)],
		);
		assert_eq!(fresh, checked_in, "sample-raw.json is stale; {regenerate}");

		let plain_code = ["genesis", "runtimeGenesis", "code"];
		let fresh = without_code(&spec.as_json(false).unwrap(), &plain_code);
		let checked_in = without_code(&read("sample.json"), &plain_code);
		assert_eq!(fresh, checked_in, "sample.json is stale; {regenerate}");
	}
}
