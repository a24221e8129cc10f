//! Reports of member nodes that flood the peer-to-peer layer: who may report which node, once;
//! the bound on reports; governance clearing them; and that a report sanctions nothing.

use super::*;

fn node(bytes: &[u8]) -> NodeId<Test> {
	bytes
		.to_vec()
		.try_into()
		.expect("the cast's node ids are under 64 bytes, the mock's MaxNodeIdLength; qed")
}

fn reporters(of: &[u8]) -> Vec<u64> {
	NodeReports::<Test>::get(node(of)).into_iter().map(|(reporter, _)| reporter).collect()
}

#[test]
fn a_hospital_and_a_governance_monitor_report_another_hospitals_node() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)));
		System::assert_last_event(
			Event::NodeReported {
				node: node(OTHER_NODE),
				owner: OTHER_HOSPITAL,
				reporter: HOSPITAL,
				reports: 1,
			}
			.into(),
		);
		assert_eq!(NodeReports::<Test>::get(node(OTHER_NODE)).to_vec(), vec![(HOSPITAL, 1)]);

		System::set_block_number(2);
		assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
		assert_ok!(IntrusionDetection::report_node(signed(GATEWAY), node(OTHER_NODE)));
		System::assert_last_event(
			Event::NodeReported {
				node: node(OTHER_NODE),
				owner: OTHER_HOSPITAL,
				reporter: GATEWAY,
				reports: 2,
			}
			.into(),
		);
		assert_eq!(
			NodeReports::<Test>::get(node(OTHER_NODE)).to_vec(),
			vec![(HOSPITAL, 1), (GATEWAY, 2)]
		);
	});
}

#[test]
fn a_report_sanctions_nothing() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)));
		// The reported node's hospital is still a monitor, and may report back.
		assert!(IntrusionDetection::is_monitor(&OTHER_HOSPITAL));
		assert_ok!(IntrusionDetection::report_node(signed(OTHER_HOSPITAL), node(HOSPITAL_NODE)));
		assert!(IntrusionDetection::quarantined().is_empty());
		assert_eq!(reporters(HOSPITAL_NODE), vec![OTHER_HOSPITAL]);
	});
}

#[test]
fn report_node_fails_for_a_caller_that_is_not_a_monitor() {
	ExtBuilder.build_and_execute(|| {
		for who in [PHYSICIAN, PATIENT, DEVICES[0], GATEWAY] {
			assert_noop!(
				IntrusionDetection::report_node(signed(who), node(OTHER_NODE)),
				Error::<Test>::NotMonitor
			);
		}
		assert_noop!(
			IntrusionDetection::report_node(RuntimeOrigin::none(), node(OTHER_NODE)),
			BadOrigin
		);
	});
}

#[test]
fn report_node_fails_for_a_suspended_hospital() {
	ExtBuilder.build_and_execute(|| {
		MockRegistry::set_status(HOSPITAL, Status::Suspended);
		assert_noop!(
			IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)),
			Error::<Test>::NotMonitor
		);
	});
}

#[test]
fn report_node_fails_for_a_node_that_is_not_a_member() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			IntrusionDetection::report_node(signed(HOSPITAL), node(b"a stranger")),
			Error::<Test>::UnknownNode
		);
	});
}

#[test]
fn report_node_fails_for_the_reporters_own_node() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			IntrusionDetection::report_node(signed(HOSPITAL), node(HOSPITAL_NODE)),
			Error::<Test>::OwnNode
		);
	});
}

#[test]
fn report_node_fails_the_second_time() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)));
		System::set_block_number(2);
		assert_noop!(
			IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)),
			Error::<Test>::AlreadyReported
		);
	});
}

#[test]
fn report_node_fails_beyond_the_reports_kept() {
	ExtBuilder.build_and_execute(|| {
		let monitors: Vec<u64> = (0..=u64::from(MAX_NODE_REPORTS)).map(|i| 50 + i).collect();
		for monitor in &monitors {
			assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), *monitor));
		}
		let (kept, over) = monitors.split_at(MAX_NODE_REPORTS as usize);
		for monitor in kept {
			assert_ok!(IntrusionDetection::report_node(signed(*monitor), node(OTHER_NODE)));
		}
		assert_noop!(
			IntrusionDetection::report_node(signed(over[0]), node(OTHER_NODE)),
			Error::<Test>::TooManyNodeReports
		);
		assert_eq!(reporters(OTHER_NODE), kept.to_vec());
	});
}

#[test]
fn governance_clears_a_nodes_reports_and_it_may_be_reported_again() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)));
		assert_ok!(IntrusionDetection::clear_node_reports(RuntimeOrigin::root(), node(OTHER_NODE)));
		System::assert_last_event(Event::NodeReportsCleared { node: node(OTHER_NODE) }.into());
		assert!(!NodeReports::<Test>::contains_key(node(OTHER_NODE)));

		assert_ok!(IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)));
		assert_eq!(reporters(OTHER_NODE), vec![HOSPITAL]);
	});
}

#[test]
fn clear_node_reports_fails_for_a_signed_origin_even_the_owners() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(IntrusionDetection::report_node(signed(HOSPITAL), node(OTHER_NODE)));
		for who in [OTHER_HOSPITAL, HOSPITAL] {
			assert_noop!(
				IntrusionDetection::clear_node_reports(signed(who), node(OTHER_NODE)),
				BadOrigin
			);
		}
	});
}

#[test]
fn clear_node_reports_fails_for_a_node_without_reports() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			IntrusionDetection::clear_node_reports(RuntimeOrigin::root(), node(OTHER_NODE)),
			Error::<Test>::NoNodeReports
		);
	});
}

#[test]
fn try_state_finds_a_monitor_reporting_a_node_twice() {
	ExtBuilder.build().execute_with(|| {
		let twice: NodeReporters<Test> = vec![(HOSPITAL, 1), (HOSPITAL, 2)]
			.try_into()
			.expect("MaxNodeReports is 3 in the mock; qed");
		NodeReports::<Test>::insert(node(OTHER_NODE), twice);
		assert!(IntrusionDetection::do_try_state().is_err());
	});
}

#[test]
fn the_calls_are_for_monitors_and_a_devices_hospital_only() {
	ExtBuilder.build_and_execute(|| {
		let report_node = Call::<Test>::report_node { node: node(OTHER_NODE) };
		let report = Call::<Test>::report { observations: observations(vec![(DEVICES[0], 100)]) };
		let reinstate = Call::<Test>::reinstate { device: DEVICES[0] };
		for call in [&report_node, &report] {
			assert!(IntrusionDetection::may_call(&HOSPITAL, call));
			assert!(IntrusionDetection::may_call(&OTHER_HOSPITAL, call));
			for who in [PATIENT, PHYSICIAN, DEVICES[0], GATEWAY] {
				assert!(!IntrusionDetection::may_call(&who, call), "{who}");
			}
		}
		// A device's hospital, while the device is quarantined: reinstating one that is not
		// fails with `NotQuarantined`, and is operational, so it is not free.
		assert!(!IntrusionDetection::may_call(&HOSPITAL, &reinstate));
		Devices::<Test>::insert(DEVICES[0], quarantined_state());
		assert!(IntrusionDetection::may_call(&HOSPITAL, &reinstate));
		for who in [OTHER_HOSPITAL, PATIENT, PHYSICIAN, DEVICES[0]] {
			assert!(!IntrusionDetection::may_call(&who, &reinstate), "{who}");
		}
		// Governance's calls are never a signed caller's.
		let clear = Call::<Test>::clear_node_reports { node: node(OTHER_NODE) };
		assert!(!IntrusionDetection::may_call(&HOSPITAL, &clear));

		// A monitor made by governance is one.
		assert_ok!(IntrusionDetection::add_monitor(RuntimeOrigin::root(), GATEWAY));
		assert!(IntrusionDetection::may_call(&GATEWAY, &report_node));
	});
}
