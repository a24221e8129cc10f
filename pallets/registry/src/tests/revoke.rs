use super::*;

#[test]
fn governance_removes_a_hospital_and_its_affiliations() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::revoke(RuntimeOrigin::root(), GOV_HOSPITAL));
		assert_eq!(status(GOV_HOSPITAL), Status::Revoked);
		assert!(HospitalPhysicians::<Test>::get(GOV_HOSPITAL).is_empty());
		assert!(Registry::hospitals_of(&PHYSICIAN).is_empty());
		assert!(!Registry::is_active(&DEVICE), "a device of a removed hospital is cut off");
		assert_eq!(last_event(), Event::ParticipantRevoked { who: GOV_HOSPITAL }.into());
	});
}

#[test]
fn a_hospital_revokes_its_device_which_leaves_the_patients_list() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
		assert_eq!(status(DEVICE), Status::Revoked);
		assert!(PatientDevices::<Test>::get(PATIENT).is_empty());
		assert_eq!(Registry::patient_of(&DEVICE), Some(PATIENT), "history stays");
	});
}

#[test]
fn a_patient_leaves_releasing_its_identifier_and_guardianships() {
	ExtBuilder.build_and_execute(|| {
		let mrn = H256::repeat_byte(9);
		assert_ok!(Registry::register_patient(signed(PATIENT), key(RSA_2048_A), Some(mrn)));
		register_patient(PATIENT_2);
		assert_ok!(Registry::add_guardian(signed(PATIENT), PATIENT_2));
		assert_ok!(Registry::add_guardian(signed(PATIENT_2), PATIENT));
		assert_ok!(Registry::revoke(signed(PATIENT), PATIENT));
		assert_eq!(Registry::patient_by_identifier(mrn), None);
		assert!(Guardians::<Test>::get(PATIENT).is_empty());
		assert!(Guardians::<Test>::get(PATIENT_2).is_empty());
		assert!(Wards::<Test>::get(PATIENT).is_empty() && Wards::<Test>::get(PATIENT_2).is_empty());
	});
}

#[test]
fn a_physician_leaves_all_its_hospitals() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
		assert_ok!(Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL));
		assert_ok!(Registry::revoke(signed(PHYSICIAN), PHYSICIAN));
		assert!(Registry::hospitals_of(&PHYSICIAN).is_empty());
		assert!(HospitalPhysicians::<Test>::get(OTHER_HOSPITAL).is_empty());
	});
}

#[test]
fn refunds_the_unused_weight() {
	ExtBuilder.build_and_execute(|| {
		setup();
		let declared = crate::Call::<Test>::revoke { who: DEVICE }.get_dispatch_info().call_weight;
		let post = Registry::revoke(signed(GOV_HOSPITAL), DEVICE).expect("revoked");
		let actual = post.actual_weight.expect("revoke reports its weight");
		assert_eq!(actual, <() as WeightInfo>::revoke_device());
		assert!(actual.all_lte(declared));
	});
}

#[test]
fn a_physician_guardian_is_refunded_within_the_bound() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
		let post = Registry::revoke(signed(PHYSICIAN), PHYSICIAN).expect("revoked");
		let actual = post.actual_weight.expect("revoke reports its weight");
		assert!(actual.all_lte(Registry::revoke_weight_bound()));
		assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN), "its guardianship ended");
	});
}

#[test]
fn fails_for_a_hospital_revoking_itself() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::revoke(signed(GOV_HOSPITAL), GOV_HOSPITAL),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn fails_for_another_hospitals_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::revoke(signed(OTHER_HOSPITAL), DEVICE), Error::<Test>::NotPermitted);
	});
}

#[test]
fn fails_for_a_suspended_hospitals_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(GOV_HOSPITAL);
		assert_noop!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE), Error::<Test>::NotPermitted);
	});
}

#[test]
fn fails_for_a_hospital_revoking_its_physician() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::revoke(signed(GOV_HOSPITAL), PHYSICIAN),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn fails_for_someone_else() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(Registry::revoke(signed(PHYSICIAN), PATIENT), Error::<Test>::NotPermitted);
	});
}

#[test]
fn fails_for_an_unregistered_account() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(Registry::revoke(RuntimeOrigin::root(), NOBODY), Error::<Test>::NotRegistered);
	});
}

#[test]
fn is_final() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::revoke(signed(PATIENT), PATIENT));
		assert_noop!(
			Registry::revoke(RuntimeOrigin::root(), PATIENT),
			Error::<Test>::AlreadyRevoked
		);
		assert_noop!(
			Registry::register_patient(signed(PATIENT), key(RSA_2048_B), None),
			Error::<Test>::AlreadyRegistered
		);
	});
}
