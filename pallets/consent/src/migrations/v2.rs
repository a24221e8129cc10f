//! Storage version 1 to 2: refusals get an audit ring of their own.
//!
//! Version 1 kept each patient's latest `MaxAuditEntries` decisions, granted and denied, in one
//! ring (`AuditTrail`, entry `n` in slot `n % MaxAuditEntries`) with their count in
//! `AuditLength`. Anyone can make a refused request, so refusals could push every disclosure out
//! of that ring. From version 2 disclosures stay in `AuditTrail` and refusals go to
//! `RefusalTrail`, each ring with its own count (`AuditCounters`). This migration moves each
//! patient's kept entries into the ring of their kind, oldest first from slot 0, and replaces the
//! count with the three counts (in all, as before; and the entries of each kind kept).
//!
//! Version 1 also deleted an emergency access when it was reviewed; from version 2 accesses and
//! their reviews are kept, and each physician's accesses awaiting review are counted
//! (`UnreviewedEmergencies`), up to `MaxUnreviewedEmergencies`. Every access version 1 kept was
//! awaiting review: the migration counts them.
//!
//! It visits every patient with a trail in one block: at most `2 * MaxAuditEntries + 2` reads
//! and writes each, right for a consortium's upgrade; a chain with millions of patients would
//! run it as a multi-block migration instead.

use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, storage_alias,
	traits::UncheckedOnRuntimeUpgrade,
};

use crate::{
	AccessDecision, AuditCounters, AuditCounts, AuditEntryOf, AuditTrail, Config,
	EmergencyAccesses, Pallet, RefusalTrail, UnreviewedEmergencies,
};

/// Version 1's count of each patient's audit entries.
#[storage_alias]
pub type AuditLength<T: Config> = StorageMap<
	Pallet<T>,
	Blake2_128Concat,
	<T as frame_system::Config>::AccountId,
	u64,
	ValueQuery,
>;

/// Splits each patient's audit ring into disclosures and refusals.
pub struct SplitRefusals<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for SplitRefusals<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut reads = 0u64;
		let mut writes = 0u64;
		let patients: alloc::vec::Vec<(T::AccountId, u64)> = AuditLength::<T>::drain().collect();
		for (patient, total) in patients {
			let mut entries: alloc::vec::Vec<AuditEntryOf<T>> =
				AuditTrail::<T>::drain_prefix(&patient).map(|(_, entry)| entry).collect();
			entries.sort_by_key(|entry| entry.index);
			let mut counts = AuditCounts { total, disclosures: 0, refusals: 0 };
			reads = reads.saturating_add(1).saturating_add(entries.len() as u64);
			writes = writes.saturating_add(2).saturating_add(entries.len() as u64 * 2);
			for entry in entries {
				match entry.decision {
					AccessDecision::Granted(_) => {
						AuditTrail::<T>::insert(&patient, counts.disclosures as u32, entry);
						counts.disclosures = counts.disclosures.saturating_add(1);
					},
					AccessDecision::Denied(_) => {
						RefusalTrail::<T>::insert(&patient, counts.refusals as u32, entry);
						counts.refusals = counts.refusals.saturating_add(1);
					},
				}
			}
			AuditCounters::<T>::insert(&patient, counts);
		}
		for (_, access) in EmergencyAccesses::<T>::iter() {
			UnreviewedEmergencies::<T>::mutate(&access.physician, |n| *n = n.saturating_add(1));
			reads = reads.saturating_add(2);
			writes = writes.saturating_add(1);
		}
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		// Every patient's count and kept entries, to find them all again after.
		let before: alloc::vec::Vec<(T::AccountId, u64, alloc::vec::Vec<AuditEntryOf<T>>)> =
			AuditLength::<T>::iter()
				.map(|(patient, total)| {
					let entries = AuditTrail::<T>::iter_prefix_values(&patient).collect();
					(patient, total, entries)
				})
				.collect();
		Ok(before.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before: alloc::vec::Vec<(T::AccountId, u64, alloc::vec::Vec<AuditEntryOf<T>>)> =
			Decode::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("pre-upgrade state decodes"))?;
		ensure!(AuditLength::<T>::iter().next().is_none(), "version 1's counts are gone");
		for (patient, total, mut entries) in before {
			ensure!(AuditCounters::<T>::get(&patient).total == total, "the total is kept");
			entries.sort_by_key(|entry| entry.index);
			ensure!(Pallet::<T>::audit_trail(&patient) == entries, "every kept entry is kept");
		}
		Ok(())
	}
}

/// [`SplitRefusals`], run once: only while consent's on-chain storage version is 1, which it then
/// sets to 2.
pub type MigrateV1ToV2<T> =
	VersionedMigration<1, 2, SplitRefusals<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		mock::{ExtBuilder, Test},
		AccessBasis, Action, AuditEntry, DataCategory, DenialReason, Purpose,
	};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	const PATIENT: u64 = 20;

	fn entry(index: u64, granted: bool) -> AuditEntryOf<Test> {
		AuditEntry {
			index,
			accessor: 100 + index,
			category: DataCategory::VitalSigns,
			action: Action::Read,
			purpose: Purpose::Treatment,
			decision: if granted {
				AccessDecision::Granted(AccessBasis::OwnData)
			} else {
				AccessDecision::Denied(DenialReason::NoConsent)
			},
			block: 1,
		}
	}

	#[test]
	fn a_version_1_ring_is_split_into_disclosures_and_refusals_and_the_version_becomes_2() {
		ExtBuilder.build_and_execute(|| {
			// Version 1: 7 entries in all, the latest 3 kept (the mock's MaxAuditEntries) in
			// slots `index % 3`: 4 (granted) in slot 1, 5 (denied) in slot 2, 6 (granted) in 0.
			StorageVersion::new(1).put::<Pallet<Test>>();
			AuditLength::<Test>::insert(PATIENT, 7);
			AuditTrail::<Test>::insert(PATIENT, 1, entry(4, true));
			AuditTrail::<Test>::insert(PATIENT, 2, entry(5, false));
			AuditTrail::<Test>::insert(PATIENT, 0, entry(6, true));
			let before = alloc::vec![entry(4, true), entry(5, false), entry(6, true)];

			MigrateV1ToV2::<Test>::on_runtime_upgrade();

			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
			assert!(!AuditLength::<Test>::contains_key(PATIENT));
			assert_eq!(
				AuditCounters::<Test>::get(PATIENT),
				AuditCounts { total: 7, disclosures: 2, refusals: 1 }
			);
			assert_eq!(AuditTrail::<Test>::get(PATIENT, 0), Some(entry(4, true)));
			assert_eq!(AuditTrail::<Test>::get(PATIENT, 1), Some(entry(6, true)));
			assert_eq!(AuditTrail::<Test>::get(PATIENT, 2), None);
			assert_eq!(RefusalTrail::<Test>::get(PATIENT, 0), Some(entry(5, false)));
			assert_eq!(Pallet::<Test>::audit_trail(&PATIENT), before);

			// The next entries go on after the kept ones, in the ring of their kind.
			Pallet::<Test>::audit(
				&PATIENT,
				&PATIENT,
				DataCategory::VitalSigns,
				Action::Read,
				Purpose::Treatment,
				AccessDecision::Granted(AccessBasis::OwnData),
			);
			assert_eq!(AuditTrail::<Test>::get(PATIENT, 2).map(|e| e.index), Some(7));

			// Every version 1 emergency access awaited review: it is counted.
			assert_eq!(crate::UnreviewedEmergencies::<Test>::get(10), 0);

			// Run again, it does nothing: the version gate holds.
			let counts = AuditCounters::<Test>::get(PATIENT);
			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(AuditCounters::<Test>::get(PATIENT), counts);
			assert_eq!(Pallet::<Test>::audit_trail(&PATIENT).len(), 4);
		});
	}
}

#[cfg(test)]
mod emergency_tests {
	use super::*;
	use crate::{
		mock::{ExtBuilder, Test},
		EmergencyAccess,
	};
	use frame_support::traits::{OnRuntimeUpgrade, StorageVersion};
	use sp_core::H256;

	#[test]
	fn version_1_emergency_accesses_are_counted_as_awaiting_review() {
		ExtBuilder.build_and_execute(|| {
			StorageVersion::new(1).put::<Pallet<Test>>();
			for (id, physician) in [(0u64, 10u64), (1, 10), (2, 11)] {
				EmergencyAccesses::<Test>::insert(
					id,
					EmergencyAccess {
						patient: 20,
						physician,
						hospital: 1,
						justification: H256::zero(),
						opened_at: 1,
						expires_at: 11,
					},
				);
			}
			crate::NextEmergencyId::<Test>::put(3);
			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(UnreviewedEmergencies::<Test>::get(10), 2);
			assert_eq!(UnreviewedEmergencies::<Test>::get(11), 1);
		});
	}
}
