//! The records pallet's invariants, checked after every unit test and by try-runtime.

use super::*;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants: ids, the hash index and the per-patient index agree with
	/// the records; every batch is a record of 1 to `MaxBatchReadings` readings; corrections are linked both ways; no record or key is beyond its category's
	/// current epoch.
	#[cfg(any(feature = "try-runtime", feature = "fuzz", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRecordId::<T>::get();
		let mut records: u64 = 0;
		for (id, record) in Records::<T>::iter() {
			records = records.saturating_add(1);
			ensure!(id < next, "a record id not yet assigned");
			ensure!(
				RecordByPatientHash::<T>::get(&record.patient, record.content_hash) == Some(id),
				"a record missing from the hash index"
			);
			if record.envelope_version == CUSTODY_ENVELOPE_VERSION {
				ensure!(
					CustodianSets::<T>::contains_key(&record.patient, record.key_epoch),
					"a custody record of no custodian set"
				);
			} else {
				ensure!(
					record.key_epoch <= CurrentEpoch::<T>::get(&record.patient, record.category),
					"a record beyond its category's current epoch"
				);
			}
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
		for (id, readings) in BatchReadings::<T>::iter() {
			ensure!(Records::<T>::contains_key(id), "a batch of no record");
			ensure!(
				readings >= 1 && readings <= T::MaxBatchReadings::get(),
				"a batch's readings out of bounds"
			);
		}
		ensure!(
			RecordByPatientHash::<T>::iter().count() as u64 == records,
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
		Self::custody_try_state()
	}

	/// Custodian sets are numbered 1 to the current one, each with distinct custodians and a
	/// threshold from `MinCustodyThreshold` to their number; open reads are of custody records,
	/// once each per reader, with releases only by custodians of the record's set.
	#[cfg(any(feature = "try-runtime", feature = "fuzz", test))]
	fn custody_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (patient, epoch, set) in CustodianSets::<T>::iter() {
			ensure!(
				epoch >= 1 && epoch <= CurrentCustody::<T>::get(&patient),
				"a custodian set beyond the current one"
			);
			let count = set.custodians.len() as u32;
			ensure!(
				set.threshold >= T::MinCustodyThreshold::get() && set.threshold <= count,
				"a custodian set's threshold out of range"
			);
			for (i, custodian) in set.custodians.iter().enumerate() {
				ensure!(!set.custodians[..i].contains(custodian), "a custodian named twice");
			}
		}
		for (patient, epoch) in CurrentCustody::<T>::iter() {
			ensure!(
				CustodianSets::<T>::contains_key(&patient, epoch),
				"a current custodian set that is not stored"
			);
		}
		for (_, open) in OpenReads::<T>::iter() {
			ensure!(!open.is_empty(), "an empty list of open reads is stored");
			for (i, read) in open.iter().enumerate() {
				ensure!(
					open[..i].iter().all(|other| other.record_id != read.record_id),
					"a record open twice for one reader"
				);
				let record =
					Records::<T>::get(read.record_id).ok_or("an open read of no record")?;
				ensure!(
					record.envelope_version == CUSTODY_ENVELOPE_VERSION,
					"an open read of a record not in custody"
				);
				let set = CustodianSets::<T>::get(&record.patient, record.key_epoch)
					.ok_or("an open read of a record with no custodian set")?;
				ensure!(
					read.released.checked_shr(set.custodians.len() as u32).unwrap_or(0) == 0,
					"a release by no custodian"
				);
			}
		}
		Ok(())
	}
}
