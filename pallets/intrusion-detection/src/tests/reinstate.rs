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
	assert_eq!(status(node), Some(DetectorStatus::Quarantined));
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
		System::assert_last_event(Event::DeviceReinstated { device: DEVICES[0], by: None }.into());
	});
}

#[test]
fn reinstate_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		quarantine(DEVICES[0]);
		assert_noop!(IntrusionDetection::reinstate(RuntimeOrigin::none(), DEVICES[0]), BadOrigin);
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
