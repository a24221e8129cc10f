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
pub const MAX_ENVELOPE: u32 = 4096;

impl pallet_envelopes::Config for Test {
	type Registry = Registry;
	type Records = Records;
	type MaxEnvelopeLength = ConstU32<MAX_ENVELOPE>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = KitBatch;
}

/// The benchmarks' batch: a thousand readings of a device registered for it (the benchmarks
/// start from an empty chain, without the kit's cast).
#[cfg(feature = "runtime-benchmarks")]
pub struct KitBatch;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for KitBatch {
	fn anchored_batch_reading(reading: &[u8]) -> (u64, u64, crate::ReadingProof) {
		use carechain_primitives::registry::RegistrySetup;
		const HOSPITAL: u64 = 1_001;
		const PATIENT: u64 = 1_002;
		const DEVICE: u64 = 1_003;
		Registry::add_hospital(&HOSPITAL);
		Registry::add_patient(&PATIENT);
		Registry::add_device(
			&DEVICE,
			&PATIENT,
			&HOSPITAL,
			carechain_primitives::testing::keys::RSA_2048_A,
		);
		let mut leaves: Vec<sp_core::H256> =
			(0..1_000u32).map(|i| sp_core::H256::from_low_u64_be(i.into())).collect();
		leaves[0] = sp_core::H256(sp_io::hashing::blake2_256(reading));
		let id = carechain_testing::pallet_records::Pallet::<Test>::benchmark_batch(
			&DEVICE, &PATIENT, &leaves,
		);
		let proof = carechain_primitives::batch::batch_proof(&leaves, 0).unwrap();
		(DEVICE, id, crate::ReadingProof { index: 0, siblings: proof.siblings.try_into().unwrap() })
	}
}

/// The kit's externalities builder for this runtime: the cast registered, every pallet's
/// invariants checked after each test.
pub type ExtBuilder = carechain_testing::ExtBuilder<Test>;
