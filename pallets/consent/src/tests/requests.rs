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
		assert_noop!(try_request(HOSPITAL, PATIENT, Scope::All, 50), Error::<Test>::NotPhysician);
		assert_noop!(try_request(STRANGER, PATIENT, Scope::All, 50), Error::<Test>::NotPhysician);
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
		assert_noop!(try_request(PHYSICIAN, COLLEAGUE, Scope::All, 50), Error::<Test>::NotPatient);
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
			Event::AccessRequestApproved { patient: PATIENT, requester: PHYSICIAN, grant_id: 0 }
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
		assert_noop!(Consent::reject_request(RuntimeOrigin::none(), PATIENT, PHYSICIAN), BadOrigin);
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
