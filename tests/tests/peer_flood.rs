//! The node's intrusion detection on its peers, end to end: a member node that gossips more
//! transactions than its peer allows in a window is found flooding the transactions protocol,
//! banned and disconnected by that peer, which reports it on chain for governance (issue 15,
//! item 5).
//!
//! Two nodes of the local testnet (Alice's and Bob's member nodes), on the default network
//! backend (litep2p). Bob's node allows a peer 10
//! transactions in 10 s, a limit set that low to stand in for a flood: 30 ordinary remarks
//! submitted to Alice's node, which gossips each to Bob, are then a flood to Bob. (An honest
//! node gossips only what its pool accepted, so junk gossip, the other kind of flood, cannot be
//! made with two honest nodes; the node's unit tests cover it, with the handler's reports.)
//! Bob's node holds Bob's monitor key (a dev authority's node gets one), which governance (the
//! local testnet's sudo) makes a monitor first; it authors alone once Alice's node is gone
//! (`--force-authoring`), so its report lands in its own blocks.

use std::time::Duration;

use carechain_e2e::{
	carechain, dev_pair, id_of,
	runtime::{genesis_config_presets::dev_peer_id, AccountId, BlockNumber, Runtime, RuntimeCall},
	Node, NodeConfig,
};
use jsonrpsee::{core::client::ClientT, rpc_params};
use serde_json::Value;

async fn peers(node: &Node) -> u64 {
	let health: Value = node.rpc.request("system_health", rpc_params![]).await.unwrap();
	health["peers"].as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_peer_flooding_the_transactions_protocol_is_banned_and_disconnected() {
	let dir = tempfile::tempdir().unwrap();
	let alice =
		Node::start(NodeConfig::new("local", &dir.path().join("alice"), 0).authority("alice"))
			.await;
	let mut config = NodeConfig::new("local", &dir.path().join("bob"), 1)
		.authority("bob")
		.with_ids(&[
			"--intrusion-detection-mode",
			"throttle",
			"--intrusion-detection-peer-max-transactions",
			"10",
		])
		.with_prometheus()
		.with_force_authoring();
	config.bootnodes.push(alice.multiaddr().await);
	let bob = Node::start(config).await;
	bob.wait_until("Bob's node to connect and import block 1", Duration::from_secs(90), || async {
		peers(&bob).await == 1 && bob.best_number().await >= 1
	})
	.await;

	// Governance makes Bob a monitor (the local testnet's hospitals are not in the registry).
	let make_monitor = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
		call: Box::new(RuntimeCall::IntrusionDetection(
			pallet_intrusion_detection::Call::add_monitor { monitor: id_of(&dev_pair("Bob")) },
		)),
	});
	let signed = alice.sign(&dev_pair("Alice"), make_monitor).await;
	alice.submit_and_wait_in_block(&signed).await;
	let monitors =
		pallet_intrusion_detection::Monitors::<Runtime>::hashed_key_for(id_of(&dev_pair("Bob")));
	bob.wait_until("Bob's node to see Bob a monitor", Duration::from_secs(60), || async {
		bob.storage::<()>(monitors.clone(), None).await.is_some()
	})
	.await;

	// 30 remarks to Alice's node: Alice's pool takes each and gossips it to Bob.
	let sender = dev_pair("Ferdie");
	let nonce = alice.next_nonce(&id_of(&sender)).await;
	for i in 0..30u32 {
		let remark =
			RuntimeCall::System(frame_system::Call::remark { remark: i.to_le_bytes().to_vec() });
		let signed = alice.sign_with_nonce(&sender, remark, nonce + i).await;
		alice.submit(&signed).await.expect("Alice's pool takes an ordinary remark");
	}

	bob.wait_until("Bob's node to ban Alice's for flooding", Duration::from_secs(60), || async {
		bob.log().contains("is flooding the transactions protocol") && peers(&bob).await == 0
	})
	.await;
	let alice_peer = alice.peer_id().await;
	let log = bob.log();
	let line = log.lines().find(|line| line.contains("is flooding")).unwrap();
	assert!(line.contains(&alice_peer), "the flooding peer is Alice's node: {line}");
	assert!(line.contains("banned and disconnected"), "{line}");
	// At least once (a flood that spans two windows is found in each).
	let floods = bob
		.metric("carechain_intrusion_detection_flooding_peers_total", &[("kind", "transactions")]);
	assert!(floods >= Some(1.0), "{floods:?}");
	// Banned, Alice's node does not get back in: the ban lasts about a minute.
	tokio::time::sleep(Duration::from_secs(10)).await;
	assert_eq!(peers(&bob).await, 0, "the banned peer stays out");
	assert_eq!(peers(&alice).await, 0);

	// Bob's node reported Alice's node on chain, under Alice's (its owner's) name and Bob's.
	let alice_node: pallet_intrusion_detection::NodeId<Runtime> =
		dev_peer_id(1).try_into().unwrap();
	let key = pallet_intrusion_detection::NodeReports::<Runtime>::hashed_key_for(&alice_node);
	bob.wait_until("Bob's report of Alice's node on chain", Duration::from_secs(60), || async {
		bob.storage::<Vec<(AccountId, BlockNumber)>>(key.clone(), None).await.is_some()
	})
	.await;
	let reports: Vec<(AccountId, BlockNumber)> = bob.storage(key, None).await.unwrap();
	let reporters: Vec<AccountId> = reports.into_iter().map(|(who, _)| who).collect();
	assert_eq!(reporters, vec![id_of(&dev_pair("Bob"))]);
	let log = bob.log();
	let line = log.lines().find(|line| line.contains("to the consortium's governance")).unwrap();
	assert!(line.contains(&alice_peer) && line.contains(&id_of(&dev_pair("Alice")).to_string()));

	// The council sees it: `carechain council show` lists the reported node, its owner and Bob.
	let keystore = dir.path().join("keystore");
	let show = carechain(&keystore, &bob.ws_url(), "unused", &["council", "show", "--json"]);
	assert!(show.ok, "{}", show.stderr);
	let reported = &show.json()["reportedNodes"];
	assert_eq!(reported.as_array().map(Vec::len), Some(1), "{reported}");
	assert_eq!(reported[0]["node"], alice_peer.as_str());
	assert_eq!(reported[0]["owner"], id_of(&dev_pair("Alice")).to_string());
	assert_eq!(reported[0]["reports"][0]["by"], id_of(&dev_pair("Bob")).to_string());
}
