//! # Aura equivocation pallet
//!
//! A validator whose Aura key seals two different blocks for one slot is reported on chain,
//! and pallet-offences records its offence. pallet-grandpa does this for GRANDPA's votes; Aura
//! has no such pallet in FRAME, and this is it.
//!
//! ## Overview
//!
//! Every node imports every block it hears of, and Aura's import already notices two blocks of
//! one author in one slot (and logs it). CareChain's node keeps the last slots' sealed headers
//! too; on a second one of a slot's author it asks the runtime for a proof that the key was a
//! validator's in this session (`AuraEquivocationApi::generate_key_ownership_proof`, from
//! pallet-session's historical roots) and submits [`Pallet::report_equivocation_unsigned`]
//! through its own transaction pool
//! (`AuraEquivocationApi::submit_report_equivocation_unsigned_extrinsic`).
//!
//! The runtime checks the report (see [`EquivocationReportSystem`]): the slot is recent (within
//! [`Config::ReportWindow`] before the current one), both headers claim it, they differ in what
//! was signed (their pre-hashes), the offender's key sealed each of them, the key belonged to a
//! validator of the current session or the one before, and that validator has no offence yet
//! in that session. The offence is recorded **once per validator and session**
//! ([`AuraEquivocationOffence`]): slots are numbers a key holder chooses when it signs, so one
//! record per slot would let a key grow storage for as long as it signs.
//!
//! ## Terminology
//!
//! - **Slot**: Aura's time step (3 s here); each slot has one author among the validators.
//! - **Seal**: the author's signature over the header without it, its last digest item.
//! - **Equivocation**: two different headers for one slot sealed by one key: the key ran on two
//!   nodes at once (a failover gone wrong), or it was stolen.
//! - **Key-ownership proof**: a Merkle proof, against the session's historical root, that a
//!   session key belonged to a validator account.
//!
//! ## Interface
//!
//! - [`Pallet::report_equivocation`]: a signed report; free when valid.
//! - [`Pallet::report_equivocation_unsigned`]: the node's own report, taken only from the
//!   node's own submission or in a block (its `ValidateUnsigned`).
//! - [`Pallet::submit_unsigned_equivocation_report`]: what the runtime API calls.
//!
//! ## Threat model
//!
//! Anyone may report; a report costs the chain two header hashes, two signature checks and a
//! key-ownership proof, all bounded in length ([`Config::MaxHeaderLength`],
//! [`Config::MaxKeyOwnershipProofLength`]) and paid for up front at the worst case, and refunded
//! only when the report was valid. No one can frame a validator: the two pre-hashes must differ
//! and each must carry the offender's signature, decoded exactly (a seal padded with a byte, or
//! signed twice over one pre-header, changes a header's hash but is no second block). The key
//! holder alone can make evidence against itself, and only for recent slots: evidence older
//! than [`Config::ReportWindow`] is refused, so one equivocation is recorded in at most two
//! sessions and storage grows only while the key goes on equivocating. The headers need not be
//! blocks of the chain, nor in the offender's own slot: two headers sealed for one slot by one
//! key are the offence. Aura keys must never double as account keys: a key that signs
//! transactions signs payloads an attacker chooses.
//!
//! What follows an offence is nothing automatic: the consortium's council decides by motion
//! (the runtime's `OnOffenceHandler` is `()`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
pub mod proof;
mod report;
pub mod sealing;
#[cfg(test)]
mod tests;
pub mod weights;

pub use report::{AuraEquivocationOffence, EquivocationReportSystem, Evidence, AURA_KEY_TYPE};
pub use sp_consensus_slots::{EquivocationProof, Slot};
pub use weights::WeightInfo;

use alloc::boxed::Box;
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, Pays},
	pallet_prelude::*,
};
use frame_system::pallet_prelude::*;
use sp_runtime::RuntimeAppPublic;
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{offence::OffenceReportSystem, SessionIndex};

const LOG_TARGET: &str = "runtime::aura-equivocation";

pub use frame_system::pallet_prelude::HeaderFor;

/// Makes a report the benchmarks can send: the offender's key made a validator's in the
/// current session, and the proof of it.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AuthorityId, KeyOwnerProof> {
	/// Make `offender` a validator's Aura key in the current session; return its proof.
	fn prove_validator_key(offender: &AuthorityId) -> KeyOwnerProof;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. The pallet keeps no storage of its own: the offences are
	/// pallet-offences'.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The validators' Aura key (the runtime's `AuraId`).
		type AuthorityId: Member + Parameter + RuntimeAppPublic + MaxEncodedLen;

		/// A proof that a key belonged to a validator in a session (pallet-session's
		/// historical `MembershipProof`).
		type KeyOwnerProof: Parameter + GetSessionNumber + GetValidatorCount;

		/// Checks, records and publishes reports: [`EquivocationReportSystem`] with
		/// pallet-offences and pallet-session's historical proofs.
		type EquivocationReportSystem: OffenceReportSystem<
			Option<Self::AccountId>,
			(EquivocationProof<HeaderFor<Self>, Self::AuthorityId>, Self::KeyOwnerProof),
		>;

		/// The current session's index.
		type CurrentSession: Get<SessionIndex>;

		/// The current Aura slot (pallet-aura's).
		type CurrentSlot: Get<Slot>;

		/// How many slots before the current one a reported slot may be (about two sessions'
		/// worth): older evidence, and evidence of future slots, is refused, so that one
		/// equivocation can be recorded in at most two sessions (the proof's), never replayed.
		#[pallet::constant]
		type ReportWindow: Get<u64>;

		/// The author of the block being built, credited with the unsigned reports it includes.
		type BlockAuthor: Get<Option<Self::AccountId>>;

		/// The longest a header in a report may be, SCALE-encoded (an Aura header is about
		/// 200 bytes; the validator-set changes GRANDPA logs in a header add 40 bytes a
		/// validator).
		#[pallet::constant]
		type MaxHeaderLength: Get<u32>;

		/// The longest a key-ownership proof may be, SCALE-encoded.
		#[pallet::constant]
		type MaxKeyOwnershipProofLength: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Makes the benchmarks' report valid.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AuthorityId, Self::KeyOwnerProof>;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An Aura equivocation was reported and its offence recorded (pallet-offences'
		/// `Offence` event has the kind `aura:equivocatio` and the session).
		EquivocationReported {
			/// The Aura key that sealed two headers for one slot.
			offender: T::AuthorityId,
			/// The slot.
			slot: Slot,
			/// The session the offence is recorded in.
			session_index: SessionIndex,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A header in the report is longer than [`Config::MaxHeaderLength`].
		HeaderTooLong,
		/// The key-ownership proof is longer than [`Config::MaxKeyOwnershipProofLength`].
		KeyOwnershipProofTooLong,
		/// The report's two headers are one header.
		SameHeader,
		/// A header has no Aura slot, more than one, or another slot than the report's.
		WrongSlot,
		/// A header is not sealed by the offender's key.
		BadSeal,
		/// The reported slot is after the current one, or more than [`Config::ReportWindow`]
		/// slots before it.
		SlotNotRecent,
		/// The key-ownership proof is of a session other than the current one or the one before.
		SessionNotRecent,
		/// The key-ownership proof does not prove the key a validator's in its session.
		InvalidKeyOwnershipProof,
		/// The offender already has an Aura offence recorded in the proof's session.
		DuplicateOffenceReport,
	}

	impl<T: Config> From<proof::ProofError> for Error<T> {
		fn from(error: proof::ProofError) -> Self {
			match error {
				proof::ProofError::HeaderTooLong => Error::HeaderTooLong,
				proof::ProofError::SameHeader => Error::SameHeader,
				proof::ProofError::WrongSlot => Error::WrongSlot,
				proof::ProofError::BadSeal => Error::BadSeal,
			}
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Report an Aura equivocation: two headers for one slot sealed by one validator's key,
		/// with a proof that the key was the validator's in the current session or the one
		/// before.
		///
		/// The origin must be signed. The call is free when the report is valid (its offence
		/// recorded); an invalid one pays its worst-case weight.
		///
		/// Emits [`Event::EquivocationReported`] (and pallet-offences' `Offence`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::report_equivocation())]
		pub fn report_equivocation(
			origin: OriginFor<T>,
			equivocation_proof: Box<EquivocationProof<HeaderFor<T>, T::AuthorityId>>,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResultWithPostInfo {
			let reporter = ensure_signed(origin)?;
			T::EquivocationReportSystem::process_evidence(
				Some(reporter),
				(*equivocation_proof, key_owner_proof),
			)?;
			Ok(Pays::No.into())
		}

		/// Report an Aura equivocation as a node does: unsigned, the block's author credited.
		///
		/// The origin must be none, and the transaction pool takes it only from the node's own
		/// submission (never from a peer's gossip) or in a block. Checked like
		/// [`Pallet::report_equivocation`]. Weighs twice a signed report: in a block its
		/// evidence is checked twice, before dispatch (`ValidateUnsigned::pre_dispatch`, as
		/// pallet-grandpa does) and by the call.
		///
		/// Emits [`Event::EquivocationReported`] (and pallet-offences' `Offence`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::report_equivocation().saturating_mul(2))]
		pub fn report_equivocation_unsigned(
			origin: OriginFor<T>,
			equivocation_proof: Box<EquivocationProof<HeaderFor<T>, T::AuthorityId>>,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResultWithPostInfo {
			ensure_none(origin)?;
			T::EquivocationReportSystem::process_evidence(
				None,
				(*equivocation_proof, key_owner_proof),
			)?;
			Ok(Pays::No.into())
		}
	}

	// Deprecated in favour of `#[pallet::authorize]`, which needs general (not bare) extrinsics
	// from the node; pallet-grandpa's report, which this mirrors and whose node side makes bare
	// ones, still uses it in this release.
	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			let Call::report_equivocation_unsigned { equivocation_proof, key_owner_proof } = call
			else {
				return InvalidTransaction::Call.into();
			};
			// Only the node's own report, or one already in a block: a peer's gossip could
			// otherwise fill the pool with free transactions.
			if !matches!(source, TransactionSource::Local | TransactionSource::InBlock) {
				return InvalidTransaction::Call.into();
			}
			let evidence = ((**equivocation_proof).clone(), key_owner_proof.clone());
			T::EquivocationReportSystem::check_evidence(evidence)?;
			let longevity =
				<T::EquivocationReportSystem as OffenceReportSystem<_, _>>::Longevity::get();
			ValidTransaction::with_tag_prefix("AuraEquivocation")
				.priority(TransactionPriority::MAX)
				// One report per offender and session: what the runtime records.
				.and_provides((
					equivocation_proof.offender.clone(),
					key_owner_proof.session(),
				))
				.longevity(longevity)
				.propagate(false)
				.build()
		}

		fn pre_dispatch(call: &Self::Call) -> Result<(), TransactionValidityError> {
			let Call::report_equivocation_unsigned { equivocation_proof, key_owner_proof } = call
			else {
				return Err(InvalidTransaction::Call.into());
			};
			let evidence = ((**equivocation_proof).clone(), key_owner_proof.clone());
			T::EquivocationReportSystem::check_evidence(evidence)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Submits an unsigned report through the node's transaction pool: what the runtime API
	/// `submit_report_equivocation_unsigned_extrinsic` calls (the node registers the pool with
	/// the call). `None` when the pool refused it.
	pub fn submit_unsigned_equivocation_report(
		equivocation_proof: EquivocationProof<HeaderFor<T>, T::AuthorityId>,
		key_owner_proof: T::KeyOwnerProof,
	) -> Option<()> {
		T::EquivocationReportSystem::publish_evidence((equivocation_proof, key_owner_proof)).ok()
	}
}
