//! Each envelope source against a stand-in of what it talks to: a Bitswap peer (litep2p, as the
//! node's) and a JSON-RPC server answering `bitswap_v1_get` as the node does. Each is asked for
//! a stored envelope, a missing one and one it serves altered, and each is tried with nothing
//! listening. (The real nodes are the end-to-end test's, `tests/tests/storage_network.rs`.)

use std::collections::HashMap;

use super::*;
use jsonrpsee::{server::Server, types::ErrorObjectOwned, RpcModule};

const ENVELOPE: &[u8] = b"an envelope's ciphertext";
const ALTERED: &[u8] = b"an envelope's ciphertexT";

/// What the stand-ins serve: the envelope under its hash, altered bytes under the hash of the
/// bytes `"tampered"`, nothing else.
fn served() -> HashMap<ContentHash, Vec<u8>> {
	HashMap::from([
		(content_hash(ENVELOPE), ENVELOPE.to_vec()),
		(content_hash(b"tampered"), ALTERED.to_vec()),
	])
}

/// A Bitswap peer serving [`served`] on a loopback port: its address, with its peer id.
async fn bitswap_peer() -> Multiaddr {
	let (bitswap_config, mut bitswap) = bitswap::Config::new();
	let listen: Multiaddr = "/ip4/127.0.0.1/tcp/0".parse().unwrap();
	let config = ConfigBuilder::new()
		.with_tcp(TcpConfig { listen_addresses: vec![listen], ..Default::default() })
		.with_libp2p_bitswap(bitswap_config)
		.build();
	let mut litep2p = Litep2p::new(config).unwrap();
	// Listen addresses end in the peer's id already.
	let address = litep2p.listen_addresses().next().unwrap().clone();
	assert!(matches!(address.iter().last(), Some(Protocol::P2p(_))), "{address}");
	tokio::spawn(async move {
		let blocks = served();
		loop {
			tokio::select! {
				_ = litep2p.next_event() => {},
				event = bitswap.next() => {
					let Some(BitswapEvent::Request { peer, cids }) = event else { continue };
					let responses = cids
						.into_iter()
						.map(|(cid, _)| {
							let hash: ContentHash = cid.hash().digest().try_into().unwrap();
							match blocks.get(&hash) {
								Some(block) => ResponseType::Block { cid, block: block.clone() },
								None => ResponseType::Presence {
									cid,
									presence: BlockPresenceType::DontHave,
								},
							}
						})
						.collect();
					bitswap.send_response(peer, responses).await;
				},
			}
		}
	});
	address
}

/// A JSON-RPC server answering `bitswap_v1_get` from [`served`] as the node does (hex bytes, or
/// its `NotFound` error); its URL.
async fn rpc_node() -> String {
	let server = Server::builder().build("127.0.0.1:0").await.unwrap();
	let url = format!("ws://{}", server.local_addr().unwrap());
	let mut module = RpcModule::new(served());
	module
		.register_method("bitswap_v1_get", |params, blocks, _| {
			let cid: String = params.one()?;
			let hash = carechain_crypto::blob_store::hash_of_cid(&cid)
				.ok_or_else(|| ErrorObjectOwned::owned(-32602, "Invalid CID", None::<()>))?;
			blocks.get(&hash).map(|block| format!("0x{}", hex::encode(block))).ok_or_else(|| {
				ErrorObjectOwned::owned(
					-32810,
					"Not found",
					Some(serde_json::json!({ "variant": "NotFound" })),
				)
			})
		})
		.unwrap();
	let handle = server.start(module);
	tokio::spawn(handle.stopped());
	url
}

/// An address where nothing listens, with a valid peer id.
fn nobody() -> Multiaddr {
	let peer = PeerId::random();
	format!("/ip4/127.0.0.1/tcp/9/p2p/{peer}").parse().unwrap()
}

#[tokio::test]
async fn bitswap_fetches_an_envelope_and_checks_it() {
	let store = IpfsStore::new(vec![bitswap_peer().await]).unwrap();
	assert_eq!(store.fetch(&content_hash(ENVELOPE)).await.unwrap(), ENVELOPE);
	assert!(matches!(store.fetch(&content_hash(b"missing")).await, Err(StoreError::NotFound)));
	let tampered = store.fetch(&content_hash(b"tampered")).await;
	assert!(matches!(tampered, Err(StoreError::HashMismatch)), "{tampered:?}");
}

#[tokio::test]
async fn bitswap_passes_over_a_peer_that_is_down_and_says_when_all_are() {
	let down = IpfsStore::new(vec![nobody()]).unwrap().with_timeout(Duration::from_secs(3));
	assert!(matches!(down.fetch(&content_hash(ENVELOPE)).await, Err(StoreError::Unreachable(_))));
	let store = IpfsStore::new(vec![nobody(), bitswap_peer().await]).unwrap();
	assert_eq!(store.fetch(&content_hash(ENVELOPE)).await.unwrap(), ENVELOPE);
}

#[tokio::test]
async fn the_node_rpc_fetches_an_envelope_and_checks_it() {
	let store = NodeStore::new(vec![rpc_node().await]);
	assert_eq!(store.fetch(&content_hash(ENVELOPE)).await.unwrap(), ENVELOPE);
	let missing = store.fetch(&content_hash(b"missing")).await;
	assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
	assert!(matches!(store.fetch(&content_hash(b"tampered")).await, Err(StoreError::HashMismatch)));
}

#[tokio::test]
async fn the_node_rpc_passes_over_a_node_that_is_down_and_says_when_all_are() {
	let down = NodeStore::new(vec!["ws://127.0.0.1:9".into()]);
	assert!(matches!(down.fetch(&content_hash(ENVELOPE)).await, Err(StoreError::Unreachable(_))));
	let store = NodeStore::new(vec!["ws://127.0.0.1:9".into(), rpc_node().await]);
	assert_eq!(store.fetch(&content_hash(ENVELOPE)).await.unwrap(), ENVELOPE);
	// One node down, the other without it: the one down may have it, so not `NotFound`.
	let missing = store.fetch(&content_hash(b"missing")).await;
	assert!(
		matches!(&missing, Err(StoreError::Unreachable(why)) if why.contains("do not have it")),
		"{missing:?}"
	);
}

#[tokio::test]
async fn a_local_directory_is_a_source_too() {
	let dir = tempfile::tempdir().unwrap();
	let outbox = OutboxStore(LocalDirStore::open(dir.path()).unwrap());
	let hash = outbox.put(ENVELOPE).unwrap();
	assert_eq!(outbox.fetch(&hash).await.unwrap(), ENVELOPE);
	assert!(matches!(outbox.fetch(&content_hash(b"missing")).await, Err(StoreError::NotFound)));
	std::fs::write(outbox.0.path_of(&hash), ALTERED).unwrap();
	assert!(matches!(outbox.fetch(&hash).await, Err(StoreError::HashMismatch)));
}

#[test]
fn a_cid_is_the_same_from_the_crypto_crate_and_the_ipfs_libraries() {
	for bytes in [&b""[..], b"x", ENVELOPE] {
		let hash = content_hash(bytes);
		assert_eq!(IpfsStore::cid(&hash).to_string(), cid_of(&hash));
	}
}

#[test]
fn a_store_is_named_on_the_command_line() {
	let dir = tempfile::tempdir().unwrap();
	assert!(matches!(AnyStore::parse(dir.path().to_str().unwrap()), Ok(AnyStore::Local(_))));
	assert!(matches!(
		AnyStore::parse("ws://127.0.0.1:9944,wss://node.example"),
		Ok(AnyStore::Node(_))
	));
	let peer = nobody();
	assert!(matches!(AnyStore::parse(&format!("ipfs://{peer},{peer}")), Ok(AnyStore::Ipfs(_))));
	// A peer's address without its id, an address that is none, no peer at all.
	assert!(AnyStore::parse("ipfs:///ip4/127.0.0.1/tcp/30333").is_err());
	assert!(AnyStore::parse("ipfs://not-an-address").is_err());
	assert!(AnyStore::parse("ipfs://").is_err());
}
