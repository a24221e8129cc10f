//! Storage version 3 to 4: a learning detector keeps its two longest intervals (spec 121).
//!
//! A device's first baseline now leaves out its two longest intervals, or its longest, when they
//! are pauses ([`crate::Config::PauseFactor`]), so a learning detector keeps the two longest it
//! has counted (`Detector::longest` and `next_longest`, eight bytes more a device). A learning
//! device starts afresh, its last transaction's time kept (it borrows no time): the intervals it had
//! counted are not known one by one, and a pause among them would stay in its baseline. A normal
//! or quarantined device keeps everything, with no longest interval.
//!
//! It visits every judged device in one block: right for a consortium's devices, numbering in
//! the thousands; a chain with millions would run a multi-block migration.

use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
};

use super::v3;
use crate::{Config, Detector, DetectorStatus, DeviceState, Devices, Pallet};

/// Rewrites every device's state in the version 4 layout; learning devices learn afresh.
pub struct KeepTheLongestInterval<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for KeepTheLongestInterval<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut count = 0u64;
		Devices::<T>::translate_values::<v3::DeviceState, _>(|old| {
			count = count.saturating_add(1);
			Some(upgraded(old))
		});
		T::DbWeight::get().reads_writes(count, count)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		let before: alloc::vec::Vec<(T::AccountId, v3::DeviceState)> =
			v3::Devices::<T>::iter().collect();
		Ok(before.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before: alloc::vec::Vec<(T::AccountId, v3::DeviceState)> =
			Decode::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("pre-upgrade state decodes"))?;
		ensure!(Devices::<T>::iter_keys().count() == before.len(), "every device kept, no other");
		for (device, old) in before {
			ensure!(Devices::<T>::get(&device) == Some(upgraded(old)), "each device upgraded");
		}
		Pallet::<T>::do_try_state()
	}
}

/// A device's state in the version 4 layout.
fn upgraded(old: v3::DeviceState) -> DeviceState {
	let v3::Detector { status, first_baseline, baseline, threshold, sum, count, last_average } =
		old.detector;
	let detector = match status {
		DetectorStatus::Learning => Detector::default(),
		DetectorStatus::Normal | DetectorStatus::Quarantined => Detector {
			status,
			first_baseline,
			baseline,
			threshold,
			sum,
			count,
			last_average,
			longest: 0,
			next_longest: 0,
		},
	};
	DeviceState { detector, last_seen: old.last_seen }
}

/// [`KeepTheLongestInterval`], run once: only while the pallet's on-chain storage version is 3,
/// which it then sets to 4.
pub type MigrateV3ToV4<T> = VersionedMigration<
	3,
	4,
	KeepTheLongestInterval<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::{cast::DEVICES, ExtBuilder, IntrusionDetection, Test};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	fn old(status: DetectorStatus, baseline: u64, count: u32) -> v3::DeviceState {
		v3::DeviceState {
			detector: v3::Detector {
				status,
				first_baseline: baseline,
				baseline,
				threshold: baseline * 3 / 4,
				sum: u64::from(count) * 500,
				count,
				last_average: baseline,
			},
			last_seen: Some(1_700_000_000_000),
		}
	}

	#[test]
	fn version_3_states_are_rewritten_and_learning_starts_afresh() {
		ExtBuilder.build_and_execute(|| {
			StorageVersion::new(3).put::<Pallet<Test>>();
			let learning = v3::DeviceState {
				detector: v3::Detector { sum: 7 * 500, count: 7, ..Default::default() },
				last_seen: Some(1_700_000_000_000),
			};
			v3::Devices::<Test>::insert(DEVICES[0], learning);
			// Judged from a monitor's report only: no transaction of its own yet.
			let reported = v3::DeviceState { last_seen: None, ..learning };
			v3::Devices::<Test>::insert(DEVICES[4], reported);
			v3::Devices::<Test>::insert(DEVICES[1], old(DetectorStatus::Normal, 500_000, 4));
			v3::Devices::<Test>::insert(DEVICES[2], old(DetectorStatus::Quarantined, 500_000, 0));

			MigrateV3ToV4::<Test>::on_runtime_upgrade();

			// Learning afresh; its last transaction's time kept: no time to borrow.
			assert_eq!(
				Devices::<Test>::get(DEVICES[0]),
				Some(DeviceState {
					detector: Detector::default(),
					last_seen: Some(1_700_000_000_000)
				})
			);
			assert_eq!(
				Devices::<Test>::get(DEVICES[4]),
				Some(DeviceState { detector: Detector::default(), last_seen: None })
			);
			// Normal and quarantined: everything kept, no longest interval.
			for (device, status, count) in [
				(DEVICES[1], DetectorStatus::Normal, 4),
				(DEVICES[2], DetectorStatus::Quarantined, 0),
			] {
				assert_eq!(
					Devices::<Test>::get(device),
					Some(DeviceState {
						detector: Detector {
							status,
							first_baseline: 500_000,
							baseline: 500_000,
							threshold: 375_000,
							sum: u64::from(count) * 500,
							count,
							last_average: 500_000,
							longest: 0,
							next_longest: 0,
						},
						last_seen: Some(1_700_000_000_000),
					})
				);
			}
			assert_eq!(IntrusionDetection::quarantined(), vec![DEVICES[2]]);
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 4);
			assert_eq!(IntrusionDetection::do_try_state(), Ok(()));

			// Run again, it does nothing: the version gate holds.
			let late = old(DetectorStatus::Normal, 500_000, 1);
			v3::Devices::<Test>::insert(DEVICES[3], late);
			MigrateV3ToV4::<Test>::on_runtime_upgrade();
			assert_eq!(v3::Devices::<Test>::get(DEVICES[3]), Some(late), "not rewritten");
			v3::Devices::<Test>::remove(DEVICES[3]);
		});
	}
}
