//! Intrusion detection end to end, against a real dev node: a device that learned a baseline of
//! 350 ms from readings delivered together (timed by when they were taken) and then floods (44
//! transactions at once, loopback only) is quarantined by the chain's own count of its
//! transactions, and its later transactions are refused by the pool; meanwhile another device's
//! records keep landing and blocks keep coming every 3 s.

use std::time::Duration;

use carechain_crypto::envelope::{generate_key, public_key_der};
use carechain_e2e::{dev_pair, device_anchor, id_of, runtime, unix_millis, Node, NodeConfig};
use carechain_primitives::intrusion::{DetectorStatus, DeviceState, QUARANTINED};
use runtime::{AccountId, Runtime, RuntimeCall, RuntimeEvent};

fn remark(text: &str) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: text.as_bytes().to_vec() })
}

async fn node_state(node: &Node, who: &AccountId) -> Option<DeviceState> {
	let key = pallet_intrusion_detection::Devices::<Runtime>::hashed_key_for(who);
	node.storage::<DeviceState>(key, None).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_flooding_device_is_quarantined_and_refused_while_the_chain_goes_on() {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start_authoring(NodeConfig::dev_authority(dir.path())).await;

	let (sudo, hospital, patient, flooder, neighbour) =
		(dev_pair("Alice"), dev_pair("Bob"), dev_pair("Dave"), dev_pair("Ferdie"), dev_pair("Eve"));
	let neighbour_key = generate_key(2048).unwrap();
	let flooder_key = generate_key(2048).unwrap();
	node.register_devices(
		&sudo,
		&hospital,
		&patient,
		&[(&flooder, public_key_der(&flooder_key)), (&neighbour, public_key_der(&neighbour_key))],
	)
	.await;
	let anchor = |key: &_, i: u8, taken_at: u64| device_anchor(&patient, key, &[i; 64], taken_at);

	// The flooder behaves first. Its first transaction, a remark that says no time, counts at
	// its block's time; then it reads every 350 ms, offline, and delivers 21 readings
	// together, as after a short outage: the chain times them by when they were taken and learns
	// a baseline of 350 ms from 20 intervals.
	let first = node.sign_with_nonce(&flooder, remark("hello"), 0).await;
	node.submit_and_wait_in_block(&first).await;
	let since = node_state(&node, &id_of(&flooder)).await.and_then(|state| state.last_seen);
	let since = since.expect("its first transaction is counted");
	tokio::time::sleep(Duration::from_millis(
		(since + 7_500).saturating_sub(unix_millis()).min(10_000),
	))
	.await;
	let mut readings = Vec::new();
	for i in 0..21u8 {
		let call = anchor(&flooder_key, 100 + i, since + 350 * (u64::from(i) + 1));
		readings.push(node.sign_with_nonce(&flooder, call, 1 + u32::from(i)).await);
	}
	let (last, earlier) = readings.split_last().unwrap();
	for extrinsic in earlier {
		node.submit(extrinsic).await.expect("an honest reading is accepted");
	}
	node.submit_and_wait_in_block(last).await;
	let learned = node_state(&node, &id_of(&flooder)).await.expect("the flooder is judged");
	assert_eq!(learned.detector.status, DetectorStatus::Normal, "{learned:?}");
	assert_eq!(learned.detector.baseline, 350_000, "350 ms between its readings");

	// The neighbour anchors a signed record: records land before the flood...
	node.execute(&neighbour, anchor(&neighbour_key, 1, unix_millis())).await;

	// ...then the flood: 44 transactions at once. The first window of 20 still holds the pause
	// since its readings (its average may stay above the threshold); the second is all flood.
	let first = node.next_nonce(&id_of(&flooder)).await;
	for offset in 0..44 {
		let extrinsic = node
			.sign_with_nonce(&flooder, remark(&format!("flood {offset}")), first + offset)
			.await;
		node.submit(&extrinsic).await.expect("the pool takes the flood at first");
	}
	node.wait_until("the flooder's quarantine", Duration::from_secs(30), || async {
		node_state(&node, &id_of(&flooder))
			.await
			.is_some_and(|state| state.detector.status == DetectorStatus::Quarantined)
	})
	.await;
	// The quarantine is announced in its block: the best one when it was seen, or one of the two
	// before if blocks came in between.
	let seen_at = node.best_number().await;
	let announced = node
		.event_since(seen_at.saturating_sub(2), |event| {
			matches!(
				event,
				RuntimeEvent::IntrusionDetection(
					pallet_intrusion_detection::Event::IntrusionDetected { reported_by: None, .. }
				)
			)
		})
		.await;
	assert!(announced, "the quarantine is announced in its block");

	// Its later transactions are refused by the pool, before any block.
	let later = node.sign_with_nonce(&flooder, remark("after"), first + 44).await;
	let refused = node.submit(&later).await.expect_err("the pool refuses a quarantined account");
	assert!(
		refused.contains(&format!("Custom error: {QUARANTINED}")),
		"refused as quarantined: {refused}"
	);
	// At most the forty flood transactions that closed its two windows were included.
	let account = frame_system::Account::<Runtime>::hashed_key_for(id_of(&flooder));
	let info =
		node.storage::<frame_system::AccountInfo<
			runtime::Nonce,
			pallet_balances::AccountData<runtime::Balance>,
		>>(account, None)
			.await
			.unwrap();
	assert!(info.nonce <= first + 40, "nonce {} after the flood from {first}", info.nonce);

	// The chain goes on: the neighbour's records land, blocks keep coming every slot.
	node.execute(&neighbour, anchor(&neighbour_key, 2, unix_millis())).await;
	let now = node.best_number().await;
	node.wait_until("three more blocks", Duration::from_secs(15), || async {
		node.best_number().await >= now + 3
	})
	.await;
	assert_eq!(
		node_state(&node, &id_of(&neighbour)).await.map(|state| state.detector.status),
		Some(DetectorStatus::Learning)
	);

	// The hospital reinstates the device: accepted again, learning afresh.
	node.execute(
		&hospital,
		RuntimeCall::IntrusionDetection(pallet_intrusion_detection::Call::reinstate {
			device: id_of(&flooder),
		}),
	)
	.await;
	let again = node.sign(&flooder, remark("reinstated")).await;
	node.submit_and_wait_in_block(&again).await;
}
