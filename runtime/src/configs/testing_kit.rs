//! The testing kit (`carechain-testing`) tests pallets at this runtime's bounds: this holds it
//! to them, so that a bound changed here and not there fails CI.

use crate::Runtime;
use carechain_testing::{config::bounds, runtime::Test as Kit};
use frame_support::traits::Get;

macro_rules! same_bound {
	($ty:ty; $pallet:ident: $($item:ident),+ $(,)?) => {
		$(
			assert_eq!(
				<<Runtime as $pallet::Config>::$item as Get<$ty>>::get(),
				<<Kit as $pallet::Config>::$item as Get<$ty>>::get(),
				concat!(stringify!($pallet), "::", stringify!($item), ": the kit's differs from the runtime's"),
			);
		)+
	};
}

#[test]
fn the_testing_kit_has_the_runtimes_bounds() {
	same_bound!(u32; pallet_registry: MinKeyBits, MaxKeyLength, MaxKeyHistory,
		MaxPhysiciansPerHospital, MaxHospitalsPerPhysician, MaxDevicesPerPatient, MaxGuardians,
		MaxWards);
	same_bound!(u32; pallet_consent: MaxGrantsPerPatient, MaxExpiriesPerBlock, ExpirySearchWindow,
		MaxUnreviewedEmergencies, MaxAuditEntries);
	same_bound!(u64; pallet_records: MaxClockDrift);
	same_bound!(u64; pallet_intrusion_detection: MaxSendDelay, MaxClockDrift, ReportPriority);
	same_bound!(u32; pallet_records: MaxLocatorLength, MaxWrappedKeyLength,
		MaxReadersPerRotation, MaxCustodians, MinCustodyThreshold, MaxOpenReads,
		MaxBatchReadings);
	same_bound!(u32; pallet_intrusion_detection: BaselineIntervals, WindowIntervals,
		ThresholdPercent, FloorMs, PauseFactor, MaxObservationsPerReport,
		MaxNodeIdLength, MaxNodeReports, MaxReportsPerBlock);
	// Block numbers are u32 in the runtime and u64 in the kit: compared as numbers.
	let window: u32 = <Runtime as pallet_records::Config>::ReleaseWindow::get();
	assert_eq!(u64::from(window), bounds::RELEASE_WINDOW, "records::ReleaseWindow");
}
