//! The pallets whose benchmarks this runtime runs (`scripts/benchmark.sh` drives them).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[pallet_registry, Registry]
	[pallet_consent, Consent]
	[pallet_records, Records]
	[pallet_intrusion_detection, IntrusionDetection]
	[pallet_consortium, Consortium]
	[pallet_aura_equivocation, AuraEquivocation]
);
