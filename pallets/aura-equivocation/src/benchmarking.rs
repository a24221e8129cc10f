//! The benchmark of a report at its worst case: both headers at the longest the bound allows,
//! two signatures verified, the key-ownership proof checked, the offence recorded.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::Zero;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn report_equivocation() -> Result<(), BenchmarkError> {
		let offender = T::AuthorityId::generate_pair(None);
		let key_owner_proof = T::BenchmarkHelper::prove_validator_key(&offender);
		// The current slot: the most recent a report may be of.
		let slot = T::CurrentSlot::get();
		let longest = T::MaxHeaderLength::get();
		let sealed = |marker: u8| -> Result<HeaderFor<T>, BenchmarkError> {
			let mut padding =
				sealing::padding_for_length::<HeaderFor<T>, _>(longest, slot, &offender);
			if let Some(first) = padding.first_mut() {
				*first = marker;
			}
			sealing::sealed_header(Zero::zero(), slot, padding, &offender)
				.ok_or(BenchmarkError::Stop("the keystore made no signature"))
		};
		let equivocation_proof = EquivocationProof {
			offender: offender.clone(),
			slot,
			first_header: sealed(1)?,
			second_header: sealed(2)?,
		};
		let session_index = key_owner_proof.session();
		let reporter: T::AccountId = whitelisted_caller();
		frame_system::Pallet::<T>::set_block_number(1u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), Box::new(equivocation_proof), key_owner_proof);

		frame_system::Pallet::<T>::assert_has_event(
			<T as frame_system::Config>::RuntimeEvent::from(Event::<T>::EquivocationReported {
				offender,
				slot,
				session_index,
			}),
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
