//! The offence an Aura equivocation is recorded as, and the report system that checks a report
//! and hands its offence to pallet-offences.

use alloc::{boxed::Box, vec, vec::Vec};
use codec::Encode;
use frame_support::traits::{Get, KeyOwnerProofSystem};
use sp_consensus_slots::{EquivocationProof, Slot};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError, KeyTypeId, Perbill, RuntimeAppPublic,
};
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{
	offence::{Kind, Offence, OffenceReportSystem, ReportOffence},
	SessionIndex,
};

use crate::{proof, Call, Config, Error, Event, HeaderFor, Pallet, LOG_TARGET};

/// An Aura equivocation as recorded: one per offender and session, whatever the slot.
///
/// A key holder can sign headers for any slot it likes, so recording one offence per slot would
/// let a validator's key (stolen, or running on two nodes at once) grow pallet-offences' storage
/// by a record a slot; one per session makes it at most a record per validator and session, and
/// only for sessions in which the key equivocated (evidence is taken only for recent slots).
/// The slot of the report that made the record is in this pallet's
/// [`Event::EquivocationReported`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuraEquivocationOffence<Offender> {
	/// The session the offender's key was proven a validator's in.
	pub session_index: SessionIndex,
	/// The number of validators in that session.
	pub validator_set_count: u32,
	/// The validator.
	pub offender: Offender,
}

impl<Offender: Clone> Offence<Offender> for AuraEquivocationOffence<Offender> {
	/// Sixteen bytes, as pallet-offences keys kinds.
	const ID: Kind = *b"aura:equivocatio";
	type Slot = SessionIndex;

	fn offenders(&self) -> Vec<Offender> {
		vec![self.offender.clone()]
	}
	fn session_index(&self) -> SessionIndex {
		self.session_index
	}
	fn validator_set_count(&self) -> u32 {
		self.validator_set_count
	}
	fn slot(&self) -> SessionIndex {
		self.session_index
	}
	/// BABE's, for one block-production offence: min((3k / n)^2, 1) for k offenders of n.
	/// Nothing is slashed in a consortium without stake, but the figure is part of the record.
	fn slash_fraction(&self, offenders_count: u32) -> Perbill {
		Perbill::from_rational(offenders_count.saturating_mul(3), self.validator_set_count).square()
	}
}

/// The key type sr25519 Aura keys have in the session keys (`aura`): what the runtime proves
/// them under (the pallet itself uses its `AuthorityId`'s).
pub const AURA_KEY_TYPE: KeyTypeId = sp_consensus_aura::sr25519::AuthorityId::ID;

/// The report system of [`Config::EquivocationReportSystem`]: checks a report, proves the key
/// a validator's with `P` (pallet-session's historical proofs) and records the offence with `R`
/// (pallet-offences). `L` is how many blocks an unsigned report stays valid in a pool.
///
/// A report is checked in this order, each step refusing with its own error: the key-ownership
/// proof's length ([`Error::KeyOwnershipProofTooLong`]), the slot's recency
/// ([`Error::SlotNotRecent`]), the headers ([`Error::HeaderTooLong`], [`Error::WrongSlot`],
/// [`Error::BadSeal`], [`Error::SameHeader`]), the proof's session
/// ([`Error::SessionNotRecent`]: the current session or the one before), the key's owner
/// ([`Error::InvalidKeyOwnershipProof`]) and whether the offender already has an offence in that
/// session ([`Error::DuplicateOffenceReport`]).
pub struct EquivocationReportSystem<T, R, P, L>(core::marker::PhantomData<(T, R, P, L)>);

/// What a report is about: the proof and the key-ownership proof.
pub type Evidence<T> =
	(EquivocationProof<HeaderFor<T>, <T as Config>::AuthorityId>, <T as Config>::KeyOwnerProof);

impl<T, R, P, L> EquivocationReportSystem<T, R, P, L>
where
	T: Config,
	P: KeyOwnerProofSystem<(KeyTypeId, T::AuthorityId), Proof = T::KeyOwnerProof>,
{
	/// Every check but the offence's novelty; the offence a valid report records.
	fn checked(
		evidence: Evidence<T>,
	) -> Result<(AuraEquivocationOffence<P::IdentificationTuple>, Slot, T::AuthorityId), Error<T>>
	{
		let (equivocation_proof, key_owner_proof) = evidence;
		if key_owner_proof.encoded_size() > T::MaxKeyOwnershipProofLength::get() as usize {
			return Err(Error::<T>::KeyOwnershipProofTooLong);
		}
		let (slot, now) = (u64::from(equivocation_proof.slot), u64::from(T::CurrentSlot::get()));
		if slot > now || now.saturating_sub(slot) > T::ReportWindow::get() {
			return Err(Error::<T>::SlotNotRecent);
		}
		proof::check_equivocation_proof(&equivocation_proof, T::MaxHeaderLength::get())
			.map_err(Error::<T>::from)?;

		let session_index = key_owner_proof.session();
		let current = T::CurrentSession::get();
		if session_index != current && session_index.saturating_add(1) != current {
			return Err(Error::<T>::SessionNotRecent);
		}
		let validator_set_count = key_owner_proof.validator_count();
		let offender =
			P::check_proof((AURA_KEY_TYPE, equivocation_proof.offender.clone()), key_owner_proof)
				.ok_or(Error::<T>::InvalidKeyOwnershipProof)?;
		let offence = AuraEquivocationOffence { session_index, validator_set_count, offender };
		Ok((offence, equivocation_proof.slot, equivocation_proof.offender))
	}
}

impl<T, R, P, L> OffenceReportSystem<Option<T::AccountId>, Evidence<T>>
	for EquivocationReportSystem<T, R, P, L>
where
	T: Config + frame_system::offchain::CreateBare<Call<T>>,
	R: ReportOffence<
		T::AccountId,
		P::IdentificationTuple,
		AuraEquivocationOffence<P::IdentificationTuple>,
	>,
	P: KeyOwnerProofSystem<(KeyTypeId, T::AuthorityId), Proof = T::KeyOwnerProof>,
	P::IdentificationTuple: Clone,
	L: Get<u64>,
{
	type Longevity = L;

	fn publish_evidence(evidence: Evidence<T>) -> Result<(), ()> {
		use frame_system::offchain::SubmitTransaction;
		let (equivocation_proof, key_owner_proof) = evidence;
		let call = Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation_proof),
			key_owner_proof,
		};
		let xt = T::create_bare(call.into());
		let submitted = SubmitTransaction::<T, Call<T>>::submit_transaction(xt);
		match submitted {
			Ok(()) => log::info!(target: LOG_TARGET, "submitted an Aura equivocation report"),
			Err(()) => log::error!(target: LOG_TARGET, "an Aura equivocation report was refused"),
		}
		submitted
	}

	fn check_evidence(evidence: Evidence<T>) -> Result<(), TransactionValidityError> {
		let (offence, _slot, _authority) =
			Self::checked(evidence).map_err(|_| InvalidTransaction::BadProof)?;
		if R::is_known_offence(&offence.offenders(), &offence.slot()) {
			return Err(InvalidTransaction::Stale.into());
		}
		Ok(())
	}

	fn process_evidence(
		reporter: Option<T::AccountId>,
		evidence: Evidence<T>,
	) -> Result<(), DispatchError> {
		let (offence, slot, authority) = Self::checked(evidence)?;
		let session_index = offence.session_index;
		let reporter = reporter.or_else(T::BlockAuthor::get);
		R::report_offence(reporter.into_iter().collect(), offence)
			.map_err(|_| Error::<T>::DuplicateOffenceReport)?;
		Pallet::<T>::deposit_event(Event::EquivocationReported {
			offender: authority,
			slot,
			session_index,
		});
		Ok(())
	}
}
