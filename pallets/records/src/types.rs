//! The records pallet's storage records; the shared types live in
//! [`carechain_primitives::records`].

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::Get, BoundedVec, CloneNoBound, DebugNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;

pub use carechain_primitives::{
	consent::{AccessBasis, DataCategory},
	records::{KeyEpoch, RecordId, RecordInfo, RecordStatus},
};

/// An anchored record.
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxLocatorLength))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Record<AccountId, BlockNumber, MaxLocatorLength: Get<u32>>
where
	AccountId: Clone + PartialEq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + core::fmt::Debug,
{
	/// Whose record it is.
	pub patient: AccountId,
	/// What kind of data.
	pub category: DataCategory,
	/// blake2b-256 of the stored envelope.
	pub content_hash: H256,
	/// Where the envelope is stored.
	pub locator: BoundedVec<u8, MaxLocatorLength>,
	/// The envelope's size in bytes.
	pub size: u64,
	/// The envelope format version.
	pub envelope_version: u8,
	/// The category key epoch its data key is wrapped under (0: none).
	pub key_epoch: KeyEpoch,
	/// Who anchored it.
	pub author: AccountId,
	/// On what basis the author could add it.
	pub basis: AccessBasis,
	/// The block it was anchored in.
	pub anchored_at: BlockNumber,
	/// The block's timestamp, milliseconds since the Unix epoch.
	pub timestamp: u64,
	/// Where it stands.
	pub status: RecordStatus,
	/// The record it corrects, if any.
	pub supersedes: Option<RecordId>,
}

impl<AccountId, BlockNumber, MaxLocatorLength: Get<u32>>
	From<Record<AccountId, BlockNumber, MaxLocatorLength>> for RecordInfo<AccountId, BlockNumber>
where
	AccountId: Clone + PartialEq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + core::fmt::Debug,
{
	fn from(record: Record<AccountId, BlockNumber, MaxLocatorLength>) -> Self {
		RecordInfo {
			patient: record.patient,
			category: record.category,
			content_hash: record.content_hash,
			locator: record.locator.into_inner(),
			size: record.size,
			envelope_version: record.envelope_version,
			key_epoch: record.key_epoch,
			author: record.author,
			basis: record.basis,
			anchored_at: record.anchored_at,
			timestamp: record.timestamp,
			status: record.status,
			supersedes: record.supersedes,
		}
	}
}
