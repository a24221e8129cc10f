//! The consortium's governance: the hospitals' council, the validator set it changes by motion,
//! the member nodes it admits, and the origins every power of the chain is given to.
//!
//! A consortium chain has no account that can act alone: its genesis has no sudo key, and every
//! power that was Root's is a motion of the hospitals' council. Dev and local chains keep a sudo
//! key for convenience, and Root (sudo) passes every origin below there too.
//!
//! | power | origin |
//! |---|---|
//! | admit, suspend, reactivate or revoke a hospital or any participant chain-wide (registry) | two thirds of the council |
//! | council membership (add, remove, swap, reset) | two thirds |
//! | the validator set, member nodes, runtime upgrades | two thirds |
//! | conclude an emergency-access review (consent) | more than half |
//! | intrusion detection: monitors, reinstating a device chain-wide | more than half |
//! | the council's prime member, disapproving or killing a motion | more than half |
//!
//! Two thirds is the threshold for what changes who belongs to the consortium or what code it
//! runs: with four hospitals, three must agree, so no two can admit a fifth over the others.
//! Reviews and intrusion measures are day-to-day and reversible: a simple majority.

use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOfDiverse},
	weights::Weight,
};
use frame_system::EnsureRoot;
use pallet_collective::{EnsureProportionAtLeast, EnsureProportionMoreThan};
use sp_runtime::{traits::ConvertInto, Perbill};

use super::RuntimeBlockWeights;
use crate::{
	AccountId, Balances, BlockNumber, HospitalCouncil, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, Session, SessionKeys, MINUTES,
};

/// The council's instance of pallet-collective: one seat per member hospital.
pub type HospitalCouncilInstance = pallet_collective::Instance1;
/// The membership that feeds the council: the hospitals of the consortium.
pub type HospitalMembershipInstance = pallet_membership::Instance1;

/// At least two thirds of the council (or Root, where a dev chain has sudo).
pub type ConsortiumSuperMajority = EitherOfDiverse<
	EnsureRoot<AccountId>,
	EnsureProportionAtLeast<AccountId, HospitalCouncilInstance, 2, 3>,
>;

/// More than half of the council (or Root, where a dev chain has sudo).
pub type ConsortiumMajority = EitherOfDiverse<
	EnsureRoot<AccountId>,
	EnsureProportionMoreThan<AccountId, HospitalCouncilInstance, 1, 2>,
>;

/// The most hospitals a consortium has: council seats, validators and member nodes alike.
pub const MAX_HOSPITALS: u32 = 32;

parameter_types! {
	/// A motion open longer than a week lapses: hospitals' boards meet weekly at the least.
	pub const MotionDuration: BlockNumber = 7 * 24 * 60 * MINUTES;
	/// Half a block: a motion's call may weigh no more (a runtime upgrade's authorisation and a
	/// hospital's admission are tiny; the upgrade's code is applied apart from the motion).
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

/// The most motions the council keeps open at once.
pub type CouncilMaxProposals = ConstU32<32>;

impl pallet_membership::Config<HospitalMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = ConsortiumSuperMajority;
	type RemoveOrigin = ConsortiumSuperMajority;
	type SwapOrigin = ConsortiumSuperMajority;
	type ResetOrigin = ConsortiumSuperMajority;
	type PrimeOrigin = ConsortiumMajority;
	type MembershipInitialized = HospitalCouncil;
	type MembershipChanged = HospitalCouncil;
	type MaxMembers = ConstU32<MAX_HOSPITALS>;
	/// Measured on this runtime (`scripts/benchmark.sh pallet_membership`), with what a change of
	/// members costs the council ([`HospitalMembershipWeights`]).
	type WeightInfo = HospitalMembershipWeights;
}

/// The membership's weights as measured here (`scripts/benchmark.sh pallet_membership`), each
/// call that changes the members charged too for every motion the council may have open.
///
/// A change of members reaches the council through `change_members_sorted`, which reads and
/// writes the votes of every open motion (to drop the outgoing members' votes). The membership's
/// benchmark opens no motion, so its figures leave that out, as FRAME's reference figures do. The
/// council's own `set_members` benchmark runs that same loop over `p` open motions, so the part of
/// its weight that grows with `p`, at the most motions the council keeps open, is added here.
pub struct HospitalMembershipWeights;

type MeasuredMembershipWeights = crate::weights::pallet_membership::WeightInfo<Runtime>;
type MeasuredCouncilWeights = crate::weights::pallet_collective::WeightInfo<Runtime>;

impl HospitalMembershipWeights {
	/// What the council does with its open motions when the members change, at the most it keeps.
	pub fn votes_of_open_motions() -> Weight {
		use frame_support::traits::Get;
		use pallet_collective::WeightInfo;
		let most: u32 = CouncilMaxProposals::get();
		MeasuredCouncilWeights::set_members(0, 0, most)
			.saturating_sub(MeasuredCouncilWeights::set_members(0, 0, 0))
	}
}

impl pallet_membership::WeightInfo for HospitalMembershipWeights {
	fn add_member(m: u32) -> Weight {
		MeasuredMembershipWeights::add_member(m).saturating_add(Self::votes_of_open_motions())
	}
	fn remove_member(m: u32) -> Weight {
		MeasuredMembershipWeights::remove_member(m).saturating_add(Self::votes_of_open_motions())
	}
	fn swap_member(m: u32) -> Weight {
		MeasuredMembershipWeights::swap_member(m).saturating_add(Self::votes_of_open_motions())
	}
	fn reset_members(m: u32) -> Weight {
		MeasuredMembershipWeights::reset_members(m).saturating_add(Self::votes_of_open_motions())
	}
	fn change_key(m: u32) -> Weight {
		MeasuredMembershipWeights::change_key(m).saturating_add(Self::votes_of_open_motions())
	}
	/// The prime changes no member: the council only stores it.
	fn set_prime(m: u32) -> Weight {
		MeasuredMembershipWeights::set_prime(m)
	}
	/// As `set_prime`.
	fn clear_prime() -> Weight {
		MeasuredMembershipWeights::clear_prime()
	}
}

impl pallet_collective::Config<HospitalCouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = MotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = ConstU32<MAX_HOSPITALS>;
	/// A hospital that does not vote counts as against, unless a prime member is set.
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	/// Measured on this runtime (`scripts/benchmark.sh pallet_collective`).
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	/// Membership is the hospital membership pallet's to change, never the council's directly.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = ConsortiumMajority;
	type KillOrigin = ConsortiumMajority;
	/// Members are admitted hospitals: no deposit for a motion.
	type Consideration = ();
}

/// Blocks per session: 10 blocks, 30 s. A validator added or removed by motion takes its seat
/// or leaves it at the second session boundary after the motion, so within a minute.
pub const SESSION_PERIOD: BlockNumber = 10;

parameter_types! {
	pub const SessionPeriod: BlockNumber = SESSION_PERIOD;
	pub const SessionOffset: BlockNumber = 0;
}

/// Sessions end every [`SESSION_PERIOD`] blocks.
pub type EveryPeriod = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;

/// The session pallet's `ShouldEndSession`: never. pallet-session's own `on_initialize` charges
/// each rotation a whole block (`max_block`), so no normal transaction fitted in every tenth
/// block, a tenth of the chain's capacity; the consortium pallet ends sessions instead, at the same
/// blocks ([`EverySessionPeriod`]), and charges the rotation's measured worst case.
pub struct NotOnItsOwn;

impl pallet_session::ShouldEndSession<BlockNumber> for NotOnItsOwn {
	fn should_end_session(_now: BlockNumber) -> bool {
		false
	}
}

/// How the consortium pallet ends sessions: every [`SESSION_PERIOD`] blocks ([`EveryPeriod`],
/// which also tells others when the next session starts), by the session pallet's own rotation.
pub struct EverySessionPeriod;

impl pallet_consortium::SessionRotation<BlockNumber> for EverySessionPeriod {
	fn should_end_session(now: BlockNumber) -> bool {
		<EveryPeriod as pallet_session::ShouldEndSession<BlockNumber>>::should_end_session(now)
	}

	fn rotate_session() {
		Session::rotate_session();
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// A validator is a hospital's account.
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	/// Never: the consortium pallet ends sessions ([`EverySessionPeriod`]).
	type ShouldEndSession = NotOnItsOwn;
	type NextSessionRotation = EveryPeriod;
	/// The validator set pallet decides who validates in the next session; each session's set
	/// is also kept as a root that proves a key was a validator's (equivocation reports).
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<
		Runtime,
		super::equivocation::ConsortiumSessions,
	>;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	/// A permissioned consortium disables no validator automatically: governance removes one.
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Setting keys needs no deposit: only the council makes an account a validator.
	type KeyDeposit = frame_support::traits::ConstU128<0>;
}

parameter_types! {
	/// Fewer than three validators cannot tolerate a faulty one under GRANDPA: no motion may
	/// take the set below three (a dev chain's single authority is its genesis, not a motion).
	pub const MinValidators: u32 = 3;
}

impl pallet_consortium::Config for Runtime {
	type ValidatorOrigin = ConsortiumSuperMajority;
	type UpgradeOrigin = ConsortiumSuperMajority;
	type MinValidators = MinValidators;
	type MaxValidators = ConstU32<MAX_HOSPITALS>;
	type ValidatorRegistration = Session;
	type SessionRotation = EverySessionPeriod;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = SessionKeysForBenchmarks;
}

parameter_types! {
	/// A libp2p peer id (an identity multihash of an ed25519 key is 38 bytes).
	pub const MaxPeerIdLength: u32 = 128;
}

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// A hospital may run a validator and an RPC node or two.
	type MaxWellKnownNodes = ConstU32<{ 4 * MAX_HOSPITALS }>;
	type MaxPeerIdLength = MaxPeerIdLength;
	type AddOrigin = ConsortiumSuperMajority;
	type RemoveOrigin = ConsortiumSuperMajority;
	type SwapOrigin = ConsortiumSuperMajority;
	type ResetOrigin = ConsortiumSuperMajority;
	/// Parity ships this pallet without benchmarks, so only its fixed weights exist; its calls
	/// are rare, council-only motions, far below a block's operational allowance.
	type WeightInfo = ();
}

/// The member nodes, as node authorization lists them (the well-known nodes, added by motion),
/// with their owners: intrusion detection reports a flooding node under its owner's name. A node
/// that only has an owner (`claimNode`, open to anyone who pays) is not a member.
pub struct MemberNodes;

impl pallet_intrusion_detection::NodeOwners<AccountId> for MemberNodes {
	fn owner_of(node: &[u8]) -> Option<AccountId> {
		let node = sp_core::OpaquePeerId(node.to_vec());
		if !pallet_node_authorization::WellKnownNodes::<Runtime>::get().contains(&node) {
			return None;
		}
		pallet_node_authorization::Owners::<Runtime>::get(node)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_intrusion_detection::NodeOwnersSetup<AccountId> for MemberNodes {
	/// Makes `node` a well-known node of `owner`, among as many well-known nodes of the longest
	/// ids as are allowed (the worst case of reading them).
	fn set_owner(node: &[u8], owner: &AccountId) {
		use frame_support::traits::Get;
		let node = sp_core::OpaquePeerId(node.to_vec());
		let most: u32 = <Runtime as pallet_node_authorization::Config>::MaxWellKnownNodes::get();
		let longest = MaxPeerIdLength::get() as usize;
		pallet_node_authorization::WellKnownNodes::<Runtime>::mutate(|nodes| {
			let mut filler = 0u32;
			while (nodes.len() as u32) < most.saturating_sub(1) {
				let mut id = filler.to_le_bytes().to_vec();
				id.resize(longest, 0xff);
				nodes.insert(sp_core::OpaquePeerId(id));
				filler = filler.saturating_add(1);
			}
			nodes.insert(node.clone());
		});
		pallet_node_authorization::Owners::<Runtime>::insert(node, owner.clone());
	}
}

/// Registers session keys for a benchmark's validator, without a proof of ownership.
#[cfg(feature = "runtime-benchmarks")]
pub struct SessionKeysForBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consortium::BenchmarkHelper<AccountId> for SessionKeysForBenchmarks {
	fn register_session_keys(who: &AccountId) {
		// A benchmark only needs the session pallet to see keys (`is_registered`); distinct
		// keys per account, made of the account's own bytes. No ownership proof is involved.
		let raw: [u8; 32] = *who.as_ref();
		let keys = SessionKeys {
			aura: sp_consensus_aura::sr25519::AuthorityId::from(
				sp_core::sr25519::Public::from_raw(raw),
			),
			grandpa: sp_consensus_grandpa::AuthorityId::from(sp_core::ed25519::Public::from_raw(
				raw,
			)),
		};
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}

	fn prepare_rotation() {
		// As on a chain past its first `KEPT_SESSIONS` sessions and GRANDPA sets, whose every
		// rotation prunes the oldest kept historical root and GRANDPA's oldest set-to-session
		// entry: the rotation measured plans session `KEPT_SESSIONS + 2` and prunes session 1's
		// root. And GRANDPA stalled (by governance), so that its change is a forced one.
		use super::equivocation::KEPT_SESSIONS;
		use pallet_session::historical::{HistoricalSessions, StoredRange};
		pallet_session::CurrentIndex::<Runtime>::put(KEPT_SESSIONS);
		if let Some(root) = HistoricalSessions::<Runtime>::get(2) {
			HistoricalSessions::<Runtime>::insert(1, root);
		}
		StoredRange::<Runtime>::put((1, KEPT_SESSIONS + 1));
		pallet_grandpa::CurrentSetId::<Runtime>::put(u64::from(KEPT_SESSIONS));
		pallet_grandpa::Stalled::<Runtime>::put((0, 0));
	}

	fn finish_rotation() {
		// GRANDPA schedules the new set with no delay (here a forced change: `prepare_rotation`
		// stalled it with no further wait), so its `on_finalize` in the rotation's own block logs
		// the change and enacts it: the set written (`Grandpa::Authorities` in the weight's
		// storage list), an event of it, the pending change removed. No hook's `on_finalize` is
		// charged otherwise. (If governance stalls GRANDPA with a further wait, `note_stalled`,
		// the forced change is enacted that many blocks later, where nothing charges it: once,
		// after a finality stall, a few tens of microseconds.)
		use frame_support::traits::OnFinalize;
		pallet_grandpa::Pallet::<Runtime>::on_finalize(
			frame_system::Pallet::<Runtime>::block_number(),
		);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_change_of_members_is_charged_for_the_votes_of_every_open_motion() {
		use frame_support::traits::Get;
		use pallet_membership::WeightInfo;
		type Charged =
			<Runtime as pallet_membership::Config<HospitalMembershipInstance>>::WeightInfo;
		let most: u32 = CouncilMaxProposals::get();
		let council: u32 =
			<Runtime as pallet_collective::Config<HospitalCouncilInstance>>::MaxProposals::get();
		assert_eq!(most, council);
		// At least one read and one write of a motion's votes for each motion the council may
		// have open, on top of what the membership's benchmark measured.
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let votes = db.reads_writes(u64::from(most), u64::from(most));
		let m = MAX_HOSPITALS;
		let changes: [(fn(u32) -> Weight, fn(u32) -> Weight); 5] = [
			(Charged::add_member, MeasuredMembershipWeights::add_member),
			(Charged::remove_member, MeasuredMembershipWeights::remove_member),
			(Charged::swap_member, MeasuredMembershipWeights::swap_member),
			(Charged::reset_members, MeasuredMembershipWeights::reset_members),
			(Charged::change_key, MeasuredMembershipWeights::change_key),
		];
		for (charged, measured) in changes {
			assert!(charged(m).all_gte(measured(m).saturating_add(votes)));
		}
		// The prime changes no member, and is charged as measured.
		assert_eq!(Charged::set_prime(m), MeasuredMembershipWeights::set_prime(m));
		assert_eq!(Charged::clear_prime(), MeasuredMembershipWeights::clear_prime());
	}

	#[test]
	fn a_change_of_validators_takes_effect_within_a_minute() {
		let block_ms = crate::MILLI_SECS_PER_BLOCK as u32;
		assert!(2 * SESSION_PERIOD * block_ms <= 60_000);
	}

	#[test]
	fn sessions_end_only_by_the_consortium_pallet_and_every_period() {
		use frame_support::traits::EstimateNextSessionRotation;
		use pallet_consortium::SessionRotation;
		use pallet_session::ShouldEndSession;
		let period = BlockNumber::from(SESSION_PERIOD);
		type SessionPallets = <Runtime as pallet_session::Config>::ShouldEndSession;
		for now in 0..=5 * period {
			assert!(!SessionPallets::should_end_session(now), "block {now}");
			assert_eq!(
				EverySessionPeriod::should_end_session(now),
				now % period == 0,
				"block {now}"
			);
		}
		// What the session pallet tells others is when the consortium pallet ends it.
		type Next = <Runtime as pallet_session::Config>::NextSessionRotation;
		let (next, _) = Next::estimate_next_session_rotation(period + 1);
		assert_eq!(next, Some(2 * period));
		assert!(EverySessionPeriod::should_end_session(2 * period));
	}

	#[test]
	fn no_motion_takes_the_validator_set_below_bft() {
		assert!(MinValidators::get() >= 3);
	}

	fn council(ayes: u32, seats: u32) -> RuntimeOrigin {
		pallet_collective::RawOrigin::<AccountId, HospitalCouncilInstance>::Members(ayes, seats)
			.into()
	}

	#[test]
	fn two_thirds_of_the_council_carry_a_supermajority_power_and_fewer_do_not() {
		use frame_support::traits::EnsureOrigin;
		for (ayes, seats) in [(3, 4), (4, 5), (4, 6), (2, 3), (1, 1)] {
			assert!(ConsortiumSuperMajority::try_origin(council(ayes, seats)).is_ok());
		}
		// Two of four, three of five: no two hospitals admit a fifth over the others.
		for (ayes, seats) in [(2, 4), (3, 5), (1, 2), (3, 6)] {
			assert!(ConsortiumSuperMajority::try_origin(council(ayes, seats)).is_err());
		}
	}

	#[test]
	fn more_than_half_of_the_council_carry_a_majority_power_and_half_does_not() {
		use frame_support::traits::EnsureOrigin;
		for (ayes, seats) in [(3, 4), (3, 5), (2, 3)] {
			assert!(ConsortiumMajority::try_origin(council(ayes, seats)).is_ok());
		}
		for (ayes, seats) in [(2, 4), (1, 2), (3, 6)] {
			assert!(ConsortiumMajority::try_origin(council(ayes, seats)).is_err());
		}
	}

	#[test]
	fn no_single_account_holds_a_council_power() {
		use frame_support::traits::EnsureOrigin;
		let hospital = AccountId::new([1; 32]);
		let signed = RuntimeOrigin::signed(hospital.clone());
		assert!(ConsortiumSuperMajority::try_origin(signed.clone()).is_err());
		assert!(ConsortiumMajority::try_origin(signed).is_err());
		// A single member's own council origin (`Member`) is not a motion either.
		let member: RuntimeOrigin =
			pallet_collective::RawOrigin::<AccountId, HospitalCouncilInstance>::Member(hospital)
				.into();
		assert!(ConsortiumSuperMajority::try_origin(member.clone()).is_err());
		assert!(ConsortiumMajority::try_origin(member).is_err());
		// Root passes (a dev chain's sudo); a consortium's genesis has no sudo key.
		assert!(ConsortiumSuperMajority::try_origin(RuntimeOrigin::root()).is_ok());
	}

	#[test]
	fn a_member_node_is_a_well_known_node_with_an_owner_and_a_claimed_one_is_not() {
		use pallet_intrusion_detection::NodeOwners;
		sp_io::TestExternalities::default().execute_with(|| {
			let (member, claimed) = (b"member".to_vec(), b"claimed".to_vec());
			let (hospital, stranger) = (AccountId::new([1; 32]), AccountId::new([2; 32]));
			pallet_node_authorization::WellKnownNodes::<Runtime>::put(
				[sp_core::OpaquePeerId(member.clone())]
					.into_iter()
					.collect::<std::collections::BTreeSet<_>>(),
			);
			pallet_node_authorization::Owners::<Runtime>::insert(
				sp_core::OpaquePeerId(member.clone()),
				hospital.clone(),
			);
			// Claimed (`claimNode`, open to anyone who pays), never added by motion.
			pallet_node_authorization::Owners::<Runtime>::insert(
				sp_core::OpaquePeerId(claimed.clone()),
				stranger,
			);
			assert_eq!(MemberNodes::owner_of(&member), Some(hospital));
			assert_eq!(MemberNodes::owner_of(&claimed), None);
			assert_eq!(MemberNodes::owner_of(b"unknown"), None);
		});
	}
}
