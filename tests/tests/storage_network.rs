//! The hospitals' storage network end to end: three nodes of a dev chain, the consortium's
//! validator and two hospitals' nodes (A and B), each serving envelopes over Bitswap
//! (`--ipfs-server`).
//!
//! A device anchors readings through hospital A's node, its envelopes published to the storage
//! network (`envelopes.store`, `ipfs://` locators); hospital A's node is stopped; the physician,
//! granted consent, reads them through hospital B's node, by Bitswap and by its RPC, and each
//! envelope checks against the chain's hash; a tampered copy is refused by name. A batch that
//! would have the nodes keep other bytes under an envelope's hash is refused. The validator keeps only a few blocks' bodies
//! (`--blocks-pruning`): once the envelopes' block is pruned there, it no longer serves them,
//! while the hospitals' archive nodes still do (the retention the README documents).

use std::time::Duration;

use carechain_e2e::{carechain, dev_pair, runtime, Node, NodeConfig};
use jsonrpsee::{core::client::ClientT, rpc_params};
use runtime::{RuntimeCall, RuntimeEvent};
use serde_json::Value;

/// The validator keeps this many finalized blocks' bodies, and so their envelopes.
const VALIDATOR_KEEPS: u32 = 12;

/// A node of the dev chain serving Bitswap, booting from `boot` if given.
fn storage_node(dir: &std::path::Path, name: &str, index: u8, boot: Option<String>) -> NodeConfig {
	let mut config = NodeConfig::new("dev", &dir.join(name), index);
	config.extra_args.push("--ipfs-server".into());
	config.bootnodes.extend(boot);
	config
}

/// What `node` answers to `bitswap_v1_get` for `cid`: the envelope's hex, or its error.
async fn served(node: &Node, cid: &str) -> Result<String, String> {
	node.rpc
		.request::<String, _>("bitswap_v1_get", rpc_params![cid])
		.await
		.map_err(|e| e.to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_envelope_anchored_through_one_hospital_is_read_through_another_when_the_first_is_down()
{
	let dir = tempfile::tempdir().unwrap();
	let mut validator_config = NodeConfig::dev_member_authority(&dir.path().join("validator"));
	validator_config.extra_args.extend(
		["--ipfs-server", "--blocks-pruning", &VALIDATOR_KEEPS.to_string()].map(String::from),
	);
	// The hospitals' nodes start as soon as the validator's network listens, while it admits
	// them. A node syncing from genesis needs every block's body, and the validator keeps only
	// its last VALIDATOR_KEEPS finalized ones: a hospital that first asked when the validator was
	// further ahead than that (its own start, loaded, can take 30 s, ten blocks) would be refused
	// the early bodies and never sync.
	let validator = Node::start(validator_config).await;
	let boot = validator.multiaddr().await;
	// The hospitals' nodes (node keys 2 and 3) are made member nodes in one block (the dev chain's
	// sudo key admits them, as the council's motion would): the validator refuses other peers,
	// and each hospital's node keeps asking it until it is a member.
	let admit = RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: [(1u8, "Bob"), (2, "Charlie")]
			.into_iter()
			.map(|(index, owner)| {
				RuntimeCall::NodeAuthorization(
					pallet_node_authorization::Call::add_well_known_node {
						node: sp_core::OpaquePeerId(
							carechain_runtime::genesis_config_presets::dev_peer_id(index + 1),
						),
						owner: carechain_e2e::id_of(&dev_pair(owner)).into(),
					},
				)
			})
			.collect(),
	});
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(admit) });
	let alice = dev_pair("Alice");
	let ((_, admitted), mut hospital_a, hospital_b) = tokio::join!(
		validator.execute(&alice, sudo),
		Node::start(storage_node(dir.path(), "hospital-a", 1, Some(boot.clone()))),
		Node::start(storage_node(dir.path(), "hospital-b", 2, Some(boot))),
	);
	let added = admitted.iter().filter(|event| {
		matches!(
			event,
			RuntimeEvent::NodeAuthorization(pallet_node_authorization::Event::NodeAdded { .. })
		)
	});
	assert_eq!(added.count(), 2, "both hospitals' nodes are admitted: {admitted:?}");
	assert_eq!(
		carechain_e2e::peer_id_bytes(&hospital_a.peer_id().await),
		carechain_runtime::genesis_config_presets::dev_peer_id(2)
	);
	for node in [&hospital_a, &hospital_b] {
		node.wait_until(
			"the hospital's node to import block 2",
			Duration::from_secs(60),
			|| async { node.best_number().await >= 2 },
		)
		.await;
	}
	let (a_url, b_url) = (hospital_a.ws_url(), hospital_b.ws_url());
	let (a_peer, b_peer) = (hospital_a.multiaddr().await, hospital_b.multiaddr().await);

	// The cast, through hospital A's node, as the CLI story test makes it.
	let keystore = dir.path().join("keystore");
	let outbox = dir.path().join("outbox");
	let cli = |url: &str, args: &[&str]| {
		let run = carechain(&keystore, url, "correct horse", args);
		assert!(run.ok, "carechain {}: {}", args.join(" "), run.stderr);
		run
	};
	for (name, seed) in
		[("alice", "//Alice"), ("bob", "//Bob"), ("charlie", "//Charlie"), ("dave", "//Dave")]
	{
		cli(&a_url, &["key", "import", name, "--suri", seed]);
	}
	cli(&a_url, &["key", "generate", "monitor"]);
	for name in ["bob-rsa", "charlie-rsa", "dave-rsa", "monitor-rsa", "monitor-signing"] {
		cli(&a_url, &["key", "generate", name, "--kind", "rsa"]);
	}
	cli(&a_url, &["hospital", "admit", "bob", "--encryption-key", "bob-rsa", "--as", "alice"]);
	cli(
		&a_url,
		&[
			"hospital",
			"register-physician",
			"charlie",
			"--encryption-key",
			"charlie-rsa",
			"--as",
			"bob",
		],
	);
	cli(&a_url, &["patient", "register", "--encryption-key", "dave-rsa", "--as", "dave"]);
	cli(
		&a_url,
		&[
			"hospital",
			"register-device",
			"monitor",
			"--patient",
			"dave",
			"--encryption-key",
			"monitor-rsa",
			"--signing-key",
			"monitor-signing",
			"--as",
			"bob",
		],
	);
	cli(&a_url, &["patient", "rotate-key", "--category", "vital-signs", "--as", "dave"]);

	// The device anchors three readings through hospital A, publishing their envelopes.
	let anchored = cli(
		&a_url,
		&[
			"device",
			"simulate",
			"--patient",
			"dave",
			"--count",
			"3",
			"--interval-ms",
			"0",
			"--rsa",
			"monitor-rsa",
			"--signing-rsa",
			"monitor-signing",
			"--store",
			&format!("ipfs://{a_peer}"),
			"--outbox",
			outbox.to_str().unwrap(),
			"--as",
			"monitor",
			"--json",
		],
	)
	.json();
	assert_eq!(anchored["records"].as_array().unwrap().len(), 3, "{anchored}");
	let listed =
		cli(&a_url, &["patient", "records", "dave", "--category", "vital-signs", "--json"]).json();
	let locators: Vec<String> = listed["records"]
		.as_array()
		.unwrap()
		.iter()
		.map(|record| record["locator"].as_str().unwrap().to_string())
		.collect();
	assert_eq!(locators.len(), 3, "{listed}");
	assert!(locators.iter().all(|l| l.starts_with("ipfs://bafk2bzace")), "{locators:?}");
	let cids: Vec<String> =
		locators.iter().map(|l| l.trim_start_matches("ipfs://").to_string()).collect();
	let first_cid = cids[0].clone();
	let first_record = listed["records"][0]["record"].as_u64().unwrap();
	// The device published each envelope after its anchor: every node that imported the block
	// keeps it, the validator and both hospitals.
	for node in [&hospital_b, &validator, &hospital_a] {
		node.wait_until(
			"the node to serve the three envelopes",
			Duration::from_secs(60),
			|| async {
				for cid in &cids {
					if served(node, cid).await.is_err() {
						return false;
					}
				}
				true
			},
		)
		.await;
	}
	let first_envelope = served(&hospital_b, &first_cid).await.unwrap();
	assert_eq!(served(&validator, &first_cid).await.as_ref(), Ok(&first_envelope));
	assert_eq!(served(&hospital_a, &first_cid).await.as_ref(), Ok(&first_envelope));
	cli(
		&a_url,
		&[
			"patient",
			"grant",
			"charlie",
			"--category",
			"vital-signs",
			"--rsa",
			"dave-rsa",
			"--as",
			"dave",
		],
	);

	// Hospital A's node goes down; the physician reads through hospital B's, by Bitswap (A's
	// address first: passed over), and by B's RPC.
	hospital_a.stop();
	// The physician's read through hospital B's node, its envelopes fetched from `store`.
	let physician_read = |store: &str| {
		carechain(
			&keystore,
			&b_url,
			"correct horse",
			&[
				"physician",
				"read",
				"--patient",
				"dave",
				"--category",
				"vital-signs",
				"--rsa",
				"charlie-rsa",
				"--store",
				store,
				"--as",
				"charlie",
				"--json",
			],
		)
	};
	for store in [format!("ipfs://{a_peer},{b_peer}"), b_url.clone()] {
		let run = physician_read(&store);
		assert!(run.ok, "physician read --store {store}: {}", run.stderr);
		let opened = run.json();
		let records = opened["records"].as_array().unwrap();
		assert_eq!(records.len(), 3, "{opened}");
		for record in records {
			assert_eq!(record["verified"], true, "{record}");
			let reading: Value =
				serde_json::from_str(record["plaintext"].as_str().unwrap()).unwrap();
			assert!(reading["heart_rate_bpm"].as_f64().is_some(), "{reading}");
		}
	}
	// With only hospital A's node named, the read fails by name, and says why.
	let unreachable = physician_read(&format!("ipfs://{a_peer}"));
	assert!(!unreachable.ok);
	let said = format!("{}{}", unreachable.stdout, unreachable.stderr);
	assert!(said.contains("Unreachable"), "{said}");

	// A tampered copy (the device's outbox, one byte of the first envelope changed) is refused
	// by name: the read fails, saying which record's envelope was altered.
	let tampered = dir.path().join("tampered");
	std::fs::create_dir_all(&tampered).unwrap();
	for entry in std::fs::read_dir(&outbox).unwrap() {
		let path = entry.unwrap().path();
		std::fs::copy(&path, tampered.join(path.file_name().unwrap())).unwrap();
	}
	let first_hash = carechain_crypto::blob_store::hash_of_cid(&first_cid).unwrap();
	let altered = tampered.join(carechain_crypto::blob_store::to_hex(&first_hash));
	let mut bytes = std::fs::read(&altered).unwrap();
	let last = bytes.len() - 1;
	bytes[last] ^= 1;
	std::fs::write(&altered, bytes).unwrap();
	let refused = physician_read(tampered.to_str().unwrap());
	assert!(!refused.ok);
	let said = format!("{}{}", refused.stdout, refused.stderr);
	assert!(said.contains("HashMismatch"), "{said}");

	// Poisoning: the device's own record's envelope stored followed by other bytes (a batch, as
	// the sudo key can make the device send one), so that nodes would keep those under its hash,
	// is refused by name; the nodes still serve the envelope.
	let envelope = hex::decode(first_envelope.trim_start_matches("0x")).unwrap();
	let monitor =
		carechain(&keystore, &b_url, "correct horse", &["key", "export", "monitor", "--json"])
			.json()["public"]
			.as_str()
			.unwrap()
			.parse::<runtime::AccountId>()
			.unwrap();
	let poison = RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
		who: monitor.into(),
		call: Box::new(RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::Envelopes(pallet_envelopes::Call::store {
					record_id: first_record,
					reading: None,
					envelope: envelope.clone().try_into().unwrap(),
				}),
				RuntimeCall::System(frame_system::Call::remark { remark: b"garbage".to_vec() }),
			],
		})),
	});
	let extrinsic = hospital_b.sign(&dev_pair("Alice"), poison).await;
	let block = hospital_b.submit_and_wait_in_block(&extrinsic).await;
	let refused = hospital_b.events(block).await.into_iter().find_map(|event| match event {
		RuntimeEvent::Sudo(pallet_sudo::Event::SudoAsDone { sudo_result }) => Some(sudo_result),
		_ => None,
	});
	assert_eq!(
		refused,
		Some(Err(pallet_envelopes::Error::<runtime::Runtime>::EnvelopeNotLast.into())),
		"the poisoning batch is refused by name"
	);
	assert_eq!(served(&hospital_b, &first_cid).await.unwrap(), first_envelope);

	// Retention: once the envelopes' block is pruned on the validator, it no longer serves them;
	// hospital B's archive node still does.
	let published_by = validator.finalized_number().await;
	validator
		.wait_until(
			"the validator to prune the envelopes' block",
			Duration::from_secs(120),
			|| async {
				validator.finalized_number().await > published_by + VALIDATOR_KEEPS + 2
					&& served(&validator, &first_cid).await.is_err()
			},
		)
		.await;
	let lapsed = served(&validator, &first_cid).await.unwrap_err();
	assert!(lapsed.contains("-32810") || lapsed.contains("ot found"), "{lapsed}");
	assert_eq!(served(&hospital_b, &first_cid).await.unwrap(), first_envelope);
}
