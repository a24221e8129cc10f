#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use carechain_primitives::registry::ParticipantRegistry;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_core::H256;
pub use weights::WeightInfo;

/// An envelope as a call carries it: at most `MaxEnvelopeLength` bytes.
pub type EnvelopeOf<T> = BoundedVec<u8, <T as Config>::MaxEnvelopeLength>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. The pallet keeps nothing in state: an envelope lives in the
	/// nodes' transaction index, not in the chain's state.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who is who: the registry (in the runtime, `Registry`).
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// The longest envelope, bytes. Every node keeps every envelope (see the crate docs):
		/// this and the block's length bound what a participant can make them keep.
		#[pallet::constant]
		type MaxEnvelopeLength: Get<u32>;

		/// The calls' weights, from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An envelope was stored: every node that imports this block keeps its bytes under
		/// `content_hash` (its blake2b-256 hash, the hash records anchor) and serves them by
		/// CID over Bitswap and `bitswap_v1_get`.
		EnvelopeStored { who: T::AccountId, content_hash: H256, length: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an active registered participant.
		NotAnActiveParticipant,
		/// An envelope cannot be empty.
		EmptyEnvelope,
		/// The envelope is not the last bytes of the transaction, so nodes would index other
		/// bytes under its hash. Send `store` on its own, or as the last call of a batch.
		EnvelopeNotLast,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxEnvelopeLength::get() > 0, "an envelope must fit");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Store `envelope` (a sealed record's ciphertext, as `carechain-crypto` seals it) in
		/// the hospitals' storage network. Nothing goes into the chain's state: the nodes index
		/// the envelope's bytes under its blake2b-256 hash as they import the block, keep them
		/// with the block's body, and serve them by CID (`ipfs://<cid>`, raw codec, blake2b-256
		/// multihash) to Bitswap peers and through the `bitswap_v1_get` RPC. Records anchor the
		/// same hash, so a reader checks what it fetched against the chain.
		///
		/// The envelope must be the last bytes of the transaction: `store` called on its own,
		/// through a proxy, or as the last call of a batch. Otherwise the nodes would index the
		/// transaction's last bytes under a hash they do not have.
		///
		/// The dispatch origin must be an active registered participant (a device, a hospital,
		/// a physician, a patient, a guardian).
		/// Emits `EnvelopeStored`.
		///
		/// ## Complexity
		/// - `O(L)`, `L` the envelope's length: it is hashed and compared with the
		///   transaction's tail.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::store(envelope.len() as u32))]
		pub fn store(origin: OriginFor<T>, envelope: EnvelopeOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(
				T::Registry::role_of(&who).is_some() && T::Registry::is_active(&who),
				Error::<T>::NotAnActiveParticipant
			);
			ensure!(!envelope.is_empty(), Error::<T>::EmptyEnvelope);
			let extrinsic = frame_system::Pallet::<T>::extrinsic_index().unwrap_or_default();
			#[allow(deprecated)]
			let transaction = frame_system::Pallet::<T>::extrinsic_data(extrinsic);
			ensure!(transaction.ends_with(&envelope), Error::<T>::EnvelopeNotLast);

			let content_hash = sp_io::hashing::blake2_256(&envelope);
			// `envelope.len() <= MaxEnvelopeLength`, a u32.
			let length = envelope.len() as u32;
			sp_io::transaction_index::index(extrinsic, length, content_hash);
			Self::deposit_event(Event::EnvelopeStored {
				who,
				content_hash: H256(content_hash),
				length,
			});
			Ok(())
		}
	}
}
