//! Storage version 1 to 2: every registered participant's account gets a provider reference.
//!
//! From version 2 a participant's account exists for as long as its record does, whatever its
//! balance, so that patients and devices act without holding tokens (the runtime waives their
//! fees for CareChain's calls). Records written under version 1 gave no reference; this
//! migration adds the one that registration now adds.
//!
//! It visits every participant in one block: right for a consortium's first upgrade; a chain
//! with millions of patients would run it as a multi-block migration instead.

use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
};

use crate::{Config, Pallet, Participants};

/// Gives each participant's account the provider reference registration gives from version 2.
pub struct ProvideForParticipants<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for ProvideForParticipants<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut count = 0u64;
		for who in Participants::<T>::iter_keys() {
			frame_system::Pallet::<T>::inc_providers(&who);
			count = count.saturating_add(1);
		}
		// Per participant: its key read, its account read and written.
		T::DbWeight::get().reads_writes(count.saturating_mul(2), count)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		let providers: alloc::vec::Vec<(T::AccountId, u32)> = Participants::<T>::iter_keys()
			.map(|who| {
				let providers = frame_system::Pallet::<T>::providers(&who);
				(who, providers)
			})
			.collect();
		Ok(providers.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before: alloc::vec::Vec<(T::AccountId, u32)> = Decode::decode(&mut &state[..])
			.map_err(|_| sp_runtime::TryRuntimeError::Other("pre-upgrade state decodes"))?;
		for (who, providers) in before {
			ensure!(
				frame_system::Pallet::<T>::providers(&who) == providers.saturating_add(1),
				"each participant gained exactly one provider reference"
			);
		}
		Ok(())
	}
}

/// [`ProvideForParticipants`], run once: only while the registry's on-chain storage version is
/// 1, which it then sets to 2.
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	ProvideForParticipants<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		mock::{ExtBuilder, Test},
		types::{Participant, Role, Status},
	};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	#[test]
	fn each_version_1_participant_gets_one_provider_and_the_version_becomes_2() {
		ExtBuilder.build_and_execute(|| {
			// Version 1 state: participants written as version 1 wrote them (no reference).
			StorageVersion::new(1).put::<Pallet<Test>>();
			// A patient, a physician and a device, as version 1 left them.
			let old = [(20u64, Role::Patient), (10, Role::Physician), (30, Role::Device)];
			for (who, role) in old {
				Participants::<Test>::insert(
					who,
					Participant {
						role,
						status: Status::Active,
						registered_at: 1,
						encryption_key: Default::default(),
						identifier_hash: None,
						suspended_by: None,
					},
				);
			}
			let before: alloc::vec::Vec<u32> =
				old.iter().map(|(who, _)| frame_system::Pallet::<Test>::providers(who)).collect();

			MigrateV1ToV2::<Test>::on_runtime_upgrade();

			for ((who, _), providers) in old.iter().zip(before) {
				assert_eq!(frame_system::Pallet::<Test>::providers(who), providers + 1);
				assert!(Participants::<Test>::contains_key(who), "the record is untouched");
			}
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);

			// Run again, it does nothing: the version gate holds.
			let after: alloc::vec::Vec<u32> =
				old.iter().map(|(who, _)| frame_system::Pallet::<Test>::providers(who)).collect();
			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			for ((who, _), providers) in old.iter().zip(after) {
				assert_eq!(frame_system::Pallet::<Test>::providers(who), providers);
			}
			// The test's own participants are not valid registry records (empty keys): clear
			// them before the invariants run.
			for (who, _) in old {
				Participants::<Test>::remove(who);
			}
		});
	}
}
