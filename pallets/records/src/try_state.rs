//! The records pallet's invariants, checked after every unit test and by try-runtime.

use super::*;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants: ids, the hash index and the per-patient index agree with
	/// the records; corrections are linked both ways; no record or key is beyond its category's
	/// current epoch.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRecordId::<T>::get();
		let mut records: u64 = 0;
		for (id, record) in Records::<T>::iter() {
			records = records.saturating_add(1);
			ensure!(id < next, "a record id not yet assigned");
			ensure!(
				RecordByHash::<T>::get(record.content_hash) == Some(id),
				"a record missing from the hash index"
			);
			ensure!(
				record.key_epoch <= CurrentEpoch::<T>::get(&record.patient, record.category),
				"a record beyond its category's current epoch"
			);
			if let RecordStatus::Superseded(by) = record.status {
				ensure!(
					Records::<T>::get(by).and_then(|c| c.supersedes) == Some(id),
					"a supersession not linked back"
				);
			}
			if let Some(old) = record.supersedes {
				ensure!(
					Records::<T>::get(old).map(|o| o.status) == Some(RecordStatus::Superseded(id)),
					"a correction not linked forward"
				);
			}
		}
		ensure!(
			RecordByHash::<T>::iter().count() as u64 == records,
			"the hash index and the records differ in number"
		);
		let mut indexed: u64 = 0;
		for ((patient, category, position), id) in PatientRecords::<T>::iter() {
			indexed = indexed.saturating_add(1);
			ensure!(
				position < RecordCount::<T>::get(&patient, category),
				"an index position beyond the count"
			);
			let record = Records::<T>::get(id).ok_or("an index entry of no record")?;
			ensure!(
				record.patient == patient && record.category == category,
				"an index entry under the wrong patient or category"
			);
		}
		let counted =
			RecordCount::<T>::iter_values().fold(0u64, |sum, n| sum.saturating_add(n.into()));
		ensure!(indexed == records && counted == records, "index, counts and records differ");
		for ((patient, category, epoch, _), _) in CategoryKeys::<T>::iter() {
			ensure!(
				epoch >= 1 && epoch <= CurrentEpoch::<T>::get(&patient, category),
				"a category key beyond the current epoch"
			);
		}
		Ok(())
	}
}
