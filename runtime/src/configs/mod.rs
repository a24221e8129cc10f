//! One `Config` implementation per pallet. Defaults come from each pallet's config prelude
//! (`derive_impl`); what is set here is what CareChain chooses differently.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, IdentityFee, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, transaction_validity::TransactionPriority, Perbill};
use sp_version::RuntimeVersion;

use carechain_primitives::{DAYS, HOURS};

pub mod equivocation;
#[cfg(feature = "example-lab-results")]
pub mod example;
pub mod governance;
#[cfg(test)]
mod monitor_reports;
pub mod payment;
#[cfg(test)]
mod testing_kit;
use governance::{ConsortiumMajority, ConsortiumSuperMajority};

use super::{
	weights, AccountId, Aura, Balance, Block, BlockNumber, Consent, Hash, Nonce, PalletInfo,
	Records, Registry, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, System, Timestamp, BLOCK_HASH_COUNT, EXISTENTIAL_DEPOSIT,
	SLOT_DURATION, VERSION,
};

/// Normal (user) transactions may fill this share of a block; the rest is kept for
/// operational ones (governance, emergency measures) and for the block's own work.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// The weight a full block may take: a third of a 3 s slot. The author has two thirds of the
/// slot to build (Aura's proposal portion); a third leaves room for importing the block on the
/// slowest consortium node and for propagation before the next slot starts.
/// Proof size is unlimited: a solo chain has no relay chain to send proofs of validity to.
#[cfg(not(feature = "machine-ceiling"))]
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, u64::MAX);

/// The byte length a full block may take. CareChain anchors hashes, not data, so blocks are
/// small; 2 MiB leaves ample room and crosses a hospital WAN link well inside a slot.
#[cfg(not(feature = "machine-ceiling"))]
const MAXIMUM_BLOCK_LENGTH: u32 = 2 * 1024 * 1024;

/// Only with the `machine-ceiling` feature, for the throughput benchmark's probe
/// (`scripts/throughput-bench.sh --machine-ceiling`), never in a consortium's runtime: a block
/// may weigh more than a whole slot, so that the runtime stops no block: the time Aura gives the
/// author to build and the block builder's own size limit decide how much a block holds.
#[cfg(feature = "machine-ceiling")]
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(8 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX);

/// Only with the `machine-ceiling` feature (above): four times a consortium block's length.
#[cfg(feature = "machine-ceiling")]
const MAXIMUM_BLOCK_LENGTH: u32 = 8 * 1024 * 1024;

/// The number of authorities (hospital validators) Aura and GRANDPA accept.
const MAX_AUTHORITIES: u32 = 32;

parameter_types! {
	pub const BlockHashCount: BlockNumber = BLOCK_HASH_COUNT;
	pub const Version: RuntimeVersion = VERSION;

	/// FRAME's sensible defaults (a normal share, the rest reserved for operational
	/// transactions, a tenth of a block for its initialisation), with an empty block's and an
	/// extrinsic's base measured on this runtime (`scripts/benchmark.sh overhead`) instead of
	/// the Substrate reference machine's figures that `with_sensible_defaults` states.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(weights::block_weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| {
			class.base_extrinsic = weights::extrinsic_weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |class| {
			class.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			class.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT.saturating_sub(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic();
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAXIMUM_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	pub const SS58Prefix: u8 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores its state in ParityDB: reads and writes cost what they were measured to
	/// cost on it here (`weights/paritydb_weights.rs`), not FRAME's stock figures for ParityDB.
	type DbWeight = weights::paritydb_weights::ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	/// Measured on this runtime (`weights/`), as are the other FRAME pallets' below.
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = weights::frame_system_extensions::WeightInfo<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	/// One block per slot: a second block in a slot would be an equivocation.
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = equivocation::MaxNominators;
	/// GRANDPA sets whose session is remembered, so that a report about one can be checked.
	type MaxSetIdSessionEntries = ConstU64<{ equivocation::KEPT_SESSIONS as u64 }>;
	/// A vote's key proven a validator's of its session by the historical session roots.
	type KeyOwnerProof = sp_session::MembershipProof;
	/// Reports become offences in pallet-offences, once per validator and set, credited to no
	/// offender ([`equivocation::OncePerSet`]).
	type EquivocationReportSystem = pallet_grandpa::EquivocationReportSystem<
		Self,
		equivocation::OncePerSet,
		super::Historical,
		equivocation::ReportLongevity,
	>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Runtime {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Free for registered participants' CareChain calls, paid otherwise (`payment.rs`).
	type OnChargeTransaction = payment::FreeForParticipants;
	/// Operational transactions pay a higher tip-equivalent for their priority.
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	/// A permissioned chain needs no congestion pricing: fees stay predictable for hospitals.
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = weights::pallet_sudo::WeightInfo<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = super::OriginCaller;
	type WeightInfo = weights::pallet_utility::WeightInfo<Runtime>;
}

parameter_types! {
	/// The consortium's minimum RSA key size.
	pub const MinKeyBits: u32 = 2048;
	/// A 4096-bit key, the largest accepted, in DER.
	pub const MaxKeyLength: u32 = carechain_primitives::rsa_key::MAX_SPKI_DER_LEN;
}

impl pallet_registry::Config for Runtime {
	/// Admitting, suspending or revoking a hospital or any participant chain-wide changes who
	/// belongs to the consortium: two thirds of the council.
	type HospitalOrigin = ConsortiumSuperMajority;
	type MinKeyBits = MinKeyBits;
	type MaxKeyLength = MaxKeyLength;
	type MaxKeyHistory = ConstU32<8>;
	type MaxPhysiciansPerHospital = ConstU32<512>;
	type MaxHospitalsPerPhysician = ConstU32<8>;
	type MaxDevicesPerPatient = ConstU32<32>;
	type MaxGuardians = ConstU32<8>;
	type MaxWards = ConstU32<32>;
	type WeightInfo = pallet_registry::weights::SubstrateWeight<Runtime>;
}

impl pallet_consent::Config for Runtime {
	type Registry = Registry;
	/// Concluding an emergency-access review: more than half of the council.
	type ReviewOrigin = ConsortiumMajority;
	type MaxGrantsPerPatient = ConstU32<32>;
	/// A year: a grant for a chronic condition is renewed yearly at the latest.
	type MaxGrantDuration = ConstU32<{ 365 * DAYS }>;
	type MaxExpiriesPerBlock = ConstU32<64>;
	type ExpirySearchWindow = ConstU32<16>;
	/// Four hours of break-glass access; a physician who needs longer opens another, which is
	/// reviewed too.
	type EmergencyAccessPeriod = ConstU32<{ 4 * HOURS }>;
	type MaxUnreviewedEmergencies = ConstU32<16>;
	type MaxAuditEntries = ConstU32<32>;
	type WeightInfo = pallet_consent::weights::SubstrateWeight<Runtime>;
}

impl pallet_records::Config for Runtime {
	type Registry = Registry;
	type Consent = Consent;
	type Time = Timestamp;
	/// Room for an `ipfs://` CID with a path, or an https URL.
	type MaxLocatorLength = ConstU32<256>;
	/// Devices' clocks may run 30 s ahead of the block author's.
	type MaxClockDrift = ConstU64<30_000>;
	/// A key wrapped to a 4096-bit RSA key.
	type MaxWrappedKeyLength = ConstU32<512>;
	type MaxReadersPerRotation = ConstU32<64>;
	/// Up to seven custodian hospitals per patient.
	type MaxCustodians = ConstU32<7>;
	/// No custodian alone opens a record.
	type MinCustodyThreshold = ConstU32<2>;
	/// Custodians release shares within 10 blocks (30 s) of a granted read: their services act
	/// on its block and are in one of the next.
	type ReleaseWindow = ConstU32<10>;
	/// A reader opens up to 64 custody records at once (a batch of reads).
	type MaxOpenReads = ConstU32<64>;
	/// A batch of up to 16,384 readings (a gateway of a thousand devices reading every second
	/// for 16 s): a reading's proof is at most 14 hashes.
	type MaxBatchReadings = ConstU32<16_384>;
	type WeightInfo = pallet_records::weights::SubstrateWeight<Runtime>;
}

impl pallet_envelopes::Config for Runtime {
	type Registry = Registry;
	type Records = Records;
	/// A reading's envelope is about 1 KB (2 KB with seven custodians' shares); 16 KiB leaves
	/// room for a longer one (a short waveform) while bounding what one free transaction makes
	/// every node keep. Larger objects belong in a hospital's archive, anchored by locator.
	type MaxEnvelopeLength = ConstU32<16_384>;
	type WeightInfo = pallet_envelopes::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = EnvelopesBenchmark;
}

/// The envelopes benchmarks' batch: the most readings a batch may have, of a device registered
/// for it, the reading's proof the longest.
#[cfg(feature = "runtime-benchmarks")]
pub struct EnvelopesBenchmark;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_envelopes::BenchmarkHelper<AccountId> for EnvelopesBenchmark {
	fn anchored_batch_reading(reading: &[u8]) -> (AccountId, u64, pallet_envelopes::ReadingProof) {
		use carechain_primitives::registry::RegistrySetup;
		use frame_support::traits::Get;
		let account = |n: u8| AccountId::from([n; 32]);
		let (hospital, patient, device) = (account(1), account(2), account(3));
		Registry::add_hospital(&hospital);
		Registry::add_patient(&patient);
		Registry::add_device(
			&device,
			&patient,
			&hospital,
			carechain_primitives::testing::keys::RSA_2048_A,
		);
		let most = <Runtime as pallet_records::Config>::MaxBatchReadings::get();
		use sp_runtime::traits::{BlakeTwo256, Hash as _};
		let mut leaves: alloc::vec::Vec<sp_core::H256> =
			(0..most).map(|i| BlakeTwo256::hash(&i.to_le_bytes())).collect();
		let last = leaves.len() - 1;
		leaves[last] = BlakeTwo256::hash(reading);
		let id = Records::benchmark_batch(&device, &patient, &leaves);
		let proof = carechain_primitives::batch::batch_proof(&leaves, last as u32)
			.expect("the last reading is in the batch; qed");
		let siblings = proof.siblings.try_into().expect("14 siblings fit 32; qed");
		(device, id, pallet_envelopes::ReadingProof { index: last as u32, siblings })
	}
}

impl pallet_intrusion_detection::Config for Runtime {
	type Registry = Registry;
	/// Monitors and chain-wide reinstatement: more than half of the council.
	type AdminOrigin = ConsortiumMajority;
	type Time = Timestamp;
	/// BIoTIDS' parameters, with windows of 20 intervals instead of the paper's 10: an honest
	/// device's alarm (three readings 300 ms apart) in a window of 10 brought a 1 s device's
	/// average to 79 % of its baseline, a hair above the 75 % threshold, and the detection
	/// benchmark (`carechain-node detection-quality`) quarantined 12 of 60 honest devices with
	/// windows of 10 and none with 20. A steady flood is still caught within two blocks.
	type BaselineIntervals = ConstU32<20>;
	type WindowIntervals = ConstU32<20>;
	type ThresholdPercent = ConstU32<75>;
	/// At most four requests a second as a device's baseline: a device that reads faster
	/// batches its readings off-chain. (Not one slot: devices timed by their readings' own
	/// times may read several times a block, as the README's load run at 1/s does.)
	type FloorMs = ConstU32<250>;
	/// An outage while a device's baseline is learned (a gap more than four times its usual
	/// interval, counted by the chain and again in a monitor's report) is left out of the
	/// baseline, not taken for its rate. At most 4 with 20 intervals and 75 % (the pallet's
	/// integrity test: two gaps just short of pauses must not make the usual rate a flood).
	type PauseFactor = ConstU32<4>;
	/// Readings buffered through an outage of up to ten minutes keep their own spacing; older
	/// ones are refused (a device hands them to its hospital another way).
	type MaxSendDelay = ConstU64<600_000>;
	/// As records' `MaxClockDrift`.
	type MaxClockDrift = ConstU64<30_000>;
	type SentAt = AnchorTime;
	type DeviceCalls = DeviceCalls;
	type MaxObservationsPerReport = ConstU32<256>;
	type NodeOwners = governance::MemberNodes;
	type MaxNodeIdLength = governance::MaxPeerIdLength;
	/// Every hospital, and as many monitors made by governance.
	type MaxNodeReports = ConstU32<{ 2 * governance::MAX_HOSPITALS }>;
	/// Above anything a fee or a tip buys in practice, below an equivocation report's (`MAX`):
	/// a monitor's report is not queued behind the flood it reports, and neither is its
	/// signer's next transaction (a hospital's council motion, say).
	type ReportPriority = ConstU64<{ TransactionPriority::MAX / 2 }>;
	/// An honest node's report of devices in flight and a report of a node it banned. A rogue
	/// monitor's reports take at most two of the heaviest (256 devices, about 24 ms) of a
	/// block: 6 % of its normal share.
	type MaxReportsPerBlock = ConstU32<2>;
	type WeightInfo = pallet_intrusion_detection::weights::SubstrateWeight<Runtime>;
}

/// A device's anchor, of one reading or a batch, says when its reading was taken (a batch: its
/// last); intrusion detection times it by that.
pub struct AnchorTime;
impl pallet_intrusion_detection::SentAt<RuntimeCall> for AnchorTime {
	/// A device's envelopes (`envelopes.store`) do not count: each is one of a record's the
	/// device anchored (the anchor counted, timed by its reading), and a batch's are many at once,
	/// which would look like a flood. Quarantine still refuses them.
	fn counted(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::Envelopes(_))
	}

	fn sent_at(call: &RuntimeCall) -> Option<u64> {
		match call {
			RuntimeCall::Records(
				pallet_records::Call::anchor { taken_at, .. }
				| pallet_records::Call::anchor_batch { taken_at, .. },
			) => Some(*taken_at),
			_ => None,
		}
	}
}

/// What a device may sign, an allowlist: the records, consent and registry calls (each one call
/// that intrusion detection counts as one request, and that decides itself whether a device may
/// make it) and a remark. Not `utility` (a batch would carry hundreds of anchors in what counts
/// as one request, `as_derivative` would sign as an account nobody judges), nor any wrapper a
/// later runtime adds, unless it is added here.
pub struct DeviceCalls;
impl frame_support::traits::Contains<RuntimeCall> for DeviceCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Records(_)
				| RuntimeCall::Envelopes(_)
				| RuntimeCall::Consent(_)
				| RuntimeCall::Registry(_)
				| RuntimeCall::System(
					frame_system::Call::remark { .. }
						| frame_system::Call::remark_with_event { .. }
				)
		)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_intrusion_detection::SentAt;

	#[test]
	fn anchors_and_batches_are_timed_by_their_readings_and_nothing_else_is() {
		let patient = AccountId::from([1u8; 32]);
		let anchor = RuntimeCall::Records(pallet_records::Call::anchor {
			patient: patient.clone(),
			category: carechain_primitives::consent::DataCategory::VitalSigns,
			content_hash: Default::default(),
			locator: Default::default(),
			size: 1,
			envelope_version: 1,
			key_epoch: 0,
			purpose: carechain_primitives::consent::Purpose::Treatment,
			signature: None,
			taken_at: 7,
		});
		let batch = RuntimeCall::Records(pallet_records::Call::anchor_batch {
			patient: patient.clone(),
			category: carechain_primitives::consent::DataCategory::VitalSigns,
			root: Default::default(),
			readings: 2,
			locator: Default::default(),
			size: 1,
			envelope_version: 1,
			key_epoch: 0,
			purpose: carechain_primitives::consent::Purpose::Treatment,
			signature: None,
			taken_at: 9,
		});
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: patient.into(),
			value: 1,
		});
		assert_eq!(AnchorTime::sent_at(&anchor), Some(7));
		assert_eq!(AnchorTime::sent_at(&batch), Some(9));
		assert_eq!(AnchorTime::sent_at(&transfer), None);
		// Every call counts as a request but a device's envelopes, which its anchors bound.
		let store = RuntimeCall::Envelopes(pallet_envelopes::Call::store {
			record_id: 0,
			reading: None,
			envelope: vec![1].try_into().unwrap(),
		});
		assert!(!AnchorTime::counted(&store));
		assert!([anchor, batch, transfer].iter().all(AnchorTime::counted));
	}

	/// The longest envelope, with the longest proof, fits one normal transaction, and its weight
	/// leaves room for many in a block.
	#[test]
	fn the_longest_envelope_fits_a_transaction_and_a_block() {
		use frame_support::dispatch::GetDispatchInfo;
		use frame_support::traits::Get;
		let longest: u32 = <Runtime as pallet_envelopes::Config>::MaxEnvelopeLength::get();
		let longest = longest as usize;
		let store = RuntimeCall::Envelopes(pallet_envelopes::Call::store {
			record_id: u64::MAX,
			reading: Some(pallet_envelopes::ReadingProof {
				index: u32::MAX,
				siblings: vec![Default::default(); pallet_envelopes::MAX_PROOF_SIBLINGS as usize]
					.try_into()
					.unwrap(),
			}),
			envelope: vec![0xe5; longest].try_into().unwrap(),
		});
		let weight = store.get_dispatch_info().call_weight;
		let normal = RuntimeBlockWeights::get()
			.get(DispatchClass::Normal)
			.max_extrinsic
			.expect("normal transactions are bounded");
		assert!(weight.ref_time().saturating_mul(100) < normal.ref_time(), "{weight:?}");
		let length = *RuntimeBlockLength::get().max.get(DispatchClass::Normal) as usize;
		assert!(codec::Encode::encoded_size(&store).saturating_mul(64) < length);
	}

	/// The block's limits are FRAME's sensible defaults; only the two bases are this runtime's,
	/// measured here (`scripts/benchmark.sh overhead`).
	#[test]
	fn block_weights_are_frames_defaults_with_the_bases_measured_here() {
		let ours = RuntimeBlockWeights::get();
		let defaults =
			BlockWeights::with_sensible_defaults(MAXIMUM_BLOCK_WEIGHT, NORMAL_DISPATCH_RATIO);
		let base = weights::extrinsic_weights::ExtrinsicBaseWeight::get();
		assert!(RuntimeBlockWeights::get().validate().is_ok());
		assert_eq!(ours.base_block, weights::block_weights::BlockExecutionWeight::get());
		assert_eq!(ours.max_block, defaults.max_block);
		for class in DispatchClass::all() {
			let (mine, stock) = (ours.get(*class), defaults.get(*class));
			assert_eq!(mine.base_extrinsic, base, "{class:?}");
			assert_eq!(mine.max_total, stock.max_total, "{class:?}");
			assert_eq!(mine.reserved, stock.reserved, "{class:?}");
			// The largest transaction is what the class may take, less a tenth of a block for
			// its initialisation and this runtime's base, not the reference machine's.
			let expected = stock
				.max_extrinsic
				.map(|max| max.saturating_add(stock.base_extrinsic).saturating_sub(base));
			assert_eq!(mine.max_extrinsic, expected, "{class:?}");
		}
		// Normal transactions may take three quarters of the block; operational ones the whole
		// block, with the last quarter kept for them.
		let normal = ours.get(DispatchClass::Normal).max_total.expect("bounded");
		assert_eq!(normal, NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		let operational = ours.get(DispatchClass::Operational);
		assert_eq!(operational.max_total, Some(MAXIMUM_BLOCK_WEIGHT));
		assert_eq!(operational.reserved, Some(MAXIMUM_BLOCK_WEIGHT.saturating_sub(normal)));
	}

	/// A consortium's runtime is built without `machine-ceiling` (the throughput benchmark's
	/// probe, whose blocks may weigh 8 s): a block weighs a third of the 3 s slot and holds at
	/// most 2 MiB, and the runtime calls itself "carechain". Fails if any crate of the workspace
	/// turns the feature on.
	#[test]
	fn a_block_weighs_a_third_of_the_slot_and_holds_two_mebibytes() {
		assert!(!cfg!(feature = "machine-ceiling"));
		assert_eq!(VERSION.impl_name, "carechain");
		let third_of_the_slot = SLOT_DURATION * WEIGHT_REF_TIME_PER_SECOND / 1000 / 3;
		assert_eq!(RuntimeBlockWeights::get().max_block.ref_time(), third_of_the_slot);
		assert_eq!(*RuntimeBlockLength::get().max.get(DispatchClass::Operational), 2 * 1024 * 1024);
	}
}
