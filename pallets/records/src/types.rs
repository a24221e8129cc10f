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
