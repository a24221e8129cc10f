//! The registry's storage records.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::Get, BoundedVec, CloneNoBound, DebugNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;

pub use carechain_primitives::registry::{DeviceKind, KeyPurpose, Role, Status};

/// An RSA public key: DER SubjectPublicKeyInfo, at most `MaxKeyLength` bytes.
pub type Key<MaxKeyLength> = BoundedVec<u8, MaxKeyLength>;

/// A registered participant.
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
#[scale_info(skip_type_params(MaxKeyLength))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Participant<AccountId, BlockNumber, MaxKeyLength: Get<u32>>
where
	AccountId: Clone + PartialEq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + core::fmt::Debug,
{
	/// What it is.
	pub role: Role,
	/// Whether it may act.
	pub status: Status,
	/// The block it was registered in.
	pub registered_at: BlockNumber,
	/// The key data for it is encrypted to.
	pub encryption_key: Key<MaxKeyLength>,
	/// For a patient: a hash of an off-chain identifier (e.g. a salted hash of a medical record
	/// number), so that a hospital can find a patient it already knows. Never the identifier.
	pub identifier_hash: Option<H256>,
	/// Who suspended it while it is suspended: a hospital, or `None` for governance. Only the
	/// same hospital, or governance, reactivates it.
	pub suspended_by: Option<AccountId>,
}

/// A device's particulars, beside its [`Participant`] record.
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
#[scale_info(skip_type_params(MaxKeyLength))]
#[codec(mel_bound(AccountId: MaxEncodedLen))]
pub struct Device<AccountId, MaxKeyLength: Get<u32>>
where
	AccountId: Clone + PartialEq + core::fmt::Debug,
{
	/// The patient it monitors.
	pub patient: AccountId,
	/// The hospital responsible for it.
	pub hospital: AccountId,
	/// What it is.
	pub kind: DeviceKind,
	/// The key its readings' signatures verify against.
	pub signing_key: Key<MaxKeyLength>,
}

/// A replaced key, kept so that data encrypted or signed under it can still be attributed.
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
#[scale_info(skip_type_params(MaxKeyLength))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct RetiredKey<BlockNumber, MaxKeyLength: Get<u32>>
where
	BlockNumber: Clone + PartialEq + core::fmt::Debug,
{
	/// The key.
	pub key: Key<MaxKeyLength>,
	/// The block in which it was replaced.
	pub retired_at: BlockNumber,
}
