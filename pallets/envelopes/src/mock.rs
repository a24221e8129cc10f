//! The envelopes pallet's test runtime, on the testing kit: the kit's pallets (the real
//! registry, consent, records and intrusion detection, with production bounds) and this pallet.
//! Who may store is decided by the real registry.

use crate as pallet_envelopes;
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
	#[runtime::pallet_index(14)]
	pub type Envelopes = pallet_envelopes;
}

// The kit's pallets' configuration; the pallet keeps no state, so it has no invariants to add.
carechain_testing::impl_carechain_configs!(Test);

/// The longest envelope in tests: small, so that tests reach it.
pub const MAX_ENVELOPE: u32 = 64;

impl pallet_envelopes::Config for Test {
	type Registry = Registry;
	type MaxEnvelopeLength = ConstU32<MAX_ENVELOPE>;
	type WeightInfo = ();
}

/// The kit's externalities builder for this runtime: the cast registered, every pallet's
/// invariants checked after each test.
pub type ExtBuilder = carechain_testing::ExtBuilder<Test>;
