//! The hospitals' storage network, for clients: publishing a sealed record's envelope, and
//! fetching one from wherever it is kept.
//!
//! A device seals a reading into an [`OutboxStore`] (its local copy, named by CID), anchors it,
//! and [`publish`]es the envelope: the envelopes pallet's `store`, which takes only the envelopes
//! of a record the sender anchored, after which every node that imports the block keeps the bytes
//! and serves them by CID. A reader fetches through any
//! [`EnvelopeSource`]:
//! - [`IpfsStore`]: IPFS's Bitswap protocol, from the nodes run with `--ipfs-server`, dialled at
//!   their peer-to-peer addresses (`ipfs:///ip4/…/tcp/30333/p2p/12D3…`);
//! - [`NodeStore`]: the nodes' `bitswap_v1_get` RPC (`ws://…`, `wss://…`);
//! - [`LocalDirStore`] or [`OutboxStore`]: a local directory.
//!
//! Every source tries its nodes in order, so one hospital's node being down costs a reader one
//! failed connection, and checks the bytes against the hash: a node can withhold an envelope,
//! never alter it unseen. [`AnyStore`] is whichever of them a command line names.

use std::{future::Future, time::Duration};

use carechain_crypto::blob_store::{
	cid_of, BlobStore as _, LocalDirStore, OutboxStore, StoreError,
};
use carechain_primitives::{
	batch::BatchProof,
	record_signature::{content_hash, ContentHash},
};
use futures::StreamExt as _;
use litep2p::{
	config::ConfigBuilder,
	protocol::libp2p::bitswap::{self, BitswapEvent, BlockPresenceType, ResponseType, WantType},
	transport::tcp::config::Config as TcpConfig,
	types::{
		cid::{Cid, Multihash},
		multiaddr::{Multiaddr, Protocol},
	},
	Litep2p, Litep2pEvent, PeerId,
};

use crate::{
	bounded, chain, chain::runtime_types::pallet_envelopes::ReadingProof, Client, Signer,
	Transaction, TxError, Wait,
};

/// The raw multicodec: an envelope is stored as one raw block.
const RAW_CODEC: u64 = 0x55;
/// The blake2b-256 multihash code.
const BLAKE2B_256: u64 = 0xb220;
/// The error code of `bitswap_v1_get` for a CID the node does not have.
const NOT_FOUND: i32 = -32810;

/// A Bitswap peer's answer for one CID.
enum Answer {
	/// The block: its bytes hash to the CID.
	Block(Vec<u8>),
	/// The peer does not have it.
	DontHave,
	/// The peer sent a block that does not hash to the CID.
	Altered,
}

/// Where envelopes are fetched from.
pub trait EnvelopeSource: Sync {
	/// The envelope stored under `hash`, checked against it: [`StoreError::NotFound`] if no
	/// node has it, [`StoreError::HashMismatch`] if the only bytes served under it are others,
	/// [`StoreError::Unreachable`] if no node answered.
	fn fetch(&self, hash: &ContentHash)
		-> impl Future<Output = Result<Vec<u8>, StoreError>> + Send;
}

impl EnvelopeSource for LocalDirStore {
	async fn fetch(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		self.get(hash)
	}
}

impl EnvelopeSource for OutboxStore {
	async fn fetch(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		self.get(hash)
	}
}

/// The `envelopes.store` call publishing `envelope`, one of record `record_id`'s (with its
/// proof if it is a batch's reading; `None` for a single reading or a batch's manifest).
fn store_call(
	record_id: u64,
	reading: Option<&BatchProof>,
	envelope: &[u8],
) -> impl subxt::tx::Payload {
	let reading = reading.map(|proof| ReadingProof {
		index: proof.index,
		siblings: bounded(proof.siblings.iter().map(|h| subxt::utils::H256(h.0)).collect()),
	});
	chain::transactions().envelopes().store(record_id, reading, bounded(envelope.to_vec()))
}

/// Publishes `envelope`, one of record `record_id`'s (which `signer` anchored), to the
/// hospitals' storage network (the envelopes pallet's `store`), and waits until it is in a
/// block; returns its content hash. From that block on, every node that imported it keeps and
/// serves the envelope.
pub async fn publish(
	api: &Client,
	signer: &Signer,
	record_id: u64,
	reading: Option<&BatchProof>,
	envelope: &[u8],
) -> Result<ContentHash, TxError> {
	let call = store_call(record_id, reading, envelope);
	Transaction::new(api, signer, &call).submit(Wait::InBlock).await?;
	Ok(content_hash(envelope))
}

/// [`publish`] without waiting: the envelope handed to the node's pool.
pub async fn send(
	api: &Client,
	signer: &Signer,
	record_id: u64,
	reading: Option<&BatchProof>,
	envelope: &[u8],
) -> Result<ContentHash, TxError> {
	let call = store_call(record_id, reading, envelope);
	Transaction::new(api, signer, &call).submit_unwatched().await?;
	Ok(content_hash(envelope))
}

/// What the nodes a fetch asked said, to decide its one error.
#[derive(Default)]
struct Answers {
	not_found: bool,
	altered: bool,
	unreachable: Vec<String>,
}

impl Answers {
	/// The error, when no node gave the envelope: a node that served other bytes is reported
	/// first; then, if a node could not be asked, that (it may have had it: a pruned node's
	/// `NotFound` does not speak for an archive node that is down); `NotFound` only when every
	/// node answered that it does not have it.
	fn into_error(self) -> StoreError {
		if self.altered {
			StoreError::HashMismatch
		} else if !self.unreachable.is_empty() {
			let mut reasons = self.unreachable.join("; ");
			if self.not_found {
				reasons.push_str("; the others do not have it");
			}
			StoreError::Unreachable(reasons)
		} else {
			StoreError::NotFound
		}
	}
}

/// The nodes' `bitswap_v1_get` RPC: a node URL each (`ws://127.0.0.1:9944`, `wss://…`), tried in
/// order. Plain `ws://` is accepted to any host: an envelope is ciphertext checked against its
/// hash, so the connection need not be trusted for it.
#[derive(Clone, Debug)]
pub struct NodeStore {
	urls: Vec<String>,
	timeout: Duration,
}

impl NodeStore {
	/// A store over the nodes at `urls`.
	pub fn new(urls: Vec<String>) -> Self {
		NodeStore { urls, timeout: Duration::from_secs(10) }
	}

	/// How long each node is given to connect and answer (10 s unless set).
	pub fn with_timeout(mut self, timeout: Duration) -> Self {
		self.timeout = timeout;
		self
	}
}

impl EnvelopeSource for NodeStore {
	async fn fetch(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		let cid = cid_of(hash);
		let mut answers = Answers::default();
		for url in &self.urls {
			let ask = async {
				let rpc = subxt::rpcs::RpcClient::from_insecure_url(url).await?;
				rpc.request::<String>("bitswap_v1_get", subxt::rpcs::rpc_params![&cid]).await
			};
			let Ok(answer) = tokio::time::timeout(self.timeout, ask).await else {
				answers.unreachable.push(format!("{url}: no answer within {:?}", self.timeout));
				continue;
			};
			match answer {
				Ok(hex) => match hex::decode(hex.trim_start_matches("0x")) {
					Ok(bytes) if content_hash(&bytes) == *hash => return Ok(bytes),
					_ => answers.altered = true,
				},
				// The node's `NotFound` (sc-rpc-spec-v2's bitswap `FAIL`, -32810).
				Err(subxt::rpcs::Error::User(e)) if e.code == NOT_FOUND => answers.not_found = true,
				Err(e) => answers.unreachable.push(format!("{url}: {e}")),
			}
		}
		Err(answers.into_error())
	}
}

/// IPFS's Bitswap protocol, from the nodes at `peers` (each a multiaddr ending in
/// `/p2p/<peer id>`, such as `/ip4/10.0.0.5/tcp/30333/p2p/12D3KooW…`), tried in order. The
/// client is a light libp2p peer of its own (litep2p, TCP, Noise, Yamux) with a fresh identity for
/// each fetch; it does not join the chain's network, and needs no account.
#[derive(Clone, Debug)]
pub struct IpfsStore {
	peers: Vec<(PeerId, Multiaddr)>,
	timeout: Duration,
}

impl IpfsStore {
	/// A store over the nodes at `peers`; each must end in `/p2p/<peer id>`.
	pub fn new(peers: Vec<Multiaddr>) -> Result<Self, String> {
		let peers = peers
			.into_iter()
			.map(|address| match address.iter().last() {
				Some(Protocol::P2p(peer)) => PeerId::from_multihash(peer)
					.map(|peer| (peer, address.clone()))
					.map_err(|_| format!("{address}: not a peer id")),
				_ => Err(format!("{address}: a peer's address ends in /p2p/<peer id>")),
			})
			.collect::<Result<Vec<_>, _>>()?;
		if peers.is_empty() {
			return Err("an IPFS store needs at least one peer".into());
		}
		Ok(IpfsStore { peers, timeout: Duration::from_secs(10) })
	}

	/// How long each peer is given to connect and answer (10 s unless set).
	pub fn with_timeout(mut self, timeout: Duration) -> Self {
		self.timeout = timeout;
		self
	}

	/// The CID an envelope of content hash `hash` is served under.
	pub fn cid(hash: &ContentHash) -> Cid {
		let multihash =
			Multihash::wrap(BLAKE2B_256, hash).expect("32 bytes fit a multihash of 64; qed");
		Cid::new_v1(RAW_CODEC, multihash)
	}

	/// Asks `peer` at `address` for `cid` over Bitswap: its answer, or why it could not be asked.
	/// The client's Bitswap dials the peer itself, and hashes each block it receives to name it
	/// by CID: a block sent for the wanted CID that is named otherwise was altered.
	async fn ask(&self, peer: PeerId, address: &Multiaddr, cid: Cid) -> Result<Answer, String> {
		let (bitswap_config, mut bitswap) = bitswap::Config::new();
		let config = ConfigBuilder::new()
			.with_tcp(TcpConfig { listen_addresses: Vec::new(), ..Default::default() })
			.with_libp2p_bitswap(bitswap_config)
			.build();
		let mut litep2p = Litep2p::new(config).map_err(|e| e.to_string())?;
		litep2p.add_known_address(peer, std::iter::once(address.clone()));
		bitswap.send_request(peer, vec![(cid, WantType::Block)]).await;
		let exchange = async {
			loop {
				tokio::select! {
					event = bitswap.next() => match event {
						Some(BitswapEvent::Response { peer: from, responses }) if from == peer => {
							for response in responses {
								match response {
									ResponseType::Block { cid: got, block } if got == cid => {
										return Ok(Answer::Block(block))
									},
									ResponseType::Block { .. } => return Ok(Answer::Altered),
									ResponseType::Presence {
										cid: got,
										presence: BlockPresenceType::DontHave,
									} if got == cid => return Ok(Answer::DontHave),
									ResponseType::Presence { .. } => {},
								}
							}
						},
						Some(_) => {},
						None => return Err("the client's Bitswap stopped".to_string()),
					},
					// The network runs only while polled; its dial failures end the attempt.
					event = litep2p.next_event() => match event {
						Some(Litep2pEvent::DialFailure { error, .. }) => {
							return Err(format!("dial failed: {error:?}"))
						},
						Some(Litep2pEvent::ListDialFailures { errors }) => {
							return Err(format!("dial failed: {errors:?}"))
						},
						Some(_) => {},
						None => return Err("the client's network stopped".to_string()),
					},
				}
			}
		};
		tokio::time::timeout(self.timeout, exchange)
			.await
			.map_err(|_| format!("no answer within {:?}", self.timeout))?
	}
}

impl EnvelopeSource for IpfsStore {
	async fn fetch(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		let cid = Self::cid(hash);
		let mut answers = Answers::default();
		for (peer, address) in &self.peers {
			match self.ask(*peer, address, cid).await {
				// Hashed by the client's Bitswap already; checked again here, as every source is.
				Ok(Answer::Block(bytes)) if content_hash(&bytes) == *hash => return Ok(bytes),
				Ok(Answer::Block(_) | Answer::Altered) => answers.altered = true,
				Ok(Answer::DontHave) => answers.not_found = true,
				Err(e) => answers.unreachable.push(format!("{address}: {e}")),
			}
		}
		Err(answers.into_error())
	}
}

/// Whichever store a command line names ([`AnyStore::parse`]).
pub enum AnyStore {
	/// A local directory.
	Local(LocalDirStore),
	/// Nodes' RPC.
	Node(NodeStore),
	/// Nodes' Bitswap.
	Ipfs(IpfsStore),
}

impl AnyStore {
	/// Reads a store's description: `ipfs://<multiaddr>[,<multiaddr>…]` (the nodes' peer-to-peer
	/// addresses, each ending in `/p2p/<peer id>`), `ws://…` or `wss://…` (node URLs, comma
	/// separated), or a local directory's path.
	pub fn parse(text: &str) -> Result<Self, String> {
		if let Some(peers) = text.strip_prefix("ipfs://") {
			let peers = peers
				.split(',')
				.map(|peer| peer.parse::<Multiaddr>().map_err(|e| format!("{peer}: {e}")))
				.collect::<Result<Vec<_>, _>>()?;
			return IpfsStore::new(peers).map(AnyStore::Ipfs);
		}
		if text.starts_with("ws://") || text.starts_with("wss://") {
			return Ok(AnyStore::Node(NodeStore::new(text.split(',').map(String::from).collect())));
		}
		LocalDirStore::open(text)
			.map(AnyStore::Local)
			.map_err(|e| format!("cannot open the blob store {text}: {e}"))
	}
}

impl EnvelopeSource for AnyStore {
	async fn fetch(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		match self {
			AnyStore::Local(store) => store.fetch(hash).await,
			AnyStore::Node(store) => store.fetch(hash).await,
			AnyStore::Ipfs(store) => store.fetch(hash).await,
		}
	}
}

#[cfg(test)]
mod tests;
