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
//! **Learning.** A normal window moves the baseline an eighth of the way towards the window's
//! average, but never below the first baseline. So a node that slows down raises its baseline
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
}

impl DetectorParams {
	/// BIoTIDS' own parameters, as the paper gives them: 10, 10, 75 %.
	pub const BIOTIDS: DetectorParams =
		DetectorParams { baseline_intervals: 10, window_intervals: 10, threshold_percent: 75 };

	/// Whether the parameters make sense: positive counts, a threshold in 1..=99 %.
	pub fn is_valid(&self) -> bool {
		self.baseline_intervals > 0
			&& self.window_intervals > 0
			&& (1..100).contains(&self.threshold_percent)
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

fn threshold_of(baseline: u64, params: &DetectorParams) -> u64 {
	baseline.saturating_mul(params.threshold_percent.into()) / 100
}

impl Detector {
	/// Counts one request interval (ms) and judges the node when a baseline or window is full.
	pub fn observe(&mut self, interval_ms: u32, params: &DetectorParams) -> Verdict {
		if self.status == DetectorStatus::Quarantined {
			return Verdict::Pending;
		}
		self.sum = self.sum.saturating_add(interval_ms.into());
		self.count = self.count.saturating_add(1);
		let needed = match self.status {
			DetectorStatus::Learning => params.baseline_intervals,
			_ => params.window_intervals,
		};
		if self.count < needed.max(1) {
			return Verdict::Pending;
		}
		let average = self.sum.saturating_mul(1_000) / u64::from(self.count);
		self.sum = 0;
		self.count = 0;
		match self.status {
			DetectorStatus::Learning => {
				self.status = DetectorStatus::Normal;
				self.first_baseline = average;
				self.baseline = average;
				self.threshold = threshold_of(average, params);
				Verdict::BaselineLearned { baseline: self.baseline, threshold: self.threshold }
			},
			_ => {
				self.last_average = average;
				if average < self.threshold {
					self.status = DetectorStatus::Quarantined;
					return Verdict::Intrusion { average, threshold: self.threshold };
				}
				// An eighth of the way towards the window, never below the first baseline.
				let moved = if average >= self.baseline {
					self.baseline.saturating_add((average - self.baseline) / 8)
				} else {
					self.baseline.saturating_sub((self.baseline - average) / 8)
				};
				self.baseline = moved.max(self.first_baseline);
				self.threshold = threshold_of(self.baseline, params);
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

#[cfg(test)]
mod tests {
	use super::*;

	/// The paper's Table 1: the first 10 request intervals (ms) of nodes N1–N5.
	const TABLE_1: [[u32; 10]; 5] = [
		[95, 100, 105, 90, 110, 115, 105, 95, 100, 110],
		[60, 65, 50, 55, 57, 63, 62, 58, 60, 62],
		[130, 115, 120, 110, 116, 124, 128, 118, 130, 126],
		[50, 45, 60, 55, 47, 53, 50, 48, 53, 52],
		[74, 68, 66, 62, 72, 60, 52, 58, 52, 64],
	];
	/// The table's averages, µs.
	const AVERAGES: [u64; 5] = [102_500, 59_200, 121_700, 51_300, 62_800];

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
		// An eighth of the way: 102.5 + (182 - 102.5) / 8.
		assert_eq!(n1.baseline, 112_437);
		assert_eq!(n1.threshold, 84_327);

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
	fn parameters_are_checked() {
		assert!(DetectorParams::BIOTIDS.is_valid());
		for bad in [
			DetectorParams { baseline_intervals: 0, ..DetectorParams::BIOTIDS },
			DetectorParams { window_intervals: 0, ..DetectorParams::BIOTIDS },
			DetectorParams { threshold_percent: 0, ..DetectorParams::BIOTIDS },
			DetectorParams { threshold_percent: 100, ..DetectorParams::BIOTIDS },
		] {
			assert!(!bad.is_valid());
		}
	}
}
