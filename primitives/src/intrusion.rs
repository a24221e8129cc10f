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
//! `pause_factor` times the average of the rest, and than `pause_factor` times the floor. An
//! outage while a device's baseline is learned (one gap of 20 s among 500 ms readings) would
//! otherwise lift the baseline so far above the device's usual rate that the rate, resumed, was
//! flagged at the next window. Two, because one outage can be counted twice (by the chain, and in
//! a monitor's report of the same device), or a device may have two; a third stays in. Leaving
//! pauses out only ever lowers a baseline, which the floor still bounds, so no flood gets
//! through that the floor would stop.
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
	/// How many times the average of the rest of the first baseline's intervals (and the floor)
	/// its longest (or two longest) must be to be left out of it as pauses; 0: none is (the
	/// paper's rule).
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
	/// floor.
	pub fn is_valid(&self) -> bool {
		self.baseline_intervals > 0
			&& self.window_intervals > 0
			&& (1..100).contains(&self.threshold_percent)
			&& self.floor_ms > 0
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
		// at least) are left out, if each of them is a pause against it.
		let rest = |left_out: u64, left_out_sum: u64, shortest_left_out: u32| {
			let rest = self.sum.saturating_sub(left_out_sum).saturating_mul(1_000)
				/ count.saturating_sub(left_out).max(1);
			let pause_above =
				rest.max(params.floor_us()).saturating_mul(params.pause_factor.into());
			(u64::from(shortest_left_out).saturating_mul(1_000) > pause_above).then_some(rest)
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
	#[api_version(2)]
	pub trait IntrusionDetectionApi<AccountId>
	where
		AccountId: codec::Codec,
	{
		/// Deprecated: the name `device` had before version 2 (spec 106), kept for clients of
		/// earlier runtimes for one release. Use `device`.
		fn node(node: AccountId) -> Option<DeviceState>;
		/// A device's detector state: status, baseline, threshold and current window.
		#[api_version(2)]
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
mod tests {
	use super::*;

	use super::paper::{AVERAGES, TABLE_1};

	fn learned(node: usize) -> Detector {
		let mut detector = Detector::default();
		for (i, interval) in TABLE_1[node].iter().enumerate() {
			let verdict = detector.observe(*interval, &DetectorParams::BIOTIDS);
			if i < 9 {
				assert_eq!(verdict, Verdict::Pending);
			} else {
				assert_eq!(
					verdict,
					Verdict::BaselineLearned {
						baseline: AVERAGES[node],
						threshold: AVERAGES[node] * 3 / 4
					}
				);
			}
		}
		detector
	}

	fn window(detector: &mut Detector, intervals: [u32; 10]) -> Verdict {
		let verdicts: Vec<_> =
			intervals.iter().map(|i| detector.observe(*i, &DetectorParams::BIOTIDS)).collect();
		assert!(verdicts[..9].iter().all(|v| *v == Verdict::Pending));
		verdicts[9]
	}

	#[test]
	#[allow(clippy::needless_range_loop)] // `node` names the table's column, and indexes two.
	fn table_1_baselines_are_the_papers_averages() {
		for node in 0..5 {
			let detector = learned(node);
			assert_eq!(detector.status, DetectorStatus::Normal);
			assert_eq!(detector.baseline, AVERAGES[node]);
		}
	}

	#[test]
	fn a_window_at_40_percent_of_the_baseline_flags_and_one_at_90_percent_does_not() {
		// N2: baseline 59.2 ms, threshold 44.4 ms.
		let mut n2 = learned(1);
		assert_eq!(window(&mut n2, [53; 10]), Verdict::Normal { average: 53_000 }); // 90 %
		assert_eq!(n2.status, DetectorStatus::Normal);
		let mut n2 = learned(1);
		assert_eq!(
			window(&mut n2, [24; 10]), // 40 %
			Verdict::Intrusion { average: 24_000, threshold: 44_400 }
		);
		assert_eq!(n2.status, DetectorStatus::Quarantined);
		// Quarantined: nothing more is judged.
		assert_eq!(n2.observe(1, &DetectorParams::BIOTIDS), Verdict::Pending);
	}

	#[test]
	fn the_flag_is_exactly_below_the_threshold() {
		// N2's threshold is 44.4 ms: a window summing to 444 ms sits on it, 443 ms falls below.
		let mut on = learned(1);
		assert_eq!(
			window(&mut on, [44, 44, 44, 44, 45, 45, 45, 45, 44, 44]),
			Verdict::Normal { average: 44_400 }
		);
		let mut below = learned(1);
		assert_eq!(
			window(&mut below, [44, 44, 44, 44, 45, 45, 45, 44, 44, 44]),
			Verdict::Intrusion { average: 44_300, threshold: 44_400 }
		);
	}

	#[test]
	fn several_nodes_are_judged_independently() {
		// The paper's second window: only N2 falls below its threshold.
		let second = [[100; 10], [30; 10], [118; 10], [50; 10], [60; 10]];
		let flagged: Vec<_> = (0..5)
			.filter(|node| {
				let mut detector = learned(*node);
				matches!(window(&mut detector, second[*node]), Verdict::Intrusion { .. })
			})
			.collect();
		assert_eq!(flagged, vec![1]);
	}

	#[test]
	fn learning_rises_with_a_slower_node_and_a_slow_ramp_up_cannot_drag_it_down() {
		let mut n1 = learned(0); // 102.5 ms
		assert_eq!(window(&mut n1, [182; 10]), Verdict::Normal { average: 182_000 });
		// An eighth of the way towards 125 % of it: 102.5 + (128.125 - 102.5) / 8.
		assert_eq!(n1.baseline, 105_703);
		assert_eq!(n1.threshold, 79_277);

		// A ramp-up: each window 1 ms shorter, from just above the threshold. The baseline never
		// falls below the first one, so the ramp is caught once it crosses 75 % of 102.5 ms.
		let mut n1 = learned(0);
		let mut flagged_at = None;
		for interval in (60..=80u32).rev() {
			if let Verdict::Intrusion { average, threshold } = window(&mut n1, [interval; 10]) {
				flagged_at = Some((average, threshold));
				break;
			}
			assert!(n1.baseline >= 102_500);
		}
		assert_eq!(flagged_at, Some((76_000, 76_875)));
	}

	#[test]
	fn a_first_window_faster_than_the_floor_is_flagged_not_learned() {
		// Twelve transactions in one block: intervals of 0. Without the floor this was a baseline
		// of 0 and a threshold of 0, which no window can fall below.
		let params = DetectorParams { floor_ms: 500, ..DetectorParams::BIOTIDS };
		let mut detector = Detector::default();
		let verdicts: Vec<_> = (0..10).map(|_| detector.observe(0, &params)).collect();
		assert_eq!(verdicts[9], Verdict::Intrusion { average: 0, threshold: 500_000 });
		assert_eq!(detector.status, DetectorStatus::Quarantined);
		// Just at the floor it is a baseline, and the threshold is the floor (75 % would be below).
		let mut detector = Detector::default();
		let verdicts: Vec<_> = (0..10).map(|_| detector.observe(500, &params)).collect();
		assert_eq!(verdicts[9], Verdict::BaselineLearned { baseline: 500_000, threshold: 500_000 });
		// A window a hair under the floor is flagged although it is above 75 % of the baseline.
		let window: Vec<_> =
			(0..10).map(|i| detector.observe(if i == 0 { 499 } else { 500 }, &params)).collect();
		assert_eq!(window[9], Verdict::Intrusion { average: 499_900, threshold: 500_000 });
	}

	#[test]
	fn a_floor_raised_by_an_upgrade_applies_to_the_next_window() {
		let mut detector = learned(1); // N2: threshold 44.4 ms
		let raised = DetectorParams { floor_ms: 50, ..DetectorParams::BIOTIDS };
		assert_eq!(
			window_with(&mut detector, [48; 10], &raised),
			Verdict::Intrusion { average: 48_000, threshold: 50_000 }
		);
	}

	fn window_with(
		detector: &mut Detector,
		intervals: [u32; 10],
		params: &DetectorParams,
	) -> Verdict {
		intervals.iter().map(|i| detector.observe(*i, params)).last().unwrap()
	}

	mod properties {
		use super::*;
		use proptest::prelude::*;

		fn params() -> impl Strategy<Value = DetectorParams> {
			(1u32..=20, 1u32..=20, 1u32..100, 1u32..=10_000, 0u32..=8).prop_map(
				|(
					baseline_intervals,
					window_intervals,
					threshold_percent,
					floor_ms,
					pause_factor,
				)| {
					DetectorParams {
						baseline_intervals,
						window_intervals,
						threshold_percent,
						floor_ms,
						pause_factor,
					}
				},
			)
		}

		proptest! {
			/// Whatever came before, a whole baseline or window of intervals below the floor is
			/// flagged by the time it closes.
			#[test]
			fn a_window_below_the_floor_is_always_flagged(
				params in params(),
				before in proptest::collection::vec(any::<u32>(), 0..200),
				fast in proptest::collection::vec(0u32..10_000, 40),
			) {
				let mut detector = Detector::default();
				for interval in before {
					detector.observe(interval, &params);
				}
				// Enough fast intervals to finish the open window and fill a whole next one.
				let needed = (params.baseline_intervals.max(params.window_intervals) * 2) as usize;
				let mut flagged = detector.status == DetectorStatus::Quarantined;
				for interval in fast.iter().cycle().take(needed) {
					let interval = interval % params.floor_ms;
					flagged |= matches!(detector.observe(interval, &params), Verdict::Intrusion { .. });
				}
				prop_assert!(flagged || detector.status == DetectorStatus::Quarantined);
				prop_assert_eq!(detector.status, DetectorStatus::Quarantined);
			}

			/// Leaving a pause out of the first baseline never lifts it: whatever the intervals,
			/// the baseline learned with a pause factor is at most the one learned without.
			#[test]
			fn leaving_out_a_pause_never_lifts_a_baseline(
				params in params(),
				intervals in proptest::collection::vec(any::<u32>(), 1..=20),
			) {
				let without = DetectorParams { pause_factor: 0, ..params };
				let (mut with_pauses, mut plain) = (Detector::default(), Detector::default());
				for interval in intervals.iter().cycle().take(params.baseline_intervals as usize) {
					with_pauses.observe(*interval, &params);
					plain.observe(*interval, &without);
				}
				prop_assert!(with_pauses.first_baseline <= plain.first_baseline);
				prop_assert!(with_pauses.first_baseline >= params.floor_us());
				prop_assert_eq!((with_pauses.longest, with_pauses.next_longest), (0, 0));
			}

			/// The detector never panics, its sums never wrap, and its invariants hold after every
			/// observation: a learned baseline is never below the floor nor the first baseline,
			/// and the threshold never below the floor.
			#[test]
			fn the_detector_never_panics_and_keeps_its_invariants(
				params in params(),
				intervals in proptest::collection::vec(any::<u32>(), 0..300),
			) {
				let mut detector = Detector::default();
				for interval in intervals {
					let sum_before = detector.sum;
					let verdict = detector.observe(interval, &params);
					if verdict == Verdict::Pending && detector.status != DetectorStatus::Quarantined {
						prop_assert!(detector.sum >= sum_before);
					}
					if detector.status != DetectorStatus::Learning {
						prop_assert!(detector.first_baseline >= params.floor_us());
						prop_assert!(detector.baseline >= detector.first_baseline);
						prop_assert!(detector.threshold >= params.floor_us());
					}
				}
			}
		}
	}

	#[test]
	fn one_pause_lifts_the_baseline_by_a_thirty_second_at_most_and_the_usual_rate_stays_normal() {
		let mut n1 = learned(0); // 102.5 ms
						   // A window holding a 60 s pause: its average is 6 s.
		let mut pause = [100; 10];
		pause[0] = 60_000;
		assert!(matches!(window(&mut n1, pause), Verdict::Normal { .. }));
		assert_eq!(n1.baseline, 102_500 + 102_500 / 32);
		// The device resumes its usual 100 ms: normal, not a flood.
		assert_eq!(window(&mut n1, [100; 10]), Verdict::Normal { average: 100_000 });
	}

	#[test]
	fn an_outage_while_learning_is_left_out_of_the_first_baseline() {
		// A device reading every 500 ms loses 20 s of readings while its baseline is learned.
		let mut intervals = [500; 10];
		intervals[4] = 20_500;
		let paper = DetectorParams { floor_ms: 250, ..DetectorParams::BIOTIDS };
		let carechain = DetectorParams { pause_factor: 4, ..paper };
		// The paper's rule: the gap lifts the baseline to 2.5 s, and the usual rate is a flood.
		let mut detector = Detector::default();
		assert_eq!(
			window_with(&mut detector, intervals, &paper),
			Verdict::BaselineLearned { baseline: 2_500_000, threshold: 1_875_000 }
		);
		assert!(matches!(window_with(&mut detector, [500; 10], &paper), Verdict::Intrusion { .. }));
		// Left out as a pause: the baseline is the device's rate, which stays normal.
		let mut detector = Detector::default();
		assert_eq!(
			window_with(&mut detector, intervals, &carechain),
			Verdict::BaselineLearned { baseline: 500_000, threshold: 375_000 }
		);
		assert_eq!((detector.longest, detector.next_longest), (0, 0));
		assert_eq!(
			window_with(&mut detector, [500; 10], &carechain),
			Verdict::Normal { average: 500_000 }
		);
		// A flood after it is still caught.
		assert!(matches!(
			window_with(&mut detector, [300; 10], &carechain),
			Verdict::Intrusion { average: 300_000, .. }
		));
	}

	/// What a new detector makes of `intervals` as its first baseline, and the detector after.
	fn first_baseline(intervals: [u32; 10], params: &DetectorParams) -> (Verdict, Detector) {
		let mut detector = Detector::default();
		(window_with(&mut detector, intervals, params), detector)
	}

	fn learned_as(baseline: u64, threshold: u64) -> Verdict {
		Verdict::BaselineLearned { baseline, threshold }
	}

	#[test]
	fn at_most_two_intervals_and_only_pauses_are_left_out() {
		let params = DetectorParams { pause_factor: 4, ..DetectorParams::BIOTIDS };
		// The paper's nodes: no interval is four times the others', so Table 1 gives the
		// paper's baselines whatever the factor.
		for (node, intervals) in TABLE_1.iter().enumerate() {
			assert_eq!(
				first_baseline(*intervals, &params).0,
				learned_as(AVERAGES[node], AVERAGES[node] * 3 / 4)
			);
		}
		// Readings in pairs, 1 s apart: the longest is not four times the others' average.
		let pairs = [0, 1_000, 0, 1_000, 0, 1_000, 0, 1_000, 0, 1_000];
		assert_eq!(first_baseline(pairs, &params).0, learned_as(500_000, 375_000));
		// Two outages (or one counted twice, by the chain and a monitor's report): both left out.
		let two = [100, 5_000, 100, 100, 100, 100, 100, 100, 100, 9_000];
		let (verdict, detector) = first_baseline(two, &params);
		assert_eq!(verdict, learned_as(100_000, 75_000));
		assert_eq!((detector.longest, detector.next_longest), (0, 0));
		// Three: the third stays in.
		let three = [100, 5_000, 100, 100, 100, 100, 100, 100, 7_000, 9_000];
		assert_eq!(first_baseline(three, &params).0, learned_as(712_500, 534_375));
		// Exactly four times the rest is not a pause: strictly more is.
		let on_the_line = [100, 100, 100, 100, 100, 100, 100, 100, 100, 400];
		assert_eq!(first_baseline(on_the_line, &params).0, learned_as(130_000, 97_500));
		// Nor is an interval under four times the floor: a device just under the floor is not
		// tipped below it by leaving out a modest gap (without the floor's term, 900 ms would be
		// left out and the 200 ms rest flagged).
		let floor = DetectorParams { floor_ms: 250, ..params };
		let near_the_floor = [200, 200, 200, 200, 200, 200, 200, 200, 200, 900];
		assert_eq!(first_baseline(near_the_floor, &floor).0, learned_as(270_000, 250_000));
		// A baseline of one interval has no rest to compare it with: it is the baseline.
		let one = DetectorParams { baseline_intervals: 1, ..params };
		assert_eq!(Detector::default().observe(60_000, &one), learned_as(60_000_000, 45_000_000));
		// A burst after a silence is a flood, not a baseline: the silence is left out, and what
		// remains is below the floor.
		assert!(matches!(
			first_baseline([60_000, 0, 0, 0, 0, 0, 0, 0, 0, 0], &floor).0,
			Verdict::Intrusion { average: 0, .. }
		));
	}

	#[test]
	fn parameters_are_checked() {
		assert!(DetectorParams::BIOTIDS.is_valid());
		for bad in [
			DetectorParams { baseline_intervals: 0, ..DetectorParams::BIOTIDS },
			DetectorParams { window_intervals: 0, ..DetectorParams::BIOTIDS },
			DetectorParams { threshold_percent: 0, ..DetectorParams::BIOTIDS },
			DetectorParams { threshold_percent: 100, ..DetectorParams::BIOTIDS },
			DetectorParams { floor_ms: 0, ..DetectorParams::BIOTIDS },
		] {
			assert!(!bad.is_valid());
		}
	}
}
