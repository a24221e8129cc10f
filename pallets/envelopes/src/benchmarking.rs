//! Benchmarks of the envelopes pallet's call: `store` of an envelope of every length up to the
//! longest, by a registered device, in a transaction the executive has noted.

use super::*;
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A batch's reading of `l` bytes published by its author with the longest proof (a batch
	/// of the most readings), in a transaction the executive has noted as twice the envelope's
	/// length (the tail is read from the end: the rest of the transaction costs nothing).
	#[benchmark]
	fn store(l: Linear<1, { T::MaxEnvelopeLength::get() }>) {
		let bytes = alloc::vec![0xe5u8; l as usize];
		let (author, record_id, proof) = T::BenchmarkHelper::anchored_batch_reading(&bytes);
		let envelope: EnvelopeOf<T> = bytes.clone().try_into().expect("l is within the bound; qed");
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		frame_system::Pallet::<T>::set_extrinsic_index(0);
		let mut transaction = alloc::vec![0u8; l as usize];
		transaction.extend_from_slice(&bytes);
		frame_system::Pallet::<T>::note_extrinsic(transaction.encode());

		#[extrinsic_call]
		_(RawOrigin::Signed(author.clone()), record_id, Some(proof), envelope);

		frame_system::Pallet::<T>::assert_last_event(
			<T as frame_system::Config>::RuntimeEvent::from(Event::<T>::EnvelopeStored {
				who: author,
				record_id,
				content_hash: H256(sp_io::hashing::blake2_256(&bytes)),
				length: l,
			}),
		);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
