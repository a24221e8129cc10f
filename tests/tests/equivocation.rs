//! A validator that equivocates is reported on chain with its offences.
//!
//! Dave's keys run on two nodes at once, as a hospital's botched failover would run them: both
//! author in Dave's slots (two blocks sealed by his Aura key for one slot) and both vote in
//! GRANDPA, each for the best block it sees, so that in some round Dave's key signs two
//! different votes. The other nodes see both, ask the runtime for the proof that the key was
//! Dave's in that session, and submit the reports; blocks include them, and pallet-offences
//! records Dave's two offences (GRANDPA's and Aura's), and no one else's. Finality goes on
//! throughout (three honest validators of four).

use std::time::Duration;

use carechain_e2e::{runtime, Node, NodeConfig};
use runtime::{Hash, Runtime, RuntimeCall, RuntimeEvent};
use sp_keyring::Sr25519Keyring;

/// GRANDPA's offence kind (a set id its time slot).
const GRANDPA: [u8; 16] = *b"grandpa:equivoca";
/// Aura's (pallet-aura-equivocation; a session index its time slot).
const AURA: [u8; 16] = *b"aura:equivocatio";

/// The offenders of the offences of `kind` recorded at `at` for `timeslot`, each with who
/// reported it.
async fn offenders(
	node: &Node,
	kind: [u8; 16],
	timeslot: &[u8],
	at: Hash,
) -> Vec<(runtime::AccountId, Vec<runtime::AccountId>)> {
	let index =
		pallet_offences::ConcurrentReportsIndex::<Runtime>::hashed_key_for(kind, timeslot.to_vec());
	let ids: Vec<Hash> = node.storage(index, Some(at)).await.unwrap_or_default();
	let mut offenders = Vec::new();
	for id in ids {
		let key = pallet_offences::Reports::<Runtime>::hashed_key_for(id);
		let report: sp_staking::offence::OffenceDetails<
			runtime::AccountId,
			(runtime::AccountId, ()),
		> = node.storage(key, Some(at)).await.expect("an indexed report is stored");
		offenders.push((report.offender.0, report.reporters));
	}
	offenders
}

/// Whether Dave's Aura key sealed block `at`: the author of its slot (its pre-runtime digest)
/// among its parent's Aura authorities.
async fn sealed_by_dave(node: &Node, at: Hash) -> bool {
	use codec::Decode;
	let header = node.call("chain_getHeader", jsonrpsee::rpc_params![at]).await;
	let logs = header["digest"]["logs"].as_array().expect("a header's digest");
	// A pre-runtime digest (6) of engine `aura`, its data the slot: a SCALE `Vec<u8>` of a u64.
	let slot = logs
		.iter()
		.filter_map(|log| sp_core::bytes::from_hex(log.as_str()?).ok())
		.find(|log| log.starts_with(&[6, b'a', b'u', b'r', b'a', 32]))
		.and_then(|log| u64::decode(&mut &log[6..]).ok())
		.expect("an Aura slot in the header");
	// The authorities the slot's author was chosen from: those of the parent's state.
	let parent: Hash = serde_json::from_value(header["parentHash"].clone()).expect("a parent");
	let key = frame_support::storage::storage_prefix(b"Aura", b"Authorities").to_vec();
	let authorities: Vec<sp_consensus_aura::sr25519::AuthorityId> =
		node.storage(key, Some(parent)).await.expect("the Aura authorities");
	let author = &authorities[(slot % authorities.len() as u64) as usize];
	*author == Sr25519Keyring::Dave.public().into()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_validator_sealing_and_voting_twice_is_reported_with_its_offences() {
	let dir = tempfile::tempdir().unwrap();
	let mut nodes: Vec<Node> = Vec::new();
	for (index, name) in ["alice", "bob", "charlie", "dave"].into_iter().enumerate() {
		let mut config =
			NodeConfig::new("local", &dir.path().join(name), index as u8).authority(name);
		if let Some(first) = nodes.first() {
			config.bootnodes.push(first.multiaddr().await);
		}
		nodes.push(Node::start(config).await);
	}
	// Dave's keys on a second node, with a node key of its own: the members' peer sets take it
	// once it is a member node (the local chain's sudo key admits it, as a motion would).
	let mut twin = NodeConfig::new("local", &dir.path().join("dave-again"), 4).authority("dave");
	twin.bootnodes.push(nodes[0].multiaddr().await);
	nodes.push(Node::start(twin).await);
	let twin_peer = nodes[4].peer_id().await;
	let admit =
		RuntimeCall::NodeAuthorization(pallet_node_authorization::Call::add_well_known_node {
			node: sp_core::OpaquePeerId(carechain_e2e::peer_id_bytes(&twin_peer)),
			owner: Sr25519Keyring::Dave.to_account_id().into(),
		});
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(admit) });
	nodes[0].execute(&carechain_e2e::dev_pair("Alice"), sudo).await;
	let admitted = std::time::Instant::now();
	let alice = &nodes[0];

	// Watch the finalized blocks for both offences.
	let mut next = 1;
	let mut found: Vec<(u32, Hash, [u8; 16], Vec<u8>, Duration)> = Vec::new();
	let has = |found: &Vec<(u32, Hash, [u8; 16], Vec<u8>, Duration)>, kind| {
		found.iter().any(|f| f.2 == kind)
	};
	let deadline = std::time::Instant::now() + Duration::from_secs(180);
	while !(has(&found, GRANDPA) && has(&found, AURA)) {
		assert!(
			std::time::Instant::now() < deadline,
			"not both equivocations reported in finalized blocks in 180 s (block {next}, found \
			 {found:?})\n--- Alice's log ---\n{}",
			alice.log()
		);
		// Finalized blocks only: Dave's two nodes fork the chain in his slots, and a block on
		// the losing fork may carry a report that the winning one carries again.
		let finalized = alice.finalized_number().await;
		while next <= finalized {
			if let Some(block) = alice.block_hash(next).await {
				for event in alice.events(block).await {
					if let RuntimeEvent::Offences(pallet_offences::Event::Offence { kind, slot }) =
						event
					{
						if !has(&found, kind) {
							found.push((next, block, kind, slot, admitted.elapsed()));
						}
					}
				}
			}
			next += 1;
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	let dave = Sr25519Keyring::Dave.to_account_id();
	let honest: Vec<runtime::AccountId> =
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
			.iter()
			.map(|who| who.to_account_id())
			.collect();
	for (number, block, kind, timeslot, after) in &found {
		let recorded = offenders(alice, *kind, timeslot, *block).await;
		assert_eq!(recorded.len(), 1, "one offence of its kind: {recorded:?}");
		assert_eq!(recorded[0].0, dave, "Dave offended");
		// An unsigned report is credited to the author of the block that carried it, unless
		// that author is the offender (Dave's two nodes author in his slots too): then no one.
		if sealed_by_dave(alice, *block).await {
			assert!(recorded[0].1.is_empty(), "Dave credited with his own report: {recorded:?}");
		} else {
			assert!(
				recorded[0].1.len() == 1 && honest.contains(&recorded[0].1[0]),
				"reported by an honest validator: {:?}",
				recorded[0].1
			);
		}
		let what = if *kind == GRANDPA { "GRANDPA set" } else { "Aura, session" };
		let index: u64 = if *kind == GRANDPA {
			codec::Decode::decode(&mut &timeslot[..]).expect("the set id")
		} else {
			u64::from(<u32 as codec::Decode>::decode(&mut &timeslot[..]).expect("the session"))
		};
		eprintln!(
			"Dave reported ({what} {index}) in block {number}, seen {after:?} after his second \
			 node was admitted"
		);
	}
	assert!(nodes[4].best_number().await > 0, "Dave's second node joined the network");

	// Finality went on, and nothing else was reported against an honest validator.
	let finalized = alice.finalized_number().await;
	let head = alice.block_hash(finalized).await.expect("the finalized block");
	for (number, block, ..) in &found {
		assert_eq!(alice.block_hash(*number).await, Some(*block));
	}
	let mut all = Vec::new();
	for n in 1..=finalized {
		let Some(hash) = alice.block_hash(n).await else { continue };
		for event in alice.events(hash).await {
			if let RuntimeEvent::Offences(pallet_offences::Event::Offence { kind, slot }) = event {
				assert!(kind == GRANDPA || kind == AURA, "only equivocations are reported");
				all.extend(
					offenders(alice, kind, &slot, head).await.into_iter().map(|(who, _)| who),
				);
			}
		}
	}
	assert!(all.iter().all(|offender| *offender == dave), "only Dave offended: {all:?}");
}
