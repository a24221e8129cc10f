//! The records pallet's unit tests: every call's success and each of its error branches, device
//! signatures verified against real RSA-PSS signatures (made by OpenSSL), sharing by category
//! keys, and reads on the audit trail.

use crate::{mock::*, *};
// The pallet, not its storage item of the same name.
use crate::mock::Records;
use carechain_primitives::{
	consent::{Permission, Scope},
	record_signature::content_hash,
	registry::Status,
	test_keys::{DEVICE_2048_READING_SIGNATURE, DEVICE_4096_READING_SIGNATURE, READING},
};
use cast::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::traits::BadOrigin;

const VITALS: DataCategory = DataCategory::VitalSigns;
const LABS: DataCategory = DataCategory::LabResults;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The content hash the test signatures sign: blake2b-256 of the test reading.
fn reading_hash() -> H256 {
	H256(content_hash(READING))
}

fn locator(text: &str) -> LocatorOf<Test> {
	text.as_bytes().to_vec().try_into().unwrap()
}

fn signature(bytes: &[u8]) -> Option<SignatureOf> {
	Some(bytes.to_vec().try_into().unwrap())
}

fn key(byte: u8) -> WrappedKeyOf<Test> {
	vec![byte; 256].try_into().unwrap()
}

fn readers(list: &[(u64, u8)]) -> ReaderKeysOf<Test> {
	list.iter().map(|(who, byte)| (*who, key(*byte))).collect::<Vec<_>>().try_into().unwrap()
}

/// Anchors as `author` with every other argument valid for an unsigned author.
fn anchor_as(author: u64, hash: H256) -> DispatchResult {
	anchor_with(author, PATIENT, VITALS, hash, 0, None)
}

fn anchor_with(
	author: u64,
	patient: u64,
	category: DataCategory,
	hash: H256,
	key_epoch: KeyEpoch,
	signature: Option<SignatureOf>,
) -> DispatchResult {
	Records::anchor(
		signed(author),
		patient,
		category,
		hash,
		locator("carechain-blob:reading"),
		READING.len() as u64,
		ENVELOPE_VERSION,
		key_epoch,
		Purpose::Treatment,
		signature,
		now(),
	)
}

/// `DEVICE` anchors the test reading with its real signature; returns the record id.
fn device_anchors() -> RecordId {
	let id = NextRecordId::<Test>::get();
	assert_ok!(anchor_with(
		DEVICE,
		PATIENT,
		VITALS,
		reading_hash(),
		CurrentEpoch::<Test>::get(PATIENT, VITALS),
		signature(DEVICE_2048_READING_SIGNATURE)
	));
	id
}

/// `PATIENT` grants `grantee` `permission` on vital signs for treatment.
fn grant(grantee: u64, permission: Permission) -> u64 {
	let id = pallet_consent::NextGrantId::<Test>::get();
	assert_ok!(Consent::grant(
		signed(PATIENT),
		PATIENT,
		grantee,
		Scope::Only(vec![VITALS].try_into().unwrap()),
		permission,
		Purpose::Treatment,
		None,
		500,
	));
	id
}

/// The block's time, ms: when the tests' readings are taken.
fn now() -> u64 {
	pallet_timestamp::Now::<Test>::get()
}

fn hash(byte: u8) -> H256 {
	H256::repeat_byte(byte)
}

mod anchor {
	use super::*;

	#[test]
	fn a_device_anchors_a_signed_reading() {
		ExtBuilder.build_and_execute(|| {
			let id = device_anchors();
			let record = Records::record(id).unwrap();
			assert_eq!(
				record,
				RecordInfo {
					patient: PATIENT,
					category: VITALS,
					content_hash: reading_hash(),
					locator: b"carechain-blob:reading".to_vec(),
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
			assert_eq!(RecordByHash::<Test>::get(reading_hash()), Some(id));
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
			assert_eq!(Records::record(0).unwrap().author, DEVICE_4096);
		});
	}

	#[test]
	fn the_patient_a_guardian_and_a_physician_with_append_consent_anchor() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(anchor_as(PATIENT, hash(1)));
			assert_ok!(anchor_as(GUARDIAN, hash(2)));
			let grant_id = grant(PHYSICIAN, Permission::Append);
			assert_ok!(anchor_as(PHYSICIAN, hash(3)));
			let bases: Vec<_> = (0..3).map(|id| Records::record(id).unwrap().basis).collect();
			assert_eq!(
				bases,
				vec![AccessBasis::OwnData, AccessBasis::Guardian, AccessBasis::Grant(grant_id)]
			);
			assert_eq!(RecordCount::<Test>::get(PATIENT, VITALS), 3);
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
			assert_noop!(anchor(2, "x", 1), Error::<Test>::UnsupportedEnvelopeVersion);
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

	#[test]
	fn anchor_fails_for_an_unregistered_suspended_or_revoked_device() {
		ExtBuilder.build_and_execute(|| {
			let sig = || signature(DEVICE_2048_READING_SIGNATURE);
			assert_noop!(
				anchor_with(NOBODY, PATIENT, VITALS, reading_hash(), 0, sig()),
				Error::<Test>::AuthorNotActive
			);
			MockRegistry::set_status(DEVICE, Status::Suspended);
			assert_noop!(
				anchor_with(DEVICE, PATIENT, VITALS, reading_hash(), 0, sig()),
				Error::<Test>::AuthorNotActive
			);
			MockRegistry::set_status(DEVICE, Status::Revoked);
			assert_noop!(
				anchor_with(DEVICE, PATIENT, VITALS, reading_hash(), 0, sig()),
				Error::<Test>::AuthorNotActive
			);
			MockRegistry::set_status(DEVICE, Status::Active);
			MockRegistry::set_status(HOSPITAL, Status::Suspended);
			assert_noop!(
				anchor_with(DEVICE, PATIENT, VITALS, reading_hash(), 0, sig()),
				Error::<Test>::AuthorNotActive
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
	fn anchor_fails_for_a_physician_without_write_consent() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(anchor_as(PHYSICIAN, hash(1)), Error::<Test>::NoWriteConsent);
			grant(PHYSICIAN, Permission::Read);
			assert_noop!(anchor_as(PHYSICIAN, hash(1)), Error::<Test>::NoWriteConsent);
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
}

mod category_keys {
	use super::*;

	#[test]
	fn rotation_starts_a_new_epoch_for_its_readers() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(Records::rotate_category_key(
				signed(PATIENT),
				PATIENT,
				VITALS,
				readers(&[(PATIENT, 1), (DEVICE, 2), (PHYSICIAN, 3)])
			));
			assert_eq!(CurrentEpoch::<Test>::get(PATIENT, VITALS), 1);
			assert_eq!(Records::category_key(&PATIENT, VITALS, 1, &DEVICE), Some(vec![2; 256]));
			System::assert_last_event(
				Event::CategoryKeyRotated {
					patient: PATIENT,
					category: VITALS,
					epoch: 1,
					readers: vec![PATIENT, DEVICE, PHYSICIAN],
				}
				.into(),
			);
			assert_ok!(Records::rotate_category_key(
				signed(GUARDIAN),
				PATIENT,
				VITALS,
				readers(&[(PATIENT, 4)])
			));
			assert_eq!(CurrentEpoch::<Test>::get(PATIENT, VITALS), 2);
			assert_eq!(CurrentEpoch::<Test>::get(PATIENT, LABS), 0);
			// Epoch 1's keys stay: records of epoch 1 stay readable by its readers.
			assert_eq!(Records::category_key(&PATIENT, VITALS, 1, &PHYSICIAN), Some(vec![3; 256]));
			assert_eq!(Records::category_key(&PATIENT, VITALS, 2, &PHYSICIAN), None);
		});
	}

	#[test]
	fn rotate_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::rotate_category_key(
					RuntimeOrigin::none(),
					PATIENT,
					VITALS,
					readers(&[(PATIENT, 1)])
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn rotate_fails_for_a_non_patient() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::rotate_category_key(
					signed(PHYSICIAN),
					PHYSICIAN,
					VITALS,
					readers(&[(PATIENT, 1)])
				),
				Error::<Test>::NotPatient
			);
		});
	}

	#[test]
	fn rotate_fails_for_a_stranger_or_a_suspended_patient() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::rotate_category_key(
					signed(STRANGER),
					PATIENT,
					VITALS,
					readers(&[(PATIENT, 1)])
				),
				Error::<Test>::NotPatientOrGuardian
			);
			MockRegistry::set_status(PATIENT, Status::Suspended);
			assert_noop!(
				Records::rotate_category_key(
					signed(PATIENT),
					PATIENT,
					VITALS,
					readers(&[(PATIENT, 1)])
				),
				Error::<Test>::NotPatientOrGuardian
			);
		});
	}

	#[test]
	fn rotate_fails_for_bad_readers() {
		ExtBuilder.build_and_execute(|| {
			let rotate = |list: ReaderKeysOf<Test>| {
				Records::rotate_category_key(signed(PATIENT), PATIENT, VITALS, list)
			};
			assert_noop!(rotate(readers(&[])), Error::<Test>::NoReaders);
			assert_noop!(
				rotate(readers(&[(PATIENT, 1), (PATIENT, 2)])),
				Error::<Test>::DuplicateReader
			);
			assert_noop!(rotate(readers(&[(NOBODY, 1)])), Error::<Test>::ReaderNotRegistered);
			let empty: ReaderKeysOf<Test> =
				vec![(PATIENT, WrappedKeyOf::<Test>::default())].try_into().unwrap();
			assert_noop!(rotate(empty), Error::<Test>::EmptyWrappedKey);
		});
	}

	fn rotated() {
		assert_ok!(Records::rotate_category_key(
			signed(PATIENT),
			PATIENT,
			VITALS,
			readers(&[(PATIENT, 1)])
		));
	}

	#[test]
	fn sharing_an_epoch_gives_a_reader_its_key() {
		ExtBuilder.build_and_execute(|| {
			rotated();
			assert_ok!(Records::share_category_key(
				signed(GUARDIAN),
				PATIENT,
				VITALS,
				1,
				PHYSICIAN,
				key(7)
			));
			assert_eq!(Records::category_key(&PATIENT, VITALS, 1, &PHYSICIAN), Some(vec![7; 256]));
			System::assert_last_event(
				Event::CategoryKeyShared {
					patient: PATIENT,
					category: VITALS,
					epoch: 1,
					reader: PHYSICIAN,
				}
				.into(),
			);
		});
	}

	#[test]
	fn share_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			rotated();
			assert_noop!(
				Records::share_category_key(
					RuntimeOrigin::root(),
					PATIENT,
					VITALS,
					1,
					PHYSICIAN,
					key(7)
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn share_fails_for_a_non_patient_or_a_stranger() {
		ExtBuilder.build_and_execute(|| {
			rotated();
			assert_noop!(
				Records::share_category_key(
					signed(HOSPITAL),
					HOSPITAL,
					VITALS,
					1,
					PHYSICIAN,
					key(7)
				),
				Error::<Test>::NotPatient
			);
			assert_noop!(
				Records::share_category_key(
					signed(PHYSICIAN),
					PATIENT,
					VITALS,
					1,
					PHYSICIAN,
					key(7)
				),
				Error::<Test>::NotPatientOrGuardian
			);
		});
	}

	#[test]
	fn share_fails_for_an_unknown_epoch() {
		ExtBuilder.build_and_execute(|| {
			rotated();
			for epoch in [0, 2] {
				assert_noop!(
					Records::share_category_key(
						signed(PATIENT),
						PATIENT,
						VITALS,
						epoch,
						PHYSICIAN,
						key(7)
					),
					Error::<Test>::UnknownEpoch
				);
			}
		});
	}

	#[test]
	fn share_fails_for_a_bad_reader_or_key() {
		ExtBuilder.build_and_execute(|| {
			rotated();
			assert_noop!(
				Records::share_category_key(signed(PATIENT), PATIENT, VITALS, 1, NOBODY, key(7)),
				Error::<Test>::ReaderNotRegistered
			);
			assert_noop!(
				Records::share_category_key(
					signed(PATIENT),
					PATIENT,
					VITALS,
					1,
					PHYSICIAN,
					Default::default()
				),
				Error::<Test>::EmptyWrappedKey
			);
		});
	}

	#[test]
	fn share_fails_when_already_shared() {
		ExtBuilder.build_and_execute(|| {
			rotated();
			assert_noop!(
				Records::share_category_key(signed(PATIENT), PATIENT, VITALS, 1, PATIENT, key(7)),
				Error::<Test>::AlreadyShared
			);
		});
	}
}

mod read {
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
			assert_noop!(
				Records::read(RuntimeOrigin::none(), record, Purpose::Treatment),
				BadOrigin
			);
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
}

mod corrections {
	use super::*;

	#[test]
	fn a_correction_supersedes_a_record_linked_both_ways() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(anchor_as(PATIENT, hash(1)));
			assert_ok!(anchor_as(PATIENT, hash(2)));
			assert_ok!(Records::supersede(signed(PATIENT), 0, 1));
			assert_eq!(Records::record(0).unwrap().status, RecordStatus::Superseded(1));
			assert_eq!(Records::record(1).unwrap().supersedes, Some(0));
			System::assert_last_event(
				Event::RecordSuperseded { record_id: 0, correction: 1 }.into(),
			);
			// History stays: both are listed.
			assert_eq!(Records::records_of(&PATIENT, VITALS, 0, 10).len(), 2);
		});
	}

	#[test]
	fn supersede_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(anchor_as(PATIENT, hash(1)));
			assert_ok!(anchor_as(PATIENT, hash(2)));
			assert_noop!(Records::supersede(RuntimeOrigin::root(), 0, 1), BadOrigin);
		});
	}

	#[test]
	fn supersede_fails_for_unknown_records() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(anchor_as(PATIENT, hash(1)));
			assert_noop!(Records::supersede(signed(PATIENT), 0, 7), Error::<Test>::NoSuchRecord);
			assert_noop!(Records::supersede(signed(PATIENT), 7, 0), Error::<Test>::NoSuchRecord);
		});
	}

	#[test]
	fn supersede_fails_for_a_record_no_longer_current() {
		ExtBuilder.build_and_execute(|| {
			for byte in 1..=3 {
				assert_ok!(anchor_as(PATIENT, hash(byte)));
			}
			assert_ok!(Records::mark_entered_in_error(signed(PATIENT), 0));
			assert_noop!(Records::supersede(signed(PATIENT), 0, 1), Error::<Test>::NotCurrent);
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
			assert_ok!(Records::supersede(signed(PATIENT), 3, 4)); // 4 corrects 3 already
			for correction in [0, 1, 4] {
				assert_noop!(
					Records::supersede(signed(PATIENT), 0, correction),
					Error::<Test>::InvalidCorrection
				);
			}
			assert_noop!(
				Records::supersede(signed(STRANGER), 0, 2),
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
				Records::supersede(signed(GUARDIAN), 0, 1),
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
			assert_ok!(Records::mark_entered_in_error(signed(DEVICE), first));
			assert_ok!(Records::mark_entered_in_error(signed(PATIENT), 1));
			assert_ok!(Records::mark_entered_in_error(signed(GUARDIAN), 2));
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
			assert_noop!(Records::mark_entered_in_error(RuntimeOrigin::none(), 0), BadOrigin);
		});
	}

	#[test]
	fn mark_fails_for_an_unknown_record() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::mark_entered_in_error(signed(PATIENT), 0),
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
				Records::mark_entered_in_error(signed(PHYSICIAN), 0),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn mark_fails_for_a_record_no_longer_current() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(anchor_as(PATIENT, hash(1)));
			assert_ok!(Records::mark_entered_in_error(signed(PATIENT), 0));
			assert_noop!(
				Records::mark_entered_in_error(signed(PATIENT), 0),
				Error::<Test>::NotCurrent
			);
		});
	}
}

mod queries {
	use super::*;

	#[test]
	fn hashes_are_checked_and_records_paged() {
		ExtBuilder.build_and_execute(|| {
			for byte in 1..=5 {
				assert_ok!(anchor_as(PATIENT, hash(byte)));
			}
			assert!(Records::verify_hash(2, hash(3)));
			assert!(!Records::verify_hash(2, hash(4)));
			assert!(!Records::verify_hash(9, hash(3)));
			let page: Vec<_> =
				Records::records_of(&PATIENT, VITALS, 1, 2).into_iter().map(|(id, _)| id).collect();
			assert_eq!(page, vec![1, 2]);
			assert_eq!(Records::records_of(&PATIENT, VITALS, 4, 10).len(), 1);
			assert!(Records::records_of(&PATIENT, LABS, 0, 10).is_empty());
			assert!(Records::records_of(&PATIENT, VITALS, 9, 10).is_empty());
		});
	}

	#[test]
	fn anchor_weight_follows_the_signature_size() {
		use crate::weights::WeightInfo as _;
		let consent = <() as pallet_consent::WeightInfo>::authorize();
		assert_eq!(Records::anchor_weight(None), <()>::anchor_unsigned().saturating_add(consent));
		assert_eq!(
			Records::anchor_weight(Some(256)),
			<()>::anchor_signed_2048().saturating_add(consent)
		);
		assert_eq!(
			Records::anchor_weight(Some(512)),
			<()>::anchor_signed_4096().saturating_add(consent)
		);
	}
}
