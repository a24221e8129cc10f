//! Benchmarks of intrusion detection at its worst cases: every observation closing a window and
//! flagging its device, and the transaction extension's check and count doing the same.

use super::*;
use carechain_primitives::registry::RegistrySetup;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// A hospital and a patient.
fn hospital<T: Config>() -> (T::AccountId, T::AccountId)
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let hospital: T::AccountId = account("hospital", 0, SEED);
	let patient: T::AccountId = account("patient", 0, SEED);
	T::Registry::add_hospital(&hospital);
	T::Registry::add_patient(&patient);
	frame_system::Pallet::<T>::set_block_number(1u32.into());
	(hospital, patient)
}

/// A device of `hospital` whose window lacks one interval, so that a short one flags it.
fn device_on_the_edge<T: Config>(
	index: u32,
	hospital: &T::AccountId,
	patient: &T::AccountId,
) -> T::AccountId
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let device: T::AccountId = account("device", index, SEED);
	T::Registry::add_device(&device, patient, hospital, &[]);
	let baseline = 3_000_000;
	let params = Pallet::<T>::params();
	let detector = Detector {
		status: DetectorStatus::Normal,
		first_baseline: baseline,
		baseline,
		threshold: params.threshold_of(baseline),
		sum: 0,
		count: params.window_intervals.saturating_sub(1),
		last_average: baseline,
		longest: 0,
		next_longest: 0,
	};
	// Seen in this very block: the next transaction's interval is 0.
	let now = u64::try_from(T::Time::now().as_millis()).unwrap_or(u64::MAX);
	Devices::<T>::insert(&device, DeviceState { detector, last_seen: Some(now) });
	device
}

/// A node id of the longest length a report takes.
fn longest_node<T: Config>() -> NodeId<T> {
	NodeId::<T>::truncate_from(alloc::vec![7u8; T::MaxNodeIdLength::get() as usize])
}

#[benchmarks(where
	T::Registry: RegistrySetup<T::AccountId>,
	T::NodeOwners: NodeOwnersSetup<T::AccountId>,
)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn report(n: Linear<1, { T::MaxObservationsPerReport::get() }>) {
		let (hospital, patient) = hospital::<T>();
		let observations: Vec<_> =
			(0..n).map(|i| (device_on_the_edge::<T>(i, &hospital, &patient), 0u32)).collect();
		let observations = BoundedVec::truncate_from(observations);

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital), observations);

		assert_eq!(Pallet::<T>::quarantined().len() as u32, n);
	}

	#[benchmark]
	fn reinstate() {
		let (hospital, patient) = hospital::<T>();
		let device = device_on_the_edge::<T>(0, &hospital, &patient);
		Devices::<T>::mutate(&device, |state| {
			if let Some(state) = state {
				state.detector.status = DetectorStatus::Quarantined;
				state.detector.count = 0;
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), device.clone());

		assert_last_event::<T>(Event::DeviceReinstated { device, by: Some(hospital) }.into());
	}

	#[benchmark]
	fn add_monitor() -> Result<(), BenchmarkError> {
		let monitor: T::AccountId = account("monitor", 0, SEED);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, monitor.clone());

		assert_last_event::<T>(Event::MonitorAdded { monitor }.into());
		Ok(())
	}

	#[benchmark]
	fn remove_monitor() -> Result<(), BenchmarkError> {
		let monitor: T::AccountId = account("monitor", 0, SEED);
		Monitors::<T>::insert(&monitor, ());
		ReportsInBlock::<T>::insert(&monitor, (BlockNumberFor::<T>::from(1u32), 1));
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, monitor.clone());

		assert!(!ReportsInBlock::<T>::contains_key(&monitor));
		assert_last_event::<T>(Event::MonitorRemoved { monitor }.into());
		Ok(())
	}

	/// A report of a node that has as many reports as are kept but one, under the longest id.
	#[benchmark]
	fn report_node() {
		let (hospital, _) = hospital::<T>();
		let owner: T::AccountId = account("owner", 0, SEED);
		let node = longest_node::<T>();
		T::NodeOwners::set_owner(&node, &owner);
		let earlier: Vec<_> = (1..T::MaxNodeReports::get())
			.map(|i| (account::<T::AccountId>("monitor", i, SEED), 1u32.into()))
			.collect();
		NodeReports::<T>::insert(&node, NodeReporters::<T>::truncate_from(earlier));

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), node.clone());

		let reports = T::MaxNodeReports::get();
		assert_last_event::<T>(
			Event::NodeReported { node, owner, reporter: hospital, reports }.into(),
		);
	}

	/// Clearing as many reports as are kept, under the longest id.
	#[benchmark]
	fn clear_node_reports() -> Result<(), BenchmarkError> {
		let node = longest_node::<T>();
		let reports: Vec<_> = (0..T::MaxNodeReports::get())
			.map(|i| (account::<T::AccountId>("monitor", i, SEED), 1u32.into()))
			.collect();
		NodeReports::<T>::insert(&node, NodeReporters::<T>::truncate_from(reports));
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, node.clone());

		assert_last_event::<T>(Event::NodeReportsCleared { node }.into());
		Ok(())
	}

	/// The extension on one transaction of a device: the quarantine check and the device's call
	/// check in validation, and the count at the time its call says (the block's), which closes
	/// a window and flags the device.
	#[benchmark]
	fn check_quarantine() {
		let (hospital, patient) = hospital::<T>();
		let device = device_on_the_edge::<T>(0, &hospital, &patient);
		let call: <T as frame_system::Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: alloc::vec![] }.into();
		let now = u64::try_from(T::Time::now().as_millis()).unwrap_or(u64::MAX);
		let (quarantined, may_sign);

		#[block]
		{
			quarantined = Pallet::<T>::is_quarantined(&device);
			may_sign = Pallet::<T>::may_sign(&device, &call);
			Pallet::<T>::note_transaction(&device, Some(now));
		}

		assert!(!quarantined);
		assert!(may_sign);
		assert!(Pallet::<T>::is_quarantined(&device));
	}

	/// The extension's tally of a monitor's reports: telling that the monitor may have one
	/// more in this block, which has all of them but one, and counting it.
	#[benchmark]
	fn note_report() {
		let (hospital, _) = hospital::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		let max = T::MaxReportsPerBlock::get();
		ReportsInBlock::<T>::insert(&hospital, (now, max.saturating_sub(1)));
		let may;

		#[block]
		{
			may = Pallet::<T>::may_report_now(&hospital);
			Pallet::<T>::note_report(&hospital);
		}

		assert!(may);
		assert_eq!(ReportsInBlock::<T>::get(&hospital), Some((now, max)));
		assert!(!Pallet::<T>::may_report_now(&hospital));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
