//! The lifecycle of participants, as the registry's calls change it: moving a device, rotating
//! a key, suspending, reactivating and revoking. Each call in `lib.rs` (whose docs say who may
//! call it) hands its origin and arguments here unchanged.

use super::*;

impl<T: Config> Pallet<T> {
	/// The body of [`Pallet::move_device`].
	pub(crate) fn do_move_device(
		origin: OriginFor<T>,
		device: T::AccountId,
		patient: T::AccountId,
		hospital: T::AccountId,
	) -> DispatchResult {
		let manager = Self::manager(origin)?;
		let participant = Participants::<T>::get(&device).ok_or(Error::<T>::NotRegistered)?;
		let mut record = Devices::<T>::get(&device).ok_or(Error::<T>::NotDevice)?;
		ensure!(participant.status != Status::Revoked, Error::<T>::AlreadyRevoked);
		if let Manager::Account(caller) = &manager {
			ensure!(*caller == record.hospital, Error::<T>::NotPermitted);
			Self::ensure_active_role(caller, Role::Hospital)?;
		}
		Self::ensure_active_role(&patient, Role::Patient)?;
		Self::ensure_active_role(&hospital, Role::Hospital)?;
		ensure!(
			record.patient != patient || record.hospital != hospital,
			Error::<T>::DeviceUnchanged
		);
		if record.patient != patient {
			let mut new_devices = PatientDevices::<T>::get(&patient);
			new_devices.try_push(device.clone()).map_err(|_| Error::<T>::TooManyDevices)?;
			PatientDevices::<T>::mutate(&record.patient, |devices| {
				devices.retain(|d| *d != device)
			});
			PatientDevices::<T>::insert(&patient, new_devices);
		}

		record.patient = patient.clone();
		record.hospital = hospital.clone();
		Devices::<T>::insert(&device, record);
		Self::deposit_event(Event::DeviceMoved { device, patient, hospital });
		Ok(())
	}

	/// The body of [`Pallet::rotate_key`].
	pub(crate) fn do_rotate_key(
		origin: OriginFor<T>,
		purpose: KeyPurpose,
		new_key: KeyOf<T>,
	) -> DispatchResult {
		let who = ensure_signed(origin)?;
		let participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(participant.status != Status::Revoked, Error::<T>::AlreadyRevoked);
		match purpose {
			KeyPurpose::Encryption => Self::replace_key(&who, participant, None, new_key),
			KeyPurpose::Signing => {
				ensure!(Devices::<T>::contains_key(&who), Error::<T>::NotDevice);
				// A stolen device account alone must not be enough to sign readings.
				Err(Error::<T>::SigningKeyByHospital.into())
			},
		}
	}

	/// The body of [`Pallet::rotate_device_key`].
	pub(crate) fn do_rotate_device_key(
		origin: OriginFor<T>,
		device: T::AccountId,
		new_key: KeyOf<T>,
	) -> DispatchResult {
		let manager = Self::manager(origin)?;
		let participant = Participants::<T>::get(&device).ok_or(Error::<T>::NotRegistered)?;
		let record = Devices::<T>::get(&device).ok_or(Error::<T>::NotDevice)?;
		ensure!(participant.status != Status::Revoked, Error::<T>::AlreadyRevoked);
		if let Manager::Account(caller) = &manager {
			ensure!(*caller == record.hospital, Error::<T>::NotPermitted);
			Self::ensure_active_role(caller, Role::Hospital)?;
		}
		Self::replace_key(&device, participant, Some(record), new_key)
	}

	/// Replaces `who`'s key with `new_key`: its device's signing key if `device` is given, else
	/// its encryption key; the old key goes to its history (the oldest dropped when full).
	fn replace_key(
		who: &T::AccountId,
		mut participant: ParticipantOf<T>,
		mut device: Option<DeviceOf<T>>,
		new_key: KeyOf<T>,
	) -> DispatchResult {
		let (purpose, current) = match &device {
			Some(device) => (KeyPurpose::Signing, &device.signing_key),
			None => (KeyPurpose::Encryption, &participant.encryption_key),
		};
		ensure!(*current != new_key, Error::<T>::KeyUnchanged);
		match purpose {
			KeyPurpose::Signing => Self::check_signing_key(&new_key)?,
			KeyPurpose::Encryption => Self::check_key(&new_key)?,
		}

		let retired = RetiredKey {
			key: current.clone(),
			retired_at: frame_system::Pallet::<T>::block_number(),
		};
		let mut history = RetiredKeys::<T>::get(who, purpose);
		if history.is_full() {
			history.remove(0);
		}
		// Room was made above when the history was full.
		history.force_push(retired);
		RetiredKeys::<T>::insert(who, purpose, history);
		match device.as_mut() {
			Some(device) => {
				device.signing_key = new_key;
				Devices::<T>::insert(who, device);
			},
			None => {
				participant.encryption_key = new_key;
				Participants::<T>::insert(who, participant);
			},
		}
		Self::deposit_event(Event::KeyRotated { who: who.clone(), purpose });
		Ok(())
	}

	/// The body of [`Pallet::suspend`].
	pub(crate) fn do_suspend(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
		let manager = Self::manager(origin)?;
		let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
		match participant.status {
			Status::Revoked => return Err(Error::<T>::AlreadyRevoked.into()),
			Status::Suspended => return Err(Error::<T>::AlreadySuspended.into()),
			Status::Active => {},
		}
		let by = match manager {
			Manager::Governance => None,
			Manager::Account(caller) => {
				Self::ensure_active_role(&caller, Role::Hospital)?;
				ensure!(
					Self::hospital_manages(&caller, &who, participant.role),
					Error::<T>::NotPermitted
				);
				Some(caller)
			},
		};

		participant.status = Status::Suspended;
		participant.suspended_by = by.clone();
		Participants::<T>::insert(&who, participant);
		Self::deposit_event(Event::ParticipantSuspended { who, by });
		Ok(())
	}

	/// The body of [`Pallet::reactivate`].
	pub(crate) fn do_reactivate(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
		let manager = Self::manager(origin)?;
		let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(participant.status == Status::Suspended, Error::<T>::NotSuspended);
		if let Manager::Account(caller) = manager {
			ensure!(participant.suspended_by.as_ref() == Some(&caller), Error::<T>::NotPermitted);
			Self::ensure_active_role(&caller, Role::Hospital)?;
		}

		participant.status = Status::Active;
		participant.suspended_by = None;
		Participants::<T>::insert(&who, participant);
		Self::deposit_event(Event::ParticipantReactivated { who });
		Ok(())
	}

	/// The body of [`Pallet::revoke`].
	pub(crate) fn do_revoke(origin: OriginFor<T>, who: T::AccountId) -> DispatchResultWithPostInfo {
		let manager = Self::manager(origin)?;
		let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(participant.status != Status::Revoked, Error::<T>::AlreadyRevoked);
		if let Manager::Account(caller) = &manager {
			let own_device = participant.role == Role::Device
				&& Devices::<T>::get(&who).is_some_and(|device| device.hospital == *caller)
				&& Self::ensure_active_role(caller, Role::Hospital).is_ok();
			let itself = *caller == who && participant.role != Role::Hospital;
			ensure!(own_device || itself, Error::<T>::NotPermitted);
		}

		participant.status = Status::Revoked;
		participant.suspended_by = None;
		let weight = match participant.role {
			Role::Hospital => {
				let physicians = HospitalPhysicians::<T>::get(&who);
				for physician in &physicians {
					Self::remove_affiliation(&who, physician);
				}
				T::WeightInfo::revoke_hospital(physicians.len() as u32)
			},
			Role::Physician => {
				let hospitals = PhysicianHospitals::<T>::get(&who);
				for hospital in &hospitals {
					Self::remove_affiliation(hospital, &who);
				}
				// A physician may also be a guardian.
				let (guardians, wards) = Self::remove_guardianships(&who);
				T::WeightInfo::revoke_physician(hospitals.len() as u32)
					.saturating_add(T::WeightInfo::revoke_patient(guardians, wards))
			},
			Role::Patient => {
				if let Some(hash) = participant.identifier_hash.take() {
					PatientByIdentifier::<T>::remove(hash);
				}
				let (guardians, wards) = Self::remove_guardianships(&who);
				T::WeightInfo::revoke_patient(guardians, wards)
			},
			Role::Device => {
				if let Some(device) = Devices::<T>::get(&who) {
					PatientDevices::<T>::mutate(&device.patient, |devices| {
						devices.retain(|d| *d != who)
					});
				}
				T::WeightInfo::revoke_device()
			},
		};
		Participants::<T>::insert(&who, participant);
		Self::deposit_event(Event::ParticipantRevoked { who });
		Ok(Some(weight).into())
	}
}
