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
	Scope::Only(
		categories
			.to_vec()
			.try_into()
			.expect("the tests name at most CATEGORY_COUNT distinct categories; qed"),
	)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Consent(event) => Some(event),
			_ => None,
		})
		.expect("called after a call that deposits a consent event; qed")
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

mod access_check;
mod amend;
mod audit;
mod emergency;
mod expiry_hook;
mod grant;
mod requests;
mod revoke;
mod scope;
