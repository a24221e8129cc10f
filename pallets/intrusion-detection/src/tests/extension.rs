use super::*;

const CALL: &RuntimeCall = &RuntimeCall::System(frame_system::Call::remark { remark: vec![] });

fn validate(who: u64) -> Result<(), TransactionValidityError> {
	let origin = RuntimeOrigin::signed(who);
	CheckQuarantine::<Test>::new()
		.validate_only(origin, CALL, &DispatchInfo::default(), 0, TransactionSource::External, 0)
		.map(|_| ())
}

/// A transaction of `who` applied at `time` (ms): validated and prepared as in a block.
fn apply_at(who: u64, time: u64) -> Result<(), TransactionValidityError> {
	apply_call_at(who, CALL, time)
}

/// A transaction of `who` carrying `call`, applied in a block at `time` (ms).
fn apply_call_at(who: u64, call: &RuntimeCall, time: u64) -> Result<(), TransactionValidityError> {
	Timestamp::set_timestamp(time);
	CheckQuarantine::<Test>::new()
		.validate_and_prepare(RuntimeOrigin::signed(who), call, &DispatchInfo::default(), 0, 0)
		.map(|_| ())
}

/// A call that says it was sent at `sent` (ms), as an anchor says when its reading was taken.
fn sent_at(sent: u64) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: sent.to_le_bytes().to_vec() })
}

const START: u64 = 1_700_000_000_000;

/// `device` sends a reading every second for `count` seconds from `from`, each in a block
/// of its own second.
fn steady(device: u64, from: u64, count: u64) {
	for i in 0..count {
		assert_ok!(apply_call_at(device, &sent_at(from + i * 1_000), from + i * 1_000));
	}
}

/// `device` sends `count` readings `every` ms apart from `*taken`, each in a block of its own
/// time; `*taken` moves past the last.
fn read_every(device: u64, taken: &mut u64, count: u32, every: u64) {
	for _ in 0..count {
		assert_ok!(apply_call_at(device, &sent_at(*taken), *taken));
		*taken += every;
	}
}

fn quarantined(device: u64) -> bool {
	IntrusionDetection::is_quarantined(&device)
}

#[test]
fn a_quarantined_account_is_refused_by_the_pool_and_others_are_not() {
	ExtBuilder.build_and_execute(|| {
		Devices::<Test>::insert(DEVICES[0], quarantined_state());
		assert_eq!(validate(DEVICES[0]), Err(InvalidTransaction::Custom(QUARANTINED).into()));
		assert_eq!(validate(DEVICES[1]), Ok(()));
		assert_eq!(validate(HOSPITAL), Ok(()));
	});
}

#[test]
fn the_chain_counts_a_devices_transactions_and_quarantines_a_flood() {
	ExtBuilder.build_and_execute(|| {
		let start = 1_700_000_000_000;
		// One transaction per 3 s block: 11 transactions, 10 intervals, a 3 s baseline.
		for block in 0..11 {
			assert_ok!(apply_at(DEVICES[0], start + block * 3_000));
		}
		System::assert_has_event(
			Event::BaselineLearned {
				device: DEVICES[0],
				baseline: 3_000_000,
				threshold: 2_250_000,
			}
			.into(),
		);
		// A flood: ten more in the next block. The tenth closes a window averaging 0.3 s.
		let flood_at = start + 11 * 3_000;
		for _ in 0..10 {
			assert_ok!(apply_at(DEVICES[0], flood_at));
		}
		System::assert_last_event(
			Event::IntrusionDetected {
				device: DEVICES[0],
				average: 300_000,
				threshold: 2_250_000,
				reported_by: None,
			}
			.into(),
		);
		// The next one is refused, in the pool and in a block.
		let refused = Err(InvalidTransaction::Custom(QUARANTINED).into());
		assert_eq!(validate(DEVICES[0]), refused);
		assert_eq!(apply_at(DEVICES[0], flood_at), refused);
	});
}

#[test]
fn transactions_of_non_devices_are_not_counted() {
	ExtBuilder.build_and_execute(|| {
		for time in 0..20 {
			assert_ok!(apply_at(HOSPITAL, 1_700_000_000_000 + time));
			assert_ok!(apply_at(PATIENT, 1_700_000_000_000 + time));
		}
		assert!(Devices::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_device_whose_first_transactions_share_a_block_is_flagged_not_trusted() {
	ExtBuilder.build_and_execute(|| {
		// Twelve transactions in one block, as tried from polkadot.js: before the floor, a
		// baseline and threshold of 0 that no window could fall below.
		let mut outcomes: Vec<_> = (0..11).map(|_| apply_at(DEVICES[0], START)).collect();
		assert!(outcomes.iter().all(Result::is_ok));
		System::assert_last_event(
			Event::IntrusionDetected {
				device: DEVICES[0],
				average: 0,
				threshold: u64::from(FLOOR_MS) * 1_000,
				reported_by: None,
			}
			.into(),
		);
		outcomes.push(apply_at(DEVICES[0], START));
		assert_eq!(outcomes[11], Err(InvalidTransaction::Custom(QUARANTINED).into()));
		let detector = device(DEVICES[0]).detector;
		assert_eq!(detector.first_baseline, u64::from(FLOOR_MS) * 1_000);
	});
}

#[test]
fn a_device_may_not_batch_and_others_may() {
	ExtBuilder.build_and_execute(|| {
		let anchors: Vec<RuntimeCall> = (0..100).map(|i| sent_at(START + i)).collect();
		let batches = [
			RuntimeCall::Utility(pallet_utility::Call::batch { calls: anchors.clone() }),
			RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: anchors.clone() }),
			RuntimeCall::Utility(pallet_utility::Call::force_batch { calls: anchors }),
			RuntimeCall::Utility(pallet_utility::Call::as_derivative {
				index: 0,
				call: Box::new(sent_at(START)),
			}),
		];
		let filtered = Err(InvalidTransaction::Custom(DEVICE_CALL_FILTERED).into());
		for batch in &batches {
			let pool = CheckQuarantine::<Test>::new().validate_only(
				RuntimeOrigin::signed(DEVICES[0]),
				batch,
				&DispatchInfo::default(),
				0,
				TransactionSource::External,
				0,
			);
			assert_eq!(pool.map(|_| ()), filtered);
			assert_eq!(apply_call_at(DEVICES[0], batch, START), filtered);
			// Hospitals, patients and physicians batch as before.
			assert_ok!(apply_call_at(HOSPITAL, batch, START));
			assert_ok!(apply_call_at(PATIENT, batch, START));
		}
		// Refused before anything is counted; the honest device's one call a transaction is.
		assert!(Devices::<Test>::get(DEVICES[0]).is_none());
		assert_ok!(apply_call_at(DEVICES[0], &sent_at(START), START));
		assert!(Devices::<Test>::get(DEVICES[0]).is_some());
	});
}

#[test]
fn readings_delivered_late_and_bunched_keep_their_own_spacing() {
	ExtBuilder.build_and_execute(|| {
		// A device reading every second learns a baseline of 1 s...
		steady(DEVICES[0], START, 11);
		let detector = device(DEVICES[0]).detector;
		assert_eq!(detector.baseline, 1_000_000);
		// ...then a congested pool holds 30 of its readings and one block includes them all,
		// and an outage of two minutes ends with 120 buffered readings in one block.
		let from = START + 11_000;
		let block = from + 30_000;
		for i in 0..30 {
			assert_ok!(apply_call_at(DEVICES[0], &sent_at(from + i * 1_000), block));
		}
		let from = block + 1_000;
		let block = from + 120_000;
		for i in 0..120 {
			assert_ok!(apply_call_at(DEVICES[0], &sent_at(from + i * 1_000), block));
		}
		assert!(!quarantined(DEVICES[0]));
		assert!(intrusions().is_empty());
	});
}

#[test]
fn a_flooding_device_among_honest_ones_is_quarantined_within_its_block() {
	ExtBuilder.build_and_execute(|| {
		for device in &DEVICES[..4] {
			steady(*device, START, 11);
		}
		// In one congested block: the honest devices' late readings, bunched, and the
		// flooder's 10 readings all taken now.
		let block = START + 20_000;
		for device in &DEVICES[..3] {
			for i in 0..10 {
				assert_ok!(apply_call_at(*device, &sent_at(START + 11_000 + i * 1_000), block));
			}
		}
		let flooder = DEVICES[3];
		let outcomes: Vec<_> =
			(0..21).map(|_| apply_call_at(flooder, &sent_at(block), block)).collect();
		// The first window still holds the 10 s since its last reading; the second is all
		// flood, and its tenth reading flags the device in this very block.
		assert!(outcomes[..20].iter().all(Result::is_ok));
		assert_eq!(outcomes[20], Err(InvalidTransaction::Custom(QUARANTINED).into()));
		assert_eq!(intrusions(), vec![flooder]);
	});
}

#[test]
fn a_device_cannot_borrow_time_from_the_future_or_from_long_ago() {
	ExtBuilder.build_and_execute(|| {
		steady(DEVICES[0], START, 11);
		steady(DEVICES[1], START, 11);
		let block = START + 11_000;
		let out_of_range = Err(InvalidTransaction::Custom(DEVICE_TIME_OUT_OF_RANGE).into());
		// Beyond the clock's drift, or older than `MaxSendDelay`: refused, in the pool and in a
		// block, and not counted.
		let before = Devices::<Test>::get(DEVICES[0]);
		for claimed in [block + MAX_CLOCK_DRIFT + 1, block - MAX_SEND_DELAY - 1] {
			let pool = CheckQuarantine::<Test>::new().validate_only(
				RuntimeOrigin::signed(DEVICES[0]),
				&sent_at(claimed),
				&DispatchInfo::default(),
				0,
				TransactionSource::External,
				0,
			);
			assert_eq!(pool.map(|_| ()), out_of_range);
			assert_eq!(apply_call_at(DEVICES[0], &sent_at(claimed), block), out_of_range);
		}
		assert_eq!(Devices::<Test>::get(DEVICES[0]), before);
		// Others may anchor readings of any age (a patient uploading old records).
		assert_ok!(apply_call_at(PATIENT, &sent_at(0), block));
		// Within the drift, the future is at most `MaxClockDrift` of slack: readings "1 s
		// apart" from the end of the drift on are as good as simultaneous.
		for i in 0..20 {
			let claimed = block + MAX_CLOCK_DRIFT + 1_000 * i;
			let _ =
				apply_call_at(DEVICES[0], &sent_at(claimed.min(block + MAX_CLOCK_DRIFT)), block);
		}
		assert!(quarantined(DEVICES[0]));
		// Going back before its last reading counts as an interval of 0: ten readings
		// claiming one old moment close a window of 0.
		for _ in 0..10 {
			assert_ok!(apply_call_at(DEVICES[1], &sent_at(block - 5_000), block));
		}
		assert!(quarantined(DEVICES[1]));
	});
}

#[test]
fn a_new_device_borrows_no_more_than_any_device() {
	ExtBuilder.build_and_execute(|| {
		// Its first reading claims to be older than `MaxSendDelay`: refused, in the pool and in
		// a block, and not counted, as any device's.
		let block = START + MAX_SEND_DELAY + 60_000;
		let out_of_range = Err(InvalidTransaction::Custom(DEVICE_TIME_OUT_OF_RANGE).into());
		assert_eq!(apply_call_at(DEVICES[2], &sent_at(START), block), out_of_range);
		assert_eq!(Devices::<Test>::get(DEVICES[2]), None);
		// Claiming exactly `MaxSendDelay`, it keeps its time: readings spaced over those
		// minutes, delivered at once, keep their spacing (a device buffering through an outage).
		let first = block - MAX_SEND_DELAY;
		assert_ok!(apply_call_at(DEVICES[2], &sent_at(first), block));
		assert_eq!(device(DEVICES[2]).last_seen, Some(first));
		for i in 1..=10 {
			assert_ok!(apply_call_at(DEVICES[2], &sent_at(first + i * 1_000), block));
		}
		assert!(!quarantined(DEVICES[2]));
		// Readings claiming no silence, all of one moment, are a flood at once: its baseline
		// would be below the floor.
		for _ in 0..11 {
			assert_ok!(apply_call_at(DEVICES[3], &sent_at(block), block));
		}
		assert!(quarantined(DEVICES[3]));
		// Reinstated, it borrows only the silence since its reinstatement: readings claiming
		// the minutes before it count as 0 apart.
		assert_ok!(IntrusionDetection::reinstate(RuntimeOrigin::root(), DEVICES[3]));
		let later = block + 60_000;
		for i in 0..10 {
			assert_ok!(apply_call_at(DEVICES[3], &sent_at(block - 60_000 + i * 1_000), later));
		}
		assert!(quarantined(DEVICES[3]));
	});
}

#[test]
fn a_new_devices_first_readings_delayed_beyond_the_clock_drift_keep_their_times() {
	ExtBuilder.build_and_execute(|| {
		// A new device reads every 500 ms; an overloaded pool (the four-node benchmark at twice
		// its ceiling: readings to a block in up to 30 s, after up to 13 s of retries at the
		// door) holds its first 91 readings up to 45 s: they keep their times, 500 ms apart.
		// When a first reading counted no earlier than the clock's drift before its block (15 s
		// after it was taken), the 30 readings taken in those 15 s counted 0 apart and it was
		// quarantined as its baseline closed.
		let block = START + 45_000;
		for i in 0..=90 {
			assert_ok!(apply_call_at(DEVICES[2], &sent_at(START + i * 500), block));
		}
		assert_eq!(device(DEVICES[2]).last_seen, Some(START + 45_000));
		for i in 91..140 {
			let taken = START + i * 500;
			assert_ok!(apply_call_at(DEVICES[2], &sent_at(taken), taken));
		}
		assert!(!quarantined(DEVICES[2]));
		System::assert_has_event(
			Event::BaselineLearned { device: DEVICES[2], baseline: 500_000, threshold: 375_000 }
				.into(),
		);
	});
}

#[test]
fn a_new_devices_first_readings_delayed_by_a_block_keep_their_times() {
	ExtBuilder.build_and_execute(|| {
		// A new device reads every 500 ms; its first 13 readings wait 6 s for a block (a
		// session's rotation takes one whole, and a full pool delays more): the first is timed
		// when it was taken, so the others are 500 ms apart, not 0 (it was quarantined when the
		// first counted at the block's time).
		let block = START + 6_000;
		for i in 0..13 {
			assert_ok!(apply_call_at(DEVICES[2], &sent_at(START + i * 500), block));
		}
		assert_eq!(device(DEVICES[2]).last_seen, Some(START + 6_000));
		for i in 13..40 {
			let taken = START + i * 500;
			assert_ok!(apply_call_at(DEVICES[2], &sent_at(taken), taken));
		}
		assert!(!quarantined(DEVICES[2]));
	});
}

#[test]
fn an_outage_while_a_new_device_is_learned_is_left_out_of_its_baseline() {
	ExtBuilder.build_and_execute(|| {
		// A new device reads every 500 ms; 20 s of its readings are lost (its gateway was down,
		// and it keeps no buffer) while its first baseline is learned. The gap is left out as a
		// pause: its baseline is its rate, and its rate resumed is normal. (Counted in, it lifted
		// the baseline to 2.5 s, and the next window of 500 ms readings was taken for a flood.)
		let mut taken = START;
		read_every(DEVICES[2], &mut taken, 5, 500);
		taken += 20_000;
		read_every(DEVICES[2], &mut taken, 6, 500);
		System::assert_has_event(
			Event::BaselineLearned { device: DEVICES[2], baseline: 500_000, threshold: 375_000 }
				.into(),
		);
		read_every(DEVICES[2], &mut taken, 30, 500);
		assert!(!quarantined(DEVICES[2]));
		// A flood after it is still caught: a window at 300 ms is below 75 % of 500 ms.
		for _ in 0..10 {
			let _ = apply_call_at(DEVICES[2], &sent_at(taken), taken);
			taken += 300;
		}
		assert!(quarantined(DEVICES[2]));
	});
}

#[test]
fn an_outage_counted_by_the_chain_and_again_in_a_report_is_left_out() {
	ExtBuilder.build_and_execute(|| {
		// The hospital's node reports the intervals it measured of its device, which the chain
		// also counts itself: a gap while the device is learned comes twice, and both copies
		// are left out (with only the longest left out, the baseline was 2.7 s, and the usual
		// 500 ms a flood).
		let mut taken = START;
		read_every(DEVICES[2], &mut taken, 4, 500);
		taken += 20_000;
		read_every(DEVICES[2], &mut taken, 1, 500);
		let measured = vec![(DEVICES[2], 500), (DEVICES[2], 500), (DEVICES[2], 500)];
		assert_ok!(IntrusionDetection::report(signed(HOSPITAL), observations(measured)));
		assert_ok!(IntrusionDetection::report(
			signed(HOSPITAL),
			observations(vec![(DEVICES[2], 20_500)])
		));
		read_every(DEVICES[2], &mut taken, 2, 500);
		System::assert_has_event(
			Event::BaselineLearned { device: DEVICES[2], baseline: 500_000, threshold: 375_000 }
				.into(),
		);
		read_every(DEVICES[2], &mut taken, 20, 500);
		assert!(!quarantined(DEVICES[2]));
	});
}

#[test]
#[should_panic(expected = "two gaps just short of pauses must not make the usual rate a flood")]
fn a_pause_factor_out_of_bounds_fails_the_integrity_test() {
	// With 10 intervals and 75 %, 3 is one too many: 75 × 11 × 12 > 100 × 10 × 9.
	PauseFactor::set(3);
	<IntrusionDetection as frame_support::traits::Hooks<u64>>::integrity_test();
}

#[test]
fn try_state_finds_a_learning_detectors_longest_intervals_inconsistent() {
	let learning = |sum, count, longest, next_longest| {
		let mut state = DeviceState::default();
		state.detector.sum = sum;
		state.detector.count = count;
		state.detector.longest = longest;
		state.detector.next_longest = next_longest;
		state
	};
	for (corrupt, why) in [
		(learning(3_000, 3, 1_000, 2_000), "a second longest longer than the longest"),
		(learning(1_000, 3, 900, 800), "longest intervals not among those counted"),
		(learning(500, 1, 300, 200), "a second longest interval of one"),
	] {
		ExtBuilder.build().execute_with(|| {
			Devices::<Test>::insert(DEVICES[2], learning(1_500, 3, 1_000, 300));
			assert_ok!(IntrusionDetection::do_try_state());
			Devices::<Test>::insert(DEVICES[2], corrupt);
			assert!(IntrusionDetection::do_try_state().is_err(), "{why}");
		});
	}
	// A learned detector keeps no longest interval.
	ExtBuilder.build().execute_with(|| {
		let mut state = DeviceState::default();
		state.detector.status = DetectorStatus::Normal;
		state.detector.first_baseline = 100_000;
		state.detector.baseline = 100_000;
		state.detector.threshold = 75_000;
		Devices::<Test>::insert(DEVICES[2], state.clone());
		assert_ok!(IntrusionDetection::do_try_state());
		state.detector.longest = 100;
		Devices::<Test>::insert(DEVICES[2], state);
		assert!(IntrusionDetection::do_try_state().is_err());
	});
}

/// The priority the pool gives `who`'s transaction carrying `call`, or `None` if it refuses it.
fn priority(
	who: u64,
	call: &RuntimeCall,
) -> Option<sp_runtime::transaction_validity::TransactionPriority> {
	let pool = CheckQuarantine::<Test>::new().validate_only(
		RuntimeOrigin::signed(who),
		call,
		&DispatchInfo::default(),
		0,
		TransactionSource::External,
		0,
	);
	pool.ok().map(|(valid, ..)| valid.priority)
}

#[test]
fn a_monitors_reports_come_before_a_flood_and_no_one_elses_do() {
	ExtBuilder.build_and_execute(|| {
		let report = RuntimeCall::IntrusionDetection(Call::report {
			observations: observations(vec![(DEVICES[0], 1_000)]),
		});
		let report_node = RuntimeCall::IntrusionDetection(Call::report_node {
			node: OTHER_NODE
				.to_vec()
				.try_into()
				.expect("10 bytes, under the mock's MaxNodeIdLength of 64; qed"),
		});
		// A hospital's reports, of devices and of nodes, come first.
		assert_eq!(priority(HOSPITAL, &report), Some(REPORT_PRIORITY));
		assert_eq!(priority(HOSPITAL, &report_node), Some(REPORT_PRIORITY));
		// And a monitor's made by governance, from when it is made.
		assert_eq!(priority(GATEWAY, &report), Some(0));
		assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
		assert_eq!(priority(GATEWAY, &report), Some(REPORT_PRIORITY));
		// Anyone else's report, bound to fail with `NotMonitor`, is ordered like any other
		// transaction: it cannot jump the queue by calling itself a report.
		for who in [PATIENT, PHYSICIAN, DEVICES[1]] {
			assert_eq!(priority(who, &report), Some(0));
			assert_eq!(priority(who, &report_node), Some(0));
		}
		// A monitor's other transactions are not reports.
		assert_eq!(priority(HOSPITAL, CALL), Some(0));
		let reinstate = RuntimeCall::IntrusionDetection(Call::reinstate { device: DEVICES[0] });
		assert_eq!(priority(HOSPITAL, &reinstate), Some(0));
		// A report of no devices, bound to fail with `NoObservations`, gets none either.
		let empty =
			RuntimeCall::IntrusionDetection(Call::report { observations: observations(vec![]) });
		assert_eq!(priority(HOSPITAL, &empty), Some(0));
		// A suspended hospital is no monitor.
		MockRegistry::set_status(HOSPITAL, Status::Suspended);
		assert_eq!(priority(HOSPITAL, &report), Some(0));
	});
}
