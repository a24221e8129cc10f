//! The node's intrusion detection on its peers: the paper's removal of a flooding node, on the
//! peer-to-peer layer.
//!
//! Transactions reach a node from its peers through Substrate's transactions protocol
//! (`sc-network-transactions`). Its handler reports every peer to the network's peer store for
//! each transaction it receives (`"Any transaction"`) and again for each one the pool refuses
//! (`"Bad transaction"`): a forged, malformed, stale or quarantined account's transaction. The node
//! gives that handler a [`GuardedNetwork`] in place of the network, which passes every report on
//! and also counts those two per peer in windows of [`PeerLimits::window`]. A peer that sends more
//! transactions in one window than [`PeerLimits::max_transactions`] (a gossip flood) or more
//! refused ones than [`PeerLimits::max_invalid`] (junk, or a quarantined device's transactions
//! relayed) is **flooding**: in `throttle` mode the node reports it to the peer store with a fatal
//! reputation change, which bans it and disconnects it from every protocol, and keeps it out of
//! its member peers for [`PeerLimits::ban`] (`--intrusion-detection-throttle-secs`; the peer
//! store lifts its own ban as the reputation decays, about a minute later; a peer that floods
//! again is banned again); in `observe` mode it only logs and counts it
//! (`carechain_intrusion_detection_flooding_peers_total{kind}`).
//!
//! A member node is a reserved peer, which the peer store's ban does not disconnect: the guard
//! also takes it out of the sync set's reserved peers and disconnects it from sync (the other
//! protocols follow sync), and the member-node list leaves it out while it is banned
//! (`member_nodes.rs`). That closes its substreams on either backend, provided nothing else
//! switches the sync set to reserved-only while members are connected: on litep2p (sc-network
//! 0.60's peerset) that marks every connected reserved peer closing without closing it, after
//! which it cannot be disconnected. So the member-node list switches the mode only when the chain
//! starts or stops listing members, and pallet-node-authorization's offchain worker, which would
//! do so (and put a banned member back) every block, gets this network, which ignores its
//! authorized peers.
//!
//! An honest peer gossips each transaction to a node once, and only what its own pool accepted,
//! which is what the node's pool accepts too (same runtime, same quarantine): refused ones are
//! races (a transaction whose block the node imported first) and rare.

use std::{
	collections::{HashMap, HashSet},
	pin::Pin,
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use futures::Stream;
use sc_network::{
	config::MultiaddrWithPeerId, service::traits::NetworkService, Event, Multiaddr,
	NetworkEventStream, NetworkPeers, NetworkStateInfo, ObservedRole, PeerId, ProtocolName,
	ReputationChange,
};
use substrate_prometheus_endpoint::{register, CounterVec, Opts, PrometheusError, Registry, U64};

use crate::cli::IntrusionDetectionMode;

/// The reason the transactions handler gives for the report it makes per transaction received
/// (`sc-network-transactions` 0.59.0, `rep::ANY_TRANSACTION`).
const RECEIVED: &str = "Any transaction";

/// The reason the transactions handler gives for the report it makes per transaction the pool
/// refused (`sc-network-transactions` 0.59.0, `rep::BAD_TRANSACTION`).
const REFUSED: &str = "Bad transaction";

/// The reputation change that bans a flooding peer.
pub const FLOODING: ReputationChange =
	ReputationChange::new_fatal("CareChain intrusion detection: flooding");

/// How many peers are counted at once (far above any node's connection slots).
const MAX_PEERS: usize = 4_096;

/// How many banned peers wait at most to be reported on chain (a node has far fewer members).
const MAX_TO_REPORT: usize = 256;

/// What a peer sent: a transaction or a refused one, as the transactions handler reports them,
/// or a request to one of the node's request-response protocols (`requests.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
	/// A transaction.
	Transaction,
	/// A transaction the pool refused.
	Refused,
	/// A request: for blocks, state, a warp proof or a light client's proof.
	Request,
}

impl Sent {
	/// What a reputation change made by the transactions handler says the peer sent, if it is
	/// one it makes per transaction.
	pub fn of(change: &ReputationChange) -> Option<Sent> {
		match change.reason {
			RECEIVED => Some(Sent::Transaction),
			REFUSED => Some(Sent::Refused),
			_ => None,
		}
	}
}

/// How a peer flooded: its count in the window where it passed its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flood {
	/// More transactions than [`PeerLimits::max_transactions`].
	Transactions(u32),
	/// More refused transactions than [`PeerLimits::max_invalid`].
	Refused(u32),
	/// More requests than [`PeerLimits::max_requests`].
	Requests(u32),
}

impl Flood {
	/// The metric's label.
	fn kind(&self) -> &'static str {
		match self {
			Flood::Transactions(_) => "transactions",
			Flood::Refused(_) => "refused",
			Flood::Requests(_) => "requests",
		}
	}

	/// What the peer flooded, for the log.
	fn layer(&self) -> &'static str {
		match self {
			Flood::Transactions(_) | Flood::Refused(_) => "the transactions protocol",
			Flood::Requests(_) => "the request protocols",
		}
	}
}

/// The limits a peer's gossip and requests are held to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerLimits {
	/// The window the counts are kept over.
	pub window: Duration,
	/// The most transactions a peer may send in a window.
	pub max_transactions: u32,
	/// The most transactions the pool refuses a peer may send in a window.
	pub max_invalid: u32,
	/// The most requests (block, state, warp and light-client requests together) a peer may send
	/// in a window.
	pub max_requests: u32,
	/// How long a flooding peer stays banned.
	pub ban: Duration,
}

struct Counts {
	since: Instant,
	received: u32,
	refused: u32,
	requests: u32,
	flooded: bool,
}

impl Counts {
	fn new(now: Instant) -> Self {
		Counts { since: now, received: 0, refused: 0, requests: 0, flooded: false }
	}
}

#[derive(Default)]
struct State {
	peers: HashMap<PeerId, Counts>,
	/// Banned peers, until when.
	banned: HashMap<PeerId, Instant>,
	/// Peers banned since the node-report task last looked, for the chain's governance.
	to_report: Vec<PeerId>,
}

/// The node's counts of its peers' gossip, shared by the transactions handler's network and the
/// member-node list.
pub struct PeerGuard {
	mode: IntrusionDetectionMode,
	limits: PeerLimits,
	state: Mutex<State>,
	metrics: Option<CounterVec<U64>>,
}

impl PeerGuard {
	/// A guard holding peers to `limits`, acting as `mode` says, exporting
	/// `carechain_intrusion_detection_flooding_peers_total{kind}` to `registry` if given.
	pub fn new(
		mode: IntrusionDetectionMode,
		limits: PeerLimits,
		registry: Option<&Registry>,
	) -> Result<Self, PrometheusError> {
		let metrics = registry
			.map(|registry| {
				register(
					CounterVec::new(
						Opts::new(
							"carechain_intrusion_detection_flooding_peers_total",
							"Peers found flooding the transactions or request protocols, by kind",
						),
						&["kind"],
					)?,
					registry,
				)
			})
			.transpose()?;
		Ok(PeerGuard { mode, limits, state: Mutex::new(State::default()), metrics })
	}

	/// Whether a flooding peer is banned (`throttle`) or only logged and reported (`observe`).
	pub fn bans(&self) -> bool {
		self.mode == IntrusionDetectionMode::Throttle
	}

	fn state(&self) -> std::sync::MutexGuard<'_, State> {
		// Every statement leaves the state consistent: keep going after a panic elsewhere.
		self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// Counts what `peer` sent at `now`; the flood, the first time its window passes a limit.
	/// A peer that cannot be counted (more than [`MAX_PEERS`] sent something in one window) is
	/// let through: refusing it instead would let a stranger with thousands of keys shut honest
	/// peers out; the handlers' bounded queues still hold such a crowd.
	pub fn note(&self, peer: PeerId, sent: Sent, now: Instant) -> Option<Flood> {
		if self.mode == IntrusionDetectionMode::Off {
			return None;
		}
		let window = self.limits.window;
		let mut state = self.state();
		if state.peers.len() >= MAX_PEERS && !state.peers.contains_key(&peer) {
			state.peers.retain(|_, counts| now.saturating_duration_since(counts.since) < window);
			if state.peers.len() >= MAX_PEERS {
				return None;
			}
		}
		let counts = state.peers.entry(peer).or_insert_with(|| Counts::new(now));
		if now.saturating_duration_since(counts.since) >= window {
			*counts = Counts::new(now);
		}
		match sent {
			Sent::Transaction => counts.received = counts.received.saturating_add(1),
			Sent::Refused => counts.refused = counts.refused.saturating_add(1),
			Sent::Request => counts.requests = counts.requests.saturating_add(1),
		}
		if counts.flooded {
			return None;
		}
		let flood = if counts.refused > self.limits.max_invalid {
			Flood::Refused(counts.refused)
		} else if counts.received > self.limits.max_transactions {
			Flood::Transactions(counts.received)
		} else if counts.requests > self.limits.max_requests {
			Flood::Requests(counts.requests)
		} else {
			return None;
		};
		counts.flooded = true;
		if self.bans() {
			let until = now + self.limits.ban;
			state.banned.retain(|_, until| *until > now);
			state.banned.insert(peer, until);
			if state.to_report.len() < MAX_TO_REPORT && !state.to_report.contains(&peer) {
				state.to_report.push(peer);
			}
		}
		if let Some(metrics) = &self.metrics {
			metrics.with_label_values(&[flood.kind()]).inc();
		}
		Some(flood)
	}

	/// The peers banned since the last call, to be reported on chain (`node_report`).
	pub fn take_to_report(&self) -> Vec<PeerId> {
		core::mem::take(&mut self.state().to_report)
	}

	/// Puts `peer` back to be reported on chain, after a report that could not be submitted.
	pub fn report_later(&self, peer: PeerId) {
		let mut state = self.state();
		if state.to_report.len() < MAX_TO_REPORT && !state.to_report.contains(&peer) {
			state.to_report.push(peer);
		}
	}

	/// Whether `peer` is banned at `now` (in `throttle` mode only): its requests are not served.
	pub fn is_banned(&self, peer: &PeerId, now: Instant) -> bool {
		self.bans() && self.state().banned.get(peer).is_some_and(|until| *until > now)
	}

	/// The peers banned at `now`: the node keeps them out of its reserved (member) peers.
	pub fn banned(&self, now: Instant) -> HashSet<PeerId> {
		let mut state = self.state();
		state.banned.retain(|_, until| *until > now);
		state.banned.keys().copied().collect()
	}
}

/// The network as the node's components other than the member-node list see it (the
/// transactions handler, the offchain workers): every call passes through but the authorized
/// peers, which only the member-node list sets, and a report the transactions handler makes per
/// transaction is also counted by the [`PeerGuard`], which bans a flooding peer.
#[derive(Clone)]
pub struct GuardedNetwork {
	inner: Arc<dyn NetworkService>,
	guard: Arc<PeerGuard>,
	sync_protocol: ProtocolName,
}

impl GuardedNetwork {
	/// `inner`, guarded by `guard`; `sync_protocol` is the block-announces protocol, which a
	/// banned peer is disconnected from (the others follow it).
	pub fn new(
		inner: Arc<dyn NetworkService>,
		guard: Arc<PeerGuard>,
		sync_protocol: ProtocolName,
	) -> Self {
		GuardedNetwork { inner, guard, sync_protocol }
	}
}

/// Reports `peer`'s gossip to `inner` and, if it is flooding, bans it there when `guard` bans,
/// and disconnects it from `sync_protocol`.
fn report_and_judge(
	inner: &dyn NetworkPeers,
	guard: &PeerGuard,
	sync_protocol: &ProtocolName,
	peer: PeerId,
	change: ReputationChange,
	now: Instant,
) {
	inner.report_peer(peer, change);
	if let Some(flood) = Sent::of(&change).and_then(|sent| guard.note(peer, sent, now)) {
		act_on_flood(inner, guard, sync_protocol, peer, flood);
	}
}

/// Bans `peer`, found flooding, if `guard` bans (else only logs it): the peer store bans it, and
/// it leaves the reserved peers and is disconnected from `sync_protocol`.
pub fn act_on_flood(
	inner: &dyn NetworkPeers,
	guard: &PeerGuard,
	sync_protocol: &ProtocolName,
	peer: PeerId,
	flood: Flood,
) {
	let layer = flood.layer();
	if guard.bans() {
		let what = match flood {
			Flood::Requests(_) => "banned: its requests go unanswered, its sync substream closed",
			Flood::Transactions(_) | Flood::Refused(_) => "banned and disconnected",
		};
		log::warn!(
			target: "intrusion-detection",
			"🚨 Peer {peer} is flooding {layer} ({flood:?} in a window): {what}"
		);
		// The peer store bans it and disconnects it, but not from a reserved set (member nodes
		// are reserved peers): it leaves the sync set's reserved peers and is disconnected from
		// sync here (the other protocols follow sync), and the member-node list keeps it out
		// while it is banned (`member_nodes.rs`).
		inner.report_peer(peer, FLOODING);
		inner.remove_reserved_peer(peer);
		inner.disconnect_peer(peer, sync_protocol.clone());
	} else {
		log::warn!(
			target: "intrusion-detection",
			"🚨 Peer {peer} is flooding {layer} ({flood:?} in a window) (observe mode: not banned)"
		);
	}
}

#[async_trait::async_trait]
impl NetworkPeers for GuardedNetwork {
	/// Ignored: the member-node list (`member_nodes.rs`) alone sets the authorized peers, less
	/// the banned ones. (pallet-node-authorization's offchain worker would otherwise put a banned
	/// member node back each block, and on litep2p its `set_authorized_only(true)` each block
	/// leaves every connected member node closing but open, so that none could be disconnected.)
	fn set_authorized_peers(&self, _peers: HashSet<PeerId>) {}

	/// Ignored, as [`Self::set_authorized_peers`].
	fn set_authorized_only(&self, _reserved_only: bool) {}

	fn add_known_address(&self, peer_id: PeerId, addr: Multiaddr) {
		self.inner.add_known_address(peer_id, addr)
	}

	fn report_peer(&self, peer_id: PeerId, cost_benefit: ReputationChange) {
		report_and_judge(
			&*self.inner,
			&self.guard,
			&self.sync_protocol,
			peer_id,
			cost_benefit,
			Instant::now(),
		)
	}

	fn peer_reputation(&self, peer_id: &PeerId) -> i32 {
		self.inner.peer_reputation(peer_id)
	}

	fn disconnect_peer(&self, peer_id: PeerId, protocol: ProtocolName) {
		self.inner.disconnect_peer(peer_id, protocol)
	}

	fn accept_unreserved_peers(&self) {
		self.inner.accept_unreserved_peers()
	}

	fn deny_unreserved_peers(&self) {
		self.inner.deny_unreserved_peers()
	}

	fn add_reserved_peer(&self, peer: MultiaddrWithPeerId) -> Result<(), String> {
		self.inner.add_reserved_peer(peer)
	}

	fn remove_reserved_peer(&self, peer_id: PeerId) {
		self.inner.remove_reserved_peer(peer_id)
	}

	fn set_reserved_peers(
		&self,
		protocol: ProtocolName,
		peers: HashSet<Multiaddr>,
	) -> Result<(), String> {
		self.inner.set_reserved_peers(protocol, peers)
	}

	fn add_peers_to_reserved_set(
		&self,
		protocol: ProtocolName,
		peers: HashSet<Multiaddr>,
	) -> Result<(), String> {
		self.inner.add_peers_to_reserved_set(protocol, peers)
	}

	fn remove_peers_from_reserved_set(
		&self,
		protocol: ProtocolName,
		peers: Vec<PeerId>,
	) -> Result<(), String> {
		self.inner.remove_peers_from_reserved_set(protocol, peers)
	}

	fn sync_num_connected(&self) -> usize {
		self.inner.sync_num_connected()
	}

	fn peer_role(&self, peer_id: PeerId, handshake: Vec<u8>) -> Option<ObservedRole> {
		self.inner.peer_role(peer_id, handshake)
	}

	async fn reserved_peers(&self) -> Result<Vec<PeerId>, ()> {
		self.inner.reserved_peers().await
	}
}

impl NetworkStateInfo for GuardedNetwork {
	fn external_addresses(&self) -> Vec<Multiaddr> {
		self.inner.external_addresses()
	}

	fn listen_addresses(&self) -> Vec<Multiaddr> {
		self.inner.listen_addresses()
	}

	fn local_peer_id(&self) -> PeerId {
		self.inner.local_peer_id()
	}
}

impl NetworkEventStream for GuardedNetwork {
	fn event_stream(&self, name: &'static str) -> Pin<Box<dyn Stream<Item = Event> + Send>> {
		self.inner.event_stream(name)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn limits() -> PeerLimits {
		PeerLimits {
			window: Duration::from_secs(10),
			max_transactions: 100,
			max_invalid: 5,
			max_requests: 50,
			ban: Duration::from_secs(60),
		}
	}

	fn guard(mode: IntrusionDetectionMode) -> PeerGuard {
		PeerGuard::new(mode, limits(), None).expect("no registry, no metrics to register")
	}

	/// The network's side of the reports: what the peer store was told.
	#[derive(Default)]
	struct PeerStore {
		reports: Mutex<Vec<(PeerId, ReputationChange)>>,
		/// Peers taken out of the reserved set.
		removed: Mutex<Vec<PeerId>>,
		/// Peers disconnected, from which protocol.
		disconnected: Mutex<Vec<(PeerId, ProtocolName)>>,
	}

	impl PeerStore {
		fn report(&self, peer: PeerId, change: ReputationChange) {
			self.reports.lock().expect("the test holds no other lock").push((peer, change));
		}

		fn bans_of(&self, peer: PeerId) -> usize {
			self.reports
				.lock()
				.expect("the test holds no other lock")
				.iter()
				.filter(|(who, change)| *who == peer && *change == FLOODING)
				.count()
		}

		fn reports_of(&self, peer: PeerId) -> usize {
			self.reports
				.lock()
				.expect("the test holds no other lock")
				.iter()
				.filter(|(who, _)| *who == peer)
				.count()
		}
	}

	const SYNC: &str = "/genesis/block-announces/1";

	/// The handler's reports, as `sc-network-transactions` makes them.
	const ANY_TRANSACTION: ReputationChange = ReputationChange::new(-(1 << 4), RECEIVED);
	const BAD_TRANSACTION: ReputationChange = ReputationChange::new(-(1 << 12), REFUSED);
	const GOOD_TRANSACTION: ReputationChange = ReputationChange::new(1 << 7, "Good transaction");

	/// What the guarded network does with the handler's report: passes it on, counts it, bans.
	fn gossip(
		store: &PeerStore,
		guard: &PeerGuard,
		peer: PeerId,
		change: ReputationChange,
		now: Instant,
	) {
		struct Inner<'a>(&'a PeerStore);
		// Only `report_peer` is reached by `report_and_judge`.
		#[async_trait::async_trait]
		impl NetworkPeers for Inner<'_> {
			fn set_authorized_peers(&self, _: HashSet<PeerId>) {}
			fn set_authorized_only(&self, _: bool) {}
			fn add_known_address(&self, _: PeerId, _: Multiaddr) {}
			fn report_peer(&self, peer_id: PeerId, change: ReputationChange) {
				self.0.report(peer_id, change)
			}
			fn peer_reputation(&self, _: &PeerId) -> i32 {
				0
			}
			fn disconnect_peer(&self, peer_id: PeerId, protocol: ProtocolName) {
				self.0
					.disconnected
					.lock()
					.expect("the test holds no other lock")
					.push((peer_id, protocol))
			}
			fn accept_unreserved_peers(&self) {}
			fn deny_unreserved_peers(&self) {}
			fn add_reserved_peer(&self, _: MultiaddrWithPeerId) -> Result<(), String> {
				Ok(())
			}
			fn remove_reserved_peer(&self, peer_id: PeerId) {
				self.0.removed.lock().expect("the test holds no other lock").push(peer_id)
			}
			fn set_reserved_peers(
				&self,
				_: ProtocolName,
				_: HashSet<Multiaddr>,
			) -> Result<(), String> {
				Ok(())
			}
			fn add_peers_to_reserved_set(
				&self,
				_: ProtocolName,
				_: HashSet<Multiaddr>,
			) -> Result<(), String> {
				Ok(())
			}
			fn remove_peers_from_reserved_set(
				&self,
				_: ProtocolName,
				_: Vec<PeerId>,
			) -> Result<(), String> {
				Ok(())
			}
			fn sync_num_connected(&self) -> usize {
				0
			}
			fn peer_role(&self, _: PeerId, _: Vec<u8>) -> Option<ObservedRole> {
				None
			}
			async fn reserved_peers(&self) -> Result<Vec<PeerId>, ()> {
				Ok(Vec::new())
			}
		}
		report_and_judge(&Inner(store), guard, &SYNC.into(), peer, change, now)
	}

	#[test]
	fn a_peer_gossiping_junk_is_banned_for_its_period_and_disconnected() {
		let (store, guard) = (PeerStore::default(), guard(IntrusionDetectionMode::Throttle));
		let (flooder, honest) = (PeerId::random(), PeerId::random());
		let start = Instant::now();
		for i in 0..20u64 {
			let now = start + Duration::from_millis(i);
			gossip(&store, &guard, flooder, ANY_TRANSACTION, now);
			gossip(&store, &guard, flooder, BAD_TRANSACTION, now);
			gossip(&store, &guard, honest, ANY_TRANSACTION, now);
			gossip(&store, &guard, honest, GOOD_TRANSACTION, now);
		}
		// Banned once, on the sixth refused transaction; every report still reached the store.
		assert_eq!(store.bans_of(flooder), 1);
		assert_eq!(store.reports_of(flooder), 41);
		assert_eq!(store.bans_of(honest), 0);
		assert_eq!(*store.removed.lock().expect("no other lock"), vec![flooder]);
		assert_eq!(
			*store.disconnected.lock().expect("no other lock"),
			vec![(flooder, ProtocolName::from(SYNC))]
		);
		// To be reported on chain, once.
		assert_eq!(guard.take_to_report(), vec![flooder]);
		assert!(guard.take_to_report().is_empty());
		// Unless its report could not be submitted.
		guard.report_later(flooder);
		guard.report_later(flooder);
		assert_eq!(guard.take_to_report(), vec![flooder]);
		// Banned for its period, then let back in.
		assert_eq!(guard.banned(start + Duration::from_secs(59)), HashSet::from([flooder]));
		assert!(guard.banned(start + Duration::from_secs(61)).is_empty());
	}

	#[test]
	fn a_peer_over_its_transaction_limit_is_banned_one_within_it_is_not() {
		let (store, guard) = (PeerStore::default(), guard(IntrusionDetectionMode::Throttle));
		let (flooder, busy) = (PeerId::random(), PeerId::random());
		let start = Instant::now();
		for _ in 0..100 {
			gossip(&store, &guard, busy, ANY_TRANSACTION, start);
			gossip(&store, &guard, flooder, ANY_TRANSACTION, start);
		}
		assert_eq!(store.bans_of(flooder), 0);
		assert_eq!(guard.note(flooder, Sent::Transaction, start), Some(Flood::Transactions(101)));
		// The busy peer's next window starts afresh.
		let later = start + limits().window;
		gossip(&store, &guard, busy, ANY_TRANSACTION, later);
		assert_eq!(store.bans_of(busy), 0);
		assert_eq!(guard.banned(later), HashSet::from([flooder]));
	}

	#[test]
	fn a_peer_that_floods_again_after_its_window_is_banned_again() {
		let (store, guard) = (PeerStore::default(), guard(IntrusionDetectionMode::Throttle));
		let peer = PeerId::random();
		let start = Instant::now();
		for window in 0..3u32 {
			let now = start + limits().window * window;
			for _ in 0..=limits().max_invalid {
				gossip(&store, &guard, peer, BAD_TRANSACTION, now);
			}
		}
		assert_eq!(store.bans_of(peer), 3);
		assert_eq!(guard.banned(start + limits().window * 2), HashSet::from([peer]));
		// Waiting to be reported once, however often it was banned.
		assert_eq!(guard.take_to_report(), vec![peer]);
	}

	#[test]
	fn observe_mode_finds_the_flood_but_bans_nobody_and_off_counts_nothing() {
		let (store, observer) = (PeerStore::default(), guard(IntrusionDetectionMode::Observe));
		let off = guard(IntrusionDetectionMode::Off);
		let peer = PeerId::random();
		let now = Instant::now();
		for _ in 0..limits().max_invalid {
			assert_eq!(observer.note(peer, Sent::Refused, now), None);
			assert_eq!(off.note(peer, Sent::Refused, now), None);
		}
		assert_eq!(observer.note(peer, Sent::Refused, now), Some(Flood::Refused(6)));
		assert_eq!(off.note(peer, Sent::Refused, now), None);
		gossip(&store, &observer, peer, BAD_TRANSACTION, now);
		assert_eq!(store.bans_of(peer), 0);
		assert!(store.removed.lock().expect("no other lock").is_empty());
		assert!(store.disconnected.lock().expect("no other lock").is_empty());
		assert!(observer.banned(now).is_empty());
		assert!(off.banned(now).is_empty());
		// Nothing is reported on chain of a peer not banned.
		assert!(observer.take_to_report().is_empty());
	}

	#[test]
	fn only_the_handlers_per_transaction_reports_count() {
		assert_eq!(Sent::of(&ANY_TRANSACTION), Some(Sent::Transaction));
		assert_eq!(Sent::of(&BAD_TRANSACTION), Some(Sent::Refused));
		for reason in ["Good transaction", "Any transaction (refund)", "Same block request"] {
			assert_eq!(Sent::of(&ReputationChange::new(-(1 << 12), reason)), None);
		}
		// A good transaction's report, however many, never makes a flood.
		let (store, guard) = (PeerStore::default(), guard(IntrusionDetectionMode::Throttle));
		let peer = PeerId::random();
		for _ in 0..1_000 {
			gossip(&store, &guard, peer, GOOD_TRANSACTION, Instant::now());
		}
		assert_eq!(store.bans_of(peer), 0);
		assert!(guard.banned(Instant::now()).is_empty());
	}
}
