//! The pallets whose benchmarks this runtime runs (`scripts/benchmark.sh` drives them): ours, and
//! FRAME's whose weights this runtime states for itself (`weights/`).

#[cfg(not(feature = "example-lab-results"))]
frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_utility, Utility]
	[pallet_membership, HospitalMembership]
	[pallet_collective, HospitalCouncil]
	[pallet_sudo, Sudo]
	[pallet_registry, Registry]
	[pallet_consent, Consent]
	[pallet_records, Records]
	[pallet_envelopes, Envelopes]
	[pallet_intrusion_detection, IntrusionDetection]
	[pallet_consortium, Consortium]
	[pallet_aura_equivocation, AuraEquivocation]
);

// The same, with the example pallet (scripts/benchmark.sh builds the benchmarks' runtime with it).
#[cfg(feature = "example-lab-results")]
frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_utility, Utility]
	[pallet_membership, HospitalMembership]
	[pallet_collective, HospitalCouncil]
	[pallet_sudo, Sudo]
	[pallet_registry, Registry]
	[pallet_consent, Consent]
	[pallet_records, Records]
	[pallet_envelopes, Envelopes]
	[pallet_intrusion_detection, IntrusionDetection]
	[pallet_consortium, Consortium]
	[pallet_aura_equivocation, AuraEquivocation]
	[pallet_example_lab_results, LabResults]
);

// The benchmark pallets' own configuration: none of them needs anything set up first (fees are
// burned here, paid to no author).
impl frame_system_benchmarking::Config for crate::Runtime {}
impl frame_benchmarking::baseline::Config for crate::Runtime {}
impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
