use super::*;

#[test]
fn a_patient_adds_a_guardian() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
		assert!(Registry::is_guardian(&PATIENT, &PHYSICIAN));
		assert_eq!(Wards::<Test>::get(PHYSICIAN).to_vec(), vec![PATIENT]);
		assert_eq!(
			last_event(),
			Event::GuardianAdded { patient: PATIENT, guardian: PHYSICIAN }.into()
		);
	});
}

#[test]
fn add_fails_for_a_caller_that_is_not_a_patient() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::add_guardian(signed(PHYSICIAN), PATIENT), Error::<Test>::NotPatient);
	});
}

#[test]
fn add_fails_for_a_suspended_patient() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(PATIENT);
		assert_noop!(Registry::add_guardian(signed(PATIENT), PHYSICIAN), Error::<Test>::NotActive);
	});
}

#[test]
fn add_fails_for_the_patient_itself() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::add_guardian(signed(PATIENT), PATIENT),
			Error::<Test>::CannotGuardSelf
		);
	});
}

#[test]
fn add_fails_for_an_unregistered_guardian() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::add_guardian(signed(PATIENT), NOBODY), Error::<Test>::NotRegistered);
	});
}

#[test]
fn add_fails_for_a_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::add_guardian(signed(PATIENT), DEVICE),
			Error::<Test>::InvalidGuardian
		);
	});
}

#[test]
fn add_fails_for_a_suspended_guardian() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(PHYSICIAN);
		assert_noop!(
			Registry::add_guardian(signed(PATIENT), PHYSICIAN),
			Error::<Test>::InvalidGuardian
		);
	});
}

#[test]
fn add_fails_twice() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
		assert_noop!(
			Registry::add_guardian(signed(PATIENT), PHYSICIAN),
			Error::<Test>::AlreadyGuardian
		);
	});
}

#[test]
fn add_fails_beyond_max_guardians() {
	ExtBuilder.build_and_execute(|| {
		setup();
		for guardian in [40, 41, 42] {
			register_patient(guardian);
		}
		assert_ok!(Registry::add_guardian(signed(PATIENT), 40));
		assert_ok!(Registry::add_guardian(signed(PATIENT), 41));
		assert_noop!(Registry::add_guardian(signed(PATIENT), 42), Error::<Test>::TooManyGuardians);
	});
}

#[test]
fn add_fails_beyond_max_wards() {
	ExtBuilder.build_and_execute(|| {
		setup();
		for ward in [40, 41, 42] {
			register_patient(ward);
		}
		assert_ok!(Registry::add_guardian(signed(40), PHYSICIAN));
		assert_ok!(Registry::add_guardian(signed(41), PHYSICIAN));
		assert_noop!(Registry::add_guardian(signed(42), PHYSICIAN), Error::<Test>::TooManyWards);
	});
}

#[test]
fn the_patient_removes_a_guardian() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
		assert_ok!(Registry::remove_guardian(signed(PATIENT), PATIENT, PHYSICIAN));
		assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN));
		assert!(!Wards::<Test>::contains_key(PHYSICIAN));
		assert_eq!(
			last_event(),
			Event::GuardianRemoved { patient: PATIENT, guardian: PHYSICIAN }.into()
		);
	});
}

#[test]
fn a_guardian_steps_down() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
		assert_ok!(Registry::remove_guardian(signed(PHYSICIAN), PATIENT, PHYSICIAN));
		assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN));
	});
}

#[test]
fn remove_fails_for_a_third_party() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
		assert_noop!(
			Registry::remove_guardian(signed(GOV_HOSPITAL), PATIENT, PHYSICIAN),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn remove_fails_for_a_non_guardian() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::remove_guardian(signed(PATIENT), PATIENT, PHYSICIAN),
			Error::<Test>::NotGuardian
		);
	});
}
