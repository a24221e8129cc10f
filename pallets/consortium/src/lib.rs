//! # Consortium pallet
//!
//! The consortium's powers that FRAME leaves to Root: which nodes validate, and which runtime
//! the chain upgrades to, each decided by a motion of the consortium's council.
//!
//! ## Overview
//!
//! - **The validator set.** The pallet is pallet-session's [`pallet_session::SessionManager`]:
//!   [`Config::ValidatorOrigin`] adds and removes hospitals' validators, never below
//!   [`Config::MinValidators`] nor above [`Config::MaxValidators`]. A change is handed to the
//!   session pallet when it next plans a session, which queues it: the new set validates from
//!   the session after that. Only accounts with registered session keys may be added, because
//!   the session pallet silently skips validators without keys.
//! - **Session rotation.** The pallet ends each session, at the blocks
//!   [`Config::SessionRotation`] names, in its own `on_initialize`, and charges the rotation its
//!   measured worst case ([`WeightInfo::rotate_session`]: a full set handed to every session
//!   handler, and what that leaves for the end of the block, such as a finality gadget enacting
//!   the new set in its `on_finalize`: `BenchmarkHelper::finish_rotation`). The session
//!   pallet's own `on_initialize` charges every rotation a whole block (`max_block`), so no
//!   normal transaction fits in a rotation block (operational ones only in their reserved
//!   share); with the session pallet's `ShouldEndSession` never ending one, the rotation
//!   happens at the same blocks and the block keeps its room.
//! - **Runtime upgrades.** [`Config::UpgradeOrigin`] authorises the hash of a new runtime, which
//!   frame-system otherwise only accepts from Root. Anyone then submits the code with
//!   `system.apply_authorized_upgrade(code)`; frame-system checks that the code hashes to the
//!   authorised hash and that its `spec_version` goes up, then sets it.
//!
//! ## Terminology
//!
//! - **Validator**: an account whose node authors and finalises blocks; its session keys
//!   (registered with the session pallet by `session.set_keys`) are the node's Aura and GRANDPA
//!   keys.
//! - **Session planning**: the session pallet asking its session manager, one session ahead,
//!   which validators the next session has.
//! - **Motion**: a proposal the council votes on; the runtime makes the origins of this pallet's
//!   calls the council's (two thirds of it, say).
//!
//! ## Interface
//!
//! - Governance: [`Pallet::add_validator`], [`Pallet::remove_validator`] (by
//!   [`Config::ValidatorOrigin`]) and [`Pallet::authorize_upgrade`] (by
//!   [`Config::UpgradeOrigin`]).
//! - The session pallet: [`pallet_session::SessionManager`] for [`Pallet`], and
//!   [`SessionRotation`], which the pallet calls to end a session.
//!
//! ## Threat model
//!
//! The pallet trusts its origins: a council that reaches the configured majority controls who
//! validates and which code runs, and nothing here can stop it from doing harm short of the
//! bounds. What the pallet guarantees is that no motion can shrink the set below
//! [`Config::MinValidators`] (so that a faction cannot leave one hospital alone to author and
//! finalise), that the set stays bounded by [`Config::MaxValidators`], that no motion hands the
//! session pallet a validator without keys (who would be dropped unnoticed), and that an
//! upgrade is only ever authorised by hash: the code applied is exactly the code voted on, and
//! frame-system refuses a runtime whose version does not go up.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::ValidatorRegistration};
use frame_system::pallet_prelude::*;
pub use weights::WeightInfo;

/// Ends sessions for the pallet: what the session pallet would do in its own `on_initialize`,
/// which charges each rotation a whole block. A runtime implements it with the session pallet's
/// period and `pallet_session::Pallet::rotate_session`, and gives the session pallet a
/// `ShouldEndSession` that never ends a session, so that sessions end here only.
pub trait SessionRotation<BlockNumber> {
	/// Whether the session ends at block `now`.
	fn should_end_session(now: BlockNumber) -> bool;
	/// Ends the current session and starts the next.
	fn rotate_session();
}

/// Sets up what the benchmarks need beyond this pallet's storage.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make [`Config::ValidatorRegistration`] report `who` as having session keys.
	fn register_session_keys(who: &AccountId);

	/// Bring what [`Config::SessionRotation`] touches beyond this pallet to its worst case
	/// just before a rotation is measured (say, kept history that the rotation prunes).
	fn prepare_rotation() {}

	/// Do, within the measurement, the work a rotation leaves for the end of its block (say, a
	/// finality gadget enacting the new authority set in its `on_finalize`), so that the
	/// rotation's weight covers it: nothing else charges a hook's `on_finalize`.
	fn finish_rotation() {}
}

/// For runtimes and mocks whose [`Config::ValidatorRegistration`] already accepts the accounts
/// the benchmarks use.
#[cfg(feature = "runtime-benchmarks")]
impl<AccountId> BenchmarkHelper<AccountId> for () {
	fn register_session_keys(_who: &AccountId) {}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Adds and removes validators: the council, by a two-thirds motion.
		type ValidatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Authorises runtime upgrades: the council, by motion.
		type UpgradeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The fewest validators the set may have; no motion can remove one below this.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The most validators the set may have.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Whether an account has registered session keys (the session pallet).
		type ValidatorRegistration: ValidatorRegistration<Self::AccountId>;

		/// Ends sessions, at the blocks it names, from this pallet's `on_initialize`.
		type SessionRotation: SessionRotation<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls and of a session's rotation, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Registers session keys for the accounts the benchmarks add.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The validator set, sorted and without duplicates.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether the set changed since the session pallet last planned a session.
	#[pallet::storage]
	pub type ValidatorsChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators, in any order; duplicates are dropped. At most `MaxValidators`;
		/// `MinValidators` bounds only motions (a dev chain has one authority).
		pub validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut validators = self.validators.clone();
			validators.sort();
			validators.dedup();
			let (count, max) = (validators.len(), T::MaxValidators::get());
			assert!(
				count <= max as usize,
				"the genesis names {count} validators, more than MaxValidators ({max})"
			);
			let validators: BoundedVec<_, T::MaxValidators> =
				validators.try_into().expect("the length was checked just above; qed");
			Validators::<T>::put(validators);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator was added; it validates from a session planned after this.
		ValidatorAdded { validator: T::AccountId },
		/// A validator was removed; it stops validating once a session planned after this starts.
		ValidatorRemoved { validator: T::AccountId },
		/// The changed set of `validators` validators was handed to the session pallet for
		/// session `session_index`.
		NewValidatorSetPlanned { session_index: u32, validators: u32 },
		/// A runtime upgrade to the code hashing to `code_hash` was authorised.
		UpgradeAuthorizedByConsortium { code_hash: T::Hash },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a validator.
		AlreadyValidator,
		/// The set already has `MaxValidators` validators.
		TooManyValidators,
		/// The account has not registered session keys.
		NoSessionKeys,
		/// The account is not a validator.
		NotValidator,
		/// Removing the validator would leave fewer than `MinValidators`.
		TooFewValidators,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Ends the session where [`Config::SessionRotation`] says one ends, charging the
		/// rotation's measured worst case; elsewhere costs nothing (the period is arithmetic).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			if T::SessionRotation::should_end_session(now) {
				T::SessionRotation::rotate_session();
				T::WeightInfo::rotate_session()
			} else {
				Weight::zero()
			}
		}

		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "a chain needs at least one validator");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add `validator` to the set, from the next session planning on.
		///
		/// The dispatch origin must be [`Config::ValidatorOrigin`]. `validator` must have
		/// registered session keys.
		/// Emits `ValidatorAdded`.
		///
		/// ## Complexity
		/// - O(n) in the validators (the sorted insert).
		#[pallet::call_index(0)]
		#[pallet::weight((T::WeightInfo::add_validator(), DispatchClass::Operational))]
		pub fn add_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			let index = match validators.binary_search(&validator) {
				Ok(_) => return Err(Error::<T>::AlreadyValidator.into()),
				Err(index) => index,
			};
			ensure!(
				validators.len() < T::MaxValidators::get() as usize,
				Error::<T>::TooManyValidators
			);
			ensure!(T::ValidatorRegistration::is_registered(&validator), Error::<T>::NoSessionKeys);
			validators
				.try_insert(index, validator.clone())
				.map_err(|_| Error::<T>::TooManyValidators)?;

			Validators::<T>::put(validators);
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { validator });
			Ok(())
		}

		/// Remove `validator` from the set, from the next session planning on.
		///
		/// The dispatch origin must be [`Config::ValidatorOrigin`]. The set must keep at least
		/// [`Config::MinValidators`].
		/// Emits `ValidatorRemoved`.
		///
		/// ## Complexity
		/// - O(n) in the validators (the sorted removal).
		#[pallet::call_index(1)]
		#[pallet::weight((T::WeightInfo::remove_validator(), DispatchClass::Operational))]
		pub fn remove_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			let index =
				validators.binary_search(&validator).map_err(|_| Error::<T>::NotValidator)?;
			ensure!(
				validators.len() > T::MinValidators::get() as usize,
				Error::<T>::TooFewValidators
			);
			validators.remove(index);

			Validators::<T>::put(validators);
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { validator });
			Ok(())
		}

		/// Authorise an upgrade to the runtime whose code hashes to `code_hash`.
		///
		/// Anyone may then submit the code with `system.apply_authorized_upgrade(code)`:
		/// frame-system checks that it hashes to `code_hash` and that its `spec_version` goes
		/// up. A later authorisation replaces an earlier one.
		///
		/// The dispatch origin must be [`Config::UpgradeOrigin`].
		/// Emits `UpgradeAuthorizedByConsortium`, and frame-system's `UpgradeAuthorized`.
		#[pallet::call_index(2)]
		#[pallet::weight((T::WeightInfo::authorize_upgrade(), DispatchClass::Operational))]
		pub fn authorize_upgrade(origin: OriginFor<T>, code_hash: T::Hash) -> DispatchResult {
			T::UpgradeOrigin::ensure_origin(origin)?;

			frame_system::Pallet::<T>::do_authorize_upgrade(code_hash, true);
			Self::deposit_event(Event::UpgradeAuthorizedByConsortium { code_hash });
			Ok(())
		}
	}
}

/// The session pallet asks for a new set one session ahead; a set is handed over only when a
/// motion changed it, and at genesis.
impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: u32) -> Option<Vec<T::AccountId>> {
		if !ValidatorsChanged::<T>::take() {
			return None;
		}
		let validators = Validators::<T>::get();
		Self::deposit_event(Event::NewValidatorSetPlanned {
			session_index: new_index,
			validators: validators.len() as u32,
		});
		Some(validators.into_inner())
	}

	fn new_session_genesis(_new_index: u32) -> Option<Vec<T::AccountId>> {
		Some(Validators::<T>::get().into_inner())
	}

	fn end_session(_end_index: u32) {}

	fn start_session(_start_index: u32) {}
}

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants: the set is sorted, without duplicates and within
	/// `MaxValidators`. `MinValidators` bounds motions, not the genesis: a dev chain starts with
	/// one validator, and no motion can take a set below the minimum that it is not already below.
	#[cfg(any(feature = "try-runtime", feature = "fuzz", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let count = Validators::<T>::decode_len().unwrap_or(0);
		ensure!(count <= T::MaxValidators::get() as usize, "more validators than MaxValidators");
		let validators = Validators::<T>::get();
		ensure!(validators.windows(2).all(|pair| pair[0] <= pair[1]), "unsorted validators");
		ensure!(validators.windows(2).all(|pair| pair[0] != pair[1]), "a duplicate validator");
		Ok(())
	}
}
