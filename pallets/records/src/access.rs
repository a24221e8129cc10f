//! Reading and correcting records: consent's decision on each (on the patient's audit trail
//! either way), the reader's wrapped category key, a custody read opened for the custodians'
//! releases, and the links a correction leaves (nothing is ever deleted).

use super::*;

impl<T: Config> Pallet<T> {
	/// [`Pallet::read`] by `reader`.
	pub(crate) fn do_read(
		reader: T::AccountId,
		record_id: RecordId,
		purpose: Purpose,
	) -> DispatchResult {
		let record = Records::<T>::get(record_id).ok_or(Error::<T>::NoSuchRecord)?;

		match T::Consent::authorize(
			&record.patient,
			&reader,
			record.category,
			Action::Read,
			purpose,
		) {
			AccessDecision::Granted(basis) => {
				let wrapped_key = (record.envelope_version == ENVELOPE_VERSION
					&& record.key_epoch > 0)
					.then(|| {
						CategoryKeys::<T>::get((
							&record.patient,
							record.category,
							record.key_epoch,
							&reader,
						))
					})
					.flatten()
					.map(|key| key.into_inner());
				Self::deposit_event(Event::RecordReadGranted {
					record_id,
					reader: reader.clone(),
					basis,
					key_epoch: record.key_epoch,
					wrapped_key,
				});
				// The patient holds the whole key: its own reads need no releases.
				if record.envelope_version == CUSTODY_ENVELOPE_VERSION && reader != record.patient {
					Self::open_read(record_id, &record, reader, purpose);
				}
			},
			AccessDecision::Denied(reason) => {
				Self::deposit_event(Event::RecordReadDenied { record_id, reader, reason });
			},
		}
		Ok(())
	}

	/// [`Pallet::supersede`] by `author`.
	pub(crate) fn do_supersede(
		author: T::AccountId,
		record_id: RecordId,
		correction: RecordId,
		purpose: Purpose,
	) -> DispatchResult {
		let mut record = Records::<T>::get(record_id).ok_or(Error::<T>::NoSuchRecord)?;
		let mut fixed = Records::<T>::get(correction).ok_or(Error::<T>::NoSuchRecord)?;
		ensure!(record.status == RecordStatus::Current, Error::<T>::NotCurrent);
		ensure!(
			record_id != correction
				&& fixed.patient == record.patient
				&& fixed.category == record.category
				&& fixed.status == RecordStatus::Current
				&& fixed.supersedes.is_none(),
			Error::<T>::InvalidCorrection
		);
		ensure!(fixed.author == author, Error::<T>::NotCorrectionAuthor);
		if T::Registry::role_of(&author) == Some(Role::Device) {
			ensure!(record.author == author, Error::<T>::NotOwnReading);
		}
		if let Some(reason) = Self::refuses_correction(&record, &author, purpose) {
			Self::deposit_event(Event::CorrectionRefused { record_id, by: author, reason });
			return Ok(());
		}

		record.status = RecordStatus::Superseded(correction);
		fixed.supersedes = Some(record_id);
		Records::<T>::insert(record_id, record);
		Records::<T>::insert(correction, fixed);
		Self::deposit_event(Event::RecordSuperseded { record_id, correction });
		Ok(())
	}

	/// [`Pallet::mark_entered_in_error`] by `by`.
	pub(crate) fn do_mark_entered_in_error(
		by: T::AccountId,
		record_id: RecordId,
		purpose: Purpose,
	) -> DispatchResult {
		let mut record = Records::<T>::get(record_id).ok_or(Error::<T>::NoSuchRecord)?;
		ensure!(
			by == record.author || T::Registry::acts_for(&by, &record.patient),
			Error::<T>::NotPermitted
		);
		ensure!(record.status == RecordStatus::Current, Error::<T>::NotCurrent);
		if let Some(reason) = Self::refuses_correction(&record, &by, purpose) {
			Self::deposit_event(Event::CorrectionRefused { record_id, by, reason });
			return Ok(());
		}

		record.status = RecordStatus::EnteredInError;
		Records::<T>::insert(record_id, record);
		Self::deposit_event(Event::RecordMarkedEnteredInError { record_id, by });
		Ok(())
	}

	/// The weight of a correction whose own part (benchmarked with the patient correcting, who
	/// consent grants at once) is `own`: plus the author's role, read to hold a device to its own
	/// readings, and consent's decision at its worst.
	pub fn correction_weight(own: Weight) -> Weight {
		own.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::Consent::authorize_weight())
	}

	/// Consent's decision on `by` correcting `record` for `purpose`, as a write, put on the
	/// patient's audit trail: the reason if it is refused.
	pub(crate) fn refuses_correction(
		record: &RecordOf<T>,
		by: &T::AccountId,
		purpose: Purpose,
	) -> Option<DenialReason> {
		match T::Consent::authorize(&record.patient, by, record.category, Action::Append, purpose) {
			AccessDecision::Granted(_) => None,
			AccessDecision::Denied(reason) => Some(reason),
		}
	}
}
