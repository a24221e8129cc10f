//! How other pallets' benchmarks put participants in place (`RegistrySetup`), and the registry's
//! own benchmark helpers.

use super::*;

impl<T: Config> carechain_primitives::registry::RegistrySetup<T::AccountId> for Pallet<T> {
	fn add_hospital(hospital: &T::AccountId) {
		Self::put_for_benchmark(hospital, Role::Hospital);
	}

	fn add_physician(physician: &T::AccountId, hospital: &T::AccountId) {
		Self::put_for_benchmark(physician, Role::Physician);
		Self::affiliate(physician, hospital);
	}

	fn affiliate(physician: &T::AccountId, hospital: &T::AccountId) {
		HospitalPhysicians::<T>::mutate(hospital, |list| list.force_push(physician.clone()));
		PhysicianHospitals::<T>::mutate(physician, |list| list.force_push(hospital.clone()));
	}

	fn add_patient(patient: &T::AccountId) {
		Self::put_for_benchmark(patient, Role::Patient);
	}

	fn add_guardian(patient: &T::AccountId, guardian: &T::AccountId) {
		Guardians::<T>::mutate(patient, |list| list.force_push(guardian.clone()));
		Wards::<T>::mutate(guardian, |list| list.force_push(patient.clone()));
	}

	fn add_device(
		device: &T::AccountId,
		patient: &T::AccountId,
		hospital: &T::AccountId,
		signing_key: &[u8],
	) {
		Self::put_for_benchmark(device, Role::Device);
		Devices::<T>::insert(
			device,
			Device {
				patient: patient.clone(),
				hospital: hospital.clone(),
				kind: DeviceKind::Wearable,
				signing_key: signing_key
					.to_vec()
					.try_into()
					.expect("integrity_test: MaxKeyLength holds a 4096-bit key; qed"),
			},
		);
		PatientDevices::<T>::mutate(patient, |list| list.force_push(device.clone()));
	}

	fn max_hospitals_per_physician() -> u32 {
		T::MaxHospitalsPerPhysician::get()
	}

	fn max_guardians() -> u32 {
		T::MaxGuardians::get()
	}
}

impl<T: Config> Pallet<T> {
	pub(crate) fn benchmark_key() -> KeyOf<T> {
		carechain_primitives::testing::keys::RSA_2048_A
			.to_vec()
			.try_into()
			.expect("integrity_test: MaxKeyLength holds a 4096-bit key; qed")
	}

	pub(crate) fn put_for_benchmark(who: &T::AccountId, role: Role) {
		Self::insert_new_participant(who, role, Self::benchmark_key(), None);
	}
}
