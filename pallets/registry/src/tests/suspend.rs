use super::*;

#[test]
fn a_hospital_suspends_its_device_and_the_device_stops_being_active() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
		assert_eq!(status(DEVICE), Status::Suspended);
		assert!(!Registry::is_active(&DEVICE));
		assert_eq!(
			last_event(),
			Event::ParticipantSuspended { who: DEVICE, by: Some(GOV_HOSPITAL) }.into()
		);
	});
}

#[test]
fn fails_for_a_hospital_suspending_its_physician_chain_wide() {
	ExtBuilder.build_and_execute(|| {
		setup();
		// The physician's standing at other hospitals is governance's, not the hospital's:
		// the hospital ends its own affiliation instead.
		assert_noop!(
			Registry::suspend(signed(GOV_HOSPITAL), PHYSICIAN),
			Error::<Test>::NotPermitted
		);
		assert_ok!(Registry::disaffiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN));
		assert_eq!(status(PHYSICIAN), Status::Active);
	});
}

#[test]
fn fails_for_a_hospital_that_claimed_a_physician_without_its_acceptance() {
	ExtBuilder.build_and_execute(|| {
		setup();
		// An offer the physician never accepted gives the hospital no power over it.
		assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
		assert_noop!(
			Registry::suspend(signed(OTHER_HOSPITAL), PHYSICIAN),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn governance_suspends_a_hospital_and_its_devices_stop_being_active() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), GOV_HOSPITAL));
		assert_eq!(
			last_event(),
			Event::ParticipantSuspended { who: GOV_HOSPITAL, by: None }.into()
		);
		assert!(!Registry::is_active(&DEVICE), "a device of a suspended hospital is cut off");
		assert!(!Registry::is_active_in(&PHYSICIAN, &GOV_HOSPITAL));
	});
}

#[test]
fn fails_for_another_hospitals_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::suspend(signed(OTHER_HOSPITAL), DEVICE),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn fails_for_a_hospital_suspending_a_patient() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::suspend(signed(GOV_HOSPITAL), PATIENT), Error::<Test>::NotPermitted);
	});
}

#[test]
fn fails_for_a_caller_that_is_not_a_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::suspend(signed(PATIENT), DEVICE), Error::<Test>::NotHospital);
	});
}

#[test]
fn fails_for_an_unregistered_account() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::suspend(RuntimeOrigin::root(), NOBODY),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn fails_when_already_suspended() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(DEVICE);
		assert_noop!(
			Registry::suspend(signed(GOV_HOSPITAL), DEVICE),
			Error::<Test>::AlreadySuspended
		);
	});
}

#[test]
fn fails_for_a_revoked_participant() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
		assert_noop!(
			Registry::suspend(RuntimeOrigin::root(), DEVICE),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::suspend(RuntimeOrigin::none(), DEVICE), BadOrigin);
	});
}
