//! BIoTIDS, the blockchain intrusion detection system of "Improving security: blockchain based
//! IoT solutions for the healthcare" (the first of CareChain's two source papers), in integers so
//! that the runtime and the node run the very same function.
//!
//! Per node: the first `baseline_intervals` (10) request intervals give the baseline average
//! `l`; the threshold is `threshold_percent` (75 %) of `l`; each following window of
//! `window_intervals` (10) intervals is averaged, and a window average **strictly below** the
//! threshold flags the node (it requests much more often than its own baseline).
//!
//! Intervals come in whole milliseconds; averages, baselines and thresholds are kept in
//! microseconds, so the paper's averages (102.5 ms…) are exact.
//!
//! **The floor.** No baseline is ever below `floor_ms`, and no window average below it is ever
//! normal: the threshold is the larger of `threshold_percent` of the baseline and the floor. A
//! node whose first requests come faster than the floor (a burst right after registration, all in
//! one block) is flagged when its baseline closes, not trusted with a baseline of 0, which no
//! later window could fall below.
//!
//! **Pauses in the first baseline.** With `pause_factor` set, the first baseline leaves out its
//! two longest intervals when both are pauses, or its longest when that one is: longer than
//! `pause_factor` times the average of the rest, where the rest is no faster than the floor. An
//! outage while a device's baseline is learned (one gap of 20 s among 500 ms readings) would
//! otherwise lift the baseline so far above the device's usual rate that the rate, resumed, was
//! flagged at the next window. Two, because one outage can be counted twice (by the chain, and in
//! a monitor's report of the same device), or a device may have two that are not counted twice;
//! a third stays in. Leaving pauses out only ever lowers a baseline, which the floor still
//! bounds, so no flood gets through that the floor would stop; and it never leaves a rest faster
//! than the floor: a device reading in bursts (ten at once, once a minute) learns a rest with one
//! minute in it (about 3.2 s; its windows average 6 s), not its bursts, which the floor refuses.
//! [`DetectorParams::pauses_are_bounded`] bounds the factor: two gaps just short of pauses stay
//! in, and must not lift the baseline so far that the device's usual rate is below its threshold.
//!
//! **Learning.** A normal window moves the baseline an eighth of the way towards the window's
//! average, but never below the first baseline, and never up by more than a thirty-second of
//! itself (a window holding one long pause, an outage or a throttle, would otherwise lift the
//! baseline so far that the device's usual rate, resumed, looked like a flood). So a node that slows down raises its baseline
//! (and the detector grows more sensitive), and may come back down to, but never under, its first
//! baseline: a slow ramp-up, each window just above the threshold, cannot drag the baseline (and
//! the threshold with it) down unnoticed, because every window is judged against at least 75 % of
//! the first baseline. A node that legitimately speeds up for good is flagged, and its hospital
//! reinstates it, which starts learning afresh: a change of a device's rate is a human decision.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The detector's parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DetectorParams {
	/// How many intervals make the first baseline (the paper: 10).
	pub baseline_intervals: u32,
	/// How many intervals make a window (the paper: 10).
	pub window_intervals: u32,
	/// The threshold, as a percentage of the baseline (the paper: 75).
	pub threshold_percent: u32,
	/// The floor, ms: the shortest average interval any baseline or window may have (the paper
	/// has none; without one, a baseline of 0 disarms the detector).
	pub floor_ms: u32,
	/// How many times the average of the rest of the first baseline's intervals its longest (or
	/// two longest) must be to be left out of it as pauses, when the rest is no faster than the
	/// floor; 0: none is (the paper's rule). Bounded by [`DetectorParams::pauses_are_bounded`].
	pub pause_factor: u32,
}

impl DetectorParams {
	/// BIoTIDS' own parameters, as the paper gives them: 10, 10, 75 %, with a floor of 1 ms (the
	/// paper's intervals are all far above it).
	pub const BIOTIDS: DetectorParams = DetectorParams {
		baseline_intervals: 10,
		window_intervals: 10,
		threshold_percent: 75,
		floor_ms: 1,
		pause_factor: 0,
	};

	/// Whether the parameters make sense: positive counts, a threshold in 1..=99 %, a positive
	/// floor, and a pause factor within [`DetectorParams::pauses_are_bounded`].
	pub fn is_valid(&self) -> bool {
		self.baseline_intervals > 0
			&& self.window_intervals > 0
			&& (1..100).contains(&self.threshold_percent)
			&& self.floor_ms > 0
			&& self.pauses_are_bounded()
	}

	/// Whether gaps just short of pauses, which stay in the first baseline, cannot lift it so far
	/// that a device's usual rate falls below its threshold. With `n` baseline intervals, a
	/// factor `f` and a threshold of `t` %, a device reading every `r` ms that has two gaps:
	/// the shorter stays in up to `f r`; the longer, against the rest with the shorter in it, up
	/// to `f (n − 2 + f) r / (n − 1)`; together they lift the baseline to
	/// `(n − 2 + f)(n − 1 + f) r / (n (n − 1))`, whose threshold must be at most `r`:
	/// `t (n − 2 + f)(n − 1 + f) ≤ 100 n (n − 1)`. With two intervals only one is ever left
	/// out, so one gap (`t (1 + f) ≤ 200`); with one, none. A factor of 0 leaves none out.
	/// (20 intervals and 75 %: at most 4; the paper's 10 and 75 %: at most 2.)
	pub fn pauses_are_bounded(&self) -> bool {
		// In u128, no product of u32s can wrap: the largest, `t (n − 1 + f)²`, is under 2⁹⁸.
		let (n, f, t) = (
			u128::from(self.baseline_intervals),
			u128::from(self.pause_factor),
			u128::from(self.threshold_percent),
		);
		match n {
			_ if f == 0 => true,
			0 | 1 => true,
			2 => t * (1 + f) <= 200,
			_ => t * (n - 2 + f) * (n - 1 + f) <= 100 * n * (n - 1),
		}
	}

	/// The floor, µs.
	pub fn floor_us(&self) -> u64 {
		u64::from(self.floor_ms).saturating_mul(1_000)
	}

	/// The threshold of `baseline` (µs): its configured share, never below the floor.
	pub fn threshold_of(&self, baseline: u64) -> u64 {
		(baseline.saturating_mul(self.threshold_percent.into()) / 100).max(self.floor_us())
	}
}

/// Where a node stands.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub enum DetectorStatus {
	/// Collecting its first baseline.
	Learning,
	/// Judged window by window.
	Normal,
	/// Flagged: its transactions are refused until it is reinstated.
	Quarantined,
}

/// A device's detector state, as the chain keeps it.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Detector {
	/// Where the node stands.
	pub status: DetectorStatus,
	/// The first baseline, µs (0 while learning).
	pub first_baseline: u64,
	/// The current baseline, µs (0 while learning).
	pub baseline: u64,
	/// The current threshold, µs (0 while learning).
	pub threshold: u64,
	/// The sum of the intervals counted so far in the baseline or the current window, ms.
	pub sum: u64,
	/// How many intervals are counted so far in the baseline or the current window.
	pub count: u32,
	/// The last complete window's average, µs (0 before the first).
	pub last_average: u64,
	/// While learning, the longest interval counted so far, ms (0 otherwise).
	pub longest: u32,
	/// While learning, the second longest interval counted so far, ms (0 otherwise).
	pub next_longest: u32,
}

impl Default for Detector {
	fn default() -> Self {
		Detector {
			status: DetectorStatus::Learning,
			first_baseline: 0,
			baseline: 0,
			threshold: 0,
			sum: 0,
			count: 0,
			last_average: 0,
			longest: 0,
			next_longest: 0,
		}
	}
}

/// What the chain keeps per node: its detector and when it last sent a transaction.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct DeviceState {
	/// The detector.
	pub detector: Detector,
	/// The timestamp (ms) of the block of its last transaction counted by the chain.
	pub last_seen: Option<u64>,
}

/// The custom code of the `InvalidTransaction` that refuses a quarantined account's transaction.
pub const QUARANTINED: u8 = 100;

/// The custom code of the `InvalidTransaction` that refuses a device's call its detector could
/// not count as what it is (a `utility` batch: hundreds of anchors in what looks like one request).
pub const DEVICE_CALL_FILTERED: u8 = 101;

/// The custom code of the `InvalidTransaction` that refuses a device's call whose time (what it
/// says of when it was sent) is more than `MaxSendDelay` before the block's time or more than
/// `MaxClockDrift` after it: it would count as a time it was not sent at.
pub const DEVICE_TIME_OUT_OF_RANGE: u8 = 102;

/// When a device says it sent a call: the time (ms since the Unix epoch) its signed call carries,
/// such as the moment `records.anchor` says its reading was taken. The chain times a device's
/// transactions by it (bounded by the block's time), not by the block that happened to include
/// them, so that a congested pool or an outage that delivers readings late and bunched does not
/// look like a flood.
pub trait SentAt<Call> {
	/// The time `call` says it was sent, if it says one.
	fn sent_at(call: &Call) -> Option<u64>;

	/// Whether `call` counts as a request of its device at all: true unless the runtime says
	/// otherwise. A call that follows another counted one and is bounded by it (the envelopes
	/// a device publishes for a record it anchored) need not count again.
	fn counted(_call: &Call) -> bool {
		true
	}
}

impl<Call> SentAt<Call> for () {
	fn sent_at(_: &Call) -> Option<u64> {
		None
	}
}

/// The member nodes of the network and the hospital that owns each (the runtime's
/// `nodeAuthorization.owners`): intrusion detection reports a node flooding the peer-to-peer
/// layer to governance under its owner's name.
pub trait NodeOwners<AccountId> {
	/// The owner of the member node whose libp2p peer id is `node` (its bytes), if it is one.
	fn owner_of(node: &[u8]) -> Option<AccountId>;
}

/// Puts member nodes in place for benchmarks, without governance's motion.
pub trait NodeOwnersSetup<AccountId> {
	/// Makes `owner` the owner of the member node `node`.
	fn set_owner(node: &[u8], owner: &AccountId);
}

/// The keystore key type of a node's monitor key (sr25519): the account a monitoring node signs
/// its `intrusionDetection.report` transactions with
/// (`carechain-node key insert --key-type cids --scheme sr25519 --suri …`).
pub const MONITOR_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"cids");

/// What an observation led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
	/// Nothing yet: a baseline or window is still filling, or the node is quarantined.
	Pending,
	/// The first baseline is learned.
	BaselineLearned {
		/// µs.
		baseline: u64,
		/// µs.
		threshold: u64,
	},
	/// A window closed at or above the threshold.
	Normal {
		/// The window's average, µs.
		average: u64,
	},
	/// A window closed below the threshold: the node is quarantined.
	Intrusion {
		/// The window's average, µs.
		average: u64,
		/// The threshold it fell below, µs.
		threshold: u64,
	},
}

impl Detector {
	/// The first baseline's average, µs: of every interval counted, or of the rest when its two
	/// longest, or its longest, are pauses (`params.pause_factor`).
	fn baseline_average(&self, params: &DetectorParams) -> u64 {
		let count = u64::from(self.count);
		let all = self.sum.saturating_mul(1_000) / count.max(1);
		if params.pause_factor == 0 {
			return all;
		}
		// The average of the rest when the `left_out` longest intervals (of `shortest_left_out`
		// at least) are left out, if each of them is a pause against it and the rest is no
		// faster than the floor (leaving a device's silences out must not make its bursts its
		// rate).
		let rest = |left_out: u64, left_out_sum: u64, shortest_left_out: u32| {
			let rest = self.sum.saturating_sub(left_out_sum).saturating_mul(1_000)
				/ count.saturating_sub(left_out).max(1);
			let pause_above = rest.saturating_mul(params.pause_factor.into());
			(rest >= params.floor_us()
				&& u64::from(shortest_left_out).saturating_mul(1_000) > pause_above)
				.then_some(rest)
		};
		let longest = u64::from(self.longest);
		let both = longest.saturating_add(self.next_longest.into());
		[(2, both, self.next_longest), (1, longest, self.longest)]
			.into_iter()
			.filter(|(left_out, ..)| count > *left_out)
			.find_map(|(left_out, sum, shortest)| rest(left_out, sum, shortest))
			.unwrap_or(all)
	}

	/// Counts one request interval (ms) and judges the node when a baseline or window is full.
	pub fn observe(&mut self, interval_ms: u32, params: &DetectorParams) -> Verdict {
		if self.status == DetectorStatus::Quarantined {
			return Verdict::Pending;
		}
		self.sum = self.sum.saturating_add(interval_ms.into());
		self.count = self.count.saturating_add(1);
		let needed = match self.status {
			DetectorStatus::Learning => {
				if interval_ms > self.longest {
					self.next_longest = self.longest;
					self.longest = interval_ms;
				} else if interval_ms > self.next_longest {
					self.next_longest = interval_ms;
				}
				params.baseline_intervals
			},
			_ => params.window_intervals,
		};
		if self.count < needed.max(1) {
			return Verdict::Pending;
		}
		let average = match self.status {
			DetectorStatus::Learning => self.baseline_average(params),
			_ => self.sum.saturating_mul(1_000) / u64::from(self.count),
		};
		self.sum = 0;
		self.count = 0;
		self.longest = 0;
		self.next_longest = 0;
		match self.status {
			DetectorStatus::Learning => {
				// Never below the floor: a first window faster than it is a flood, not a baseline.
				self.first_baseline = average.max(params.floor_us());
				self.baseline = self.first_baseline;
				self.threshold = params.threshold_of(self.baseline);
				if average < params.floor_us() {
					self.status = DetectorStatus::Quarantined;
					self.last_average = average;
					return Verdict::Intrusion { average, threshold: self.threshold };
				}
				self.status = DetectorStatus::Normal;
				Verdict::BaselineLearned { baseline: self.baseline, threshold: self.threshold }
			},
			_ => {
				self.last_average = average;
				// The stored threshold, or the floor if the parameters changed since it was set.
				self.threshold = self.threshold.max(params.floor_us());
				if average < self.threshold {
					self.status = DetectorStatus::Quarantined;
					return Verdict::Intrusion { average, threshold: self.threshold };
				}
				// An eighth of the way towards the window, never below the first baseline, and up by
				// at most a thirty-second of itself (towards at most 125 % of it): one pause (an
				// outage, a throttle) in a window must not lift the baseline so far that the
				// device's usual rate, with an alarm's burst, looks like a flood.
				let moved = if average >= self.baseline {
					let towards = average.min(self.baseline.saturating_mul(5) / 4);
					self.baseline.saturating_add((towards - self.baseline) / 8)
				} else {
					self.baseline.saturating_sub((self.baseline - average) / 8)
				};
				self.baseline = moved.max(self.first_baseline);
				self.threshold = params.threshold_of(self.baseline);
				Verdict::Normal { average }
			},
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Intrusion detection, for clients and administrators
	/// (polkadot.js: `api.call.intrusionDetectionApi.device(account)`).
	///
	/// Version 3 (spec 121): a [`DeviceState`]'s detector holds its two longest intervals while
	/// it learns (`longest`, `next_longest`, before `last_seen` in the encoding), so a client
	/// that decodes `device` by an earlier layout checks the version first.
	#[api_version(3)]
	pub trait IntrusionDetectionApi<AccountId>
	where
		AccountId: codec::Codec,
	{
		/// Deprecated: the name `device` had before version 2 (spec 106), kept for clients of
		/// earlier runtimes for one release. Use `device`.
		fn node(node: AccountId) -> Option<DeviceState>;
		/// A device's detector state: status, baseline, threshold, window (since version 2).
		fn device(device: AccountId) -> Option<DeviceState>;
		/// The quarantined devices.
		fn quarantined() -> Vec<AccountId>;
		/// Whether `who` may report observations (an active hospital, or a monitor made by
		/// governance).
		fn is_monitor(who: AccountId) -> bool;
	}
}

/// The first source paper's data, for the tests and benchmarks that replay it.
pub mod paper {
	/// Table 1: the first 10 request intervals (ms) of nodes N1–N5.
	pub const TABLE_1: [[u32; 10]; 5] = [
		[95, 100, 105, 90, 110, 115, 105, 95, 100, 110],
		[60, 65, 50, 55, 57, 63, 62, 58, 60, 62],
		[130, 115, 120, 110, 116, 124, 128, 118, 130, 126],
		[50, 45, 60, 55, 47, 53, 50, 48, 53, 52],
		[74, 68, 66, 62, 72, 60, 52, 58, 52, 64],
	];
	/// Table 1's averages, µs.
	pub const AVERAGES: [u64; 5] = [102_500, 59_200, 121_700, 51_300, 62_800];
}

#[cfg(test)]
mod tests;
