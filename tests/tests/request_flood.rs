//! The node's intrusion detection on its peers' requests, end to end (issue 15, item 5): a peer
//! that floods the block and state request protocols is banned and no longer served, and another
//! peer still is.
//!
//! A node of the local chain, on either network backend, allows a peer 20 requests in 10 s, a
//! limit set that low to stand in for a flood. The peers are bare litep2p nodes made by the test,
//! with the node keys of the chain's other member nodes (a node answers requests from member
//! nodes and the light clients it serves only, `node/src/admission.rs`; a stranger's are dropped,
//! uncounted), which speak
//! only sync's block requests (`/<genesis>/sync/2`) and state requests (`/<genesis>/state/2`), the
//! way a syncing node asks. The flooder alternates them, so that only counting both protocols
//! together finds its flood. Each request is different (a different number of blocks, a different
//! first key), so that Substrate's own handlers, which refuse a request repeated, serve every
//! one: without the node's request screen, the flooding peer's 21st request and every later one
//! would be answered.

use std::{str::FromStr, time::Duration};

use carechain_e2e::{Node, NodeConfig};
use futures::StreamExt;
use litep2p::{
	config::ConfigBuilder,
	crypto::ed25519,
	protocol::request_response::{
		Config as RequestResponseConfig, ConfigBuilder as RequestResponseConfigBuilder,
		DialOptions, RequestResponseEvent, RequestResponseHandle,
	},
	transport::tcp::config::Config as TcpConfig,
	types::multiaddr::{Multiaddr, Protocol},
	Litep2p, PeerId,
};

/// A bare peer that sends block and state requests to one node.
struct Requester {
	node: PeerId,
	blocks: RequestResponseHandle,
	state: RequestResponseHandle,
}

/// A request-response protocol's configuration and handle, for the bare peer.
fn protocol(name: String) -> (RequestResponseConfig, RequestResponseHandle) {
	RequestResponseConfigBuilder::new(name.into())
		.with_max_size(16 * 1024 * 1024)
		.with_timeout(Duration::from_secs(10))
		.build()
}

impl Requester {
	/// A new peer that knows `node` at `address`, of the chain whose genesis hash is `genesis`
	/// (hex): with the node key `[key; 32]` (a member node's, on the local chain, for 2 to 4),
	/// or a fresh one.
	fn new(genesis: &str, address: &str, key: Option<u8>) -> Requester {
		let address = Multiaddr::from_str(address).expect("the node's multiaddress");
		let node = match address.iter().last() {
			Some(Protocol::P2p(hash)) => PeerId::from_multihash(hash).expect("the node's peer id"),
			other => panic!("no peer id at the end of the node's address: {other:?}"),
		};
		let (blocks_config, blocks) = protocol(format!("/{genesis}/sync/2"));
		let (state_config, state) = protocol(format!("/{genesis}/state/2"));
		let keypair = match key {
			Some(key) => ed25519::Keypair::from(
				ed25519::SecretKey::try_from_bytes([key; 32]).expect("an ed25519 secret"),
			),
			None => ed25519::Keypair::generate(),
		};
		let mut litep2p = Litep2p::new(
			ConfigBuilder::new()
				.with_keypair(keypair)
				// It only dials: no listener of its own to take a port a node was given.
				.with_tcp(TcpConfig {
					listen_addresses: Vec::new(),
					reuse_port: false,
					..Default::default()
				})
				.with_request_response_protocol(blocks_config)
				.with_request_response_protocol(state_config)
				.with_known_addresses(std::iter::once((node, vec![address])))
				.build(),
		)
		.expect("a litep2p node");
		// The node runs as long as the test: its events are not needed.
		tokio::spawn(async move { while litep2p.next_event().await.is_some() {} });
		Requester { node, blocks, state }
	}

	/// Asks the node for up to `max_blocks` headers from genesis: the response, or why none came.
	async fn blocks(&mut self, max_blocks: u32) -> Result<Vec<u8>, String> {
		ask(&mut self.blocks, self.node, block_request(max_blocks)).await
	}

	/// Asks the node for the state at block `genesis` (its hash) from key `[first]` on: the
	/// response, or why none came.
	async fn state(&mut self, genesis: &[u8], first: u8) -> Result<Vec<u8>, String> {
		ask(&mut self.state, self.node, state_request(genesis, first)).await
	}
}

/// Sends `request` to `node` on `handle`'s protocol: the response, or why none came.
async fn ask(
	handle: &mut RequestResponseHandle,
	node: PeerId,
	request: Vec<u8>,
) -> Result<Vec<u8>, String> {
	let id = handle
		.send_request(node, request, DialOptions::Dial)
		.await
		.map_err(|e| format!("not sent: {e:?}"))?;
	loop {
		match handle.next().await {
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

/// `api.v1.StateRequest` for the state at block `block` (its hash), as raw key-values (no
/// proof), from key `[first]` on.
fn state_request(block: &[u8], first: u8) -> Vec<u8> {
	// block = 1.
	let mut request = vec![0x0a, 32];
	request.extend(block);
	// start = 2: one key.
	request.extend([0x12, 1, first]);
	// no_proof = 3.
	request.extend([0x18, 1]);
	request
}

/// One backend after the other, never two nodes at once: a node picks its ports when it is
/// configured and binds them when it starts, and a second node, or a bare peer, starting in
/// between on this machine's ephemeral ports could take one (a CI run saw the JSON-RPC port
/// taken so).
#[tokio::test(flavor = "multi_thread")]
async fn a_peer_flooding_requests_is_banned_and_no_longer_served_on_either_backend() {
	flood_requests("litep2p").await;
	flood_requests("libp2p").await;
}

async fn flood_requests(backend: &str) {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start(
		NodeConfig::new("local", &dir.path().join("node"), 0)
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
	let genesis: &[u8] = genesis.as_ref();
	let address = node.multiaddr().await;

	// A stranger (a key the chain does not list) is not answered at all, and not counted: were
	// its requests counted, its 21st would be a flood the node logs and bans.
	let mut stranger = Requester::new(&hex(genesis), &address, None);
	for i in 1..=25u8 {
		let blocks = stranger.blocks(u32::from(i)).await;
		// Dropped by the node, so refused (not a timeout, not a failed dial): the first after the
		// 2 s the node holds an unknown peer's requests, in case it is a light client whose slot
		// it has not seen yet; the others at once.
		assert!(
			blocks.as_ref().is_err_and(|error| error.starts_with("Rejected")),
			"block request {i} of a stranger: {blocks:?}"
		);
	}
	assert!(!node.log().contains("is flooding the request protocols"), "a stranger is not counted");

	// Within its limit, every request is answered: 10 for blocks (the genesis header), 10 for
	// state (genesis's storage).
	// Bob's member node (the local chain lists [2; 32]'s peer id).
	let mut flooder = Requester::new(&hex(genesis), &address, Some(2));
	for i in 1..=10u8 {
		let blocks = flooder.blocks(u32::from(i)).await;
		assert!(
			blocks.as_ref().is_ok_and(|response| !response.is_empty()),
			"block request {i} is answered: {blocks:?}"
		);
		let state = flooder.state(genesis, i).await;
		assert!(
			state.as_ref().is_ok_and(|response| !response.is_empty()),
			"state request {i} is answered: {state:?}"
		);
	}
	// The 21st is a flood: it and every later one, of either protocol, go unanswered.
	for i in 11..=15u8 {
		let blocks = flooder.blocks(u32::from(i)).await;
		assert!(blocks.is_err(), "block request {i} of a banned peer: {blocks:?}");
		let state = flooder.state(genesis, i).await;
		assert!(state.is_err(), "state request {i} of a banned peer: {state:?}");
	}
	node.wait_until("the node to log the flood", Duration::from_secs(30), || async {
		node.log().contains("is flooding the request protocols")
	})
	.await;
	let log = node.log();
	let line = log.lines().find(|line| line.contains("is flooding the request protocols")).unwrap();
	assert!(line.contains("banned: its requests go unanswered"), "{line}");
	assert!(line.contains("Requests(21)"), "{line}");
	let floods =
		node.metric("carechain_intrusion_detection_flooding_peers_total", &[("kind", "requests")]);
	assert_eq!(floods, Some(1.0));

	// Another member node (Charlie's) is served as before.
	let mut honest = Requester::new(&hex(genesis), &address, Some(3));
	for i in 1..=5u8 {
		let blocks = honest.blocks(u32::from(i)).await;
		assert!(blocks.is_ok(), "the other peer's block request {i}: {blocks:?}");
		let state = honest.state(genesis, i).await;
		assert!(state.is_ok(), "the other peer's state request {i}: {state:?}");
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
