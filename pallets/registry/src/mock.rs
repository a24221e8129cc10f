//! A minimal runtime for the registry's tests: accounts are `u64`, governance is root, and every
//! bound is small so that tests reach it.

use crate as pallet_registry;
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

	#[runtime::pallet_index(10)]
	pub type Registry = pallet_registry;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MinKeyBits: u32 = 2048;
	/// Room for the 8192-bit test key, so that the "too large" branch is reachable.
	pub const MaxKeyLength: u32 = 1100;
	pub const MaxKeyHistory: u32 = 2;
	pub const MaxPhysiciansPerHospital: u32 = 3;
	pub const MaxHospitalsPerPhysician: u32 = 2;
	pub const MaxDevicesPerPatient: u32 = 2;
	pub const MaxGuardians: u32 = 2;
	pub const MaxWards: u32 = 2;
}

impl pallet_registry::Config for Test {
	type HospitalOrigin = EnsureRoot<u64>;
	type MinKeyBits = MinKeyBits;
	type MaxKeyLength = MaxKeyLength;
	type MaxKeyHistory = MaxKeyHistory;
	type MaxPhysiciansPerHospital = MaxPhysiciansPerHospital;
	type MaxHospitalsPerPhysician = MaxHospitalsPerPhysician;
	type MaxDevicesPerPatient = MaxDevicesPerPatient;
	type MaxGuardians = MaxGuardians;
	type MaxWards = MaxWards;
	type WeightInfo = ();
}

/// Builds test externalities, and runs tests in them with the pallet's invariants checked after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Fresh storage at block 1 (events are only kept from block 1 on).
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the registry's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			<Registry as Hooks<u64>>::integrity_test();
			test();
			Registry::do_try_state().expect("the registry's invariants hold after the test");
		})
	}
}
