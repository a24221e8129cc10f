//! The registry's invariants, checked after every unit test and by try-runtime against a real
//! chain's state.

use super::*;

impl<T: Config> Pallet<T> {
	/// Checks the registry's invariants: every cross-index agrees with its inverse, every listed
	/// account has the role its list implies, and identifier hashes point at their patients.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let role = |who: &T::AccountId| Participants::<T>::get(who).map(|p| p.role);

		for (hospital, physicians) in HospitalPhysicians::<T>::iter() {
			ensure!(role(&hospital) == Some(Role::Hospital), "a physician list of a non-hospital");
			ensure!(!physicians.is_empty(), "an empty physician list is stored");
			for physician in &physicians {
				ensure!(role(physician) == Some(Role::Physician), "a listed physician is not one");
				ensure!(
					PhysicianHospitals::<T>::get(physician).contains(&hospital),
					"hospital -> physician without physician -> hospital"
				);
			}
		}
		for (physician, hospital, _) in AffiliationOffers::<T>::iter() {
			ensure!(role(&physician) == Some(Role::Physician), "an offer to a non-physician");
			ensure!(role(&hospital) == Some(Role::Hospital), "an offer by a non-hospital");
			ensure!(
				!HospitalPhysicians::<T>::get(&hospital).contains(&physician),
				"an offer to a physician already affiliated"
			);
		}
		for (physician, hospitals) in PhysicianHospitals::<T>::iter() {
			ensure!(!hospitals.is_empty(), "an empty hospital list is stored");
			for hospital in &hospitals {
				ensure!(
					HospitalPhysicians::<T>::get(hospital).contains(&physician),
					"physician -> hospital without hospital -> physician"
				);
			}
		}
		for (patient, devices) in PatientDevices::<T>::iter() {
			ensure!(role(&patient) == Some(Role::Patient), "a device list of a non-patient");
			for device in &devices {
				let record = Devices::<T>::get(device).ok_or("a listed device has no record")?;
				ensure!(record.patient == patient, "patient -> device without device -> patient");
				let status = Participants::<T>::get(device).map(|p| p.status);
				ensure!(status != Some(Status::Revoked), "a revoked device is still listed");
			}
		}
		for (device, record) in Devices::<T>::iter() {
			let participant = Participants::<T>::get(&device).ok_or("a device record alone")?;
			ensure!(participant.role == Role::Device, "a device record of a non-device");
			ensure!(
				role(&record.hospital) == Some(Role::Hospital),
				"a device's hospital is not one"
			);
			ensure!(
				PatientDevices::<T>::get(&record.patient).contains(&device)
					== (participant.status != Status::Revoked),
				"device -> patient without patient -> device"
			);
		}
		for (patient, guardians) in Guardians::<T>::iter() {
			ensure!(!guardians.is_empty(), "an empty guardian list is stored");
			for guardian in &guardians {
				ensure!(
					Wards::<T>::get(guardian).contains(&patient),
					"patient -> guardian without guardian -> patient"
				);
			}
		}
		for (guardian, wards) in Wards::<T>::iter() {
			ensure!(!wards.is_empty(), "an empty ward list is stored");
			for patient in &wards {
				ensure!(
					Guardians::<T>::get(patient).contains(&guardian),
					"guardian -> patient without patient -> guardian"
				);
			}
		}
		for (hash, patient) in PatientByIdentifier::<T>::iter() {
			let participant = Participants::<T>::get(&patient).ok_or("an identifier of no one")?;
			ensure!(participant.identifier_hash == Some(hash), "identifier index disagrees");
		}
		let mut count = 0u32;
		for (who, participant) in Participants::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(
				frame_system::Pallet::<T>::providers(&who) > 0,
				"a participant's account exists without a balance: it has a provider reference"
			);
			ensure!(
				(participant.status == Status::Suspended) || participant.suspended_by.is_none(),
				"only a suspended participant names who suspended it"
			);
		}
		ensure!(count == Participants::<T>::count(), "the participant counter is off");
		Ok(())
	}
}
