//! Intrusion detection's unit tests: monitors' reports on the paper's Table 1, several nodes
//! flagged at once, reinstatement, monitors, and the transaction extension refusing quarantined
//! accounts and counting devices' transactions; monitors' reports of member nodes
//! (`node_reports`).

use crate::{mock::*, *};
use carechain_primitives::registry::Status;
use cast::*;
use frame_support::{assert_noop, assert_ok, dispatch::DispatchInfo};
use sp_runtime::{
	traits::{BadOrigin, DispatchTransaction},
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
};

use carechain_primitives::intrusion::paper::{AVERAGES, TABLE_1};

mod node_reports;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn observations(
	list: Vec<(u64, u32)>,
) -> BoundedVec<(u64, u32), frame_support::traits::ConstU32<30>> {
	list.try_into().expect("a test report fits MaxObservationsPerReport")
}

/// The hospital reports `intervals[i]` for each of the five devices, interleaved, in 10 reports
/// of 5 observations.
#[allow(clippy::needless_range_loop)] // `i` indexes every device's intervals alike.
fn report_windows(intervals: [[u32; 10]; 5]) {
	for i in 0..10 {
		let batch = (0..5).map(|node| (DEVICES[node], intervals[node][i])).collect();
		assert_ok!(IntrusionDetection::report(signed(HOSPITAL), observations(batch)));
	}
}

fn status(node: u64) -> DetectorStatus {
	Devices::<Test>::get(node).expect("the device was judged").detector.status
}

fn intrusions() -> Vec<u64> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::IntrusionDetection(Event::IntrusionDetected { device, .. }) => {
				Some(device)
			},
			_ => None,
		})
		.collect()
}

mod report {
	use super::*;

	#[test]
	fn table_1_gives_each_node_the_papers_baseline() {
		ExtBuilder.build_and_execute(|| {
			report_windows(TABLE_1);
			for node in 0..5 {
				let detector =
					Devices::<Test>::get(DEVICES[node]).expect("the device was judged").detector;
				assert_eq!(detector.status, DetectorStatus::Normal);
				assert_eq!(detector.baseline, AVERAGES[node]);
				assert_eq!(detector.threshold, AVERAGES[node] * 3 / 4);
				System::assert_has_event(
					Event::BaselineLearned {
						device: DEVICES[node],
						baseline: AVERAGES[node],
						threshold: AVERAGES[node] * 3 / 4,
					}
					.into(),
				);
			}
		});
	}

	#[test]
	fn several_nodes_are_flagged_in_one_report() {
		ExtBuilder.build_and_execute(|| {
			report_windows(TABLE_1);
			// N2 and N4 at 40 % of their baselines, the others at 90 %.
			let second = [[92; 10], [24; 10], [110; 10], [20; 10], [57; 10]];
			let batch: Vec<_> = (0..5)
				.flat_map(|node| second[node].iter().map(move |i| (DEVICES[node], *i)))
				.take(30)
				.collect();
			// 30 observations: N1–N3's full windows.
			assert_ok!(IntrusionDetection::report(signed(HOSPITAL), observations(batch)));
			let rest: Vec<_> = (3..5)
				.flat_map(|node| second[node].iter().map(move |i| (DEVICES[node], *i)))
				.collect();
			assert_ok!(IntrusionDetection::report(signed(HOSPITAL), observations(rest)));
			assert_eq!(intrusions(), vec![DEVICES[1], DEVICES[3]]);
			System::assert_has_event(
				Event::IntrusionDetected {
					device: DEVICES[1],
					average: 24_000,
					threshold: 44_400,
					reported_by: Some(HOSPITAL),
				}
				.into(),
			);
			let flagged: Vec<_> = DEVICES.iter().map(|d| status(*d)).collect();
			use DetectorStatus::*;
			assert_eq!(flagged, vec![Normal, Quarantined, Normal, Quarantined, Normal]);
			let mut quarantined = IntrusionDetection::quarantined();
			quarantined.sort();
			assert_eq!(quarantined, vec![DEVICES[1], DEVICES[3]]);
		});
	}

	#[test]
	fn a_quarantined_node_is_judged_no_further() {
		ExtBuilder.build_and_execute(|| {
			report_windows(TABLE_1);
			let flood = observations((0..10).map(|_| (DEVICES[1], 1)).collect());
			assert_ok!(IntrusionDetection::report(signed(HOSPITAL), flood.clone()));
			let before = Devices::<Test>::get(DEVICES[1]);
			assert_ok!(IntrusionDetection::report(signed(HOSPITAL), flood));
			assert_eq!(Devices::<Test>::get(DEVICES[1]), before);
			assert_eq!(intrusions(), vec![DEVICES[1]]);
		});
	}

	#[test]
	fn a_monitor_made_by_governance_reports() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
			assert_ok!(IntrusionDetection::report(
				signed(GATEWAY),
				observations(vec![(DEVICES[0], 100)])
			));
			assert_eq!(Devices::<Test>::get(DEVICES[0]).unwrap().detector.count, 1);
		});
	}

	#[test]
	fn report_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				IntrusionDetection::report(
					RuntimeOrigin::none(),
					observations(vec![(DEVICES[0], 1)])
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn report_fails_for_an_unauthorised_monitor() {
		ExtBuilder.build_and_execute(|| {
			for who in [PHYSICIAN, PATIENT, DEVICES[0], GATEWAY] {
				assert_noop!(
					IntrusionDetection::report(signed(who), observations(vec![(DEVICES[0], 1)])),
					Error::<Test>::NotMonitor
				);
			}
			MockRegistry::set_status(HOSPITAL, Status::Suspended);
			assert_noop!(
				IntrusionDetection::report(signed(HOSPITAL), observations(vec![(DEVICES[0], 1)])),
				Error::<Test>::NotMonitor
			);
		});
	}

	#[test]
	fn report_fails_without_observations() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				IntrusionDetection::report(signed(HOSPITAL), observations(vec![])),
				Error::<Test>::NoObservations
			);
		});
	}

	#[test]
	fn report_fails_for_a_device_of_another_hospital() {
		ExtBuilder.build_and_execute(|| {
			// DEVICES belong to HOSPITAL: OTHER_HOSPITAL cannot get them quarantined.
			assert_noop!(
				IntrusionDetection::report(
					signed(OTHER_HOSPITAL),
					observations(vec![(DEVICES[0], 1)])
				),
				Error::<Test>::DeviceOfAnotherHospital
			);
			// One foreign device spoils the whole report: nothing of it is counted.
			assert_noop!(
				IntrusionDetection::report(
					signed(OTHER_HOSPITAL),
					observations(vec![(DEVICES[0], 1), (DEVICES[1], 1)])
				),
				Error::<Test>::DeviceOfAnotherHospital
			);
		});
	}

	#[test]
	fn a_monitor_made_by_governance_reports_any_hospitals_device() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
			assert_ok!(IntrusionDetection::report(
				signed(GATEWAY),
				observations(vec![(DEVICES[0], 100), (DEVICES[1], 100)])
			));
			assert!(Devices::<Test>::get(DEVICES[0]).is_some());
			// And a hospital its own.
			assert_ok!(IntrusionDetection::report(
				signed(HOSPITAL),
				observations(vec![(DEVICES[2], 100)])
			));
			assert!(Devices::<Test>::get(DEVICES[2]).is_some());
		});
	}

	#[test]
	fn report_fails_for_a_node_that_is_not_a_device() {
		ExtBuilder.build_and_execute(|| {
			for node in [HOSPITAL, PHYSICIAN, PATIENT, 99] {
				assert_noop!(
					IntrusionDetection::report(
						signed(HOSPITAL),
						observations(vec![(DEVICES[0], 1), (node, 1)])
					),
					Error::<Test>::NotADevice
				);
			}
		});
	}
}

mod reinstate {
	use super::*;

	fn quarantine(node: u64) {
		let mut batch = vec![];
		for _ in 0..10 {
			batch.push((node, 100));
		}
		for _ in 0..10 {
			batch.push((node, 1));
		}
		assert_ok!(IntrusionDetection::report(signed(HOSPITAL), observations(batch)));
		assert_eq!(status(node), DetectorStatus::Quarantined);
	}

	#[test]
	fn the_devices_hospital_reinstates_and_learning_starts_afresh() {
		ExtBuilder.build_and_execute(|| {
			quarantine(DEVICES[0]);
			assert_ok!(IntrusionDetection::reinstate(signed(HOSPITAL), DEVICES[0]));
			// Learning afresh, from now: no time to borrow.
			assert_eq!(
				Devices::<Test>::get(DEVICES[0]),
				Some(DeviceState {
					detector: Detector::default(),
					last_seen: Some(pallet_timestamp::Now::<Test>::get())
				})
			);
			assert!(!IntrusionDetection::is_quarantined(&DEVICES[0]));
			System::assert_last_event(
				Event::DeviceReinstated { device: DEVICES[0], by: Some(HOSPITAL) }.into(),
			);
		});
	}

	#[test]
	fn governance_reinstates() {
		ExtBuilder.build_and_execute(|| {
			quarantine(DEVICES[0]);
			assert_ok!(IntrusionDetection::reinstate(RuntimeOrigin::root(), DEVICES[0]));
			System::assert_last_event(
				Event::DeviceReinstated { device: DEVICES[0], by: None }.into(),
			);
		});
	}

	#[test]
	fn reinstate_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			quarantine(DEVICES[0]);
			assert_noop!(
				IntrusionDetection::reinstate(RuntimeOrigin::none(), DEVICES[0]),
				BadOrigin
			);
		});
	}

	#[test]
	fn reinstate_fails_for_a_node_not_quarantined() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				IntrusionDetection::reinstate(signed(HOSPITAL), DEVICES[0]),
				Error::<Test>::NotQuarantined
			);
			assert_ok!(IntrusionDetection::report(
				signed(HOSPITAL),
				observations(vec![(DEVICES[0], 100)])
			));
			assert_noop!(
				IntrusionDetection::reinstate(signed(HOSPITAL), DEVICES[0]),
				Error::<Test>::NotQuarantined
			);
		});
	}

	#[test]
	fn reinstate_fails_for_another_hospital_or_a_physician() {
		ExtBuilder.build_and_execute(|| {
			quarantine(DEVICES[0]);
			for who in [OTHER_HOSPITAL, PHYSICIAN, DEVICES[0]] {
				assert_noop!(
					IntrusionDetection::reinstate(signed(who), DEVICES[0]),
					Error::<Test>::NotPermitted
				);
			}
		});
	}
}

mod monitors {
	use super::*;

	#[test]
	fn governance_adds_and_removes_monitors() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
			assert!(IntrusionDetection::is_monitor(&GATEWAY));
			System::assert_last_event(Event::MonitorAdded { monitor: GATEWAY }.into());
			assert_ok!(IntrusionDetection::remove_monitor(RuntimeOrigin::root(), GATEWAY));
			assert!(!IntrusionDetection::is_monitor(&GATEWAY));
			System::assert_last_event(Event::MonitorRemoved { monitor: GATEWAY }.into());
		});
	}

	#[test]
	fn monitors_fail_for_a_signed_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(IntrusionDetection::add_monitor(signed(HOSPITAL), GATEWAY), BadOrigin);
			assert_noop!(IntrusionDetection::remove_monitor(signed(HOSPITAL), GATEWAY), BadOrigin);
		});
	}

	#[test]
	fn add_monitor_fails_twice_and_remove_fails_for_an_unknown_one() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
			assert_noop!(
				IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY),
				Error::<Test>::AlreadyMonitor
			);
			assert_noop!(
				IntrusionDetection::remove_monitor(RuntimeOrigin::root(), HOSPITAL),
				Error::<Test>::UnknownMonitor
			);
		});
	}
}

mod extension {
	use super::*;

	const CALL: &RuntimeCall = &RuntimeCall::System(frame_system::Call::remark { remark: vec![] });

	fn validate(who: u64) -> Result<(), TransactionValidityError> {
		let origin = RuntimeOrigin::signed(who);
		CheckQuarantine::<Test>::new()
			.validate_only(
				origin,
				CALL,
				&DispatchInfo::default(),
				0,
				TransactionSource::External,
				0,
			)
			.map(|_| ())
	}

	/// A transaction of `who` applied at `time` (ms): validated and prepared as in a block.
	fn apply_at(who: u64, time: u64) -> Result<(), TransactionValidityError> {
		apply_call_at(who, CALL, time)
	}

	/// A transaction of `who` carrying `call`, applied in a block at `time` (ms).
	fn apply_call_at(
		who: u64,
		call: &RuntimeCall,
		time: u64,
	) -> Result<(), TransactionValidityError> {
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

	fn quarantined(device: u64) -> bool {
		IntrusionDetection::is_quarantined(&device)
	}

	#[test]
	fn a_quarantined_account_is_refused_by_the_pool_and_others_are_not() {
		ExtBuilder.build_and_execute(|| {
			let mut state = DeviceState::default();
			state.detector.status = DetectorStatus::Quarantined;
			state.detector.baseline = 100_000;
			state.detector.first_baseline = 100_000;
			state.detector.threshold = 75_000;
			Devices::<Test>::insert(DEVICES[0], state);
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
			let detector = Devices::<Test>::get(DEVICES[0]).unwrap().detector;
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
			let detector = Devices::<Test>::get(DEVICES[0]).unwrap().detector;
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
				let _ = apply_call_at(
					DEVICES[0],
					&sent_at(claimed.min(block + MAX_CLOCK_DRIFT)),
					block,
				);
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
	fn a_new_device_borrows_no_time() {
		ExtBuilder.build_and_execute(|| {
			// Its first reading claims to be five minutes old: it counts at the block's time, so
			// the readings after it, claiming the minutes between, are 0 apart.
			let block = START + MAX_SEND_DELAY;
			assert_ok!(apply_call_at(DEVICES[2], &sent_at(START), block));
			assert_eq!(Devices::<Test>::get(DEVICES[2]).unwrap().last_seen, Some(block));
			for i in 1..=10 {
				assert_ok!(apply_call_at(DEVICES[2], &sent_at(START + i * 1_000), block));
			}
			assert!(quarantined(DEVICES[2]));
		});
	}
}
