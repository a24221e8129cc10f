//! The records pallet's storage records; the shared types live in
//! [`carechain_primitives::records`].

use frame_support::BoundedVec;

pub use carechain_primitives::{
	consent::{AccessBasis, DataCategory},
	records::{KeyEpoch, RecordId, RecordInfo, RecordStatus},
};

/// An anchored record as the pallet stores it and the runtime API returns it: [`RecordInfo`]
/// with a bounded locator.
pub type Record<AccountId, BlockNumber, MaxLocatorLength> =
	RecordInfo<AccountId, BlockNumber, BoundedVec<u8, MaxLocatorLength>>;

use carechain_primitives::consent::Purpose;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::Get;
use scale_info::TypeInfo;

/// A patient's custodian hospitals: each holds one share of every custody record's data key (the
/// first share x = 1, in this order), and `threshold` shares open a record.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
#[scale_info(skip_type_params(MaxCustodians))]
pub struct CustodianSet<AccountId, MaxCustodians: Get<u32>> {
	/// The custodian hospitals, in share order.
	pub custodians: BoundedVec<AccountId, MaxCustodians>,
	/// How many shares open a record: at least the runtime's `MinCustodyThreshold`, at most the
	/// number of custodians.
	pub threshold: u32,
}

/// A granted read of a custody record, open for the custodians' releases.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub struct OpenRead<BlockNumber> {
	/// The record.
	pub record_id: RecordId,
	/// The purpose the read was granted for; consent is asked again, for it, at each release.
	pub purpose: Purpose,
	/// The last block in which custodians may release shares for it.
	pub until: BlockNumber,
	/// Which custodians have released their share: bit `i` for the custodian at index `i`.
	pub released: u32,
}
