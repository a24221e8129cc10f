//! Benchmarks of the envelopes pallet's call: `store` of an envelope of every length up to the
//! longest, by a registered device, in a transaction the executive has noted.

use super::*;
use carechain_primitives::registry::RegistrySetup;
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

#[benchmarks(where T::Registry: RegistrySetup<T::AccountId>)]
mod benchmarks {
	use super::*;

	/// An envelope of `l` bytes stored by an active hospital; the transaction that carries it
	/// noted as the executive notes it (the call compared with its tail).
	#[benchmark]
	fn store(l: Linear<1, { T::MaxEnvelopeLength::get() }>) {
		let hospital: T::AccountId = account("hospital", 0, SEED);
		T::Registry::add_hospital(&hospital);
		let bytes = alloc::vec![0xe5u8; l as usize];
		let envelope: EnvelopeOf<T> = bytes.clone().try_into().expect("l is within the bound; qed");
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		frame_system::Pallet::<T>::set_extrinsic_index(0);
		// Signer, signature and extensions, then the call: its indices and the envelope.
		let transaction = (&hospital, [0u8; 64], [14u8, 0], &bytes).encode();
		frame_system::Pallet::<T>::note_extrinsic(transaction);

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), envelope);

		frame_system::Pallet::<T>::assert_last_event(
			<T as frame_system::Config>::RuntimeEvent::from(Event::<T>::EnvelopeStored {
				who: hospital,
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
