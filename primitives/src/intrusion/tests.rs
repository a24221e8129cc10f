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
	intervals: impl IntoIterator<Item = u32>,
	params: &DetectorParams,
) -> Verdict {
	intervals.into_iter().map(|i| detector.observe(i, params)).last().unwrap()
}

mod properties {
	use super::*;
	use proptest::prelude::*;

	fn params() -> impl Strategy<Value = DetectorParams> {
		(1u32..=20, 1u32..=20, 1u32..100, 1u32..=10_000, 0u32..=8).prop_map(
			|(baseline_intervals, window_intervals, threshold_percent, floor_ms, pause_factor)| {
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

		/// Within the bound, two gaps of any length among a device's usual intervals (no faster
		/// than the floor) never make its usual rate a flood: each is left out, or short enough
		/// to keep the threshold at or under the rate.
		#[test]
		fn two_gaps_never_make_the_usual_rate_a_flood(
			params in params(),
			usual in 1u32..=60_000,
			// In tenths of the usual interval: from the usual rate to 50 times it, where the
			// gaps just short of pauses lie.
			gaps in (10u64..=500, 10u64..=500),
			at in (0usize..20, 0usize..20),
		) {
			let usual = usual.max(params.floor_ms);
			let n = params.baseline_intervals as usize;
			prop_assume!(params.is_valid() && params.pause_factor > 0 && n >= 3);
			let mut intervals = vec![usual; n - 2];
			let gap = |tenths: u64| u32::try_from(u64::from(usual) * tenths / 10).unwrap_or(u32::MAX);
			intervals.insert(at.0 % (n - 1), gap(gaps.0));
			intervals.insert(at.1 % n, gap(gaps.1));
			let mut detector = Detector::default();
			for interval in intervals {
				detector.observe(interval, &params);
			}
			prop_assert_ne!(detector.status, DetectorStatus::Quarantined);
			for _ in 0..params.window_intervals * 3 {
				let flagged = matches!(detector.observe(usual, &params), Verdict::Intrusion { .. });
				prop_assert!(!flagged, "the usual rate flagged");
			}
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

/// The runtime's parameters: 20 intervals, 75 %, a floor of 250 ms, a pause factor of 4.
const CARECHAIN: DetectorParams = DetectorParams {
	baseline_intervals: 20,
	window_intervals: 20,
	threshold_percent: 75,
	floor_ms: 250,
	pause_factor: 4,
};

/// A baseline's worth (20) of intervals: `usual` ms apart, but for `gaps`, spread among them.
fn with_gaps(usual: u32, gaps: &[u32]) -> Vec<u32> {
	let mut intervals = vec![usual; 20 - gaps.len()];
	for (i, gap) in gaps.iter().enumerate() {
		intervals.insert(3 + 7 * i, *gap);
	}
	intervals
}

/// What a new detector makes of `intervals` as its first baseline, and the detector after.
fn first_baseline(intervals: Vec<u32>, params: &DetectorParams) -> (Verdict, Detector) {
	let mut detector = Detector::default();
	(window_with(&mut detector, intervals, params), detector)
}

fn learned_as(baseline: u64, threshold: u64) -> Verdict {
	Verdict::BaselineLearned { baseline, threshold }
}

#[test]
fn an_outage_while_learning_is_left_out_of_the_first_baseline() {
	// A device reading every 500 ms loses 20 s of readings while its baseline is learned.
	let intervals = with_gaps(500, &[20_500]);
	let paper = DetectorParams { pause_factor: 0, ..CARECHAIN };
	// The paper's rule: the gap lifts the baseline to 1.5 s, and the usual rate is a flood.
	let (verdict, mut detector) = first_baseline(intervals.clone(), &paper);
	assert_eq!(verdict, learned_as(1_500_000, 1_125_000));
	assert!(matches!(window_with(&mut detector, [500; 20], &paper), Verdict::Intrusion { .. }));
	// Left out as a pause: the baseline is the device's rate, which stays normal.
	let (verdict, mut detector) = first_baseline(intervals, &CARECHAIN);
	assert_eq!(verdict, learned_as(500_000, 375_000));
	assert_eq!((detector.longest, detector.next_longest), (0, 0));
	assert_eq!(
		window_with(&mut detector, [500; 20], &CARECHAIN),
		Verdict::Normal { average: 500_000 }
	);
	// A flood after it is still caught.
	assert!(matches!(
		window_with(&mut detector, [300; 20], &CARECHAIN),
		Verdict::Intrusion { average: 300_000, .. }
	));
}

#[test]
fn at_most_two_intervals_and_only_pauses_are_left_out() {
	// The paper's nodes, with the largest factor the paper's parameters allow (2): no interval
	// is twice the others', so Table 1 gives the paper's baselines.
	let paper = DetectorParams { pause_factor: 2, ..DetectorParams::BIOTIDS };
	for (node, intervals) in TABLE_1.iter().enumerate() {
		assert_eq!(
			first_baseline(intervals.to_vec(), &paper).0,
			learned_as(AVERAGES[node], AVERAGES[node] * 3 / 4)
		);
	}
	// Readings in pairs (250 ms apart, every second): the longest is not four times the
	// others' average.
	let pairs = [250, 750].repeat(10);
	assert_eq!(first_baseline(pairs, &CARECHAIN).0, learned_as(500_000, 375_000));
	// Two outages (or one counted twice, by the chain and a monitor's report): both left out.
	let (verdict, detector) = first_baseline(with_gaps(500, &[5_000, 9_000]), &CARECHAIN);
	assert_eq!(verdict, learned_as(500_000, 375_000));
	assert_eq!((detector.longest, detector.next_longest), (0, 0));
	// Three: the third stays in.
	let three = with_gaps(500, &[5_000, 7_000, 9_000]);
	assert_eq!(first_baseline(three, &CARECHAIN).0, learned_as(750_000, 562_500));
	// Exactly four times the rest is not a pause: strictly more is.
	let on_the_line = with_gaps(500, &[2_000]);
	assert_eq!(first_baseline(on_the_line, &CARECHAIN).0, learned_as(575_000, 431_250));
	let over_the_line = with_gaps(500, &[2_001]);
	assert_eq!(first_baseline(over_the_line, &CARECHAIN).0, learned_as(500_000, 375_000));
	// A baseline of one interval has no rest to compare it with: it is the baseline.
	let one = DetectorParams { baseline_intervals: 1, ..CARECHAIN };
	assert_eq!(Detector::default().observe(60_000, &one), learned_as(60_000_000, 45_000_000));
}

#[test]
fn pauses_never_leave_a_rest_faster_than_the_floor() {
	// A device just under the floor with one modest gap: left out, its 200 ms would be flagged
	// as its baseline closes; kept, it averages 285 ms, above the floor.
	let near_the_floor = with_gaps(200, &[1_900]);
	assert_eq!(first_baseline(near_the_floor, &CARECHAIN).0, learned_as(285_000, 250_000));
	// A device that reads in bursts (ten readings 100 ms apart, once a minute) averages 6.1 s in
	// every window; its bursts alone are faster than the floor, so they are not its baseline
	// (leaving both minutes out, it was flagged as its baseline closed, and at every
	// reinstatement). One minute, against the rest with the other in it, is a pause.
	let bursts = [100, 100, 100, 100, 100, 100, 100, 100, 100, 60_000].repeat(2);
	let (verdict, mut detector) = first_baseline(bursts.clone(), &CARECHAIN);
	assert_eq!(verdict, learned_as(3_252_631, 2_439_473));
	assert_eq!(
		window_with(&mut detector, bursts, &CARECHAIN),
		Verdict::Normal { average: 6_090_000 }
	);
	// A burst after a silence is not a baseline either: it is learned as its average, and the
	// flood that goes on is caught at the next window.
	let mut burst = vec![0; 20];
	burst[0] = 60_000;
	let (verdict, mut detector) = first_baseline(burst, &CARECHAIN);
	assert_eq!(verdict, learned_as(3_000_000, 2_250_000));
	assert!(matches!(window_with(&mut detector, [0; 20], &CARECHAIN), Verdict::Intrusion { .. }));
}

#[test]
fn two_gaps_just_short_of_pauses_keep_the_usual_rate_normal_within_the_bound() {
	// 500 ms readings and two gaps that each just fail the test: the shorter is four times the
	// rest, the longer four times the rest with the shorter in it (4 × 11,000 / 19 = 2,315.8).
	let (verdict, mut detector) = first_baseline(with_gaps(500, &[2_000, 2_315]), &CARECHAIN);
	assert_eq!(verdict, learned_as(665_750, 499_312));
	assert_eq!(
		window_with(&mut detector, [500; 20], &CARECHAIN),
		Verdict::Normal { average: 500_000 }
	);
	// A factor of 5 is out of bounds: such gaps (2,500 and 5 × 11,500 / 19 = 3,026.3) lift the
	// threshold above the usual rate, which is then taken for a flood.
	let five = DetectorParams { pause_factor: 5, ..CARECHAIN };
	assert!(!five.pauses_are_bounded());
	let (verdict, mut detector) = first_baseline(with_gaps(500, &[2_500, 3_026]), &five);
	assert_eq!(verdict, learned_as(726_300, 544_725));
	assert!(matches!(window_with(&mut detector, [500; 20], &five), Verdict::Intrusion { .. }));
}

#[test]
fn the_bound_is_tight_for_every_count_and_threshold() {
	// For every baseline of 3 to 20 intervals and every threshold, the largest factor the bound
	// allows keeps a device's usual rate normal with two gaps just short of pauses, and one more
	// lets such gaps make it a flood: the bound is neither loose nor too strict.
	let usual: u32 = 600_000;
	// The two gaps that stay in with factor `f`: the shorter `f` times the rest, the longer `f`
	// times the rest with the shorter in it (rounded as the detector rounds).
	let learned = |params: DetectorParams| {
		let (n, f) = (params.baseline_intervals, params.pause_factor);
		let shorter = f * usual;
		let rest_us =
			(u64::from(n - 2) * u64::from(usual) + u64::from(shorter)) * 1_000 / u64::from(n - 1);
		let longer = u32::try_from(u64::from(f) * rest_us / 1_000).unwrap();
		let mut intervals = vec![usual; n as usize - 2];
		intervals.extend([shorter, longer]);
		let mut detector = Detector::default();
		let verdict = window_with(&mut detector, intervals, &params);
		assert!(matches!(verdict, Verdict::BaselineLearned { .. }), "{params:?}: {verdict:?}");
		(detector.threshold, window_with(&mut detector, vec![usual; n as usize], &params))
	};
	for n in 3..=20 {
		for t in 1..100 {
			let base = DetectorParams {
				baseline_intervals: n,
				window_intervals: n,
				threshold_percent: t,
				floor_ms: 250,
				pause_factor: 0,
			};
			let allowed = |f| DetectorParams { pause_factor: f, ..base }.pauses_are_bounded();
			let largest = (1..10_000).take_while(|f| allowed(*f)).last();
			let Some(f) = largest else { continue };
			let (threshold, verdict) = learned(DetectorParams { pause_factor: f, ..base });
			assert!(threshold <= u64::from(usual) * 1_000, "n {n}, t {t}, f {f}");
			assert!(matches!(verdict, Verdict::Normal { .. }), "n {n}, t {t}, f {f}: {verdict:?}");
			let (threshold, verdict) = learned(DetectorParams { pause_factor: f + 1, ..base });
			assert!(threshold > u64::from(usual) * 1_000, "n {n}, t {t}, f {}", f + 1);
			assert!(matches!(verdict, Verdict::Intrusion { .. }), "n {n}, t {t}: {verdict:?}");
		}
	}
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
		// Pause factors beyond the bound: 75 × 11 × 12 > 100 × 10 × 9; 75 × 23 × 24 > 38,000;
		// with two intervals, 75 × 3 > 200.
		DetectorParams { pause_factor: 3, ..DetectorParams::BIOTIDS },
		DetectorParams { pause_factor: 5, ..CARECHAIN },
		DetectorParams { baseline_intervals: 2, pause_factor: 2, ..CARECHAIN },
	] {
		assert!(!bad.is_valid());
	}
	for good in [
		CARECHAIN,
		DetectorParams { pause_factor: 2, ..DetectorParams::BIOTIDS },
		DetectorParams { baseline_intervals: 2, pause_factor: 1, ..CARECHAIN },
		// One interval: none is ever left out, whatever the factor.
		DetectorParams { baseline_intervals: 1, pause_factor: u32::MAX, ..CARECHAIN },
		DetectorParams { pause_factor: 0, threshold_percent: 99, ..CARECHAIN },
	] {
		assert!(good.is_valid());
	}
	// Huge counts and factors are out of bounds, not wrapped into them.
	let huge = DetectorParams {
		baseline_intervals: u32::MAX,
		pause_factor: u32::MAX,
		threshold_percent: 99,
		..CARECHAIN
	};
	assert!(!huge.is_valid());
}
