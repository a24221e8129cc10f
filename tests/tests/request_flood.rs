//! The node's intrusion detection on its peers' requests, end to end (issue 15, item 5): a peer
//! that floods the block-request protocol is banned and no longer served, and another peer still
//! is.
//!
//! A dev node, on either network backend, allows a peer 20 requests in 10 s, a limit set that low to stand in for a flood.
//! The peers are bare litep2p nodes made by the test, which speak only the sync protocol's block
//! requests (`/<genesis>/sync/2`), the way a syncing node asks for blocks. Each request is
//! different (it asks for a different number of blocks), so that Substrate's own handler, which
//! refuses a request repeated, serves every one: without the node's request screen, the flooding
//! peer's 21st request and every later one would be answered.

use std::{str::FromStr, time::Duration};

use carechain_e2e::{Node, NodeConfig};
use futures::StreamExt;
use litep2p::{
	config::ConfigBuilder,
	protocol::request_response::{
		ConfigBuilder as RequestResponseConfigBuilder, DialOptions, RequestResponseEvent,
		RequestResponseHandle,
	},
	transport::tcp::config::Config as TcpConfig,
	types::multiaddr::Multiaddr,
	Litep2p, PeerId,
};

/// A bare peer that sends block requests to one node.
struct Requester {
	node: PeerId,
	requests: RequestResponseHandle,
}

impl Requester {
	/// A new peer (a fresh key) that knows `node` at `address` and asks it on `protocol`.
	fn new(protocol: &str, address: &str) -> Requester {
		let address = Multiaddr::from_str(address).expect("the node's multiaddress");
		let node = match address.iter().last() {
			Some(litep2p::types::multiaddr::Protocol::P2p(hash)) => {
				PeerId::from_multihash(hash).expect("the node's peer id")
			},
			other => panic!("no peer id at the end of the node's address: {other:?}"),
		};
		let (config, requests) = RequestResponseConfigBuilder::new(protocol.to_string().into())
			.with_max_size(16 * 1024 * 1024)
			.with_timeout(Duration::from_secs(10))
			.build();
		let mut litep2p = Litep2p::new(
			ConfigBuilder::new()
				.with_tcp(TcpConfig {
					listen_addresses: vec!["/ip4/127.0.0.1/tcp/0".parse().expect("an address")],
					..Default::default()
				})
				.with_request_response_protocol(config)
				.with_known_addresses(std::iter::once((node, vec![address])))
				.build(),
		)
		.expect("a litep2p node");
		// The node runs as long as the test: its events are not needed.
		tokio::spawn(async move { while litep2p.next_event().await.is_some() {} });
		Requester { node, requests }
	}

	/// Asks the node for up to `max_blocks` headers from genesis: the response, or why none came.
	async fn blocks(&mut self, max_blocks: u32) -> Result<Vec<u8>, String> {
		let id = self
			.requests
			.send_request(self.node, block_request(max_blocks), DialOptions::Dial)
			.await
			.map_err(|e| format!("not sent: {e:?}"))?;
		loop {
			match self.requests.next().await {
				Some(RequestResponseEvent::ResponseReceived { request_id, response, .. })
					if request_id == id =>
				{
					return Ok(response)
				},
				Some(RequestResponseEvent::RequestFailed { request_id, error, .. })
					if request_id == id =>
				{
					return Err(format!("{error:?}"))
				},
				Some(_) => continue,
				None => return Err("the request handle closed".into()),
			}
		}
	}
}

/// A protobuf varint.
fn varint(mut value: u32, out: &mut Vec<u8>) {
	while value >= 0x80 {
		out.push((value as u8 & 0x7f) | 0x80);
		value >>= 7;
	}
	out.push(value as u8);
}

/// `api.v1.BlockRequest` (sc-network-sync's schema) for up to `max_blocks` headers ascending from
/// block 0.
fn block_request(max_blocks: u32) -> Vec<u8> {
	let mut request = Vec::new();
	// fields = 1: the block attributes, big-endian in a u32 (HEADER = 1).
	request.push(0x08);
	varint(1 << 24, &mut request);
	// number = 3: the SCALE-encoded block number 0.
	request.extend([0x1a, 4, 0, 0, 0, 0]);
	// max_blocks = 6.
	request.push(0x30);
	varint(max_blocks, &mut request);
	request
}

#[tokio::test(flavor = "multi_thread")]
async fn a_peer_flooding_block_requests_is_banned_and_no_longer_served_on_litep2p() {
	flood_block_requests("litep2p").await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_peer_flooding_block_requests_is_banned_and_no_longer_served_on_libp2p() {
	flood_block_requests("libp2p").await
}

async fn flood_block_requests(backend: &str) {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start(
		NodeConfig::new("dev", &dir.path().join("node"), 0)
			.with_ids(&[
				"--network-backend",
				backend,
				"--intrusion-detection-mode",
				"throttle",
				"--intrusion-detection-peer-max-requests",
				"20",
			])
			.with_prometheus(),
	)
	.await;
	let genesis = node.block_hash(0).await.expect("a genesis block");
	let protocol = format!("/{}/sync/2", hex(genesis.as_ref()));
	let address = node.multiaddr().await;

	// Within its limit, every request is answered, with the genesis header.
	let mut flooder = Requester::new(&protocol, &address);
	for max_blocks in 1..=20 {
		let response = flooder.blocks(max_blocks).await;
		assert!(
			response.as_ref().is_ok_and(|response| !response.is_empty()),
			"request {max_blocks} is answered: {response:?}"
		);
	}
	// The 21st is a flood: it and every later one go unanswered.
	for max_blocks in 21..=30 {
		let response = flooder.blocks(max_blocks).await;
		assert!(response.is_err(), "request {max_blocks} of a banned peer: {response:?}");
	}
	node.wait_until("the node to log the flood", Duration::from_secs(30), || async {
		node.log().contains("is flooding the request protocols")
	})
	.await;
	let log = node.log();
	let line = log.lines().find(|line| line.contains("is flooding the request protocols")).unwrap();
	assert!(line.contains("banned and disconnected") && line.contains("Requests(21)"), "{line}");
	let floods =
		node.metric("carechain_intrusion_detection_flooding_peers_total", &[("kind", "requests")]);
	assert_eq!(floods, Some(1.0));

	// Another peer is served as before.
	let mut honest = Requester::new(&protocol, &address);
	for max_blocks in 1..=5 {
		let response = honest.blocks(max_blocks).await;
		assert!(response.is_ok(), "the other peer's request {max_blocks}: {response:?}");
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
