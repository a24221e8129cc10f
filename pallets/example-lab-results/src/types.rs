//! The lab-results pallet's stored types.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::{Get, H256};

/// A result's id: counted up by the chain, across patients.
pub type ResultId = u64;

/// A lab result as stored: its hash and particulars, never the result itself.
// `NoBound`: comparing and printing a result must not ask the same of the bound's type.
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxOrderRef))]
pub struct LabResult<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxOrderRef: Get<u32>,
> {
	/// The lab that published it.
	pub lab: AccountId,
	/// The lab's order reference: an opaque identifier, never what was tested.
	pub order_ref: BoundedVec<u8, MaxOrderRef>,
	/// blake2b-256 of the result's encrypted envelope, kept off-chain.
	pub result_hash: H256,
	/// The block it was published in.
	pub published_at: BlockNumber,
}

/// An order reference as this runtime takes it.
pub type OrderRefOf<T> = BoundedVec<u8, <T as crate::Config>::MaxOrderRefLength>;

/// A lab result as this runtime stores it.
pub type LabResultOf<T> = LabResult<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as crate::Config>::MaxOrderRefLength,
>;
