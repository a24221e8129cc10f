//! A minimal runtime for consent's tests: accounts are `u64`, governance is root, the registry
//! is a small in-memory stand-in behind [`ParticipantRegistry`], and every bound is small so
//! that tests reach it.

use crate as pallet_consent;
use carechain_primitives::registry::{ParticipantRegistry, RegistrySetup, Role, Status};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::Hooks};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(11)]
	pub type Consent = pallet_consent;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MaxGrantsPerPatient: u32 = 4;
	pub const MaxGrantDuration: u64 = 1_000;
	pub const MaxExpiriesPerBlock: u32 = 2;
	pub const ExpirySearchWindow: u32 = 2;
	pub const EmergencyAccessPeriod: u64 = 10;
	pub const MaxAuditEntries: u32 = 3;
}

impl pallet_consent::Config for Test {
	type Registry = MockRegistry;
	type ReviewOrigin = EnsureRoot<u64>;
	type MaxGrantsPerPatient = MaxGrantsPerPatient;
	type MaxGrantDuration = MaxGrantDuration;
	type MaxExpiriesPerBlock = MaxExpiriesPerBlock;
	type ExpirySearchWindow = ExpirySearchWindow;
	type EmergencyAccessPeriod = EmergencyAccessPeriod;
	type MaxAuditEntries = MaxAuditEntries;
	type WeightInfo = ();
}

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
}

thread_local! {
	// Each test runs on its own thread: a fresh registry per test.
	static PARTICIPANTS: RefCell<BTreeMap<u64, Entry>> = RefCell::new(BTreeMap::new());
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

	fn encryption_key(_who: &u64) -> Option<Vec<u8>> {
		None
	}

	fn signing_key(_device: &u64) -> Option<Vec<u8>> {
		None
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

	fn add_device(device: &u64, patient: &u64, hospital: &u64) {
		Self::put(*device, Role::Device);
		Self::update(device, |e| {
			e.patient = Some(*patient);
			e.hospitals = vec![*hospital];
		});
	}

	fn max_hospitals_per_physician() -> u32 {
		2
	}

	fn max_guardians() -> u32 {
		2
	}
}

/// The accounts of the standard cast.
pub mod cast {
	/// A hospital.
	pub const HOSPITAL: u64 = 1;
	/// Another hospital.
	pub const OTHER_HOSPITAL: u64 = 2;
	/// A physician of `HOSPITAL`.
	pub const PHYSICIAN: u64 = 10;
	/// Another physician of `HOSPITAL`.
	pub const COLLEAGUE: u64 = 11;
	/// A physician of `OTHER_HOSPITAL` only.
	pub const OUTSIDER: u64 = 12;
	/// A patient.
	pub const PATIENT: u64 = 20;
	/// Another patient, also `PATIENT`'s guardian.
	pub const GUARDIAN: u64 = 21;
	/// A third patient, unrelated.
	pub const STRANGER: u64 = 22;
	/// A device monitoring `PATIENT`, under `HOSPITAL`.
	pub const DEVICE: u64 = 30;
	/// An account the registry does not know.
	pub const NOBODY: u64 = 99;
}

/// Builds test externalities with the standard cast registered, and runs tests in them with the
/// pallet's invariants checked after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Fresh storage at block 1 (events are only kept from block 1 on), the cast registered.
	pub fn build(self) -> sp_io::TestExternalities {
		use cast::*;
		MockRegistry::add_hospital(&HOSPITAL);
		MockRegistry::add_hospital(&OTHER_HOSPITAL);
		MockRegistry::add_physician(&PHYSICIAN, &HOSPITAL);
		MockRegistry::add_physician(&COLLEAGUE, &HOSPITAL);
		MockRegistry::add_physician(&OUTSIDER, &OTHER_HOSPITAL);
		MockRegistry::add_patient(&PATIENT);
		MockRegistry::add_patient(&GUARDIAN);
		MockRegistry::add_patient(&STRANGER);
		MockRegistry::add_guardian(&PATIENT, &GUARDIAN);
		MockRegistry::add_device(&DEVICE, &PATIENT, &HOSPITAL);

		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks consent's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			<Consent as Hooks<u64>>::integrity_test();
			test();
			Consent::do_try_state().expect("consent's invariants hold after the test");
		})
	}
}

/// Moves to block `n`, running consent's block-start hook in each block on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Consent as Hooks<u64>>::on_initialize(next);
	}
}
