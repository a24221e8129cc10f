//! The records pallet's helpers and queries: call weights and the lookups behind the runtime
//! API.

use super::*;

impl<T: Config> Pallet<T> {
	/// The configuration's bounds, checked by `integrity_test`.
	pub(crate) fn check_config() {
		assert!(T::MaxLocatorLength::get() >= 64, "a locator needs room for a URI");
		assert!(
			T::MaxWrappedKeyLength::get() >= MAX_SIGNATURE_LEN,
			"MaxWrappedKeyLength must hold a key wrapped to a 4096-bit RSA key"
		);
		assert!(T::MaxReadersPerRotation::get() > 0, "MaxReadersPerRotation must be positive");
		assert!(
			T::MinCustodyThreshold::get() >= 2,
			"MinCustodyThreshold must be at least 2: no custodian alone opens a record"
		);
		assert!(
			T::MaxCustodians::get() >= T::MinCustodyThreshold::get()
				&& T::MaxCustodians::get() <= 32,
			"MaxCustodians must be from MinCustodyThreshold to 32 (a u32 bitmap of releases)"
		);
		assert!(T::MaxOpenReads::get() > 0, "MaxOpenReads must be positive");
		assert!(!T::ReleaseWindow::get().is_zero(), "ReleaseWindow must be positive");
		assert!(
			(1..=1 << 20).contains(&T::MaxBatchReadings::get()),
			"MaxBatchReadings must be from 1 to 2^20"
		);
	}

	/// The weight `anchor` declares: by a device, its signature's verification by key size (a
	/// signature is as long as its key); by anyone else, none. Plus consent's decision at its
	/// dearest (many grants, many hospitals, an emergency access), which the call refunds when
	/// consent decides more cheaply ([`Self::anchor_actual_weight`]).
	pub fn anchor_weight(signature_len: Option<usize>) -> Weight {
		Self::anchor_own_weight(signature_len, false).saturating_add(T::Consent::authorize_weight())
	}

	/// The weight `anchor_batch` declares: as [`Self::anchor_weight`], from the batch's own
	/// benchmarks (one more record entry: its number of readings).
	pub fn anchor_batch_weight(signature_len: Option<usize>) -> Weight {
		Self::anchor_own_weight(signature_len, true).saturating_add(T::Consent::authorize_weight())
	}

	/// The weight an anchor (a `batch` or not) reports after consent granted it on `basis`,
	/// when the call's own benchmark measured that basis's way through consent: a device's (the
	/// signed benchmarks: a device monitoring the patient, decided before any grant is read)
	/// and the patient's own (the unsigned ones). Any other basis went through the patient's
	/// grants or emergency accesses, and pays the declared worst case (`None`: no refund).
	pub fn anchor_actual_weight(
		basis: AccessBasis,
		signature_len: Option<usize>,
		batch: bool,
	) -> Option<Weight> {
		match (basis, signature_len) {
			(AccessBasis::MonitoringDevice, Some(_)) | (AccessBasis::OwnData, None) => {
				Some(Self::anchor_own_weight(signature_len, batch))
			},
			_ => None,
		}
	}

	/// An anchor's own benchmark by signature: the call's checks, storage and RSA-PSS
	/// verification, and consent's decision for a device (signed) or the patient (unsigned).
	fn anchor_own_weight(signature_len: Option<usize>, batch: bool) -> Weight {
		match (signature_len, batch) {
			(None, false) => T::WeightInfo::anchor_unsigned(),
			(Some(len), false) if len <= 256 => T::WeightInfo::anchor_signed_2048(),
			(Some(_), false) => T::WeightInfo::anchor_signed_4096(),
			(None, true) => T::WeightInfo::anchor_batch_unsigned(),
			(Some(len), true) if len <= 256 => T::WeightInfo::anchor_batch_signed_2048(),
			(Some(_), true) => T::WeightInfo::anchor_batch_signed_4096(),
		}
	}

	pub(crate) fn ensure_patient_or_guardian(
		by: &T::AccountId,
		patient: &T::AccountId,
	) -> DispatchResult {
		ensure!(T::Registry::role_of(patient) == Some(Role::Patient), Error::<T>::NotPatient);
		ensure!(
			T::Registry::is_active(patient) && T::Registry::acts_for(by, patient),
			Error::<T>::NotPatientOrGuardian
		);
		Ok(())
	}

	pub(crate) fn check_reader(reader: &T::AccountId, wrapped: &WrappedKeyOf<T>) -> DispatchResult {
		ensure!(T::Registry::role_of(reader).is_some(), Error::<T>::ReaderNotRegistered);
		ensure!(!wrapped.is_empty(), Error::<T>::EmptyWrappedKey);
		Ok(())
	}

	/// A record's metadata, for the runtime API.
	pub fn record(id: RecordId) -> Option<RecordOf<T>> {
		Records::<T>::get(id)
	}

	/// Whether `content_hash` is record `id`'s, for the runtime API.
	pub fn verify_hash(id: RecordId, content_hash: H256) -> bool {
		Records::<T>::get(id).is_some_and(|record| record.content_hash == content_hash)
	}

	/// The number of readings of record `id` if it was anchored as a batch, for the runtime API.
	pub fn batch_readings(id: RecordId) -> Option<u32> {
		BatchReadings::<T>::get(id)
	}

	/// Whether `reading` (an envelope's content hash) is one of record `id`'s readings, for the
	/// runtime API: of a batch, at `proof`'s index with its sibling hashes leading to the
	/// batch's root; of a single reading, the record's own hash (index 0, no siblings).
	pub fn verify_reading(id: RecordId, reading: H256, proof: &BatchProof) -> bool {
		let Some(record) = Records::<T>::get(id) else { return false };
		match BatchReadings::<T>::get(id) {
			Some(readings) => verify_batch_proof(record.content_hash, readings, reading, proof),
			None => proof.index == 0 && proof.siblings.is_empty() && record.content_hash == reading,
		}
	}

	/// A page of `patient`'s `category` records, for the runtime API.
	pub fn records_of(
		patient: &T::AccountId,
		category: DataCategory,
		start: u32,
		limit: u32,
	) -> RecordPage<T> {
		let end =
			start.saturating_add(limit.min(MAX_PAGE)).min(RecordCount::<T>::get(patient, category));
		(start..end)
			.filter_map(|position| PatientRecords::<T>::get((patient, category, position)))
			.filter_map(|id| Self::record(id).map(|info| (id, info)))
			.collect()
	}

	/// `reader`'s wrapped category key, for the runtime API.
	pub fn category_key(
		patient: &T::AccountId,
		category: DataCategory,
		epoch: KeyEpoch,
		reader: &T::AccountId,
	) -> Option<Vec<u8>> {
		CategoryKeys::<T>::get((patient, category, epoch, reader)).map(|key| key.into_inner())
	}
}

impl<T: Config> carechain_primitives::records::RecordEnvelopes<T::AccountId> for Pallet<T> {
	fn check_envelope(
		who: &T::AccountId,
		record_id: RecordId,
		envelope: H256,
		reading: Option<&BatchProof>,
	) -> Result<(), carechain_primitives::records::EnvelopeRefusal> {
		use carechain_primitives::records::EnvelopeRefusal;
		let record = Records::<T>::get(record_id).ok_or(EnvelopeRefusal::NoSuchRecord)?;
		if record.author != *who {
			return Err(EnvelopeRefusal::NotTheAuthor);
		}
		let batch = BatchReadings::<T>::get(record_id);
		let is_its = match (reading, batch) {
			(Some(proof), Some(readings)) => {
				verify_batch_proof(record.content_hash, readings, envelope, proof)
			},
			(Some(_), None) => false,
			(None, Some(_)) => core::str::from_utf8(&record.locator)
				.ok()
				.and_then(|locator| locator.strip_prefix("ipfs://"))
				.and_then(carechain_primitives::cid::hash_of_cid)
				.is_some_and(|manifest| H256(manifest) == envelope),
			(None, None) => record.content_hash == envelope,
		};
		is_its.then_some(()).ok_or(EnvelopeRefusal::NotTheRecordsEnvelope)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// For other pallets' benchmarks (the envelopes pallet's): a batch record of `author` for
	/// `patient`, its readings `leaves` (their root anchored), written straight into storage (no
	/// signature, no consent); returns its id.
	pub fn benchmark_batch(
		author: &T::AccountId,
		patient: &T::AccountId,
		leaves: &[H256],
	) -> RecordId {
		let id = NextRecordId::<T>::get();
		NextRecordId::<T>::put(id.saturating_add(1));
		let record = RecordInfo {
			patient: patient.clone(),
			category: DataCategory::VitalSigns,
			content_hash: carechain_primitives::batch::batch_root(leaves),
			locator: Default::default(),
			size: 1,
			envelope_version: carechain_primitives::records::ENVELOPE_VERSION,
			key_epoch: 0,
			author: author.clone(),
			basis: AccessBasis::MonitoringDevice,
			anchored_at: frame_system::Pallet::<T>::block_number(),
			timestamp: 0,
			status: RecordStatus::Current,
			supersedes: None,
		};
		Records::<T>::insert(id, record);
		BatchReadings::<T>::insert(id, leaves.len() as u32);
		id
	}
}
