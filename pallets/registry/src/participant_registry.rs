//! What the other pallets ask the registry ([`ParticipantRegistry`]): roles, standing,
//! affiliations, devices' hospitals and patients, keys and guardians.

use super::*;

impl<T: Config> ParticipantRegistry<T::AccountId> for Pallet<T> {
	fn role_of(who: &T::AccountId) -> Option<Role> {
		Participants::<T>::get(who).map(|participant| participant.role)
	}

	fn is_active(who: &T::AccountId) -> bool {
		let Some(participant) = Participants::<T>::get(who) else { return false };
		if participant.status != Status::Active {
			return false;
		}
		match participant.role {
			Role::Device => Devices::<T>::get(who).is_some_and(|device| {
				Self::ensure_active_role(&device.hospital, Role::Hospital).is_ok()
			}),
			_ => true,
		}
	}

	fn is_active_in(physician: &T::AccountId, hospital: &T::AccountId) -> bool {
		Self::ensure_active_role(physician, Role::Physician).is_ok()
			&& Self::ensure_active_role(hospital, Role::Hospital).is_ok()
			&& HospitalPhysicians::<T>::get(hospital).contains(physician)
	}

	fn hospitals_of(physician: &T::AccountId) -> Vec<T::AccountId> {
		PhysicianHospitals::<T>::get(physician).into_inner()
	}

	fn hospital_of(device: &T::AccountId) -> Option<T::AccountId> {
		Devices::<T>::get(device).map(|device| device.hospital)
	}

	fn patient_of(device: &T::AccountId) -> Option<T::AccountId> {
		Devices::<T>::get(device).map(|device| device.patient)
	}

	fn encryption_key(who: &T::AccountId) -> Option<Vec<u8>> {
		Participants::<T>::get(who).map(|participant| participant.encryption_key.into_inner())
	}

	fn signing_key(device: &T::AccountId) -> Option<Vec<u8>> {
		Devices::<T>::get(device).map(|device| device.signing_key.into_inner())
	}

	fn is_guardian(patient: &T::AccountId, who: &T::AccountId) -> bool {
		Guardians::<T>::get(patient).contains(who)
	}

	fn guardians_of(patient: &T::AccountId) -> Vec<T::AccountId> {
		Guardians::<T>::get(patient).into_inner()
	}
}
