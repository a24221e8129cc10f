//! The node's own intrusion detection, end to end against a dev node in its default `throttle`
//! mode: a WebSocket connection that floods is throttled while another is served; a device that
//! floods the node with submissions the pool refuses (so no block ever counts them) is throttled
//! by the node, reported to the chain by the node's monitor key, and quarantined by the chain;
//! the node's Prometheus gauges show both; blocks keep coming. Loopback only, bounded in count.

use std::time::Duration;

use carechain_e2e::{dev_pair, id_of, runtime, Node, NodeConfig};
use carechain_primitives::{
	intrusion::{DetectorStatus, DeviceState},
	test_keys::RSA_2048_A,
};
use jsonrpsee::{
	core::{client::ClientT, ClientError},
	rpc_params,
	ws_client::WsClientBuilder,
};
use runtime::{AccountId, Runtime, RuntimeCall, RuntimeEvent};
use serde_json::Value;
use sp_core::{sr25519, Pair};

/// The node's JSON-RPC error code for a throttled client.
const THROTTLED: i32 = -32_090;

async fn node_state(node: &Node, who: &AccountId) -> Option<DeviceState> {
	let key = pallet_intrusion_detection::Devices::<Runtime>::hashed_key_for(who);
	node.storage::<DeviceState>(key, None).await
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
	// registers a device that has no funds, so the pool refuses every transaction it sends and
	// the chain never counts one.
	let (sudo, hospital, patient) = (dev_pair("Alice"), dev_pair("Bob"), dev_pair("Dave"));
	let device = sr25519::Pair::from_string("//CareChainUnfundedSensor", None).unwrap();
	node.execute(
		&sudo,
		RuntimeCall::Sudo(pallet_sudo::Call::sudo {
			call: Box::new(RuntimeCall::IntrusionDetection(
				pallet_intrusion_detection::Call::add_monitor { monitor: id_of(&sudo) },
			)),
		}),
	)
	.await;
	node.register_devices(&sudo, &hospital, &patient, &[(&device, RSA_2048_A.to_vec())]).await;
	let from_block = node.best_number().await;

	// It submits every 300 ms (11 submissions: a baseline of 10 intervals), then floods.
	let mut signed = Vec::new();
	for i in 0..60 {
		signed.push(node.sign_with_nonce(&device, remark(i), 0).await);
	}
	let mut submissions = signed.iter();
	for extrinsic in submissions.by_ref().take(11) {
		let refused = node.submit(extrinsic).await.expect_err("the device cannot pay fees");
		assert!(refused.contains("Inability to pay some fees"), "{refused}");
		tokio::time::sleep(Duration::from_millis(300)).await;
	}
	let mut throttled = false;
	for extrinsic in submissions {
		let refused = node.submit(extrinsic).await.expect_err("never accepted");
		if refused.contains("intrusion detection") {
			throttled = true;
			break;
		}
	}
	assert!(throttled, "the node throttles the flooding signer:\n{}", node.log());
	assert_eq!(
		node.metric("carechain_intrusion_detection_flagged_clients", &[("kind", "account")]),
		Some(1.0)
	);

	// The node reports what it saw; the chain quarantines the device on the monitor's report.
	node.wait_until("the device's quarantine", Duration::from_secs(60), || async {
		node_state(&node, &id_of(&device))
			.await
			.is_some_and(|state| state.detector.status == DetectorStatus::Quarantined)
	})
	.await;
	let on_report = node
		.event_since(from_block, |event| {
			matches!(
				event,
				RuntimeEvent::IntrusionDetection(
					pallet_intrusion_detection::Event::IntrusionDetected {
						device: judged,
						reported_by,
						..
					}
				) if *judged == id_of(&device) && *reported_by == Some(id_of(&sudo))
			)
		})
		.await;
	assert!(on_report, "quarantined on the report of the node's monitor key");
	assert!(
		node.metric("carechain_intrusion_detection_observations_reported_total", &[])
			.is_some_and(|n| n >= 20.0),
		"{}",
		node.metrics()
	);

	// Blocks keep coming.
	let now = node.best_number().await;
	node.wait_until("three more blocks", Duration::from_secs(15), || async {
		node.best_number().await >= now + 3
	})
	.await;
}
