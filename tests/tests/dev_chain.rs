//! A single-node dev chain: block production, finality, and a signed transfer end to end.

use std::time::Duration;

use carechain_e2e::{dev_pair, id_of, runtime, Node, NodeConfig};
use runtime::{AccountId, RuntimeCall, RuntimeEvent, SLOT_DURATION, UNIT};
use sp_core::Pair;

async fn dev_node(dir: &tempfile::TempDir) -> Node {
	Node::start(NodeConfig::new("dev", dir.path(), 0).authority("alice").with_force_authoring())
		.await
}

#[tokio::test(flavor = "multi_thread")]
async fn dev_chain_authors_a_block_every_slot_and_grandpa_finalizes_them() {
	let dir = tempfile::tempdir().unwrap();
	let node = dev_node(&dir).await;

	node.wait_until("block 6", Duration::from_secs(60), || async { node.best_number().await >= 6 })
		.await;

	// Each block is authored in a later Aura slot than its parent, at the wall-clock time of its
	// slot (plus authoring jitter): gaps are whole slots of 3 s, and a lone authority misses at
	// most one slot in five here.
	let mut stamps = Vec::new();
	for number in 1..=6 {
		let hash = node.block_hash(number).await.expect("an authored block");
		let key = pallet_timestamp::Now::<runtime::Runtime>::hashed_key().to_vec();
		stamps.push(node.storage::<u64>(key, Some(hash)).await.expect("a timestamp"));
	}
	let gaps: Vec<u64> = stamps.windows(2).map(|w| w[1] - w[0]).collect();
	let slots: Vec<u64> =
		gaps.iter().map(|gap| (gap + SLOT_DURATION / 2) / SLOT_DURATION).collect();
	for (gap, slots) in gaps.iter().zip(&slots) {
		assert!(*slots >= 1, "two blocks in one slot: gaps {gaps:?}");
		assert!(gap.abs_diff(slots * SLOT_DURATION) < 1_000, "off-slot block: gaps {gaps:?}");
	}
	assert!(slots.iter().sum::<u64>() <= 6, "more than one slot missed: gaps {gaps:?}");
	assert_eq!(SLOT_DURATION, 3_000, "the brief's block time");

	node.wait_until("finality to reach block 4", Duration::from_secs(60), || async {
		node.finalized_number().await >= 4
	})
	.await;
	assert!(node.finalized_number().await <= node.best_number().await);
}

#[tokio::test(flavor = "multi_thread")]
async fn signed_transfer_is_finalized_and_moves_exactly_the_amount_plus_fee() {
	let dir = tempfile::tempdir().unwrap();
	let node = dev_node(&dir).await;
	node.wait_until("block 1", Duration::from_secs(60), || async { node.best_number().await >= 1 })
		.await;

	let alice = dev_pair("Alice");
	let alice_id: AccountId = alice.public().into();
	let bob_id: AccountId = dev_pair("Bob").public().into();
	let amount = 42 * UNIT;

	let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: bob_id.clone().into(),
		value: amount,
	});
	let extrinsic = node.sign(&alice, call).await;
	let block = node.submit_and_wait_finalized(&extrinsic).await;

	let header = node.call("chain_getHeader", jsonrpsee::rpc_params![block]).await;
	let parent = header["parentHash"].as_str().unwrap().to_string();
	let parent: runtime::Hash = parent.parse().expect("a block hash");

	let bob_gain = node.free_balance(&bob_id, Some(block)).await
		- node.free_balance(&bob_id, Some(parent)).await;
	let alice_loss = node.free_balance(&alice_id, Some(parent)).await
		- node.free_balance(&alice_id, Some(block)).await;
	assert_eq!(bob_gain, amount);

	let events = node.events(block).await;
	assert!(events.contains(&RuntimeEvent::Balances(pallet_balances::Event::Transfer {
		from: alice_id.clone(),
		to: bob_id,
		amount,
	})));
	let fee = events
		.iter()
		.find_map(|event| match event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { who, actual_fee, tip },
			) if *who == alice_id => {
				assert_eq!(*tip, 0);
				Some(*actual_fee)
			},
			_ => None,
		})
		.expect("the fee is paid by Alice");
	assert!(fee > 0, "transactions cost a fee");
	assert_eq!(alice_loss, amount + fee, "Alice pays the amount and the fee, nothing else");
}

/// Who pays: a patient its hospital registered holds no tokens, yet its CareChain calls go
/// through for free; its other calls, and any call of an unregistered account without funds,
/// are refused by the pool for want of payment.
#[tokio::test(flavor = "multi_thread")]
async fn registered_participants_use_carechain_for_free_and_nobody_else_does() {
	use carechain_e2e::{bounded, id_of};
	use carechain_primitives::{registry::KeyPurpose, testing::keys::*};

	let dir = tempfile::tempdir().unwrap();
	let node = dev_node(&dir).await;
	node.wait_until("block 1", Duration::from_secs(60), || async { node.best_number().await >= 1 })
		.await;
	let (alice, hospital) = (dev_pair("Alice"), dev_pair("Ferdie"));
	let patient = sp_core::sr25519::Pair::from_string("//FreePatient", None).unwrap();
	let stranger = sp_core::sr25519::Pair::from_string("//Stranger", None).unwrap();

	node.execute(&alice, carechain_e2e::admit_hospital(&hospital, RSA_2048_A)).await;
	node.execute(
		&hospital,
		RuntimeCall::Registry(pallet_registry::Call::register_patient_for {
			patient: id_of(&patient),
			encryption_key: bounded(RSA_2048_A.to_vec()),
			identifier_hash: None,
		}),
	)
	.await;
	assert_eq!(node.free_balance(&id_of(&patient), None).await, 0, "the patient holds nothing");

	// Its own CareChain call: free, and it stays at zero.
	let rotate = RuntimeCall::Registry(pallet_registry::Call::rotate_key {
		purpose: KeyPurpose::Encryption,
		new_key: bounded(RSA_2048_B.to_vec()),
	});
	let (_, events) = node.execute(&patient, rotate.clone()).await;
	assert!(events.iter().any(|event| matches!(
		event,
		RuntimeEvent::Registry(pallet_registry::Event::KeyRotated { .. })
	)));
	assert_eq!(node.free_balance(&id_of(&patient), None).await, 0, "nothing was charged");

	// Anything else it must pay for, and it cannot.
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![0; 32] });
	let refused = node.submit(&node.sign(&patient, remark.clone()).await).await;
	assert!(refused.is_err_and(|e| e.contains("Inability to pay")), "a remark is not free");

	// An unregistered account without funds gets nothing free, not even a CareChain call.
	let refused = node.submit(&node.sign(&stranger, rotate).await).await;
	assert!(refused.is_err(), "an unregistered account cannot call for free");
	let refused = node.submit(&node.sign(&stranger, remark).await).await;
	assert!(refused.is_err(), "nor anything else");
}

/// A dev node whose pool holds 20 transactions (18 normal ones at the door).
async fn small_pool_node(dir: &tempfile::TempDir) -> Node {
	let mut config =
		NodeConfig::new("dev", dir.path(), 0).authority("alice").with_force_authoring();
	config.extra_args.extend(["--pool-limit".to_string(), "20".to_string()]);
	Node::start(config).await
}

fn numbered_remark(n: u32) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: n.to_le_bytes().to_vec() })
}

type AccountInfo =
	frame_system::AccountInfo<runtime::Nonce, pallet_balances::AccountData<runtime::Balance>>;

async fn account(node: &Node, who: &AccountId) -> Option<AccountInfo> {
	let key = frame_system::Account::<runtime::Runtime>::hashed_key_for(who);
	node.storage::<AccountInfo>(key, None).await
}

/// The node's pool keeps as many transactions waiting on an earlier nonce (future ones) as ready
/// ones, not a tenth (`node/src/pool_door.rs`): with `--pool-limit 20`, sc-cli's pool would keep
/// 2 of the 8 sent after a gap, evict the oldest and drop it with the sender's later ones, and
/// the sender's nonce would then stop at the gap. Here all 8 wait, and once the missing one
/// comes, all 9 are included.
#[tokio::test(flavor = "multi_thread")]
async fn transactions_waiting_on_an_earlier_nonce_are_kept_until_it_comes() {
	let dir = tempfile::tempdir().unwrap();
	let node = small_pool_node(&dir).await;
	let sender = dev_pair("Ferdie");
	let who = id_of(&sender);
	let first = node.next_nonce(&who).await;

	for nonce in first + 1..=first + 8 {
		let waiting = node.sign_with_nonce(&sender, numbered_remark(nonce), nonce).await;
		node.submit(&waiting).await.expect("a transaction after a gap is taken, to wait");
	}
	let missing = node.sign_with_nonce(&sender, numbered_remark(first), first).await;
	node.submit(&missing).await.expect("the missing transaction is taken");

	node.wait_until("all nine in blocks", Duration::from_secs(60), || async {
		account(&node, &who).await.is_some_and(|account| account.nonce == first + 9)
	})
	.await;
}

/// `--pool-door-percent` is the share of the pool normal transactions submitted to the node may
/// fill (`node/src/pool_door.rs`): with `--pool-limit 20` and 25 %, the door takes 5 and refuses
/// the sixth with the pool's retryable error, where the default share would take 18. The rest
/// is room for what other members' nodes gossip in, and for governance.
#[tokio::test(flavor = "multi_thread")]
async fn the_door_lets_normal_transactions_fill_the_share_it_is_given() {
	let dir = tempfile::tempdir().unwrap();
	let mut config =
		NodeConfig::new("dev", dir.path(), 0).authority("alice").with_force_authoring();
	config.extra_args.extend(["--pool-limit", "20", "--pool-door-percent", "25"].map(String::from));
	let node = Node::start(config).await;
	let sender = dev_pair("Ferdie");
	let first = node.next_nonce(&id_of(&sender)).await;
	// After a gap, so that they wait in the pool instead of going into blocks.
	for nonce in first + 1..=first + 5 {
		let waiting = node.sign_with_nonce(&sender, numbered_remark(nonce), nonce).await;
		node.submit(&waiting).await.expect("within the door's share");
	}
	let sixth = node.sign_with_nonce(&sender, numbered_remark(first + 6), first + 6).await;
	let refused = node.submit(&sixth).await.expect_err("the door's share is full");
	assert!(refused.contains("Immediately Dropped"), "{refused}");
	assert!(refused.contains("; 5 and "), "the door's share, 5 of 20: {refused}");
}

/// Transactions sent after a gap nobody fills leave the pool once they have waited 24 s
/// (`node/src/pool_futures.rs`). They count at the door like any other, so without that one
/// account's 18 would have the node refuse every other client's transactions for good. One more
/// than 256 ahead of the account's nonce is refused at the door (`pool_door.rs`).
#[tokio::test(flavor = "multi_thread")]
async fn transactions_waiting_on_a_gap_nobody_fills_leave_and_the_door_opens_again() {
	let dir = tempfile::tempdir().unwrap();
	let node = small_pool_node(&dir).await;
	let (gapper, other) = (dev_pair("Ferdie"), dev_pair("Eve"));
	let first = node.next_nonce(&id_of(&gapper)).await;

	let too_far = node.sign_with_nonce(&gapper, numbered_remark(0), first + 257).await;
	let refused = node.submit(&too_far).await.expect_err("257 ahead of its nonce on chain");
	assert!(
		refused.contains(&format!("is 257 ahead of the account's {first} on chain")),
		"{refused}"
	);

	let sent = std::time::Instant::now();
	for nonce in first + 1..=first + 18 {
		let waiting = node.sign_with_nonce(&gapper, numbered_remark(nonce), nonce).await;
		node.submit(&waiting).await.expect("a transaction after a gap is taken, to wait");
	}
	// Two blocks on, every view holds all 18 (one submitted while a view was built reaches it
	// from the memory pool at the next).
	let at = node.best_number().await;
	node.wait_until("two blocks", Duration::from_secs(30), || async {
		node.best_number().await >= at + 2
	})
	.await;
	let other_nonce = node.next_nonce(&id_of(&other)).await;
	let theirs = node.sign_with_nonce(&other, numbered_remark(0), other_nonce).await;
	let refused = node.submit(&theirs).await.expect_err("the door is full");
	assert!(refused.contains("Immediately Dropped"), "{refused}");

	node.wait_until("the door to open again", Duration::from_secs(60), || async {
		node.submit(&theirs).await.is_ok()
	})
	.await;
	assert!(sent.elapsed() >= Duration::from_secs(24), "opened after {:?}", sent.elapsed());
	// The node logs the removal once the pool has done it: a moment after the door opens.
	node.wait_until("the removal in the node's log", Duration::from_secs(10), || async {
		node.log().contains("waited 24 s on an earlier nonce")
	})
	.await;
	// The other account's transaction is included; nothing of the gap's ever was.
	node.wait_until(
		"the other account's transaction in a block",
		Duration::from_secs(30),
		|| async {
			account(&node, &id_of(&other)).await.is_some_and(|a| a.nonce == other_nonce + 1)
		},
	)
	.await;
	assert_eq!(account(&node, &id_of(&gapper)).await.map(|a| a.nonce), Some(first));
}
