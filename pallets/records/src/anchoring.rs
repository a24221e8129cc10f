//! Anchoring, of one reading or a batch: the checks an anchor passes, consent's decision (audited either way), and the
//! record it leaves.

use super::*;

/// An anchor as [`Pallet::anchor`] and [`Pallet::anchor_batch`] take it.
pub(crate) struct Anchor<T: Config> {
	pub patient: T::AccountId,
	pub category: DataCategory,
	pub content_hash: H256,
	pub locator: LocatorOf<T>,
	pub size: u64,
	pub envelope_version: u8,
	pub key_epoch: KeyEpoch,
	pub purpose: Purpose,
	pub signature: Option<SignatureOf>,
	pub taken_at: u64,
	/// A batch's number of readings (`content_hash` is their root); `None` for one reading.
	pub readings: Option<u32>,
}

impl<T: Config> Pallet<T> {
	/// Anchors, or refuses and audits; returns the weight to report when it is less than the
	/// call declared ([`Pallet::anchor_actual_weight`]).
	pub(crate) fn do_anchor(
		author: T::AccountId,
		anchor: Anchor<T>,
	) -> Result<Option<Weight>, DispatchError> {
		let Anchor {
			patient,
			category,
			content_hash,
			locator,
			size,
			envelope_version,
			key_epoch,
			purpose,
			signature,
			taken_at,
			readings,
		} = anchor;
		if let Some(readings) = readings {
			ensure!(readings > 0, Error::<T>::EmptyBatch);
			ensure!(readings <= T::MaxBatchReadings::get(), Error::<T>::BatchTooLarge);
		}
		ensure!(
			envelope_version == ENVELOPE_VERSION || envelope_version == CUSTODY_ENVELOPE_VERSION,
			Error::<T>::UnsupportedEnvelopeVersion
		);
		ensure!(!locator.is_empty(), Error::<T>::EmptyLocator);
		ensure!(size > 0, Error::<T>::EmptyRecord);
		let now: u64 = T::Time::now().as_millis().try_into().unwrap_or(u64::MAX);
		ensure!(
			taken_at <= now.saturating_add(T::MaxClockDrift::get()),
			Error::<T>::ReadingFromTheFuture
		);
		// Per patient: no one who cannot write for this patient can take a hash from it.
		ensure!(
			!RecordByPatientHash::<T>::contains_key(&patient, content_hash),
			Error::<T>::AlreadyAnchored
		);
		Self::check_key_epoch(&patient, category, envelope_version, key_epoch)?;
		if T::Registry::role_of(&author) == Some(Role::Device) && T::Registry::is_active(&author) {
			ensure!(
				T::Registry::patient_of(&author).as_ref() == Some(&patient),
				Error::<T>::DeviceNotMonitoringPatient
			);
		}
		let basis =
			match T::Consent::authorize(&patient, &author, category, Action::Append, purpose) {
				AccessDecision::Granted(basis) => basis,
				AccessDecision::Denied(DenialReason::NotAPatient) => {
					return Err(Error::<T>::NotPatient.into())
				},
				// Refused: the refusal stays on the patient's audit trail, so the call succeeds.
				AccessDecision::Denied(reason) => {
					Self::deposit_event(Event::AnchorRefused {
						patient,
						category,
						content_hash,
						author,
						reason,
					});
					return Ok(None);
				},
			};
		let signature_len = signature.as_ref().map(|s| s.len());
		if basis == AccessBasis::MonitoringDevice {
			let signature = signature.ok_or(Error::<T>::SignatureMissing)?;
			let key = T::Registry::signing_key(&author).ok_or(Error::<T>::BadSignature)?;
			let signed = if let Some(readings) = readings {
				batch_digest(&patient.encode(), category, content_hash.as_fixed_bytes(), readings)
			} else if envelope_version == CUSTODY_ENVELOPE_VERSION {
				anchor_digest(&patient.encode(), category, content_hash.as_fixed_bytes())
			} else {
				content_hash.to_fixed_bytes()
			};
			verify_content_signature(&key, &signed, &signature, MIN_SIGNING_KEY_BITS).map_err(
				|e| match e {
					SignatureError::BadKey
					| SignatureError::WrongLength
					| SignatureError::Invalid => Error::<T>::BadSignature,
				},
			)?;
		} else {
			ensure!(signature.is_none(), Error::<T>::UnexpectedSignature);
		}
		let record_id = NextRecordId::<T>::get();
		let next = record_id.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		let position = RecordCount::<T>::get(&patient, category);
		let count = position.checked_add(1).ok_or(ArithmeticError::Overflow)?;

		NextRecordId::<T>::put(next);
		Records::<T>::insert(
			record_id,
			Record {
				patient: patient.clone(),
				category,
				content_hash,
				locator,
				size,
				envelope_version,
				key_epoch,
				author: author.clone(),
				basis,
				anchored_at: frame_system::Pallet::<T>::block_number(),
				timestamp: now,
				status: RecordStatus::Current,
				supersedes: None,
			},
		);
		RecordByPatientHash::<T>::insert(&patient, content_hash, record_id);
		PatientRecords::<T>::insert((&patient, category, position), record_id);
		RecordCount::<T>::insert(&patient, category, count);
		match readings {
			Some(readings) => {
				BatchReadings::<T>::insert(record_id, readings);
				Self::deposit_event(Event::BatchAnchored {
					record_id,
					patient,
					category,
					root: content_hash,
					readings,
					author,
					basis,
					key_epoch,
				});
			},
			None => Self::deposit_event(Event::RecordAnchored {
				record_id,
				patient,
				category,
				content_hash,
				author,
				basis,
				key_epoch,
			}),
		}
		Ok(Self::anchor_actual_weight(basis, signature_len, readings.is_some()))
	}
}
