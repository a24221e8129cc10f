use super::*;

#[test]
fn registers_and_affiliates_the_physician() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		assert_ok!(Registry::register_physician(signed(GOV_HOSPITAL), PHYSICIAN, key(RSA_3072)));
		assert_eq!(Registry::role_of(&PHYSICIAN), Some(Role::Physician));
		assert_eq!(HospitalPhysicians::<Test>::get(GOV_HOSPITAL).to_vec(), vec![PHYSICIAN]);
		assert_eq!(PhysicianHospitals::<Test>::get(PHYSICIAN).to_vec(), vec![GOV_HOSPITAL]);
		assert_eq!(
			last_event(),
			Event::PhysicianRegistered { physician: PHYSICIAN, hospital: GOV_HOSPITAL }.into()
		);
	});
}

#[test]
fn fails_for_root() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::register_physician(RuntimeOrigin::root(), PHYSICIAN, key(RSA_2048_A)),
			BadOrigin
		);
	});
}

#[test]
fn fails_for_an_unregistered_caller() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::register_physician(signed(NOBODY), PHYSICIAN, key(RSA_2048_A)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn fails_for_a_caller_that_is_not_a_hospital() {
	ExtBuilder.build_and_execute(|| {
		register_patient(PATIENT);
		assert_noop!(
			Registry::register_physician(signed(PATIENT), PHYSICIAN, key(RSA_2048_A)),
			Error::<Test>::NotHospital
		);
	});
}

#[test]
fn fails_for_a_suspended_hospital() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		suspend_by_root(GOV_HOSPITAL);
		assert_noop!(
			Registry::register_physician(signed(GOV_HOSPITAL), PHYSICIAN, key(RSA_2048_A)),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_for_a_revoked_hospital() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		assert_ok!(Registry::revoke(RuntimeOrigin::root(), GOV_HOSPITAL));
		assert_noop!(
			Registry::register_physician(signed(GOV_HOSPITAL), PHYSICIAN, key(RSA_2048_A)),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_for_a_registered_physician() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::register_physician(signed(OTHER_HOSPITAL), PHYSICIAN, key(RSA_2048_A)),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn fails_for_a_bad_key_and_stores_nothing() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		assert_noop!(
			Registry::register_physician(signed(GOV_HOSPITAL), PHYSICIAN, key(RSA_1024)),
			Error::<Test>::KeyTooShort
		);
	});
}

#[test]
fn fails_when_the_hospital_is_full() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		for physician in 10..13 {
			register_physician(GOV_HOSPITAL, physician);
		}
		assert_noop!(
			Registry::register_physician(signed(GOV_HOSPITAL), 13, key(RSA_2048_A)),
			Error::<Test>::TooManyPhysicians
		);
	});
}
