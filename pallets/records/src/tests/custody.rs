//! Threshold custody: custodian sets, custody anchors (envelope version 2, signed over the
//! patient, category and hash), reads that open releases, and releases that consent can stop.

use super::*;
use carechain_crypto::envelope::{private_key_from_der, sign_content_hash, PrivateKey};
use carechain_primitives::testing::keys::DEVICE_2048_PRIVATE;

fn custodians(list: &[u64]) -> CustodiansOf<Test> {
	list.to_vec()
		.try_into()
		.expect("the tests name at most the mock's three hospitals, within MaxCustodians; qed")
}

/// `DEVICE`'s RSA signing key, the one its registration holds the public half of.
fn device_key() -> PrivateKey {
	private_key_from_der(DEVICE_2048_PRIVATE).expect(
		"DEVICE_2048_PRIVATE is a valid 2048-bit PKCS#8 key, the primitives' own vector; qed",
	)
}

/// `PATIENT` names the three hospitals, two of which open a record.
fn patient_sets_custodians() {
	assert_ok!(Records::set_custodians(
		signed(PATIENT),
		PATIENT,
		custodians(&[HOSPITAL, HOSPITAL_2, HOSPITAL_3]),
		2
	));
}

/// `DEVICE`'s real signature of `patient`'s `category` record `hash`, as a custody anchor has it.
fn custody_signature(patient: u64, category: DataCategory, hash: H256) -> Option<SignatureOf> {
	let key = device_key();
	let digest = anchor_digest(&patient.encode(), category, hash.as_fixed_bytes());
	signature(&sign_content_hash(&key, &digest))
}

fn anchor_custody(
	author: u64,
	hash: H256,
	key_epoch: KeyEpoch,
	signature: Option<SignatureOf>,
) -> DispatchResultWithPostInfo {
	Records::anchor(
		signed(author),
		PATIENT,
		VITALS,
		hash,
		locator("carechain-blob:custody"),
		100,
		CUSTODY_ENVELOPE_VERSION,
		key_epoch,
		Purpose::Treatment,
		signature,
		now(),
	)
}

/// `DEVICE` anchors a custody record of `PATIENT`'s vital signs; returns its id.
fn device_anchors_in_custody(byte: u8) -> RecordId {
	let id = NextRecordId::<Test>::get();
	assert_ok!(anchor_custody(
		DEVICE,
		hash(byte),
		1,
		custody_signature(PATIENT, VITALS, hash(byte))
	));
	id
}

fn share(byte: u8) -> WrappedKeyOf<Test> {
	key(byte)
}

fn open_reads(reader: u64) -> Vec<(RecordId, u32)> {
	OpenReads::<Test>::get(reader).iter().map(|read| (read.record_id, read.released)).collect()
}

/// Custody set up, a record anchored and `PHYSICIAN` granted a read of it, its read open.
fn physician_reads() -> (RecordId, u64) {
	patient_sets_custodians();
	let record = device_anchors_in_custody(7);
	let grant_id = grant(PHYSICIAN, Permission::Read);
	assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
	(record, grant_id)
}

#[test]
fn a_patient_names_its_custodians_in_successive_sets() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		System::assert_last_event(
			Event::CustodiansSet {
				patient: PATIENT,
				epoch: 1,
				custodians: vec![HOSPITAL, HOSPITAL_2, HOSPITAL_3],
				threshold: 2,
			}
			.into(),
		);
		assert_eq!(Records::custody_epoch(&PATIENT), 1);
		assert_eq!(
			Records::custodians(&PATIENT, 1),
			Some((vec![HOSPITAL, HOSPITAL_2, HOSPITAL_3], 2))
		);

		// A guardian acts for the patient; the earlier set stays for the records it holds.
		assert_ok!(Records::set_custodians(
			signed(GUARDIAN),
			PATIENT,
			custodians(&[HOSPITAL_2, HOSPITAL_3]),
			2
		));
		assert_eq!(Records::custody_epoch(&PATIENT), 2);
		assert_eq!(Records::custodians(&PATIENT, 1).map(|(list, _)| list.len()), Some(3));
		assert_eq!(Records::custodians(&PATIENT, 2), Some((vec![HOSPITAL_2, HOSPITAL_3], 2)));
	});
}

#[test]
fn custodians_are_named_by_the_patient_or_a_guardian_only() {
	ExtBuilder.build_and_execute(|| {
		let set = || custodians(&[HOSPITAL, HOSPITAL_2]);
		assert_noop!(Records::set_custodians(RuntimeOrigin::none(), PATIENT, set(), 2), BadOrigin);
		// Not even the patient's hospital names them on its own.
		for who in [HOSPITAL, PHYSICIAN, STRANGER, DEVICE] {
			assert_noop!(
				Records::set_custodians(signed(who), PATIENT, set(), 2),
				Error::<Test>::NotPatientOrGuardian
			);
		}
		assert_noop!(
			Records::set_custodians(signed(HOSPITAL), HOSPITAL, set(), 2),
			Error::<Test>::NotPatient
		);
	});
}

#[test]
fn a_custodian_set_needs_a_threshold_no_custodian_alone_reaches() {
	ExtBuilder.build_and_execute(|| {
		for (list, threshold) in [
			(&[HOSPITAL, HOSPITAL_2][..], 1),
			(&[HOSPITAL, HOSPITAL_2], 3),
			(&[HOSPITAL], 1),
			(&[], 0),
		] {
			assert_noop!(
				Records::set_custodians(signed(PATIENT), PATIENT, custodians(list), threshold),
				Error::<Test>::BadThreshold
			);
		}
	});
}

#[test]
fn custodians_are_distinct_active_hospitals() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::set_custodians(signed(PATIENT), PATIENT, custodians(&[HOSPITAL, HOSPITAL]), 2),
			Error::<Test>::DuplicateCustodian
		);
		for other in [PHYSICIAN, GUARDIAN, DEVICE, NOBODY] {
			assert_noop!(
				Records::set_custodians(
					signed(PATIENT),
					PATIENT,
					custodians(&[HOSPITAL, other]),
					2
				),
				Error::<Test>::CustodianNotHospital
			);
		}
		MockRegistry::set_status(HOSPITAL_2, Status::Suspended);
		assert_noop!(
			Records::set_custodians(
				signed(PATIENT),
				PATIENT,
				custodians(&[HOSPITAL, HOSPITAL_2]),
				2
			),
			Error::<Test>::CustodianNotHospital
		);
	});
}

#[test]
fn a_device_anchors_a_custody_record_signed_over_patient_category_and_hash() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		let record = device_anchors_in_custody(7);
		let stored =
			Records::record(record).expect("device_anchors_in_custody just anchored it; qed");
		assert_eq!(
			(stored.envelope_version, stored.key_epoch, stored.basis),
			(CUSTODY_ENVELOPE_VERSION, 1, AccessBasis::MonitoringDevice)
		);
	});
}

#[test]
fn a_custody_signature_is_bound_to_its_patient_and_category() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		let h = hash(7);
		// Over the bare hash (version 1's message), another patient, another category.
		let key = device_key();
		for wrong in [
			signature(&sign_content_hash(&key, h.as_fixed_bytes())),
			custody_signature(STRANGER, VITALS, h),
			custody_signature(PATIENT, LABS, h),
		] {
			assert_noop!(anchor_custody(DEVICE, h, 1, wrong), Error::<Test>::BadSignature);
		}
	});
}

#[test]
fn custody_anchors_need_the_current_custodian_set() {
	ExtBuilder.build_and_execute(|| {
		let h = hash(7);
		assert_noop!(
			anchor_custody(DEVICE, h, 1, custody_signature(PATIENT, VITALS, h)),
			Error::<Test>::NoCustodians
		);
		patient_sets_custodians();
		for stale in [0, 2] {
			assert_noop!(
				anchor_custody(DEVICE, h, stale, custody_signature(PATIENT, VITALS, h)),
				Error::<Test>::StaleKeyEpoch
			);
		}
	});
}

#[test]
fn once_in_custody_a_patients_records_cannot_be_anchored_under_category_keys() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		assert_noop!(anchor_as(PATIENT, hash(1)), Error::<Test>::CustodyRequired);
		assert_noop!(
			anchor_with(
				DEVICE,
				PATIENT,
				VITALS,
				reading_hash(),
				0,
				signature(DEVICE_2048_READING_SIGNATURE)
			),
			Error::<Test>::CustodyRequired
		);
	});
}

#[test]
fn a_granted_read_of_a_custody_record_opens_it_for_the_custodians_and_is_audited() {
	ExtBuilder.build_and_execute(|| {
		let (record, grant_id) = physician_reads();
		System::assert_has_event(
			Event::RecordReadGranted {
				record_id: record,
				reader: PHYSICIAN,
				basis: AccessBasis::Grant(grant_id),
				key_epoch: 1,
				wrapped_key: None,
			}
			.into(),
		);
		System::assert_last_event(
			Event::SharesRequested {
				record_id: record,
				reader: PHYSICIAN,
				custody_epoch: 1,
				until: 6,
			}
			.into(),
		);
		assert_eq!(open_reads(PHYSICIAN), vec![(record, 0)]);
		let last = pallet_consent::Pallet::<Test>::audit_trail(&PATIENT)
			.pop()
			.expect("the read was just audited on the patient's trail; qed");
		assert_eq!(
			(last.accessor, last.decision),
			(PHYSICIAN, AccessDecision::Granted(AccessBasis::Grant(grant_id)))
		);
	});
}

#[test]
fn a_denied_read_opens_nothing() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		let record = device_anchors_in_custody(7);
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		System::assert_last_event(
			Event::RecordReadDenied {
				record_id: record,
				reader: PHYSICIAN,
				reason: DenialReason::NoConsent,
			}
			.into(),
		);
		assert!(open_reads(PHYSICIAN).is_empty());
		assert_noop!(
			Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)),
			Error::<Test>::NoOpenRead
		);
	});
}

#[test]
fn each_custodian_releases_its_share_once_per_window() {
	ExtBuilder.build_and_execute(|| {
		let (record, _) = physician_reads();
		assert_ok!(Records::release_share(signed(HOSPITAL_2), record, PHYSICIAN, share(2)));
		System::assert_last_event(
			Event::ShareReleased {
				record_id: record,
				reader: PHYSICIAN,
				custodian: HOSPITAL_2,
				index: 1,
				wrapped_share: vec![2; 256],
			}
			.into(),
		);
		assert_eq!(open_reads(PHYSICIAN), vec![(record, 0b010)]);
		assert_noop!(
			Records::release_share(signed(HOSPITAL_2), record, PHYSICIAN, share(2)),
			Error::<Test>::AlreadyReleased
		);
		assert_ok!(Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)));
		assert_eq!(open_reads(PHYSICIAN), vec![(record, 0b011)]);
		assert_ok!(Records::release_share(signed(HOSPITAL_3), record, PHYSICIAN, share(3)));
		// All have released; asking again within the window brings no new release.
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		assert_eq!(open_reads(PHYSICIAN), vec![(record, 0b111)]);
		for (custodian, byte) in [(HOSPITAL, 1), (HOSPITAL_2, 2), (HOSPITAL_3, 3)] {
			assert_noop!(
				Records::release_share(signed(custodian), record, PHYSICIAN, share(byte)),
				Error::<Test>::AlreadyReleased
			);
		}
	});
}

#[test]
fn the_patients_own_read_opens_no_release() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		let record = device_anchors_in_custody(7);
		assert_ok!(Records::read(signed(PATIENT), record, Purpose::Treatment));
		System::assert_last_event(
			Event::RecordReadGranted {
				record_id: record,
				reader: PATIENT,
				basis: AccessBasis::OwnData,
				key_epoch: 1,
				wrapped_key: None,
			}
			.into(),
		);
		assert!(open_reads(PATIENT).is_empty());
		// A guardian holds no key: its read opens one.
		assert_ok!(Records::read(signed(GUARDIAN), record, Purpose::Treatment));
		assert_eq!(open_reads(GUARDIAN), vec![(record, 0)]);
	});
}

#[test]
fn only_the_records_custodians_release_and_only_while_active() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		let record = device_anchors_in_custody(7);
		// A later set does not make its new custodians holders of earlier records.
		assert_ok!(Records::set_custodians(
			signed(PATIENT),
			PATIENT,
			custodians(&[HOSPITAL, HOSPITAL_2]),
			2
		));
		grant(PHYSICIAN, Permission::Read);
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		for who in [PHYSICIAN, PATIENT, DEVICE, NOBODY] {
			assert_noop!(
				Records::release_share(signed(who), record, PHYSICIAN, share(1)),
				Error::<Test>::NotCustodian
			);
		}
		assert_noop!(
			Records::release_share(RuntimeOrigin::none(), record, PHYSICIAN, share(1)),
			BadOrigin
		);
		MockRegistry::set_status(HOSPITAL_3, Status::Suspended);
		assert_noop!(
			Records::release_share(signed(HOSPITAL_3), record, PHYSICIAN, share(3)),
			Error::<Test>::CustodianNotActive
		);
	});
}

#[test]
fn a_release_names_a_custody_record_and_a_share() {
	ExtBuilder.build_and_execute(|| {
		let (record, _) = physician_reads();
		assert_noop!(
			Records::release_share(signed(HOSPITAL), 99, PHYSICIAN, share(1)),
			Error::<Test>::NoSuchRecord
		);
		assert_noop!(
			Records::release_share(signed(HOSPITAL), record, PHYSICIAN, Default::default()),
			Error::<Test>::EmptyWrappedKey
		);
		assert_noop!(
			Records::release_share(signed(HOSPITAL), record, COLLEAGUE, share(1)),
			Error::<Test>::NoOpenRead
		);
	});
}

#[test]
fn a_record_under_category_keys_has_no_custodians() {
	ExtBuilder.build_and_execute(|| {
		let record = device_anchors();
		grant(PHYSICIAN, Permission::Read);
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		assert!(open_reads(PHYSICIAN).is_empty());
		assert_noop!(
			Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)),
			Error::<Test>::NotInCustody
		);
	});
}

#[test]
fn releases_stop_when_the_window_passes() {
	ExtBuilder.build_and_execute(|| {
		let (record, _) = physician_reads();
		System::set_block_number(6);
		assert_ok!(Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)));
		System::set_block_number(7);
		assert_noop!(
			Records::release_share(signed(HOSPITAL_2), record, PHYSICIAN, share(2)),
			Error::<Test>::NoOpenRead
		);
	});
}

#[test]
fn a_revocation_stops_releases_at_once_and_leaves_other_readers_alone() {
	ExtBuilder.build_and_execute(|| {
		let (record, grant_id) = physician_reads();
		grant(COLLEAGUE, Permission::Read);
		assert_ok!(Records::read(signed(COLLEAGUE), record, Purpose::Treatment));
		assert_ok!(Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)));
		assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, grant_id));

		// The patient is offline from here on: the next custodian's release is refused.
		assert_ok!(Records::release_share(signed(HOSPITAL_2), record, PHYSICIAN, share(2)));
		System::assert_last_event(
			Event::ReleaseRefused {
				record_id: record,
				reader: PHYSICIAN,
				reason: DenialReason::NoConsent,
			}
			.into(),
		);
		assert!(open_reads(PHYSICIAN).is_empty());
		assert_noop!(
			Records::release_share(signed(HOSPITAL_3), record, PHYSICIAN, share(3)),
			Error::<Test>::NoOpenRead
		);
		// A new read is refused and opens nothing.
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::Treatment));
		assert!(open_reads(PHYSICIAN).is_empty());
		// The colleague's grant is untouched.
		assert_ok!(Records::release_share(signed(HOSPITAL_2), record, COLLEAGUE, share(2)));
		assert_eq!(open_reads(COLLEAGUE), vec![(record, 0b010)]);
	});
}

#[test]
fn an_emergency_opens_custody_records_only_while_its_window_lasts() {
	ExtBuilder.build_and_execute(|| {
		patient_sets_custodians();
		let record = device_anchors_in_custody(7);
		assert_ok!(Consent::open_emergency_access(
			signed(PHYSICIAN),
			PATIENT,
			HOSPITAL,
			H256::zero()
		));
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::EmergencyTreatment));
		assert_ok!(Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)));
		// The emergency access lasts 10 blocks; the release window 5. Read again near its end.
		System::set_block_number(10);
		assert_ok!(Records::read(signed(PHYSICIAN), record, Purpose::EmergencyTreatment));
		assert_ok!(Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)));
		System::set_block_number(12);
		assert_ok!(Records::release_share(signed(HOSPITAL_2), record, PHYSICIAN, share(2)));
		assert!(matches!(
			System::events().last().map(|e| e.event.clone()),
			Some(RuntimeEvent::Records(Event::ReleaseRefused { reader: PHYSICIAN, .. }))
		));
	});
}

#[test]
fn a_reread_renews_without_new_releases_and_a_readers_oldest_open_read_makes_room() {
	ExtBuilder.build_and_execute(|| {
		let (first, _) = physician_reads();
		assert_ok!(Records::release_share(signed(HOSPITAL), first, PHYSICIAN, share(1)));
		// Read again while it is open: the window is renewed, but a custodian that released
		// does not release again (no reader multiplies releases by asking often).
		System::set_block_number(3);
		assert_ok!(Records::read(signed(PHYSICIAN), first, Purpose::Treatment));
		assert_eq!(OpenReads::<Test>::get(PHYSICIAN)[0].until, 8);
		assert_eq!(open_reads(PHYSICIAN), vec![(first, 0b001)]);
		assert_noop!(
			Records::release_share(signed(HOSPITAL), first, PHYSICIAN, share(1)),
			Error::<Test>::AlreadyReleased
		);
		// Once the window has passed, a new read opens afresh.
		System::set_block_number(9);
		assert_ok!(Records::read(signed(PHYSICIAN), first, Purpose::Treatment));
		assert_eq!(open_reads(PHYSICIAN), vec![(first, 0)]);
		let second = device_anchors_in_custody(8);
		let third = device_anchors_in_custody(9);
		assert_ok!(Records::read(signed(PHYSICIAN), second, Purpose::Treatment));
		assert_ok!(Records::read(signed(PHYSICIAN), third, Purpose::Treatment));
		assert_eq!(open_reads(PHYSICIAN), vec![(second, 0), (third, 0)]);
	});
}

#[test]
fn may_release_answers_as_release_share_would_without_writing() {
	ExtBuilder.build_and_execute(|| {
		let (record, grant_id) = physician_reads();
		assert_eq!(Records::may_release(&HOSPITAL, record, &PHYSICIAN), Ok(()));
		assert_eq!(
			Records::may_release(&PHYSICIAN, record, &PHYSICIAN),
			Err(Error::<Test>::NotCustodian.into())
		);
		assert_eq!(
			Records::may_release(&HOSPITAL, record, &COLLEAGUE),
			Err(Error::<Test>::NoOpenRead.into())
		);
		assert_ok!(Records::release_share(signed(HOSPITAL), record, PHYSICIAN, share(1)));
		assert_eq!(
			Records::may_release(&HOSPITAL, record, &PHYSICIAN),
			Err(Error::<Test>::AlreadyReleased.into())
		);
		// Suspended custodians, records not in custody or unknown, windows passed: no.
		MockRegistry::set_status(HOSPITAL_3, Status::Suspended);
		assert_eq!(
			Records::may_release(&HOSPITAL_3, record, &PHYSICIAN),
			Err(Error::<Test>::CustodianNotActive.into())
		);
		assert_eq!(
			Records::may_release(&HOSPITAL, 99, &PHYSICIAN),
			Err(Error::<Test>::NoSuchRecord.into())
		);
		// Revoked: no longer, and nothing was closed by asking.
		assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, grant_id));
		assert_eq!(
			Records::may_release(&HOSPITAL_2, record, &PHYSICIAN),
			Err(Error::<Test>::NoOpenRead.into())
		);
		assert_eq!(open_reads(PHYSICIAN), vec![(record, 0b001)]);
	});
}

#[test]
fn may_release_refuses_records_not_in_custody_and_passed_windows() {
	ExtBuilder.build_and_execute(|| {
		let plain = device_anchors();
		let (record, _) = physician_reads();
		assert_ok!(Records::read(signed(PHYSICIAN), plain, Purpose::Treatment));
		assert_eq!(
			Records::may_release(&HOSPITAL, plain, &PHYSICIAN),
			Err(Error::<Test>::NotInCustody.into())
		);
		System::set_block_number(7);
		assert_eq!(
			Records::may_release(&HOSPITAL, record, &PHYSICIAN),
			Err(Error::<Test>::NoOpenRead.into())
		);
	});
}
