//! The registry's internals: registering, checking keys and roles, the managers of a
//! participant, affiliations and guardianships, and the profile queries of its runtime API.

use super::*;

impl<T: Config> Pallet<T> {
	/// Registers `who` as an active participant of `role`. Its account gets a provider reference
	/// for as long as the record exists (forever: records are never deleted), so a participant
	/// acts without holding a balance (the runtime waives its fees for CareChain's calls).
	pub(crate) fn insert_new_participant(
		who: &T::AccountId,
		role: Role,
		encryption_key: KeyOf<T>,
		identifier_hash: Option<H256>,
	) {
		let participant = Participant {
			role,
			status: Status::Active,
			registered_at: frame_system::Pallet::<T>::block_number(),
			encryption_key,
			identifier_hash,
			suspended_by: None,
		};
		Participants::<T>::insert(who, participant);
		frame_system::Pallet::<T>::inc_providers(who);
	}

	/// The most `revoke` can cost: whichever role's revocation is dearest with every list full.
	/// The call refunds down to what it did.
	pub fn revoke_weight_bound() -> Weight {
		let wards = T::MaxWards::get();
		T::WeightInfo::revoke_hospital(T::MaxPhysiciansPerHospital::get())
			.max(
				T::WeightInfo::revoke_physician(T::MaxHospitalsPerPhysician::get())
					.saturating_add(T::WeightInfo::revoke_patient(0, wards)),
			)
			.max(T::WeightInfo::revoke_patient(T::MaxGuardians::get(), wards))
			.max(T::WeightInfo::revoke_device())
	}

	/// Parses `key` and checks it is an RSA key of an accepted size.
	pub fn check_key(key: &[u8]) -> DispatchResult {
		Self::parse_key(key).map(|_| ())
	}

	/// Checks that `key` can be a device's signing key: an accepted RSA key whose public
	/// exponent is 65537, the only one anchors are verified with (`SIGNING_KEY_EXPONENT`).
	pub fn check_signing_key(key: &[u8]) -> DispatchResult {
		let parsed = Self::parse_key(key)?;
		ensure!(
			rsa_key::public_exponent(&parsed) == Some(SIGNING_KEY_EXPONENT),
			Error::<T>::SigningKeyExponent
		);
		Ok(())
	}

	fn parse_key(key: &[u8]) -> Result<rsa_key::RsaPublicKey, DispatchError> {
		rsa_key::parse_rsa_public_key(key, T::MinKeyBits::get()).map_err(|e| {
			match e {
				RsaKeyError::Malformed => Error::<T>::MalformedKey,
				RsaKeyError::NotRsa => Error::<T>::NotRsaKey,
				RsaKeyError::TooShort => Error::<T>::KeyTooShort,
				RsaKeyError::TooLarge => Error::<T>::KeyTooLarge,
			}
			.into()
		})
	}

	pub(crate) fn ensure_unregistered(who: &T::AccountId) -> DispatchResult {
		ensure!(!Participants::<T>::contains_key(who), Error::<T>::AlreadyRegistered);
		Ok(())
	}

	/// `who` is registered with `role` and active.
	pub(crate) fn ensure_active_role(
		who: &T::AccountId,
		role: Role,
	) -> Result<ParticipantOf<T>, DispatchError> {
		let participant = Participants::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(
			participant.role == role,
			match role {
				Role::Hospital => Error::<T>::NotHospital,
				Role::Physician => Error::<T>::NotPhysician,
				Role::Patient => Error::<T>::NotPatient,
				Role::Device => Error::<T>::NotDevice,
			}
		);
		ensure!(participant.status == Status::Active, Error::<T>::NotActive);
		Ok(participant)
	}

	pub(crate) fn ensure_active_hospital(
		origin: OriginFor<T>,
	) -> Result<T::AccountId, DispatchError> {
		let hospital = ensure_signed(origin)?;
		Self::ensure_active_role(&hospital, Role::Hospital)?;
		Ok(hospital)
	}

	pub(crate) fn manager(origin: OriginFor<T>) -> Result<Manager<T::AccountId>, DispatchError> {
		match T::HospitalOrigin::try_origin(origin) {
			Ok(_) => Ok(Manager::Governance),
			Err(origin) => Ok(Manager::Account(ensure_signed(origin)?)),
		}
	}

	/// Whether `hospital` manages `who` (of `role`) chain-wide: only its own devices.
	pub(crate) fn hospital_manages(
		hospital: &T::AccountId,
		who: &T::AccountId,
		role: Role,
	) -> bool {
		match role {
			Role::Device => {
				Devices::<T>::get(who).is_some_and(|device| device.hospital == *hospital)
			},
			// A physician's standing is governance's: a hospital ends its affiliation instead.
			Role::Physician | Role::Hospital | Role::Patient => false,
		}
	}

	pub(crate) fn do_register_patient(
		patient: T::AccountId,
		encryption_key: KeyOf<T>,
		identifier_hash: Option<H256>,
		registered_by: Option<T::AccountId>,
	) -> DispatchResult {
		Self::ensure_unregistered(&patient)?;
		if let Some(hash) = identifier_hash {
			ensure!(!PatientByIdentifier::<T>::contains_key(hash), Error::<T>::IdentifierInUse);
		}
		Self::check_key(&encryption_key)?;

		if let Some(hash) = identifier_hash {
			PatientByIdentifier::<T>::insert(hash, &patient);
		}
		Self::insert_new_participant(&patient, Role::Patient, encryption_key, identifier_hash);
		Self::deposit_event(Event::PatientRegistered { patient, registered_by });
		Ok(())
	}

	pub(crate) fn remove_affiliation(hospital: &T::AccountId, physician: &T::AccountId) {
		HospitalPhysicians::<T>::mutate_exists(hospital, |list| remove_from(list, physician));
		PhysicianHospitals::<T>::mutate_exists(physician, |list| remove_from(list, hospital));
	}

	pub(crate) fn unlink_guardian(patient: &T::AccountId, guardian: &T::AccountId) {
		Guardians::<T>::mutate_exists(patient, |list| remove_from(list, guardian));
		Wards::<T>::mutate_exists(guardian, |list| remove_from(list, patient));
	}

	/// Ends every guardianship `who` is in, either side; returns how many of each it ended.
	pub(crate) fn remove_guardianships(who: &T::AccountId) -> (u32, u32) {
		let guardians = Guardians::<T>::get(who);
		for guardian in &guardians {
			Self::unlink_guardian(who, guardian);
		}
		let wards = Wards::<T>::get(who);
		for ward in &wards {
			Self::unlink_guardian(ward, who);
		}
		(guardians.len() as u32, wards.len() as u32)
	}

	/// Everything the registry holds about `who`, for the runtime API.
	pub fn profile(who: &T::AccountId) -> Option<Profile<T::AccountId, BlockNumberFor<T>>> {
		let participant = Participants::<T>::get(who)?;
		let device = Devices::<T>::get(who).map(|device| DeviceInfo {
			patient: device.patient,
			hospital: device.hospital,
			kind: device.kind,
			signing_key: device.signing_key.into_inner(),
		});
		let retired_keys = [KeyPurpose::Encryption, KeyPurpose::Signing]
			.into_iter()
			.flat_map(|purpose| {
				RetiredKeys::<T>::get(who, purpose).into_iter().map(move |retired| RetiredKeyInfo {
					purpose,
					key: retired.key.into_inner(),
					retired_at: retired.retired_at,
				})
			})
			.collect();
		Some(Profile {
			role: participant.role,
			status: participant.status,
			registered_at: participant.registered_at,
			encryption_key: participant.encryption_key.into_inner(),
			identifier_hash: participant.identifier_hash,
			hospitals: PhysicianHospitals::<T>::get(who).into_inner(),
			physicians: HospitalPhysicians::<T>::get(who).into_inner(),
			devices: PatientDevices::<T>::get(who).into_inner(),
			guardians: Guardians::<T>::get(who).into_inner(),
			wards: Wards::<T>::get(who).into_inner(),
			device,
			retired_keys,
		})
	}

	/// The patient holding `identifier_hash`, for the runtime API.
	pub fn patient_by_identifier(identifier_hash: H256) -> Option<T::AccountId> {
		PatientByIdentifier::<T>::get(identifier_hash)
	}
}

/// Removes `item` from a stored list, and the list itself once it is empty, so that no empty
/// list is ever stored (`do_try_state` checks this).
pub(crate) fn remove_from<A: PartialEq, S: Get<u32>>(
	list: &mut Option<BoundedVec<A, S>>,
	item: &A,
) {
	if let Some(items) = list {
		items.retain(|i| i != item);
		if items.is_empty() {
			*list = None;
		}
	}
}
