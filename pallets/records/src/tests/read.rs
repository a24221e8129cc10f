use super::*;

fn audit_decisions() -> Vec<(u64, AccessDecision)> {
	pallet_consent::Pallet::<Test>::audit_trail(&PATIENT)
		.into_iter()
		.map(|entry| (entry.accessor, entry.decision))
		.collect()
}

#[test]
fn a_reader_with_consent_gets_its_wrapped_key_and_the_read_is_audited() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Records::rotate_category_key(
			signed(PATIENT),
			PATIENT,
			VITALS,
			readers(&[(PATIENT, 1), (DEVICE, 2), (PHYSICIAN, 3)])
		));
		let record = device_anchors();
		let grant_id = grant(PHYSICIAN, Permission::Read);
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		System::assert_last_event(
			Event::RecordReadGranted {
				record_id: record,
				reader: PHYSICIAN,
				basis: AccessBasis::Grant(grant_id),
				key_epoch: 1,
				wrapped_key: Some(vec![3; 256]),
			}
			.into(),
		);
		assert_eq!(
			audit_decisions().last(),
			Some(&(PHYSICIAN, AccessDecision::Granted(AccessBasis::Grant(grant_id))))
		);
	});
}

#[test]
fn a_reader_without_the_epochs_key_is_allowed_but_gets_none() {
	ExtBuilder.build_and_execute(|| {
		let record = device_anchors();
		assert_ok!(Records::read(signed(GUARDIAN), record, Purpose::Treatment));
		System::assert_last_event(
			Event::RecordReadGranted {
				record_id: record,
				reader: GUARDIAN,
				basis: AccessBasis::Guardian,
				key_epoch: 0,
				wrapped_key: None,
			}
			.into(),
		);
	});
}

#[test]
fn a_reader_without_consent_gets_no_key_a_named_reason_and_an_audit_entry() {
	ExtBuilder.build_and_execute(|| {
		let record = device_anchors();
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		System::assert_last_event(
			Event::RecordReadDenied {
				record_id: record,
				reader: PHYSICIAN,
				reason: DenialReason::NoConsent,
			}
			.into(),
		);
		assert_eq!(
			audit_decisions(),
			vec![
				(DEVICE, AccessDecision::Granted(AccessBasis::MonitoringDevice)),
				(PHYSICIAN, AccessDecision::Denied(DenialReason::NoConsent)),
			]
		);
	});
}

#[test]
fn after_revocation_a_read_is_denied() {
	ExtBuilder.build_and_execute(|| {
		let record = device_anchors();
		let grant_id = grant(PHYSICIAN, Permission::Read);
		assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, grant_id));
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		assert!(matches!(
			System::events().last().unwrap().event,
			RuntimeEvent::Records(Event::RecordReadDenied { .. })
		));
	});
}

#[test]
fn read_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		let record = device_anchors();
		assert_noop!(Records::read(RuntimeOrigin::none(), record, Purpose::Treatment), BadOrigin);
	});
}

#[test]
fn read_fails_for_an_unknown_record() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::read(signed(PHYSICIAN), 5, Purpose::Treatment),
			Error::<Test>::NoSuchRecord
		);
	});
}
