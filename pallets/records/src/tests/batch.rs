//! Batched anchoring: a device's signed batch (the fixed batch the test devices signed with
//! OpenSSL), the patient's batch of real readings, each reading proven against its batch, and
//! every refusal.

use super::*;
use carechain_primitives::{
	batch::{batch_proof, batch_root, BatchProof},
	registry::RegistrySetup,
	testing::keys::{
		BATCH_PATIENT_U64, BATCH_READINGS, BATCH_ROOT, DEVICE_2048_BATCH_SIGNATURE_U64,
		DEVICE_4096_BATCH_SIGNATURE_U64,
	},
};

/// The fixed batch's patient, as the mock's accounts are `u64`s.
const BATCH_PATIENT: u64 = u64::from_le_bytes(BATCH_PATIENT_U64);
/// A device monitoring it, with the 2048-bit test key.
const BATCH_DEVICE: u64 = 40;
/// A device monitoring it, with the 4096-bit test key.
const BATCH_DEVICE_4096: u64 = 41;

/// Registers the fixed batch's patient and its two devices.
fn batch_cast() {
	MockRegistry::add_patient(&BATCH_PATIENT);
	MockRegistry::add_device(&BATCH_DEVICE, &BATCH_PATIENT, &HOSPITAL, test_keys::DEVICE_2048);
	MockRegistry::add_device(&BATCH_DEVICE_4096, &BATCH_PATIENT, &HOSPITAL, test_keys::DEVICE_4096);
}

fn anchor_batch(
	author: u64,
	patient: u64,
	root: H256,
	readings: u32,
	signature: Option<SignatureOf>,
) -> DispatchResultWithPostInfo {
	Records::anchor_batch(
		signed(author),
		patient,
		VITALS,
		root,
		readings,
		locator("carechain-blob:manifest"),
		4_096,
		ENVELOPE_VERSION,
		0,
		Purpose::Treatment,
		signature,
		now(),
	)
}

/// `BATCH_DEVICE` anchors the fixed batch with its OpenSSL signature.
fn device_anchors_the_fixed_batch() -> DispatchResultWithPostInfo {
	anchor_batch(
		BATCH_DEVICE,
		BATCH_PATIENT,
		H256(BATCH_ROOT),
		BATCH_READINGS,
		signature(DEVICE_2048_BATCH_SIGNATURE_U64),
	)
}

/// `n` readings' content hashes.
fn readings(n: u32) -> Vec<H256> {
	(0..n).map(|i| H256(content_hash(&i.to_le_bytes()))).collect()
}

#[test]
fn a_device_anchors_a_signed_batch_as_one_record() {
	ExtBuilder.build_and_execute(|| {
		batch_cast();
		let post =
			device_anchors_the_fixed_batch().expect("the device anchors the batch it signed; qed");
		let record = Records::record(0).expect("the record was just anchored; qed");
		assert_eq!(
			(record.patient, record.content_hash, record.author, record.basis),
			(BATCH_PATIENT, H256(BATCH_ROOT), BATCH_DEVICE, AccessBasis::MonitoringDevice)
		);
		assert_eq!(Records::batch_readings(0), Some(BATCH_READINGS));
		assert_eq!(RecordByPatientHash::<Test>::get(BATCH_PATIENT, H256(BATCH_ROOT)), Some(0));
		assert_eq!(RecordCount::<Test>::get(BATCH_PATIENT, VITALS), 1);
		System::assert_last_event(
			Event::BatchAnchored {
				record_id: 0,
				patient: BATCH_PATIENT,
				category: VITALS,
				root: H256(BATCH_ROOT),
				readings: BATCH_READINGS,
				author: BATCH_DEVICE,
				basis: AccessBasis::MonitoringDevice,
				key_epoch: 0,
			}
			.into(),
		);
		// Consent's decision for the device is in the batch's own benchmark: refunded.
		type Weights = <Test as Config>::WeightInfo;
		assert_eq!(post.actual_weight, Some(Weights::anchor_batch_signed_2048()));
		let declared = Records::anchor_batch_weight(Some(256));
		assert_eq!(
			declared,
			Weights::anchor_batch_signed_2048()
				.saturating_add(<Test as Config>::Consent::authorize_weight())
		);
		// Consent audited one append, as for any record.
		let last = pallet_consent::Pallet::<Test>::audit_trail(&BATCH_PATIENT)
			.pop()
			.expect("consent audited the append; qed");
		assert_eq!(
			(last.accessor, last.decision),
			(BATCH_DEVICE, AccessDecision::Granted(AccessBasis::MonitoringDevice))
		);
	});
}

#[test]
fn a_4096_bit_device_signs_a_batch() {
	ExtBuilder.build_and_execute(|| {
		batch_cast();
		let post = anchor_batch(
			BATCH_DEVICE_4096,
			BATCH_PATIENT,
			H256(BATCH_ROOT),
			BATCH_READINGS,
			signature(DEVICE_4096_BATCH_SIGNATURE_U64),
		)
		.expect("the 4096-bit device anchors the batch it signed; qed");
		assert_eq!(
			post.actual_weight,
			Some(<Test as Config>::WeightInfo::anchor_batch_signed_4096())
		);
		assert_eq!(
			Records::record(0).expect("the record was just anchored; qed").author,
			BATCH_DEVICE_4096
		);
	});
}

#[test]
fn every_reading_of_a_batch_is_proven_against_the_record_and_nothing_else_is() {
	ExtBuilder.build_and_execute(|| {
		let leaves = readings(37);
		let root = batch_root(&leaves);
		assert_ok!(anchor_batch(PATIENT, PATIENT, root, 37, None));
		assert_eq!(
			Records::record(0).expect("the record was just anchored; qed").basis,
			AccessBasis::OwnData
		);
		for (i, leaf) in leaves.iter().enumerate() {
			let proof = batch_proof(&leaves, i as u32).expect("the index is within the batch; qed");
			assert!(Records::verify_reading(0, *leaf, &proof), "reading {i}");
			assert!(!Records::verify_reading(0, hash(0xee), &proof));
			assert!(!Records::verify_reading(1, *leaf, &proof), "no record 1");
		}
		let proof = batch_proof(&leaves, 3).expect("the index is within the batch; qed");
		assert!(!Records::verify_reading(0, leaves[4], &proof), "another reading's proof");

		// A single record: its own hash at index 0, no siblings.
		assert_ok!(anchor_as(PATIENT, hash(9)));
		let alone = BatchProof { index: 0, siblings: vec![] };
		assert!(Records::verify_reading(1, hash(9), &alone));
		assert_eq!(Records::batch_readings(1), None);
		assert!(!Records::verify_reading(1, hash(8), &alone));
		assert!(!Records::verify_reading(1, hash(9), &BatchProof { index: 1, siblings: vec![] }));
		assert!(!Records::verify_reading(1, hash(9), &BatchProof { index: 0, ..proof }));
	});
}

#[test]
fn anchor_batch_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::anchor_batch(
				RuntimeOrigin::none(),
				PATIENT,
				VITALS,
				hash(1),
				2,
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
fn anchor_batch_fails_for_an_empty_or_oversized_batch() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(anchor_batch(PATIENT, PATIENT, hash(1), 0, None), Error::<Test>::EmptyBatch);
		let max = <<Test as Config>::MaxBatchReadings as Get<u32>>::get();
		assert_noop!(
			anchor_batch(PATIENT, PATIENT, hash(1), max + 1, None),
			Error::<Test>::BatchTooLarge
		);
		assert_noop!(
			anchor_batch(PATIENT, PATIENT, hash(1), u32::MAX, None),
			Error::<Test>::BatchTooLarge
		);
		assert_ok!(anchor_batch(PATIENT, PATIENT, hash(1), max, None));
	});
}

#[test]
fn anchor_batch_fails_for_a_root_already_anchored() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_batch(PATIENT, PATIENT, hash(1), 2, None));
		assert_noop!(
			anchor_batch(PATIENT, PATIENT, hash(1), 3, None),
			Error::<Test>::AlreadyAnchored
		);
		assert_noop!(anchor_as(PATIENT, hash(1)), Error::<Test>::AlreadyAnchored);
	});
}

#[test]
fn anchor_batch_fails_for_a_signature_of_another_batch() {
	ExtBuilder.build_and_execute(|| {
		batch_cast();
		let sig = || signature(DEVICE_2048_BATCH_SIGNATURE_U64);
		// Another size of the same root: the size is signed, so that no one can make the root
		// prove readings the device did not batch.
		assert_noop!(
			anchor_batch(BATCH_DEVICE, BATCH_PATIENT, H256(BATCH_ROOT), BATCH_READINGS + 1, sig()),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			anchor_batch(BATCH_DEVICE, BATCH_PATIENT, hash(1), BATCH_READINGS, sig()),
			Error::<Test>::BadSignature
		);
		// The other key's signature; a single reading's signature presented for a batch.
		assert_noop!(
			anchor_batch(BATCH_DEVICE_4096, BATCH_PATIENT, H256(BATCH_ROOT), BATCH_READINGS, sig()),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			anchor_batch(
				DEVICE,
				PATIENT,
				reading_hash(),
				1,
				signature(test_keys::DEVICE_2048_READING_SIGNATURE)
			),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			anchor_batch(BATCH_DEVICE, BATCH_PATIENT, H256(BATCH_ROOT), BATCH_READINGS, None),
			Error::<Test>::SignatureMissing
		);
	});
}

#[test]
fn anchor_batch_fails_for_a_device_of_another_patient() {
	ExtBuilder.build_and_execute(|| {
		batch_cast();
		assert_noop!(
			anchor_batch(
				DEVICE,
				BATCH_PATIENT,
				H256(BATCH_ROOT),
				BATCH_READINGS,
				signature(DEVICE_2048_BATCH_SIGNATURE_U64)
			),
			Error::<Test>::DeviceNotMonitoringPatient
		);
	});
}

#[test]
fn a_batch_by_a_physician_without_write_consent_is_refused_and_audited() {
	ExtBuilder.build_and_execute(|| {
		let post = anchor_batch(PHYSICIAN, PATIENT, hash(5), 8, None)
			.expect("a refused append is an event, the call Ok; qed");
		assert_eq!(post.actual_weight, None, "a refusal pays the declared weight");
		System::assert_last_event(
			Event::AnchorRefused {
				patient: PATIENT,
				category: VITALS,
				content_hash: hash(5),
				author: PHYSICIAN,
				reason: DenialReason::NoConsent,
			}
			.into(),
		);
		assert_eq!(NextRecordId::<Test>::get(), 0);
		assert_eq!(BatchReadings::<Test>::iter().count(), 0);
		let last = pallet_consent::Pallet::<Test>::audit_trail(&PATIENT)
			.pop()
			.expect("consent audited the append; qed");
		assert_eq!(
			(last.accessor, last.decision),
			(PHYSICIAN, AccessDecision::Denied(DenialReason::NoConsent))
		);
	});
}

/// `author`'s batch of 2 readings for `patient` with the anchor's other arguments given.
#[allow(clippy::too_many_arguments)]
fn batch_with(
	author: u64,
	patient: u64,
	envelope_version: u8,
	locator_text: &str,
	size: u64,
	key_epoch: KeyEpoch,
	signature: Option<SignatureOf>,
	taken_at: u64,
) -> DispatchResultWithPostInfo {
	Records::anchor_batch(
		signed(author),
		patient,
		VITALS,
		hash(1),
		2,
		locator(locator_text),
		size,
		envelope_version,
		key_epoch,
		Purpose::Treatment,
		signature,
		taken_at,
	)
}

#[test]
fn anchor_batch_fails_for_a_malformed_batch_as_anchor_does() {
	ExtBuilder.build_and_execute(|| {
		let t = now();
		for version in [0, 3, u8::MAX] {
			assert_noop!(
				batch_with(PATIENT, PATIENT, version, "x", 1, 0, None, t),
				Error::<Test>::UnsupportedEnvelopeVersion
			);
		}
		assert_noop!(
			batch_with(PATIENT, PATIENT, CUSTODY_ENVELOPE_VERSION, "x", 1, 0, None, t),
			Error::<Test>::NoCustodians
		);
		assert_noop!(
			batch_with(PATIENT, PATIENT, ENVELOPE_VERSION, "", 1, 0, None, t),
			Error::<Test>::EmptyLocator
		);
		assert_noop!(
			batch_with(PATIENT, PATIENT, ENVELOPE_VERSION, "x", 0, 0, None, t),
			Error::<Test>::EmptyRecord
		);
		assert_noop!(
			batch_with(
				PATIENT,
				PATIENT,
				ENVELOPE_VERSION,
				"x",
				1,
				0,
				None,
				t + MAX_CLOCK_DRIFT + 1
			),
			Error::<Test>::ReadingFromTheFuture
		);
		assert_noop!(
			batch_with(PATIENT, PATIENT, ENVELOPE_VERSION, "x", 1, 5, None, t),
			Error::<Test>::StaleKeyEpoch
		);
		assert_noop!(
			batch_with(HOSPITAL, HOSPITAL, ENVELOPE_VERSION, "x", 1, 0, None, t),
			Error::<Test>::NotPatient
		);
		assert_noop!(
			batch_with(
				PATIENT,
				PATIENT,
				ENVELOPE_VERSION,
				"x",
				1,
				0,
				signature(DEVICE_2048_BATCH_SIGNATURE_U64),
				t
			),
			Error::<Test>::UnexpectedSignature
		);
	});
}

#[test]
fn a_patient_in_custody_batches_in_custody_and_its_custodians_release_once_for_the_batch() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Records::set_custodians(
			signed(PATIENT),
			PATIENT,
			vec![HOSPITAL, HOSPITAL_2]
				.try_into()
				.expect("two custodians are within MaxCustodians; qed"),
			2
		));
		// Under a category key the chain asks for custody, and in custody for the current set.
		assert_noop!(
			batch_with(PATIENT, PATIENT, ENVELOPE_VERSION, "x", 1, 0, None, now()),
			Error::<Test>::CustodyRequired
		);
		assert_noop!(
			batch_with(PATIENT, PATIENT, CUSTODY_ENVELOPE_VERSION, "x", 1, 2, None, now()),
			Error::<Test>::StaleKeyEpoch
		);
		let id = NextRecordId::<Test>::get();
		assert_ok!(batch_with(PATIENT, PATIENT, CUSTODY_ENVELOPE_VERSION, "x", 1, 1, None, now()));
		System::assert_last_event(
			Event::BatchAnchored {
				record_id: id,
				patient: PATIENT,
				category: VITALS,
				root: hash(1),
				readings: 2,
				author: PATIENT,
				basis: AccessBasis::OwnData,
				key_epoch: 1,
			}
			.into(),
		);
		assert_eq!(
			Records::record(id).expect("the record was just anchored; qed").envelope_version,
			CUSTODY_ENVELOPE_VERSION
		);
		assert_eq!(BatchReadings::<Test>::get(id), Some(2));

		// A granted read of the batch opens one release window, for the whole batch: each
		// custodian releases its share of the batch's key once.
		grant(PHYSICIAN, Permission::Read);
		assert_ok!(Records::read(signed(PHYSICIAN), id, Purpose::Treatment));
		assert!(matches!(
			System::events().last().map(|e| e.event.clone()),
			Some(RuntimeEvent::Records(Event::SharesRequested {
				record_id,
				reader: PHYSICIAN,
				custody_epoch: 1,
				..
			})) if record_id == id
		));
		for (custodian, index) in [(HOSPITAL, 0), (HOSPITAL_2, 1)] {
			assert_ok!(Records::release_share(signed(custodian), id, PHYSICIAN, key(9)));
			System::assert_last_event(
				Event::ShareReleased {
					record_id: id,
					reader: PHYSICIAN,
					custodian,
					index,
					wrapped_share: key(9).into_inner(),
				}
				.into(),
			);
		}
		assert_noop!(
			Records::release_share(signed(HOSPITAL), id, PHYSICIAN, key(9)),
			Error::<Test>::AlreadyReleased
		);
	});
}

#[test]
fn a_device_signs_a_custody_batch_as_any_batch_and_the_chain_keeps_it_in_custody() {
	ExtBuilder.build_and_execute(|| {
		batch_cast();
		assert_ok!(Records::set_custodians(
			signed(BATCH_PATIENT),
			BATCH_PATIENT,
			vec![HOSPITAL, HOSPITAL_2]
				.try_into()
				.expect("two custodians are within MaxCustodians; qed"),
			2
		));
		let anchor = |version, epoch, signature| {
			Records::anchor_batch(
				signed(BATCH_DEVICE),
				BATCH_PATIENT,
				VITALS,
				H256(BATCH_ROOT),
				BATCH_READINGS,
				locator("carechain-blob:manifest"),
				4_096,
				version,
				epoch,
				Purpose::Treatment,
				signature,
				now(),
			)
		};
		// The signature is of the batch's digest (patient, category, root, number), in custody
		// as under a category key; another batch's is refused.
		assert_noop!(
			anchor(CUSTODY_ENVELOPE_VERSION, 1, signature(DEVICE_4096_BATCH_SIGNATURE_U64)),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			anchor(ENVELOPE_VERSION, 0, signature(DEVICE_2048_BATCH_SIGNATURE_U64)),
			Error::<Test>::CustodyRequired
		);
		assert_ok!(anchor(CUSTODY_ENVELOPE_VERSION, 1, signature(DEVICE_2048_BATCH_SIGNATURE_U64)));
		let record = Records::record(0).expect("the record was just anchored; qed");
		assert_eq!(
			(record.envelope_version, record.key_epoch, record.basis),
			(CUSTODY_ENVELOPE_VERSION, 1, AccessBasis::MonitoringDevice)
		);
		assert_eq!(Records::batch_readings(0), Some(BATCH_READINGS));
	});
}

#[test]
fn the_patient_pays_its_own_way_and_a_guardian_the_dearest() {
	ExtBuilder.build_and_execute(|| {
		let post = anchor_batch(PATIENT, PATIENT, hash(1), 3, None)
			.expect("the patient side appends its own records; qed");
		assert_eq!(post.actual_weight, Some(<Test as Config>::WeightInfo::anchor_batch_unsigned()));
		assert!(post
			.actual_weight
			.expect("an anchor reports what it cost; qed")
			.all_lt(Records::anchor_batch_weight(None)));
		let post = anchor_batch(GUARDIAN, PATIENT, hash(2), 3, None)
			.expect("the patient side appends its own records; qed");
		assert_eq!(post.actual_weight, None);
		assert_eq!(
			Records::record(1).expect("the record was just anchored; qed").basis,
			AccessBasis::Guardian
		);
	});
}
