//! The node's intrusion detection on its peers' requests: the paper's removal of a flooding node,
//! for request floods.
//!
//! Besides gossip, a peer reaches a node through four request-response protocols: block requests
//! (sync), state requests (state sync), warp-sync proofs and light-client proofs. Each has a
//! handler in `sc-network-sync` or `sc-network-light` that reads its requests from a bounded
//! queue, and answers every one it can decode, from the node's database. Substrate's handlers
//! lower a peer's reputation only for a malformed request or, for blocks, one repeated; a peer
//! asking for ever different blocks, or states, is served as fast as it asks, at the cost of the
//! node's disk and of its honest peers, whose requests wait behind the flood's in the queue (and
//! are dropped when it is full).
//!
//! The node puts a [`RequestScreen`] between the network and each handler: the network delivers
//! the protocol's requests to the screen's queue, and the screen counts each against its peer in
//! the [`PeerGuard`] before passing it on. A peer that sends more requests in a window than
//! [`PeerLimits::max_requests`](super::peer::PeerLimits::max_requests) (all four protocols
//! together, `--intrusion-detection-peer-max-requests`) is **flooding**: in `throttle` mode it is
//! banned as a gossip flooder is ([`act_on_flood`]: the peer store's ban, which the network also
//! enforces on requests, and its sync substream, if it has one, closed), reported on chain if it
//! is a member node (`node_report.rs`), and its requests are dropped unanswered until its ban ends
//! (the request fails on its side; the screen does not touch its reputation again). A peer that
//! only makes requests keeps its connection, but nothing it asks is answered. In `observe`
//! mode it is logged and counted, and still served.
//!
//! An honest peer keeps one block request in flight at a time to a node, and a syncing one asks
//! for up to 64 blocks a request (its `--max-blocks-per-request`): even syncing as fast as it
//! imports, it sends a few hundred requests in ten seconds, which is what the default limit
//! (5,000) is far above. A peer syncing on a LAN with a much smaller `--max-blocks-per-request`
//! can pass it.
//!
//! What this does not do: weigh requests (one for a header and one for 64 full blocks count
//! alike; the handlers cap each response's size), or hold a peer that changes its key (a ban is
//! per peer id; a new key is a new peer, counted afresh).

use std::{
	sync::{Arc, OnceLock},
	time::Instant,
};

use carechain_runtime::opaque::Block;
use sc_network::{
	config::IncomingRequest,
	service::traits::{NetworkService, RequestResponseConfig as _},
	NetworkBackend, PeerId, ProtocolName,
};
use sc_service::SpawnTaskHandle;
use sp_runtime::traits::Block as BlockT;

use super::peer::{act_on_flood, PeerGuard, Sent};
use crate::admission::{light_client_may_ask, Admission, Standing};

type Hash = <Block as BlockT>::Hash;

/// The queue a handler reads when a protocol's configuration does not say (never, for Substrate's
/// four handlers, whose queues are bounded).
const DEFAULT_QUEUE: usize = 1_024;

/// A network backend whose request-response configurations hand the node the handler's queue.
pub trait RequestQueues: NetworkBackend<Block, Hash> {
	/// Where the network delivers `config`'s protocol's incoming requests.
	fn inbound_queue(
		config: &mut Self::RequestResponseProtocolConfig,
	) -> &mut Option<async_channel::Sender<IncomingRequest>>;
}

impl RequestQueues for sc_network::NetworkWorker<Block, Hash> {
	fn inbound_queue(
		config: &mut Self::RequestResponseProtocolConfig,
	) -> &mut Option<async_channel::Sender<IncomingRequest>> {
		&mut config.inbound_queue
	}
}

impl RequestQueues for sc_network::Litep2pNetworkBackend {
	fn inbound_queue(
		config: &mut Self::RequestResponseProtocolConfig,
	) -> &mut Option<async_channel::Sender<IncomingRequest>> {
		&mut config.inbound_queue
	}
}

/// The screen between the network and the node's request handlers.
pub struct RequestScreen {
	guard: Arc<PeerGuard>,
	/// Whose requests are answered at all (`crate::admission`).
	admission: Arc<Admission>,
	/// The network, once it is built (after the protocols it serves), and its block-announces
	/// protocol, which a banned peer is disconnected from.
	network: OnceLock<(Arc<dyn NetworkService>, ProtocolName)>,
}

impl RequestScreen {
	/// A screen answering the peers `admission` admits, counting their requests in `guard`.
	pub fn new(guard: Arc<PeerGuard>, admission: Arc<Admission>) -> Arc<Self> {
		Arc::new(RequestScreen { guard, admission, network: OnceLock::new() })
	}

	/// Puts the screen in front of the handler of `config`'s protocol: the network delivers to
	/// the screen's queue (of the handler's queue's size), and a task passes on what the screen
	/// admits. A configuration without a queue (a protocol the node only sends) is left alone.
	pub fn screen<N: RequestQueues>(
		self: &Arc<Self>,
		config: &mut N::RequestResponseProtocolConfig,
		spawn_handle: &SpawnTaskHandle,
	) {
		let protocol = config.protocol_name().clone();
		let Some(handler) = N::inbound_queue(config).take() else {
			return;
		};
		let (to_screen, from_network) =
			async_channel::bounded(handler.capacity().unwrap_or(DEFAULT_QUEUE).max(1));
		*N::inbound_queue(config) = Some(to_screen);
		spawn_handle.spawn(
			"carechain-request-screen",
			Some("networking"),
			forward(self.clone(), protocol, from_network, handler),
		);
	}

	/// Gives the screen the network, to ban flooding peers on; `sync_protocol` is its
	/// block-announces protocol. Until then a flood is found and its requests dropped, but the
	/// peer is not yet disconnected.
	pub fn attach(&self, network: Arc<dyn NetworkService>, sync_protocol: ProtocolName) {
		let _ = self.network.set((network, sync_protocol));
	}

	/// Counts a request from `peer` to `protocol` at `now` (`payload` its bytes), acting on a
	/// flood it makes: whether to serve it (no, while the peer is banned; not at all, uncounted, if
	/// it is neither a member node nor a light client holding a slot, or a light client asking
	/// what only a full node needs: `crate::admission`).
	pub fn admits(
		&self,
		peer: PeerId,
		protocol: &ProtocolName,
		payload: &[u8],
		now: Instant,
	) -> bool {
		match self.admission.standing(&peer) {
			Standing::Member => {},
			Standing::LightClient if light_client_may_ask(protocol, payload) => {},
			standing => {
				log::trace!(
					target: "intrusion-detection",
					"Peer {peer} ({standing:?}) is not answered on {protocol}"
				);
				return false;
			},
		}
		if let Some(flood) = self.guard.note(peer, Sent::Request, now) {
			log::debug!(
				target: "intrusion-detection",
				"Peer {peer}'s request to {protocol} passed its limit"
			);
			match self.network.get() {
				Some((network, sync_protocol)) => {
					act_on_flood(&**network, &self.guard, sync_protocol, peer, flood)
				},
				None => log::warn!(
					target: "intrusion-detection",
					"🚨 Peer {peer} is flooding the request protocols ({flood:?} in a window) \
					 before the network started"
				),
			}
		}
		!self.guard.is_banned(&peer, now)
	}
}

/// Counts every request `from_network` and passes those `screen` admits on to `handler`, if its
/// queue has room: a request the handler has no room for is dropped, as the network drops one
/// when the handler's own queue is full (so every request that arrives is counted, however slowly
/// the handler answers, and an honest one does not wait in two queues). A dropped request fails
/// on its peer's side.
async fn forward(
	screen: Arc<RequestScreen>,
	protocol: ProtocolName,
	from_network: async_channel::Receiver<IncomingRequest>,
	handler: async_channel::Sender<IncomingRequest>,
) {
	while let Ok(request) = from_network.recv().await {
		if !screen.admits(request.peer, &protocol, &request.payload, Instant::now()) {
			log::trace!(
				target: "intrusion-detection",
				"Dropped a request to {protocol} from peer {} (banned or not admitted)",
				request.peer
			);
			continue;
		}
		match handler.try_send(request) {
			Ok(()) => {},
			Err(async_channel::TrySendError::Full(request)) => log::debug!(
				target: "intrusion-detection",
				"The handler of {protocol} is busy: dropped a request from {}",
				request.peer
			),
			Err(async_channel::TrySendError::Closed(_)) => {
				log::debug!(target: "intrusion-detection", "The handler of {protocol} has stopped");
				return;
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use std::time::Duration;

	use futures::channel::oneshot;

	use super::*;
	use crate::{cli::IntrusionDetectionMode, intrusion_detection::peer::PeerLimits};

	const BLOCKS: &str = "/genesis/sync/2";

	fn screen(mode: IntrusionDetectionMode) -> Arc<RequestScreen> {
		screen_with(mode, Admission::new(None))
	}

	/// A screen allowing 50 requests in 10 s, answering as `admission` says.
	fn screen_with(mode: IntrusionDetectionMode, admission: Arc<Admission>) -> Arc<RequestScreen> {
		let limits = PeerLimits {
			window: Duration::from_secs(10),
			max_transactions: 100,
			max_invalid: 5,
			max_requests: 50,
			ban: Duration::from_secs(60),
		};
		RequestScreen::new(
			Arc::new(
				PeerGuard::new(mode, limits, None).expect("no registry, no metrics to register"),
			),
			admission,
		)
	}

	/// A request from `peer`, and what its sender learns of the answer.
	fn request(
		peer: PeerId,
	) -> (IncomingRequest, oneshot::Receiver<sc_network::config::OutgoingResponse>) {
		let (pending_response, answer) = oneshot::channel();
		(IncomingRequest { peer, payload: vec![1, 2, 3], pending_response }, answer)
	}

	/// Runs `requests` through a screen's forwarding task in `mode`: the peers of those the
	/// handler got, in order, and whether each dropped one's sender learned it failed.
	fn run(mode: IntrusionDetectionMode, requests: &[PeerId]) -> (Vec<PeerId>, Vec<PeerId>) {
		let screen = screen(mode);
		let (to_screen, from_network) = async_channel::bounded(requests.len().max(1));
		let (to_handler, handler) = async_channel::bounded(requests.len().max(1));
		let mut answers = Vec::new();
		for peer in requests {
			let (incoming, answer) = request(*peer);
			to_screen.try_send(incoming).expect("the queue has room for every request");
			answers.push((*peer, answer));
		}
		drop(to_screen);
		futures::executor::block_on(forward(screen, BLOCKS.into(), from_network, to_handler));
		// The handler holds the served requests' senders; a dropped one's has gone.
		let served = std::iter::from_fn(|| handler.try_recv().ok()).collect::<Vec<_>>();
		let failed = answers
			.into_iter()
			.filter_map(|(peer, mut answer)| answer.try_recv().is_err().then_some(peer))
			.collect();
		(served.into_iter().map(|request| request.peer).collect(), failed)
	}

	#[test]
	fn a_peer_over_its_request_limit_is_banned_and_no_longer_served_others_are() {
		let (flooder, honest) = (PeerId::random(), PeerId::random());
		let mut requests = vec![flooder; 80];
		requests.extend([honest; 10]);
		let (served, failed) = run(IntrusionDetectionMode::Throttle, &requests);
		// The flooder's first 50 are served, the 51st bans it, and the rest are dropped.
		assert_eq!(served.iter().filter(|peer| **peer == flooder).count(), 50);
		assert_eq!(served.iter().filter(|peer| **peer == honest).count(), 10);
		assert_eq!(failed, vec![flooder; 30]);
	}

	#[test]
	fn a_peer_within_its_limit_is_served_every_request() {
		let peer = PeerId::random();
		let (served, failed) = run(IntrusionDetectionMode::Throttle, &[peer; 50]);
		assert_eq!(served, vec![peer; 50]);
		assert!(failed.is_empty());
	}

	#[test]
	fn observe_mode_serves_a_flooding_peer_and_off_counts_nothing() {
		let peer = PeerId::random();
		for mode in [IntrusionDetectionMode::Observe, IntrusionDetectionMode::Off] {
			let (served, failed) = run(mode, &[peer; 80]);
			assert_eq!(served.len(), 80, "{mode:?}");
			assert!(failed.is_empty(), "{mode:?}");
		}
	}

	#[test]
	fn a_flood_is_counted_bans_and_is_reported_on_chain_once() {
		let screen = screen(IntrusionDetectionMode::Throttle);
		let peer = PeerId::random();
		let now = Instant::now();
		for _ in 0..50 {
			assert!(screen.admits(peer, &BLOCKS.into(), &[], now));
		}
		assert!(!screen.admits(peer, &BLOCKS.into(), &[], now));
		assert!(!screen.admits(peer, &"/genesis/state/2".into(), &[], now));
		assert!(screen.guard.is_banned(&peer, now));
		assert_eq!(screen.guard.take_to_report(), vec![peer]);
		// Served again when its ban ends, in a new window.
		let later = now + Duration::from_secs(61);
		assert!(!screen.guard.is_banned(&peer, later));
		assert!(screen.admits(peer, &BLOCKS.into(), &[], later));
	}

	#[test]
	fn a_peer_that_is_not_admitted_is_not_served_nor_counted() {
		let (member, stranger) = (PeerId::random(), PeerId::random());
		let screen =
			screen_with(IntrusionDetectionMode::Throttle, Admission::new(Some([member].into())));
		let now = Instant::now();
		for _ in 0..100 {
			assert!(!screen.admits(stranger, &"/genesis/sync/2".into(), &[], now));
		}
		assert!(screen.admits(member, &"/genesis/state/2".into(), &[], now));
		// Refused for not being a member, not banned for flooding: nothing to report.
		assert!(!screen.guard.is_banned(&stranger, now));
		assert!(screen.guard.take_to_report().is_empty());

		// A light client holding a slot: proofs and headers, not a whole state.
		let light = PeerId::random();
		screen.admission.set_light(light, true);
		assert!(screen.admits(light, &"/genesis/light/2".into(), &[], now));
		assert!(!screen.admits(light, &"/genesis/state/2".into(), &[], now));
		// Gone from its slot, it is a stranger again.
		screen.admission.set_light(light, false);
		assert!(!screen.admits(light, &"/genesis/light/2".into(), &[], now));
	}

	#[test]
	fn every_request_is_counted_even_while_the_handler_is_busy() {
		let screen = screen(IntrusionDetectionMode::Throttle);
		let peer = PeerId::random();
		let (to_screen, from_network) = async_channel::bounded(60);
		// A handler with room for one request, which it never takes.
		let (to_handler, handler) = async_channel::bounded(1);
		let mut answers = Vec::new();
		for _ in 0..60 {
			let (incoming, answer) = request(peer);
			to_screen.try_send(incoming).expect("room");
			answers.push(answer);
		}
		drop(to_screen);
		futures::executor::block_on(forward(
			screen.clone(),
			BLOCKS.into(),
			from_network,
			to_handler,
		));
		assert_eq!(handler.len(), 1);
		// The other 59 failed on the peer's side, and all 60 were counted: the peer is banned.
		assert_eq!(answers.iter_mut().filter_map(|answer| answer.try_recv().err()).count(), 59);
		assert!(screen.guard.is_banned(&peer, Instant::now()));
	}

	#[test]
	fn a_handler_that_stopped_ends_the_screen() {
		let screen = screen(IntrusionDetectionMode::Throttle);
		let (to_screen, from_network) = async_channel::bounded(4);
		let (to_handler, handler) = async_channel::bounded(4);
		drop(handler);
		to_screen.try_send(request(PeerId::random()).0).expect("room");
		// Returns although the network's side is still open, and closes the screen's queue.
		futures::executor::block_on(forward(screen, BLOCKS.into(), from_network, to_handler));
		assert!(to_screen.is_closed());
	}
}
