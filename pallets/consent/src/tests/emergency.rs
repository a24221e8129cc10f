use super::*;

fn emergency_read(physician: u64) -> AccessDecision {
	check(physician, LABS, Action::Read, Purpose::EmergencyTreatment)
}

#[test]
fn emergency_access_is_time_boxed_and_notifies_patient_and_guardians() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		System::assert_last_event(
			Event::EmergencyAccessOpened {
				id,
				patient: PATIENT,
				physician: PHYSICIAN,
				hospital: HOSPITAL,
				justification: JUSTIFICATION,
				expires_at: 11,
				guardians: vec![GUARDIAN],
			}
			.into(),
		);
		assert_eq!(emergency_read(PHYSICIAN), granted(AccessBasis::Emergency(id)));
		assert_eq!(
			check(PHYSICIAN, LABS, Action::Append, Purpose::EmergencyTreatment),
			granted(AccessBasis::Emergency(id))
		);
		// For emergency treatment only, and only for its physician.
		assert_eq!(
			check(PHYSICIAN, LABS, Action::Read, Purpose::Treatment),
			denied(DenialReason::NoConsent)
		);
		assert_eq!(emergency_read(COLLEAGUE), denied(DenialReason::NoConsent));

		run_to_block(10);
		assert!(emergency_read(PHYSICIAN).is_granted());
		run_to_block(11);
		assert_eq!(emergency_read(PHYSICIAN), denied(DenialReason::NoConsent));
		// Still on record for review.
		assert_eq!(
			EmergencyAccesses::<Test>::get(id)
				.expect("opened above and accesses are kept for good; qed")
				.expires_at,
			11
		);
	});
}

#[test]
fn emergency_access_ends_when_the_physician_or_hospital_is_suspended() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		MockRegistry::set_status(HOSPITAL, Status::Suspended);
		assert_eq!(emergency_read(PHYSICIAN), denied(DenialReason::NoConsent));
		MockRegistry::set_status(HOSPITAL, Status::Active);
		assert_eq!(emergency_read(PHYSICIAN), granted(AccessBasis::Emergency(id)));
		MockRegistry::set_status(PHYSICIAN, Status::Suspended);
		assert_eq!(emergency_read(PHYSICIAN), denied(DenialReason::AccessorNotActive));
	});
}

#[test]
fn emergency_access_may_be_reopened_after_it_expires() {
	ExtBuilder.build_and_execute(|| {
		let first = open_emergency(PHYSICIAN);
		run_to_block(11);
		let second = open_emergency(PHYSICIAN);
		assert_eq!(emergency_read(PHYSICIAN), granted(AccessBasis::Emergency(second)));
		// Both await review; concluding the first leaves the second's index alone.
		assert_ok!(Consent::conclude_review(signed(HOSPITAL), first, ReviewOutcome::Justified));
		assert_eq!(LatestEmergency::<Test>::get(PATIENT, PHYSICIAN), Some(second));
	});
}

#[test]
fn open_emergency_access_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::open_emergency_access(RuntimeOrigin::none(), PATIENT, HOSPITAL, JUSTIFICATION),
			BadOrigin
		);
	});
}

#[test]
fn open_emergency_access_fails_for_a_non_physician() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::open_emergency_access(signed(HOSPITAL), PATIENT, HOSPITAL, JUSTIFICATION),
			Error::<Test>::NotPhysician
		);
		assert_noop!(
			Consent::open_emergency_access(signed(GUARDIAN), PATIENT, HOSPITAL, JUSTIFICATION),
			Error::<Test>::NotPhysician
		);
	});
}

#[test]
fn open_emergency_access_fails_for_a_suspended_physician() {
	ExtBuilder.build_and_execute(|| {
		MockRegistry::set_status(PHYSICIAN, Status::Suspended);
		assert_noop!(
			Consent::open_emergency_access(signed(PHYSICIAN), PATIENT, HOSPITAL, JUSTIFICATION),
			Error::<Test>::NotActiveInHospital
		);
	});
}

#[test]
fn open_emergency_access_fails_for_a_physician_of_a_suspended_hospital() {
	ExtBuilder.build_and_execute(|| {
		MockRegistry::set_status(HOSPITAL, Status::Suspended);
		assert_noop!(
			Consent::open_emergency_access(signed(PHYSICIAN), PATIENT, HOSPITAL, JUSTIFICATION),
			Error::<Test>::NotActiveInHospital
		);
	});
}

#[test]
fn open_emergency_access_fails_for_another_hospital() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::open_emergency_access(
				signed(PHYSICIAN),
				PATIENT,
				OTHER_HOSPITAL,
				JUSTIFICATION
			),
			Error::<Test>::NotActiveInHospital
		);
	});
}

#[test]
fn open_emergency_access_fails_for_a_non_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::open_emergency_access(signed(PHYSICIAN), COLLEAGUE, HOSPITAL, JUSTIFICATION),
			Error::<Test>::NotPatient
		);
	});
}

#[test]
fn open_emergency_access_fails_while_one_is_open() {
	ExtBuilder.build_and_execute(|| {
		open_emergency(PHYSICIAN);
		run_to_block(10);
		assert_noop!(
			Consent::open_emergency_access(signed(PHYSICIAN), PATIENT, HOSPITAL, JUSTIFICATION),
			Error::<Test>::EmergencyAccessOpen
		);
	});
}

#[test]
fn open_emergency_access_fails_when_ids_run_out() {
	ExtBuilder.build_and_execute(|| {
		NextEmergencyId::<Test>::put(EmergencyId::MAX);
		assert_noop!(
			Consent::open_emergency_access(signed(PHYSICIAN), PATIENT, HOSPITAL, JUSTIFICATION),
			ArithmeticError::Overflow
		);
	});
}

#[test]
fn the_hospital_finds_an_expired_emergency_access_justified() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		run_to_block(11);
		let access = EmergencyAccesses::<Test>::get(id)
			.expect("opened above and accesses are kept for good; qed");
		assert_ok!(Consent::conclude_review(signed(HOSPITAL), id, ReviewOutcome::Justified));
		// The access and its review are both kept: evidence.
		assert_eq!(EmergencyAccesses::<Test>::get(id), Some(access));
		assert_eq!(
			EmergencyReviews::<Test>::get(id),
			Some(EmergencyReview { outcome: ReviewOutcome::Justified, by: Some(HOSPITAL), at: 11 })
		);
		System::assert_last_event(
			Event::EmergencyReviewConcluded {
				id,
				patient: PATIENT,
				physician: PHYSICIAN,
				outcome: ReviewOutcome::Justified,
				by: Some(HOSPITAL),
			}
			.into(),
		);
	});
}

#[test]
fn governance_flags_misuse_and_the_access_ends_at_once() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		assert_ok!(Consent::conclude_review(RuntimeOrigin::root(), id, ReviewOutcome::Misuse));
		assert_eq!(emergency_read(PHYSICIAN), denied(DenialReason::NoConsent));
		// Kept, ended in the block of the review.
		let now = System::block_number();
		assert_eq!(
			EmergencyAccesses::<Test>::get(id)
				.expect("accesses are kept for good, reviewed or not; qed")
				.expires_at,
			now
		);
		assert_eq!(
			EmergencyReviews::<Test>::get(id),
			Some(EmergencyReview { outcome: ReviewOutcome::Misuse, by: None, at: now })
		);
		System::assert_last_event(
			Event::EmergencyReviewConcluded {
				id,
				patient: PATIENT,
				physician: PHYSICIAN,
				outcome: ReviewOutcome::Misuse,
				by: None,
			}
			.into(),
		);
	});
}

#[test]
fn conclude_review_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		assert_noop!(
			Consent::conclude_review(RuntimeOrigin::none(), id, ReviewOutcome::Misuse),
			BadOrigin
		);
	});
}

#[test]
fn conclude_review_fails_for_an_unknown_access() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::conclude_review(RuntimeOrigin::root(), 4, ReviewOutcome::Misuse),
			Error::<Test>::NoSuchEmergencyAccess
		);
	});
}

#[test]
fn conclude_review_fails_for_another_hospital_or_the_physician() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		assert_noop!(
			Consent::conclude_review(signed(OTHER_HOSPITAL), id, ReviewOutcome::Misuse),
			Error::<Test>::NotReviewer
		);
		assert_noop!(
			Consent::conclude_review(signed(PHYSICIAN), id, ReviewOutcome::Misuse),
			Error::<Test>::NotReviewer
		);
	});
}

#[test]
fn conclude_review_fails_to_find_an_open_access_justified() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		run_to_block(10);
		assert_noop!(
			Consent::conclude_review(signed(HOSPITAL), id, ReviewOutcome::Justified),
			Error::<Test>::EmergencyAccessStillOpen
		);
	});
}

#[test]
fn conclude_review_fails_for_an_access_already_reviewed() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		assert_ok!(Consent::conclude_review(RuntimeOrigin::root(), id, ReviewOutcome::Misuse));
		for outcome in [ReviewOutcome::Misuse, ReviewOutcome::Justified] {
			assert_noop!(
				Consent::conclude_review(signed(HOSPITAL), id, outcome),
				Error::<Test>::AlreadyReviewed
			);
		}
	});
}

#[test]
fn a_physician_whose_access_was_reviewed_may_open_another() {
	ExtBuilder.build_and_execute(|| {
		let id = open_emergency(PHYSICIAN);
		assert_ok!(Consent::conclude_review(RuntimeOrigin::root(), id, ReviewOutcome::Misuse));
		let again = open_emergency(PHYSICIAN);
		assert_ne!(again, id);
		assert!(EmergencyAccesses::<Test>::contains_key(id));
		assert_eq!(LatestEmergency::<Test>::get(PATIENT, PHYSICIAN), Some(again));
	});
}

#[test]
fn a_physician_with_too_many_accesses_awaiting_review_is_refused_until_one_is_reviewed() {
	ExtBuilder.build_and_execute(|| {
		// The mock allows 2 awaiting review.
		let first = open_emergency(PHYSICIAN);
		run_to_block(11);
		open_emergency(PHYSICIAN);
		run_to_block(21);
		assert_noop!(
			Consent::open_emergency_access(signed(PHYSICIAN), PATIENT, HOSPITAL, JUSTIFICATION),
			Error::<Test>::TooManyUnreviewedEmergencies
		);
		assert_eq!(UnreviewedEmergencies::<Test>::get(PHYSICIAN), 2);
		assert_ok!(Consent::conclude_review(signed(HOSPITAL), first, ReviewOutcome::Justified));
		assert_eq!(UnreviewedEmergencies::<Test>::get(PHYSICIAN), 1);
		open_emergency(PHYSICIAN);
		assert_eq!(UnreviewedEmergencies::<Test>::get(PHYSICIAN), 2);
	});
}
