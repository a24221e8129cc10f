//! The consent pallet's storage records; the shared types live in
//! [`carechain_primitives::consent`].

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

pub use carechain_primitives::consent::{
	AccessBasis, AccessDecision, AccessRequest, Action, AuditEntry, DataCategory, DenialReason,
	EmergencyAccess, EmergencyId, Grant, GrantId, Permission, Purpose, ReviewOutcome, Scope,
	ScopeError, CATEGORY_COUNT,
};

/// A grant as stored: the grant, and the block whose expiry queue holds it.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct StoredGrant<AccountId, BlockNumber> {
	/// The grant.
	pub grant: Grant<AccountId, BlockNumber>,
	/// The block at whose start the expiry hook removes it: its expiry block, or a few blocks
	/// later when that block's queue was full.
	pub cleanup_at: BlockNumber,
}

/// The conclusion of an emergency access's review, kept with the access (neither is ever
/// removed: a break-glass access and its review are evidence).
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct EmergencyReview<AccountId, BlockNumber> {
	/// What the review found.
	pub outcome: ReviewOutcome,
	/// Who concluded it: the hospital, or `None` for [`crate::Config::ReviewOrigin`].
	pub by: Option<AccountId>,
	/// The block it was concluded in.
	pub at: BlockNumber,
}

/// How many audit entries a patient has had: in all (the next entry's index), and how many
/// disclosures (granted decisions) and refusals (denied ones) its two rings have taken; entry `n`
/// of a ring is in its slot `n % MaxAuditEntries`.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub struct AuditCounts {
	/// Every entry, of either kind: the next entry's index.
	pub total: u64,
	/// Granted decisions.
	pub disclosures: u64,
	/// Denied decisions.
	pub refusals: u64,
}
