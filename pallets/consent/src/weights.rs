//! PROVISIONAL weights for `pallet_consent`: a stand-in with the shape the benchmark CLI
//! generates, until `scripts/benchmark.sh pallet_consent` regenerates this file from the
//! benchmarks. Do not edit by hand; do not trust these numbers.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_consent`.
pub trait WeightInfo {
	fn grant() -> Weight;
	fn revoke() -> Weight;
	fn amend() -> Weight;
	fn request_access() -> Weight;
	fn approve_request() -> Weight;
	fn reject_request() -> Weight;
	fn withdraw_request() -> Weight;
	fn open_emergency_access() -> Weight;
	fn conclude_review() -> Weight;
	fn expire_grants(n: u32, ) -> Weight;
	fn authorize() -> Weight;
}

/// Weights for `pallet_consent` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn grant() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn revoke() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn amend() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn request_access() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn approve_request() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn reject_request() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn withdraw_request() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn open_emergency_access() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn conclude_review() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn expire_grants(n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().writes((n as u64).saturating_mul(2)))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn authorize() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn grant() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn revoke() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn amend() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn request_access() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn approve_request() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn reject_request() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn withdraw_request() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn open_emergency_access() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn conclude_review() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn expire_grants(n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn authorize() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
}
