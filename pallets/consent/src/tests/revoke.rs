use super::*;

#[test]
fn revoke_denies_access_in_the_same_block_and_tells_the_grantee() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert!(read_vitals(PHYSICIAN).is_granted());

		assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, id));
		assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::NoConsent));
		assert!(!Grants::<Test>::contains_key(PATIENT));
		assert!(!ExpiryQueue::<Test>::contains_key(100));
		System::assert_last_event(
			Event::ConsentRevoked {
				patient: PATIENT,
				grant_id: id,
				grantee: PHYSICIAN,
				by: PATIENT,
			}
			.into(),
		);
	});
}

#[test]
fn revoke_leaves_the_patients_other_grants() {
	ExtBuilder.build_and_execute(|| {
		let first = grant_to(PHYSICIAN);
		let second = grant_to(COLLEAGUE);
		assert_ok!(Consent::revoke(signed(GUARDIAN), PATIENT, first));
		assert_eq!(read_vitals(COLLEAGUE), granted(AccessBasis::Grant(second)));
		assert_eq!(ExpiryQueue::<Test>::get(100).into_inner(), vec![(PATIENT, second)]);
		assert!(matches!(last_event(), Event::ConsentRevoked { by: GUARDIAN, .. }));
	});
}

#[test]
fn a_suspended_patient_may_still_revoke() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		MockRegistry::set_status(PATIENT, Status::Suspended);
		assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, id));
		assert!(Consent::grants_of(&PATIENT).is_empty());
	});
}

#[test]
fn revoke_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(Consent::revoke(RuntimeOrigin::none(), PATIENT, id), BadOrigin);
	});
}

#[test]
fn revoke_fails_for_a_non_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(Consent::revoke(signed(PHYSICIAN), PHYSICIAN, 0), Error::<Test>::NotPatient);
	});
}

#[test]
fn revoke_fails_for_the_grantee() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::revoke(signed(PHYSICIAN), PATIENT, id),
			Error::<Test>::NotPatientOrGuardian
		);
	});
}

#[test]
fn revoke_fails_for_an_unknown_or_anothers_grant() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Consent::grant(
			signed(STRANGER),
			STRANGER,
			PHYSICIAN,
			Scope::All,
			Permission::Read,
			Purpose::Treatment,
			None,
			100,
		));
		assert_noop!(Consent::revoke(signed(PATIENT), PATIENT, 0), Error::<Test>::NoSuchGrant);
		assert_noop!(Consent::revoke(signed(PATIENT), PATIENT, 7), Error::<Test>::NoSuchGrant);
	});
}
