//! Threshold custody: each patient's custodian hospitals, the reads of custody records they may
//! release shares for, and the releases themselves.
//!
//! A custody record's data key is split by the device into one share per custodian (Shamir, `k`
//! of `n`), each wrapped to its custodian's encryption key, inside the envelope stored off-chain;
//! the whole key is wrapped to the patient only. No custodian holds more than its share. A reader
//! gets the key only as `k` shares released to it on chain, each after consent granted its read
//! (audited: the read's entry on the patient's trail, the release's event) and granted it again
//! at the release.

use super::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Checks an anchor's key epoch: under envelope version 1, the patient's current category
	/// key epoch, and only while the patient has no custodians; under version 2, its current
	/// custodian set.
	pub(crate) fn check_key_epoch(
		patient: &T::AccountId,
		category: DataCategory,
		envelope_version: u8,
		key_epoch: KeyEpoch,
	) -> DispatchResult {
		let custody = CurrentCustody::<T>::get(patient);
		if envelope_version == CUSTODY_ENVELOPE_VERSION {
			ensure!(custody > 0, Error::<T>::NoCustodians);
			ensure!(key_epoch == custody, Error::<T>::StaleKeyEpoch);
		} else {
			ensure!(custody == 0, Error::<T>::CustodyRequired);
			ensure!(
				key_epoch == CurrentEpoch::<T>::get(patient, category),
				Error::<T>::StaleKeyEpoch
			);
		}
		Ok(())
	}

	pub(crate) fn do_set_custodians(
		by: &T::AccountId,
		patient: T::AccountId,
		custodians: CustodiansOf<T>,
		threshold: u32,
	) -> DispatchResult {
		Self::ensure_patient_or_guardian(by, &patient)?;
		let count = custodians.len() as u32;
		ensure!(
			threshold >= T::MinCustodyThreshold::get() && threshold <= count,
			Error::<T>::BadThreshold
		);
		for (i, custodian) in custodians.iter().enumerate() {
			ensure!(!custodians[..i].contains(custodian), Error::<T>::DuplicateCustodian);
			ensure!(
				T::Registry::role_of(custodian) == Some(Role::Hospital)
					&& T::Registry::is_active(custodian)
					&& T::Registry::encryption_key(custodian).is_some_and(|key| !key.is_empty()),
				Error::<T>::CustodianNotHospital
			);
		}
		let epoch =
			CurrentCustody::<T>::get(&patient).checked_add(1).ok_or(ArithmeticError::Overflow)?;

		CustodianSets::<T>::insert(
			&patient,
			epoch,
			CustodianSet { custodians: custodians.clone(), threshold },
		);
		CurrentCustody::<T>::insert(&patient, epoch);
		Self::deposit_event(Event::CustodiansSet {
			patient,
			epoch,
			custodians: custodians.into_inner(),
			threshold,
		});
		Ok(())
	}

	/// Opens `reader`'s read of custody record `record_id` (granted for `purpose`) for the
	/// custodians' releases; closes the reader's oldest open read if it has `MaxOpenReads`. A
	/// read of a record still open for the reader renews its window and purpose but keeps its
	/// releases: custodians release a share once per window, however often the reader asks.
	pub(crate) fn open_read(
		record_id: RecordId,
		record: &RecordOf<T>,
		reader: T::AccountId,
		purpose: Purpose,
	) {
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ReleaseWindow::get());
		let now = frame_system::Pallet::<T>::block_number();
		OpenReads::<T>::mutate(&reader, |open| {
			let released = open
				.iter()
				.find(|read| read.record_id == record_id && read.until >= now)
				.map_or(0, |read| read.released);
			open.retain(|read| read.record_id != record_id);
			if open.is_full() {
				open.remove(0);
			}
			// Room was made just above; `force_push` would drop nothing either way.
			let _ = open.try_push(OpenRead { record_id, purpose, until, released });
		});
		Self::deposit_event(Event::SharesRequested {
			record_id,
			reader,
			custody_epoch: record.key_epoch,
			until,
		});
	}

	/// Whether `custodian` may release its share of record `record_id` to `reader` now: every
	/// check `release_share` makes, consent's included, with nothing written. A custodian's
	/// service asks it before it sends a release, because a release's wrapped share is in the
	/// transaction's data even when the chain then refuses it.
	pub fn may_release(
		custodian: &T::AccountId,
		record_id: RecordId,
		reader: &T::AccountId,
	) -> Result<(), DispatchError> {
		let (record, _, open, slot, bit) = Self::release_checks(custodian, record_id, reader)?;
		let purpose = open.get(slot).map(|read| read.purpose).ok_or(Error::<T>::NoOpenRead)?;
		ensure!(
			open.get(slot).is_some_and(|read| read.released & bit == 0),
			Error::<T>::AlreadyReleased
		);
		match T::Consent::check_access(
			&record.patient,
			reader,
			record.category,
			Action::Read,
			purpose,
		) {
			AccessDecision::Granted(_) => Ok(()),
			AccessDecision::Denied(_) => Err(Error::<T>::NoOpenRead.into()),
		}
	}

	/// The checks of a release that need no consent: the record, its custodian set, the
	/// reader's open reads, the open read's place among them and the custodian's bit.
	#[allow(clippy::type_complexity)]
	fn release_checks(
		custodian: &T::AccountId,
		record_id: RecordId,
		reader: &T::AccountId,
	) -> Result<(RecordOf<T>, CustodianSetOf<T>, OpenReadsOf<T>, usize, u32), DispatchError> {
		let record = Records::<T>::get(record_id).ok_or(Error::<T>::NoSuchRecord)?;
		ensure!(record.envelope_version == CUSTODY_ENVELOPE_VERSION, Error::<T>::NotInCustody);
		let set = CustodianSets::<T>::get(&record.patient, record.key_epoch)
			.ok_or(Error::<T>::NotCustodian)?;
		let index = set
			.custodians
			.iter()
			.position(|who| who == custodian)
			.ok_or(Error::<T>::NotCustodian)? as u32;
		ensure!(T::Registry::is_active(custodian), Error::<T>::CustodianNotActive);
		let open = OpenReads::<T>::get(reader);
		let now = frame_system::Pallet::<T>::block_number();
		let slot = open
			.iter()
			.position(|read| read.record_id == record_id && read.until >= now)
			.ok_or(Error::<T>::NoOpenRead)?;
		let bit = 1u32.checked_shl(index).ok_or(Error::<T>::NotCustodian)?;
		Ok((record, set, open, slot, bit))
	}

	pub(crate) fn do_release_share(
		custodian: T::AccountId,
		record_id: RecordId,
		reader: T::AccountId,
		wrapped_share: WrappedKeyOf<T>,
	) -> DispatchResult {
		ensure!(!wrapped_share.is_empty(), Error::<T>::EmptyWrappedKey);
		let (record, _, mut open, slot, bit) =
			Self::release_checks(&custodian, record_id, &reader)?;
		let index = bit.trailing_zeros();
		let read = open.get_mut(slot).ok_or(Error::<T>::NoOpenRead)?;
		ensure!(read.released & bit == 0, Error::<T>::AlreadyReleased);

		if let AccessDecision::Denied(reason) = T::Consent::check_access(
			&record.patient,
			&reader,
			record.category,
			Action::Read,
			read.purpose,
		) {
			open.remove(slot);
			Self::store_open_reads(&reader, open);
			Self::deposit_event(Event::ReleaseRefused { record_id, reader, reason });
			return Ok(());
		}
		// Kept until its window passes even once every custodian has released, so that asking
		// again within the window brings no new releases.
		read.released |= bit;
		Self::store_open_reads(&reader, open);
		Self::deposit_event(Event::ShareReleased {
			record_id,
			reader,
			custodian,
			index,
			wrapped_share: wrapped_share.into_inner(),
		});
		Ok(())
	}

	/// Stores `reader`'s open reads; none, no entry.
	fn store_open_reads(reader: &T::AccountId, open: OpenReadsOf<T>) {
		if open.is_empty() {
			OpenReads::<T>::remove(reader);
		} else {
			OpenReads::<T>::insert(reader, open);
		}
	}

	/// A patient's current custodian set, for the runtime API.
	pub fn custody_epoch(patient: &T::AccountId) -> CustodyEpoch {
		CurrentCustody::<T>::get(patient)
	}

	/// The custodians of a patient's set `epoch` and its threshold, for the runtime API.
	pub fn custodians(
		patient: &T::AccountId,
		epoch: CustodyEpoch,
	) -> Option<(Vec<T::AccountId>, u32)> {
		CustodianSets::<T>::get(patient, epoch)
			.map(|set| (set.custodians.into_inner(), set.threshold))
	}
}
