//! The four-authority local testnet as four processes: agreement, fault tolerance, catch-up.
//! Dave is killed (SIGKILL, while importing) rather than stopped, and killed again moments after
//! his restart: each time every block he had finalized is still there with the same hash.

use std::time::Duration;

use carechain_e2e::{Node, NodeConfig};

const AUTHORITIES: [&str; 4] = ["alice", "bob", "charlie", "dave"];

async fn all_finalized_at_least(nodes: &[&Node], number: u32) -> bool {
	for node in nodes {
		if node.finalized_number().await < number {
			return false;
		}
	}
	true
}

/// Every block `node` has finalized, by number.
async fn finalized_blocks(node: &Node) -> Vec<(u32, Option<carechain_e2e::runtime::Hash>)> {
	let last = node.finalized_number().await;
	let mut blocks = Vec::new();
	for number in 0..=last {
		blocks.push((number, node.block_hash(number).await));
	}
	blocks
}

async fn assert_still_there(node: &Node, blocks: &[(u32, Option<carechain_e2e::runtime::Hash>)]) {
	for (number, hash) in blocks {
		assert!(hash.is_some(), "block {number} was finalized");
		assert_eq!(
			node.block_hash(*number).await,
			*hash,
			"finalized block {number} survives the kill"
		);
	}
	assert!(node.finalized_number().await >= blocks.last().map_or(0, |(n, _)| *n));
}

#[tokio::test(flavor = "multi_thread")]
async fn four_authorities_agree_survive_a_killed_node_and_it_catches_up() {
	let dir = tempfile::tempdir().unwrap();
	let mut nodes: Vec<Node> = Vec::new();
	for (index, name) in AUTHORITIES.iter().enumerate() {
		let mut config =
			NodeConfig::new("local", &dir.path().join(name), index as u8).authority(name);
		if let Some(first) = nodes.first() {
			config.bootnodes.push(first.multiaddr().await);
		}
		nodes.push(Node::start(config).await);
	}

	// All four author and finalize one chain.
	let all: Vec<&Node> = nodes.iter().collect();
	nodes[0]
		.wait_until("all four nodes to finalize block 5", Duration::from_secs(180), || {
			all_finalized_at_least(&all, 5)
		})
		.await;
	let reference = nodes[0].block_hash(5).await;
	for node in &nodes {
		assert_eq!(node.block_hash(5).await, reference, "every node holds the same block 5");
	}

	// Kill Dave: three of four authorities are a GRANDPA supermajority, and Aura skips only
	// Dave's slots.
	let dave_finalized = finalized_blocks(&nodes[3]).await;
	nodes[3].kill();
	let finalized_without_dave = nodes[0].finalized_number().await;
	let running: Vec<&Node> = nodes[..3].iter().collect();
	nodes[0]
		.wait_until(
			"finality to advance by 5 blocks without Dave",
			Duration::from_secs(120),
			|| all_finalized_at_least(&running, finalized_without_dave + 5),
		)
		.await;

	// Restart Dave from its base path: the blocks it had finalized are intact. Kill him again a
	// moment after the restart, and restart him: still intact, and he catches up.
	nodes[3].restart().await;
	assert_still_there(&nodes[3], &dave_finalized).await;
	tokio::time::sleep(Duration::from_millis(
		300 + u64::from(carechain_e2e::unix_millis() as u16 % 1500),
	))
	.await;
	let dave_finalized = finalized_blocks(&nodes[3]).await;
	nodes[3].kill();
	nodes[3].restart().await;
	assert_still_there(&nodes[3], &dave_finalized).await;
	let target = nodes[0].finalized_number().await;
	let dave = &nodes[3];
	dave.wait_until("Dave to catch up with finality", Duration::from_secs(120), || async {
		dave.finalized_number().await >= target
	})
	.await;
	assert_eq!(dave.block_hash(target).await, nodes[0].block_hash(target).await);
}
