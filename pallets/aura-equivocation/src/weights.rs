// This file is part of CareChain. NOT YET GENERATED: a conservative stand-in until
// `scripts/benchmark.sh pallet_aura_equivocation` runs on this machine (the benchmark exists in
// `src/benchmarking.rs` and passes as a test; its run needs frame-omni-bencher, which was not
// installed when the pallet landed). Replace this file with the script's output.

//! Weights for `pallet_aura_equivocation`: a stand-in, not measured.
//!
//! A report's work is two header hashes (at most 4 KiB each), two sr25519 verifications, a
//! session trie rebuilt and checked for the key-ownership proof (at most 32 validators) and an
//! offence written to pallet-offences. pallet-grandpa's formula for the same work puts it near
//! 0.25 ms on Parity's reference machine; this stand-in charges 500 ms and 20 KB of proof, far
//! above any measurement this machine has made of comparable work (the heaviest CareChain call,
//! an RSA-verified anchor, weighs about 1.7 ms here). A valid report is free (`Pays::No`); an
//! invalid signed one pays this worst case.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for `pallet_aura_equivocation`.
pub trait WeightInfo {
	fn report_equivocation() -> Weight;
}

/// The stand-in weights, for the runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn report_equivocation() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
	}
}

/// The same, for tests and mocks.
impl WeightInfo for () {
	fn report_equivocation() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
	}
}
