//! Equivocation reporting: a validator whose GRANDPA key signs two different votes in one round
//! is reported on chain, and pallet-offences records its offence.
//!
//! How a report is made. Every node runs the GRANDPA voter; one that receives two different
//! prevotes or precommits of one authority in one round asks the runtime for a proof that the
//! key belonged to a validator of the session (`GrandpaApi::generate_key_ownership_proof`, from
//! the historical session roots kept here) and submits `grandpa.report_equivocation_unsigned`
//! through its own transaction pool. The runtime checks both signatures, that the votes differ,
//! the key-ownership proof against the session's root and that the round's set belonged to that
//! session, then records the offence **once per validator and GRANDPA set** ([`OncePerSet`]):
//! rounds are numbers a key holder chooses, so recording one offence per round would let a
//! validator's key (stolen, or simply running twice) grow storage for as long as it signs. A
//! later report about the same validator in the same set is stale. The reporter pays nothing:
//! the unsigned report is taken only from a node's own submission or in a block
//! (pallet-grandpa's `ValidateUnsigned`), the signed one refunds its fee when valid.
//!
//! What follows an offence. Nothing automatic: a permissioned consortium slashes no stake and
//! disables no validator by itself (the session pallet's `DisablingStrategy` is `()`). The offence
//! stays in pallet-offences' storage and its event, and the council decides, by motion, whether
//! to remove the hospital's validator (`consortium.remove_validator`). A validator equivocates by
//! running its keys on two nodes at once (a failover gone wrong) far more often than by malice;
//! the report tells the consortium which.
//!
//! Aura equivocations (two blocks sealed by one key for one slot) are reported the same way
//! through CareChain's own pallet-aura-equivocation: every node watches the blocks it imports,
//! and on a validator's second block in one slot asks for a key-ownership proof
//! (`AuraEquivocationApi`) and submits the unsigned report. The offence is recorded once per
//! validator and session (a key holder chooses the slots it signs for, as it does GRANDPA's
//! rounds), from a proof of the current session or the one before.

use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::{traits::Convert, Perbill};
use sp_staking::offence::{Kind, Offence, OffenceError, ReportOffence};

use super::{governance::SESSION_PERIOD, AccountId, Runtime, RuntimeCall, RuntimeEvent};
use crate::{Aura, Consortium, Historical, Offences, UncheckedExtrinsic};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;

/// Sessions whose validator sets stay provable: a report about a vote older than this many
/// sessions (six hours of 30 s sessions) can no longer be checked, and the historical roots of
/// older sessions are pruned. GRANDPA's set-to-session map keeps as many sets, which change only
/// with the validator set, so it reaches further back than the roots do. Each rotation prunes
/// one root, which is what the consortium pallet's `rotate_session` weight measures: lowering
/// this on a live chain would make the next rotation prune many at one root's charge.
pub const KEPT_SESSIONS: u32 = 720;

parameter_types! {
	/// How many blocks an equivocation report stays valid in a transaction pool: a session.
	pub const ReportLongevity: u64 = SESSION_PERIOD as u64;
}

/// What identifies a validator in an offence besides its account: nothing (no stake, no
/// exposure in a permissioned consortium).
pub struct ValidatorIdentification;

impl Convert<AccountId, Option<()>> for ValidatorIdentification {
	fn convert(_validator: AccountId) -> Option<()> {
		Some(())
	}
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = ValidatorIdentification;
}

/// The consortium pallet as the session manager that historical sessions need: the same
/// validator sets, each validator identified by `()`, and the roots of sessions older than
/// [`KEPT_SESSIONS`] pruned as each new session is planned.
pub struct ConsortiumSessions;

impl pallet_session::SessionManager<AccountId> for ConsortiumSessions {
	fn new_session(new_index: u32) -> Option<alloc::vec::Vec<AccountId>> {
		<Consortium as pallet_session::SessionManager<_>>::new_session(new_index)
	}
	fn new_session_genesis(new_index: u32) -> Option<alloc::vec::Vec<AccountId>> {
		<Consortium as pallet_session::SessionManager<_>>::new_session_genesis(new_index)
	}
	fn start_session(start_index: u32) {
		<Consortium as pallet_session::SessionManager<_>>::start_session(start_index)
	}
	fn end_session(end_index: u32) {
		<Consortium as pallet_session::SessionManager<_>>::end_session(end_index)
	}
}

fn identified(validators: alloc::vec::Vec<AccountId>) -> alloc::vec::Vec<(AccountId, ())> {
	validators.into_iter().map(|validator| (validator, ())).collect()
}

impl pallet_session::historical::SessionManager<AccountId, ()> for ConsortiumSessions {
	fn new_session(new_index: u32) -> Option<alloc::vec::Vec<(AccountId, ())>> {
		let first_kept = new_index.saturating_sub(KEPT_SESSIONS);
		let stored_from =
			pallet_session::historical::StoredRange::<Runtime>::get().map(|(start, _end)| start);
		if stored_from.is_some_and(|start| start < first_kept) {
			Historical::prune_up_to(first_kept);
		}
		let planned = <Consortium as pallet_session::SessionManager<_>>::new_session(new_index);
		// An unchanged set has its root copied from the session before; a chain upgraded to
		// equivocation reports has none to copy, and would never store one until the set
		// changed. Then the set is handed over as if new (once: GRANDPA starts a set of the same
		// authorities), so that its root is stored.
		let previous = new_index.saturating_sub(1);
		let no_root =
			pallet_session::historical::HistoricalSessions::<Runtime>::get(previous).is_none();
		match planned {
			None if no_root => Some(pallet_consortium::Validators::<Runtime>::get().into_inner()),
			planned => planned,
		}
		.map(identified)
	}
	fn new_session_genesis(new_index: u32) -> Option<alloc::vec::Vec<(AccountId, ())>> {
		<Consortium as pallet_session::SessionManager<_>>::new_session_genesis(new_index)
			.map(identified)
	}
	fn start_session(start_index: u32) {
		<Consortium as pallet_session::SessionManager<_>>::start_session(start_index)
	}
	fn end_session(end_index: u32) {
		<Consortium as pallet_session::SessionManager<_>>::end_session(end_index)
	}
}

/// A GRANDPA equivocation as recorded: one per offender and authority set (its time slot is
/// the set id, not the round).
pub struct EquivocationInSet<Offender> {
	/// The GRANDPA authority set the votes were cast in.
	pub set_id: sp_consensus_grandpa::SetId,
	/// The session the offender's key was proven a validator's in.
	pub session_index: u32,
	/// The number of validators in that session.
	pub validator_set_count: u32,
	/// The validator.
	pub offender: Offender,
}

impl<Offender: Clone> Offence<Offender> for EquivocationInSet<Offender> {
	/// The kind GRANDPA's own offence has: tools that know it read these.
	const ID: Kind = <pallet_grandpa::EquivocationOffence<Offender> as Offence<Offender>>::ID;
	type Slot = sp_consensus_grandpa::SetId;

	fn offenders(&self) -> alloc::vec::Vec<Offender> {
		alloc::vec![self.offender.clone()]
	}
	fn session_index(&self) -> u32 {
		self.session_index
	}
	fn validator_set_count(&self) -> u32 {
		self.validator_set_count
	}
	fn slot(&self) -> Self::Slot {
		self.set_id
	}
	/// GRANDPA's own: min((3k / n)^2, 1) for k offenders of n. Nothing is slashed here (no
	/// stake), but the figure is part of the record.
	fn slash_fraction(&self, offenders_count: u32) -> Perbill {
		Perbill::from_rational(offenders_count.saturating_mul(3), self.validator_set_count).square()
	}
}

/// pallet-grandpa's reports, recorded by pallet-offences once per offender and set: a report is
/// known (stale in a pool, refused in a block) if the offender already has an offence in the
/// set, whatever the round.
pub struct OncePerSet;

type Identification = pallet_session::historical::IdentificationTuple<Runtime>;

impl ReportOffence<AccountId, Identification, pallet_grandpa::EquivocationOffence<Identification>>
	for OncePerSet
{
	fn report_offence(
		reporters: alloc::vec::Vec<AccountId>,
		offence: pallet_grandpa::EquivocationOffence<Identification>,
	) -> Result<(), OffenceError> {
		let offence = EquivocationInSet {
			set_id: offence.time_slot.set_id,
			session_index: offence.session_index,
			validator_set_count: offence.validator_set_count,
			offender: offence.offender,
		};
		<NotSelfCredited<Offences> as ReportOffence<_, _, EquivocationInSet<_>>>::report_offence(
			reporters, offence,
		)
	}

	fn is_known_offence(
		offenders: &[Identification],
		time_slot: &pallet_grandpa::TimeSlot,
	) -> bool {
		<Offences as ReportOffence<_, _, EquivocationInSet<_>>>::is_known_offence(
			offenders,
			&time_slot.set_id,
		)
	}
}

/// Records offences with `R`, crediting no offender with reporting its own offence. An unsigned
/// report is credited to the author of the block that carries it, and an equivocating
/// validator's keys author blocks too (both of its nodes do, in its slots): without this, a
/// validator would be listed as the reporter of the offence it committed.
pub struct NotSelfCredited<R>(core::marker::PhantomData<R>);

impl<R, O> ReportOffence<AccountId, Identification, O> for NotSelfCredited<R>
where
	R: ReportOffence<AccountId, Identification, O>,
	O: Offence<Identification>,
{
	fn report_offence(
		mut reporters: alloc::vec::Vec<AccountId>,
		offence: O,
	) -> Result<(), OffenceError> {
		let offenders = offence.offenders();
		reporters.retain(|reporter| !offenders.iter().any(|(offender, _)| offender == reporter));
		R::report_offence(reporters, offence)
	}

	fn is_known_offence(offenders: &[Identification], time_slot: &O::Slot) -> bool {
		R::is_known_offence(offenders, time_slot)
	}
}

/// Chains that ran a runtime before equivocation reports kept GRANDPA's set-to-session map for
/// the current set only; a report about a set checks the previous set's entry too, so that a
/// report could never be checked until the set changed. This notes the previous set as ending
/// before the current session (only proofs from the current session on are then taken for the
/// current set, which is all a node makes). Does nothing where the entry exists, so it is safe
/// to run again; it reads two values and writes at most one.
pub struct NoteThePreviousGrandpaSet;

impl frame_support::traits::OnRuntimeUpgrade for NoteThePreviousGrandpaSet {
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let set_id = pallet_grandpa::CurrentSetId::<Runtime>::get();
		let Some(previous) = set_id.checked_sub(1) else { return db.reads(1) };
		if pallet_grandpa::SetIdSession::<Runtime>::contains_key(previous) {
			return db.reads(2);
		}
		let current = pallet_session::CurrentIndex::<Runtime>::get();
		pallet_grandpa::SetIdSession::<Runtime>::insert(previous, current.saturating_sub(1));
		db.reads_writes(3, 1)
	}
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	/// Nothing is slashed or disabled: the council decides (module docs).
	type OnOffenceHandler = ();
}

impl pallet_authorship::Config for Runtime {
	/// The block's author, by its Aura authority index in the session's validators: who is
	/// credited with including an unsigned report.
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ();
}

/// The bound on what pallet-grandpa's weight for a report is computed from; GRANDPA keeps no
/// nominators here.
pub type MaxNominators = ConstU32<0>;

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

/// Unsigned reports are bare extrinsics (no signature, no transaction extensions).
impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}

parameter_types! {
	/// The longest header an Aura report may carry, SCALE-encoded: a CareChain header is about
	/// 200 bytes, and a validator-set change adds GRANDPA's log of 40 bytes a validator.
	pub const MaxAuraHeaderLength: u32 = 4 * 1024;
	/// The longest key-ownership proof a report may carry: a historical proof is a few trie
	/// nodes (about 800 bytes for the four-hospital set), each at most 17 hashes and a key.
	pub const MaxKeyOwnershipProofLength: u32 = 4 * 1024;
	/// How many slots back an Aura report may reach: two sessions' worth.
	pub const AuraReportWindow: u64 = 2 * SESSION_PERIOD as u64;
}

/// The current session's index, which an Aura report's proof must be of (or the one before).
pub struct CurrentSession;

impl frame_support::traits::Get<u32> for CurrentSession {
	fn get() -> u32 {
		pallet_session::CurrentIndex::<Runtime>::get()
	}
}

/// The current Aura slot, which an Aura report's slot must be recent to.
pub struct CurrentSlot;

impl frame_support::traits::Get<sp_consensus_aura::Slot> for CurrentSlot {
	fn get() -> sp_consensus_aura::Slot {
		pallet_aura::CurrentSlot::<Runtime>::get()
	}
}

/// The author of the block being built, credited with the unsigned reports it includes.
pub struct BlockAuthor;

impl frame_support::traits::Get<Option<AccountId>> for BlockAuthor {
	fn get() -> Option<AccountId> {
		pallet_authorship::Pallet::<Runtime>::author()
	}
}

impl pallet_aura_equivocation::Config for Runtime {
	type AuthorityId = AuraId;
	/// A key proven a validator's of its session by the historical session roots.
	type KeyOwnerProof = sp_session::MembershipProof;
	/// Reports become offences in pallet-offences, once per validator and session, credited to no
	/// offender ([`NotSelfCredited`]).
	type EquivocationReportSystem = pallet_aura_equivocation::EquivocationReportSystem<
		Self,
		NotSelfCredited<Offences>,
		Historical,
		ReportLongevity,
	>;
	type CurrentSession = CurrentSession;
	type CurrentSlot = CurrentSlot;
	/// Two sessions of slots (a minute): a report made at once is seconds old.
	type ReportWindow = AuraReportWindow;
	type BlockAuthor = BlockAuthor;
	type MaxHeaderLength = MaxAuraHeaderLength;
	type MaxKeyOwnershipProofLength = MaxKeyOwnershipProofLength;
	type WeightInfo = pallet_aura_equivocation::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AuraKeyOfTheFirstValidator;
}

/// For the benchmark: the worst case the report's key-ownership check meets, a session of the
/// most validators the consortium may have (each with session keys), the offender's key the
/// first one's Aura key; and the proof of it.
#[cfg(feature = "runtime-benchmarks")]
pub struct AuraKeyOfTheFirstValidator;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_aura_equivocation::BenchmarkHelper<AuraId, sp_session::MembershipProof>
	for AuraKeyOfTheFirstValidator
{
	fn prove_validator_key(offender: &AuraId) -> sp_session::MembershipProof {
		use frame_support::traits::{Get, KeyOwnerProofSystem};
		let most = <Runtime as pallet_consortium::Config>::MaxValidators::get();
		let validators: alloc::vec::Vec<AccountId> =
			(0..most).map(|i| frame_benchmarking::account("validator", i, 0)).collect();
		for (i, validator) in validators.iter().enumerate() {
			let byte = u8::try_from(i).unwrap_or(u8::MAX);
			let aura = if i == 0 {
				offender.clone()
			} else {
				AuraId::from(sp_core::sr25519::Public::from_raw([byte; 32]))
			};
			let grandpa = sp_consensus_grandpa::AuthorityId::from(
				sp_core::ed25519::Public::from_raw([byte; 32]),
			);
			pallet_session::NextKeys::<Runtime>::insert(
				validator,
				crate::SessionKeys { aura, grandpa },
			);
		}
		pallet_session::Validators::<Runtime>::put(validators);
		Historical::prove((pallet_aura_equivocation::AURA_KEY_TYPE, offender.clone()))
			.expect("the first validator's key is provable")
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use core::cell::RefCell;

	std::thread_local! {
		static REPORTED: RefCell<alloc::vec::Vec<alloc::vec::Vec<AccountId>>> =
			const { RefCell::new(alloc::vec::Vec::new()) };
	}

	/// Remembers the reporters of each offence it is given.
	struct Recorder;

	impl<O: Offence<Identification>> ReportOffence<AccountId, Identification, O> for Recorder {
		fn report_offence(
			reporters: alloc::vec::Vec<AccountId>,
			_offence: O,
		) -> Result<(), OffenceError> {
			REPORTED.with(|reported| reported.borrow_mut().push(reporters));
			Ok(())
		}
		fn is_known_offence(_offenders: &[Identification], _time_slot: &O::Slot) -> bool {
			false
		}
	}

	fn offence_of(offender: &AccountId) -> EquivocationInSet<Identification> {
		EquivocationInSet {
			set_id: 3,
			session_index: 5,
			validator_set_count: 4,
			offender: (offender.clone(), ()),
		}
	}

	#[test]
	fn an_offender_is_never_credited_with_reporting_itself() {
		let (offender, honest) = (AccountId::from([4u8; 32]), AccountId::from([1u8; 32]));
		// Its own block carried the report: no one is credited.
		assert_eq!(
			NotSelfCredited::<Recorder>::report_offence(
				alloc::vec![offender.clone()],
				offence_of(&offender)
			),
			Ok(())
		);
		// An honest validator's block (or signed report), with the offender among the reporters.
		assert_eq!(
			NotSelfCredited::<Recorder>::report_offence(
				alloc::vec![offender.clone(), honest.clone()],
				offence_of(&offender)
			),
			Ok(())
		);
		let reported = REPORTED.with(|reported| reported.take());
		assert_eq!(reported, alloc::vec![alloc::vec![], alloc::vec![honest]]);
	}
}
