//! A stand-in for consent's [`AccessControl`] (std only), for a pallet that wants its unit tests
//! isolated from consent: accounts are `u64`, and a test says directly who may do what.
//!
//! **What it models**: a patient may always read and append to its own data (basis `OwnData`);
//! anyone else is allowed exactly what a test [`allow`](MockAccessControl::allow)ed (basis
//! `Grant(0)`), for the category and action allowed and any purpose, until the test
//! [`disallow`](MockAccessControl::disallow)s it; everything else is denied with
//! `NoConsent`. Every [`authorize`](AccessControl::authorize) call is recorded, in order, so a
//! test checks that its pallet asked (and audited) what it should.
//!
//! **What it does not model**: registration (an unregistered patient is not refused), guardians,
//! monitoring devices, grants' scopes, purposes, start and expiry blocks, hospitals' grants,
//! emergency access, and the audit trail's storage and bounds. A pallet whose behaviour depends on
//! any of those tests against the real consent pallet, in `carechain-testing`'s runtime.

use crate::consent::{
	AccessBasis, AccessControl, AccessDecision, Action, DataCategory, DenialReason, Purpose,
};
use core::cell::RefCell;
use std::collections::BTreeSet;

/// One [`AccessControl::authorize`] call, as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorizeCall {
	/// Whose data.
	pub patient: u64,
	/// Who asked.
	pub accessor: u64,
	/// For which category.
	pub category: DataCategory,
	/// To do what.
	pub action: Action,
	/// Why.
	pub purpose: Purpose,
	/// The answer.
	pub decision: AccessDecision,
}

thread_local! {
	// Each test runs on its own thread: fresh allowances and a fresh log per test.
	static ALLOWED: RefCell<BTreeSet<(u64, u64, u8, u8)>> = const { RefCell::new(BTreeSet::new()) };
	static AUTHORIZED: RefCell<Vec<AuthorizeCall>> = const { RefCell::new(Vec::new()) };
}

fn key(patient: u64, accessor: u64, category: DataCategory, action: Action) -> (u64, u64, u8, u8) {
	(patient, accessor, category as u8, action as u8)
}

/// The stand-in consent.
pub struct MockAccessControl;

impl MockAccessControl {
	/// Allows `accessor` to do `action` with `patient`'s `category` data, for any purpose.
	pub fn allow(patient: u64, accessor: u64, category: DataCategory, action: Action) {
		ALLOWED.with(|a| a.borrow_mut().insert(key(patient, accessor, category, action)));
	}

	/// Withdraws what [`Self::allow`] allowed.
	pub fn disallow(patient: u64, accessor: u64, category: DataCategory, action: Action) {
		ALLOWED.with(|a| a.borrow_mut().remove(&key(patient, accessor, category, action)));
	}

	/// Forgets every allowance and every recorded call. Each test runs on a thread of its own,
	/// so tests need not call it; benchmarks run as tests share one thread and do.
	pub fn reset() {
		ALLOWED.with(|a| a.borrow_mut().clear());
		AUTHORIZED.with(|log| log.borrow_mut().clear());
	}

	/// Every [`AccessControl::authorize`] call so far, oldest first.
	pub fn authorized() -> Vec<AuthorizeCall> {
		AUTHORIZED.with(|log| log.borrow().clone())
	}
}

impl AccessControl<u64> for MockAccessControl {
	fn check_access(
		patient: &u64,
		accessor: &u64,
		category: DataCategory,
		action: Action,
		_purpose: Purpose,
	) -> AccessDecision {
		if patient == accessor {
			AccessDecision::Granted(AccessBasis::OwnData)
		} else if ALLOWED.with(|a| a.borrow().contains(&key(*patient, *accessor, category, action)))
		{
			AccessDecision::Granted(AccessBasis::Grant(0))
		} else {
			AccessDecision::Denied(DenialReason::NoConsent)
		}
	}

	fn authorize(
		patient: &u64,
		accessor: &u64,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
	) -> AccessDecision {
		let decision = Self::check_access(patient, accessor, category, action, purpose);
		AUTHORIZED.with(|log| {
			log.borrow_mut().push(AuthorizeCall {
				patient: *patient,
				accessor: *accessor,
				category,
				action,
				purpose,
				decision,
			})
		});
		decision
	}

	/// Nothing: the stand-in touches no storage.
	fn authorize_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const VITALS: DataCategory = DataCategory::VitalSigns;

	#[test]
	fn own_data_is_granted_others_only_when_allowed() {
		let decide = |accessor| {
			MockAccessControl::check_access(&1, &accessor, VITALS, Action::Read, Purpose::Treatment)
		};
		assert_eq!(decide(1), AccessDecision::Granted(AccessBasis::OwnData));
		assert_eq!(decide(2), AccessDecision::Denied(DenialReason::NoConsent));
		MockAccessControl::allow(1, 2, VITALS, Action::Read);
		assert_eq!(decide(2), AccessDecision::Granted(AccessBasis::Grant(0)));
		// Another action or category stays refused.
		let append =
			MockAccessControl::check_access(&1, &2, VITALS, Action::Append, Purpose::Treatment);
		assert_eq!(append, AccessDecision::Denied(DenialReason::NoConsent));
		MockAccessControl::disallow(1, 2, VITALS, Action::Read);
		assert_eq!(decide(2), AccessDecision::Denied(DenialReason::NoConsent));
	}

	#[test]
	fn reset_forgets_allowances_and_calls() {
		MockAccessControl::allow(1, 2, VITALS, Action::Read);
		MockAccessControl::authorize(&1, &2, VITALS, Action::Read, Purpose::Treatment);
		MockAccessControl::reset();
		assert!(MockAccessControl::authorized().is_empty());
		let decision =
			MockAccessControl::check_access(&1, &2, VITALS, Action::Read, Purpose::Treatment);
		assert_eq!(decision, AccessDecision::Denied(DenialReason::NoConsent));
	}

	#[test]
	fn authorize_records_each_decision_and_check_access_none() {
		MockAccessControl::check_access(&1, &2, VITALS, Action::Read, Purpose::Research);
		assert!(MockAccessControl::authorized().is_empty());
		let decision =
			MockAccessControl::authorize(&1, &2, VITALS, Action::Read, Purpose::Research);
		assert_eq!(
			MockAccessControl::authorized(),
			vec![AuthorizeCall {
				patient: 1,
				accessor: 2,
				category: VITALS,
				action: Action::Read,
				purpose: Purpose::Research,
				decision,
			}]
		);
	}
}
