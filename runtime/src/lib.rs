//! # CareChain runtime
//!
//! The state transition function of CareChain, a permissioned chain that hospitals run together
//! as a consortium. It composes FRAME's system pallets (system, timestamp, balances, transaction
//! payment), Proof-of-Authority consensus (Aura authoring, GRANDPA finality, the validator set in
//! sessions), the consortium's governance (the hospitals' council, its membership, the validator
//! set and member nodes it changes by motion, runtime upgrades by motion), utility, sudo (only on
//! dev and local chains: a consortium's genesis has no sudo key), and CareChain's own pallets
//! (registry, consent, records, intrusion detection), each at a fixed index.
//!
//! Layout: `configs/` holds one `Config` implementation per pallet (`configs/governance.rs` the
//! consortium's, with the origin of every power), `apis.rs` the runtime APIs,
//! `genesis_config_presets.rs` the genesis presets (`development`, `local_testnet`, and the
//! consortium genesis a members file is turned into).

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` and `impl_runtime_apis` expand to deeply nested code.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

// Before `apis`: the benchmark list macros it calls are defined here.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

extern crate alloc;

use alloc::vec::Vec;

use sp_runtime::{generic, impl_opaque_keys};
use sp_version::RuntimeVersion;

pub use carechain_primitives::{
	AccountId, Address, Balance, BlockNumber, Hash, Header, Moment, Nonce, Signature, DAYS, HOURS,
	MICRO_UNIT, MILLI_SECS_PER_BLOCK, MILLI_UNIT, MINUTES, UNIT,
};
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types, for the node: it need not know the runtime's calls to author, import and sync.
pub mod opaque {
	pub use carechain_primitives::opaque::*;
	pub use carechain_primitives::{Hash, Header};
}

impl_opaque_keys! {
	/// The keys an authority holds: Aura to author blocks, GRANDPA to vote on finality.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// `VERSION`, with the implementation name `$impl_name`: "carechain", or with the
/// `machine-ceiling` feature (the throughput benchmark's probe, never a consortium's runtime)
/// "carechain-machine-ceiling", so that the probe names itself wherever it runs.
macro_rules! runtime_version {
	($impl_name:tt) => {
		/// The runtime version. `spec_version` goes up with every change of runtime logic,
		/// `transaction_version` with every change of a call's index or parameters.
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("carechain"),
			impl_name: alloc::borrow::Cow::Borrowed($impl_name),
			authoring_version: 1,
			spec_version: 131,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 6,
			system_version: 1,
		};
	};
}
#[cfg(not(feature = "machine-ceiling"))]
runtime_version!("carechain");
#[cfg(feature = "machine-ceiling")]
runtime_version!("carechain-machine-ceiling");

/// The Aura slot duration: one block per slot, at the target block time.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// How many block hashes the chain keeps (mortal transactions refer to one of them).
pub const BLOCK_HASH_COUNT: BlockNumber = 2400;

/// The minimum balance an account must hold to exist.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// The block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block with its justifications (GRANDPA's finality proofs).
pub type SignedBlock = generic::SignedBlock<Block>;

/// The transaction extensions: what a signed transaction carries besides its call, and what the
/// chain checks before it dispatches one.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	// Before weight and fees: a quarantined account's transaction is refused before it costs.
	pallet_intrusion_detection::CheckQuarantine<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as the runtime decodes it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// What a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// The extensions of an immortal transaction with `nonce`, no tip and no metadata hash: what the
/// node's monitor signs its reports with, and the end-to-end tests their transactions.
pub fn immortal_extension(nonce: Nonce) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(generic::Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		pallet_intrusion_detection::CheckQuarantine::new(),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
}

/// What [`immortal_extension`] implies without carrying it (signed, not sent): the runtime's
/// versions and the genesis hash, which an immortal transaction also uses as its era's block.
pub fn immortal_implicit(
	spec_version: u32,
	transaction_version: u32,
	genesis: Hash,
) -> <TxExtension as sp_runtime::traits::TransactionExtension<RuntimeCall>>::Implicit {
	((), (), spec_version, transaction_version, genesis, genesis, (), (), (), (), None, ())
}

/// The storage migrations this runtime runs on upgrade, oldest first. Each of CareChain's pallets'
/// is versioned: it runs only while its pallet's on-chain storage version is the one it migrates
/// from. The last fills in what equivocation reports need from pallet-grandpa's storage, and only
/// where it is missing.
#[allow(unused_parens)]
type Migrations = (
	pallet_registry::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_intrusion_detection::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_intrusion_detection::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_intrusion_detection::migrations::v4::MigrateV3ToV4<Runtime>,
	pallet_consent::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_records::migrations::MigrateV1ToV2<Runtime>,
	configs::equivocation::NoteThePreviousGrandpaSet,
);

/// Dispatches calls to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The pallets, with indices that never change once a chain is live.
///
/// CareChain's own pallets: 10 registry, 11 consent, 12 records, 13 intrusion detection.
/// Governance takes 20 onwards: 20 hospital membership, 21 hospital council, 22 consortium (the
/// validator set and upgrades), 23 session, 24 node authorization, then equivocation reporting:
/// 25 authorship (who included a report), 26 historical sessions (proofs that a key was a
/// validator's), 27 offences.
///
/// Genesis and hooks run in index order: the consortium's validators (22) exist before the
/// session pallet (23) asks for them at genesis.
#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(10)]
	pub type Registry = pallet_registry;

	#[runtime::pallet_index(11)]
	pub type Consent = pallet_consent;

	#[runtime::pallet_index(12)]
	pub type Records = pallet_records;

	#[runtime::pallet_index(13)]
	pub type IntrusionDetection = pallet_intrusion_detection;

	#[runtime::pallet_index(14)]
	pub type Envelopes = pallet_envelopes;

	#[runtime::pallet_index(20)]
	pub type HospitalMembership = pallet_membership<Instance1>;

	#[runtime::pallet_index(21)]
	pub type HospitalCouncil = pallet_collective<Instance1>;

	#[runtime::pallet_index(22)]
	pub type Consortium = pallet_consortium;

	#[runtime::pallet_index(23)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(24)]
	pub type NodeAuthorization = pallet_node_authorization;

	#[runtime::pallet_index(25)]
	pub type Authorship = pallet_authorship;

	#[runtime::pallet_index(26)]
	pub type Historical = pallet_session::historical;

	#[runtime::pallet_index(27)]
	pub type Offences = pallet_offences;

	#[runtime::pallet_index(28)]
	pub type AuraEquivocation = pallet_aura_equivocation;

	/// The example pallet (docs/writing-a-pallet.md): only with the `example-lab-results`
	/// feature, never in a consortium's runtime.
	#[cfg(feature = "example-lab-results")]
	#[runtime::pallet_index(60)]
	pub type LabResults = pallet_example_lab_results;
}
