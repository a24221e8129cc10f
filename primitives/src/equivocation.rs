//! The runtime API through which a node reports an Aura equivocation (two blocks sealed by one
//! key for one slot): the same two calls GRANDPA's API has for its votes.

use sp_consensus_slots::EquivocationProof;
use sp_runtime::OpaqueValue;

/// A key-ownership proof, SCALE-encoded, as the node passes it through without knowing its type
/// (pallet-session's historical `MembershipProof` in CareChain's runtime).
pub type OpaqueKeyOwnershipProof = OpaqueValue;

sp_api::decl_runtime_apis! {
	/// Aura equivocation reports (pallet-aura-equivocation).
	pub trait AuraEquivocationApi<AuthorityId: codec::Codec> {
		/// A proof, against the current session's validators, that `authority_id` is the Aura
		/// key of one of them; `None` if it is no validator's.
		fn generate_key_ownership_proof(authority_id: AuthorityId) -> Option<OpaqueKeyOwnershipProof>;

		/// Submits an unsigned report of `equivocation_proof` through the calling node's
		/// transaction pool (which the node registers as an extension of the call); `None` if
		/// the key-ownership proof does not decode or the pool refused the report.
		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: EquivocationProof<Block::Header, AuthorityId>,
			key_owner_proof: OpaqueKeyOwnershipProof,
		) -> Option<()>;
	}
}
