use super::*;

#[test]
fn the_hospital_that_suspended_reactivates() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
		assert_ok!(Registry::reactivate(signed(GOV_HOSPITAL), DEVICE));
		assert_eq!(status(DEVICE), Status::Active);
		assert!(Registry::is_active(&DEVICE));
		assert_eq!(last_event(), Event::ParticipantReactivated { who: DEVICE }.into());
	});
}

#[test]
fn governance_reactivates_what_a_hospital_suspended() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
		assert_ok!(Registry::reactivate(RuntimeOrigin::root(), DEVICE));
		assert_eq!(status(DEVICE), Status::Active);
	});
}

#[test]
fn fails_for_a_hospital_that_did_not_suspend() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
		assert_noop!(
			Registry::reactivate(signed(OTHER_HOSPITAL), DEVICE),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn fails_for_a_hospital_after_governance_suspended() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(DEVICE);
		assert_noop!(
			Registry::reactivate(signed(GOV_HOSPITAL), DEVICE),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn fails_for_a_suspending_hospital_that_is_itself_suspended() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
		suspend_by_root(GOV_HOSPITAL);
		assert_noop!(Registry::reactivate(signed(GOV_HOSPITAL), DEVICE), Error::<Test>::NotActive);
	});
}

#[test]
fn fails_for_an_active_participant() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::reactivate(RuntimeOrigin::root(), DEVICE),
			Error::<Test>::NotSuspended
		);
	});
}

#[test]
fn fails_for_a_revoked_participant() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
		assert_noop!(
			Registry::reactivate(RuntimeOrigin::root(), DEVICE),
			Error::<Test>::NotSuspended
		);
	});
}

#[test]
fn fails_for_an_unregistered_account() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::reactivate(RuntimeOrigin::root(), NOBODY),
			Error::<Test>::NotRegistered
		);
	});
}
