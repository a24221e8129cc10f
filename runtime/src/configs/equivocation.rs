//! Equivocation reporting: a validator whose GRANDPA key signs two different votes in one round
//! is reported on chain, and pallet-offences records its offence.
//!
//! How a report is made. Every node runs the GRANDPA voter; one that receives two different
//! prevotes or precommits of one authority in one round asks the runtime for a proof that the
//! key belonged to a validator of the session (`GrandpaApi::generate_key_ownership_proof`, from
//! the historical session roots kept here) and submits `grandpa.report_equivocation_unsigned`
//! through its own transaction pool. The runtime checks both signatures, that the votes differ,
//! the key-ownership proof against the session's root and that the round's set belonged to that
//! session, then reports the offence once (a second report of the same round is stale). The
//! reporter pays nothing: the call is unsigned, and only a node's own submissions or a block
//! author's are taken (pallet-grandpa's `ValidateUnsigned`).
//!
//! What follows an offence. Nothing automatic: a permissioned consortium slashes no stake and
//! disables no validator by itself (the session pallet's `DisablingStrategy` is `()`). The offence
//! stays in pallet-offences' storage and its event, and the council decides, by motion, whether
//! to remove the hospital's validator (`consortium.remove_validator`). A validator equivocates by
//! running its keys on two nodes at once (a failover gone wrong) far more often than by malice;
//! the report tells the consortium which.
//!
//! Aura equivocations (two blocks in one slot) are detected by every node, which logs them, but
//! not yet reported on chain: Aura has no FRAME report pallet.

use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::traits::Convert;

use super::{governance::SESSION_PERIOD, AccountId, Runtime, RuntimeCall, RuntimeEvent};
use crate::{Aura, Consortium, Historical, UncheckedExtrinsic};

/// Sessions whose validator sets stay provable: a report about a vote older than this many
/// sessions (six hours of 30 s sessions) can no longer be checked. Both the historical session
/// roots and GRANDPA's set-to-session map keep this many entries, so their storage is bounded.
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
		<Consortium as pallet_session::SessionManager<_>>::new_session(new_index).map(identified)
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
