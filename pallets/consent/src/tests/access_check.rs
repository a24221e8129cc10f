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
