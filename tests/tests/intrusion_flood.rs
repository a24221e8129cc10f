//! Intrusion detection end to end, against a real dev node: a device that floods (a dozen
//! transactions at once, loopback only) is quarantined by the chain's own count of its
//! transactions, and its later transactions are refused by the pool; meanwhile another device's
//! records keep landing and blocks keep coming every 3 s.

use std::time::Duration;

use carechain_e2e::{bounded, dev_pair, id_of, runtime, Node, NodeConfig};
use carechain_primitives::{
	consent::{DataCategory, Purpose},
	envelope::{generate_key, public_key_der, sign_content_hash},
	intrusion::{DetectorStatus, DeviceState, QUARANTINED},
	record_signature::content_hash,
	records::ENVELOPE_VERSION,
	test_keys::RSA_2048_A,
};
use runtime::{AccountId, Runtime, RuntimeCall, RuntimeEvent};
use sp_core::H256;

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
	node.register_devices(
		&sudo,
		&hospital,
		&patient,
		&[(&flooder, RSA_2048_A.to_vec()), (&neighbour, public_key_der(&neighbour_key))],
	)
	.await;

	// The flooder behaves first: one transaction per block, 11 of them, so the chain learns its
	// baseline from 10 intervals.
	for i in 0..11 {
		let extrinsic = node.sign(&flooder, remark(&format!("reading {i}"))).await;
		node.submit_and_wait_in_block(&extrinsic).await;
	}
	let learned = node_state(&node, &id_of(&flooder)).await.expect("the flooder is judged");
	assert_eq!(learned.detector.status, DetectorStatus::Normal);
	// At least one 3 s slot between its readings, less the authoring jitter of a busy machine
	// (a block's timestamp is the moment it is proposed, within its slot).
	assert!(
		learned.detector.baseline >= 2_000_000,
		"about a slot or more between its readings: {learned:?}"
	);

	// The neighbour anchors a signed record: records land before the flood...
	let anchor = |i: u8| {
		let blob = vec![i; 64];
		let hash = content_hash(&blob);
		RuntimeCall::Records(pallet_records::Call::anchor {
			patient: id_of(&patient),
			category: DataCategory::VitalSigns,
			content_hash: H256(hash),
			locator: bounded(format!("carechain-blob:{i}").into_bytes()),
			size: blob.len() as u64,
			envelope_version: ENVELOPE_VERSION,
			key_epoch: 0,
			purpose: Purpose::Treatment,
			signature: Some(bounded(sign_content_hash(&neighbour_key, &hash))),
			taken_at: carechain_e2e::unix_millis(),
		})
	};
	node.execute(&neighbour, anchor(1)).await;

	// ...then the flood: a dozen transactions at once.
	let first = node.next_nonce(&id_of(&flooder)).await;
	for offset in 0..12 {
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
	let later = node.sign_with_nonce(&flooder, remark("after"), first + 12).await;
	let refused = node.submit(&later).await.expect_err("the pool refuses a quarantined account");
	assert!(
		refused.contains(&format!("Custom error: {QUARANTINED}")),
		"refused as quarantined: {refused}"
	);
	// At most the ten flood transactions that closed its window were included.
	let account = frame_system::Account::<Runtime>::hashed_key_for(id_of(&flooder));
	let info =
		node.storage::<frame_system::AccountInfo<
			runtime::Nonce,
			pallet_balances::AccountData<runtime::Balance>,
		>>(account, None)
			.await
			.unwrap();
	assert!(info.nonce <= first + 10, "nonce {} after the flood from {first}", info.nonce);

	// The chain goes on: the neighbour's records land, blocks keep coming every slot.
	node.execute(&neighbour, anchor(2)).await;
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
