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
