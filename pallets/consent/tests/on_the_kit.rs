//! Consent against the real registry, on the testing kit: what consent's own mock (an in-memory
//! registry) cannot show.

use carechain_primitives::consent::{
	AccessBasis, AccessControl, AccessDecision, Action, DataCategory, DenialReason, Permission,
	Purpose, Scope,
};
use carechain_testing::{
	cast::*,
	config,
	helpers::{self, signed},
	runtime::{Consent, Registry, RuntimeOrigin, Test},
	ExtBuilder,
};
use frame_support::assert_ok;

fn decide(accessor: u64, purpose: Purpose) -> AccessDecision {
	Consent::check_access(&PATIENT, &accessor, DataCategory::VitalSigns, Action::Read, purpose)
}

#[test]
fn a_grant_to_a_hospital_covers_its_physicians_until_one_is_disaffiliated() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		let grant = helpers::grant::<Test>(
			PATIENT,
			HOSPITAL,
			Scope::All,
			Permission::Read,
			Purpose::Treatment,
		);
		assert_eq!(
			decide(PHYSICIAN, Purpose::Treatment),
			AccessDecision::Granted(AccessBasis::Grant(grant))
		);
		assert_eq!(
			decide(COLLEAGUE, Purpose::Treatment),
			AccessDecision::Granted(AccessBasis::Grant(grant))
		);
		assert_ok!(Registry::disaffiliate_physician(signed::<Test>(HOSPITAL), PHYSICIAN));
		assert!(!decide(PHYSICIAN, Purpose::Treatment).is_granted());
		assert!(decide(COLLEAGUE, Purpose::Treatment).is_granted());
	});
}

#[test]
fn a_physician_suspended_by_governance_loses_its_grant_until_reactivated() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		helpers::grant_read::<Test>(PATIENT, PHYSICIAN);
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), PHYSICIAN));
		assert_eq!(
			decide(PHYSICIAN, Purpose::Treatment),
			AccessDecision::Denied(DenialReason::AccessorNotActive)
		);
		assert_ok!(Registry::reactivate(RuntimeOrigin::root(), PHYSICIAN));
		assert!(decide(PHYSICIAN, Purpose::Treatment).is_granted());
	});
}

#[test]
fn an_emergency_access_ends_with_its_period_as_blocks_run() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		helpers::open_emergency::<Test>(COLLEAGUE, PATIENT, HOSPITAL);
		helpers::run_blocks::<Test>(config::EMERGENCY_ACCESS_PERIOD - 1);
		assert!(decide(COLLEAGUE, Purpose::EmergencyTreatment).is_granted());
		helpers::run_blocks::<Test>(2);
		assert!(!decide(COLLEAGUE, Purpose::EmergencyTreatment).is_granted());
	});
}
