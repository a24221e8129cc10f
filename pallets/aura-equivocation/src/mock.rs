//! A minimal runtime for the pallet's tests: frame-system, pallet-offences (real) and this
//! pallet, accounts `u64`, real sr25519 Aura keys from the externalities' keystore, and a
//! stand-in for pallet-session's historical proofs ([`KeyOwners`]).

use crate as pallet_aura_equivocation;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{derive_impl, parameter_types, storage::unhashed, traits::KeyOwnerProofSystem};
use scale_info::TypeInfo;
use sp_consensus_aura::sr25519::AuthorityId;
use sp_core::{
	crypto::KeyTypeId,
	offchain::{testing::TestTransactionPoolExt, TransactionPoolExt},
};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{BuildStorage, RuntimeAppPublic};
use sp_session::{GetSessionNumber, GetValidatorCount};

type Block = frame_system::mocking::MockBlock<Test>;
pub type Extrinsic = frame_system::mocking::MockUncheckedExtrinsic<Test>;

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
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(27)]
	pub type Offences = pallet_offences;

	#[runtime::pallet_index(28)]
	pub type AuraEquivocation = pallet_aura_equivocation;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_offences::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = (u64, ());
	type OnOffenceHandler = ();
}

/// The validators every session of the mock has.
pub const VALIDATOR_COUNT: u32 = 4;
/// The session the tests run in.
pub const SESSION: u32 = 10;
/// Who authors the tests' blocks (credited with unsigned reports).
pub const AUTHOR: u64 = 7;
/// The longest header a report may carry here.
pub const MAX_HEADER_LENGTH: u32 = 1024;
/// The longest key-ownership proof a report may carry here.
pub const MAX_PROOF_LENGTH: u32 = 128;

/// The slot the tests run at.
pub const NOW: u64 = 105;
/// How many slots back a report may reach here.
pub const WINDOW: u64 = 20;

parameter_types! {
	pub static CurrentSession: u32 = SESSION;
	pub static CurrentSlot: crate::Slot = crate::Slot::from(NOW);
	pub const ReportWindow: u64 = WINDOW;
	pub static BlockAuthor: Option<u64> = Some(AUTHOR);
	pub const ReportLongevity: u64 = 10;
	pub const MaxHeaderLength: u32 = MAX_HEADER_LENGTH;
	pub const MaxKeyOwnershipProofLength: u32 = MAX_PROOF_LENGTH;
}

impl pallet_aura_equivocation::Config for Test {
	type AuthorityId = AuthorityId;
	type KeyOwnerProof = KeyOwnerProof;
	type EquivocationReportSystem = pallet_aura_equivocation::EquivocationReportSystem<
		Test,
		Offences,
		KeyOwners,
		ReportLongevity,
	>;
	type CurrentSession = CurrentSession;
	type CurrentSlot = CurrentSlot;
	type ReportWindow = ReportWindow;
	type BlockAuthor = BlockAuthor;
	type MaxHeaderLength = MaxHeaderLength;
	type MaxKeyOwnershipProofLength = MaxKeyOwnershipProofLength;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = KeyOwners;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateBare<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> Extrinsic {
		Extrinsic::new_bare(call)
	}
}

/// The stand-in for a historical key-ownership proof: the session, the validator count, the
/// account claimed to own the key, and bytes that only make it longer.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct KeyOwnerProof {
	pub session: u32,
	pub validator_count: u32,
	pub owner: u64,
	pub padding: Vec<u8>,
}

impl GetSessionNumber for KeyOwnerProof {
	fn session(&self) -> u32 {
		self.session
	}
}

impl GetValidatorCount for KeyOwnerProof {
	fn validator_count(&self) -> u32 {
		self.validator_count
	}
}

/// pallet-session's historical proofs, as far as this pallet relies on them: a proof names the
/// key's owner, and holds if that account is a validator with that Aura key (registered by
/// [`KeyOwners::register`], in storage, so each test starts afresh) and the count is
/// [`VALIDATOR_COUNT`]. It does not model sessions: a key is a validator's in every session, and
/// which sessions a report may use is the pallet's check. Nor are proofs Merkle proofs.
pub struct KeyOwners;

impl KeyOwners {
	fn storage_key(key: &AuthorityId) -> Vec<u8> {
		(b"mock:aura_key_owner", key).encode()
	}

	/// Make `owner` a validator whose Aura key is `key`.
	pub fn register(owner: u64, key: &AuthorityId) {
		unhashed::put(&Self::storage_key(key), &owner);
	}

	/// The proof that `key` is `owner`'s, in `session`.
	pub fn proof(owner: u64, session: u32) -> KeyOwnerProof {
		KeyOwnerProof { session, validator_count: VALIDATOR_COUNT, owner, padding: Vec::new() }
	}
}

impl KeyOwnerProofSystem<(KeyTypeId, AuthorityId)> for KeyOwners {
	type Proof = KeyOwnerProof;
	type IdentificationTuple = (u64, ());

	fn prove((key_type, key): (KeyTypeId, AuthorityId)) -> Option<KeyOwnerProof> {
		if key_type != AuthorityId::ID {
			return None;
		}
		let owner = unhashed::get::<u64>(&Self::storage_key(&key))?;
		Some(Self::proof(owner, CurrentSession::get()))
	}

	fn check_proof(
		(key_type, key): (KeyTypeId, AuthorityId),
		proof: KeyOwnerProof,
	) -> Option<(u64, ())> {
		let owner = unhashed::get::<u64>(&Self::storage_key(&key))?;
		(key_type == AuthorityId::ID
			&& owner == proof.owner
			&& proof.validator_count == VALIDATOR_COUNT)
			.then_some((owner, ()))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AuthorityId, KeyOwnerProof> for KeyOwners {
	fn prove_validator_key(offender: &AuthorityId) -> KeyOwnerProof {
		Self::register(1, offender);
		Self::proof(1, CurrentSession::get())
	}
}

/// Externalities with a keystore (the Aura keys are made in it) and an offchain transaction
/// pool (what `publish_evidence` submits to), at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_with_pool().0
}

/// [`new_test_ext`], and a reader of the encoded transactions submitted to its pool.
pub fn new_test_ext_with_pool() -> (sp_io::TestExternalities, impl Fn() -> Vec<Vec<u8>>) {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(KeystoreExt::new(MemoryKeystore::new()));
	let (pool, state) = TestTransactionPoolExt::new();
	ext.register_extension(TransactionPoolExt::new(pool));
	ext.execute_with(|| System::set_block_number(1));
	(ext, move || state.read().transactions.clone())
}
