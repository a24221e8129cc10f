use super::*;

#[test]
fn grant_by_patient_is_stored_queued_and_announced() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Consent::grant(
			signed(PATIENT),
			PATIENT,
			PHYSICIAN,
			only(&[VITALS]),
			Permission::ReadAppend,
			Purpose::Treatment,
			Some(5),
			100,
		));
		let grant = Grant {
			id: 0,
			grantee: PHYSICIAN,
			scope: only(&[VITALS]),
			permission: Permission::ReadAppend,
			purpose: Purpose::Treatment,
			starts_at: Some(5),
			expires_at: 100,
			granted_at: 1,
		};
		assert_eq!(Consent::grants_of(&PATIENT), vec![grant]);
		assert_eq!(Grants::<Test>::get(PATIENT)[0].cleanup_at, 100);
		assert_eq!(ExpiryQueue::<Test>::get(100).into_inner(), vec![(PATIENT, 0)]);
		assert_eq!(NextGrantId::<Test>::get(), 1);
		System::assert_last_event(
			Event::ConsentGranted {
				patient: PATIENT,
				grant_id: 0,
				grantee: PHYSICIAN,
				scope: only(&[VITALS]),
				permission: Permission::ReadAppend,
				purpose: Purpose::Treatment,
				starts_at: Some(5),
				expires_at: 100,
				by: PATIENT,
			}
			.into(),
		);
	});
}

#[test]
fn guardian_grants_for_the_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Consent::grant(
			signed(GUARDIAN),
			PATIENT,
			PHYSICIAN,
			Scope::All,
			Permission::Read,
			Purpose::Treatment,
			None,
			100,
		));
		assert!(matches!(last_event(), Event::ConsentGranted { by: GUARDIAN, .. }));
		assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(0)));
	});
}

#[test]
fn grant_to_a_hospital_covers_its_active_physicians_only() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(HOSPITAL);
		assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(id)));
		assert_eq!(read_vitals(COLLEAGUE), granted(AccessBasis::Grant(id)));
		assert_eq!(read_vitals(HOSPITAL), granted(AccessBasis::Grant(id)));
		assert_eq!(read_vitals(OUTSIDER), denied(DenialReason::NoConsent));

		MockRegistry::disaffiliate(COLLEAGUE, HOSPITAL);
		assert_eq!(read_vitals(COLLEAGUE), denied(DenialReason::NoConsent));
		MockRegistry::set_status(HOSPITAL, Status::Suspended);
		assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::NoConsent));
	});
}

#[test]
fn grant_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::root(),
				PATIENT,
				PHYSICIAN,
				Scope::All,
				Permission::Read,
				Purpose::Treatment,
				None,
				100,
			),
			BadOrigin
		);
	});
}

/// Calls `grant` from `by` for `patient` to `grantee` with `scope`, start and expiry.
fn try_grant(
	by: u64,
	patient: u64,
	grantee: u64,
	scope: Scope,
	starts_at: Option<u64>,
	expires_at: u64,
) -> DispatchResult {
	Consent::grant(
		signed(by),
		patient,
		grantee,
		scope,
		Permission::Read,
		Purpose::Treatment,
		starts_at,
		expires_at,
	)
}

#[test]
fn grant_fails_for_a_non_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			try_grant(PHYSICIAN, PHYSICIAN, COLLEAGUE, Scope::All, None, 100),
			Error::<Test>::NotPatient
		);
		assert_noop!(
			try_grant(NOBODY, NOBODY, PHYSICIAN, Scope::All, None, 100),
			Error::<Test>::NotPatient
		);
	});
}

#[test]
fn grant_fails_for_a_suspended_patient() {
	ExtBuilder.build_and_execute(|| {
		MockRegistry::set_status(PATIENT, Status::Suspended);
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, Scope::All, None, 100),
			Error::<Test>::PatientNotActive
		);
	});
}

#[test]
fn grant_fails_for_a_caller_neither_patient_nor_guardian() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			try_grant(STRANGER, PATIENT, PHYSICIAN, Scope::All, None, 100),
			Error::<Test>::NotPatientOrGuardian
		);
		assert_noop!(
			try_grant(PHYSICIAN, PATIENT, PHYSICIAN, Scope::All, None, 100),
			Error::<Test>::NotPatientOrGuardian
		);
	});
}

#[test]
fn grant_fails_for_a_suspended_guardian() {
	ExtBuilder.build_and_execute(|| {
		MockRegistry::set_status(GUARDIAN, Status::Suspended);
		assert_noop!(
			try_grant(GUARDIAN, PATIENT, PHYSICIAN, Scope::All, None, 100),
			Error::<Test>::NotPatientOrGuardian
		);
	});
}

#[test]
fn grant_fails_to_the_patient_itself() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			try_grant(PATIENT, PATIENT, PATIENT, Scope::All, None, 100),
			Error::<Test>::CannotGrantToSelf
		);
	});
}

#[test]
fn grant_fails_for_an_unregistered_grantee() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			try_grant(PATIENT, PATIENT, NOBODY, Scope::All, None, 100),
			Error::<Test>::GranteeNotRegistered
		);
	});
}

#[test]
fn grant_fails_for_a_suspended_grantee() {
	ExtBuilder.build_and_execute(|| {
		MockRegistry::set_status(PHYSICIAN, Status::Suspended);
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, Scope::All, None, 100),
			Error::<Test>::GranteeNotActive
		);
	});
}

#[test]
fn grant_fails_for_an_empty_scope() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, only(&[]), None, 100),
			Error::<Test>::EmptyScope
		);
	});
}

#[test]
fn grant_fails_for_a_category_named_twice() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, only(&[VITALS, LABS, VITALS]), None, 100),
			Error::<Test>::DuplicateCategory
		);
	});
}

#[test]
fn grant_fails_for_an_expiry_not_after_now() {
	ExtBuilder.build_and_execute(|| {
		run_to_block(10);
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, Scope::All, None, 10),
			Error::<Test>::ExpiryInPast
		);
	});
}

#[test]
fn grant_fails_for_an_expiry_not_after_the_start() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, Scope::All, Some(50), 50),
			Error::<Test>::ExpiryBeforeStart
		);
	});
}

#[test]
fn grant_fails_beyond_the_longest_duration() {
	ExtBuilder.build_and_execute(|| {
		// Block 1 + MaxGrantDuration is the last acceptable expiry.
		assert_ok!(try_grant(PATIENT, PATIENT, PHYSICIAN, Scope::All, None, 1_001));
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, Scope::All, None, 1_002),
			Error::<Test>::GrantTooLong
		);
	});
}

#[test]
fn grant_fails_when_the_patient_has_the_most_grants() {
	ExtBuilder.build_and_execute(|| {
		for expiry in 100..104 {
			grant_until(PHYSICIAN, expiry);
		}
		assert_noop!(
			try_grant(PATIENT, PATIENT, COLLEAGUE, Scope::All, None, 200),
			Error::<Test>::TooManyGrants
		);
	});
}

#[test]
fn grant_moves_its_clean_up_past_a_full_expiry_queue_and_fails_past_the_window() {
	ExtBuilder.build_and_execute(|| {
		// Two per block, a window of two blocks: four grants expiring at 100 fit.
		let ids: Vec<_> = (0..2)
			.flat_map(|_| [grant_until(PHYSICIAN, 100), grant_until(COLLEAGUE, 100)])
			.collect();
		assert_eq!(ExpiryQueue::<Test>::get(100).len(), 2);
		assert_eq!(ExpiryQueue::<Test>::get(101).len(), 2);
		assert_eq!(Grants::<Test>::get(PATIENT)[3].cleanup_at, 101);
		assert_eq!(Grants::<Test>::get(PATIENT)[3].grant.id, ids[3]);
		assert_noop!(
			Consent::grant(
				signed(GUARDIAN),
				GUARDIAN,
				PHYSICIAN,
				Scope::All,
				Permission::Read,
				Purpose::Treatment,
				None,
				100,
			),
			Error::<Test>::ExpiryQueueFull
		);
	});
}

#[test]
fn grant_fails_when_grant_ids_run_out() {
	ExtBuilder.build_and_execute(|| {
		NextGrantId::<Test>::put(GrantId::MAX);
		assert_noop!(
			try_grant(PATIENT, PATIENT, PHYSICIAN, Scope::All, None, 100),
			ArithmeticError::Overflow
		);
	});
}
