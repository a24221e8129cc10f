//! The node's own intrusion detection: BIoTIDS' detector, run on the request
//! times of the node's JSON-RPC clients.
//!
//! The chain judges devices by the transactions that reach blocks (`pallet-intrusion-detection`).
//! A node sees more: every request of every client, including those that never become a
//! transaction (queries, and, per connection, submissions the pool refuses). Here the node times
//!
//! - each **connection** (a WebSocket client: polkadot.js, subxt, a device gateway; over plain
//!   HTTP every request is its own connection, so HTTP clients are judged only by signer): every
//!   request counts, and
//! - each **signing account**, for extrinsics submitted through `author_submitExtrinsic`,
//!   `author_submitAndWatchExtrinsic`, `transactionWatch_v1_submitAndWatch` and
//!   `transaction_v1_broadcast`: a submission counts against the account it names only once the
//!   node's transaction pool has imported it, which it does only after the runtime verified the
//!   signature (and the fees). A submission naming an account it was not signed by never counts
//!   against that account, only against the connection that sent it: a stranger cannot get a
//!   device throttled or reported by forging its address. At submission the node only checks
//!   whether the named account is already throttled, and times the submission;
//!
//! with [`carechain_primitives::intrusion::Detector`], the very function the runtime runs, with
//! parameters from the command line ([`crate::cli::IntrusionDetectionParams`]). A client whose window average
//! falls below its threshold is flagged for `--intrusion-detection-throttle-secs`: in `throttle` mode (the
//! default) the node refuses its requests for that long with JSON-RPC error [`THROTTLED`], then
//! learns its baseline afresh. Flagging is local: it protects this node, and nothing else.
//!
//! When the node's keystore holds a monitor key ([`MONITOR_KEY_TYPE`]) whose account the chain
//! accepts as a monitor, the node also reports the intervals it measured for registered devices to
//! the chain in signed `intrusionDetection.report` transactions ([`report`]), where every node's
//! observations meet in one detector per device and quarantine is enforced by every pool.
//!
//! Prometheus: `carechain_intrusion_detection_flagged_clients{kind}`, `carechain_intrusion_detection_refused_requests_total{kind}`,
//! `carechain_intrusion_detection_requests_per_minute{account}` (per tracked account, from its latest window),
//! `carechain_intrusion_detection_observations_reported_total`.

pub mod gossip;
pub mod node_report;
pub mod peer;
pub mod report;
pub mod requests;
pub mod rpc;

use std::{
	collections::{HashMap, VecDeque},
	sync::Mutex,
	time::{Duration, Instant},
};

pub use carechain_primitives::intrusion::MONITOR_KEY_TYPE;
use carechain_primitives::intrusion::{Detector, DetectorParams, DetectorStatus, Verdict};
use carechain_runtime::AccountId;
use sp_core::crypto::Ss58Codec;
use substrate_prometheus_endpoint::{
	register, Counter, CounterVec, GaugeVec, Opts, PrometheusError, Registry, U64,
};

use crate::cli::{IntrusionDetectionMode, IntrusionDetectionParams};

/// The JSON-RPC error code of a request refused because its client is flagged.
pub const THROTTLED: i32 = -32_090;

/// How many observations wait for a report at most; older ones are dropped first.
const MAX_PENDING_OBSERVATIONS: usize = 4_096;

/// How many submissions wait for the pool's verdict at most; older ones are dropped first.
const MAX_PENDING_SUBMISSIONS: usize = 8_192;

/// How long a submission waits for the pool's verdict before it is forgotten (uncounted).
const SUBMISSION_PATIENCE: Duration = Duration::from_secs(60);

/// The window a peer's gossip is counted over.
const PEER_WINDOW: Duration = Duration::from_secs(10);

/// The node's intrusion-detection settings.
#[derive(Clone, Debug)]
pub struct Settings {
	/// Off, observe or throttle.
	pub mode: IntrusionDetectionMode,
	/// The detector's N, window, threshold and floor (the floor is `--intrusion-detection-min-interval-ms`).
	pub params: DetectorParams,
	/// The minimum interval: no baseline is shorter (a client whose first window is faster is
	/// flagged), and a window is flagged only if its average is below it (a client's burst at
	/// startup makes a baseline of a millisecond or two, which ordinary later bursts would
	/// undercut).
	pub min_interval: Duration,
	/// How long a flagged client stays flagged (and, when throttling, refused).
	pub flag_period: Duration,
	/// How often a monitor node reports.
	pub report_interval: Duration,
	/// How many clients are tracked at once.
	pub max_clients: usize,
	/// What the node's peers may gossip ([`peer`]).
	pub peer_limits: peer::PeerLimits,
}

impl From<&IntrusionDetectionParams> for Settings {
	fn from(params: &IntrusionDetectionParams) -> Self {
		Settings {
			mode: params.intrusion_detection_mode,
			params: DetectorParams {
				baseline_intervals: params.intrusion_detection_baseline,
				window_intervals: params.intrusion_detection_window,
				threshold_percent: params.intrusion_detection_threshold_percent,
				floor_ms: u32::try_from(params.intrusion_detection_min_interval_ms)
					.unwrap_or(u32::MAX)
					.max(1),
				// A connection's traffic pauses as a matter of course (a library's requests
				// for one user action, then nothing): its first baseline keeps every interval,
				// the paper's rule. The chain leaves a device's one pause out.
				pause_factor: 0,
			},
			min_interval: Duration::from_millis(params.intrusion_detection_min_interval_ms),
			flag_period: Duration::from_secs(params.intrusion_detection_throttle_secs),
			report_interval: Duration::from_secs(params.intrusion_detection_report_interval_secs),
			max_clients: usize::try_from(params.intrusion_detection_max_clients)
				.unwrap_or(usize::MAX),
			peer_limits: peer::PeerLimits {
				window: PEER_WINDOW,
				max_transactions: params.intrusion_detection_peer_max_transactions,
				max_invalid: params.intrusion_detection_peer_max_invalid,
				max_requests: params.intrusion_detection_peer_max_requests,
				ban: Duration::from_secs(params.intrusion_detection_throttle_secs),
			},
		}
	}
}

/// A client the node judges.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Client {
	/// A JSON-RPC connection, by the server's connection id.
	Connection(usize),
	/// The signer of submitted extrinsics.
	Account(AccountId),
}

impl Client {
	fn kind(&self) -> &'static str {
		match self {
			Client::Connection(_) => "connection",
			Client::Account(_) => "account",
		}
	}
}

impl std::fmt::Display for Client {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Client::Connection(id) => write!(f, "connection {id}"),
			Client::Account(account) => write!(f, "account {}", account.to_ss58check()),
		}
	}
}

/// What to do with a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
	/// Serve it.
	Serve,
	/// Refuse it: the client is throttled for this much longer.
	Refuse(Duration),
}

struct Tracked {
	detector: Detector,
	last: Instant,
	flagged_until: Option<Instant>,
}

#[derive(Default)]
struct State {
	clients: HashMap<Client, Tracked>,
	pending: VecDeque<(AccountId, u32)>,
	/// Submissions waiting for the pool: by extrinsic hash, the account they name, when they
	/// were sent and when they arrived.
	submissions: HashMap<[u8; 32], (AccountId, Instant, Instant)>,
	/// The same hashes, oldest first, to bound and expire them.
	submission_order: VecDeque<[u8; 32]>,
}

/// The node's detector over all its clients, shared by the RPC server and the reporter.
pub struct Guard {
	settings: Settings,
	state: Mutex<State>,
	metrics: Option<Metrics>,
}

impl Guard {
	/// A guard with `settings`, exporting its metrics to `registry` if given.
	pub fn new(settings: Settings, registry: Option<&Registry>) -> Result<Self, PrometheusError> {
		let metrics = registry.map(Metrics::register).transpose()?;
		Ok(Guard { settings, state: Mutex::new(State::default()), metrics })
	}

	/// The settings.
	pub fn settings(&self) -> &Settings {
		&self.settings
	}

	fn state(&self) -> std::sync::MutexGuard<'_, State> {
		// The state stays consistent between statements, so a panic elsewhere cannot leave it
		// half-written: keep going with it.
		self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// Counts a request of `client` at `now` and decides whether to serve it.
	pub fn request(&self, client: Client, now: Instant) -> Decision {
		self.request_at(client, now, now)
	}

	/// Counts a request of `client` sent at `at` (no later than `now`: a reading's own time, for
	/// a device's anchor) and decides at `now` whether to serve it. A request sent before the
	/// client's previous one counts as an interval of 0.
	pub fn request_at(&self, client: Client, at: Instant, now: Instant) -> Decision {
		if self.settings.mode == IntrusionDetectionMode::Off {
			return Decision::Serve;
		}
		let mut state = self.state();
		let is_new = !state.clients.contains_key(&client);
		if is_new && state.clients.len() >= self.settings.max_clients {
			self.evict_one(&mut state, now);
		}
		let tracked = state.clients.entry(client.clone()).or_insert_with(|| Tracked {
			detector: Detector::default(),
			last: at,
			flagged_until: None,
		});
		let interval = at.saturating_duration_since(tracked.last);
		tracked.last = tracked.last.max(at);

		if let Some(until) = tracked.flagged_until {
			if now < until {
				return self.flagged_decision(&client, until - now);
			}
			// The flag ran out: learn afresh.
			tracked.flagged_until = None;
			tracked.detector = Detector::default();
			if let Some(metrics) = &self.metrics {
				metrics.flagged.with_label_values(&[client.kind()]).dec();
			}
			return Decision::Serve;
		}
		if is_new {
			// A first request has no interval yet.
			return Decision::Serve;
		}

		let interval_ms = u32::try_from(interval.as_millis()).unwrap_or(u32::MAX);
		let verdict = match tracked.detector.observe(interval_ms, &self.settings.params) {
			Verdict::Intrusion { average, .. }
				if u128::from(average) >= self.settings.min_interval.as_micros() =>
			{
				// Faster than its baseline, but not a flood by the node's absolute measure.
				tracked.detector.status = DetectorStatus::Normal;
				Verdict::Normal { average }
			},
			verdict => verdict,
		};
		let mut flagged = None;
		match verdict {
			Verdict::Intrusion { average, threshold } => {
				log::warn!(
					target: "carechain-intrusion-detection",
					"🚨 {client} flagged: its last {} requests came every {:.1} ms on average, \
					 below its threshold of {:.1} ms; {} for {} s",
					self.settings.params.window_intervals,
					average as f64 / 1000.0,
					threshold as f64 / 1000.0,
					if self.settings.mode == IntrusionDetectionMode::Throttle { "refused" } else { "observed" },
					self.settings.flag_period.as_secs(),
				);
				let until = now + self.settings.flag_period;
				tracked.flagged_until = Some(until);
				flagged = Some(until);
				if let Some(metrics) = &self.metrics {
					metrics.flagged.with_label_values(&[client.kind()]).inc();
				}
			},
			Verdict::BaselineLearned { baseline: average, .. } | Verdict::Normal { average } => {
				if let (Some(metrics), Client::Account(account)) = (&self.metrics, &client) {
					metrics
						.requests_per_minute
						.with_label_values(&[&account.to_ss58check()])
						.set(per_minute(average));
				}
			},
			Verdict::Pending => {},
		}
		if let Client::Account(account) = &client {
			if state.pending.len() >= MAX_PENDING_OBSERVATIONS {
				state.pending.pop_front();
			}
			state.pending.push_back((account.clone(), interval_ms));
		}
		drop(state);
		match flagged {
			Some(until) => self.flagged_decision(&client, until - now),
			None => Decision::Serve,
		}
	}

	/// Whether `client` is throttled at `now`, without counting a request: the check for the
	/// account a submission names, before the pool has verified that it signed it.
	pub fn check(&self, client: &Client, now: Instant) -> Decision {
		if self.settings.mode == IntrusionDetectionMode::Off {
			return Decision::Serve;
		}
		let until = self.state().clients.get(client).and_then(|tracked| tracked.flagged_until);
		match until {
			Some(until) if now < until => self.flagged_decision(client, until - now),
			_ => Decision::Serve,
		}
	}

	/// Remembers that a submission of the extrinsic `hash`, naming `signer` and sent at `at`,
	/// arrived at `now`: it counts against `signer` if the pool imports it ([`Guard::imported`]).
	pub fn submitted(&self, hash: [u8; 32], signer: AccountId, at: Instant, now: Instant) {
		if self.settings.mode == IntrusionDetectionMode::Off {
			return;
		}
		let mut state = self.state();
		while state.submission_order.len() >= MAX_PENDING_SUBMISSIONS
			|| state.submission_order.front().is_some_and(|oldest| {
				state.submissions.get(oldest).is_none_or(|(_, _, arrived)| {
					now.saturating_duration_since(*arrived) >= SUBMISSION_PATIENCE
				})
			}) {
			let Some(oldest) = state.submission_order.pop_front() else { break };
			state.submissions.remove(&oldest);
		}
		if state.submissions.insert(hash, (signer, at, now)).is_none() {
			state.submission_order.push_back(hash);
		}
	}

	/// The pool imported the extrinsic `hash` (so its signature verified): if it came through
	/// this node's JSON-RPC, its signer's request is counted, at the time it was sent.
	pub fn imported(&self, hash: [u8; 32], now: Instant) {
		let submission = self.state().submissions.remove(&hash);
		if let Some((signer, at, _)) = submission {
			// The extrinsic is in the pool already: the decision applies to the next ones.
			let _ = self.request_at(Client::Account(signer), at, now);
		}
	}

	fn flagged_decision(&self, client: &Client, remaining: Duration) -> Decision {
		if self.settings.mode != IntrusionDetectionMode::Throttle {
			return Decision::Serve;
		}
		if let Some(metrics) = &self.metrics {
			metrics.refused.with_label_values(&[client.kind()]).inc();
		}
		Decision::Refuse(remaining)
	}

	/// Forgets the least recently seen client that is not flagged (or, if all are, the least
	/// recently seen one).
	fn evict_one(&self, state: &mut State, now: Instant) {
		let victim = state
			.clients
			.iter()
			.min_by_key(|(_, tracked)| {
				(tracked.flagged_until.is_some_and(|u| u > now), tracked.last)
			})
			.map(|(client, _)| client.clone());
		if let Some(client) = victim {
			self.forget(state, &client, now);
		}
	}

	fn forget(&self, state: &mut State, client: &Client, now: Instant) {
		if let Some(tracked) = state.clients.remove(client) {
			if let Some(metrics) = &self.metrics {
				if tracked.flagged_until.is_some_and(|until| until > now) {
					metrics.flagged.with_label_values(&[client.kind()]).dec();
				}
				if let Client::Account(account) = client {
					let _ =
						metrics.requests_per_minute.remove_label_values(&[&account.to_ss58check()]);
				}
			}
		}
	}

	/// Forgets clients not seen for `idle` whose flag has run out; run now and then.
	pub fn prune(&self, idle: Duration, now: Instant) {
		let mut state = self.state();
		let stale: Vec<Client> = state
			.clients
			.iter()
			.filter(|(_, t)| {
				now.saturating_duration_since(t.last) >= idle
					&& t.flagged_until.is_none_or(|until| until <= now)
			})
			.map(|(client, _)| client.clone())
			.collect();
		for client in stale {
			self.forget(&mut state, &client, now);
		}
	}

	/// Takes the observations of accounts (account, interval in ms) measured since the last
	/// call, oldest first.
	pub fn take_observations(&self) -> Vec<(AccountId, u32)> {
		self.state().pending.drain(..).collect()
	}

	/// Puts back observations that could not be reported, ahead of newer ones (as many as fit).
	pub fn restore_observations(&self, observations: Vec<(AccountId, u32)>) {
		let mut state = self.state();
		for observation in observations.into_iter().rev() {
			if state.pending.len() >= MAX_PENDING_OBSERVATIONS {
				break;
			}
			state.pending.push_front(observation);
		}
	}

	/// Counts observations reported to the chain.
	pub fn note_reported(&self, count: usize) {
		if let Some(metrics) = &self.metrics {
			metrics.reported.inc_by(count as u64);
		}
	}

	/// How many clients are tracked.
	#[cfg(test)]
	pub fn tracked(&self) -> usize {
		self.state().clients.len()
	}
}

/// Requests per minute, from an average interval in µs.
fn per_minute(average_us: u64) -> u64 {
	60_000_000u64.checked_div(average_us).unwrap_or(60_000_000)
}

struct Metrics {
	flagged: GaugeVec<U64>,
	refused: CounterVec<U64>,
	requests_per_minute: GaugeVec<U64>,
	reported: Counter<U64>,
}

impl Metrics {
	fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		Ok(Metrics {
			flagged: register(
				GaugeVec::new(
					Opts::new(
						"carechain_intrusion_detection_flagged_clients",
						"JSON-RPC clients currently flagged by the node's intrusion detection",
					),
					&["kind"],
				)?,
				registry,
			)?,
			refused: register(
				CounterVec::new(
					Opts::new(
						"carechain_intrusion_detection_refused_requests_total",
						"JSON-RPC requests refused because their client was flagged",
					),
					&["kind"],
				)?,
				registry,
			)?,
			requests_per_minute: register(
				GaugeVec::new(
					Opts::new(
						"carechain_intrusion_detection_requests_per_minute",
						"Each tracked account's request rate over its latest complete window",
					),
					&["account"],
				)?,
				registry,
			)?,
			reported: register(
				Counter::new(
					"carechain_intrusion_detection_observations_reported_total",
					"Request intervals this node reported to the chain as a monitor",
				)?,
				registry,
			)?,
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn settings(mode: IntrusionDetectionMode) -> Settings {
		Settings {
			mode,
			params: DetectorParams {
				baseline_intervals: 4,
				window_intervals: 4,
				threshold_percent: 75,
				floor_ms: 20,
				pause_factor: 0,
			},
			min_interval: Duration::from_millis(20),
			flag_period: Duration::from_secs(10),
			report_interval: Duration::from_secs(6),
			max_clients: 3,
			peer_limits: crate::intrusion_detection::peer::PeerLimits {
				window: Duration::from_secs(10),
				max_transactions: 100,
				max_invalid: 5,
				max_requests: 50,
				ban: Duration::from_secs(60),
			},
		}
	}

	/// Sends requests of `client` every `every_ms`, `count` times from `start`, returning the
	/// decisions and the time after the last.
	fn send(
		guard: &Guard,
		client: &Client,
		start: Instant,
		every_ms: u64,
		count: usize,
	) -> (Vec<Decision>, Instant) {
		let mut now = start;
		let mut decisions = Vec::new();
		for _ in 0..count {
			decisions.push(guard.request(client.clone(), now));
			now += Duration::from_millis(every_ms);
		}
		(decisions, now)
	}

	#[test]
	fn a_steady_client_is_served_and_a_flood_is_refused_until_its_flag_runs_out() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Throttle), None).unwrap();
		let client = Client::Connection(7);
		// 5 requests = 4 intervals of 100 ms: the baseline; then 4 normal windows.
		let (decisions, now) = send(&guard, &client, Instant::now(), 100, 21);
		assert!(decisions.iter().all(|d| *d == Decision::Serve));
		// Requests 1 ms apart: the first window still holds the 100 ms gap before them (25.75 ms
		// on average: below the threshold, above the floor); the second is all flood. The request
		// that closes it is refused, and so is the next.
		let (decisions, now) = send(&guard, &client, now, 1, 8);
		assert_eq!(&decisions[..7], &[Decision::Serve; 7]);
		assert_eq!(decisions[7], Decision::Refuse(Duration::from_secs(10)));
		assert!(matches!(guard.request(client.clone(), now), Decision::Refuse(_)));
		// Another client is not affected.
		assert_eq!(guard.request(Client::Connection(8), now), Decision::Serve);
		// After the flag period it is served and learns afresh.
		let later = now + Duration::from_secs(10);
		assert_eq!(guard.request(client.clone(), later), Decision::Serve);
		let (decisions, _) = send(&guard, &client, later + Duration::from_millis(25), 25, 5);
		assert!(decisions.iter().all(|d| *d == Decision::Serve), "a new baseline at 25 ms");
	}

	#[test]
	fn a_client_whose_first_window_is_faster_than_the_floor_is_flagged_not_trusted() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Throttle), None).unwrap();
		// Requests 1 ms apart from the first: without the floor a 1 ms baseline, and a flood at
		// 1 ms forever after would never fall below it.
		let client = Client::Connection(3);
		let (decisions, _) = send(&guard, &client, Instant::now(), 1, 6);
		assert_eq!(&decisions[..4], &[Decision::Serve; 4]);
		assert_eq!(decisions[4], Decision::Refuse(Duration::from_secs(10)));
		// At the floor it is a baseline.
		let (decisions, _) = send(&guard, &Client::Connection(4), Instant::now(), 20, 30);
		assert!(decisions.iter().all(|d| *d == Decision::Serve));
	}

	#[test]
	fn a_window_at_ninety_percent_is_not_flagged() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Throttle), None).unwrap();
		let client = Client::Connection(1);
		let (_, now) = send(&guard, &client, Instant::now(), 100, 5);
		let (decisions, _) = send(&guard, &client, now, 90, 12);
		assert!(decisions.iter().all(|d| *d == Decision::Serve));
	}

	#[test]
	fn a_window_under_the_threshold_but_above_the_floor_is_not_flagged() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Throttle), None).unwrap();
		let client = Client::Connection(1);
		// A baseline of 100 ms, then windows at 30 ms: below 75 ms, above the 20 ms floor.
		let (_, now) = send(&guard, &client, Instant::now(), 100, 5);
		let (decisions, now) = send(&guard, &client, now, 30, 12);
		assert!(decisions.iter().all(|d| *d == Decision::Serve));
		// At 5 ms it is both.
		let (decisions, _) = send(&guard, &client, now, 5, 4);
		assert!(matches!(decisions[3], Decision::Refuse(_)));
	}

	#[test]
	fn observe_mode_flags_but_serves() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Observe), None).unwrap();
		let client = Client::Connection(1);
		let (_, now) = send(&guard, &client, Instant::now(), 100, 5);
		let (decisions, _) = send(&guard, &client, now, 1, 8);
		assert!(decisions.iter().all(|d| *d == Decision::Serve));
		let state = guard.state();
		assert!(state.clients[&client].flagged_until.is_some());
	}

	#[test]
	fn off_mode_tracks_nothing() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Off), None).unwrap();
		let (decisions, _) = send(&guard, &Client::Connection(1), Instant::now(), 1, 20);
		assert!(decisions.iter().all(|d| *d == Decision::Serve));
		assert_eq!(guard.tracked(), 0);
	}

	#[test]
	fn accounts_observations_wait_for_a_report_and_connections_do_not() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Throttle), None).unwrap();
		let account = Client::Account(AccountId::new([1; 32]));
		let start = Instant::now();
		send(&guard, &Client::Connection(1), start, 50, 3);
		send(&guard, &account, start, 250, 3);
		let observations = guard.take_observations();
		assert_eq!(
			observations,
			vec![(AccountId::new([1; 32]), 250), (AccountId::new([1; 32]), 250)]
		);
		assert!(guard.take_observations().is_empty());
		guard.restore_observations(observations.clone());
		assert_eq!(guard.take_observations(), observations);
	}

	#[test]
	fn tracked_clients_are_bounded_and_flagged_ones_kept_longest() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Throttle), None).unwrap();
		let start = Instant::now();
		// Client 1 floods from the start and is flagged.
		let (_, now) = send(&guard, &Client::Connection(1), start, 100, 5);
		let (_, now) = send(&guard, &Client::Connection(1), now, 1, 8);
		send(&guard, &Client::Connection(2), now, 1, 1);
		send(&guard, &Client::Connection(3), now + Duration::from_millis(1), 1, 1);
		send(&guard, &Client::Connection(4), now + Duration::from_millis(2), 1, 1);
		assert_eq!(guard.tracked(), 3);
		let state = guard.state();
		assert!(state.clients.contains_key(&Client::Connection(1)), "the flagged one stays");
		assert!(!state.clients.contains_key(&Client::Connection(2)), "the oldest other goes");
	}

	#[test]
	fn idle_clients_are_pruned() {
		let guard = Guard::new(settings(IntrusionDetectionMode::Throttle), None).unwrap();
		let start = Instant::now();
		send(&guard, &Client::Connection(1), start, 1, 1);
		send(&guard, &Client::Connection(2), start + Duration::from_secs(50), 1, 1);
		guard.prune(Duration::from_secs(30), start + Duration::from_secs(60));
		assert_eq!(guard.tracked(), 1);
	}

	#[test]
	fn rates_are_per_minute() {
		assert_eq!(per_minute(1_000_000), 60);
		assert_eq!(per_minute(250_000), 240);
		assert_eq!(per_minute(0), 60_000_000);
	}
}
