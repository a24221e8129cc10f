//! The records pallet's storage migrations.
//!
//! **Version 1 to 2**: the content-hash index is kept per patient. Version 1 kept one global map,
//! `RecordByHash: hash -> record`, and refused any anchor whose hash was already in it, so anyone
//! who saw a device's pending anchor could anchor the same hash first, for another patient, and
//! the device's anchor then failed (`AlreadyAnchored`). From version 2 the index is
//! `RecordByPatientHash: (patient, hash) -> record`, under a storage name of its own (so old and
//! new keys never share a prefix). This migration moves each entry under its record's patient
//! and removes the old map. (Custody records, new in version 2, are also signed over the patient
//! and category.)
//!
//! It visits every anchored hash in one block: one read of the record and two writes each, right
//! for a consortium chain's upgrade today; a chain with millions of records would run it as a
//! multi-block migration instead.

use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, storage_alias,
	traits::UncheckedOnRuntimeUpgrade,
};
use sp_core::H256;

use crate::{Config, Pallet, RecordId, Records};

/// Version 1's storage.
pub mod v1 {
	use super::*;

	/// Version 1's global index: the record anchored with each content hash.
	#[storage_alias]
	pub type RecordByHash<T: Config> =
		StorageMap<Pallet<T>, Blake2_128Concat, H256, RecordId, OptionQuery>;
}

/// Moves each content-hash index entry under its record's patient.
pub struct IndexHashesByPatient<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for IndexHashesByPatient<T> {
	fn on_runtime_upgrade() -> Weight {
		let entries: alloc::vec::Vec<(H256, RecordId)> = v1::RecordByHash::<T>::drain().collect();
		let count = entries.len() as u64;
		for (hash, id) in entries {
			// Every version 1 entry names a record (try-state checked it); one that does not
			// is dropped with the old map.
			if let Some(record) = Records::<T>::get(id) {
				crate::RecordByPatientHash::<T>::insert(&record.patient, hash, id);
			}
		}
		T::DbWeight::get().reads_writes(count.saturating_mul(2), count.saturating_mul(2))
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		let before: alloc::vec::Vec<(H256, RecordId)> = v1::RecordByHash::<T>::iter().collect();
		Ok(before.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before: alloc::vec::Vec<(H256, RecordId)> = Decode::decode(&mut &state[..])
			.map_err(|_| sp_runtime::TryRuntimeError::Other("pre-upgrade state decodes"))?;
		for (hash, id) in before {
			let record = Records::<T>::get(id).ok_or("an indexed record is kept")?;
			ensure!(
				crate::RecordByPatientHash::<T>::get(&record.patient, hash) == Some(id),
				"every hash is indexed under its record's patient"
			);
		}
		Ok(())
	}
}

/// [`IndexHashesByPatient`], run once: only while the records' on-chain storage version is 1,
/// which it then sets to 2.
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	IndexHashesByPatient<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		mock::{cast::*, ExtBuilder, Test},
		AccessBasis, DataCategory, Record, RecordStatus,
	};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	fn record(patient: u64, hash: H256) -> crate::RecordOf<Test> {
		Record {
			patient,
			category: DataCategory::VitalSigns,
			content_hash: hash,
			locator: alloc::vec![b'x']
				.try_into()
				.expect("one byte is within MaxLocatorLength; qed"),
			size: 1,
			envelope_version: 1,
			key_epoch: 0,
			author: patient,
			basis: AccessBasis::OwnData,
			anchored_at: 1,
			timestamp: 0,
			status: RecordStatus::Current,
			supersedes: None,
		}
	}

	#[test]
	fn the_global_hash_index_moves_under_each_records_patient_once() {
		ExtBuilder.build_and_execute(|| {
			StorageVersion::new(1).put::<Pallet<Test>>();
			let (a, b) = (H256::repeat_byte(1), H256::repeat_byte(2));
			Records::<Test>::insert(0, record(PATIENT, a));
			Records::<Test>::insert(1, record(STRANGER, b));
			crate::PatientRecords::<Test>::insert((PATIENT, DataCategory::VitalSigns, 0), 0);
			crate::PatientRecords::<Test>::insert((STRANGER, DataCategory::VitalSigns, 0), 1);
			crate::RecordCount::<Test>::insert(PATIENT, DataCategory::VitalSigns, 1);
			crate::RecordCount::<Test>::insert(STRANGER, DataCategory::VitalSigns, 1);
			crate::NextRecordId::<Test>::put(2);
			v1::RecordByHash::<Test>::insert(a, 0);
			v1::RecordByHash::<Test>::insert(b, 1);
			// An entry of no record (which version 1's invariants rule out) goes with the old map.
			v1::RecordByHash::<Test>::insert(H256::repeat_byte(3), 9);

			MigrateV1ToV2::<Test>::on_runtime_upgrade();

			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
			assert_eq!(v1::RecordByHash::<Test>::iter().count(), 0);
			assert_eq!(crate::RecordByPatientHash::<Test>::get(PATIENT, a), Some(0));
			assert_eq!(crate::RecordByPatientHash::<Test>::get(STRANGER, b), Some(1));
			assert_eq!(crate::RecordByPatientHash::<Test>::get(PATIENT, b), None);

			// Run again, it does nothing: the version gate holds.
			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(crate::RecordByPatientHash::<Test>::iter().count(), 2);
		});
	}
}
