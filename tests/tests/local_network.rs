//! The four-authority local testnet as four processes: agreement, fault tolerance, catch-up.

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

#[tokio::test(flavor = "multi_thread")]
async fn four_authorities_agree_survive_a_stopped_node_and_it_catches_up() {
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

	// Stop Dave: three of four authorities are a GRANDPA supermajority, and Aura skips only
	// Dave's slots.
	let dave_last = nodes[3].finalized_number().await;
	let dave_block = nodes[3].block_hash(dave_last).await;
	nodes[3].stop();
	let finalized_without_dave = nodes[0].finalized_number().await;
	let running: Vec<&Node> = nodes[..3].iter().collect();
	nodes[0]
		.wait_until(
			"finality to advance by 5 blocks without Dave",
			Duration::from_secs(120),
			|| all_finalized_at_least(&running, finalized_without_dave + 5),
		)
		.await;

	// Restart Dave from its base path: the blocks it had are intact and it catches up.
	nodes[3].restart().await;
	assert_eq!(nodes[3].block_hash(dave_last).await, dave_block, "Dave's earlier blocks survive");
	let target = nodes[0].finalized_number().await;
	let dave = &nodes[3];
	dave.wait_until("Dave to catch up with finality", Duration::from_secs(120), || async {
		dave.finalized_number().await >= target
	})
	.await;
	assert_eq!(dave.block_hash(target).await, nodes[0].block_hash(target).await);
}
