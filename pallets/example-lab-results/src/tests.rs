//! The lab-results pallet's unit tests, on the testing kit: every call's success and each of its
//! error branches (each `Error` variant and the id overflow), against the real registry and
//! consent.

use crate::{mock::*, *};
use carechain_primitives::consent::{AccessBasis, DenialReason, Permission, Scope};
use carechain_testing::{cast::*, helpers, pallet_consent, pallet_registry};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::traits::BadOrigin;
use sp_runtime::DispatchResult;

type System = frame_system::Pallet<Test>;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn code(text: &str) -> OrderRefOf<Test> {
	text.as_bytes().to_vec().try_into().unwrap()
}

fn hash(byte: u8) -> H256 {
	H256([byte; 32])
}

/// `PATIENT` lets `lab` add to its records, for treatment.
fn allow_append(lab: u64) {
	helpers::grant::<Test>(PATIENT, lab, Scope::All, Permission::Append, Purpose::Treatment);
}

/// `lab` publishes a result of hash `byte`s for `patient`.
fn publish(lab: u64, patient: u64, byte: u8) -> DispatchResult {
	LabResults::publish_result(signed(lab), patient, code("1"), hash(byte))
}

/// `PHYSICIAN`, allowed, publishes a result for `PATIENT`; returns its id.
fn published() -> ResultId {
	allow_append(PHYSICIAN);
	let id = NextResultId::<Test>::get();
	assert_ok!(LabResults::publish_result(signed(PHYSICIAN), PATIENT, code("2345-7"), hash(1)));
	id
}

fn audited(accessor: u64, action: Action, purpose: Purpose, decision: AccessDecision) {
	System::assert_has_event(
		pallet_consent::Event::AccessAudited {
			patient: PATIENT,
			accessor,
			category: DataCategory::LabResults,
			action,
			purpose,
			decision,
		}
		.into(),
	);
}

mod publish_result {
	use super::*;

	#[test]
	fn a_lab_with_consent_publishes_and_it_is_audited() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			assert_eq!(
				Results::<Test>::get(PATIENT, id),
				Some(LabResult {
					lab: PHYSICIAN,
					order_ref: code("2345-7"),
					result_hash: hash(1),
					published_at: 1,
				})
			);
			assert_eq!(ResultCount::<Test>::get(PATIENT), 1);
			assert_eq!(NextResultId::<Test>::get(), id + 1);
			System::assert_last_event(
				Event::ResultPublished {
					patient: PATIENT,
					result_id: id,
					lab: PHYSICIAN,
					order_ref: b"2345-7".to_vec(),
					result_hash: hash(1),
				}
				.into(),
			);
			audited(
				PHYSICIAN,
				Action::Append,
				Purpose::Treatment,
				AccessDecision::Granted(AccessBasis::Grant(0)),
			);
		});
	}

	#[test]
	fn a_hospital_with_consent_publishes() {
		ExtBuilder::default().build_and_execute(|| {
			allow_append(HOSPITAL);
			assert_ok!(LabResults::publish_result(
				signed(HOSPITAL),
				PATIENT,
				code("718-7"),
				hash(2)
			));
			assert_eq!(Results::<Test>::get(PATIENT, 0).map(|r| r.lab), Some(HOSPITAL));
		});
	}

	#[test]
	fn without_consent_it_is_refused_stored_nowhere_and_audited() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(LabResults::publish_result(
				signed(PHYSICIAN),
				PATIENT,
				code("2345-7"),
				hash(1)
			));
			assert_eq!(Results::<Test>::iter().count(), 0);
			assert_eq!(ResultCount::<Test>::get(PATIENT), 0);
			assert_eq!(NextResultId::<Test>::get(), 0);
			System::assert_last_event(
				Event::ResultRefused {
					patient: PATIENT,
					lab: PHYSICIAN,
					reason: DenialReason::NoConsent,
				}
				.into(),
			);
			audited(
				PHYSICIAN,
				Action::Append,
				Purpose::Treatment,
				AccessDecision::Denied(DenialReason::NoConsent),
			);
		});
	}

	#[test]
	fn a_read_grant_does_not_allow_publishing() {
		ExtBuilder::default().build_and_execute(|| {
			helpers::grant_read::<Test>(PATIENT, PHYSICIAN);
			assert_ok!(LabResults::publish_result(
				signed(PHYSICIAN),
				PATIENT,
				code("2345-7"),
				hash(1)
			));
			assert_eq!(Results::<Test>::iter().count(), 0);
		});
	}

	#[test]
	fn fails_unsigned() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				LabResults::publish_result(RuntimeOrigin::root(), PATIENT, code("1"), hash(1)),
				BadOrigin
			);
			assert_noop!(
				LabResults::publish_result(RuntimeOrigin::none(), PATIENT, code("1"), hash(1)),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_a_caller_not_a_lab() {
		ExtBuilder::default().build_and_execute(|| {
			for caller in [PATIENT, GUARDIAN, DEVICE, NOBODY] {
				assert_noop!(publish(caller, PATIENT, 1), Error::<Test>::NotALab);
			}
		});
	}

	#[test]
	fn fails_for_a_suspended_lab() {
		ExtBuilder::default().build_and_execute(|| {
			allow_append(PHYSICIAN);
			assert_ok!(pallet_registry::Pallet::<Test>::suspend(RuntimeOrigin::root(), PHYSICIAN));
			assert_noop!(publish(PHYSICIAN, PATIENT, 1), Error::<Test>::NotALab);
		});
	}

	#[test]
	fn fails_for_an_account_not_a_patient() {
		ExtBuilder::default().build_and_execute(|| {
			for patient in [HOSPITAL, PHYSICIAN, DEVICE, NOBODY] {
				assert_noop!(publish(PHYSICIAN, patient, 1), Error::<Test>::NotAPatient);
			}
		});
	}

	#[test]
	fn fails_for_a_suspended_patient() {
		ExtBuilder::default().build_and_execute(|| {
			allow_append(PHYSICIAN);
			assert_ok!(pallet_registry::Pallet::<Test>::suspend(RuntimeOrigin::root(), PATIENT));
			assert_noop!(publish(PHYSICIAN, PATIENT, 1), Error::<Test>::NotAPatient);
		});
	}

	#[test]
	fn fails_when_result_ids_run_out() {
		ExtBuilder::default().build_and_execute(|| {
			allow_append(PHYSICIAN);
			NextResultId::<Test>::put(ResultId::MAX);
			assert_noop!(publish(PHYSICIAN, PATIENT, 1), sp_runtime::ArithmeticError::Overflow);
		});
	}

	#[test]
	fn fails_for_an_empty_order_ref() {
		ExtBuilder::default().build_and_execute(|| {
			allow_append(PHYSICIAN);
			assert_noop!(
				LabResults::publish_result(signed(PHYSICIAN), PATIENT, code(""), hash(1)),
				Error::<Test>::EmptyOrderRef
			);
		});
	}

	#[test]
	fn fails_beyond_the_most_results_per_patient() {
		ExtBuilder::default().build_and_execute(|| {
			allow_append(PHYSICIAN);
			for byte in 0..MAX_RESULTS as u8 {
				assert_ok!(publish(PHYSICIAN, PATIENT, byte));
			}
			assert_noop!(publish(PHYSICIAN, PATIENT, 9), Error::<Test>::TooManyResults);
			// Another patient's room is its own.
			helpers::grant::<Test>(
				STRANGER,
				PHYSICIAN,
				Scope::All,
				Permission::Append,
				Purpose::Treatment,
			);
			assert_ok!(publish(PHYSICIAN, STRANGER, 9));
		});
	}
}

mod withdraw_result {
	use super::*;

	#[test]
	fn the_publisher_withdraws_and_the_count_goes_with_it() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			assert_ok!(LabResults::withdraw_result(signed(PHYSICIAN), PATIENT, id));
			assert_eq!(Results::<Test>::get(PATIENT, id), None);
			assert!(!ResultCount::<Test>::contains_key(PATIENT));
			System::assert_last_event(
				Event::ResultWithdrawn { patient: PATIENT, result_id: id, by: PHYSICIAN }.into(),
			);
		});
	}

	#[test]
	fn withdrawing_one_of_two_keeps_the_other() {
		ExtBuilder::default().build_and_execute(|| {
			let first = published();
			let second = published();
			assert_ok!(LabResults::withdraw_result(signed(PHYSICIAN), PATIENT, first));
			assert_eq!(ResultCount::<Test>::get(PATIENT), 1);
			assert!(Results::<Test>::contains_key(PATIENT, second));
		});
	}

	#[test]
	fn fails_unsigned() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			assert_noop!(
				LabResults::withdraw_result(RuntimeOrigin::root(), PATIENT, id),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_no_such_result() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			assert_noop!(
				LabResults::withdraw_result(signed(PHYSICIAN), PATIENT, id + 1),
				Error::<Test>::NoSuchResult
			);
			// The id is the patient's: another patient has no result of that id.
			assert_noop!(
				LabResults::withdraw_result(signed(PHYSICIAN), STRANGER, id),
				Error::<Test>::NoSuchResult
			);
		});
	}

	#[test]
	fn the_patient_and_its_guardian_withdraw_and_free_room() {
		ExtBuilder::default().build_and_execute(|| {
			allow_append(PHYSICIAN);
			for byte in 0..MAX_RESULTS as u8 {
				assert_ok!(publish(PHYSICIAN, PATIENT, byte));
			}
			assert_ok!(LabResults::withdraw_result(signed(PATIENT), PATIENT, 0));
			assert_ok!(LabResults::withdraw_result(signed(GUARDIAN), PATIENT, 1));
			System::assert_last_event(
				Event::ResultWithdrawn { patient: PATIENT, result_id: 1, by: GUARDIAN }.into(),
			);
			assert_eq!(ResultCount::<Test>::get(PATIENT), MAX_RESULTS - 2);
			assert_ok!(publish(PHYSICIAN, PATIENT, 9));
		});
	}

	#[test]
	fn fails_for_anyone_else() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			for caller in [COLLEAGUE, HOSPITAL, STRANGER, DEVICE, NOBODY] {
				assert_noop!(
					LabResults::withdraw_result(signed(caller), PATIENT, id),
					Error::<Test>::NotAllowedToWithdraw
				);
			}
		});
	}

	#[test]
	fn fails_for_a_suspended_publisher() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			assert_ok!(pallet_registry::Pallet::<Test>::suspend(RuntimeOrigin::root(), PHYSICIAN));
			assert_noop!(
				LabResults::withdraw_result(signed(PHYSICIAN), PATIENT, id),
				Error::<Test>::NotAllowedToWithdraw
			);
		});
	}
}

mod read_result {
	use super::*;

	fn read_as(reader: u64, id: ResultId, purpose: Purpose) {
		assert_ok!(LabResults::read_result(signed(reader), PATIENT, id, purpose));
	}

	#[test]
	fn the_patient_and_its_guardian_read_and_are_audited() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			for (reader, basis) in
				[(PATIENT, AccessBasis::OwnData), (GUARDIAN, AccessBasis::Guardian)]
			{
				read_as(reader, id, Purpose::Treatment);
				System::assert_last_event(
					Event::ResultReadGranted {
						patient: PATIENT,
						result_id: id,
						reader,
						result_hash: hash(1),
					}
					.into(),
				);
				audited(reader, Action::Read, Purpose::Treatment, AccessDecision::Granted(basis));
			}
		});
	}

	#[test]
	fn a_physician_reads_with_a_grant_and_not_after_its_revocation() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			let grant = helpers::grant_read::<Test>(PATIENT, COLLEAGUE);
			read_as(COLLEAGUE, id, Purpose::Treatment);
			audited(
				COLLEAGUE,
				Action::Read,
				Purpose::Treatment,
				AccessDecision::Granted(AccessBasis::Grant(grant)),
			);
			assert_ok!(pallet_consent::Pallet::<Test>::revoke(signed(PATIENT), PATIENT, grant));
			read_as(COLLEAGUE, id, Purpose::Treatment);
			System::assert_last_event(
				Event::ResultReadDenied {
					patient: PATIENT,
					result_id: id,
					reader: COLLEAGUE,
					reason: DenialReason::NoConsent,
				}
				.into(),
			);
		});
	}

	#[test]
	fn an_emergency_access_reads_for_emergency_treatment() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			let emergency = helpers::open_emergency::<Test>(COLLEAGUE, PATIENT, HOSPITAL);
			read_as(COLLEAGUE, id, Purpose::EmergencyTreatment);
			audited(
				COLLEAGUE,
				Action::Read,
				Purpose::EmergencyTreatment,
				AccessDecision::Granted(AccessBasis::Emergency(emergency)),
			);
		});
	}

	#[test]
	fn a_stranger_is_refused_and_audited() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			read_as(STRANGER, id, Purpose::Research);
			System::assert_last_event(
				Event::ResultReadDenied {
					patient: PATIENT,
					result_id: id,
					reader: STRANGER,
					reason: DenialReason::NoConsent,
				}
				.into(),
			);
			audited(
				STRANGER,
				Action::Read,
				Purpose::Research,
				AccessDecision::Denied(DenialReason::NoConsent),
			);
		});
	}

	#[test]
	fn fails_unsigned() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			assert_noop!(
				LabResults::read_result(RuntimeOrigin::none(), PATIENT, id, Purpose::Treatment),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_no_such_result() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				LabResults::read_result(signed(PATIENT), PATIENT, 0, Purpose::Treatment),
				Error::<Test>::NoSuchResult
			);
		});
	}

	#[test]
	fn fails_for_an_unregistered_reader_before_consent_is_asked() {
		ExtBuilder::default().build_and_execute(|| {
			let id = published();
			assert_noop!(
				LabResults::read_result(signed(NOBODY), PATIENT, id, Purpose::Treatment),
				Error::<Test>::NotRegistered
			);
		});
	}
}

#[test]
#[should_panic(expected = "the runtime's other pallets: an invariant does not hold")]
fn a_miscounted_patient_fails_the_invariants() {
	ExtBuilder::default().build_and_execute(|| {
		published();
		ResultCount::<Test>::insert(PATIENT, 2);
	});
}
