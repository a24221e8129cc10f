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
