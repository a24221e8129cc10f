//! A minimal runtime for intrusion detection's tests: accounts are `u64`, governance is root,
//! the registry is the in-memory stand-in from `carechain_primitives::testing`, time comes from
//! the timestamp pallet, and the detector has the paper's parameters with a floor of 20 ms (the
//! paper's Table 1 intervals are all above it) and a pause factor of 2. A remark of 8 bytes says when it was sent (little-endian ms), as the runtime's anchors do;
//! devices may sign anything but `utility`'s calls, as in the runtime. Each of the two hospitals
//! owns one member node (the stand-in `MockNodeOwners`).

use crate as pallet_intrusion_detection;
pub use carechain_primitives::testing::{MockNodeOwners, MockRegistry};
use carechain_primitives::{intrusion::NodeOwnersSetup, registry::RegistrySetup};
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, Contains, Hooks},
};
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

	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(13)]
	pub type IntrusionDetection = pallet_intrusion_detection;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

impl pallet_utility::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = ();
}

/// The floor, ms.
pub const FLOOR_MS: u32 = 20;
/// How far back a transaction may say it was sent, ms.
pub const MAX_SEND_DELAY: u64 = 300_000;

/// How far ahead of the block's time a device's clock may run, ms.
pub const MAX_CLOCK_DRIFT: u64 = 30_000;

/// A remark of exactly 8 bytes says when it was sent.
pub struct RemarkTime;
impl pallet_intrusion_detection::SentAt<RuntimeCall> for RemarkTime {
	fn sent_at(call: &RuntimeCall) -> Option<u64> {
		match call {
			RuntimeCall::System(frame_system::Call::remark { remark }) => {
				Some(u64::from_le_bytes(remark.as_slice().try_into().ok()?))
			},
			_ => None,
		}
	}
}

/// Devices sign no batches.
pub struct NoBatches;
impl Contains<RuntimeCall> for NoBatches {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::Utility(_))
	}
}

/// The most reports kept per node.
pub const MAX_NODE_REPORTS: u32 = 3;
/// A monitor's reports' priority.
pub const REPORT_PRIORITY: u64 = 1 << 40;
/// The most reports of one monitor in a block.
pub const MAX_REPORTS_PER_BLOCK: u32 = 2;

frame_support::parameter_types! {
	/// The largest pause factor the paper's parameters allow (10 intervals, 75 %): with 3, two
	/// gaps just short of pauses could make a device's usual rate a flood. A test sets it out of
	/// bounds to see the integrity test refuse it.
	pub static PauseFactor: u32 = 2;
	/// The most reports of one monitor in a block; a test sets 0 to see the integrity test
	/// refuse it.
	pub static ReportsPerBlock: u32 = MAX_REPORTS_PER_BLOCK;
}

impl pallet_intrusion_detection::Config for Test {
	type Registry = MockRegistry;
	type AdminOrigin = EnsureRoot<u64>;
	type Time = Timestamp;
	type BaselineIntervals = ConstU32<10>;
	type WindowIntervals = ConstU32<10>;
	type ThresholdPercent = ConstU32<75>;
	type FloorMs = ConstU32<FLOOR_MS>;
	type PauseFactor = PauseFactor;
	type MaxSendDelay = ConstU64<MAX_SEND_DELAY>;
	type MaxClockDrift = ConstU64<MAX_CLOCK_DRIFT>;
	type SentAt = RemarkTime;
	type DeviceCalls = NoBatches;
	type MaxObservationsPerReport = ConstU32<30>;
	type NodeOwners = MockNodeOwners;
	type MaxNodeIdLength = ConstU32<64>;
	type MaxNodeReports = ConstU32<MAX_NODE_REPORTS>;
	type ReportPriority = ConstU64<REPORT_PRIORITY>;
	type MaxReportsPerBlock = ReportsPerBlock;
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
	/// A patient.
	pub const PATIENT: u64 = 20;
	/// Devices of `HOSPITAL` monitoring `PATIENT`: the paper's nodes N1–N5.
	pub const DEVICES: [u64; 5] = [31, 32, 33, 34, 35];
	/// An account governance makes a monitor in some tests.
	pub const GATEWAY: u64 = 40;
	/// `HOSPITAL`'s member node (a peer id's bytes).
	pub const HOSPITAL_NODE: &[u8] = b"hospital-node";
	/// `OTHER_HOSPITAL`'s member node.
	pub const OTHER_NODE: &[u8] = b"other-node";
}

/// Builds test externalities with the cast registered, and runs tests in them with the
/// pallet's invariants checked after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Fresh storage at block 1 with a timestamp, the cast registered.
	pub fn build(self) -> sp_io::TestExternalities {
		use cast::*;
		MockRegistry::add_hospital(&HOSPITAL);
		MockRegistry::add_hospital(&OTHER_HOSPITAL);
		MockRegistry::add_physician(&PHYSICIAN, &HOSPITAL);
		MockRegistry::add_patient(&PATIENT);
		for device in DEVICES {
			MockRegistry::add_device(&device, &PATIENT, &HOSPITAL, &[]);
		}
		MockNodeOwners::set_owner(HOSPITAL_NODE, &HOSPITAL);
		MockNodeOwners::set_owner(OTHER_NODE, &OTHER_HOSPITAL);
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Timestamp::set_timestamp(1_700_000_000_000);
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			<IntrusionDetection as Hooks<u64>>::integrity_test();
			test();
			IntrusionDetection::do_try_state().expect("the invariants hold after the test");
		})
	}
}
