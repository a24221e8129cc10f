//! The kit's own test runtime: frame-system, balances, timestamp and the real CareChain pallets
//! at their production indices, configured by [`impl_carechain_configs!`](crate::impl_carechain_configs).
//! Copy this module into your pallet's `mock.rs` and add your pallet to it.

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

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(10)]
	pub type Registry = pallet_registry;

	#[runtime::pallet_index(11)]
	pub type Consent = pallet_consent;

	#[runtime::pallet_index(12)]
	pub type Records = pallet_records;

	#[runtime::pallet_index(13)]
	pub type IntrusionDetection = pallet_intrusion_detection;
}

crate::impl_carechain_configs!(Test);
