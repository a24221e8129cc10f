use super::*;

#[test]
fn table_1_gives_each_node_the_papers_baseline() {
	ExtBuilder.build_and_execute(|| {
		report_windows(TABLE_1);
		for node in 0..5 {
			let detector = device(DEVICES[node]).detector;
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
		let rest: Vec<_> =
			(3..5).flat_map(|node| second[node].iter().map(move |i| (DEVICES[node], *i))).collect();
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
		assert_eq!(
			flagged,
			vec![Some(Normal), Some(Quarantined), Some(Normal), Some(Quarantined), Some(Normal)]
		);
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
		assert_eq!(device(DEVICES[0]).detector.count, 1);
	});
}

#[test]
fn report_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			IntrusionDetection::report(RuntimeOrigin::none(), observations(vec![(DEVICES[0], 1)])),
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
			IntrusionDetection::report(signed(OTHER_HOSPITAL), observations(vec![(DEVICES[0], 1)])),
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
