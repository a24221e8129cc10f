#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmark_setup;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod internals;
mod lifecycle;
pub mod migrations;
#[cfg(test)]
mod mock;
mod participant_registry;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "fuzz", test))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use carechain_primitives::{
	record_signature::SIGNING_KEY_EXPONENT,
	registry::{DeviceInfo, ParticipantRegistry, Profile, RetiredKeyInfo},
	rsa_key::{self, RsaKeyError},
};
use frame_support::{dispatch::DispatchResultWithPostInfo, pallet_prelude::*};
use frame_system::pallet_prelude::*;
use sp_core::H256;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::registry";

/// A participant record as this runtime stores it.
pub type ParticipantOf<T> = Participant<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxKeyLength,
>;
/// A device record as this runtime stores it.
pub type DeviceOf<T> = Device<<T as frame_system::Config>::AccountId, <T as Config>::MaxKeyLength>;
/// A key as this runtime stores it.
pub type KeyOf<T> = Key<<T as Config>::MaxKeyLength>;
/// A retired key as this runtime stores it.
pub type RetiredKeyOf<T> = RetiredKey<BlockNumberFor<T>, <T as Config>::MaxKeyLength>;

/// Who is asking to manage a participant.
enum Manager<AccountId> {
	/// [`Config::HospitalOrigin`].
	Governance,
	/// A signed account, to be checked against the participant.
	Account(AccountId),
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	///
	/// 2: a participant's account holds a provider reference ([`migrations::v2`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Admits hospitals and overrides hospitals' management of participants (suspend,
		/// reactivate, revoke, move devices). Root/sudo for now; the consortium council later.
		type HospitalOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The smallest RSA modulus, in bits, that a registered key may have.
		#[pallet::constant]
		type MinKeyBits: Get<u32>;

		/// The longest key, in bytes of DER. 550 holds a 4096-bit key, the largest accepted.
		#[pallet::constant]
		type MaxKeyLength: Get<u32>;

		/// How many retired keys are kept per participant and purpose; the oldest goes first.
		#[pallet::constant]
		type MaxKeyHistory: Get<u32>;

		/// How many physicians one hospital may have.
		#[pallet::constant]
		type MaxPhysiciansPerHospital: Get<u32>;

		/// How many hospitals one physician may belong to.
		#[pallet::constant]
		type MaxHospitalsPerPhysician: Get<u32>;

		/// How many devices may monitor one patient.
		#[pallet::constant]
		type MaxDevicesPerPatient: Get<u32>;

		/// How many guardians one patient may have.
		#[pallet::constant]
		type MaxGuardians: Get<u32>;

		/// How many patients one person may be a guardian of.
		#[pallet::constant]
		type MaxWards: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Every registered participant, by account.
	#[pallet::storage]
	pub type Participants<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, ParticipantOf<T>>;

	/// A device's particulars, by device account.
	#[pallet::storage]
	pub type Devices<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, DeviceOf<T>>;

	/// The physicians affiliated with each hospital.
	#[pallet::storage]
	pub type HospitalPhysicians<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::AccountId, T::MaxPhysiciansPerHospital>,
		ValueQuery,
	>;

	/// The hospitals each physician is affiliated with (the inverse of [`HospitalPhysicians`]).
	#[pallet::storage]
	pub type PhysicianHospitals<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::AccountId, T::MaxHospitalsPerPhysician>,
		ValueQuery,
	>;

	/// The active devices monitoring each patient (revoked devices leave it).
	#[pallet::storage]
	pub type PatientDevices<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::AccountId, T::MaxDevicesPerPatient>,
		ValueQuery,
	>;

	/// Each patient's guardians.
	#[pallet::storage]
	pub type Guardians<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::AccountId, T::MaxGuardians>,
		ValueQuery,
	>;

	/// The patients each guardian acts for (the inverse of [`Guardians`]).
	#[pallet::storage]
	pub type Wards<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::AccountId, T::MaxWards>,
		ValueQuery,
	>;

	/// Retired keys per participant and purpose, oldest first.
	#[pallet::storage]
	pub type RetiredKeys<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		// Two possible values: no caller can unbalance the trie with them.
		Twox64Concat,
		KeyPurpose,
		BoundedVec<RetiredKeyOf<T>, T::MaxKeyHistory>,
		ValueQuery,
	>;

	/// The patient holding each pseudonymous identifier hash.
	#[pallet::storage]
	pub type PatientByIdentifier<T: Config> = StorageMap<_, Blake2_128Concat, H256, T::AccountId>;

	/// Affiliations a hospital offered a registered physician, awaiting the physician's
	/// acceptance: physician -> hospital -> the block it was offered in. A physician joins a
	/// hospital only by accepting. At most one entry per hospital of the consortium.
	#[pallet::storage]
	pub type AffiliationOffers<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		BlockNumberFor<T>,
	>;

	/// The hospitals a consortium starts with: each account with the RSA public key (DER
	/// SubjectPublicKeyInfo) data for it is encrypted to. Later hospitals are admitted by
	/// [`Config::HospitalOrigin`].
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(hospital, encryption key)`.
		pub hospitals: alloc::vec::Vec<(T::AccountId, alloc::vec::Vec<u8>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// A bad members file must not become a chain: genesis is the one place to refuse
			// loudly (the spec tool checks the same first, with named errors).
			for (hospital, key) in &self.hospitals {
				assert!(
					Pallet::<T>::ensure_unregistered(hospital).is_ok(),
					"registry genesis: a hospital is listed twice"
				);
				assert!(
					Pallet::<T>::check_key(key).is_ok(),
					"registry genesis: a hospital's encryption key is not an accepted RSA key"
				);
				let key: KeyOf<T> = key.clone().try_into().expect("checked by check_key; qed");
				Pallet::<T>::insert_new_participant(hospital, Role::Hospital, key, None);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A hospital was admitted to the consortium.
		HospitalAdmitted { hospital: T::AccountId },
		/// A physician was registered by a hospital, and affiliated with it.
		PhysicianRegistered { physician: T::AccountId, hospital: T::AccountId },
		/// A hospital offered a registered physician an affiliation; it awaits the physician.
		AffiliationOffered { physician: T::AccountId, hospital: T::AccountId },
		/// A hospital withdrew an affiliation it had offered and the physician had not accepted.
		AffiliationOfferWithdrawn { physician: T::AccountId, hospital: T::AccountId },
		/// A registered physician accepted a hospital's offer and was affiliated with it.
		PhysicianAffiliated { physician: T::AccountId, hospital: T::AccountId },
		/// A physician's affiliation with a hospital was ended.
		PhysicianDisaffiliated { physician: T::AccountId, hospital: T::AccountId },
		/// A patient was registered, by itself (`registered_by: None`) or by a hospital.
		PatientRegistered { patient: T::AccountId, registered_by: Option<T::AccountId> },
		/// A device was registered to monitor a patient, under a hospital.
		DeviceRegistered {
			device: T::AccountId,
			patient: T::AccountId,
			hospital: T::AccountId,
			kind: DeviceKind,
		},
		/// A device was moved to another patient or hospital.
		DeviceMoved { device: T::AccountId, patient: T::AccountId, hospital: T::AccountId },
		/// A participant's key was replaced; the old one was retired.
		KeyRotated { who: T::AccountId, purpose: KeyPurpose },
		/// A participant was suspended, by a hospital or (`by: None`) by governance.
		ParticipantSuspended { who: T::AccountId, by: Option<T::AccountId> },
		/// A suspended participant was reactivated.
		ParticipantReactivated { who: T::AccountId },
		/// A participant was revoked, for good.
		ParticipantRevoked { who: T::AccountId },
		/// A guardian was added for a patient.
		GuardianAdded { patient: T::AccountId, guardian: T::AccountId },
		/// A guardian was removed from a patient.
		GuardianRemoved { patient: T::AccountId, guardian: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already registered.
		AlreadyRegistered,
		/// The account is not registered.
		NotRegistered,
		/// The account is not a hospital.
		NotHospital,
		/// The account is not a physician.
		NotPhysician,
		/// The account is not a patient.
		NotPatient,
		/// The account is not a device.
		NotDevice,
		/// The participant is suspended or revoked.
		NotActive,
		/// The participant is already suspended.
		AlreadySuspended,
		/// The participant is not suspended.
		NotSuspended,
		/// The participant is revoked; revocation is final.
		AlreadyRevoked,
		/// The caller may not manage this participant: not its hospital, not the one that
		/// suspended it, or not allowed for its role.
		NotPermitted,
		/// The key is not a DER SubjectPublicKeyInfo, or its RSA numbers are invalid.
		MalformedKey,
		/// The key is well-formed but not an RSA key.
		NotRsaKey,
		/// The RSA key is shorter than `MinKeyBits`.
		KeyTooShort,
		/// The RSA key is longer than 4096 bits.
		KeyTooLarge,
		/// The new key is the current key.
		KeyUnchanged,
		/// A device's signing key is rotated by its hospital, not by the device.
		SigningKeyByHospital,
		/// The pseudonymous identifier hash is already held by another patient.
		IdentifierInUse,
		/// The hospital has `MaxPhysiciansPerHospital` physicians.
		TooManyPhysicians,
		/// The physician belongs to `MaxHospitalsPerPhysician` hospitals.
		TooManyHospitals,
		/// The patient has `MaxDevicesPerPatient` devices.
		TooManyDevices,
		/// The patient has `MaxGuardians` guardians.
		TooManyGuardians,
		/// The guardian acts for `MaxWards` patients.
		TooManyWards,
		/// The physician is already affiliated with this hospital.
		AlreadyAffiliated,
		/// The physician is not affiliated with this hospital.
		NotAffiliated,
		/// The hospital has already offered this physician an affiliation.
		AlreadyOffered,
		/// The hospital has offered the physician no affiliation.
		NoAffiliationOffer,
		/// The account is already a guardian of this patient.
		AlreadyGuardian,
		/// The account is not a guardian of this patient.
		NotGuardian,
		/// A patient cannot be its own guardian.
		CannotGuardSelf,
		/// Only a registered, active patient or physician can be a guardian.
		InvalidGuardian,
		/// The device already monitors that patient under that hospital.
		DeviceUnchanged,
		/// A signing key's public exponent is not 65537, the one anchors are verified with.
		SigningKeyExponent,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinKeyBits::get() >= 2048, "RSA keys below 2048 bits are insecure");
			assert!(
				T::MinKeyBits::get() <= rsa_key::MAX_MODULUS_BITS,
				"MinKeyBits above the largest accepted key would refuse every key"
			);
			assert!(
				T::MaxKeyLength::get() >= rsa_key::MAX_SPKI_DER_LEN,
				"MaxKeyLength must hold a 4096-bit key"
			);
			assert!(T::MaxKeyHistory::get() > 0, "a rotation must be able to retire a key");
			for (name, bound) in [
				("MaxPhysiciansPerHospital", T::MaxPhysiciansPerHospital::get()),
				("MaxHospitalsPerPhysician", T::MaxHospitalsPerPhysician::get()),
				("MaxDevicesPerPatient", T::MaxDevicesPerPatient::get()),
				("MaxGuardians", T::MaxGuardians::get()),
				("MaxWards", T::MaxWards::get()),
			] {
				assert!(bound > 0, "{name} must be positive");
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admit `hospital` to the consortium, with the key data for it is encrypted to.
		///
		/// The dispatch origin must be [`Config::HospitalOrigin`].
		/// Emits `HospitalAdmitted`.
		///
		/// ## Complexity
		/// - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
		#[pallet::call_index(0)]
		#[pallet::weight((T::WeightInfo::admit_hospital(), DispatchClass::Operational))]
		pub fn admit_hospital(
			origin: OriginFor<T>,
			hospital: T::AccountId,
			encryption_key: KeyOf<T>,
		) -> DispatchResult {
			T::HospitalOrigin::ensure_origin(origin)?;
			Self::ensure_unregistered(&hospital)?;
			Self::check_key(&encryption_key)?;

			Self::insert_new_participant(&hospital, Role::Hospital, encryption_key, None);
			Self::deposit_event(Event::HospitalAdmitted { hospital });
			Ok(())
		}

		/// Register `physician`, with its encryption key, and affiliate it with the caller.
		///
		/// The dispatch origin must be an active hospital.
		/// Emits `PhysicianRegistered`.
		///
		/// ## Complexity
		/// - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
		/// - `O(P)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`):
		///   the list is read, extended and written back.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_physician())]
		pub fn register_physician(
			origin: OriginFor<T>,
			physician: T::AccountId,
			encryption_key: KeyOf<T>,
		) -> DispatchResult {
			let hospital = Self::ensure_active_hospital(origin)?;
			Self::ensure_unregistered(&physician)?;
			Self::check_key(&encryption_key)?;
			let mut physicians = HospitalPhysicians::<T>::get(&hospital);
			physicians.try_push(physician.clone()).map_err(|_| Error::<T>::TooManyPhysicians)?;
			let mut hospitals = BoundedVec::<_, T::MaxHospitalsPerPhysician>::new();
			hospitals.try_push(hospital.clone()).map_err(|_| Error::<T>::TooManyHospitals)?;

			Self::insert_new_participant(&physician, Role::Physician, encryption_key, None);
			HospitalPhysicians::<T>::insert(&hospital, physicians);
			PhysicianHospitals::<T>::insert(&physician, hospitals);
			Self::deposit_event(Event::PhysicianRegistered { physician, hospital });
			Ok(())
		}

		/// Offer an already registered, active `physician` an affiliation with the caller. The
		/// physician joins only by accepting ([`Pallet::accept_affiliation`]): no hospital can
		/// claim a physician, and then suspend or speak for it, without its consent.
		///
		/// The dispatch origin must be an active hospital.
		/// Emits `AffiliationOffered`.
		///
		/// ## Complexity
		/// - `O(P)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`):
		///   the physician is looked up in them.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::affiliate_physician())]
		pub fn affiliate_physician(
			origin: OriginFor<T>,
			physician: T::AccountId,
		) -> DispatchResult {
			let hospital = Self::ensure_active_hospital(origin)?;
			Self::ensure_active_role(&physician, Role::Physician)?;
			ensure!(
				!HospitalPhysicians::<T>::get(&hospital).contains(&physician),
				Error::<T>::AlreadyAffiliated
			);
			ensure!(
				!AffiliationOffers::<T>::contains_key(&physician, &hospital),
				Error::<T>::AlreadyOffered
			);

			AffiliationOffers::<T>::insert(
				&physician,
				&hospital,
				frame_system::Pallet::<T>::block_number(),
			);
			Self::deposit_event(Event::AffiliationOffered { physician, hospital });
			Ok(())
		}

		/// End `physician`'s affiliation with the caller, or withdraw the caller's offer that the
		/// physician has not accepted. The physician stays registered, and its standing at other
		/// hospitals is untouched: a hospital's power ends at its own affiliation.
		///
		/// The dispatch origin must be a registered hospital (suspended or not: dropping an
		/// affiliation only ever narrows access).
		/// Emits `PhysicianDisaffiliated`, or `AffiliationOfferWithdrawn`.
		///
		/// ## Complexity
		/// - `O(P + H)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`)
		///   and `H` the physician's hospitals (at most `MaxHospitalsPerPhysician`): the
		///   affiliation is removed from both lists. `O(1)` when an offer is withdrawn.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::disaffiliate_physician())]
		pub fn disaffiliate_physician(
			origin: OriginFor<T>,
			physician: T::AccountId,
		) -> DispatchResult {
			let hospital = ensure_signed(origin)?;
			let caller = Participants::<T>::get(&hospital).ok_or(Error::<T>::NotRegistered)?;
			ensure!(caller.role == Role::Hospital, Error::<T>::NotHospital);
			if AffiliationOffers::<T>::take(&physician, &hospital).is_some() {
				Self::deposit_event(Event::AffiliationOfferWithdrawn { physician, hospital });
				return Ok(());
			}
			ensure!(
				HospitalPhysicians::<T>::get(&hospital).contains(&physician),
				Error::<T>::NotAffiliated
			);

			Self::remove_affiliation(&hospital, &physician);
			Self::deposit_event(Event::PhysicianDisaffiliated { physician, hospital });
			Ok(())
		}

		/// Register the caller as a patient, with its encryption key and, optionally, a
		/// pseudonymous identifier hash.
		///
		/// The dispatch origin must be signed by the patient's own, unregistered account.
		/// Emits `PatientRegistered`.
		///
		/// ## Complexity
		/// - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register_patient())]
		pub fn register_patient(
			origin: OriginFor<T>,
			encryption_key: KeyOf<T>,
			identifier_hash: Option<H256>,
		) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_register_patient(patient, encryption_key, identifier_hash, None)
		}

		/// Register `patient` (the patient's own account and its own encryption key, made on the
		/// patient's device), optionally with a pseudonymous identifier hash.
		///
		/// The dispatch origin must be an active hospital.
		/// Emits `PatientRegistered`.
		///
		/// ## Complexity
		/// - `O(K)` where `K` is the key's length in bytes (at most `MaxKeyLength`): it is parsed.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::register_patient())]
		pub fn register_patient_for(
			origin: OriginFor<T>,
			patient: T::AccountId,
			encryption_key: KeyOf<T>,
			identifier_hash: Option<H256>,
		) -> DispatchResult {
			let hospital = Self::ensure_active_hospital(origin)?;
			Self::do_register_patient(patient, encryption_key, identifier_hash, Some(hospital))
		}

		/// Register `device` to monitor `patient` under the caller, with its encryption key and
		/// the signing key its readings are verified against.
		///
		/// The dispatch origin must be an active hospital; `patient` must be an active patient.
		/// Emits `DeviceRegistered`.
		///
		/// ## Complexity
		/// - `O(K)` where `K` is a key's length in bytes (at most `MaxKeyLength`): both are parsed.
		/// - `O(D)` where `D` is the patient's devices (at most `MaxDevicesPerPatient`): the list
		///   is read, extended and written back.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::register_device())]
		pub fn register_device(
			origin: OriginFor<T>,
			device: T::AccountId,
			patient: T::AccountId,
			kind: DeviceKind,
			encryption_key: KeyOf<T>,
			signing_key: KeyOf<T>,
		) -> DispatchResult {
			let hospital = Self::ensure_active_hospital(origin)?;
			Self::ensure_unregistered(&device)?;
			Self::ensure_active_role(&patient, Role::Patient)?;
			Self::check_key(&encryption_key)?;
			Self::check_signing_key(&signing_key)?;
			let mut devices = PatientDevices::<T>::get(&patient);
			devices.try_push(device.clone()).map_err(|_| Error::<T>::TooManyDevices)?;

			Self::insert_new_participant(&device, Role::Device, encryption_key, None);
			Devices::<T>::insert(
				&device,
				Device { patient: patient.clone(), hospital: hospital.clone(), kind, signing_key },
			);
			PatientDevices::<T>::insert(&patient, devices);
			Self::deposit_event(Event::DeviceRegistered { device, patient, hospital, kind });
			Ok(())
		}

		/// Move `device` to monitor `patient` under `hospital` (either may stay the same).
		///
		/// The dispatch origin must be the device's current hospital (active) or
		/// [`Config::HospitalOrigin`]. The device must not be revoked; `patient` must be an active
		/// patient and `hospital` an active hospital.
		/// Emits `DeviceMoved`.
		///
		/// ## Complexity
		/// - `O(D)` where `D` is a patient's devices (at most `MaxDevicesPerPatient`): when the
		///   patient changes, the device leaves the old patient's list and joins the new one's.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::move_device())]
		pub fn move_device(
			origin: OriginFor<T>,
			device: T::AccountId,
			patient: T::AccountId,
			hospital: T::AccountId,
		) -> DispatchResult {
			Self::do_move_device(origin, device, patient, hospital)
		}

		/// Replace the caller's key for `purpose` with `new_key`; the old key is retired.
		///
		/// The dispatch origin must be a registered, unrevoked participant (a suspended one may
		/// rotate a compromised key before it is reactivated). Only a device has a signing key,
		/// and it may not rotate it itself ([`Error::SigningKeyByHospital`]: a stolen device
		/// account would then be enough to sign readings); its hospital does
		/// ([`Pallet::rotate_device_key`]).
		/// Emits `KeyRotated`.
		///
		/// ## Complexity
		/// - `O(K)` where `K` is the new key's length in bytes (at most `MaxKeyLength`): it is
		///   parsed.
		/// - `O(R)` where `R` is the caller's retired keys for `purpose` (at most `MaxKeyHistory`):
		///   the history is read, shifted when full, and written back.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::rotate_key())]
		pub fn rotate_key(
			origin: OriginFor<T>,
			purpose: KeyPurpose,
			new_key: KeyOf<T>,
		) -> DispatchResult {
			Self::do_rotate_key(origin, purpose, new_key)
		}

		/// Replace `device`'s signing key with `new_key`; the old key is retired (readings it
		/// signed stay verifiable against the history).
		///
		/// The dispatch origin must be [`Config::HospitalOrigin`], or the device's active hospital.
		/// The device must be registered and unrevoked (a suspended device's compromised key is
		/// replaced before it is reactivated).
		/// Emits `KeyRotated`.
		///
		/// ## Complexity
		/// - `O(K)` where `K` is the new key's length in bytes (at most `MaxKeyLength`): it is
		///   parsed.
		/// - `O(R)` where `R` is the device's retired signing keys (at most `MaxKeyHistory`): the
		///   history is read, shifted when full, and written back.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::rotate_device_key())]
		pub fn rotate_device_key(
			origin: OriginFor<T>,
			device: T::AccountId,
			new_key: KeyOf<T>,
		) -> DispatchResult {
			Self::do_rotate_device_key(origin, device, new_key)
		}

		/// Suspend `who`: it may not act until reactivated.
		///
		/// The dispatch origin must be [`Config::HospitalOrigin`] (any participant), or an active
		/// hospital suspending one of its own devices. A hospital never suspends a physician
		/// chain-wide (its standing at other hospitals is not the hospital's to take): it ends its
		/// own affiliation instead ([`Pallet::disaffiliate_physician`]).
		/// Emits `ParticipantSuspended`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::suspend())]
		pub fn suspend(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			Self::do_suspend(origin, who)
		}

		/// Reactivate a suspended `who`.
		///
		/// The dispatch origin must be [`Config::HospitalOrigin`], or the active hospital that
		/// suspended `who`.
		/// Emits `ParticipantReactivated`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::reactivate())]
		pub fn reactivate(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			Self::do_reactivate(origin, who)
		}

		/// Revoke `who`, for good. Its record and key history stay; it leaves every list it was
		/// in (affiliations, a patient's devices, guardianships), and a patient's identifier
		/// hash is released. A revoked patient's devices stay listed under it until their
		/// hospital revokes or moves them.
		///
		/// The dispatch origin must be [`Config::HospitalOrigin`] (any participant; this is how a
		/// hospital leaves the consortium), a device's active hospital, or the participant itself
		/// if it is a patient, physician or device.
		/// Emits `ParticipantRevoked`.
		///
		/// ## Complexity
		/// - A hospital: `O(P * (P + H))`, where `P` is its physicians (at most
		///   `MaxPhysiciansPerHospital`) and `H` a physician's hospitals (at most
		///   `MaxHospitalsPerPhysician`): each affiliation is removed from both lists.
		/// - A physician: `O(H * (H + P) + (G + W)^2)`: its `H` affiliations, each removed from
		///   both lists, and its guardianships, as for a patient (below).
		/// - A patient: `O((G + W)^2)`, where `G` is a patient's guardians (at most `MaxGuardians`)
		///   and `W` a guardian's wards (at most `MaxWards`): each guardianship, on either side, is
		///   removed from both lists.
		/// - A device: `O(D)`, where `D` is its patient's devices (at most `MaxDevicesPerPatient`).
		#[pallet::call_index(11)]
		#[pallet::weight(Pallet::<T>::revoke_weight_bound())]
		pub fn revoke(origin: OriginFor<T>, who: T::AccountId) -> DispatchResultWithPostInfo {
			Self::do_revoke(origin, who)
		}

		/// Accept `hospital`'s offer of an affiliation: the caller joins it.
		///
		/// The dispatch origin must be an active physician that `hospital`, an active hospital,
		/// has offered an affiliation ([`Pallet::affiliate_physician`]).
		/// Emits `PhysicianAffiliated`.
		///
		/// ## Complexity
		/// - `O(P + H)` where `P` is the hospital's physicians (at most `MaxPhysiciansPerHospital`)
		///   and `H` the caller's hospitals (at most `MaxHospitalsPerPhysician`): the caller is
		///   looked up in the first, and both lists are extended.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::accept_affiliation())]
		pub fn accept_affiliation(origin: OriginFor<T>, hospital: T::AccountId) -> DispatchResult {
			let physician = ensure_signed(origin)?;
			Self::ensure_active_role(&physician, Role::Physician)?;
			ensure!(
				AffiliationOffers::<T>::contains_key(&physician, &hospital),
				Error::<T>::NoAffiliationOffer
			);
			Self::ensure_active_role(&hospital, Role::Hospital)?;
			let mut physicians = HospitalPhysicians::<T>::get(&hospital);
			ensure!(!physicians.contains(&physician), Error::<T>::AlreadyAffiliated);
			physicians.try_push(physician.clone()).map_err(|_| Error::<T>::TooManyPhysicians)?;
			let mut hospitals = PhysicianHospitals::<T>::get(&physician);
			hospitals.try_push(hospital.clone()).map_err(|_| Error::<T>::TooManyHospitals)?;

			AffiliationOffers::<T>::remove(&physician, &hospital);
			HospitalPhysicians::<T>::insert(&hospital, physicians);
			PhysicianHospitals::<T>::insert(&physician, hospitals);
			Self::deposit_event(Event::PhysicianAffiliated { physician, hospital });
			Ok(())
		}

		/// Name `guardian` as someone who may act for the caller.
		///
		/// The dispatch origin must be an active patient; `guardian` must be another active
		/// patient or physician.
		/// Emits `GuardianAdded`.
		///
		/// ## Complexity
		/// - `O(G + W)` where `G` is the caller's guardians (at most `MaxGuardians`) and `W` the
		///   guardian's wards (at most `MaxWards`): `guardian` is looked up in the first, and both
		///   lists are extended.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::add_guardian())]
		pub fn add_guardian(origin: OriginFor<T>, guardian: T::AccountId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::ensure_active_role(&patient, Role::Patient)?;
			ensure!(guardian != patient, Error::<T>::CannotGuardSelf);
			let candidate = Participants::<T>::get(&guardian).ok_or(Error::<T>::NotRegistered)?;
			ensure!(
				matches!(candidate.role, Role::Patient | Role::Physician)
					&& candidate.status == Status::Active,
				Error::<T>::InvalidGuardian
			);
			let mut guardians = Guardians::<T>::get(&patient);
			ensure!(!guardians.contains(&guardian), Error::<T>::AlreadyGuardian);
			guardians.try_push(guardian.clone()).map_err(|_| Error::<T>::TooManyGuardians)?;
			let mut wards = Wards::<T>::get(&guardian);
			wards.try_push(patient.clone()).map_err(|_| Error::<T>::TooManyWards)?;

			Guardians::<T>::insert(&patient, guardians);
			Wards::<T>::insert(&guardian, wards);
			Self::deposit_event(Event::GuardianAdded { patient, guardian });
			Ok(())
		}

		/// Remove `guardian` from `patient`'s guardians.
		///
		/// The dispatch origin must be the patient, or the guardian stepping down.
		/// Emits `GuardianRemoved`.
		///
		/// ## Complexity
		/// - `O(G + W)` where `G` is the patient's guardians (at most `MaxGuardians`) and `W` the
		///   guardian's wards (at most `MaxWards`): the guardianship is removed from both lists.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::remove_guardian())]
		pub fn remove_guardian(
			origin: OriginFor<T>,
			patient: T::AccountId,
			guardian: T::AccountId,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			ensure!(caller == patient || caller == guardian, Error::<T>::NotPermitted);
			ensure!(Guardians::<T>::get(&patient).contains(&guardian), Error::<T>::NotGuardian);

			Self::unlink_guardian(&patient, &guardian);
			Self::deposit_event(Event::GuardianRemoved { patient, guardian });
			Ok(())
		}
	}
}
