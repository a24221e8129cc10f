//! The node's own intrusion detection, end to end against a dev node in its default `throttle`
//! mode: a WebSocket connection that floods is throttled while another is served; a stranger's
//! flood of junk extrinsics naming a registered device as signer throttles the stranger's
//! connection and neither throttles nor reports the device, whose own transaction then lands; the
//! device's readings buffered through a short outage and delivered at once flag nothing; then it
//! floods, and is throttled by the node, reported to the chain by the node's monitor key, and
//! quarantined; the node's Prometheus gauges show it; blocks keep coming. Loopback only, bounded
//! in count.

use std::time::Duration;

use carechain_crypto::envelope::{generate_key, public_key_der};
use carechain_e2e::{dev_pair, device_anchor, id_of, runtime, unix_millis, Node, NodeConfig};
use carechain_primitives::intrusion::{DetectorStatus, DeviceState};
use codec::Encode;
use jsonrpsee::{
	core::{client::ClientT, ClientError},
	rpc_params,
	ws_client::WsClientBuilder,
};
use runtime::{AccountId, Address, Runtime, RuntimeCall, UncheckedExtrinsic};
use serde_json::Value;
use sp_core::{sr25519, Pair};
use sp_runtime::generic::Preamble;

/// The node's JSON-RPC error code for a throttled client.
const THROTTLED: i32 = -32_090;

async fn node_state(node: &Node, who: &AccountId) -> Option<DeviceState> {
	let key = pallet_intrusion_detection::Devices::<Runtime>::hashed_key_for(who);
	node.storage::<DeviceState>(key, None).await
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn remark(i: u32) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: i.to_le_bytes().to_vec() })
}

#[tokio::test(flavor = "multi_thread")]
async fn the_node_throttles_flooding_clients_and_reports_a_flooding_device() {
	let dir = tempfile::tempdir().unwrap();
	// The paper's detector (N = 10, windows of 10, 75 %), a report every 2 s.
	let node = Node::start_authoring(
		NodeConfig::dev_authority(dir.path())
			.with_ids(&[
				"--intrusion-detection-baseline",
				"10",
				"--intrusion-detection-window",
				"10",
				"--intrusion-detection-throttle-secs",
				"120",
				"--intrusion-detection-report-interval-secs",
				"2",
			])
			.with_prometheus(),
	)
	.await;

	// 1. A WebSocket client asks every 200 ms (its baseline), then floods.
	let flooder = WsClientBuilder::default().build(node.ws_url()).await.unwrap();
	let neighbour = WsClientBuilder::default().build(node.ws_url()).await.unwrap();
	for _ in 0..11 {
		let _: Value = flooder.request("system_health", rpc_params![]).await.unwrap();
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	let mut refused_after = None;
	for i in 0..30 {
		match flooder.request::<Value, _>("system_health", rpc_params![]).await {
			Ok(_) => {},
			Err(ClientError::Call(error)) if error.code() == THROTTLED => {
				refused_after = Some(i);
				break;
			},
			Err(other) => panic!("an unexpected error: {other}"),
		}
	}
	// The first window still holds the 200 ms pause before the flood; the second is all flood.
	let refused_after = refused_after.expect("the flooding connection is throttled");
	assert!((10..20).contains(&refused_after), "throttled at flood request {refused_after}");
	// It stays throttled, also for a call that is cheap; the other connection is served.
	let again = flooder.request::<Value, _>("chain_getHeader", rpc_params![]).await;
	assert!(matches!(again, Err(ClientError::Call(error)) if error.code() == THROTTLED));
	let _: Value = neighbour.request("system_health", rpc_params![]).await.unwrap();
	assert_eq!(
		node.metric("carechain_intrusion_detection_flagged_clients", &[("kind", "connection")]),
		Some(1.0)
	);
	assert!(
		node.metric(
			"carechain_intrusion_detection_refused_requests_total",
			&[("kind", "connection")]
		)
		.is_some_and(|refused| refused >= 2.0),
		"{}",
		node.metrics()
	);

	// 2. Alice (whose node this is: its dev monitor key is Alice's) is made a monitor; a hospital
	// registers a device.
	let (sudo, hospital, patient) = (dev_pair("Alice"), dev_pair("Bob"), dev_pair("Dave"));
	let device = dev_pair("Ferdie");
	let device_key = generate_key(2048).unwrap();
	node.execute(
		&sudo,
		RuntimeCall::Sudo(pallet_sudo::Call::sudo {
			call: Box::new(RuntimeCall::IntrusionDetection(
				pallet_intrusion_detection::Call::add_monitor { monitor: id_of(&sudo) },
			)),
		}),
	)
	.await;
	node.register_devices(&sudo, &hospital, &patient, &[(&device, public_key_der(&device_key))])
		.await;

	// 3. A stranger floods the node with 300 junk extrinsics that name the device as their
	// signer (signed by the stranger's key). They count against the stranger's connection only:
	// it is throttled; the device is neither throttled, nor tracked, nor reported.
	let stranger = sr25519::Pair::from_string("//Stranger", None).unwrap();
	let genuine = node.sign_with_nonce(&stranger, remark(0), 0).await;
	let Preamble::Signed(_, signature, extension) = genuine.preamble else { unreachable!() };
	let forged = UncheckedExtrinsic::new_signed(
		genuine.function,
		Address::Id(id_of(&device)),
		signature,
		extension,
	);
	let forged = format!("0x{}", hex(&forged.encode()));
	let forger = WsClientBuilder::default().build(node.ws_url()).await.unwrap();
	let mut throttled = 0;
	for _ in 0..300 {
		match forger.request::<Value, _>("author_submitExtrinsic", rpc_params![&forged]).await {
			Err(ClientError::Call(error)) if error.code() == THROTTLED => {
				assert!(error.message().contains("connection"), "{}", error.message());
				throttled += 1;
			},
			// The pool refuses it (then bans it for a while).
			Err(ClientError::Call(error)) => assert!(
				error.to_string().contains("bad signature")
					|| error.to_string().contains("temporarily banned"),
				"{error}"
			),
			other => panic!("a forged extrinsic is never accepted: {other:?}"),
		}
	}
	assert!(throttled >= 250, "the forger's connection is throttled: {throttled} of 300");
	assert_eq!(
		node.metric("carechain_intrusion_detection_flagged_clients", &[("kind", "account")])
			.unwrap_or(0.0),
		0.0,
		"no account is flagged"
	);
	assert_eq!(
		node.metric("carechain_intrusion_detection_observations_reported_total", &[])
			.unwrap_or(0.0),
		0.0,
		"nothing is reported"
	);
	// The device's own transaction is accepted and lands.
	node.submit_and_wait_in_block(&node.sign_with_nonce(&device, remark(1), 0).await).await;
	assert!(node_state(&node, &id_of(&device))
		.await
		.is_none_or(|state| state.detector.status != DetectorStatus::Quarantined));

	// 4. The device anchors a reading every 400 ms (11 of them: the chain's and the node's
	// baselines), loses its network for 13 s, and delivers the 12 readings it took meanwhile (one
	// a second) at once: they arrive within milliseconds, but the node and the chain time them by
	// when they were taken, and neither flags the device.
	let anchor = |i: u32, taken_at: u64| {
		device_anchor(&patient, &device_key, &i.to_le_bytes().repeat(16), taken_at)
	};
	let mut nonce = 1;
	let mut last_taken = 0;
	for i in 0..11u32 {
		last_taken = unix_millis();
		let extrinsic = node.sign_with_nonce(&device, anchor(i, last_taken), nonce).await;
		nonce += 1;
		node.submit(&extrinsic).await.expect("an honest anchor is accepted");
		tokio::time::sleep(Duration::from_millis(400)).await;
	}
	let mut buffered = Vec::new();
	for i in 0..12u32 {
		let taken = last_taken + 1_000 * u64::from(i + 1);
		buffered.push(node.sign_with_nonce(&device, anchor(100 + i, taken), nonce).await);
		nonce += 1;
	}
	let back_online = last_taken + 13_000;
	tokio::time::sleep(Duration::from_millis(back_online.saturating_sub(unix_millis()))).await;
	for extrinsic in &buffered {
		node.submit(extrinsic).await.expect("buffered readings are accepted");
	}
	let last = node.sign_with_nonce(&device, anchor(200, unix_millis()), nonce).await;
	nonce += 1;
	node.submit_and_wait_in_block(&last).await;
	let state = node_state(&node, &id_of(&device)).await.expect("the device is judged");
	assert_eq!(state.detector.status, DetectorStatus::Normal, "{state:?}");

	// 5. Then it floods: 30 readings taken now, sent at once. The node throttles it and reports
	// its intervals with its monitor key; the chain quarantines it (on the report, or on its own
	// count of the anchors that reached a block, whichever comes first).
	let mut flood = Vec::new();
	let now = unix_millis();
	for i in 0..30u32 {
		flood.push(node.sign_with_nonce(&device, anchor(300 + i, now), nonce).await);
		nonce += 1;
	}
	let mut throttled = false;
	for extrinsic in &flood {
		if let Err(refused) = node.submit(extrinsic).await {
			assert!(refused.contains("intrusion detection"), "{refused}");
			throttled = true;
			break;
		}
	}
	assert!(throttled, "the node throttles the flooding device:\n{}", node.log());
	assert_eq!(
		node.metric("carechain_intrusion_detection_flagged_clients", &[("kind", "account")]),
		Some(1.0)
	);
	node.wait_until("the device's quarantine", Duration::from_secs(60), || async {
		node_state(&node, &id_of(&device))
			.await
			.is_some_and(|state| state.detector.status == DetectorStatus::Quarantined)
	})
	.await;
	node.wait_until("the node's reports", Duration::from_secs(30), || async {
		node.metric("carechain_intrusion_detection_observations_reported_total", &[])
			.is_some_and(|n| n >= 30.0)
	})
	.await;

	// Blocks keep coming.
	let now = node.best_number().await;
	node.wait_until("three more blocks", Duration::from_secs(15), || async {
		node.best_number().await >= now + 3
	})
	.await;
}
