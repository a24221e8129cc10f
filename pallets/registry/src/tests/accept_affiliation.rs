use super::*;

fn offered() {
	setup();
	assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
}

#[test]
fn the_physician_joins_the_hospital_that_offered() {
	ExtBuilder.build_and_execute(|| {
		offered();
		assert_ok!(Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL));
		assert_eq!(Registry::hospitals_of(&PHYSICIAN), vec![GOV_HOSPITAL, OTHER_HOSPITAL]);
		assert!(Registry::is_active_in(&PHYSICIAN, &OTHER_HOSPITAL));
		assert!(!AffiliationOffers::<Test>::contains_key(PHYSICIAN, OTHER_HOSPITAL));
		assert_eq!(
			last_event(),
			Event::PhysicianAffiliated { physician: PHYSICIAN, hospital: OTHER_HOSPITAL }.into()
		);
	});
}

#[test]
fn fails_without_an_offer() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
			Error::<Test>::NoAffiliationOffer
		);
	});
}

#[test]
fn fails_for_anyone_but_the_physician_offered() {
	ExtBuilder.build_and_execute(|| {
		offered();
		// Another physician, the hospital itself, a patient: none is the one offered.
		register_physician(GOV_HOSPITAL, 40);
		assert_noop!(
			Registry::accept_affiliation(signed(40), OTHER_HOSPITAL),
			Error::<Test>::NoAffiliationOffer
		);
		assert_noop!(
			Registry::accept_affiliation(signed(OTHER_HOSPITAL), OTHER_HOSPITAL),
			Error::<Test>::NotPhysician
		);
		assert_noop!(
			Registry::accept_affiliation(RuntimeOrigin::none(), OTHER_HOSPITAL),
			BadOrigin
		);
	});
}

#[test]
fn fails_for_a_suspended_physician() {
	ExtBuilder.build_and_execute(|| {
		offered();
		suspend_by_root(PHYSICIAN);
		assert_noop!(
			Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_when_the_hospital_is_no_longer_active() {
	ExtBuilder.build_and_execute(|| {
		offered();
		suspend_by_root(OTHER_HOSPITAL);
		assert_noop!(
			Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_when_the_hospital_is_full() {
	ExtBuilder.build_and_execute(|| {
		offered();
		for physician in 40..43 {
			register_physician(OTHER_HOSPITAL, physician);
		}
		assert_noop!(
			Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
			Error::<Test>::TooManyPhysicians
		);
	});
}

#[test]
fn fails_when_the_physician_has_too_many_hospitals() {
	ExtBuilder.build_and_execute(|| {
		offered();
		admit(3);
		assert_ok!(Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL));
		assert_ok!(Registry::affiliate_physician(signed(3), PHYSICIAN));
		assert_noop!(
			Registry::accept_affiliation(signed(PHYSICIAN), 3),
			Error::<Test>::TooManyHospitals
		);
	});
}
