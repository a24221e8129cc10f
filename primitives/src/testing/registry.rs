//! A small in-memory registry for other pallets' unit tests (std only): accounts are
//! `u64`, and tests set roles, statuses, affiliations and guardians directly. It implements
//! [`ParticipantRegistry`] as the registry pallet does (a device is active only while its
//! hospital is) and [`RegistrySetup`] for benchmarks run as tests.

use crate::registry::{ParticipantRegistry, RegistrySetup, Role, Status};
use core::cell::RefCell;
use std::collections::BTreeMap;

/// A participant as the stand-in registry knows it.
#[derive(Clone)]
struct Entry {
	role: Role,
	status: Status,
	/// A physician's hospitals, or a device's hospital.
	hospitals: Vec<u64>,
	/// A device's patient.
	patient: Option<u64>,
	/// A patient's guardians.
	guardians: Vec<u64>,
	/// A device's signing key.
	signing_key: Option<Vec<u8>>,
}

thread_local! {
	// Each test runs on its own thread: a fresh registry per test.
	static PARTICIPANTS: RefCell<BTreeMap<u64, Entry>> = const { RefCell::new(BTreeMap::new()) };
}

/// The in-memory registry.
pub struct MockRegistry;

impl MockRegistry {
	fn get(who: &u64) -> Option<Entry> {
		PARTICIPANTS.with(|p| p.borrow().get(who).cloned())
	}

	fn put(who: u64, role: Role) {
		let entry = Entry {
			role,
			status: Status::Active,
			hospitals: vec![],
			patient: None,
			guardians: vec![],
			signing_key: None,
		};
		PARTICIPANTS.with(|p| p.borrow_mut().insert(who, entry));
	}

	fn update(who: &u64, f: impl FnOnce(&mut Entry)) {
		PARTICIPANTS.with(|p| f(p.borrow_mut().get_mut(who).expect("registered in the test")));
	}

	/// Sets the status of a registered participant.
	pub fn set_status(who: u64, status: Status) {
		Self::update(&who, |e| e.status = status);
	}

	/// Ends a physician's affiliation with a hospital.
	pub fn disaffiliate(physician: u64, hospital: u64) {
		Self::update(&physician, |e| e.hospitals.retain(|h| *h != hospital));
	}

	/// Ends a guardianship.
	pub fn remove_guardian(patient: u64, guardian: u64) {
		Self::update(&patient, |e| e.guardians.retain(|g| *g != guardian));
	}
}

impl ParticipantRegistry<u64> for MockRegistry {
	fn role_of(who: &u64) -> Option<Role> {
		Self::get(who).map(|e| e.role)
	}

	fn is_active(who: &u64) -> bool {
		let Some(entry) = Self::get(who) else { return false };
		entry.status == Status::Active
			&& (entry.role != Role::Device || entry.hospitals.iter().all(Self::is_active))
	}

	fn is_active_in(physician: &u64, hospital: &u64) -> bool {
		Self::role_of(physician) == Some(Role::Physician)
			&& Self::is_active(physician)
			&& Self::role_of(hospital) == Some(Role::Hospital)
			&& Self::is_active(hospital)
			&& Self::hospitals_of(physician).contains(hospital)
	}

	fn hospitals_of(physician: &u64) -> Vec<u64> {
		Self::get(physician)
			.filter(|e| e.role == Role::Physician)
			.map(|e| e.hospitals)
			.unwrap_or_default()
	}

	fn hospital_of(device: &u64) -> Option<u64> {
		Self::get(device)
			.filter(|e| e.role == Role::Device)
			.and_then(|e| e.hospitals.first().copied())
	}

	fn patient_of(device: &u64) -> Option<u64> {
		Self::get(device).and_then(|e| e.patient)
	}

	/// Every registered participant has one: a stand-in, its id's bytes.
	fn encryption_key(who: &u64) -> Option<Vec<u8>> {
		Self::get(who).map(|_| who.to_le_bytes().to_vec())
	}

	fn signing_key(device: &u64) -> Option<Vec<u8>> {
		Self::get(device).and_then(|e| e.signing_key)
	}

	fn is_guardian(patient: &u64, who: &u64) -> bool {
		Self::guardians_of(patient).contains(who)
	}

	fn guardians_of(patient: &u64) -> Vec<u64> {
		Self::get(patient).map(|e| e.guardians).unwrap_or_default()
	}
}

impl RegistrySetup<u64> for MockRegistry {
	fn add_hospital(hospital: &u64) {
		Self::put(*hospital, Role::Hospital);
	}

	fn add_physician(physician: &u64, hospital: &u64) {
		Self::put(*physician, Role::Physician);
		Self::affiliate(physician, hospital);
	}

	fn affiliate(physician: &u64, hospital: &u64) {
		Self::update(physician, |e| e.hospitals.push(*hospital));
	}

	fn add_patient(patient: &u64) {
		Self::put(*patient, Role::Patient);
	}

	fn add_guardian(patient: &u64, guardian: &u64) {
		Self::update(patient, |e| e.guardians.push(*guardian));
	}

	fn add_device(device: &u64, patient: &u64, hospital: &u64, signing_key: &[u8]) {
		Self::put(*device, Role::Device);
		Self::update(device, |e| {
			e.patient = Some(*patient);
			e.hospitals = vec![*hospital];
			e.signing_key = Some(signing_key.to_vec());
		});
	}

	fn max_hospitals_per_physician() -> u32 {
		2
	}

	fn max_guardians() -> u32 {
		2
	}
}
