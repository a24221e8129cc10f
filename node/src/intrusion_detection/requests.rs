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
//! Before counting, the screen asks the admission (`crate::admission`) whether the peer is
//! answered at all. A peer it does not know yet may be a light client whose first request came
//! before the node saw it take its slot (the two arrive by different paths): its requests are
//! held, uncounted, for [`GRACE`] from its first refusal and served as soon as it is known, and
//! dropped if it never is. Past its grace a stranger's requests are dropped at once; what is held
//! is bounded ([`HELD`] requests a protocol, [`HELD_A_PEER`] a peer, of [`HELD_BYTES`] at most,
//! [`REMEMBERED`] peers).
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
	collections::HashMap,
	sync::{Arc, Mutex, OnceLock},
	time::{Duration, Instant},
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

/// How long the node holds the requests of a peer it does not know yet, from its first refused
/// request, before it drops them: a light client's `PeerConnected` reaches the admission through
/// the syncing engine and a task of its own, while the client's first request, sent as soon as
/// its block-announces substream is open, comes through the network; the request can arrive
/// first. Held, it is served as soon as the slot is seen. A stranger's requests are held for
/// this long once, then dropped at once.
const GRACE: Duration = Duration::from_secs(2);

/// How often a held request's peer is looked up again.
const RECHECK: Duration = Duration::from_millis(50);

/// The requests held at once, per protocol: beyond, a request from an unknown peer is dropped at
/// once. Bounds what strangers can make the node keep.
const HELD: usize = 64;

/// The requests of one peer held, at most, over its grace: a light client racing its slot sends
/// one or two; a stranger cannot fill the [`HELD`] places with one key.
const HELD_A_PEER: u32 = 4;

/// The queue from the screen to the task that holds requests (which takes them from it at once,
/// up to [`HELD`]).
const HOLD_QUEUE: usize = 8;

/// The longest request held: a light client's are a few hundred bytes (a block request, a proof's
/// keys); the protocols take up to a mebibyte, which the node does not keep for an unknown peer.
const HELD_BYTES: usize = 4_096;

/// The peers whose first refusal the screen remembers (to end their grace): beyond, a new
/// stranger is not held at all. Bounds the memory a stranger changing keys can take.
const REMEMBERED: usize = 1_024;

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
	/// When each peer the node did not know was first refused: its requests are held until
	/// [`GRACE`] after, then dropped at once. Forgotten once it is admitted.
	/// With how many of its requests were held.
	first_refused: Mutex<HashMap<PeerId, (Instant, u32)>>,
}

/// What the screen does with a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
	/// Pass it on to the handler.
	Serve,
	/// Drop it: its peer is banned, asks what its standing does not allow, or is unknown past its
	/// grace.
	Drop,
	/// Its peer is not known yet: hold it until the given time, in case it is about to be.
	Hold(Instant),
}

impl RequestScreen {
	/// A screen answering the peers `admission` admits, counting their requests in `guard`.
	pub fn new(guard: Arc<PeerGuard>, admission: Arc<Admission>) -> Arc<Self> {
		Arc::new(RequestScreen {
			guard,
			admission,
			network: OnceLock::new(),
			first_refused: Mutex::default(),
		})
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
		let (to_hold, held) = async_channel::bounded(HOLD_QUEUE);
		spawn_handle.spawn(
			"carechain-request-hold",
			Some("networking"),
			hold(self.clone(), protocol.clone(), held, handler.clone()),
		);
		spawn_handle.spawn(
			"carechain-request-screen",
			Some("networking"),
			forward(self.clone(), protocol, from_network, handler, to_hold),
		);
	}

	/// Gives the screen the network, to ban flooding peers on; `sync_protocol` is its
	/// block-announces protocol. Until then a flood is found and its requests dropped, but the
	/// peer is not yet disconnected.
	pub fn attach(&self, network: Arc<dyn NetworkService>, sync_protocol: ProtocolName) {
		let _ = self.network.set((network, sync_protocol));
	}

	/// Counts a request from `peer` to `protocol` at `now` (`payload` its bytes), acting on a
	/// flood it makes: whether to serve it now (no, while the peer is banned; not at all, uncounted,
	/// if it is neither a member node nor a light client holding a slot, or a light client asking
	/// what only a full node needs: `crate::admission`).
	#[cfg(test)]
	pub fn admits(
		&self,
		peer: PeerId,
		protocol: &ProtocolName,
		payload: &[u8],
		now: Instant,
	) -> bool {
		self.judge(peer, protocol, payload, now) == Verdict::Serve
	}

	/// What to do with a request from `peer` to `protocol` at `now`: whether to serve it
	/// (counting it and acting on a flood, as above), and for a peer the node does not know,
	/// whether to hold the request (within its [`GRACE`]).
	fn judge(
		&self,
		peer: PeerId,
		protocol: &ProtocolName,
		payload: &[u8],
		now: Instant,
	) -> Verdict {
		match self.admission.standing(&peer) {
			Standing::Member => self.forget_refusal(&peer),
			Standing::LightClient if light_client_may_ask(protocol, payload) => {
				self.forget_refusal(&peer)
			},
			standing => {
				log::trace!(
					target: "intrusion-detection",
					"Peer {peer} ({standing:?}) is not answered on {protocol}"
				);
				return match standing {
					Standing::Refused if payload.len() <= HELD_BYTES => {
						self.hold_until(peer, now).map_or(Verdict::Drop, Verdict::Hold)
					},
					_ => Verdict::Drop,
				};
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
		if self.guard.is_banned(&peer, now) {
			Verdict::Drop
		} else {
			Verdict::Serve
		}
	}

	/// Until when a request of `peer`, not known at `now`, may be held: [`GRACE`] after its first
	/// refusal, if that is later than `now` and fewer than [`HELD_A_PEER`] of its requests were
	/// held; `None` otherwise, or when the screen remembers [`REMEMBERED`] peers within their
	/// grace already.
	fn hold_until(&self, peer: PeerId, now: Instant) -> Option<Instant> {
		let mut first_refused =
			self.first_refused.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		if !first_refused.contains_key(&peer) && first_refused.len() >= REMEMBERED {
			// Those past their grace are refused at once whether remembered or not.
			first_refused.retain(|_, (first, _)| now.saturating_duration_since(*first) < GRACE);
			if first_refused.len() >= REMEMBERED {
				return None;
			}
		}
		let (first, held) = first_refused.entry(peer).or_insert((now, 0));
		let until = first.checked_add(GRACE)?;
		if now >= until || *held >= HELD_A_PEER {
			return None;
		}
		*held += 1;
		Some(until)
	}

	/// `peer` is admitted: were it refused again later (gone from its slot, and back), it gets a
	/// grace again.
	fn forget_refusal(&self, peer: &PeerId) {
		let mut first_refused =
			self.first_refused.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		if !first_refused.is_empty() {
			first_refused.remove(peer);
		}
	}
}

/// Counts every request `from_network` and passes those `screen` admits on to `handler`, if its
/// queue has room: a request the handler has no room for is dropped, as the network drops one
/// when the handler's own queue is full (so every request that arrives is counted, however slowly
/// the handler answers, and an honest one does not wait in two queues). A dropped request fails
/// on its peer's side. A request from a peer the node does not know yet goes to `to_hold`
/// ([`hold`]), or is dropped if that is full.
async fn forward(
	screen: Arc<RequestScreen>,
	protocol: ProtocolName,
	from_network: async_channel::Receiver<IncomingRequest>,
	handler: async_channel::Sender<IncomingRequest>,
	to_hold: async_channel::Sender<(IncomingRequest, Instant)>,
) {
	while let Ok(request) = from_network.recv().await {
		match screen.judge(request.peer, &protocol, &request.payload, Instant::now()) {
			Verdict::Serve => {
				if !pass(&protocol, &handler, request) {
					return;
				}
			},
			Verdict::Hold(until) => match to_hold.try_send((request, until)) {
				Ok(()) => {},
				Err(async_channel::TrySendError::Full((request, _))) => log::trace!(
					target: "intrusion-detection",
					"Dropped a request to {protocol} from peer {}: too many held",
					request.peer
				),
				Err(async_channel::TrySendError::Closed((request, _))) => log::trace!(
					target: "intrusion-detection",
					"Dropped a request to {protocol} from peer {}: no longer holding",
					request.peer
				),
			},
			Verdict::Drop => log::trace!(
				target: "intrusion-detection",
				"Dropped a request to {protocol} from peer {} (banned or not admitted)",
				request.peer
			),
		}
	}
}

/// Serves the requests `held` as soon as their peers are admitted, rechecking all of them every
/// [`RECHECK`], and drops each one still refused when its time is up. Counted once, when served.
/// Keeps at most [`HELD`]; ends, dropping them, when the screen's forwarding does.
async fn hold(
	screen: Arc<RequestScreen>,
	protocol: ProtocolName,
	held: async_channel::Receiver<(IncomingRequest, Instant)>,
	handler: async_channel::Sender<IncomingRequest>,
) {
	let mut waiting: Vec<(IncomingRequest, Instant)> = Vec::new();
	let mut ticks = tokio::time::interval(RECHECK);
	ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	loop {
		tokio::select! {
			next = held.recv(), if waiting.len() < HELD => match next {
				Ok(request) => waiting.push(request),
				Err(_) => return,
			},
			_ = ticks.tick(), if !waiting.is_empty() => {
				let now = Instant::now();
				let mut still = Vec::with_capacity(waiting.len());
				for (request, until) in waiting.drain(..) {
					// Not judged again while unknown: its place among the held was taken once.
					if screen.admission.standing(&request.peer) == Standing::Refused {
						if now < until {
							still.push((request, until));
						} else {
							log::trace!(
								target: "intrusion-detection",
								"Dropped a held request to {protocol} from peer {}: not admitted",
								request.peer
							);
						}
						continue;
					}
					if screen.judge(request.peer, &protocol, &request.payload, now) == Verdict::Serve {
						log::debug!(
							target: "intrusion-detection",
							"Served a held request to {protocol} from peer {}",
							request.peer
						);
						if !pass(&protocol, &handler, request) {
							return;
						}
					}
				}
				waiting = still;
			},
		}
	}
}

/// Passes `request` on to `handler` if its queue has room (else drops it); `false` if the
/// handler has stopped.
fn pass(
	protocol: &ProtocolName,
	handler: &async_channel::Sender<IncomingRequest>,
	request: IncomingRequest,
) -> bool {
	match handler.try_send(request) {
		Ok(()) => true,
		Err(async_channel::TrySendError::Full(request)) => {
			log::debug!(
				target: "intrusion-detection",
				"The handler of {protocol} is busy: dropped a request from {}",
				request.peer
			);
			true
		},
		Err(async_channel::TrySendError::Closed(_)) => {
			log::debug!(target: "intrusion-detection", "The handler of {protocol} has stopped");
			false
		},
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
		let forwarded = forward_through(&screen(mode), requests);
		(forwarded.served, forwarded.failed)
	}

	/// What a screen's forwarding task did with some requests.
	struct Forwarded {
		/// The peers of those the handler got, in order.
		served: Vec<PeerId>,
		/// The peers of those dropped (whose senders learned they failed).
		failed: Vec<PeerId>,
		/// How many it queued to be held (no holding task takes them here).
		held: usize,
	}

	/// Runs a request of each of `requests`' peers through `screen`'s forwarding task.
	fn forward_through(screen: &Arc<RequestScreen>, requests: &[PeerId]) -> Forwarded {
		let (to_screen, from_network) = async_channel::bounded(requests.len().max(1));
		let (to_handler, handler) = async_channel::bounded(requests.len().max(1));
		let mut answers = Vec::new();
		for peer in requests {
			let (incoming, answer) = request(*peer);
			to_screen.try_send(incoming).expect("the queue has room for every request");
			answers.push((*peer, answer));
		}
		drop(to_screen);
		let (to_hold, held) = async_channel::bounded(HOLD_QUEUE);
		futures::executor::block_on(forward(
			screen.clone(),
			BLOCKS.into(),
			from_network,
			to_handler,
			to_hold,
		));
		// The handler holds the served requests' senders; a dropped one's has gone.
		let served = std::iter::from_fn(|| handler.try_recv().ok()).map(|request| request.peer);
		let failed = answers
			.into_iter()
			.filter_map(|(peer, mut answer)| answer.try_recv().is_err().then_some(peer))
			.collect();
		Forwarded { served: served.collect(), failed, held: held.len() }
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
		let (to_hold, _held) = async_channel::bounded(HELD);
		futures::executor::block_on(forward(
			screen.clone(),
			BLOCKS.into(),
			from_network,
			to_handler,
			to_hold,
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
		let (to_hold, _held) = async_channel::bounded(HELD);
		futures::executor::block_on(forward(
			screen,
			BLOCKS.into(),
			from_network,
			to_handler,
			to_hold,
		));
		assert!(to_screen.is_closed());
	}

	#[tokio::test]
	async fn a_light_client_asking_before_its_slot_is_seen_is_served_once_it_is() {
		let (member, light) = (PeerId::random(), PeerId::random());
		let screen =
			screen_with(IntrusionDetectionMode::Throttle, Admission::new(Some([member].into())));
		let (to_screen, from_network) = async_channel::bounded(4);
		let (to_handler, handler) = async_channel::bounded(4);
		let (to_hold, held) = async_channel::bounded(HOLD_QUEUE);
		// A light client's proof request.
		const LIGHT: &str = "/genesis/light/2";
		tokio::spawn(hold(screen.clone(), LIGHT.into(), held, to_handler.clone()));
		tokio::spawn(forward(screen.clone(), LIGHT.into(), from_network, to_handler, to_hold));

		// The request comes first; the slot is seen 200 ms later.
		let (incoming, _answer) = request(light);
		to_screen.try_send(incoming).expect("room");
		tokio::time::sleep(Duration::from_millis(200)).await;
		assert!(handler.is_empty(), "held, not served, while the peer is unknown");
		screen.admission.set_light(light, true);
		let served = tokio::time::timeout(GRACE, handler.recv())
			.await
			.expect("served within its grace")
			.expect("the handler's queue is open");
		assert_eq!(served.peer, light);
		assert!(
			screen.first_refused.lock().unwrap().is_empty(),
			"admitted, its refusal is forgotten"
		);
	}

	#[tokio::test]
	async fn a_stranger_is_held_for_its_grace_once_then_dropped_at_once_and_never_counted() {
		let screen = screen_with(
			IntrusionDetectionMode::Throttle,
			Admission::new(Some([PeerId::random()].into())),
		);
		let stranger = PeerId::random();
		let now = Instant::now();
		let until = now + GRACE;
		assert_eq!(screen.judge(stranger, &BLOCKS.into(), &[], now), Verdict::Hold(until));
		// Its grace runs from its first refusal, not from each request.
		let later = now + Duration::from_secs(1);
		assert_eq!(screen.judge(stranger, &BLOCKS.into(), &[], later), Verdict::Hold(until));
		for _ in 0..100 {
			assert_eq!(screen.judge(stranger, &BLOCKS.into(), &[], until), Verdict::Drop);
		}
		assert!(!screen.guard.is_banned(&stranger, until));
		assert!(screen.guard.take_to_report().is_empty());

		// Held by the task, its request is dropped (fails on its side) when its time is up, while
		// the task goes on.
		let (to_handler, handler) = async_channel::bounded(4);
		let (to_hold, held) = async_channel::bounded(HOLD_QUEUE);
		let task = tokio::spawn(hold(screen, BLOCKS.into(), held, to_handler));
		let (incoming, mut answer) = request(stranger);
		to_hold.try_send((incoming, Instant::now() + Duration::from_millis(200))).expect("room");
		tokio::time::sleep(Duration::from_millis(100)).await;
		assert!(matches!(answer.try_recv(), Ok(None)), "still held");
		tokio::time::sleep(Duration::from_millis(300)).await;
		assert!(answer.try_recv().is_err(), "the stranger learns its request failed");
		assert!(handler.is_empty());
		assert!(!task.is_finished());
		// The screen's forwarding ended: so does the task.
		drop(to_hold);
		tokio::time::timeout(Duration::from_secs(5), task)
			.await
			.expect("the task ends when its queue does")
			.expect("the task did not panic");
	}

	#[test]
	fn what_strangers_make_the_node_hold_is_bounded() {
		let screen = screen_with(
			IntrusionDetectionMode::Throttle,
			Admission::new(Some([PeerId::random()].into())),
		);
		// One peer's requests held over its grace, at most: the rest dropped, failing on its side.
		let stranger = PeerId::random();
		let forwarded = forward_through(&screen, &[stranger; 100]);
		assert!(forwarded.served.is_empty());
		assert_eq!(forwarded.held, HELD_A_PEER as usize);
		assert_eq!(forwarded.failed.len(), 100 - HELD_A_PEER as usize);
		// Many peers' requests: as many as the queue to the holding task takes.
		let strangers = (0..20).map(|_| PeerId::random()).collect::<Vec<_>>();
		let forwarded = forward_through(&screen, &strangers);
		assert!(forwarded.served.is_empty());
		assert_eq!((forwarded.held, forwarded.failed.len()), (HOLD_QUEUE, 20 - HOLD_QUEUE));
		screen.first_refused.lock().unwrap().retain(|peer, _| *peer == stranger);

		// A long request is not held, even within its peer's grace.
		let now = Instant::now();
		let long = vec![0; HELD_BYTES + 1];
		assert_eq!(screen.judge(PeerId::random(), &BLOCKS.into(), &long, now), Verdict::Drop);
		assert_eq!(screen.first_refused.lock().unwrap().len(), 1, "the stranger's only");

		// Peers remembered within their grace: a new one beyond is not held at all...
		for _ in 1..REMEMBERED {
			assert!(matches!(
				screen.judge(PeerId::random(), &BLOCKS.into(), &[], now),
				Verdict::Hold(_)
			));
		}
		assert_eq!(screen.judge(PeerId::random(), &BLOCKS.into(), &[], now), Verdict::Drop);
		assert_eq!(screen.first_refused.lock().unwrap().len(), REMEMBERED);
		// ...until their grace has passed, when they are forgotten for new ones.
		let later = now + GRACE;
		assert!(matches!(
			screen.judge(PeerId::random(), &BLOCKS.into(), &[], later),
			Verdict::Hold(_)
		));
		assert_eq!(screen.first_refused.lock().unwrap().len(), 1);
	}
}
