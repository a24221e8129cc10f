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

use carechain_primitives::{
	batch::BatchProof,
	records::{EnvelopeRefusal, RecordEnvelopes, RecordId},
	registry::ParticipantRegistry,
};
use frame_support::{pallet_prelude::*, traits::PalletInfoAccess};
use frame_system::pallet_prelude::*;
use sp_core::H256;
pub use weights::WeightInfo;

/// An envelope as a call carries it: at most `MaxEnvelopeLength` bytes.
pub type EnvelopeOf<T> = BoundedVec<u8, <T as Config>::MaxEnvelopeLength>;

/// The most sibling hashes a reading's proof carries: a batch of up to 2^32 readings.
pub const MAX_PROOF_SIBLINGS: u32 = 32;

/// Where a batch's reading is in its batch: its index and its Merkle proof's sibling hashes
/// (`carechain_primitives::batch`, as the client computes them).
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct ReadingProof {
	/// The reading's index in the batch (0-based).
	pub index: u32,
	/// The sibling hashes, leaf level first.
	pub siblings: BoundedVec<H256, ConstU32<MAX_PROOF_SIBLINGS>>,
}

impl From<&ReadingProof> for BatchProof {
	fn from(proof: &ReadingProof) -> Self {
		BatchProof { index: proof.index, siblings: proof.siblings.to_vec() }
	}
}

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

		/// Which envelopes a record's author may publish (in the runtime, `Records`).
		type Records: RecordEnvelopes<Self::AccountId>;

		/// The longest envelope, bytes. Every node keeps every envelope (see the crate docs):
		/// this and the block's length bound what a participant can make them keep.
		#[pallet::constant]
		type MaxEnvelopeLength: Get<u32>;

		/// The calls' weights, from this pallet's benchmarks.
		type WeightInfo: WeightInfo;

		/// Anchors a batch for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An envelope was stored: every node that imports this block keeps its bytes under
		/// `content_hash` (its blake2b-256 hash, the hash records anchor) and serves them by
		/// CID over Bitswap and `bitswap_v1_get`.
		EnvelopeStored { who: T::AccountId, record_id: RecordId, content_hash: H256, length: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an active registered participant.
		NotActive,
		/// There is no record of that id.
		NoSuchRecord,
		/// Only the record's author (who anchored it) publishes its envelopes.
		NotTheAuthor,
		/// The envelope is not one of the record's: not its content hash, nor its batch's
		/// manifest (the hash its `ipfs://` locator names), nor its batch's reading at the proof's
		/// index.
		NotTheRecordsEnvelope,
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
		/// Publish `envelope`, one of record `record_id`'s envelopes, to the hospitals' storage
		/// network. Nothing goes into the chain's state: the nodes index the envelope's bytes
		/// under its blake2b-256 hash as they import the block, keep them with the block's body,
		/// and serve them by CID (`ipfs://<cid>`, raw codec, blake2b-256 multihash) to Bitswap
		/// peers and through the `bitswap_v1_get` RPC. The record anchors the same hash, so a
		/// reader checks what it fetched against the chain.
		///
		/// Publishing is bound to anchoring: only the record's author, and only the record's own
		/// envelopes: with no `reading`, its envelope (a single reading) or its batch's manifest;
		/// with one, the batch's reading at the proof's index. So what the nodes keep is bounded
		/// by the anchors the chain accepted (consent-checked, signed, counted by intrusion
		/// detection); a second copy of an envelope is kept once.
		///
		/// The envelope must be the last bytes of the transaction (this call on its own, or last
		/// in a batch): otherwise the nodes would index the transaction's last bytes under a hash
		/// they are not the preimage of.
		///
		/// The dispatch origin must be the record's author, active.
		/// Emits `EnvelopeStored`.
		///
		/// ## Complexity
		/// - `O(L + P)`, `L` the envelope's length (hashed, compared with the transaction's tail,
		///   which is read from its end, not copied whole), `P` the proof's length (at most 32
		///   hashes).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::store(envelope.len() as u32))]
		pub fn store(
			origin: OriginFor<T>,
			record_id: RecordId,
			reading: Option<ReadingProof>,
			envelope: EnvelopeOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(T::Registry::is_active(&who), Error::<T>::NotActive);
			ensure!(!envelope.is_empty(), Error::<T>::EmptyEnvelope);
			let content_hash = sp_io::hashing::blake2_256(&envelope);
			let proof = reading.as_ref().map(BatchProof::from);
			T::Records::check_envelope(&who, record_id, H256(content_hash), proof.as_ref())
				.map_err(|refusal| match refusal {
					EnvelopeRefusal::NoSuchRecord => Error::<T>::NoSuchRecord,
					EnvelopeRefusal::NotTheAuthor => Error::<T>::NotTheAuthor,
					EnvelopeRefusal::NotTheRecordsEnvelope => Error::<T>::NotTheRecordsEnvelope,
				})?;
			let extrinsic =
				frame_system::Pallet::<T>::extrinsic_index().ok_or(Error::<T>::EnvelopeNotLast)?;
			ensure!(Self::transaction_ends_with(extrinsic, &envelope), Error::<T>::EnvelopeNotLast);

			// `envelope.len() <= MaxEnvelopeLength`, a u32.
			let length = envelope.len() as u32;
			sp_io::transaction_index::index(extrinsic, length, content_hash);
			Self::deposit_event(Event::EnvelopeStored {
				who,
				record_id,
				content_hash: H256(content_hash),
				length,
			});
			Ok(())
		}
	}
}

/// What the benchmarks need of the runtime: a batch record to publish a reading of.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An active author's batch of the most readings the runtime takes, `reading` (an envelope)
	/// among them: the author, the record and the reading's proof (the longest there is).
	fn anchored_batch_reading(reading: &[u8]) -> (AccountId, RecordId, ReadingProof);
}

impl<T: Config> Pallet<T> {
	/// Whether transaction `extrinsic` of this block, as the executive noted it
	/// (`frame_system`'s `ExtrinsicData`: the SCALE encoding of its bytes, whose tail is the
	/// transaction's), ends with `tail`. Reads only the tail's bytes from the end of the value:
	/// a long transaction around a short envelope costs no more than the envelope.
	fn transaction_ends_with(extrinsic: u32, tail: &[u8]) -> bool {
		let mut key = sp_io::hashing::twox_128(
			<frame_system::Pallet<T> as PalletInfoAccess>::name().as_bytes(),
		)
		.to_vec();
		key.extend_from_slice(&sp_io::hashing::twox_128(b"ExtrinsicData"));
		let index = extrinsic.encode();
		key.extend_from_slice(&sp_io::hashing::twox_64(&index));
		key.extend_from_slice(&index);
		let Some(total) = sp_io::storage::read(&key, &mut [], 0) else { return false };
		let Some(offset) = (total as usize).checked_sub(tail.len()) else { return false };
		let mut read = alloc::vec![0u8; tail.len()];
		sp_io::storage::read(&key, &mut read, offset as u32) == Some(tail.len() as u32)
			&& read == tail
	}
}
