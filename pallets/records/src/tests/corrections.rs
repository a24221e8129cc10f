use super::*;

#[test]
fn a_correction_supersedes_a_record_linked_both_ways() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_ok!(anchor_as(PATIENT, hash(2)));
		assert_ok!(Records::supersede(signed(PATIENT), 0, 1, Purpose::Treatment));
		assert_eq!(Records::record(0).unwrap().status, RecordStatus::Superseded(1));
		assert_eq!(Records::record(1).unwrap().supersedes, Some(0));
		System::assert_last_event(Event::RecordSuperseded { record_id: 0, correction: 1 }.into());
		// History stays: both are listed.
		assert_eq!(Records::records_of(&PATIENT, VITALS, 0, 10).len(), 2);
	});
}

#[test]
fn supersede_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_ok!(anchor_as(PATIENT, hash(2)));
		assert_noop!(
			Records::supersede(RuntimeOrigin::root(), 0, 1, Purpose::Treatment),
			BadOrigin
		);
	});
}

#[test]
fn supersede_fails_for_unknown_records() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_noop!(
			Records::supersede(signed(PATIENT), 0, 7, Purpose::Treatment),
			Error::<Test>::NoSuchRecord
		);
		assert_noop!(
			Records::supersede(signed(PATIENT), 7, 0, Purpose::Treatment),
			Error::<Test>::NoSuchRecord
		);
	});
}

#[test]
fn supersede_fails_for_a_record_no_longer_current() {
	ExtBuilder.build_and_execute(|| {
		for byte in 1..=3 {
			assert_ok!(anchor_as(PATIENT, hash(byte)));
		}
		assert_ok!(Records::mark_entered_in_error(signed(PATIENT), 0, Purpose::Treatment));
		assert_noop!(
			Records::supersede(signed(PATIENT), 0, 1, Purpose::Treatment),
			Error::<Test>::NotCurrent
		);
	});
}

#[test]
fn supersede_fails_for_an_unfit_correction() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1))); // 0
		assert_ok!(anchor_with(PATIENT, PATIENT, LABS, hash(2), 0, None)); // 1: other category
		assert_ok!(anchor_with(STRANGER, STRANGER, VITALS, hash(3), 0, None)); // 2: other patient
		assert_ok!(anchor_as(PATIENT, hash(4))); // 3
		assert_ok!(anchor_as(PATIENT, hash(5))); // 4
		assert_ok!(Records::supersede(signed(PATIENT), 3, 4, Purpose::Treatment)); // 4 corrects 3 already
		for correction in [0, 1, 4] {
			assert_noop!(
				Records::supersede(signed(PATIENT), 0, correction, Purpose::Treatment),
				Error::<Test>::InvalidCorrection
			);
		}
		assert_noop!(
			Records::supersede(signed(STRANGER), 0, 2, Purpose::Treatment),
			Error::<Test>::InvalidCorrection
		);
	});
}

#[test]
fn supersede_fails_for_someone_other_than_the_corrections_author() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_ok!(anchor_as(PATIENT, hash(2)));
		assert_noop!(
			Records::supersede(signed(GUARDIAN), 0, 1, Purpose::Treatment),
			Error::<Test>::NotCorrectionAuthor
		);
	});
}

#[test]
fn author_patient_or_guardian_marks_a_record_entered_in_error() {
	ExtBuilder.build_and_execute(|| {
		let first = device_anchors();
		assert_ok!(anchor_as(GUARDIAN, hash(2)));
		assert_ok!(anchor_as(GUARDIAN, hash(3)));
		assert_ok!(Records::mark_entered_in_error(signed(DEVICE), first, Purpose::Treatment));
		assert_ok!(Records::mark_entered_in_error(signed(PATIENT), 1, Purpose::Treatment));
		assert_ok!(Records::mark_entered_in_error(signed(GUARDIAN), 2, Purpose::Treatment));
		for id in 0..3 {
			assert_eq!(Records::record(id).unwrap().status, RecordStatus::EnteredInError);
		}
		System::assert_last_event(
			Event::RecordMarkedEnteredInError { record_id: 2, by: GUARDIAN }.into(),
		);
	});
}

#[test]
fn mark_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_noop!(
			Records::mark_entered_in_error(RuntimeOrigin::none(), 0, Purpose::Treatment),
			BadOrigin
		);
	});
}

#[test]
fn mark_fails_for_an_unknown_record() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::mark_entered_in_error(signed(PATIENT), 0, Purpose::Treatment),
			Error::<Test>::NoSuchRecord
		);
	});
}

#[test]
fn mark_fails_for_anyone_else() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		grant(PHYSICIAN, Permission::ReadAppend);
		assert_noop!(
			Records::mark_entered_in_error(signed(PHYSICIAN), 0, Purpose::Treatment),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn mark_fails_for_a_record_no_longer_current() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_ok!(Records::mark_entered_in_error(signed(PATIENT), 0, Purpose::Treatment));
		assert_noop!(
			Records::mark_entered_in_error(signed(PATIENT), 0, Purpose::Treatment),
			Error::<Test>::NotCurrent
		);
	});
}

#[test]
fn a_device_supersedes_only_its_own_readings() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1))); // 0: the patient's own entry
		let reading = device_anchors(); // 1: the device's reading
								  // 2: the device's correction (the test has one device signature, for the reading: the
								  // patient anchors it, and it is then made the device's).
		let correction = NextRecordId::<Test>::get();
		assert_ok!(anchor_with(PATIENT, PATIENT, VITALS, hash(3), 0, None));
		crate::Records::<Test>::mutate(correction, |record| {
			record.as_mut().expect("just anchored").author = DEVICE
		});
		assert_noop!(
			Records::supersede(signed(DEVICE), 0, correction, Purpose::Treatment),
			Error::<Test>::NotOwnReading
		);
		assert_ok!(Records::supersede(signed(DEVICE), reading, correction, Purpose::Treatment));
		assert_eq!(Records::record(reading).unwrap().status, RecordStatus::Superseded(correction));
	});
}

#[test]
fn an_author_whose_consent_ended_is_refused_and_the_refusal_audited() {
	ExtBuilder.build_and_execute(|| {
		let grant_id = grant(PHYSICIAN, Permission::ReadAppend);
		assert_ok!(anchor_as(PHYSICIAN, hash(1))); // 0
		assert_ok!(anchor_as(PHYSICIAN, hash(2))); // 1
		assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, grant_id));
		let audited = pallet_consent::AuditCounters::<Test>::get(PATIENT).total;
		let refused = Event::CorrectionRefused {
			record_id: 0,
			by: PHYSICIAN,
			reason: DenialReason::NoConsent,
		};
		assert_ok!(Records::supersede(signed(PHYSICIAN), 0, 1, Purpose::Treatment));
		System::assert_last_event(refused.clone().into());
		assert_ok!(Records::mark_entered_in_error(signed(PHYSICIAN), 0, Purpose::Treatment));
		System::assert_last_event(refused.into());
		// Nothing changed but the audit trail, which has both refusals.
		assert_eq!(Records::record(0).unwrap().status, RecordStatus::Current);
		assert_eq!(Records::record(1).unwrap().supersedes, None);
		assert_eq!(pallet_consent::AuditCounters::<Test>::get(PATIENT).total, audited + 2);
	});
}

#[test]
fn a_revoked_author_is_refused() {
	ExtBuilder.build_and_execute(|| {
		let reading = device_anchors();
		MockRegistry::set_status(DEVICE, Status::Revoked);
		assert_ok!(Records::mark_entered_in_error(signed(DEVICE), reading, Purpose::Treatment));
		System::assert_last_event(
			Event::CorrectionRefused {
				record_id: reading,
				by: DEVICE,
				reason: DenialReason::AccessorNotActive,
			}
			.into(),
		);
		assert_eq!(Records::record(reading).unwrap().status, RecordStatus::Current);
	});
}

#[test]
fn a_granted_correction_is_audited() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		let audited = pallet_consent::AuditCounters::<Test>::get(PATIENT).total;
		assert_ok!(Records::mark_entered_in_error(signed(GUARDIAN), 0, Purpose::Treatment));
		assert_eq!(pallet_consent::AuditCounters::<Test>::get(PATIENT).total, audited + 1);
	});
}
