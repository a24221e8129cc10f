//! Benchmarks of the consortium pallet at its worst cases: adding to a set one short of full,
//! removing from a full set, authorising an upgrade, and a session's rotation that hands a full,
//! changed set to every session handler and plans a full set again.

use super::*;
use frame_benchmarking::v2::*;
use sp_runtime::traits::Hash;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// Makes the set `count` validators strong, sorted, and returns it.
fn validators<T: Config>(count: u32) -> Vec<T::AccountId> {
	let mut validators: Vec<T::AccountId> =
		(0..count).map(|i| account("validator", i, SEED)).collect();
	validators.sort();
	Validators::<T>::put(BoundedVec::truncate_from(validators.clone()));
	// Events are not recorded at genesis.
	frame_system::Pallet::<T>::set_block_number(1u32.into());
	validators
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		let max = T::MaxValidators::get();
		validators::<T>(max.saturating_sub(1));
		let validator: T::AccountId = account("validator", max, SEED);
		T::BenchmarkHelper::register_session_keys(&validator);
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, validator.clone());

		assert_eq!(Validators::<T>::decode_len(), Some(max as usize));
		assert_last_event::<T>(Event::ValidatorAdded { validator });
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		let max = T::MaxValidators::get();
		// The first shifts every other validator.
		let validator = validators::<T>(max).swap_remove(0);
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, validator.clone());

		assert_eq!(Validators::<T>::decode_len(), Some(max.saturating_sub(1) as usize));
		assert_last_event::<T>(Event::ValidatorRemoved { validator });
		Ok(())
	}

	#[benchmark]
	fn authorize_upgrade() -> Result<(), BenchmarkError> {
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let code_hash = T::Hashing::hash(b"a new runtime");
		let origin =
			T::UpgradeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code_hash);

		assert_last_event::<T>(Event::UpgradeAuthorizedByConsortium { code_hash });
		Ok(())
	}

	/// The rotation the pallet's `on_initialize` charges, at its worst: the set `MaxValidators`
	/// strong, each with keys, queued by one rotation and planned again, so that the rotation
	/// measured starts a session of a full, changed set (the session handlers' new authorities,
	/// the historical root of the set) and loads and queues a full set's keys for the next; and
	/// whatever else the rotation touches brought to its worst just before it
	/// (`BenchmarkHelper::prepare_rotation`: in the runtime, pruned history and a forced change);
	/// and what the rotation leaves for the end of its block done within the measurement
	/// (`BenchmarkHelper::finish_rotation`: in the runtime, GRANDPA enacting the new set).
	#[benchmark]
	fn rotate_session() -> Result<(), BenchmarkError> {
		let set = validators::<T>(T::MaxValidators::get());
		for validator in &set {
			T::BenchmarkHelper::register_session_keys(validator);
		}
		ValidatorsChanged::<T>::put(true);
		T::SessionRotation::rotate_session();
		ValidatorsChanged::<T>::put(true);
		T::BenchmarkHelper::prepare_rotation();

		#[block]
		{
			T::SessionRotation::rotate_session();
			T::BenchmarkHelper::finish_rotation();
		}

		// The full set was planned again, and handed over.
		assert!(!ValidatorsChanged::<T>::get());
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
