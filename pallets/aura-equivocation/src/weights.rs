// NOT YET GENERATED: placeholder until scripts/benchmark.sh pallet_aura_equivocation runs.
#![allow(missing_docs)]
use core::marker::PhantomData;
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn report_equivocation() -> Weight;
}
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn report_equivocation() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
	}
}
impl WeightInfo for () {
	fn report_equivocation() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
	}
}
