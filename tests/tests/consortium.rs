//! A consortium as its hospitals deploy it: four hospitals from the sample members file, a raw
//! spec made by `carechain-node consortium-spec`, four validator nodes. No account can act
//! alone (no sudo key); a council motion admits a fifth hospital with its validator and its
//! node, another removes a validator, a third upgrades the runtime; a node that is not a member
//! syncs nothing.

use std::{path::Path, process::Command, time::Duration};

use carechain_e2e::{bounded, dev_pair, id_of, node_binary, runtime, Node, NodeConfig};
use codec::{Decode, Encode};
use frame_support::{dispatch::GetDispatchInfo, storage::storage_prefix};
use jsonrpsee::rpc_params;
use runtime::{AccountId, RuntimeCall, RuntimeEvent};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{sr25519, Pair};
use sp_runtime::traits::{BlakeTwo256, Hash as _};

/// The sample's four hospitals, as the dev authorities whose keys their nodes insert.
const HOSPITALS: [&str; 4] = ["alice", "bob", "charlie", "dave"];

/// The sample members file with its boot addresses moved to `ports` and its key files found
/// from anywhere; returns the path of the raw spec `carechain-node consortium-spec` made of it.
fn consortium_spec(dir: &Path, ports: &[u16]) -> String {
	let sample_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-spec/consortium");
	let mut members = std::fs::read_to_string(sample_dir.join("sample-members.toml"))
		.expect("the sample members file is checked in");
	for (index, port) in ports.iter().enumerate() {
		members = members.replace(&format!("/tcp/{}", 30333 + index), &format!("/tcp/{port}"));
	}
	let members = members.replace(
		"encryption_key_file = \"keys/",
		&format!("encryption_key_file = \"{}/keys/", sample_dir.display()),
	);
	let members_file = dir.join("members.toml");
	std::fs::write(&members_file, members).unwrap();
	let out = dir.join("spec");
	let run = Command::new(node_binary())
		.args(["consortium-spec", "--members"])
		.arg(&members_file)
		.arg("--output-dir")
		.arg(&out)
		.output()
		.expect("carechain-node runs");
	assert!(run.status.success(), "consortium-spec: {}", String::from_utf8_lossy(&run.stderr));
	let raw = std::fs::read_dir(&out)
		.unwrap()
		.map(|entry| entry.unwrap().path())
		.find(|path| path.to_string_lossy().ends_with("-raw.json"))
		.expect("a raw spec was written");
	raw.display().to_string()
}

fn aura_authorities_key() -> Vec<u8> {
	storage_prefix(b"Aura", b"Authorities").to_vec()
}

async fn aura_authorities(node: &Node) -> Vec<AuraId> {
	node.storage::<Vec<AuraId>>(aura_authorities_key(), None).await.unwrap_or_default()
}

async fn grandpa_authorities(node: &Node) -> Vec<(sp_consensus_grandpa::AuthorityId, u64)> {
	let hash = node.call("chain_getFinalizedHead", rpc_params![]).await;
	let result =
		node.call("state_call", rpc_params!["GrandpaApi_grandpa_authorities", "0x", hash]).await;
	let bytes = hex(result.as_str().expect("hex"));
	Decode::decode(&mut &bytes[..]).expect("an authority list")
}

fn hex(text: &str) -> Vec<u8> {
	let text = text.trim_start_matches("0x");
	(0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
}

/// How many blocks `node` has authored (its log's pre-sealed blocks).
fn authored(node: &Node) -> usize {
	node.log().matches("Pre-sealed block for proposal").count()
}

/// Proposes `call` to the council as `proposer` with a threshold of `ayes`, has the proposer and
/// `voters` vote aye (proposing is not voting), closes it, and returns the events of the block
/// that executed it.
async fn motion(
	node: &Node,
	proposer: &sr25519::Pair,
	voters: &[&sr25519::Pair],
	ayes: u32,
	call: RuntimeCall,
) -> Vec<RuntimeEvent> {
	let length_bound = call.encoded_size() as u32;
	let weight_bound = call.get_dispatch_info().call_weight;
	let proposal_hash = BlakeTwo256::hash_of(&call);
	let (_, events) = node
		.execute(
			proposer,
			RuntimeCall::HospitalCouncil(pallet_collective::Call::propose {
				threshold: ayes,
				proposal: Box::new(call),
				length_bound,
			}),
		)
		.await;
	let index = events
		.iter()
		.find_map(|event| match event {
			RuntimeEvent::HospitalCouncil(pallet_collective::Event::Proposed {
				proposal_index,
				..
			}) => Some(*proposal_index),
			_ => None,
		})
		.expect("the motion is proposed");
	for voter in [proposer].into_iter().chain(voters.iter().copied()) {
		node.execute(
			voter,
			RuntimeCall::HospitalCouncil(pallet_collective::Call::vote {
				proposal: proposal_hash,
				index,
				approve: true,
			}),
		)
		.await;
	}
	let (_, events) = node
		.execute(
			proposer,
			RuntimeCall::HospitalCouncil(pallet_collective::Call::close {
				proposal_hash,
				index,
				proposal_weight_bound: weight_bound,
				length_bound,
			}),
		)
		.await;
	let executed = events.iter().find_map(|event| match event {
		RuntimeEvent::HospitalCouncil(pallet_collective::Event::Executed { result, .. }) => {
			Some(*result)
		},
		_ => None,
	});
	assert_eq!(executed, Some(Ok(())), "the motion was executed and succeeded: {events:?}");
	events
}

/// The runtime's own wasm with its embedded `runtime_version` raised by one: the same logic
/// under a new spec version, as an upgrade the chain must accept and switch to.
fn upgraded_wasm() -> Vec<u8> {
	let compressed = runtime::WASM_BINARY.expect("the runtime's wasm is built");
	let wasm = sp_maybe_compressed_blob::decompress(compressed, 50 * 1024 * 1024)
		.expect("the runtime's wasm decompresses")
		.into_owned();
	let mut out = wasm[..8].to_vec();
	let mut at = 8;
	let mut patched = false;
	while at < wasm.len() {
		let id = wasm[at];
		let (size, size_len) = leb128(&wasm[at + 1..]);
		let start = at + 1 + size_len;
		let payload = &wasm[start..start + size];
		let (name_len, name_len_len) = leb128(payload);
		let name = &payload[name_len_len..name_len_len + name_len];
		if id == 0 && name == b"runtime_version" {
			let data = &payload[name_len_len + name_len..];
			let mut version =
				sp_version::RuntimeVersion::decode(&mut &data[..]).expect("an embedded version");
			version.spec_version += 1;
			let mut new_payload = payload[..name_len_len + name_len].to_vec();
			new_payload.extend(version.encode());
			out.push(0);
			out.extend(leb128_encode(new_payload.len()));
			out.extend(new_payload);
			patched = true;
		} else {
			out.extend(&wasm[at..start + size]);
		}
		at = start + size;
	}
	assert!(patched, "the runtime embeds its version");
	sp_maybe_compressed_blob::compress_strongly(&out, 50 * 1024 * 1024).expect("compresses")
}

fn leb128(bytes: &[u8]) -> (usize, usize) {
	let (mut value, mut shift) = (0usize, 0);
	for (i, byte) in bytes.iter().enumerate() {
		value |= usize::from(byte & 0x7f) << shift;
		if byte & 0x80 == 0 {
			return (value, i + 1);
		}
		shift += 7;
	}
	panic!("a truncated LEB128 number");
}

fn leb128_encode(mut value: usize) -> Vec<u8> {
	let mut out = Vec::new();
	loop {
		let byte = (value & 0x7f) as u8;
		value >>= 7;
		if value == 0 {
			out.push(byte);
			return out;
		}
		out.push(byte | 0x80);
	}
}

async fn spec_version(node: &Node) -> u64 {
	let version: Value = node.call("state_getRuntimeVersion", rpc_params![]).await;
	version["specVersion"].as_u64().expect("a spec version")
}

async fn all_finalized_past(nodes: &[&Node], number: u32) -> bool {
	for node in nodes {
		if node.finalized_number().await <= number {
			return false;
		}
	}
	true
}

#[tokio::test(flavor = "multi_thread")]
async fn hospitals_govern_validators_members_and_upgrades_by_motion() {
	let dir = tempfile::tempdir().unwrap();
	let configs: Vec<NodeConfig> = HOSPITALS
		.iter()
		.enumerate()
		.map(|(index, name)| {
			NodeConfig::new("", &dir.path().join(name), index as u8).authority(name)
		})
		.collect();
	let ports: Vec<u16> = configs.iter().map(|config| config.p2p_port).collect();
	let spec = consortium_spec(dir.path(), &ports);

	let mut nodes: Vec<Node> = Vec::new();
	for mut config in configs {
		config.chain = spec.clone();
		// The spec's boot nodes are the members' own addresses.
		nodes.push(Node::start(config).await);
	}
	let all: Vec<&Node> = nodes.iter().collect();
	nodes[0]
		.wait_until("the four hospitals to finalize block 3", Duration::from_secs(180), || {
			all_finalized_past(&all, 2)
		})
		.await;

	// No account can act alone: the genesis has no sudo key.
	let sudo_key = nodes[0].storage::<AccountId>(storage_prefix(b"Sudo", b"Key").to_vec(), None);
	assert_eq!(sudo_key.await, None, "a consortium chain has no sudo key");
	assert_eq!(aura_authorities(&nodes[0]).await.len(), 4);

	let [alice, bob, charlie, dave, eve] = ["Alice", "Bob", "Charlie", "Dave", "Eve"].map(dev_pair);

	// A node that is not a member, with the same spec and boot nodes, syncs nothing.
	let mut outsider_config = NodeConfig::new(&spec, &dir.path().join("outsider"), 8);
	outsider_config.bootnodes.push(nodes[0].multiaddr().await);
	let outsider = Node::start(outsider_config).await;

	// The fifth hospital's node (Eve's, node key [5; 32]) starts; it is not a member yet.
	let mut eve_config = NodeConfig::new(&spec, &dir.path().join("eve"), 4);
	eve_config.bootnodes.push(nodes[0].multiaddr().await);
	eve_config.extra_args.push("--validator".into());
	let eve_node = Node::start(eve_config).await;
	let eve_peer = eve_node.peer_id().await;

	// Eve's hospital gets funds from Alice, registers the session keys its own node made.
	nodes[0]
		.execute(
			&alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: id_of(&eve).into(),
				value: 1_000 * runtime::UNIT,
			}),
		)
		.await;
	let generated: Value = eve_node
		.call(
			"author_rotateKeysWithOwner",
			rpc_params![format!("0x{}", hex_of(&id_of(&eve).encode()))],
		)
		.await;
	let keys = runtime::SessionKeys::decode(&mut &hex(generated["keys"].as_str().unwrap())[..])
		.expect("session keys");
	let proof = hex(generated["proof"].as_str().unwrap());
	let eve_aura = keys.aura.clone();
	nodes[0]
		.execute(&eve, RuntimeCall::Session(pallet_session::Call::set_keys { keys, proof }))
		.await;

	// One motion admits the hospital: registry, council, validator, member node.
	let admit = RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			RuntimeCall::Registry(pallet_registry::Call::admit_hospital {
				hospital: id_of(&eve),
				encryption_key: bounded(carechain_primitives::testing::keys::RSA_2048_A.to_vec()),
			}),
			RuntimeCall::HospitalMembership(pallet_membership::Call::add_member {
				who: id_of(&eve).into(),
			}),
			RuntimeCall::Consortium(pallet_consortium::Call::add_validator {
				validator: id_of(&eve),
			}),
			RuntimeCall::NodeAuthorization(pallet_node_authorization::Call::add_well_known_node {
				node: sp_core::OpaquePeerId(carechain_e2e::peer_id_bytes(&eve_peer)),
				owner: id_of(&eve).into(),
			}),
		],
	});
	motion(&nodes[0], &alice, &[&bob, &charlie], 3, admit).await;

	// Within two sessions Eve's key is an authority, its node authors and GRANDPA follows it.
	nodes[0]
		.wait_until("Eve's key among the Aura authorities", Duration::from_secs(120), || async {
			aura_authorities(&nodes[0]).await.contains(&eve_aura)
		})
		.await;
	eve_node
		.wait_until("Eve's node to author a block", Duration::from_secs(90), || async {
			authored(&eve_node) > 0
		})
		.await;
	nodes[0]
		.wait_until("GRANDPA's set to include Eve", Duration::from_secs(120), || async {
			grandpa_authorities(&nodes[0]).await.len() == 5
		})
		.await;
	// With Dave stopped, four of five voters must include Eve's for finality to go on.
	let dave_index = 3;
	nodes[dave_index].stop();
	let before = nodes[0].finalized_number().await;
	nodes[0]
		.wait_until("finality without Dave, with Eve voting", Duration::from_secs(120), || async {
			nodes[0].finalized_number().await >= before + 3
		})
		.await;
	nodes[dave_index].restart().await;

	// The outsider, all this while, synced nothing.
	assert_eq!(outsider.best_number().await, 0, "a non-member node syncs nothing");

	// Five seats now: two thirds is four. Three ayes no longer carry a motion.
	// A motion removes Dave's validator: it stops authoring; blocks and finality go on.
	let dave_aura: AuraId = sp_core::sr25519::Public::from(dave.public()).into();
	motion(
		&nodes[0],
		&bob,
		&[&alice, &charlie, &eve],
		4,
		RuntimeCall::Consortium(pallet_consortium::Call::remove_validator {
			validator: id_of(&dave),
		}),
	)
	.await;
	nodes[0]
		.wait_until("Dave's key to leave the authorities", Duration::from_secs(120), || async {
			!aura_authorities(&nodes[0]).await.contains(&dave_aura)
		})
		.await;
	// One block for the change to reach Dave's node, then it authors no more.
	tokio::time::sleep(Duration::from_secs(6)).await;
	let dave_authored = authored(&nodes[dave_index]);
	let finalized = nodes[0].finalized_number().await;
	nodes[0]
		.wait_until("finality to go on without Dave", Duration::from_secs(120), || async {
			nodes[0].finalized_number().await >= finalized + 5
		})
		.await;
	assert_eq!(authored(&nodes[dave_index]), dave_authored, "a removed validator authors nothing");

	// A motion authorises a runtime upgrade; anyone applies it; the spec version goes up and the
	// state written before it is intact.
	let code = upgraded_wasm();
	let old_version = spec_version(&nodes[0]).await;
	motion(
		&nodes[0],
		&charlie,
		&[&alice, &bob, &eve],
		4,
		RuntimeCall::Consortium(pallet_consortium::Call::authorize_upgrade {
			code_hash: BlakeTwo256::hash(&code),
		}),
	)
	.await;
	nodes[0]
		.execute(&dave, RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code }))
		.await;
	nodes[0]
		.wait_until("the new spec version", Duration::from_secs(60), || async {
			spec_version(&nodes[0]).await == old_version + 1
		})
		.await;
	let eve_profile = nodes[0]
		.storage::<pallet_registry::ParticipantOf<runtime::Runtime>>(
			pallet_registry::Participants::<runtime::Runtime>::hashed_key_for(id_of(&eve)),
			None,
		)
		.await;
	assert!(eve_profile.is_some(), "the registry entry admitted before the upgrade is intact");
	let finalized = nodes[0].finalized_number().await;
	let running: Vec<&Node> = nodes.iter().chain([&eve_node]).collect();
	nodes[0]
		.wait_until("every node to finalize after the upgrade", Duration::from_secs(120), || {
			all_finalized_past(&running, finalized + 2)
		})
		.await;
	assert_eq!(outsider.best_number().await, 0, "the outsider still has nothing");
}

fn hex_of(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
