//! Storage version 2 to 3: detectors judged under the new rules (spec 107).
//!
//! The layout is unchanged, but what a detector's numbers mean is not: windows may be of another
//! size, a floor bounds every baseline and threshold, and learning moves up more slowly. A
//! device that is learning or normal starts learning afresh (its half-filled window was counted
//! by the old rules, and its baseline may sit below the floor); its last transaction's time is
//! kept, so it borrows no time. A quarantined device stays quarantined, its baseline and
//! threshold lifted to the floor where they were below it, so that its hospital's reinstatement
//! works as before.
//!
//! Its values are read and written in their layout up to version 3 ([`DeviceState`] here), which
//! version 4 extends.
//!
//! It visits every judged device in one block: right for a consortium's devices, numbering in
//! the thousands; a chain with millions would run a multi-block migration.

use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, storage_alias,
	traits::UncheckedOnRuntimeUpgrade,
};

use crate::{Config, DetectorStatus, Pallet};

/// A device's detector as versions 1 to 3 stored it (version 4 added `longest`).
#[derive(Clone, Copy, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Detector {
	/// Where the device stands.
	pub status: DetectorStatus,
	/// The first baseline, µs.
	pub first_baseline: u64,
	/// The current baseline, µs.
	pub baseline: u64,
	/// The current threshold, µs.
	pub threshold: u64,
	/// The sum of the intervals counted in the baseline or window, ms.
	pub sum: u64,
	/// How many intervals are counted in the baseline or window.
	pub count: u32,
	/// The last complete window's average, µs.
	pub last_average: u64,
}

impl Default for Detector {
	fn default() -> Self {
		Detector {
			status: DetectorStatus::Learning,
			first_baseline: 0,
			baseline: 0,
			threshold: 0,
			sum: 0,
			count: 0,
			last_average: 0,
		}
	}
}

/// A device's state as versions 1 to 3 stored it.
#[derive(Clone, Copy, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug, Default)]
pub struct DeviceState {
	/// Its detector.
	pub detector: Detector,
	/// The time of its last counted transaction, ms.
	pub last_seen: Option<u64>,
}

/// The judged devices' map with values in their layout up to version 3.
#[storage_alias]
pub type Devices<T: Config> =
	StorageMap<Pallet<T>, Blake2_128Concat, <T as frame_system::Config>::AccountId, DeviceState>;

/// The quarantined devices of the map in its layout up to version 3.
#[cfg(any(feature = "try-runtime", test))]
fn quarantined<T: Config>() -> alloc::vec::Vec<T::AccountId> {
	Devices::<T>::iter()
		.filter(|(_, state)| state.detector.status == DetectorStatus::Quarantined)
		.map(|(device, _)| device)
		.collect()
}

/// Restarts learning for devices not quarantined; bounds quarantined ones by the floor.
pub struct RejudgeUnderNewRules<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for RejudgeUnderNewRules<T> {
	fn on_runtime_upgrade() -> Weight {
		let params = Pallet::<T>::params();
		let mut count = 0u64;
		Devices::<T>::translate_values::<DeviceState, _>(|mut state| {
			count = count.saturating_add(1);
			let detector = &mut state.detector;
			if detector.status == DetectorStatus::Quarantined {
				detector.first_baseline = detector.first_baseline.max(params.floor_us());
				detector.baseline = detector.baseline.max(detector.first_baseline);
				detector.threshold = params.threshold_of(detector.baseline);
				detector.sum = 0;
				detector.count = 0;
			} else {
				*detector = Detector::default();
			}
			Some(state)
		});
		T::DbWeight::get().reads_writes(count, count)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(quarantined::<T>().encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before: alloc::vec::Vec<T::AccountId> = Decode::decode(&mut &state[..])
			.map_err(|_| sp_runtime::TryRuntimeError::Other("pre-upgrade state decodes"))?;
		ensure!(quarantined::<T>().len() == before.len(), "every quarantine holds");
		let floor = Pallet::<T>::params().floor_us();
		ensure!(
			Devices::<T>::iter_values()
				.all(|state| state.detector.status == DetectorStatus::Learning
					|| state.detector.threshold >= floor),
			"every threshold at or above the floor"
		);
		Ok(())
	}
}

/// [`RejudgeUnderNewRules`], run once: only while the pallet's on-chain storage version is 2,
/// which it then sets to 3.
pub type MigrateV2ToV3<T> = VersionedMigration<
	2,
	3,
	RejudgeUnderNewRules<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::{cast::DEVICES, ExtBuilder, Test, FLOOR_MS};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	fn old(status: DetectorStatus, baseline: u64, count: u32) -> DeviceState {
		DeviceState {
			detector: Detector {
				status,
				first_baseline: baseline,
				baseline,
				// The old rule: 75 % of the baseline, no floor.
				threshold: baseline * 3 / 4,
				sum: u64::from(count) * 5,
				count,
				last_average: baseline,
			},
			last_seen: Some(1_700_000_000_000),
		}
	}

	#[test]
	fn version_2_detectors_are_rejudged_and_quarantines_hold() {
		ExtBuilder.build_and_execute(|| {
			StorageVersion::new(2).put::<Pallet<Test>>();
			let floor = u64::from(FLOOR_MS) * 1_000;
			// Below the floor: learned from transactions in one block under the old rules.
			Devices::<Test>::insert(DEVICES[0], old(DetectorStatus::Normal, 0, 4));
			Devices::<Test>::insert(DEVICES[1], old(DetectorStatus::Learning, 0, 7));
			Devices::<Test>::insert(DEVICES[2], old(DetectorStatus::Quarantined, 5_000, 3));
			Devices::<Test>::insert(DEVICES[3], old(DetectorStatus::Quarantined, 90_000, 0));

			MigrateV2ToV3::<Test>::on_runtime_upgrade();

			for device in &DEVICES[..2] {
				// Learning afresh; its last transaction's time kept: no time to borrow.
				assert_eq!(
					Devices::<Test>::get(device),
					Some(DeviceState {
						detector: Detector::default(),
						last_seen: Some(1_700_000_000_000)
					})
				);
			}
			let detector = |device| Devices::<Test>::get(device).map(|state| state.detector);
			let lifted = detector(DEVICES[2]);
			assert_eq!(lifted.map(|d| d.status), Some(DetectorStatus::Quarantined));
			assert_eq!(
				lifted.map(|d| (d.first_baseline, d.baseline, d.threshold)),
				Some((floor, floor, floor))
			);
			let kept = detector(DEVICES[3]);
			assert_eq!(kept.map(|d| (d.baseline, d.threshold)), Some((90_000, 67_500)));
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 3);
			assert_eq!(quarantined::<Test>().len(), 2);

			// Run again, it does nothing: the version gate holds.
			Devices::<Test>::insert(DEVICES[4], old(DetectorStatus::Normal, 0, 1));
			MigrateV2ToV3::<Test>::on_runtime_upgrade();
			assert_eq!(detector(DEVICES[4]).map(|d| d.count), Some(1));
			Devices::<Test>::remove(DEVICES[4]);

			// Version 4 takes it from here, to the layout the pallet reads.
			super::super::v4::MigrateV3ToV4::<Test>::on_runtime_upgrade();
			assert_eq!(Pallet::<Test>::quarantined().len(), 2);
		});
	}
}
