//! A minimal runtime for consent's tests: accounts are `u64`, governance is root, the registry
//! is the small in-memory stand-in from `carechain_primitives::testing`, and every bound is small
//! so that tests reach it.

use crate as pallet_consent;
use carechain_primitives::registry::RegistrySetup;
pub use carechain_primitives::testing::MockRegistry;
use frame_support::{derive_impl, parameter_types, traits::Hooks};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

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
	type MaxUnreviewedEmergencies = frame_support::traits::ConstU32<2>;
	type MaxAuditEntries = MaxAuditEntries;
	type WeightInfo = ();
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
		MockRegistry::add_device(&DEVICE, &PATIENT, &HOSPITAL, &[]);

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
