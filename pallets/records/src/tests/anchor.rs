use super::*;

#[test]
fn a_device_anchors_a_signed_reading() {
	ExtBuilder.build_and_execute(|| {
		let id = device_anchors();
		let record = Records::record(id).expect("device_anchors just anchored it; qed");
		assert_eq!(
			record,
			RecordInfo {
				patient: PATIENT,
				category: VITALS,
				content_hash: reading_hash(),
				locator: b"carechain-blob:reading"
					.to_vec()
					.try_into()
					.expect("22 bytes, within MaxLocatorLength; qed"),
				size: READING.len() as u64,
				envelope_version: ENVELOPE_VERSION,
				key_epoch: 0,
				author: DEVICE,
				basis: AccessBasis::MonitoringDevice,
				anchored_at: 1,
				timestamp: 1_700_000_000_000,
				status: RecordStatus::Current,
				supersedes: None,
			}
		);
		assert_eq!(RecordByPatientHash::<Test>::get(PATIENT, reading_hash()), Some(id));
		assert_eq!(Records::records_of(&PATIENT, VITALS, 0, 10), vec![(id, record)]);
		System::assert_last_event(
			Event::RecordAnchored {
				record_id: id,
				patient: PATIENT,
				category: VITALS,
				content_hash: reading_hash(),
				author: DEVICE,
				basis: AccessBasis::MonitoringDevice,
				key_epoch: 0,
			}
			.into(),
		);
	});
}

#[test]
fn a_4096_bit_device_signature_verifies() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_with(
			DEVICE_4096,
			PATIENT,
			VITALS,
			reading_hash(),
			0,
			signature(DEVICE_4096_READING_SIGNATURE)
		));
		assert_eq!(
			Records::record(0).expect("the first anchor is record 0; qed").author,
			DEVICE_4096
		);
	});
}

#[test]
fn the_patient_a_guardian_and_a_physician_with_append_consent_anchor() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_ok!(anchor_as(GUARDIAN, hash(2)));
		let grant_id = grant(PHYSICIAN, Permission::Append);
		assert_ok!(anchor_as(PHYSICIAN, hash(3)));
		let bases: Vec<_> = (0..3)
			.map(|id| Records::record(id).expect("three anchors took ids 0 to 2; qed").basis)
			.collect();
		assert_eq!(
			bases,
			vec![AccessBasis::OwnData, AccessBasis::Guardian, AccessBasis::Grant(grant_id)]
		);
		assert_eq!(RecordCount::<Test>::get(PATIENT, VITALS), 3);
	});
}

#[test]
fn a_device_or_the_patient_pays_its_own_way_through_consent_and_others_the_dearest() {
	ExtBuilder.build_and_execute(|| {
		type Weights = <Test as Config>::WeightInfo;
		let consent = <Test as Config>::Consent::authorize_weight();
		let sig = signature(DEVICE_2048_READING_SIGNATURE);
		let call = crate::Call::<Test>::anchor {
			patient: PATIENT,
			category: VITALS,
			content_hash: reading_hash(),
			locator: locator("carechain-blob:reading"),
			size: READING.len() as u64,
			envelope_version: ENVELOPE_VERSION,
			key_epoch: 0,
			purpose: Purpose::Treatment,
			signature: sig.clone(),
			taken_at: now(),
		};
		let declared = call.get_dispatch_info().call_weight;
		assert_eq!(declared, Weights::anchor_signed_2048().saturating_add(consent));

		let post = anchor_with(DEVICE, PATIENT, VITALS, reading_hash(), 0, sig)
			.expect("a registered device's valid signature is anchored; qed");
		assert_eq!(post.actual_weight, Some(Weights::anchor_signed_2048()));
		assert!(post.actual_weight.expect("asserted Some on the line above; qed").all_lt(declared));
		let post = anchor_as(PATIENT, hash(1)).expect("a patient anchors its own data; qed");
		assert_eq!(post.actual_weight, Some(Weights::anchor_unsigned()));

		// A guardian's and a grantee's way through consent reads its lists: no refund.
		let post = anchor_as(GUARDIAN, hash(2)).expect("the patient's guardian may append; qed");
		assert_eq!(post.actual_weight, None);
		grant(PHYSICIAN, Permission::Append);
		let post = anchor_as(PHYSICIAN, hash(3)).expect("granted Append just above; qed");
		assert_eq!(post.actual_weight, None);
		assert_eq!(NextRecordId::<Test>::get(), 4);
	});
	// A 4096-bit device's signature (the same reading: another chain).
	ExtBuilder.build_and_execute(|| {
		let post = anchor_with(
			DEVICE_4096,
			PATIENT,
			VITALS,
			reading_hash(),
			0,
			signature(DEVICE_4096_READING_SIGNATURE),
		)
		.expect("the 4096-bit device's valid signature is anchored; qed");
		assert_eq!(post.actual_weight, Some(<Test as Config>::WeightInfo::anchor_signed_4096()));
	});
}

#[test]
fn anchor_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::anchor(
				RuntimeOrigin::none(),
				PATIENT,
				VITALS,
				hash(1),
				locator("x"),
				1,
				ENVELOPE_VERSION,
				0,
				Purpose::Treatment,
				None,
				now(),
			),
			BadOrigin
		);
	});
}

#[test]
fn anchor_fails_for_a_malformed_anchor() {
	ExtBuilder.build_and_execute(|| {
		let anchor = |version: u8, locator_text: &str, size: u64| {
			Records::anchor(
				signed(PATIENT),
				PATIENT,
				VITALS,
				hash(1),
				locator(locator_text),
				size,
				version,
				0,
				Purpose::Treatment,
				None,
				now(),
			)
		};
		for version in [0, 3, u8::MAX] {
			assert_noop!(anchor(version, "x", 1), Error::<Test>::UnsupportedEnvelopeVersion);
		}
		assert_noop!(anchor(ENVELOPE_VERSION, "", 1), Error::<Test>::EmptyLocator);
		assert_noop!(anchor(ENVELOPE_VERSION, "x", 0), Error::<Test>::EmptyRecord);
	});
}

#[test]
fn anchor_fails_for_a_reading_from_the_future() {
	ExtBuilder.build_and_execute(|| {
		let anchor = |taken_at: u64| {
			Records::anchor(
				signed(PATIENT),
				PATIENT,
				VITALS,
				hash(1),
				locator("x"),
				1,
				ENVELOPE_VERSION,
				0,
				Purpose::Treatment,
				None,
				taken_at,
			)
		};
		assert!(now() > 0);
		assert_noop!(anchor(now() + MAX_CLOCK_DRIFT + 1), Error::<Test>::ReadingFromTheFuture);
		// A clock at the allowed drift, and a reading of long ago, are fine.
		assert_ok!(anchor(now() + MAX_CLOCK_DRIFT));
		assert_ok!(Records::anchor(
			signed(PATIENT),
			PATIENT,
			VITALS,
			hash(2),
			locator("x"),
			1,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			None,
			0,
		));
	});
}

#[test]
fn anchor_fails_for_a_hash_already_anchored() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_as(PATIENT, hash(1)));
		assert_noop!(anchor_as(GUARDIAN, hash(1)), Error::<Test>::AlreadyAnchored);
	});
}

#[test]
fn anchor_fails_for_a_key_epoch_not_current() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			anchor_with(PATIENT, PATIENT, VITALS, hash(1), 1, None),
			Error::<Test>::StaleKeyEpoch
		);
		assert_ok!(Records::rotate_category_key(
			signed(PATIENT),
			PATIENT,
			VITALS,
			readers(&[(PATIENT, 1)])
		));
		assert_noop!(
			anchor_with(PATIENT, PATIENT, VITALS, hash(1), 0, None),
			Error::<Test>::StaleKeyEpoch
		);
		assert_ok!(anchor_with(PATIENT, PATIENT, VITALS, hash(1), 1, None));
	});
}

#[test]
fn anchor_fails_for_a_non_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			anchor_with(PHYSICIAN, COLLEAGUE, VITALS, hash(1), 0, None),
			Error::<Test>::NotPatient
		);
	});
}

/// `author`'s anchor of `hash` is refused by consent for `reason`: the call succeeds, nothing is
/// anchored, and the refusal is the patient's latest audit entry.
fn assert_refused(
	result: DispatchResultWithPostInfo,
	author: u64,
	hash: H256,
	reason: DenialReason,
) {
	let post = result.expect("a refused anchor succeeds, so that the refusal is kept; qed");
	assert_eq!(post.actual_weight, None, "a refusal pays the declared weight");
	System::assert_last_event(
		Event::AnchorRefused {
			patient: PATIENT,
			category: VITALS,
			content_hash: hash,
			author,
			reason,
		}
		.into(),
	);
	assert_eq!(NextRecordId::<Test>::get(), 0);
	assert!(!RecordByPatientHash::<Test>::contains_key(PATIENT, hash));
	let last = pallet_consent::Pallet::<Test>::audit_trail(&PATIENT)
		.pop()
		.expect("a refusal is audited, so the trail is not empty; qed");
	assert_eq!((last.accessor, last.decision), (author, AccessDecision::Denied(reason)));
}

#[test]
fn an_anchor_by_an_unregistered_suspended_or_revoked_device_is_refused_and_audited() {
	ExtBuilder.build_and_execute(|| {
		let sig = || signature(DEVICE_2048_READING_SIGNATURE);
		let inactive = DenialReason::AccessorNotActive;
		assert_refused(
			anchor_with(NOBODY, PATIENT, VITALS, reading_hash(), 0, sig()),
			NOBODY,
			reading_hash(),
			inactive,
		);
		for status in [Status::Suspended, Status::Revoked] {
			MockRegistry::set_status(DEVICE, status);
			assert_refused(
				anchor_with(DEVICE, PATIENT, VITALS, reading_hash(), 0, sig()),
				DEVICE,
				reading_hash(),
				inactive,
			);
		}
		MockRegistry::set_status(DEVICE, Status::Active);
		MockRegistry::set_status(HOSPITAL, Status::Suspended);
		assert_refused(
			anchor_with(DEVICE, PATIENT, VITALS, reading_hash(), 0, sig()),
			DEVICE,
			reading_hash(),
			inactive,
		);
	});
}

#[test]
fn anchor_fails_for_a_device_of_another_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			anchor_with(
				OTHER_DEVICE,
				PATIENT,
				VITALS,
				reading_hash(),
				0,
				signature(DEVICE_2048_READING_SIGNATURE)
			),
			Error::<Test>::DeviceNotMonitoringPatient
		);
	});
}

#[test]
fn an_anchor_by_a_physician_without_write_consent_is_refused_and_audited() {
	ExtBuilder.build_and_execute(|| {
		assert_refused(anchor_as(PHYSICIAN, hash(1)), PHYSICIAN, hash(1), DenialReason::NoConsent);
		grant(PHYSICIAN, Permission::Read);
		assert_refused(anchor_as(PHYSICIAN, hash(1)), PHYSICIAN, hash(1), DenialReason::NoConsent);
	});
}

#[test]
fn a_hash_anchored_for_one_patient_does_not_block_another_patients_anchor() {
	ExtBuilder.build_and_execute(|| {
		// The stranger, a patient itself, anchors the hash the device is about to anchor.
		assert_ok!(anchor_with(STRANGER, STRANGER, VITALS, reading_hash(), 0, None));
		let id = device_anchors();
		assert_eq!(RecordByPatientHash::<Test>::get(PATIENT, reading_hash()), Some(id));
		assert_eq!(RecordByPatientHash::<Test>::get(STRANGER, reading_hash()), Some(0));
		// The same patient's hash twice is still refused.
		assert_noop!(anchor_as(PATIENT, reading_hash()), Error::<Test>::AlreadyAnchored);
	});
}

#[test]
fn anchor_fails_for_a_device_without_a_signature() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			anchor_with(DEVICE, PATIENT, VITALS, reading_hash(), 0, None),
			Error::<Test>::SignatureMissing
		);
	});
}

#[test]
fn anchor_fails_for_a_signature_from_a_non_device() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			anchor_with(
				PATIENT,
				PATIENT,
				VITALS,
				reading_hash(),
				0,
				signature(DEVICE_2048_READING_SIGNATURE)
			),
			Error::<Test>::UnexpectedSignature
		);
	});
}

#[test]
fn anchor_fails_for_a_bad_device_signature() {
	ExtBuilder.build_and_execute(|| {
		let mut flipped = DEVICE_2048_READING_SIGNATURE.to_vec();
		flipped[17] ^= 1;
		for (hash, sig) in [
			// Altered signature.
			(reading_hash(), signature(&flipped)),
			// A valid signature of another hash.
			(hash(9), signature(DEVICE_2048_READING_SIGNATURE)),
			// The 4096-bit key's signature: wrong key, wrong length.
			(reading_hash(), signature(DEVICE_4096_READING_SIGNATURE)),
		] {
			assert_noop!(
				anchor_with(DEVICE, PATIENT, VITALS, hash, 0, sig),
				Error::<Test>::BadSignature
			);
		}
	});
}

#[test]
fn anchor_fails_when_record_ids_run_out() {
	ExtBuilder.build_and_execute(|| {
		NextRecordId::<Test>::put(RecordId::MAX);
		assert_noop!(anchor_as(PATIENT, hash(1)), sp_runtime::ArithmeticError::Overflow);
	});
}
