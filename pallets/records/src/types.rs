//! The records pallet's storage records, bounds and the types its runtime takes; the shared
//! types live in [`carechain_primitives::records`].

use frame_support::BoundedVec;

pub use carechain_primitives::{
	consent::{AccessBasis, DataCategory},
	records::{KeyEpoch, RecordId, RecordInfo, RecordStatus},
};

use crate::Config;
use alloc::vec::Vec;
use carechain_primitives::rsa_key::MAX_MODULUS_BITS;
use frame_support::traits::ConstU32;
use frame_system::pallet_prelude::BlockNumberFor;

/// The longest RSA signature: one of a 4096-bit key.
pub const MAX_SIGNATURE_LEN: u32 = MAX_MODULUS_BITS / 8;
/// The smallest signing key the pallet verifies with (the registry refuses smaller ones).
pub const MIN_SIGNING_KEY_BITS: u32 = 2048;
/// The most records a `records_of` page returns.
pub const MAX_PAGE: u32 = 100;

/// A device's RSA-PSS signature over a content hash.
pub type SignatureOf = BoundedVec<u8, ConstU32<MAX_SIGNATURE_LEN>>;
/// A record as this runtime stores it.
pub type RecordOf<T> = Record<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxLocatorLength,
>;
/// A page of a patient's records, for the runtime API.
pub type RecordPage<T> = Vec<(RecordId, RecordOf<T>)>;
/// A locator as this runtime takes it.
pub type LocatorOf<T> = BoundedVec<u8, <T as Config>::MaxLocatorLength>;
/// A wrapped category key as this runtime takes it.
pub type WrappedKeyOf<T> = BoundedVec<u8, <T as Config>::MaxWrappedKeyLength>;
/// A custodian set as this runtime stores it.
pub type CustodianSetOf<T> =
	CustodianSet<<T as frame_system::Config>::AccountId, <T as Config>::MaxCustodians>;
/// The custodians a patient names.
pub type CustodiansOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxCustodians>;
/// A reader's open reads, oldest first.
pub type OpenReadsOf<T> = BoundedVec<OpenRead<BlockNumberFor<T>>, <T as Config>::MaxOpenReads>;
/// The readers of a rotation, with their wrapped keys.
pub type ReaderKeysOf<T> = BoundedVec<
	(<T as frame_system::Config>::AccountId, WrappedKeyOf<T>),
	<T as Config>::MaxReadersPerRotation,
>;

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
