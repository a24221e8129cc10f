//! Benchmarks of the registry's calls, each at its worst case: 4096-bit keys (the longest to
//! parse and store) and lists filled to their bounds.

use super::*;
use carechain_primitives::testing::keys::{RSA_4096_A, RSA_4096_B};
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::Zero;

const SEED: u32 = 0;

fn key<T: Config>(der: &[u8]) -> KeyOf<T> {
	der.to_vec().try_into().expect("integrity_test: MaxKeyLength holds a 4096-bit key; qed")
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// Stores an active participant directly: setup, not the code under measure.
fn put<T: Config>(name: &'static str, index: u32, role: Role) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	Participants::<T>::insert(
		&who,
		Participant {
			role,
			status: Status::Active,
			registered_at: Zero::zero(),
			encryption_key: key::<T>(RSA_4096_A),
			identifier_hash: None,
			suspended_by: None,
		},
	);
	who
}

fn affiliate<T: Config>(hospital: &T::AccountId, physician: &T::AccountId) {
	HospitalPhysicians::<T>::mutate(hospital, |list| list.force_push(physician.clone()));
	PhysicianHospitals::<T>::mutate(physician, |list| list.force_push(hospital.clone()));
}

/// A hospital with `count` physicians.
fn hospital_with_physicians<T: Config>(index: u32, count: u32) -> T::AccountId {
	let hospital = put::<T>("hospital", index, Role::Hospital);
	for i in 0..count {
		let physician =
			put::<T>("staff", index.saturating_mul(10_000).saturating_add(i), Role::Physician);
		affiliate::<T>(&hospital, &physician);
	}
	hospital
}

/// A physician affiliated with `count` hospitals, each of which has a full physician list.
fn physician_in_full_hospitals<T: Config>(count: u32) -> T::AccountId {
	let physician = put::<T>("physician", 0, Role::Physician);
	let others = T::MaxPhysiciansPerHospital::get().saturating_sub(1);
	for h in 0..count {
		let hospital = hospital_with_physicians::<T>(h.saturating_add(1), others);
		affiliate::<T>(&hospital, &physician);
	}
	physician
}

fn device_of<T: Config>(
	index: u32,
	patient: &T::AccountId,
	hospital: &T::AccountId,
) -> T::AccountId {
	let device = put::<T>("device", index, Role::Device);
	Devices::<T>::insert(
		&device,
		Device {
			patient: patient.clone(),
			hospital: hospital.clone(),
			kind: DeviceKind::Wearable,
			signing_key: key::<T>(RSA_4096_A),
		},
	);
	PatientDevices::<T>::mutate(patient, |list| list.force_push(device.clone()));
	device
}

/// A patient with `count` devices under `hospital`.
fn patient_with_devices<T: Config>(
	index: u32,
	hospital: &T::AccountId,
	count: u32,
) -> T::AccountId {
	let patient = put::<T>("patient", index, Role::Patient);
	for i in 0..count {
		device_of::<T>(index.saturating_mul(10_000).saturating_add(i), &patient, hospital);
	}
	patient
}

fn link_guardian<T: Config>(patient: &T::AccountId, guardian: &T::AccountId) {
	Guardians::<T>::mutate(patient, |list| list.force_push(guardian.clone()));
	Wards::<T>::mutate(guardian, |list| list.force_push(patient.clone()));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit_hospital() -> Result<(), BenchmarkError> {
		let origin =
			T::HospitalOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let hospital: T::AccountId = account("hospital", 0, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, hospital.clone(), key::<T>(RSA_4096_A));

		assert_last_event::<T>(Event::HospitalAdmitted { hospital });
		Ok(())
	}

	#[benchmark]
	fn register_physician() {
		let hospital =
			hospital_with_physicians::<T>(0, T::MaxPhysiciansPerHospital::get().saturating_sub(1));
		let physician: T::AccountId = account("physician", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), physician.clone(), key::<T>(RSA_4096_A));

		assert_last_event::<T>(Event::PhysicianRegistered { physician, hospital });
	}

	#[benchmark]
	fn affiliate_physician() {
		let physician =
			physician_in_full_hospitals::<T>(T::MaxHospitalsPerPhysician::get().saturating_sub(1));
		let hospital =
			hospital_with_physicians::<T>(0, T::MaxPhysiciansPerHospital::get().saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), physician.clone());

		assert_last_event::<T>(Event::AffiliationOffered { physician, hospital });
	}

	#[benchmark]
	fn accept_affiliation() -> Result<(), BenchmarkError> {
		let physician =
			physician_in_full_hospitals::<T>(T::MaxHospitalsPerPhysician::get().saturating_sub(1));
		let hospital =
			hospital_with_physicians::<T>(0, T::MaxPhysiciansPerHospital::get().saturating_sub(1));
		Pallet::<T>::affiliate_physician(
			RawOrigin::Signed(hospital.clone()).into(),
			physician.clone(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(physician.clone()), hospital.clone());

		assert_last_event::<T>(Event::PhysicianAffiliated { physician, hospital });
		Ok(())
	}

	#[benchmark]
	fn disaffiliate_physician() {
		let physician = physician_in_full_hospitals::<T>(T::MaxHospitalsPerPhysician::get());
		let hospital = PhysicianHospitals::<T>::get(&physician)[0].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), physician.clone());

		assert_last_event::<T>(Event::PhysicianDisaffiliated { physician, hospital });
	}

	#[benchmark]
	fn register_patient() {
		let patient: T::AccountId = account("patient", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), key::<T>(RSA_4096_A), Some(H256::repeat_byte(7)));

		assert_last_event::<T>(Event::PatientRegistered { patient, registered_by: None });
	}

	#[benchmark]
	fn register_device() {
		let hospital = put::<T>("hospital", 0, Role::Hospital);
		let patient = patient_with_devices::<T>(
			0,
			&hospital,
			T::MaxDevicesPerPatient::get().saturating_sub(1),
		);
		let device: T::AccountId = account("new-device", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(hospital.clone()),
			device.clone(),
			patient.clone(),
			DeviceKind::BedsideMonitor,
			key::<T>(RSA_4096_A),
			key::<T>(RSA_4096_B),
		);

		assert_last_event::<T>(Event::DeviceRegistered {
			device,
			patient,
			hospital,
			kind: DeviceKind::BedsideMonitor,
		});
	}

	#[benchmark]
	fn move_device() {
		let hospital = put::<T>("hospital", 0, Role::Hospital);
		let to_hospital = put::<T>("hospital", 1, Role::Hospital);
		let from = patient_with_devices::<T>(0, &hospital, T::MaxDevicesPerPatient::get());
		let to = patient_with_devices::<T>(
			1,
			&hospital,
			T::MaxDevicesPerPatient::get().saturating_sub(1),
		);
		let device = PatientDevices::<T>::get(&from)[0].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital), device.clone(), to.clone(), to_hospital.clone());

		assert_last_event::<T>(Event::DeviceMoved { device, patient: to, hospital: to_hospital });
	}

	#[benchmark]
	fn rotate_key() {
		// A patient's encryption key (a device's signing key is its hospital's to rotate), with
		// a full history to shift.
		let hospital = put::<T>("hospital", 0, Role::Hospital);
		let patient = patient_with_devices::<T>(0, &hospital, 1);
		let history: BoundedVec<_, T::MaxKeyHistory> = (0..T::MaxKeyHistory::get())
			.map(|_| RetiredKey { key: key::<T>(RSA_4096_B), retired_at: Zero::zero() })
			.collect::<Vec<_>>()
			.try_into()
			.expect("exactly MaxKeyHistory entries; qed");
		RetiredKeys::<T>::insert(&patient, KeyPurpose::Encryption, history);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), KeyPurpose::Encryption, key::<T>(RSA_4096_B));

		assert_last_event::<T>(Event::KeyRotated { who: patient, purpose: KeyPurpose::Encryption });
	}

	#[benchmark]
	fn rotate_device_key() {
		// The device's hospital replaces its signing key, with a full history to shift.
		let hospital = put::<T>("hospital", 0, Role::Hospital);
		let patient = patient_with_devices::<T>(0, &hospital, 1);
		let device = PatientDevices::<T>::get(&patient)[0].clone();
		let history: BoundedVec<_, T::MaxKeyHistory> = (0..T::MaxKeyHistory::get())
			.map(|_| RetiredKey { key: key::<T>(RSA_4096_B), retired_at: Zero::zero() })
			.collect::<Vec<_>>()
			.try_into()
			.expect("exactly MaxKeyHistory entries; qed");
		RetiredKeys::<T>::insert(&device, KeyPurpose::Signing, history);

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital), device.clone(), key::<T>(RSA_4096_B));

		assert_last_event::<T>(Event::KeyRotated { who: device, purpose: KeyPurpose::Signing });
	}

	#[benchmark]
	fn suspend() {
		// A hospital suspends what it manages chain-wide: its own device (the dearer branch,
		// which reads the device's record to check whose it is).
		let hospital = put::<T>("hospital", 0, Role::Hospital);
		let patient = patient_with_devices::<T>(0, &hospital, T::MaxDevicesPerPatient::get());
		let device = PatientDevices::<T>::get(&patient)
			.last()
			.cloned()
			.expect("the patient has devices; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), device.clone());

		assert_last_event::<T>(Event::ParticipantSuspended { who: device, by: Some(hospital) });
	}

	#[benchmark]
	fn reactivate() {
		let hospital = put::<T>("hospital", 0, Role::Hospital);
		let physician = put::<T>("physician", 0, Role::Physician);
		Participants::<T>::mutate(&physician, |participant| {
			if let Some(participant) = participant {
				participant.status = Status::Suspended;
				participant.suspended_by = Some(hospital.clone());
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital), physician.clone());

		assert_last_event::<T>(Event::ParticipantReactivated { who: physician });
	}

	/// Revoking a hospital ends the affiliations of its `p` physicians.
	#[benchmark]
	fn revoke_hospital(
		p: Linear<0, { T::MaxPhysiciansPerHospital::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::HospitalOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let hospital = hospital_with_physicians::<T>(0, p);

		#[extrinsic_call]
		revoke(origin as T::RuntimeOrigin, hospital.clone());

		assert_last_event::<T>(Event::ParticipantRevoked { who: hospital.clone() });
		ensure!(HospitalPhysicians::<T>::get(&hospital).is_empty(), "affiliations ended");
		Ok(())
	}

	/// Revoking a physician ends its affiliations with `h` hospitals, each with full lists.
	#[benchmark]
	fn revoke_physician(h: Linear<0, { T::MaxHospitalsPerPhysician::get() }>) {
		let physician = physician_in_full_hospitals::<T>(h);

		#[extrinsic_call]
		revoke(RawOrigin::Signed(physician.clone()), physician.clone());

		assert_last_event::<T>(Event::ParticipantRevoked { who: physician.clone() });
		assert!(PhysicianHospitals::<T>::get(&physician).is_empty());
	}

	/// Revoking a patient ends `g` guardianships over it and `w` it holds over others.
	#[benchmark]
	fn revoke_patient(
		g: Linear<0, { T::MaxGuardians::get() }>,
		w: Linear<0, { T::MaxWards::get() }>,
	) {
		let patient = put::<T>("patient", 0, Role::Patient);
		Participants::<T>::mutate(&patient, |participant| {
			if let Some(participant) = participant {
				participant.identifier_hash = Some(H256::repeat_byte(7));
			}
		});
		PatientByIdentifier::<T>::insert(H256::repeat_byte(7), &patient);
		for i in 0..g {
			let guardian = put::<T>("guardian", i, Role::Patient);
			link_guardian::<T>(&patient, &guardian);
		}
		for i in 0..w {
			let ward = put::<T>("ward", i, Role::Patient);
			link_guardian::<T>(&ward, &patient);
		}

		#[extrinsic_call]
		revoke(RawOrigin::Signed(patient.clone()), patient.clone());

		assert_last_event::<T>(Event::ParticipantRevoked { who: patient.clone() });
		assert!(Guardians::<T>::get(&patient).is_empty() && Wards::<T>::get(&patient).is_empty());
	}

	/// Revoking a device takes it off its patient's full device list.
	#[benchmark]
	fn revoke_device() {
		let hospital = put::<T>("hospital", 0, Role::Hospital);
		let patient = patient_with_devices::<T>(0, &hospital, T::MaxDevicesPerPatient::get());
		let device = PatientDevices::<T>::get(&patient)
			.last()
			.cloned()
			.expect("the patient has devices; qed");

		#[extrinsic_call]
		revoke(RawOrigin::Signed(hospital), device.clone());

		assert_last_event::<T>(Event::ParticipantRevoked { who: device.clone() });
		assert!(!PatientDevices::<T>::get(&patient).contains(&device));
	}

	#[benchmark]
	fn add_guardian() {
		let patient = put::<T>("patient", 0, Role::Patient);
		for i in 0..T::MaxGuardians::get().saturating_sub(1) {
			let other = put::<T>("guardian", i.saturating_add(1), Role::Patient);
			link_guardian::<T>(&patient, &other);
		}
		let guardian = put::<T>("guardian", 0, Role::Physician);
		for i in 0..T::MaxWards::get().saturating_sub(1) {
			let ward = put::<T>("ward", i, Role::Patient);
			link_guardian::<T>(&ward, &guardian);
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), guardian.clone());

		assert_last_event::<T>(Event::GuardianAdded { patient, guardian });
	}

	#[benchmark]
	fn remove_guardian() {
		let patient = put::<T>("patient", 0, Role::Patient);
		let guardian = put::<T>("guardian", 0, Role::Physician);
		for i in 0..T::MaxWards::get().saturating_sub(1) {
			let ward = put::<T>("ward", i, Role::Patient);
			link_guardian::<T>(&ward, &guardian);
		}
		for i in 0..T::MaxGuardians::get().saturating_sub(1) {
			let other = put::<T>("guardian", i.saturating_add(1), Role::Patient);
			link_guardian::<T>(&patient, &other);
		}
		link_guardian::<T>(&patient, &guardian);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), guardian.clone());

		assert_last_event::<T>(Event::GuardianRemoved { patient, guardian });
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
