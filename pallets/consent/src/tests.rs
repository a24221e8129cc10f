//! Consent's unit tests: every call's success and each of its error branches, the access check
//! on every basis and at its boundary blocks, the expiry hook, and the audit trail.

use crate::{mock::*, *};
use carechain_primitives::registry::Status;
use cast::*;
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_runtime::{traits::BadOrigin, ArithmeticError};

const VITALS: DataCategory = DataCategory::VitalSigns;
const LABS: DataCategory = DataCategory::LabResults;
const JUSTIFICATION: H256 = H256::repeat_byte(7);

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn only(categories: &[DataCategory]) -> Scope {
	Scope::Only(categories.to_vec().try_into().unwrap())
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Consent(event) => Some(event),
			_ => None,
		})
		.expect("consent emitted an event")
}

/// `PATIENT` grants `grantee` reading of vital signs and lab results for treatment, until block
/// `expires_at`; returns the grant id.
fn grant_until(grantee: u64, expires_at: u64) -> GrantId {
	let id = NextGrantId::<Test>::get();
	assert_ok!(Consent::grant(
		signed(PATIENT),
		PATIENT,
		grantee,
		only(&[VITALS, LABS]),
		Permission::Read,
		Purpose::Treatment,
		None,
		expires_at,
	));
	id
}

/// As [`grant_until`], until block 100.
fn grant_to(grantee: u64) -> GrantId {
	grant_until(grantee, 100)
}

fn check(
	accessor: u64,
	category: DataCategory,
	action: Action,
	purpose: Purpose,
) -> AccessDecision {
	<Consent as AccessControl<u64>>::check_access(&PATIENT, &accessor, category, action, purpose)
}

fn read_vitals(accessor: u64) -> AccessDecision {
	check(accessor, VITALS, Action::Read, Purpose::Treatment)
}

fn request(physician: u64) {
	assert_ok!(Consent::request_access(
		signed(physician),
		PATIENT,
		only(&[VITALS]),
		Permission::Read,
		Purpose::Treatment,
		50,
	));
}

fn open_emergency(physician: u64) -> EmergencyId {
	let id = NextEmergencyId::<Test>::get();
	assert_ok!(Consent::open_emergency_access(signed(physician), PATIENT, HOSPITAL, JUSTIFICATION));
	id
}

fn granted(basis: AccessBasis) -> AccessDecision {
	AccessDecision::Granted(basis)
}

fn denied(reason: DenialReason) -> AccessDecision {
	AccessDecision::Denied(reason)
}

mod grant {
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
}

mod revoke {
	use super::*;

	#[test]
	fn revoke_denies_access_in_the_same_block_and_tells_the_grantee() {
		ExtBuilder.build_and_execute(|| {
			let id = grant_to(PHYSICIAN);
			assert!(read_vitals(PHYSICIAN).is_granted());

			assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, id));
			assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::NoConsent));
			assert!(!Grants::<Test>::contains_key(PATIENT));
			assert!(!ExpiryQueue::<Test>::contains_key(100));
			System::assert_last_event(
				Event::ConsentRevoked {
					patient: PATIENT,
					grant_id: id,
					grantee: PHYSICIAN,
					by: PATIENT,
				}
				.into(),
			);
		});
	}

	#[test]
	fn revoke_leaves_the_patients_other_grants() {
		ExtBuilder.build_and_execute(|| {
			let first = grant_to(PHYSICIAN);
			let second = grant_to(COLLEAGUE);
			assert_ok!(Consent::revoke(signed(GUARDIAN), PATIENT, first));
			assert_eq!(read_vitals(COLLEAGUE), granted(AccessBasis::Grant(second)));
			assert_eq!(ExpiryQueue::<Test>::get(100).into_inner(), vec![(PATIENT, second)]);
			assert!(matches!(last_event(), Event::ConsentRevoked { by: GUARDIAN, .. }));
		});
	}

	#[test]
	fn a_suspended_patient_may_still_revoke() {
		ExtBuilder.build_and_execute(|| {
			let id = grant_to(PHYSICIAN);
			MockRegistry::set_status(PATIENT, Status::Suspended);
			assert_ok!(Consent::revoke(signed(PATIENT), PATIENT, id));
			assert!(Consent::grants_of(&PATIENT).is_empty());
		});
	}

	#[test]
	fn revoke_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			let id = grant_to(PHYSICIAN);
			assert_noop!(Consent::revoke(RuntimeOrigin::none(), PATIENT, id), BadOrigin);
		});
	}

	#[test]
	fn revoke_fails_for_a_non_patient() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Consent::revoke(signed(PHYSICIAN), PHYSICIAN, 0),
				Error::<Test>::NotPatient
			);
		});
	}

	#[test]
	fn revoke_fails_for_the_grantee() {
		ExtBuilder.build_and_execute(|| {
			let id = grant_to(PHYSICIAN);
			assert_noop!(
				Consent::revoke(signed(PHYSICIAN), PATIENT, id),
				Error::<Test>::NotPatientOrGuardian
			);
		});
	}

	#[test]
	fn revoke_fails_for_an_unknown_or_anothers_grant() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(Consent::grant(
				signed(STRANGER),
				STRANGER,
				PHYSICIAN,
				Scope::All,
				Permission::Read,
				Purpose::Treatment,
				None,
				100,
			));
			assert_noop!(Consent::revoke(signed(PATIENT), PATIENT, 0), Error::<Test>::NoSuchGrant);
			assert_noop!(Consent::revoke(signed(PATIENT), PATIENT, 7), Error::<Test>::NoSuchGrant);
		});
	}
}

mod amend {
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
			assert!(matches!(
				last_event(),
				Event::ConsentAmended { expires_at: 20, by: GUARDIAN, .. }
			));

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
				Consent::amend(
					signed(PATIENT),
					PATIENT,
					id,
					None,
					Some(Permission::ReadAppend),
					None
				),
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
}

mod requests {
	use super::*;

	#[test]
	fn request_access_is_stored_and_announced() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			let expected = AccessRequest {
				scope: only(&[VITALS]),
				permission: Permission::Read,
				purpose: Purpose::Treatment,
				duration: 50,
				requested_at: 1,
			};
			assert_eq!(Consent::pending_requests(&PATIENT), vec![(PHYSICIAN, expected)]);
			System::assert_last_event(
				Event::AccessRequested {
					patient: PATIENT,
					requester: PHYSICIAN,
					scope: only(&[VITALS]),
					permission: Permission::Read,
					purpose: Purpose::Treatment,
					duration: 50,
				}
				.into(),
			);
		});
	}

	fn try_request(requester: u64, patient: u64, scope: Scope, duration: u64) -> DispatchResult {
		Consent::request_access(
			signed(requester),
			patient,
			scope,
			Permission::Read,
			Purpose::Treatment,
			duration,
		)
	}

	#[test]
	fn request_access_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Consent::request_access(
					RuntimeOrigin::none(),
					PATIENT,
					Scope::All,
					Permission::Read,
					Purpose::Treatment,
					50
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn request_access_fails_for_a_non_physician() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				try_request(HOSPITAL, PATIENT, Scope::All, 50),
				Error::<Test>::NotPhysician
			);
			assert_noop!(
				try_request(STRANGER, PATIENT, Scope::All, 50),
				Error::<Test>::NotPhysician
			);
		});
	}

	#[test]
	fn request_access_fails_for_a_suspended_physician() {
		ExtBuilder.build_and_execute(|| {
			MockRegistry::set_status(PHYSICIAN, Status::Suspended);
			assert_noop!(
				try_request(PHYSICIAN, PATIENT, Scope::All, 50),
				Error::<Test>::CallerNotActive
			);
		});
	}

	#[test]
	fn request_access_fails_for_a_non_patient_or_a_suspended_one() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				try_request(PHYSICIAN, COLLEAGUE, Scope::All, 50),
				Error::<Test>::NotPatient
			);
			MockRegistry::set_status(PATIENT, Status::Suspended);
			assert_noop!(
				try_request(PHYSICIAN, PATIENT, Scope::All, 50),
				Error::<Test>::PatientNotActive
			);
		});
	}

	#[test]
	fn request_access_fails_for_an_invalid_scope() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(try_request(PHYSICIAN, PATIENT, only(&[]), 50), Error::<Test>::EmptyScope);
		});
	}

	#[test]
	fn request_access_fails_for_a_zero_or_too_long_duration() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				try_request(PHYSICIAN, PATIENT, Scope::All, 0),
				Error::<Test>::InvalidDuration
			);
			assert_noop!(
				try_request(PHYSICIAN, PATIENT, Scope::All, 1_001),
				Error::<Test>::InvalidDuration
			);
		});
	}

	#[test]
	fn request_access_fails_while_one_is_pending() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_noop!(
				try_request(PHYSICIAN, PATIENT, Scope::All, 10),
				Error::<Test>::RequestPending
			);
		});
	}

	#[test]
	fn approve_request_grants_what_was_asked_from_now() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			run_to_block(5);
			assert_ok!(Consent::approve_request(signed(PATIENT), PATIENT, PHYSICIAN));
			assert!(Consent::pending_requests(&PATIENT).is_empty());
			let grant = &Consent::grants_of(&PATIENT)[0];
			assert_eq!(
				(grant.grantee, grant.scope.clone(), grant.permission, grant.expires_at),
				(PHYSICIAN, only(&[VITALS]), Permission::Read, 55)
			);
			assert!(System::events().iter().any(|record| matches!(
				record.event,
				RuntimeEvent::Consent(Event::ConsentGranted { grant_id: 0, by: PATIENT, .. })
			)));
			System::assert_last_event(
				Event::AccessRequestApproved {
					patient: PATIENT,
					requester: PHYSICIAN,
					grant_id: 0,
				}
				.into(),
			);
			assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(0)));
		});
	}

	#[test]
	fn a_guardian_approves_a_request() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_ok!(Consent::approve_request(signed(GUARDIAN), PATIENT, PHYSICIAN));
			assert!(read_vitals(PHYSICIAN).is_granted());
		});
	}

	#[test]
	fn approve_request_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_noop!(
				Consent::approve_request(RuntimeOrigin::root(), PATIENT, PHYSICIAN),
				BadOrigin
			);
		});
	}

	#[test]
	fn approve_request_fails_for_a_non_patient_or_a_suspended_one() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_noop!(
				Consent::approve_request(signed(PHYSICIAN), PHYSICIAN, PHYSICIAN),
				Error::<Test>::NotPatient
			);
			MockRegistry::set_status(PATIENT, Status::Suspended);
			assert_noop!(
				Consent::approve_request(signed(PATIENT), PATIENT, PHYSICIAN),
				Error::<Test>::PatientNotActive
			);
		});
	}

	#[test]
	fn approve_request_fails_for_the_requester() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_noop!(
				Consent::approve_request(signed(PHYSICIAN), PATIENT, PHYSICIAN),
				Error::<Test>::NotPatientOrGuardian
			);
		});
	}

	#[test]
	fn approve_request_fails_without_a_request() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Consent::approve_request(signed(PATIENT), PATIENT, PHYSICIAN),
				Error::<Test>::NoSuchRequest
			);
		});
	}

	#[test]
	fn approve_request_fails_for_a_requester_suspended_since() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			MockRegistry::set_status(PHYSICIAN, Status::Suspended);
			assert_noop!(
				Consent::approve_request(signed(PATIENT), PATIENT, PHYSICIAN),
				Error::<Test>::GranteeNotActive
			);
		});
	}

	#[test]
	fn approve_request_fails_when_the_patient_has_the_most_grants() {
		ExtBuilder.build_and_execute(|| {
			for expiry in 100..104 {
				grant_until(COLLEAGUE, expiry);
			}
			request(PHYSICIAN);
			assert_noop!(
				Consent::approve_request(signed(PATIENT), PATIENT, PHYSICIAN),
				Error::<Test>::TooManyGrants
			);
		});
	}

	#[test]
	fn reject_request_removes_it() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_ok!(Consent::reject_request(signed(GUARDIAN), PATIENT, PHYSICIAN));
			assert!(Consent::pending_requests(&PATIENT).is_empty());
			assert!(Consent::grants_of(&PATIENT).is_empty());
			System::assert_last_event(
				Event::AccessRequestRejected { patient: PATIENT, requester: PHYSICIAN }.into(),
			);
		});
	}

	#[test]
	fn reject_request_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_noop!(
				Consent::reject_request(RuntimeOrigin::none(), PATIENT, PHYSICIAN),
				BadOrigin
			);
		});
	}

	#[test]
	fn reject_request_fails_for_a_non_patient() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Consent::reject_request(signed(NOBODY), NOBODY, PHYSICIAN),
				Error::<Test>::NotPatient
			);
		});
	}

	#[test]
	fn reject_request_fails_for_a_stranger() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_noop!(
				Consent::reject_request(signed(STRANGER), PATIENT, PHYSICIAN),
				Error::<Test>::NotPatientOrGuardian
			);
		});
	}

	#[test]
	fn reject_request_fails_without_a_request() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Consent::reject_request(signed(PATIENT), PATIENT, PHYSICIAN),
				Error::<Test>::NoSuchRequest
			);
		});
	}

	#[test]
	fn withdraw_request_removes_it() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_ok!(Consent::withdraw_request(signed(PHYSICIAN), PATIENT));
			assert!(Consent::pending_requests(&PATIENT).is_empty());
			System::assert_last_event(
				Event::AccessRequestWithdrawn { patient: PATIENT, requester: PHYSICIAN }.into(),
			);
		});
	}

	#[test]
	fn withdraw_request_fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(Consent::withdraw_request(RuntimeOrigin::root(), PATIENT), BadOrigin);
		});
	}

	#[test]
	fn withdraw_request_fails_for_anothers_request() {
		ExtBuilder.build_and_execute(|| {
			request(PHYSICIAN);
			assert_noop!(
				Consent::withdraw_request(signed(COLLEAGUE), PATIENT),
				Error::<Test>::NoSuchRequest
			);
		});
	}
}

mod emergency {
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
			assert_eq!(EmergencyAccesses::<Test>::get(id).unwrap().expires_at, 11);
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
				Consent::open_emergency_access(
					RuntimeOrigin::none(),
					PATIENT,
					HOSPITAL,
					JUSTIFICATION
				),
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
				Consent::open_emergency_access(
					signed(PHYSICIAN),
					COLLEAGUE,
					HOSPITAL,
					JUSTIFICATION
				),
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
			assert_ok!(Consent::conclude_review(signed(HOSPITAL), id, ReviewOutcome::Justified));
			assert!(!EmergencyAccesses::<Test>::contains_key(id));
			assert!(!LatestEmergency::<Test>::contains_key(PATIENT, PHYSICIAN));
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
}

mod access_check {
	use super::*;

	#[test]
	fn own_data_guardian_and_monitoring_device() {
		ExtBuilder.build_and_execute(|| {
			assert_eq!(read_vitals(PATIENT), granted(AccessBasis::OwnData));
			assert_eq!(read_vitals(GUARDIAN), granted(AccessBasis::Guardian));
			assert_eq!(
				check(DEVICE, VITALS, Action::Append, Purpose::Treatment),
				granted(AccessBasis::MonitoringDevice)
			);
			// A device adds readings; it does not read the record.
			assert_eq!(read_vitals(DEVICE), denied(DenialReason::NoConsent));
			MockRegistry::remove_guardian(PATIENT, GUARDIAN);
			assert_eq!(read_vitals(GUARDIAN), denied(DenialReason::NoConsent));
		});
	}

	#[test]
	fn an_inactive_or_unknown_accessor_is_denied() {
		ExtBuilder.build_and_execute(|| {
			grant_to(PHYSICIAN);
			MockRegistry::set_status(PHYSICIAN, Status::Suspended);
			assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::AccessorNotActive));
			assert_eq!(read_vitals(NOBODY), denied(DenialReason::AccessorNotActive));
			MockRegistry::set_status(HOSPITAL, Status::Suspended);
			assert_eq!(
				check(DEVICE, VITALS, Action::Append, Purpose::Treatment),
				denied(DenialReason::AccessorNotActive)
			);
		});
	}

	#[test]
	fn data_of_a_non_patient_is_denied() {
		ExtBuilder.build_and_execute(|| {
			let decision = <Consent as AccessControl<u64>>::check_access(
				&COLLEAGUE,
				&PHYSICIAN,
				VITALS,
				Action::Read,
				Purpose::Treatment,
			);
			assert_eq!(decision, denied(DenialReason::NotAPatient));
		});
	}

	#[test]
	fn a_grant_allows_its_categories_actions_and_purpose_only() {
		ExtBuilder.build_and_execute(|| {
			let id = grant_to(PHYSICIAN);
			assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(id)));
			assert_eq!(
				check(PHYSICIAN, LABS, Action::Read, Purpose::Treatment),
				granted(AccessBasis::Grant(id))
			);
			for (category, action, purpose) in [
				(DataCategory::Imaging, Action::Read, Purpose::Treatment),
				(VITALS, Action::Append, Purpose::Treatment),
				(VITALS, Action::Read, Purpose::Research),
			] {
				assert_eq!(
					check(PHYSICIAN, category, action, purpose),
					denied(DenialReason::NoConsent)
				);
			}
			assert_eq!(read_vitals(COLLEAGUE), denied(DenialReason::NoConsent));
		});
	}

	#[test]
	fn an_expired_grant_denies_from_its_expiry_block() {
		ExtBuilder.build_and_execute(|| {
			let id = grant_until(PHYSICIAN, 30);
			run_to_block(29);
			assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(id)));
			// The decision at the boundary, before the hook has removed the grant...
			assert_eq!(
				Consent::decide(&PATIENT, &PHYSICIAN, VITALS, Action::Read, Purpose::Treatment, 30),
				denied(DenialReason::ConsentExpired)
			);
			// ...and after: removed at the start of block 30.
			run_to_block(30);
			assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::NoConsent));
			System::assert_last_event(
				Event::ConsentExpired { patient: PATIENT, grant_id: id, grantee: PHYSICIAN }.into(),
			);
			assert!(Consent::grants_of(&PATIENT).is_empty());
		});
	}

	#[test]
	fn a_grant_with_a_future_start_denies_before_it() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(Consent::grant(
				signed(PATIENT),
				PATIENT,
				PHYSICIAN,
				Scope::All,
				Permission::Read,
				Purpose::Treatment,
				Some(20),
				30,
			));
			run_to_block(19);
			assert_eq!(read_vitals(PHYSICIAN), denied(DenialReason::ConsentNotStarted));
			run_to_block(20);
			assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(0)));
		});
	}

	#[test]
	fn a_grant_in_force_wins_over_an_expired_one() {
		ExtBuilder.build_and_execute(|| {
			// Block 10's queue is full: the third grant expires at 10 but is cleaned up at 11.
			grant_until(COLLEAGUE, 10);
			grant_until(COLLEAGUE, 10);
			let expired = grant_until(PHYSICIAN, 10);
			let current = grant_until(PHYSICIAN, 50);
			run_to_block(10);
			assert_eq!(Consent::grants_of(&PATIENT)[0].id, expired);
			assert_eq!(read_vitals(PHYSICIAN), granted(AccessBasis::Grant(current)));
		});
	}

	#[test]
	fn the_runtime_api_check_defaults_to_the_next_block() {
		ExtBuilder.build_and_execute(|| {
			grant_until(PHYSICIAN, 2);
			let api = |at| {
				Consent::check_access_at(
					&PATIENT,
					&PHYSICIAN,
					VITALS,
					Action::Read,
					Purpose::Treatment,
					at,
				)
			};
			assert_eq!(api(Some(1)), granted(AccessBasis::Grant(0)));
			assert_eq!(api(None), denied(DenialReason::ConsentExpired));
		});
	}
}

mod expiry_hook {
	use super::*;

	#[test]
	fn the_hook_removes_at_most_a_queue_per_block_and_reports_its_work() {
		ExtBuilder.build_and_execute(|| {
			// Four grants expiring at 100 fill the queues of blocks 100 and 101; the hook takes
			// one queue, two grants, per block.
			for patient in [PATIENT, GUARDIAN] {
				for _ in 0..2 {
					assert_ok!(Consent::grant(
						signed(patient),
						patient,
						PHYSICIAN,
						Scope::All,
						Permission::Read,
						Purpose::Treatment,
						None,
						100,
					));
				}
			}
			System::set_block_number(99);
			assert_eq!(
				<Consent as Hooks<u64>>::on_initialize(99),
				<() as WeightInfo>::expire_grants(0)
			);
			System::set_block_number(100);
			assert_eq!(
				<Consent as Hooks<u64>>::on_initialize(100),
				<() as WeightInfo>::expire_grants(2)
			);
			assert_eq!(Consent::grants_of(&PATIENT).len(), 0);
			assert_eq!(Consent::grants_of(&GUARDIAN).len(), 2);
			System::set_block_number(101);
			<Consent as Hooks<u64>>::on_initialize(101);
			assert!(Grants::<Test>::iter().next().is_none());
			assert!(ExpiryQueue::<Test>::iter().next().is_none());
			let expired = System::events()
				.iter()
				.filter(|r| matches!(r.event, RuntimeEvent::Consent(Event::ConsentExpired { .. })))
				.count();
			assert_eq!(expired, 4);
		});
	}
}

mod audit {
	use super::*;

	fn authorize(accessor: u64, category: DataCategory) -> AccessDecision {
		<Consent as AccessControl<u64>>::authorize(
			&PATIENT,
			&accessor,
			category,
			Action::Read,
			Purpose::Treatment,
		)
	}

	#[test]
	fn granted_and_refused_decisions_go_on_the_trail_and_into_events() {
		ExtBuilder.build_and_execute(|| {
			let id = grant_to(PHYSICIAN);
			run_to_block(3);
			assert_eq!(authorize(PHYSICIAN, VITALS), granted(AccessBasis::Grant(id)));
			System::assert_last_event(
				Event::AccessAudited {
					patient: PATIENT,
					accessor: PHYSICIAN,
					category: VITALS,
					action: Action::Read,
					purpose: Purpose::Treatment,
					decision: granted(AccessBasis::Grant(id)),
				}
				.into(),
			);
			assert_eq!(authorize(OUTSIDER, LABS), denied(DenialReason::NoConsent));
			System::assert_last_event(
				Event::AccessAudited {
					patient: PATIENT,
					accessor: OUTSIDER,
					category: LABS,
					action: Action::Read,
					purpose: Purpose::Treatment,
					decision: denied(DenialReason::NoConsent),
				}
				.into(),
			);
			let trail = Consent::audit_trail(&PATIENT);
			assert_eq!(
				trail,
				vec![
					AuditEntry {
						index: 0,
						accessor: PHYSICIAN,
						category: VITALS,
						action: Action::Read,
						purpose: Purpose::Treatment,
						decision: granted(AccessBasis::Grant(id)),
						block: 3,
					},
					AuditEntry {
						index: 1,
						accessor: OUTSIDER,
						category: LABS,
						action: Action::Read,
						purpose: Purpose::Treatment,
						decision: denied(DenialReason::NoConsent),
						block: 3,
					},
				]
			);
		});
	}

	#[test]
	fn the_trail_keeps_the_latest_entries_oldest_first() {
		ExtBuilder.build_and_execute(|| {
			for accessor in [PHYSICIAN, COLLEAGUE, OUTSIDER, GUARDIAN, PATIENT] {
				authorize(accessor, VITALS);
			}
			let trail = Consent::audit_trail(&PATIENT);
			assert_eq!(
				trail.iter().map(|e| (e.index, e.accessor)).collect::<Vec<_>>(),
				vec![(2, OUTSIDER), (3, GUARDIAN), (4, PATIENT)]
			);
			assert_eq!(AuditLength::<Test>::get(PATIENT), 5);
			assert!(Consent::audit_trail(&STRANGER).is_empty());
		});
	}

	#[test]
	fn check_access_leaves_no_trace() {
		ExtBuilder.build_and_execute(|| {
			read_vitals(PHYSICIAN);
			assert!(Consent::audit_trail(&PATIENT).is_empty());
			assert!(System::events().is_empty());
		});
	}
}

mod scope {
	use super::*;

	#[test]
	fn scope_and_permission_containment() {
		assert!(only(&[VITALS]).is_within(&only(&[LABS, VITALS])));
		assert!(only(&[VITALS]).is_within(&Scope::All));
		assert!(!Scope::All.is_within(&only(&[VITALS])));
		assert!(!only(&[VITALS, LABS]).is_within(&only(&[LABS])));
		assert!(Permission::Read.is_within(Permission::ReadAppend));
		assert!(!Permission::ReadAppend.is_within(Permission::Append));
		assert!(!Permission::Append.is_within(Permission::Read));
	}
}
