//! # CareChain's testing kit
//!
//! For developers who write pallets for CareChain (a lab-results or a prescriptions pallet a
//! hospital group adds) and unit-test them against the real CareChain pallets:
//!
//! - [`impl_carechain_configs!`]: the configuration of frame-system, balances, timestamp and the
//!   real registry, consent, records and intrusion-detection pallets for *your* test runtime,
//!   CareChain's pallets at the production runtime's bounds with test-friendly time windows
//!   ([`config`]); the
//!   kit's own [`runtime::Test`] is built with it and is the model to copy.
//! - [`ExtBuilder`]: test externalities with the named [`cast`] registered through the
//!   registry's own calls (hospitals, physicians, patients with a guardian, a device with an RSA
//!   signing key), running every pallet's `integrity_test` before and `try_state` after each
//!   test.
//! - [`helpers`]: advance blocks with hooks; seal, sign and anchor a reading; grant; open an
//!   emergency access; a custody read from request to plaintext.
//! - Stand-ins for CareChain's traits, for a pallet that wants isolation instead
//!   ([`MockRegistry`], [`MockAccessControl`], [`MockNodeOwners`]; each says what it models).
//!
//! `docs/writing-a-pallet.md` walks through adding a pallet with it;
//! `pallets/example-lab-results` is the example to copy.
//!
//! ```
//! use carechain_testing::{cast::*, helpers, runtime::Test, ExtBuilder};
//!
//! ExtBuilder::<Test>::default().build_and_execute(|| {
//!     let (_record, sealed) = helpers::anchor_reading::<Test>(b"72 bpm");
//!     assert_eq!(helpers::open_as(PATIENT, &sealed.envelope), b"72 bpm");
//!     helpers::grant_read::<Test>(PATIENT, PHYSICIAN);
//!     helpers::run_blocks::<Test>(3);
//! });
//! ```

pub mod cast;
pub mod config;
mod ext;
pub mod helpers;
pub mod runtime;
mod stand_ins;

pub use ext::{check_invariants, ExtBuilder};
pub use stand_ins::{AnchorTime, DeviceCalls};

pub use carechain_primitives::testing::{
	access_control::AuthorizeCall, MockAccessControl, MockNodeOwners, MockRegistry,
};

// The crates `impl_carechain_configs!` and a kit user's runtime name, so a user depends on the
// kit, frame-support and frame-system only.
pub use carechain_primitives;
pub use frame_support;
pub use frame_system;
pub use pallet_balances;
pub use pallet_consent;
pub use pallet_intrusion_detection;
pub use pallet_records;
pub use pallet_registry;
pub use pallet_timestamp;
pub use sp_core;
pub use sp_io;
pub use sp_runtime;

use frame_support::traits::{IntegrityTest, OnFinalize, OnInitialize};
use frame_system::pallet_prelude::BlockNumberFor;

/// A test runtime the kit works with: accounts are `u64`, the kit's pallets are in it (configured
/// by [`impl_carechain_configs!`], which implements this trait too).
pub trait KitRuntime:
	frame_system::Config<AccountId = u64>
	+ pallet_balances::Config<Balance = u64>
	+ pallet_timestamp::Config<Moment = u64>
	+ pallet_registry::Config
	+ pallet_consent::Config
	+ pallet_records::Config
	+ pallet_intrusion_detection::Config
{
	/// Every pallet of the runtime, with frame-system: their hooks run as blocks advance.
	type AllPallets: OnInitialize<BlockNumberFor<Self>>
		+ OnFinalize<BlockNumberFor<Self>>
		+ IntegrityTest;

	/// A records event, if `event` is one.
	fn records_event(
		event: <Self as frame_system::Config>::RuntimeEvent,
	) -> Option<pallet_records::Event<Self>>;

	/// A consent event, if `event` is one.
	fn consent_event(
		event: <Self as frame_system::Config>::RuntimeEvent,
	) -> Option<pallet_consent::Event<Self>>;

	/// The invariants of the runtime's other pallets (yours), checked after every test as the
	/// kit's pallets' are.
	fn try_state_others() -> Result<(), sp_runtime::TryRuntimeError>;
}
