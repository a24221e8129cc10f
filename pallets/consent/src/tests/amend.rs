use super::*;

#[test]
fn amend_narrows_scope_and_permission() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Consent::grant(
			signed(PATIENT),
			PATIENT,
			PHYSICIAN,
			Scope::All,
			Permission::ReadAppend,
			Purpose::Treatment,
			None,
			100,
		));
		assert_ok!(Consent::amend(
			signed(PATIENT),
			PATIENT,
			0,
			Some(only(&[VITALS])),
			Some(Permission::Read),
			None,
		));
		assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(0)));
		assert_eq!(
			check(PHYSICIAN, LABS, Action::Read, Purpose::Treatment),
			denied(DenialReason::NoConsent)
		);
		assert_eq!(
			check(PHYSICIAN, VITALS, Action::Append, Purpose::Treatment),
			denied(DenialReason::NoConsent)
		);
		System::assert_last_event(
			Event::ConsentAmended {
				patient: PATIENT,
				grant_id: 0,
				grantee: PHYSICIAN,
				scope: only(&[VITALS]),
				permission: Permission::Read,
				expires_at: 100,
				by: PATIENT,
			}
			.into(),
		);
	});
}

#[test]
fn amend_brings_the_expiry_forward_and_requeues_the_clean_up() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_ok!(Consent::amend(signed(GUARDIAN), PATIENT, id, None, None, Some(20)));
		assert_eq!(Consent::grants_of(&PATIENT)[0].expires_at, 20);
		assert!(!ExpiryQueue::<Test>::contains_key(100));
		assert_eq!(ExpiryQueue::<Test>::get(20).into_inner(), vec![(PATIENT, id)]);
		assert!(matches!(last_event(), Event::ConsentAmended { expires_at: 20, by: GUARDIAN, .. }));

		run_to_block(19);
		assert!(read_vitals(PHYSICIAN).is_granted());
		run_to_block(20);
		assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::NoConsent));
		assert!(Consent::grants_of(&PATIENT).is_empty());
	});
}

#[test]
fn amend_requeues_within_the_clean_up_block_it_already_has() {
	ExtBuilder.build_and_execute(|| {
		// Fill block 100's queue; grant `id` lands in 101, then moves its expiry to 100,
		// whose queue is full: its clean-up stays at 101.
		grant_until(COLLEAGUE, 100);
		grant_until(COLLEAGUE, 100);
		let id = grant_until(PHYSICIAN, 101);
		assert_eq!(Grants::<Test>::get(PATIENT)[2].cleanup_at, 101);
		assert_ok!(Consent::amend(signed(PATIENT), PATIENT, id, None, None, Some(100)));
		assert_eq!(Grants::<Test>::get(PATIENT)[2].cleanup_at, 101);
		assert_eq!(ExpiryQueue::<Test>::get(101).into_inner(), vec![(PATIENT, id)]);
		run_to_block(100);
		assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::ConsentExpired));
		run_to_block(101);
		assert!(Consent::grants_of(&PATIENT).is_empty());
	});
}

#[test]
fn amend_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(RuntimeOrigin::root(), PATIENT, id, None, None, Some(20)),
			BadOrigin
		);
	});
}

#[test]
fn amend_fails_when_nothing_changes() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, None, None, None),
			Error::<Test>::NothingToAmend
		);
	});
}

#[test]
fn amend_fails_for_a_non_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::amend(signed(HOSPITAL), HOSPITAL, 0, None, None, Some(20)),
			Error::<Test>::NotPatient
		);
	});
}

#[test]
fn amend_fails_for_the_grantee() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(signed(PHYSICIAN), PATIENT, id, None, None, Some(20)),
			Error::<Test>::NotPatientOrGuardian
		);
	});
}

#[test]
fn amend_fails_for_an_unknown_grant() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, 3, None, None, Some(20)),
			Error::<Test>::NoSuchGrant
		);
	});
}

#[test]
fn amend_fails_for_an_invalid_scope() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, Some(only(&[])), None, None),
			Error::<Test>::EmptyScope
		);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, Some(only(&[LABS, LABS])), None, None),
			Error::<Test>::DuplicateCategory
		);
	});
}

#[test]
fn amend_fails_to_widen_the_scope() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(
				signed(PATIENT),
				PATIENT,
				id,
				Some(only(&[VITALS, DataCategory::Imaging])),
				None,
				None
			),
			Error::<Test>::NotNarrower
		);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, Some(Scope::All), None, None),
			Error::<Test>::NotNarrower
		);
	});
}

#[test]
fn amend_fails_to_widen_the_permission() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, None, Some(Permission::ReadAppend), None),
			Error::<Test>::NotNarrower
		);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, None, Some(Permission::Append), None),
			Error::<Test>::NotNarrower
		);
	});
}

#[test]
fn amend_fails_to_extend_the_expiry() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, None, None, Some(100)),
			Error::<Test>::ExpiryNotShorter
		);
	});
}

#[test]
fn amend_fails_for_an_expiry_not_after_now() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		run_to_block(10);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, None, None, Some(10)),
			Error::<Test>::ExpiryInPast
		);
	});
}

#[test]
fn amend_fails_for_an_expiry_not_after_the_start() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Consent::grant(
			signed(PATIENT),
			PATIENT,
			PHYSICIAN,
			Scope::All,
			Permission::Read,
			Purpose::Treatment,
			Some(50),
			100,
		));
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, 0, None, None, Some(50)),
			Error::<Test>::ExpiryBeforeStart
		);
	});
}

#[test]
fn amend_fails_when_the_new_expiry_queues_are_full() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..2 {
			assert_ok!(Consent::grant(
				signed(STRANGER),
				STRANGER,
				PHYSICIAN,
				Scope::All,
				Permission::Read,
				Purpose::Treatment,
				None,
				20,
			));
			assert_ok!(Consent::grant(
				signed(GUARDIAN),
				GUARDIAN,
				PHYSICIAN,
				Scope::All,
				Permission::Read,
				Purpose::Treatment,
				None,
				20,
			));
		}
		let id = grant_to(PHYSICIAN);
		assert_noop!(
			Consent::amend(signed(PATIENT), PATIENT, id, None, None, Some(20)),
			Error::<Test>::ExpiryQueueFull
		);
	});
}
