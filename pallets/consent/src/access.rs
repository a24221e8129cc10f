//! The access engine: the decision for an accessor, action, category and purpose at a block
//! (grants, guardians, emergency access, affiliations), the audit trail every authorized
//! decision is written to, and the [`AccessControl`] interface other pallets (records) use.

use super::*;

impl<T: Config> Pallet<T> {
	/// The access decision for `accessor` doing `action` with `patient`'s `category` data for
	/// `purpose` in block `now`.
	pub fn decide(
		patient: &T::AccountId,
		accessor: &T::AccountId,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
		now: BlockNumberFor<T>,
	) -> AccessDecision {
		use AccessDecision::{Denied, Granted};
		if T::Registry::role_of(patient) != Some(Role::Patient) {
			return Denied(DenialReason::NotAPatient);
		}
		if !T::Registry::is_active(accessor) {
			return Denied(DenialReason::AccessorNotActive);
		}
		if accessor == patient {
			return Granted(AccessBasis::OwnData);
		}
		if T::Registry::is_guardian(patient, accessor) {
			return Granted(AccessBasis::Guardian);
		}
		if action == Action::Append && T::Registry::patient_of(accessor).as_ref() == Some(patient) {
			return Granted(AccessBasis::MonitoringDevice);
		}

		let mut denial = DenialReason::NoConsent;
		let mut hospitals: Option<Vec<T::AccountId>> = None;
		for StoredGrant { grant, .. } in Grants::<T>::get(patient) {
			if grant.purpose != purpose
				|| !grant.permission.allows(action)
				|| !grant.scope.covers(category)
			{
				continue;
			}
			let covers_accessor = grant.grantee == *accessor
				|| (hospitals
					.get_or_insert_with(|| T::Registry::hospitals_of(accessor))
					.contains(&grant.grantee)
					&& T::Registry::is_active(&grant.grantee));
			if !covers_accessor {
				continue;
			}
			if grant.in_force(&now) {
				return Granted(AccessBasis::Grant(grant.id));
			}
			denial = match denial {
				DenialReason::ConsentNotStarted => DenialReason::ConsentNotStarted,
				_ if now < grant.expires_at => DenialReason::ConsentNotStarted,
				_ => DenialReason::ConsentExpired,
			};
		}

		if purpose == Purpose::EmergencyTreatment {
			if let Some((id, access)) = LatestEmergency::<T>::get(patient, accessor)
				.and_then(|id| EmergencyAccesses::<T>::get(id).map(|access| (id, access)))
			{
				if now < access.expires_at && T::Registry::is_active_in(accessor, &access.hospital)
				{
					return Granted(AccessBasis::Emergency(id));
				}
			}
		}
		Denied(denial)
	}

	/// Appends a decision to `patient`'s audit trail, in its disclosures' ring if granted, else in
	/// its refusals' ring, and emits it.
	pub(crate) fn audit(
		patient: &T::AccountId,
		accessor: &T::AccountId,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
		decision: AccessDecision,
	) {
		let mut counts = AuditCounters::<T>::get(patient);
		let capacity = u64::from(T::MaxAuditEntries::get());
		let entry = AuditEntry {
			index: counts.total,
			accessor: accessor.clone(),
			category,
			action,
			purpose,
			decision,
			block: frame_system::Pallet::<T>::block_number(),
		};
		match decision {
			AccessDecision::Granted(_) => {
				AuditTrail::<T>::insert(patient, (counts.disclosures % capacity) as u32, entry);
				counts.disclosures = counts.disclosures.saturating_add(1);
			},
			AccessDecision::Denied(_) => {
				RefusalTrail::<T>::insert(patient, (counts.refusals % capacity) as u32, entry);
				counts.refusals = counts.refusals.saturating_add(1);
			},
		}
		counts.total = counts.total.saturating_add(1);
		AuditCounters::<T>::insert(patient, counts);
		Self::deposit_event(Event::AccessAudited {
			patient: patient.clone(),
			accessor: accessor.clone(),
			category,
			action,
			purpose,
			decision,
		});
	}

	/// The access check for the runtime API: in block `at`, or by default in the next block.
	pub fn check_access_at(
		patient: &T::AccountId,
		accessor: &T::AccountId,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
		at: Option<BlockNumberFor<T>>,
	) -> AccessDecision {
		let at = at.unwrap_or_else(|| {
			frame_system::Pallet::<T>::block_number().saturating_add(One::one())
		});
		Self::decide(patient, accessor, category, action, purpose, at)
	}
}

impl<T: Config> AccessControl<T::AccountId> for Pallet<T> {
	fn check_access(
		patient: &T::AccountId,
		accessor: &T::AccountId,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
	) -> AccessDecision {
		Self::decide(
			patient,
			accessor,
			category,
			action,
			purpose,
			frame_system::Pallet::<T>::block_number(),
		)
	}

	fn authorize(
		patient: &T::AccountId,
		accessor: &T::AccountId,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
	) -> AccessDecision {
		let decision = Self::check_access(patient, accessor, category, action, purpose);
		Self::audit(patient, accessor, category, action, purpose, decision);
		decision
	}

	fn authorize_weight() -> Weight {
		T::WeightInfo::authorize()
	}
}
