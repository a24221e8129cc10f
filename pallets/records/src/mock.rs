//! A minimal runtime for the records pallet's tests: accounts are `u64`; the registry is the
//! in-memory stand-in from `carechain_primitives::testing`; consent is the real consent pallet
//! over it (so tests grant, revoke and read the audit trail as the runtime does); timestamps
//! come from the timestamp pallet.

use crate as pallet_records;
use carechain_primitives::registry::RegistrySetup;
pub use carechain_primitives::testing::keys as test_keys;
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

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(11)]
	pub type Consent = pallet_consent;

	#[runtime::pallet_index(12)]
	pub type Records = pallet_records;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

parameter_types! {
	pub const MaxGrantDuration: u64 = 1_000;
	pub const EmergencyAccessPeriod: u64 = 10;
}

impl pallet_consent::Config for Test {
	type Registry = MockRegistry;
	type ReviewOrigin = EnsureRoot<u64>;
	type MaxGrantsPerPatient = frame_support::traits::ConstU32<4>;
	type MaxGrantDuration = MaxGrantDuration;
	type MaxExpiriesPerBlock = frame_support::traits::ConstU32<4>;
	type ExpirySearchWindow = frame_support::traits::ConstU32<2>;
	type EmergencyAccessPeriod = EmergencyAccessPeriod;
	type MaxUnreviewedEmergencies = frame_support::traits::ConstU32<2>;
	type MaxAuditEntries = frame_support::traits::ConstU32<8>;
	type WeightInfo = ();
}

impl pallet_records::Config for Test {
	type Registry = MockRegistry;
	type Consent = Consent;
	type Time = Timestamp;
	type MaxLocatorLength = frame_support::traits::ConstU32<64>;
	type MaxClockDrift = frame_support::traits::ConstU64<MAX_CLOCK_DRIFT>;
	type MaxWrappedKeyLength = frame_support::traits::ConstU32<512>;
	type MaxReadersPerRotation = frame_support::traits::ConstU32<3>;
	type MaxCustodians = frame_support::traits::ConstU32<4>;
	type MinCustodyThreshold = frame_support::traits::ConstU32<2>;
	type ReleaseWindow = frame_support::traits::ConstU64<5>;
	type MaxOpenReads = frame_support::traits::ConstU32<2>;
	type MaxBatchReadings = frame_support::traits::ConstU32<64>;
	type WeightInfo = ();
}

/// The accounts of the standard cast.
pub mod cast {
	/// A hospital.
	pub const HOSPITAL: u64 = 1;
	/// A second hospital.
	pub const HOSPITAL_2: u64 = 2;
	/// A third hospital.
	pub const HOSPITAL_3: u64 = 3;
	/// A physician of `HOSPITAL`.
	pub const PHYSICIAN: u64 = 10;
	/// Another physician of `HOSPITAL`.
	pub const COLLEAGUE: u64 = 11;
	/// A patient.
	pub const PATIENT: u64 = 20;
	/// Another patient, also `PATIENT`'s guardian.
	pub const GUARDIAN: u64 = 21;
	/// A third patient, unrelated.
	pub const STRANGER: u64 = 22;
	/// A device monitoring `PATIENT`, with the 2048-bit test signing key.
	pub const DEVICE: u64 = 30;
	/// A device monitoring `PATIENT`, with the 4096-bit test signing key.
	pub const DEVICE_4096: u64 = 31;
	/// A device monitoring `STRANGER`, with the 2048-bit test signing key.
	pub const OTHER_DEVICE: u64 = 32;
	/// An account the registry does not know.
	pub const NOBODY: u64 = 99;
}

/// Builds test externalities with the standard cast registered, and runs tests in them with the
/// pallets' invariants checked after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Fresh storage at block 1 with a timestamp, the cast registered.
	pub fn build(self) -> sp_io::TestExternalities {
		use cast::*;
		MockRegistry::add_hospital(&HOSPITAL);
		MockRegistry::add_hospital(&HOSPITAL_2);
		MockRegistry::add_hospital(&HOSPITAL_3);
		MockRegistry::add_physician(&PHYSICIAN, &HOSPITAL);
		MockRegistry::add_physician(&COLLEAGUE, &HOSPITAL);
		MockRegistry::add_patient(&PATIENT);
		MockRegistry::add_patient(&GUARDIAN);
		MockRegistry::add_patient(&STRANGER);
		MockRegistry::add_guardian(&PATIENT, &GUARDIAN);
		MockRegistry::add_device(&DEVICE, &PATIENT, &HOSPITAL, test_keys::DEVICE_2048);
		MockRegistry::add_device(&DEVICE_4096, &PATIENT, &HOSPITAL, test_keys::DEVICE_4096);
		MockRegistry::add_device(&OTHER_DEVICE, &STRANGER, &HOSPITAL, test_keys::DEVICE_2048);

		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Timestamp::set_timestamp(1_700_000_000_000);
		});
		ext
	}

	/// Runs `test`, then checks the records' invariants (consent's own tests check its).
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			<Records as Hooks<u64>>::integrity_test();
			test();
			Records::do_try_state().expect("the records' invariants hold after the test");
		})
	}
}

/// How far after the block's time a reading may say it was taken, ms.
pub const MAX_CLOCK_DRIFT: u64 = 30_000;
