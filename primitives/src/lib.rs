//! # CareChain primitives
//!
//! What the runtime, the pallets, the node and the clients must agree on, in one place: account
//! and signature types, block numbers and times, the registry's and consent's types, their
//! interfaces for other pallets and their runtime APIs, RSA public-key parsing, content hashes and
//! device signature verification, and (feature `testing`) the fixtures other crates' tests use.
//!
//! Only what the chain shares lives here. The record cryptography clients run (envelopes, key
//! wrapping, signing, the blob store) is in `carechain-crypto`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod batch;
pub mod cid;
pub mod consent;
pub mod equivocation;
pub mod intrusion;
pub mod montgomery;
pub mod record_signature;
pub mod records;
pub mod registry;
pub mod rsa_key;
#[cfg(feature = "testing")]
pub mod testing;
pub mod untrusted;

use sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};

/// The signature type of transactions: sr25519, ed25519 or ecdsa, as the signer chooses.
pub type Signature = MultiSignature;

/// An account: the public key of the transaction signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// The address format for naming accounts in calls (no indices pallet: `()`).
pub type Address = MultiAddress<AccountId, ()>;

/// The balance of an account.
pub type Balance = u128;

/// The number of transactions an account has sent.
pub type Nonce = u32;

/// A block number.
pub type BlockNumber = u32;

/// A block hash, and the hash of anything else the chain hashes.
pub type Hash = sp_core::H256;

/// Milliseconds since the Unix epoch, as `pallet-timestamp` keeps time.
pub type Moment = u64;

/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Opaque types, for the node and for clients that need not know the runtime's calls.
pub mod opaque {
	use super::*;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// A block whose extrinsics are opaque bytes.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
}

/// The target block time, in milliseconds. One constant: the Aura slot duration, the timestamp
/// pallet's minimum period and every block-count duration in the runtime derive from it.
///
/// It cannot change once a chain has started: Aura would stop producing blocks.
pub const MILLI_SECS_PER_BLOCK: u64 = 3_000;

/// Blocks per minute at the target block time.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// The smallest unit of the balance is a pico-unit: one unit is 10^12 of them.
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a unit.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// A millionth of a unit.
pub const MICRO_UNIT: Balance = 1_000_000;

/// The custom code of the `InvalidTransaction` that refuses a tip on a transaction whose fee
/// the runtime waives (a registered participant's CareChain call): a tip buys priority in the
/// pool, and a waived fee would waive the tip with it, so the priority would be free.
pub const TIP_ON_WAIVED_FEE: u8 = 110;
