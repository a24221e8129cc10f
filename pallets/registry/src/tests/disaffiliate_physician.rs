use super::*;

#[test]
fn ends_the_affiliation_and_cleans_both_indexes() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::disaffiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN));
		assert!(!HospitalPhysicians::<Test>::contains_key(GOV_HOSPITAL));
		assert!(!PhysicianHospitals::<Test>::contains_key(PHYSICIAN));
		assert!(!Registry::is_active_in(&PHYSICIAN, &GOV_HOSPITAL));
		assert_eq!(status(PHYSICIAN), Status::Active, "the physician stays registered");
		assert_eq!(
			last_event(),
			Event::PhysicianDisaffiliated { physician: PHYSICIAN, hospital: GOV_HOSPITAL }.into()
		);
	});
}

#[test]
fn withdraws_an_offer_the_physician_has_not_accepted() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
		assert_ok!(Registry::disaffiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
		assert!(!AffiliationOffers::<Test>::contains_key(PHYSICIAN, OTHER_HOSPITAL));
		assert_eq!(Registry::hospitals_of(&PHYSICIAN), vec![GOV_HOSPITAL]);
		assert_eq!(
			last_event(),
			Event::AffiliationOfferWithdrawn { physician: PHYSICIAN, hospital: OTHER_HOSPITAL }
				.into()
		);
		assert_noop!(
			Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
			Error::<Test>::NoAffiliationOffer
		);
	});
}

#[test]
fn works_for_a_suspended_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(GOV_HOSPITAL);
		assert_ok!(Registry::disaffiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN));
	});
}

#[test]
fn fails_for_an_unregistered_caller() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::disaffiliate_physician(signed(NOBODY), PHYSICIAN),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn fails_for_a_caller_that_is_not_a_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::disaffiliate_physician(signed(PHYSICIAN), PHYSICIAN),
			Error::<Test>::NotHospital
		);
	});
}

#[test]
fn fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::disaffiliate_physician(RuntimeOrigin::none(), PHYSICIAN), BadOrigin);
	});
}

#[test]
fn fails_for_another_hospitals_physician() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::disaffiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN),
			Error::<Test>::NotAffiliated
		);
	});
}
