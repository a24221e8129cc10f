//! The four-authority local testnet as four processes: agreement, fault tolerance, catch-up, and
//! partitions (each node in a network namespace of its own, links cut by the test).
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

/// Every node's finalized chain agrees with every other's at every height both have finalized:
/// no two conflicting blocks were ever finalized.
async fn assert_one_finalized_history(nodes: &[Node]) {
	let mut chains = Vec::new();
	for node in nodes {
		chains.push(finalized_blocks(node).await);
	}
	for (a, chain_a) in chains.iter().enumerate() {
		for (b, chain_b) in chains.iter().enumerate().skip(a + 1) {
			for ((number, hash_a), (_, hash_b)) in chain_a.iter().zip(chain_b) {
				assert_eq!(
					hash_a, hash_b,
					"{} and {} both finalized a block {number}, and not the same one",
					AUTHORITIES[a], AUTHORITIES[b]
				);
			}
		}
	}
}

async fn finalized_numbers(nodes: &[Node]) -> Vec<u32> {
	let mut numbers = Vec::new();
	for node in nodes {
		numbers.push(node.finalized_number().await);
	}
	numbers
}

/// The nodes' finalized numbers once a round of votes already under way when the links were cut
/// has run its course: the same twice, 3 s apart (a justification received just before the cut
/// may still be applied by a slow node).
async fn settled_finality(nodes: &[Node]) -> Vec<u32> {
	tokio::time::sleep(Duration::from_secs(6)).await;
	let mut numbers = finalized_numbers(nodes).await;
	for _ in 0..5 {
		tokio::time::sleep(Duration::from_secs(3)).await;
		let again = finalized_numbers(nodes).await;
		if again == numbers {
			break;
		}
		numbers = again;
	}
	numbers
}

/// Watches `nodes` for `seconds`, checking every 3 s that they hold one finalized history.
async fn watch_one_history(nodes: &[Node], seconds: u64) {
	let until = std::time::Instant::now() + Duration::from_secs(seconds);
	while std::time::Instant::now() < until {
		assert_one_finalized_history(nodes).await;
		tokio::time::sleep(Duration::from_secs(3)).await;
	}
}

/// The four authorities, each in a network namespace of its own, split 2 + 2 by cutting every
/// link between Alice and Bob on one side and Charlie and Dave on the other: each side goes on
/// authoring its own fork, neither finalizes (two of four is no GRANDPA supermajority), and no
/// two conflicting blocks are ever finalized; healed, finality resumes on one history, which
/// all four hold. Then Dave alone is cut off: the other three go on finalizing, he does not, and
/// once back he finalizes their history.
#[tokio::test(flavor = "multi_thread")]
async fn a_partitioned_network_never_finalizes_two_histories_and_heals() {
	// Declared first, so dropped last: the nodes are gone before their namespaces.
	let mut network = carechain_e2e::netns::TestNetwork::new(4);
	let dir = tempfile::tempdir().unwrap();
	let mut nodes: Vec<Node> = Vec::new();
	for (index, name) in AUTHORITIES.iter().enumerate() {
		let mut config = NodeConfig::new("local", &dir.path().join(name), index as u8)
			.authority(name)
			.on_host(&network, index);
		// Each node keeps every node started before it as a reserved peer, which it redials
		// whenever the link is back: every pair is someone's reserved pair.
		for earlier in &nodes {
			config.extra_args.extend(["--reserved-nodes".into(), earlier.multiaddr().await]);
		}
		nodes.push(Node::start(config).await);
	}
	let all: Vec<&Node> = nodes.iter().collect();
	nodes[0]
		.wait_until("all four nodes to finalize block 3", Duration::from_secs(180), || {
			all_finalized_at_least(&all, 3)
		})
		.await;
	let before_split = finalized_blocks(&nodes[0]).await;

	// Split 2 + 2. A round of votes already under way may still complete; after that, nothing.
	network.partition(&[0, 1]);
	let stalled = settled_finality(&nodes).await;
	let best_at_split = [nodes[0].best_number().await, nodes[2].best_number().await];
	watch_one_history(&nodes, 30).await;
	assert_eq!(finalized_numbers(&nodes).await, stalled, "finality stalls on both sides");
	let best = [nodes[0].best_number().await, nodes[2].best_number().await];
	assert!(
		best[0] >= best_at_split[0] + 2 && best[1] >= best_at_split[1] + 2,
		"both sides go on authoring in their own slots: {best_at_split:?} -> {best:?}"
	);
	let fork_height = best[0].min(best[1]);
	let forks = [nodes[0].block_hash(fork_height).await, nodes[2].block_hash(fork_height).await];
	assert_ne!(forks[0], forks[1], "the two sides authored two histories at {fork_height}");
	eprintln!(
		"split 2 + 2: finalized {stalled:?} throughout; best #{} and #{} on the two sides",
		best[0], best[1]
	);

	// Heal: finality resumes on one history, and everything finalized before the split stays.
	network.heal();
	let healed = std::time::Instant::now();
	let resume = stalled.iter().copied().max().unwrap_or(0) + 5;
	nodes[0]
		.wait_until("finality to resume on all four", Duration::from_secs(180), || {
			all_finalized_at_least(&all, resume)
		})
		.await;
	assert_one_finalized_history(&nodes).await;
	for node in &nodes {
		assert_still_there(node, &before_split).await;
	}
	eprintln!("healed: all four finalized #{resume} after {:?}", healed.elapsed());
	let kept = nodes[0].block_hash(fork_height).await;
	assert!(kept == forks[0] || kept == forks[1], "one side's history won at {fork_height}");

	// Dave alone: the three others are a supermajority and go on finalizing; he cannot.
	network.partition(&[3]);
	let dave_stalled = settled_finality(&nodes[3..]).await[0];
	let three = &nodes[..3];
	let target = finalized_numbers(three).await.into_iter().max().unwrap_or(0) + 4;
	let majority: Vec<&Node> = three.iter().collect();
	nodes[0]
		.wait_until("three authorities to finalize without Dave", Duration::from_secs(120), || {
			all_finalized_at_least(&majority, target)
		})
		.await;
	assert_one_finalized_history(&nodes).await;
	assert_eq!(nodes[3].finalized_number().await, dave_stalled, "Dave alone finalizes nothing");

	eprintln!("Dave isolated: stalled at #{dave_stalled}, the three finalized #{target}");
	// Back: Dave finalizes the majority's history.
	network.heal();
	let healed = std::time::Instant::now();
	let dave = &nodes[3];
	dave.wait_until("Dave to finalize the majority's blocks", Duration::from_secs(120), || async {
		dave.finalized_number().await >= target
	})
	.await;
	assert_one_finalized_history(&nodes).await;
	assert_eq!(dave.block_hash(target).await, nodes[0].block_hash(target).await);
	eprintln!("Dave back: finalized #{target} after {:?}", healed.elapsed());
}
