//! What [`impl_carechain_configs!`](crate::impl_carechain_configs) configures.
//!
//! **CareChain's pallets have production's bounds** (the `carechain-runtime` crate's `configs`;
//! its test `the_testing_kit_has_the_runtimes_bounds` fails if they drift apart): a pallet
//! tested on the kit meets the limits it will meet on the chain (keys, physicians per hospital,
//! guardians, grants, audit entries, custodians, batch sizes). frame-system, balances and
//! timestamp take FRAME's test defaults (no block weight or length limits; balances' locks and
//! reserves at 100): the kit dispatches calls directly, not in blocks of extrinsics.
//!
//! **Time windows are short** where a test would otherwise advance thousands of blocks:
//! emergency access lasts [`EMERGENCY_ACCESS_PERIOD`] blocks (production: four hours), grants
//! run at most [`MAX_GRANT_DURATION`] blocks (production: a year). Custodians' release window is
//! production's ten blocks.
//!
//! **Origins**: governance's decisions (admitting a hospital, concluding an emergency review,
//! chain-wide reinstatement) take root here. On the chain they are the hospitals' council's
//! motions (`ConsortiumMajority`, `ConsortiumSuperMajority`), which root stands in for: a pallet's
//! test of the refusal of a signed caller holds for both.
//!
//! **Not modelled**: transaction fees and extensions (the kit dispatches calls directly, so
//! intrusion detection's `CheckQuarantine` extension does not run: a test drives the detector
//! through the pallet's calls and hooks), sessions and validators, the member-node list
//! (stand-in [`MockNodeOwners`](crate::MockNodeOwners)).

/// Milliseconds a block advances the clock by (production's slot).
pub const MILLISECS_PER_BLOCK: u64 = carechain_primitives::MILLI_SECS_PER_BLOCK;
/// The first block's time, ms since the Unix epoch.
pub const GENESIS_TIME: u64 = 1_700_000_000_000;
/// Blocks an emergency access lasts (production: four hours, 4,800 blocks).
pub const EMERGENCY_ACCESS_PERIOD: u64 = 20;
/// The most blocks a grant may run (production: a year).
pub const MAX_GRANT_DURATION: u64 = 1_000;
/// Every cast member's free balance at genesis.
pub const ENDOWMENT: u64 = 1_000_000_000_000;

/// Production's bounds, in one place: the macro uses them and the runtime's test compares them.
pub mod bounds {
	/// Registry: the smallest RSA modulus accepted, bits.
	pub const MIN_KEY_BITS: u32 = 2048;
	/// Registry: the longest key (DER SubjectPublicKeyInfo), bytes.
	pub const MAX_KEY_LENGTH: u32 = carechain_primitives::rsa_key::MAX_SPKI_DER_LEN;
	/// Registry: replaced keys kept per participant.
	pub const MAX_KEY_HISTORY: u32 = 8;
	/// Registry: physicians per hospital.
	pub const MAX_PHYSICIANS_PER_HOSPITAL: u32 = 512;
	/// Registry: hospitals per physician.
	pub const MAX_HOSPITALS_PER_PHYSICIAN: u32 = 8;
	/// Registry: devices per patient.
	pub const MAX_DEVICES_PER_PATIENT: u32 = 32;
	/// Registry: guardians per patient.
	pub const MAX_GUARDIANS: u32 = 8;
	/// Registry: wards per guardian.
	pub const MAX_WARDS: u32 = 32;
	/// Consent: grants per patient.
	pub const MAX_GRANTS_PER_PATIENT: u32 = 32;
	/// Consent: grants expiring per block.
	pub const MAX_EXPIRIES_PER_BLOCK: u32 = 64;
	/// Consent: blocks searched for room in the expiry queue.
	pub const EXPIRY_SEARCH_WINDOW: u32 = 16;
	/// Consent: a physician's unreviewed emergencies.
	pub const MAX_UNREVIEWED_EMERGENCIES: u32 = 16;
	/// Consent: audit entries kept per patient.
	pub const MAX_AUDIT_ENTRIES: u32 = 32;
	/// Records: the longest locator, bytes.
	pub const MAX_LOCATOR_LENGTH: u32 = 256;
	/// Records and intrusion detection: how far ahead of the block a device's clock may be, ms.
	pub const MAX_CLOCK_DRIFT: u64 = 30_000;
	/// Records: the longest wrapped key, bytes.
	pub const MAX_WRAPPED_KEY_LENGTH: u32 = 512;
	/// Records: readers per category-key rotation.
	pub const MAX_READERS_PER_ROTATION: u32 = 64;
	/// Records: custodians per patient.
	pub const MAX_CUSTODIANS: u32 = 7;
	/// Records: the smallest custody threshold.
	pub const MIN_CUSTODY_THRESHOLD: u32 = 2;
	/// Records: blocks custodians have to release their shares.
	pub const RELEASE_WINDOW: u64 = 10;
	/// Records: a reader's open custody reads.
	pub const MAX_OPEN_READS: u32 = 64;
	/// Records: readings per batch.
	pub const MAX_BATCH_READINGS: u32 = 16_384;
	/// Intrusion detection: intervals a device's baseline is learnt over.
	pub const BASELINE_INTERVALS: u32 = 20;
	/// Intrusion detection: intervals in the sliding window.
	pub const WINDOW_INTERVALS: u32 = 20;
	/// Intrusion detection: the threshold, percent of the baseline interval.
	pub const THRESHOLD_PERCENT: u32 = 75;
	/// Intrusion detection: the floor of a baseline interval, ms.
	pub const FLOOR_MS: u32 = 250;
	/// Intrusion detection: how many times the others' average a learning interval must be to
	/// be left out of the baseline as a pause (at most 4 with 20 intervals and 75 %).
	pub const PAUSE_FACTOR: u32 = 4;
	/// Intrusion detection: how long a device may buffer a reading, ms.
	pub const MAX_SEND_DELAY: u64 = 600_000;
	/// Intrusion detection: observations per node report.
	pub const MAX_OBSERVATIONS_PER_REPORT: u32 = 256;
	/// Intrusion detection: the longest node id, bytes.
	pub const MAX_NODE_ID_LENGTH: u32 = 128;
	/// Intrusion detection: reports kept per node.
	pub const MAX_NODE_REPORTS: u32 = 64;
	/// Intrusion detection: a monitor's report's priority in the pool.
	pub const REPORT_PRIORITY: u64 = u64::MAX / 2;
	/// Intrusion detection: a monitor's reports in one block.
	pub const MAX_REPORTS_PER_BLOCK: u32 = 2;
}

/// Configures frame-system, balances, timestamp and CareChain's registry, consent, records and
/// intrusion-detection pallets for `$runtime`, and implements [`KitRuntime`](crate::KitRuntime)
/// for it. `$runtime` is a `#[frame_support::runtime]` runtime with `System`, `Balances`,
/// `Timestamp`, `Registry`, `Consent`, `Records` and `IntrusionDetection` (the kit's
/// [`runtime`](crate::runtime) module is the model); your own pallets' configs you write
/// yourself. Pass their invariant checks as `try_state: [..]` to have them run after every test.
///
/// ```ignore
/// carechain_testing::impl_carechain_configs!(Test, try_state: [LabResults::do_try_state]);
/// ```
#[macro_export]
macro_rules! impl_carechain_configs {
	($runtime:ident) => {
		$crate::impl_carechain_configs!($runtime, try_state: []);
	};
	($runtime:ident, try_state: [$($check:path),* $(,)?]) => {
		// Written out, not `derive_impl`ed: `derive_impl` does not expand inside a `macro_rules!`.
		// frame-system's `TestDefaultConfig`, with balances' account data.
		impl $crate::frame_system::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type RuntimeOrigin = RuntimeOrigin;
			type RuntimeCall = RuntimeCall;
			type RuntimeTask = RuntimeTask;
			type PalletInfo = PalletInfo;
			type Block = $crate::frame_system::mocking::MockBlock<$runtime>;
			type Nonce = u32;
			type Hash = $crate::sp_core::H256;
			type Hashing = $crate::sp_runtime::traits::BlakeTwo256;
			type AccountId = u64;
			type Lookup = $crate::sp_runtime::traits::IdentityLookup<u64>;
			type MaxConsumers = $crate::frame_support::traits::ConstU32<16>;
			type AccountData = $crate::pallet_balances::AccountData<u64>;
			type OnNewAccount = ();
			type OnKilledAccount = ();
			type SystemWeightInfo = ();
			type ExtensionsWeightInfo = ();
			type SS58Prefix = ();
			type Version = ();
			type BlockWeights = ();
			type BlockLength = ();
			type DbWeight = ();
			type BaseCallFilter = $crate::frame_support::traits::Everything;
			type BlockHashCount = $crate::frame_support::traits::ConstU64<250>;
			type OnSetCode = ();
			type SingleBlockMigrations = ();
			type MultiBlockMigrator = ();
			type PreInherents = ();
			type PostInherents = ();
			type PostTransactions = ();
		}

		// Balances' `TestDefaultConfig`.
		impl $crate::pallet_balances::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type RuntimeHoldReason = RuntimeHoldReason;
			type RuntimeFreezeReason = RuntimeFreezeReason;
			type Balance = u64;
			type ExistentialDeposit = $crate::frame_support::traits::ConstU64<1>;
			type AccountStore = System;
			type ReserveIdentifier = ();
			type FreezeIdentifier = RuntimeFreezeReason;
			type DustRemoval = ();
			type MaxLocks = $crate::frame_support::traits::ConstU32<100>;
			type MaxReserves = $crate::frame_support::traits::ConstU32<100>;
			type MaxFreezes = $crate::frame_support::traits::VariantCountOf<RuntimeFreezeReason>;
			type WeightInfo = ();
			type DoneSlashHandler = ();
		}

		impl $crate::pallet_timestamp::Config for $runtime {
			type Moment = u64;
			type OnTimestampSet = ();
			type MinimumPeriod = $crate::frame_support::traits::ConstU64<1>;
			type WeightInfo = ();
		}

		impl $crate::pallet_registry::Config for $runtime {
			type HospitalOrigin = $crate::frame_system::EnsureRoot<u64>;
			type MinKeyBits = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MIN_KEY_BITS }>;
			type MaxKeyLength = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_KEY_LENGTH }>;
			type MaxKeyHistory = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_KEY_HISTORY }>;
			type MaxPhysiciansPerHospital = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_PHYSICIANS_PER_HOSPITAL }>;
			type MaxHospitalsPerPhysician = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_HOSPITALS_PER_PHYSICIAN }>;
			type MaxDevicesPerPatient = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_DEVICES_PER_PATIENT }>;
			type MaxGuardians = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_GUARDIANS }>;
			type MaxWards = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_WARDS }>;
			type WeightInfo = ();
		}

		impl $crate::pallet_consent::Config for $runtime {
			type Registry = Registry;
			type ReviewOrigin = $crate::frame_system::EnsureRoot<u64>;
			type MaxGrantsPerPatient = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_GRANTS_PER_PATIENT }>;
			type MaxGrantDuration = $crate::frame_support::traits::ConstU64<{ $crate::config::MAX_GRANT_DURATION }>;
			type MaxExpiriesPerBlock = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_EXPIRIES_PER_BLOCK }>;
			type ExpirySearchWindow = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::EXPIRY_SEARCH_WINDOW }>;
			type EmergencyAccessPeriod = $crate::frame_support::traits::ConstU64<{ $crate::config::EMERGENCY_ACCESS_PERIOD }>;
			type MaxUnreviewedEmergencies = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_UNREVIEWED_EMERGENCIES }>;
			type MaxAuditEntries = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_AUDIT_ENTRIES }>;
			type WeightInfo = ();
		}

		impl $crate::pallet_records::Config for $runtime {
			type Registry = Registry;
			type Consent = Consent;
			type Time = Timestamp;
			type MaxLocatorLength = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_LOCATOR_LENGTH }>;
			type MaxClockDrift = $crate::frame_support::traits::ConstU64<{ $crate::config::bounds::MAX_CLOCK_DRIFT }>;
			type MaxWrappedKeyLength = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_WRAPPED_KEY_LENGTH }>;
			type MaxReadersPerRotation = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_READERS_PER_ROTATION }>;
			type MaxCustodians = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_CUSTODIANS }>;
			type MinCustodyThreshold = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MIN_CUSTODY_THRESHOLD }>;
			type ReleaseWindow = $crate::frame_support::traits::ConstU64<{ $crate::config::bounds::RELEASE_WINDOW }>;
			type MaxOpenReads = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_OPEN_READS }>;
			type MaxBatchReadings = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_BATCH_READINGS }>;
			type WeightInfo = ();
		}

		impl $crate::pallet_intrusion_detection::Config for $runtime {
			type Registry = Registry;
			type AdminOrigin = $crate::frame_system::EnsureRoot<u64>;
			type Time = Timestamp;
			type BaselineIntervals = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::BASELINE_INTERVALS }>;
			type WindowIntervals = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::WINDOW_INTERVALS }>;
			type ThresholdPercent = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::THRESHOLD_PERCENT }>;
			type FloorMs = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::FLOOR_MS }>;
			type PauseFactor = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::PAUSE_FACTOR }>;
			type MaxSendDelay = $crate::frame_support::traits::ConstU64<{ $crate::config::bounds::MAX_SEND_DELAY }>;
			type MaxClockDrift = $crate::frame_support::traits::ConstU64<{ $crate::config::bounds::MAX_CLOCK_DRIFT }>;
			type SentAt = $crate::AnchorTime<$runtime>;
			type DeviceCalls = $crate::DeviceCalls<$runtime>;
			type MaxObservationsPerReport = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_OBSERVATIONS_PER_REPORT }>;
			type NodeOwners = $crate::MockNodeOwners;
			type MaxNodeIdLength = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_NODE_ID_LENGTH }>;
			type MaxNodeReports = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_NODE_REPORTS }>;
			type ReportPriority = $crate::frame_support::traits::ConstU64<{ $crate::config::bounds::REPORT_PRIORITY }>;
			type MaxReportsPerBlock = $crate::frame_support::traits::ConstU32<{ $crate::config::bounds::MAX_REPORTS_PER_BLOCK }>;
			type WeightInfo = ();
		}

		impl $crate::KitRuntime for $runtime {
			type AllPallets = AllPalletsWithSystem;

			fn records_event(
				event: RuntimeEvent,
			) -> Option<$crate::pallet_records::Event<$runtime>> {
				event.try_into().ok()
			}

			fn consent_event(
				event: RuntimeEvent,
			) -> Option<$crate::pallet_consent::Event<$runtime>> {
				event.try_into().ok()
			}

			fn try_state_others() -> Result<(), $crate::sp_runtime::TryRuntimeError> {
				$( $check()?; )*
				Ok(())
			}
		}
	};
}
