//! Records as the records pallet anchors them and clients read them: where the ciphertext
//! lives, its content hash, who wrote it, and how its data key is reached.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;

use crate::consent::{AccessBasis, DataCategory, DenialReason};

/// The envelope format version clients write and the chain accepts (see
/// `carechain_crypto::envelope`).
pub const ENVELOPE_VERSION: u8 = 1;

/// The envelope format version of records held in **custody**: their data key is split into
/// shares (Shamir, k of n) wrapped each to one of the patient's custodian hospitals, and whole to
/// the patient only. A reader opens one only with `k` shares that custodians release on chain
/// after a granted read (`carechain_crypto::envelope`, the records pallet's `release_share`). A
/// device signs [`anchor_digest`] for it, not the bare content hash.
pub const CUSTODY_ENVELOPE_VERSION: u8 = 2;

/// Numbers a patient's successive custodian sets: 0 is "none yet", 1 the first.
pub type CustodyEpoch = u32;

/// What a device signs when it anchors a custody record (envelope version 2): blake2b-256 of
/// `b"carechain/anchor/v2" ++ patient ++ SCALE(category) ++ content_hash`. The patient and the
/// category are bound with the hash, so no one can present the device's signature for another
/// patient's or category's record. (Version 1 records are signed over the bare content hash.)
pub fn anchor_digest(patient: &[u8], category: DataCategory, content_hash: &[u8; 32]) -> [u8; 32] {
	let mut preimage = b"carechain/anchor/v2".to_vec();
	preimage.extend_from_slice(patient);
	preimage.extend(category.encode());
	preimage.extend_from_slice(content_hash);
	crate::record_signature::content_hash(&preimage)
}

/// Identifies a record, chain-wide. Assigned by the chain, in order.
pub type RecordId = u64;

/// Numbers a patient's successive keys for one category: 0 is "no category key" (records then
/// wrap their data key only to named recipients), 1 the first published key.
pub type KeyEpoch = u32;

/// Where a record stands.
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
pub enum RecordStatus {
	/// In force.
	Current,
	/// Replaced by a corrected record.
	Superseded(RecordId),
	/// Marked as entered in error; kept in history.
	EnteredInError,
}

/// The id a record envelope gives a patient's category key of `epoch` when it wraps a data key
/// under it (`KeyWrap::Aes256Gcm { key_id }`): blake2b-256 of
/// `b"carechain/category-key" ++ patient ++ SCALE(category) ++ epoch (u32 little-endian)`.
pub fn category_key_id(patient: &[u8; 32], category: DataCategory, epoch: KeyEpoch) -> [u8; 32] {
	let mut preimage = b"carechain/category-key".to_vec();
	preimage.extend_from_slice(patient);
	preimage.extend(category.encode());
	preimage.extend(epoch.to_le_bytes());
	crate::record_signature::content_hash(&preimage)
}

/// An anchored record's metadata: no health data, only its hash, where its ciphertext lives and
/// who put it there.
///
/// One type for the pallet's storage and for the runtime API: the records pallet stores it with
/// its bounded locator (`pallet_records::Record`), and `RecordsApi` hands out that same record.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct RecordInfo<AccountId, BlockNumber, Locator> {
	/// Whose record it is.
	pub patient: AccountId,
	/// What kind of data.
	pub category: DataCategory,
	/// blake2b-256 of the stored envelope.
	pub content_hash: H256,
	/// Where the envelope is stored (`ipfs://…`, `https://…`, `carechain-blob:<hash>`): bytes,
	/// bounded by the runtime.
	pub locator: Locator,
	/// The envelope's size in bytes.
	pub size: u64,
	/// The envelope format version.
	pub envelope_version: u8,
	/// Under envelope version 1 ([`ENVELOPE_VERSION`]): the category key epoch its data key is
	/// wrapped under (0: none). Under version 2 ([`CUSTODY_ENVELOPE_VERSION`]): the patient's
	/// custodian set ([`CustodyEpoch`]) that holds the shares of its data key.
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

/// The answer to a read request, as its event carries it.
#[derive(Clone, Encode, Decode, DecodeWithMemTracking, TypeInfo, PartialEq, Eq, Debug)]
pub enum ReadOutcome {
	/// Allowed on `basis`: the reader's copy of the category key of `epoch`, wrapped to its
	/// encryption key (none if the patient has not shared that epoch's key with it).
	Granted {
		/// Why.
		basis: AccessBasis,
		/// The record's key epoch.
		epoch: KeyEpoch,
		/// The reader's wrapped copy of that epoch's category key.
		wrapped_key: Option<Vec<u8>>,
	},
	/// Refused; no key.
	Denied(DenialReason),
}

sp_api::decl_runtime_apis! {
	/// Records, for clients (polkadot.js: `api.call.recordsApi.record(id)`).
	///
	/// `Locator` is the runtime's bounded locator (SCALE: the bytes, length-prefixed).
	///
	/// Version 2 adds custody ([`Self::custody_epoch`], [`Self::custodians`]) and looks hashes up
	/// per patient ([`Self::record_by_hash`]). Version 3 adds batches (`batch_readings`,
	/// `verify_reading`).
	#[api_version(3)]
	pub trait RecordsApi<AccountId, BlockNumber, Locator>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
		Locator: codec::Codec,
	{
		/// A record's metadata.
		fn record(id: RecordId) -> Option<RecordInfo<AccountId, BlockNumber, Locator>>;
		/// Whether `content_hash` is the anchored hash of record `id` (false if no such record).
		fn verify_hash(id: RecordId, content_hash: H256) -> bool;
		/// The record anchored with `content_hash`, if any (version 1: one index for all
		/// patients).
		#[changed_in(2)]
		fn record_by_hash(content_hash: H256) -> Option<RecordId>;
		/// The record of `patient` anchored with `content_hash`, if any.
		fn record_by_hash(patient: AccountId, content_hash: H256) -> Option<RecordId>;
		/// A page of a patient's records of one category, oldest first: at most `limit`
		/// (at most 100) from position `start`.
		fn records_of(
			patient: AccountId,
			category: DataCategory,
			start: u32,
			limit: u32,
		) -> Vec<(RecordId, RecordInfo<AccountId, BlockNumber, Locator>)>;
		/// The current category key epoch of a patient's category (0: none yet).
		fn key_epoch(patient: AccountId, category: DataCategory) -> KeyEpoch;
		/// `reader`'s wrapped copy of the patient's category key of `epoch`.
		fn category_key(
			patient: AccountId,
			category: DataCategory,
			epoch: KeyEpoch,
			reader: AccountId,
		) -> Option<Vec<u8>>;
		/// The patient's current custodian set (0: none; its records are then sealed under
		/// category keys, envelope version 1).
		fn custody_epoch(patient: AccountId) -> CustodyEpoch;
		/// The custodian hospitals of the patient's custodian set `epoch`, in share order (the
		/// first holds share x = 1), and how many shares open a record.
		fn custodians(patient: AccountId, epoch: CustodyEpoch) -> Option<(Vec<AccountId>, u32)>;
		/// Whether `custodian` may release its share of record `record_id` to `reader` in the
		/// next block, as far as this block knows: an open read it has not released for, that
		/// consent still grants. A custodian's service asks before it sends a release, since the
		/// release's data (the wrapped share) is in the block even when the chain refuses it.
		fn may_release(custodian: AccountId, record_id: RecordId, reader: AccountId) -> bool;
		/// The number of readings of record `id` if it was anchored as a batch (its content hash
		/// is their Merkle root); `None` for a record of one reading or no record.
		fn batch_readings(id: RecordId) -> Option<u32>;
		/// Whether `reading` (blake2b-256 of a reading's envelope) is one of record `id`'s
		/// readings: of a batch, reading `proof.index` with `proof.siblings` leading to its
		/// root (`crate::batch`); of a single reading, the record's own hash (index 0, no
		/// siblings). False for no such record. A proof longer than its index needs is refused.
		fn verify_reading(id: RecordId, reading: H256, proof: crate::batch::BatchProof) -> bool;
	}
}

/// Why a record's envelope may not be published ([`RecordEnvelopes::check_envelope`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvelopeRefusal {
	/// There is no record of that id.
	NoSuchRecord,
	/// The caller did not anchor the record.
	NotTheAuthor,
	/// The envelope is not one of the record's: not its hash, nor its batch's manifest, nor a
	/// reading of its batch at the proof's index.
	NotTheRecordsEnvelope,
}

/// The records, as the storage network sees them: which envelopes a record's author may publish
/// (the envelopes pallet asks; in the runtime, `Records` answers). Publishing is bound to
/// anchoring, so the storage network keeps only envelopes of records the chain accepted.
pub trait RecordEnvelopes<AccountId> {
	/// Whether `who` anchored record `record_id` and `envelope` (a content hash) is one of its
	/// envelopes: with no `reading`, the record's own (a single reading) or its batch's manifest
	/// (the hash its `ipfs://` locator names); with one, the batch's reading at the proof's index.
	fn check_envelope(
		who: &AccountId,
		record_id: RecordId,
		envelope: H256,
		reading: Option<&crate::batch::BatchProof>,
	) -> Result<(), EnvelopeRefusal>;
}
