#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
// Calls take their parameters one by one, as polkadot.js and the metadata show them.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

pub use pallet::*;

mod access;
mod anchoring;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod custody;
mod internals;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use anchoring::Anchor;
use carechain_primitives::{
	batch::{batch_digest, verify_batch_proof, BatchProof},
	consent::{AccessControl, AccessDecision, Action, DenialReason, Purpose},
	record_signature::{verify_content_signature, SignatureError},
	records::{anchor_digest, CustodyEpoch, CUSTODY_ENVELOPE_VERSION, ENVELOPE_VERSION},
	registry::{ParticipantRegistry, Role},
};
use frame_support::{pallet_prelude::*, traits::UnixTime};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::ArithmeticError;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who is who: roles, statuses, devices and their signing keys.
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// Who may do what with whose data; it also keeps the audit trail.
		type Consent: AccessControl<Self::AccountId>;

		/// The time records are stamped with.
		type Time: UnixTime;

		/// The longest locator, in bytes.
		#[pallet::constant]
		type MaxLocatorLength: Get<u32>;

		/// How far after the block's time a reading may say it was taken, in ms: the devices'
		/// clocks' allowed drift. Intrusion detection times a device's anchors by their reading
		/// time.
		#[pallet::constant]
		type MaxClockDrift: Get<u64>;

		/// The longest wrapped category key, in bytes: 512 holds one wrapped to a 4096-bit key.
		#[pallet::constant]
		type MaxWrappedKeyLength: Get<u32>;

		/// How many readers one category key rotation may name.
		#[pallet::constant]
		type MaxReadersPerRotation: Get<u32>;

		/// The most custodian hospitals a patient may name (at most 32).
		#[pallet::constant]
		type MaxCustodians: Get<u32>;

		/// The fewest shares that may open a custody record: at least 2, so that no custodian
		/// alone can.
		#[pallet::constant]
		type MinCustodyThreshold: Get<u32>;

		/// For how many blocks after a granted read custodians may release their shares.
		#[pallet::constant]
		type ReleaseWindow: Get<BlockNumberFor<Self>>;

		/// How many granted reads of custody records one reader may have open at once; a new one
		/// closes its oldest.
		#[pallet::constant]
		type MaxOpenReads: Get<u32>;

		/// The most readings one batch anchor may carry (`anchor_batch`): at least 1, at most
		/// 2^20, so that a reading's proof is at most 20 hashes.
		#[pallet::constant]
		type MaxBatchReadings: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Every record, by id.
	#[pallet::storage]
	// Ids are assigned by the chain in sequence: no caller chooses where a record lands.
	pub type Records<T: Config> = StorageMap<_, Twox64Concat, RecordId, RecordOf<T>>;

	/// The id the next record gets.
	#[pallet::storage]
	pub type NextRecordId<T: Config> = StorageValue<_, RecordId, ValueQuery>;

	/// The record anchored with each content hash, per patient: (patient, content hash). Per
	/// patient, so that no one can take a hash that a device is about to anchor for its patient
	/// by anchoring it first for another (storage version 2; version 1 kept one global map,
	/// `RecordByHash`).
	#[pallet::storage]
	pub type RecordByPatientHash<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Blake2_128Concat, H256, RecordId>;

	/// The number of readings of each record anchored as a batch (`anchor_batch`): its
	/// content hash is their Merkle root. A record not here is one reading.
	#[pallet::storage]
	// Record ids are assigned by the chain in sequence.
	pub type BatchReadings<T: Config> = StorageMap<_, Twox64Concat, RecordId, u32>;

	/// Each patient's records per category, in anchoring order: (patient, category, position).
	#[pallet::storage]
	pub type PatientRecords<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, DataCategory>,
			// Positions are assigned by the chain in order.
			NMapKey<Twox64Concat, u32>,
		),
		RecordId,
	>;

	/// How many records each patient has per category.
	#[pallet::storage]
	pub type RecordCount<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		DataCategory,
		u32,
		ValueQuery,
	>;

	/// The current category key epoch of each patient's category (0: none yet).
	#[pallet::storage]
	pub type CurrentEpoch<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		DataCategory,
		KeyEpoch,
		ValueQuery,
	>;

	/// Category keys wrapped to readers: (patient, category, epoch, reader).
	#[pallet::storage]
	pub type CategoryKeys<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, DataCategory>,
			// Epochs are counted up by the chain, one per rotation: not chosen by a caller.
			NMapKey<Twox64Concat, KeyEpoch>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		WrappedKeyOf<T>,
	>;

	/// Each patient's custodian sets: (patient, epoch).
	#[pallet::storage]
	pub type CustodianSets<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		// Epochs are counted up by the chain: not chosen by a caller.
		Twox64Concat,
		CustodyEpoch,
		CustodianSetOf<T>,
	>;

	/// Each patient's current custodian set (0: none yet).
	#[pallet::storage]
	pub type CurrentCustody<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, CustodyEpoch, ValueQuery>;

	/// Each reader's granted reads of custody records that custodians may still release shares
	/// for, oldest first.
	#[pallet::storage]
	pub type OpenReads<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OpenReadsOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A record was anchored.
		RecordAnchored {
			record_id: RecordId,
			patient: T::AccountId,
			category: DataCategory,
			content_hash: H256,
			author: T::AccountId,
			basis: AccessBasis,
			key_epoch: KeyEpoch,
		},
		/// A patient's category key was rotated: a new epoch, wrapped for `readers`.
		CategoryKeyRotated {
			patient: T::AccountId,
			category: DataCategory,
			epoch: KeyEpoch,
			readers: Vec<T::AccountId>,
		},
		/// A category key epoch was shared with one more reader.
		CategoryKeyShared {
			patient: T::AccountId,
			category: DataCategory,
			epoch: KeyEpoch,
			reader: T::AccountId,
		},
		/// A read was allowed: the reader's wrapped copy of the record's category key, if the
		/// patient has shared that epoch with it.
		RecordReadGranted {
			record_id: RecordId,
			reader: T::AccountId,
			basis: AccessBasis,
			key_epoch: KeyEpoch,
			wrapped_key: Option<Vec<u8>>,
		},
		/// A read was refused; no key.
		RecordReadDenied { record_id: RecordId, reader: T::AccountId, reason: DenialReason },
		/// A record was superseded by a correction.
		RecordSuperseded { record_id: RecordId, correction: RecordId },
		/// A record was marked as entered in error.
		RecordMarkedEnteredInError { record_id: RecordId, by: T::AccountId },
		/// A correction (a supersession or a mark as entered in error) of `record_id` by `by` was
		/// refused by consent: nothing changed but the patient's audit trail.
		CorrectionRefused { record_id: RecordId, by: T::AccountId, reason: DenialReason },
		/// A patient's custodian set was replaced: records anchored from now on are held by
		/// `custodians` (share order), `threshold` of which open one.
		CustodiansSet {
			patient: T::AccountId,
			epoch: CustodyEpoch,
			custodians: Vec<T::AccountId>,
			threshold: u32,
		},
		/// A granted read of a custody record was opened: the custodians of its set may release
		/// their shares to `reader` until block `until`.
		SharesRequested {
			record_id: RecordId,
			reader: T::AccountId,
			custody_epoch: CustodyEpoch,
			until: BlockNumberFor<T>,
		},
		/// A custodian released its share of a record's data key, wrapped to the reader's
		/// encryption key.
		ShareReleased {
			record_id: RecordId,
			reader: T::AccountId,
			custodian: T::AccountId,
			index: u32,
			wrapped_share: Vec<u8>,
		},
		/// Consent no longer allows an open read (revoked, expired, emergency over): it was
		/// closed, and no share was released.
		ReleaseRefused { record_id: RecordId, reader: T::AccountId, reason: DenialReason },
		/// An anchor was refused by consent (its author not active, or without append consent):
		/// nothing was anchored, and the refusal is on the patient's audit trail. For a batch,
		/// `content_hash` is its root.
		AnchorRefused {
			patient: T::AccountId,
			category: DataCategory,
			content_hash: H256,
			author: T::AccountId,
			reason: DenialReason,
		},
		/// A batch of `readings` readings was anchored as one record, whose content hash is
		/// their Merkle `root`.
		BatchAnchored {
			record_id: RecordId,
			patient: T::AccountId,
			category: DataCategory,
			root: H256,
			readings: u32,
			author: T::AccountId,
			basis: AccessBasis,
			key_epoch: KeyEpoch,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The envelope format version is not one the chain accepts.
		UnsupportedEnvelopeVersion,
		/// The locator is empty.
		EmptyLocator,
		/// A record has at least one byte.
		EmptyRecord,
		/// A record of this patient with this content hash is already anchored.
		AlreadyAnchored,
		/// The key epoch is not the patient's current one for this category.
		StaleKeyEpoch,
		/// The data's owner is not a registered patient.
		NotPatient,
		/// Not returned since spec version 111 (an author not active is refused by consent,
		/// audited: `AnchorRefused`); kept so that the errors after it keep their indices.
		AuthorNotActive,
		/// The device does not monitor this patient.
		DeviceNotMonitoringPatient,
		/// Not returned since spec version 111 (an author without append consent is refused by
		/// consent, audited: `AnchorRefused`); kept so that the errors after it keep their
		/// indices.
		NoWriteConsent,
		/// A device must sign its reading.
		SignatureMissing,
		/// Only devices sign readings; others' transactions are their signature.
		UnexpectedSignature,
		/// The device's signature does not verify against its registered signing key.
		BadSignature,
		/// The caller is neither the patient nor an active guardian of it.
		NotPatientOrGuardian,
		/// A rotation names at least one reader.
		NoReaders,
		/// A rotation names a reader twice.
		DuplicateReader,
		/// The reader is not registered.
		ReaderNotRegistered,
		/// A wrapped key is empty.
		EmptyWrappedKey,
		/// No such category key epoch yet.
		UnknownEpoch,
		/// The reader already has this epoch's key.
		AlreadyShared,
		/// No record with this id.
		NoSuchRecord,
		/// The record is superseded or marked entered in error.
		NotCurrent,
		/// A correction must be another current record of the same patient and category that
		/// corrects nothing yet.
		InvalidCorrection,
		/// Only the correction's author may link it.
		NotCorrectionAuthor,
		/// Only the record's author, the patient or a guardian may do this.
		NotPermitted,
		/// A device may correct only its own readings.
		NotOwnReading,
		/// The reading says it was taken after the block's time plus `MaxClockDrift`.
		ReadingFromTheFuture,
		/// The patient's records are held in custody: anchors use envelope version 2 and its
		/// current custodian set.
		CustodyRequired,
		/// The patient has no custodian set yet.
		NoCustodians,
		/// A custodian set names at least `MinCustodyThreshold` custodians and a threshold from
		/// `MinCustodyThreshold` to their number.
		BadThreshold,
		/// A custodian set names a hospital twice.
		DuplicateCustodian,
		/// A custodian must be an active hospital with a registered encryption key.
		CustodianNotHospital,
		/// The caller is not a custodian of this record.
		NotCustodian,
		/// The caller is not an active hospital.
		CustodianNotActive,
		/// The reader has no open read of this record: never granted, closed, or its release
		/// window has passed.
		NoOpenRead,
		/// This custodian has already released its share for this read.
		AlreadyReleased,
		/// The record is not held in custody (envelope version 1).
		NotInCustody,
		/// A batch carries at least one reading.
		EmptyBatch,
		/// A batch carries at most `MaxBatchReadings` readings.
		BatchTooLarge,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			Self::check_config();
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchor a record of `patient`'s `category` data: the blake2b-256 `content_hash` of its
		/// envelope (format `envelope_version`), stored at `locator`, `size` bytes, its data key
		/// wrapped under category key `key_epoch` (the current one, or 0 when the patient has
		/// none) or, under envelope version 2, held by custodian set `key_epoch` (the current
		/// one), written for `purpose`, its reading taken at `taken_at` (ms since the Unix epoch,
		/// by the author's clock: at most `MaxClockDrift` after the block's time; intrusion
		/// detection times a device's anchors by it, bounded by the block's time).
		///
		/// The dispatch origin must be an active device monitoring `patient`, with its RSA-PSS
		/// `signature` (of `content_hash` under envelope version 1; of
		/// `carechain_primitives::records::anchor_digest` of the patient, category and hash under
		/// version 2); or the patient, a guardian, or a participant with append consent, without
		/// one. Consent decides, and its decision goes on the patient's audit trail either way: a
		/// refusal (an author not active, or without append consent) anchors nothing, and the
		/// call succeeds so that the refusal stays on the trail.
		/// Emits `RecordAnchored`, or `AnchorRefused` (with the reason).
		///
		/// The call declares consent's decision at its dearest and refunds it when a device or
		/// the patient itself anchored: their way through consent reads no grant and is part of
		/// the call's own benchmark.
		///
		/// ## Complexity
		/// - `O(U + G * (C + H) + P)` for consent's decision, where `U` is the patient's guardians
		///   (at most the registry's `MaxGuardians`), `G` its grants (at most consent's
		///   `MaxGrantsPerPatient`), each naming up to `C` categories (`CATEGORY_COUNT`), `H` the
		///   author's hospitals (at most `MaxHospitalsPerPhysician`), looked up for each grant to a
		///   hospital, and `P` the physicians of an emergency access's hospital (at most
		///   `MaxPhysiciansPerHospital`).
		/// - `O(K^2)` where `K` is a device's signing key length (at most the registry's
		///   `MaxKeyLength`): the key is parsed and the RSA-PSS signature verified.
		#[pallet::call_index(0)]
		#[pallet::weight(Pallet::<T>::anchor_weight(signature.as_ref().map(|s| s.len())))]
		pub fn anchor(
			origin: OriginFor<T>,
			patient: T::AccountId,
			category: DataCategory,
			content_hash: H256,
			locator: LocatorOf<T>,
			size: u64,
			envelope_version: u8,
			key_epoch: KeyEpoch,
			purpose: Purpose,
			signature: Option<SignatureOf>,
			taken_at: u64,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			let actual_weight = Self::do_anchor(
				author,
				Anchor {
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
					readings: None,
				},
			)?;
			Ok(actual_weight.into())
		}

		/// Start a new category key epoch for `patient`'s `category`, wrapped for each of
		/// `readers` (the patient itself, its devices, its current grantees). Records anchored
		/// from now on must use it.
		///
		/// The dispatch origin must be the active patient or an active guardian of it; every
		/// reader must be registered.
		/// Emits `CategoryKeyRotated`.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		/// - `O(R^2)` where `R` is the readers (at most `MaxReadersPerRotation`): each is checked
		///   against those before it; then `R` wrapped keys are stored.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::rotate_category_key(readers.len() as u32))]
		pub fn rotate_category_key(
			origin: OriginFor<T>,
			patient: T::AccountId,
			category: DataCategory,
			readers: ReaderKeysOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::ensure_patient_or_guardian(&by, &patient)?;
			ensure!(!readers.is_empty(), Error::<T>::NoReaders);
			for (i, (reader, wrapped)) in readers.iter().enumerate() {
				ensure!(
					readers[..i].iter().all(|(other, _)| other != reader),
					Error::<T>::DuplicateReader
				);
				Self::check_reader(reader, wrapped)?;
			}
			let epoch = CurrentEpoch::<T>::get(&patient, category)
				.checked_add(1)
				.ok_or(ArithmeticError::Overflow)?;

			for (reader, wrapped) in &readers {
				CategoryKeys::<T>::insert((&patient, category, epoch, reader), wrapped);
			}
			CurrentEpoch::<T>::insert(&patient, category, epoch);
			Self::deposit_event(Event::CategoryKeyRotated {
				patient,
				category,
				epoch,
				readers: readers.into_iter().map(|(reader, _)| reader).collect(),
			});
			Ok(())
		}

		/// Give `reader` the category key of `epoch` of `patient`'s `category`, wrapped to the
		/// reader's encryption key: the records of that epoch become decryptable by it without
		/// re-uploading anything.
		///
		/// The dispatch origin must be the active patient or an active guardian of it.
		/// Emits `CategoryKeyShared`.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::share_category_key())]
		pub fn share_category_key(
			origin: OriginFor<T>,
			patient: T::AccountId,
			category: DataCategory,
			epoch: KeyEpoch,
			reader: T::AccountId,
			wrapped_key: WrappedKeyOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::ensure_patient_or_guardian(&by, &patient)?;
			ensure!(
				epoch >= 1 && epoch <= CurrentEpoch::<T>::get(&patient, category),
				Error::<T>::UnknownEpoch
			);
			Self::check_reader(&reader, &wrapped_key)?;
			ensure!(
				!CategoryKeys::<T>::contains_key((&patient, category, epoch, &reader)),
				Error::<T>::AlreadyShared
			);

			CategoryKeys::<T>::insert((&patient, category, epoch, &reader), wrapped_key);
			Self::deposit_event(Event::CategoryKeyShared { patient, category, epoch, reader });
			Ok(())
		}

		/// Ask to read record `record_id`, for `purpose`. Consent decides, and the decision goes
		/// on the patient's audit trail either way; the call succeeds either way. A granted read
		/// of a custody record opens it for its custodians' releases for `ReleaseWindow` blocks.
		///
		/// The dispatch origin must be signed.
		/// Emits `RecordReadGranted` (with the caller's wrapped category key, for a record under
		/// one) and, for a custody record, `SharesRequested`; or `RecordReadDenied` (the reason).
		///
		/// ## Complexity
		/// - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::anchor`].
		/// - `O(R)` where `R` is the reader's open reads (at most `MaxOpenReads`).
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::read()
				.max(T::WeightInfo::read_in_custody())
				.saturating_add(T::Consent::authorize_weight())
		)]
		pub fn read(origin: OriginFor<T>, record_id: RecordId, purpose: Purpose) -> DispatchResult {
			let reader = ensure_signed(origin)?;
			Self::do_read(reader, record_id, purpose)
		}

		/// Supersede record `record_id` by `correction`, an already anchored record of the same
		/// patient and category: the two are linked both ways; nothing is deleted.
		///
		/// The dispatch origin must be the correction's author; a device may supersede only its
		/// own readings. Consent then decides, as for a write (`Append`) for `purpose`: the
		/// patient or a guardian, the patient's monitoring device, or an active author with append
		/// consent. The decision goes on the patient's audit trail either way, and the call
		/// succeeds either way (so that a refusal stays on the trail).
		/// Emits `RecordSuperseded`, or `CorrectionRefused` (with the reason).
		///
		/// ## Complexity
		/// - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::read`].
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::correction_weight(T::WeightInfo::supersede()))]
		pub fn supersede(
			origin: OriginFor<T>,
			record_id: RecordId,
			correction: RecordId,
			purpose: Purpose,
		) -> DispatchResult {
			let author = ensure_signed(origin)?;
			Self::do_supersede(author, record_id, correction, purpose)
		}

		/// Mark record `record_id` as entered in error. It stays in history.
		///
		/// The dispatch origin must be the record's author, the patient, or a guardian. Consent
		/// then decides, as for a write (`Append`) for `purpose`: an author who is no longer
		/// active, or whose append consent has ended, is refused. The decision goes on the
		/// patient's audit trail either way, and the call succeeds either way.
		/// Emits `RecordMarkedEnteredInError`, or `CorrectionRefused` (with the reason).
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller (other than the author) is looked up in them.
		/// - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::read`].
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::correction_weight(T::WeightInfo::mark_entered_in_error()))]
		pub fn mark_entered_in_error(
			origin: OriginFor<T>,
			record_id: RecordId,
			purpose: Purpose,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_mark_entered_in_error(by, record_id, purpose)
		}

		/// Name `patient`'s custodian hospitals: each will hold one share of the data key of every
		/// record anchored from now on (the first custodian share x = 1, and so on), and
		/// `threshold` shares open a record. Records anchored before keep their own set. From
		/// the patient's first set on, anchors must be custody records (envelope version 2).
		///
		/// The dispatch origin must be the active patient or an active guardian of it. Each
		/// custodian must be an active hospital with an encryption key, named once; `threshold`
		/// must be from `MinCustodyThreshold` to the number of custodians.
		/// Emits `CustodiansSet`.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		/// - `O(N^2)` where `N` is the custodians (at most `MaxCustodians`): each is checked
		///   against those before it, and its role, status and key are read.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_custodians(custodians.len() as u32))]
		pub fn set_custodians(
			origin: OriginFor<T>,
			patient: T::AccountId,
			custodians: CustodiansOf<T>,
			threshold: u32,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_set_custodians(&by, patient, custodians, threshold)
		}

		/// Release the caller's share of record `record_id`'s data key to `reader`, re-wrapped
		/// to the reader's encryption key (`wrapped_share`, RSA-OAEP of the 33-byte share), for
		/// the reader's open read of it. Consent is asked again, without a new audit entry (the
		/// read made one): if it no longer allows the read (revoked, expired, emergency over),
		/// the read is closed, nothing is released, and the call succeeds so that the closing
		/// stays.
		///
		/// The dispatch origin must be an active hospital of the record's custodian set that has
		/// not released its share for this read.
		/// Emits `ShareReleased`, or `ReleaseRefused` (with the reason).
		///
		/// ## Complexity
		/// - `O(N + R)` where `N` is the custodians (at most `MaxCustodians`) and `R` the reader's
		///   open reads (at most `MaxOpenReads`): the caller and the read are looked up.
		/// - `O(U + G * (C + H) + P)` for consent's decision, as [`Pallet::read`].
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::release_share().saturating_add(T::Consent::authorize_weight())
		)]
		pub fn release_share(
			origin: OriginFor<T>,
			record_id: RecordId,
			reader: T::AccountId,
			wrapped_share: WrappedKeyOf<T>,
		) -> DispatchResult {
			let custodian = ensure_signed(origin)?;
			Self::do_release_share(custodian, record_id, reader, wrapped_share)
		}

		/// Anchor a batch of `readings` sealed readings of `patient`'s `category` data as one
		/// record: `root` is the Merkle root of their content hashes, in the batch's order
		/// (`carechain_primitives::batch`), `locator` where the batch's manifest (those content
		/// hashes) is stored, `size` the envelopes' bytes; the other arguments are as
		/// [`Pallet::anchor`]'s, for every reading of the batch: under a category key (envelope
		/// version 1), or, for a patient in custody, in custody (version 2, the current custodian
		/// set's epoch; the manifest then carries the batch's key sealed for the patient and its
		/// custodians, who release their shares of it once for the whole batch). Each reading is
		/// then proven against the root by its index and sibling hashes
		/// (`RecordsApi::verify_reading`), and read, audited and released as the record.
		///
		/// The dispatch origin is as [`Pallet::anchor`]'s; a device signs
		/// `carechain_primitives::batch::batch_digest` of the patient, category, root and
		/// number of readings.
		/// Emits `BatchAnchored`, or `AnchorRefused` (with the reason and the root).
		///
		/// ## Complexity
		/// As [`Pallet::anchor`]'s: independent of `readings`, which the chain never sees one by
		/// one.
		#[pallet::call_index(8)]
		#[pallet::weight(Pallet::<T>::anchor_batch_weight(signature.as_ref().map(|s| s.len())))]
		pub fn anchor_batch(
			origin: OriginFor<T>,
			patient: T::AccountId,
			category: DataCategory,
			root: H256,
			readings: u32,
			locator: LocatorOf<T>,
			size: u64,
			envelope_version: u8,
			key_epoch: KeyEpoch,
			purpose: Purpose,
			signature: Option<SignatureOf>,
			taken_at: u64,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			let actual_weight = Self::do_anchor(
				author,
				Anchor {
					patient,
					category,
					content_hash: root,
					locator,
					size,
					envelope_version,
					key_epoch,
					purpose,
					signature,
					taken_at,
					readings: Some(readings),
				},
			)?;
			Ok(actual_weight.into())
		}
	}
}
