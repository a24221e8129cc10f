// PLACEHOLDER: not generated yet; scripts/benchmark.sh pallet_consortium regenerates this file.

//! Placeholder weights for `pallet_consortium`
//!
//! Not measured: a conservative base of 20 µs per call, each call's storage reads and writes
//! counted from its code, and a generous proof size (the set of up to a few hundred validators,
//! and a validator's session keys). Replace them with measured weights before a real deployment.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_consortium`.
pub trait WeightInfo {
	fn add_validator() -> Weight;
	fn remove_validator() -> Weight;
	fn authorize_upgrade() -> Weight;
}

/// Weights for `pallet_consortium`, not yet measured, with the runtime's own database weights
/// (`T::DbWeight`).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Consortium::Validators` (r:1 w:1)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `Consortium::ValidatorsChanged` (r:0 w:1)
	fn add_validator() -> Weight {
		Weight::from_parts(20_000_000, 16_384)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Validators` (r:1 w:1)
	/// Storage: `Consortium::ValidatorsChanged` (r:0 w:1)
	fn remove_validator() -> Weight {
		Weight::from_parts(20_000_000, 12_288)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `System::AuthorizedUpgrade` (r:0 w:1)
	fn authorize_upgrade() -> Weight {
		Weight::from_parts(20_000_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_validator() -> Weight {
		Weight::from_parts(20_000_000, 16_384)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(20_000_000, 12_288)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn authorize_upgrade() -> Weight {
		Weight::from_parts(20_000_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
