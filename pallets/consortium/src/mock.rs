//! A minimal runtime for the consortium pallet's tests: accounts are `u64`, governance is root,
//! accounts below 100 have session keys (see [`WithKeys`]), a session ends every
//! [`SESSION_PERIOD`] blocks (see [`EveryTenBlocks`]), and the genesis set is
//! [`cast::GENESIS_VALIDATORS`].

use crate as pallet_consortium;
use codec::Encode;
use frame_support::{
	derive_impl,
	storage::unhashed,
	traits::{ConstU32, Hooks, ValidatorRegistration},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

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

	#[runtime::pallet_index(23)]
	pub type Consortium = pallet_consortium;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_consortium::Config for Test {
	type ValidatorOrigin = EnsureRoot<u64>;
	type UpgradeOrigin = EnsureRoot<u64>;
	type MinValidators = ConstU32<2>;
	type MaxValidators = ConstU32<5>;
	type ValidatorRegistration = WithKeys;
	type SessionRotation = EveryTenBlocks;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = WithKeys;
}

/// The session pallet's stand-in: accounts below 100 have session keys, those from 100 on do not
/// unless the benchmarks registered keys for them (kept in storage, so each test starts afresh).
pub struct WithKeys;

impl WithKeys {
	fn storage_key(who: &u64) -> Vec<u8> {
		(b"mock:session_keys", who).encode()
	}
}

impl ValidatorRegistration<u64> for WithKeys {
	fn is_registered(who: &u64) -> bool {
		*who < 100 || unhashed::exists(&Self::storage_key(who))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consortium::BenchmarkHelper<u64> for WithKeys {
	fn register_session_keys(who: &u64) {
		unhashed::put(&Self::storage_key(who), &());
	}
}

/// Blocks per session in the mock.
pub const SESSION_PERIOD: u64 = 10;

/// The session pallet's rotation stand-in: a session ends every [`SESSION_PERIOD`] blocks, and
/// each rotation is counted and plans the session after the next with the pallet, as the
/// session pallet's does.
pub struct EveryTenBlocks;

impl EveryTenBlocks {
	const ROTATIONS: &'static [u8] = b"mock:rotations";

	/// The sessions ended so far, which is the current session's index.
	pub fn rotations() -> u32 {
		unhashed::get(Self::ROTATIONS).unwrap_or(0)
	}
}

impl pallet_consortium::SessionRotation<u64> for EveryTenBlocks {
	fn should_end_session(now: u64) -> bool {
		now % SESSION_PERIOD == 0
	}

	fn rotate_session() {
		let index = Self::rotations().saturating_add(1);
		unhashed::put(Self::ROTATIONS, &index);
		let _ = <Consortium as pallet_session::SessionManager<u64>>::new_session(
			index.saturating_add(1),
		);
	}
}

/// The accounts of the standard cast.
pub mod cast {
	/// The validators of three hospitals, the genesis set.
	pub const GENESIS_VALIDATORS: [u64; 3] = [1, 2, 3];
	/// A hospital's validator that has registered session keys and is not yet in the set.
	pub const CANDIDATE: u64 = 4;
	/// Another hospital's validator with session keys, not in the set.
	pub const OTHER_CANDIDATE: u64 = 5;
	/// A third account with session keys, not in the set.
	pub const THIRD_CANDIDATE: u64 = 6;
	/// An account that has not registered session keys.
	pub const KEYLESS: u64 = 100;
	/// A hospital's account, signing without any governance origin.
	pub const HOSPITAL: u64 = 10;
}

/// Builds test externalities with a genesis validator set, and runs tests in them with the
/// pallet's invariants checked after.
pub struct ExtBuilder {
	validators: Vec<u64>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { validators: cast::GENESIS_VALIDATORS.to_vec() }
	}
}

impl ExtBuilder {
	/// The genesis config names `validators` instead of the cast's.
	pub fn validators(mut self, validators: Vec<u64>) -> Self {
		self.validators = validators;
		self
	}

	/// Fresh storage at block 1, with the genesis validators.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			consortium: pallet_consortium::GenesisConfig { validators: self.validators },
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			<Consortium as Hooks<u64>>::integrity_test();
			test();
			Consortium::do_try_state().expect("the invariants hold after the test");
		})
	}
}
