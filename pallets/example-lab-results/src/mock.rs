//! The lab-results pallet's test runtime, on the testing kit: the kit's pallets (the real
//! registry, consent, records and intrusion detection, with production bounds) and this pallet.
//! Results are tested against real consent, so a grant, a revocation or an emergency access
//! decides exactly as on the chain.

use crate as pallet_example_lab_results;
use frame_support::traits::ConstU32;

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

	// The kit's pallets, at the production runtime's indices.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = carechain_testing::pallet_timestamp;
	#[runtime::pallet_index(4)]
	pub type Balances = carechain_testing::pallet_balances;
	#[runtime::pallet_index(10)]
	pub type Registry = carechain_testing::pallet_registry;
	#[runtime::pallet_index(11)]
	pub type Consent = carechain_testing::pallet_consent;
	#[runtime::pallet_index(12)]
	pub type Records = carechain_testing::pallet_records;
	#[runtime::pallet_index(13)]
	pub type IntrusionDetection = carechain_testing::pallet_intrusion_detection;

	// This pallet, at the index it would have in the runtime.
	#[runtime::pallet_index(60)]
	pub type LabResults = pallet_example_lab_results;
}

// The kit's pallets' configuration; this pallet's invariants checked after every test too.
carechain_testing::impl_carechain_configs!(Test, try_state: [LabResults::do_try_state]);

/// The most results per patient in tests: small, so that tests reach it.
pub const MAX_RESULTS: u32 = 3;

impl pallet_example_lab_results::Config for Test {
	type Registry = Registry;
	type AccessControl = Consent;
	type MaxResultsPerPatient = ConstU32<MAX_RESULTS>;
	type MaxOrderRefLength = ConstU32<16>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = GrantAppend;
}

/// The benchmarks' consent: a grant through the real consent pallet.
#[cfg(feature = "runtime-benchmarks")]
pub struct GrantAppend;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for GrantAppend {
	fn allow_append(patient: &u64, lab: &u64) {
		use carechain_primitives::consent::{Permission, Purpose, Scope};
		carechain_testing::helpers::grant::<Test>(
			*patient,
			*lab,
			Scope::All,
			Permission::Append,
			Purpose::Treatment,
		);
	}
}

/// The kit's externalities builder for this runtime: the cast registered, every pallet's
/// invariants checked after each test.
pub type ExtBuilder = carechain_testing::ExtBuilder<Test>;
