use super::*;

#[test]
fn offers_a_physician_an_affiliation_that_waits_for_its_acceptance() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
		// Not a member of the hospital until it accepts.
		assert_eq!(Registry::hospitals_of(&PHYSICIAN), vec![GOV_HOSPITAL]);
		assert!(!Registry::is_active_in(&PHYSICIAN, &OTHER_HOSPITAL));
		assert!(AffiliationOffers::<Test>::contains_key(PHYSICIAN, OTHER_HOSPITAL));
		assert_eq!(
			last_event(),
			Event::AffiliationOffered { physician: PHYSICIAN, hospital: OTHER_HOSPITAL }.into()
		);
	});
}

#[test]
fn fails_for_a_caller_that_is_not_a_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::affiliate_physician(signed(PATIENT), PHYSICIAN),
			Error::<Test>::NotHospital
		);
	});
}

#[test]
fn fails_for_an_unregistered_physician() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::affiliate_physician(signed(OTHER_HOSPITAL), NOBODY),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn fails_for_a_patient() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::affiliate_physician(signed(OTHER_HOSPITAL), PATIENT),
			Error::<Test>::NotPhysician
		);
	});
}

#[test]
fn fails_for_a_suspended_physician() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(PHYSICIAN);
		assert_noop!(
			Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_when_already_affiliated() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::affiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN),
			Error::<Test>::AlreadyAffiliated
		);
	});
}

#[test]
fn fails_when_already_offered() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
		assert_noop!(
			Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN),
			Error::<Test>::AlreadyOffered
		);
	});
}
