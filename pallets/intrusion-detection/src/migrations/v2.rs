//! Storage version 1 to 2: the judged devices' map is renamed from `Nodes` to `Devices`.
//!
//! "Node" already means a `carechain-node`; the map holds devices' detector states. Its values
//! and keys are unchanged (`DeviceState`, formerly `NodeState`, encodes as before): every entry
//! moves from the old map's prefix to the new one, and the old prefix is left empty.
//!
//! Its values are read and written in their layout up to version 3 ([`super::v3::DeviceState`]).
//!
//! It visits every judged device in one block: right for a consortium's first upgrade, whose
//! devices number in the thousands; a chain with millions would run a multi-block migration.

use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, storage_alias,
	traits::UncheckedOnRuntimeUpgrade,
};

use super::v3::{DeviceState, Devices};
use crate::{Config, Pallet};

/// The map as version 1 named it.
#[storage_alias]
pub type Nodes<T: Config> =
	StorageMap<Pallet<T>, Blake2_128Concat, <T as frame_system::Config>::AccountId, DeviceState>;

/// Moves every entry of `Nodes` to `Devices`.
pub struct RenameNodesToDevices<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for RenameNodesToDevices<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut count = 0u64;
		for (device, state) in Nodes::<T>::drain() {
			Devices::<T>::insert(&device, state);
			count = count.saturating_add(1);
		}
		// Per device: the old entry read and removed, the new one written.
		T::DbWeight::get().reads_writes(count, count.saturating_mul(2))
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		let old: alloc::vec::Vec<(T::AccountId, DeviceState)> = Nodes::<T>::iter().collect();
		ensure!(Devices::<T>::iter_keys().next().is_none(), "no device is under the new name yet");
		Ok(old.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let old: alloc::vec::Vec<(T::AccountId, DeviceState)> = Decode::decode(&mut &state[..])
			.map_err(|_| sp_runtime::TryRuntimeError::Other("pre-upgrade state decodes"))?;
		ensure!(Nodes::<T>::iter_keys().next().is_none(), "the old map is empty");
		ensure!(Devices::<T>::iter_keys().count() == old.len(), "every device moved, no other");
		for (device, state) in old {
			ensure!(Devices::<T>::get(&device) == Some(state), "each state moved unchanged");
		}
		Ok(())
	}
}

/// [`RenameNodesToDevices`], run once: only while the pallet's on-chain storage version is 1,
/// which it then sets to 2.
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	RenameNodesToDevices<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::super::v3::Detector;
	use super::*;
	use crate::{
		mock::{cast::DEVICES, ExtBuilder, Test},
		DetectorStatus,
	};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	fn state(baseline: u64, status: DetectorStatus, last_seen: u64) -> DeviceState {
		DeviceState {
			detector: Detector {
				status,
				baseline,
				first_baseline: baseline,
				threshold: baseline * 3 / 4,
				..Default::default()
			},
			last_seen: Some(last_seen),
		}
	}

	#[test]
	fn version_1_nodes_are_read_back_as_devices_and_the_version_becomes_2() {
		ExtBuilder.build_and_execute(|| {
			// Version 1 state: detector states under the old name, as version 1 wrote them.
			StorageVersion::new(1).put::<Pallet<Test>>();
			let old = [
				(DEVICES[0], state(102_500, DetectorStatus::Normal, 6_000)),
				(DEVICES[1], state(90_000, DetectorStatus::Quarantined, 7_000)),
			];
			for (device, state) in &old {
				Nodes::<Test>::insert(device, state);
			}
			assert_eq!(Devices::<Test>::iter().count(), 0);

			MigrateV1ToV2::<Test>::on_runtime_upgrade();

			for (device, state) in &old {
				assert_eq!(Devices::<Test>::get(device).as_ref(), Some(state));
			}
			assert_eq!(Nodes::<Test>::iter().count(), 0, "the old prefix is empty");
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
			assert_eq!(
				Devices::<Test>::get(DEVICES[1]).map(|state| state.detector.status),
				Some(DetectorStatus::Quarantined),
				"the quarantine holds"
			);

			// Run again, it does nothing: the version gate holds.
			Nodes::<Test>::insert(DEVICES[2], state(1, DetectorStatus::Normal, 1));
			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert!(Devices::<Test>::get(DEVICES[2]).is_none());
			Nodes::<Test>::remove(DEVICES[2]);

			// The later versions take it from here, to the layout the pallet reads.
			super::super::v3::MigrateV2ToV3::<Test>::on_runtime_upgrade();
			super::super::v4::MigrateV3ToV4::<Test>::on_runtime_upgrade();
			assert!(Pallet::<Test>::is_quarantined(&DEVICES[1]), "the quarantine holds");
		});
	}
}
