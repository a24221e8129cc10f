#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "fuzz", test))]
mod try_state;
pub mod types;
pub mod weights;

use carechain_primitives::{
	consent::{AccessControl, AccessDecision, Action, DataCategory, Purpose},
	registry::{ParticipantRegistry, Role},
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::ArithmeticError;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version: bumped, with a migration in `migrations/`, whenever stored
	/// types change.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who is who: the registry (in the runtime, `Registry`).
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// Consent's decisions, audited (in the runtime, `Consent`).
		type AccessControl: AccessControl<Self::AccountId>;

		/// The most results kept per patient.
		#[pallet::constant]
		type MaxResultsPerPatient: Get<u32>;

		/// The longest order reference, bytes.
		#[pallet::constant]
		type MaxOrderRefLength: Get<u32>;

		/// The calls' weights, from this pallet's benchmarks.
		type WeightInfo: WeightInfo;

		/// Puts consent in place for the benchmarks (a lab's grant to append).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Each patient's results, by id.
	#[pallet::storage]
	pub type Results<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		// Ids are counted up by the chain, never chosen by a caller: Twox64Concat is safe.
		Twox64Concat,
		ResultId,
		LabResultOf<T>,
	>;

	/// How many results each patient has: kept with [`Results`], bounded by
	/// `MaxResultsPerPatient`.
	#[pallet::storage]
	pub type ResultCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// The id the next result gets.
	#[pallet::storage]
	pub type NextResultId<T: Config> = StorageValue<_, ResultId, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A lab result was published for a patient.
		ResultPublished {
			patient: T::AccountId,
			result_id: ResultId,
			lab: T::AccountId,
			order_ref: alloc::vec::Vec<u8>,
			result_hash: H256,
		},
		/// Consent refused a lab's result; nothing was stored.
		ResultRefused {
			patient: T::AccountId,
			lab: T::AccountId,
			reason: carechain_primitives::consent::DenialReason,
		},
		/// A result was withdrawn, by its lab or by the patient (or a guardian).
		ResultWithdrawn { patient: T::AccountId, result_id: ResultId, by: T::AccountId },
		/// A reader was allowed a result: its hash, to fetch and open the envelope with.
		ResultReadGranted {
			patient: T::AccountId,
			result_id: ResultId,
			reader: T::AccountId,
			result_hash: H256,
		},
		/// Consent refused a reader a result.
		ResultReadDenied {
			patient: T::AccountId,
			result_id: ResultId,
			reader: T::AccountId,
			reason: carechain_primitives::consent::DenialReason,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an active hospital or an active physician.
		NotALab,
		/// The account results are published for is not an active patient.
		NotAPatient,
		/// The caller is not registered: only participants' requests are decided (and audited).
		NotRegistered,
		/// An order reference cannot be empty.
		EmptyOrderRef,
		/// The patient has `MaxResultsPerPatient` results.
		TooManyResults,
		/// The patient has no result with this id.
		NoSuchResult,
		/// Only the lab that published a result (while active), the patient or its guardian may
		/// withdraw it.
		NotAllowedToWithdraw,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxResultsPerPatient::get() > 0, "a patient must be able to have a result");
			assert!(T::MaxOrderRefLength::get() > 0, "an order reference must fit");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publish a lab result for `patient`: `order_ref` is the lab's opaque order reference
		/// (an identifier, never what was tested: that stays in the envelope) and `result_hash`
		/// is the blake2b-256 hash of the result's encrypted envelope, kept off-chain. Consent decides whether the lab may add to the patient's lab results (for
		/// treatment), and its decision goes on the patient's audit trail either way; the call
		/// succeeds either way, so that a refusal stays on the trail.
		///
		/// The dispatch origin must be an active hospital or an active physician (the lab).
		/// Emits `ResultPublished`, or `ResultRefused` (with the reason).
		///
		/// ## Complexity
		/// - `O(1)` of its own. Its benchmark includes consent's decision on a grant, and
		///   consent's worst case (`AccessControl::authorize_weight`) is added on top: consent is
		///   overcharged, never under.
		#[pallet::call_index(0)]
		#[pallet::weight(
			T::WeightInfo::publish_result().saturating_add(T::AccessControl::authorize_weight())
		)]
		pub fn publish_result(
			origin: OriginFor<T>,
			patient: T::AccountId,
			order_ref: OrderRefOf<T>,
			result_hash: H256,
		) -> DispatchResult {
			let lab = ensure_signed(origin)?;
			ensure!(
				matches!(T::Registry::role_of(&lab), Some(Role::Hospital | Role::Physician))
					&& T::Registry::is_active(&lab),
				Error::<T>::NotALab
			);
			ensure!(
				T::Registry::role_of(&patient) == Some(Role::Patient)
					&& T::Registry::is_active(&patient),
				Error::<T>::NotAPatient
			);
			ensure!(!order_ref.is_empty(), Error::<T>::EmptyOrderRef);
			let count = ResultCount::<T>::get(&patient);
			ensure!(count < T::MaxResultsPerPatient::get(), Error::<T>::TooManyResults);
			let result_id = NextResultId::<T>::get();
			let next = result_id.checked_add(1).ok_or(ArithmeticError::Overflow)?;

			let decision = T::AccessControl::authorize(
				&patient,
				&lab,
				DataCategory::LabResults,
				Action::Append,
				Purpose::Treatment,
			);
			if let AccessDecision::Denied(reason) = decision {
				Self::deposit_event(Event::ResultRefused { patient, lab, reason });
				return Ok(());
			}
			let published_at = frame_system::Pallet::<T>::block_number();
			Results::<T>::insert(
				&patient,
				result_id,
				LabResult {
					lab: lab.clone(),
					order_ref: order_ref.clone(),
					result_hash,
					published_at,
				},
			);
			// `count < MaxResultsPerPatient`, a u32: no overflow.
			ResultCount::<T>::insert(&patient, count.saturating_add(1));
			NextResultId::<T>::put(next);
			Self::deposit_event(Event::ResultPublished {
				patient,
				result_id,
				lab,
				order_ref: order_ref.into_inner(),
				result_hash,
			});
			Ok(())
		}

		/// Withdraw result `result_id` of `patient`: published in error (by its lab), or no longer
		/// wanted on the chain (by the patient, which also frees room for new results). Its hash
		/// stays in the chain's history; the result is no longer kept or readable.
		///
		/// The dispatch origin must be the lab that published it, while active; or the patient or
		/// an active guardian of it.
		/// Emits `ResultWithdrawn`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_result())]
		pub fn withdraw_result(
			origin: OriginFor<T>,
			patient: T::AccountId,
			result_id: ResultId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let result = Results::<T>::get(&patient, result_id).ok_or(Error::<T>::NoSuchResult)?;
			ensure!(
				(result.lab == by && T::Registry::is_active(&by))
					|| T::Registry::acts_for(&by, &patient),
				Error::<T>::NotAllowedToWithdraw
			);

			Results::<T>::remove(&patient, result_id);
			let remaining = ResultCount::<T>::get(&patient).saturating_sub(1);
			if remaining == 0 {
				ResultCount::<T>::remove(&patient);
			} else {
				ResultCount::<T>::insert(&patient, remaining);
			}
			Self::deposit_event(Event::ResultWithdrawn { patient, result_id, by });
			Ok(())
		}

		/// Ask to read result `result_id` of `patient`, for `purpose`. Consent decides, and its
		/// decision goes on the patient's audit trail either way; the call succeeds either way.
		/// The chain's state is public: this does not hide the result's hash (the envelope's
		/// encryption keeps the result confidential); it is the audited request a reader's app
		/// makes before fetching and opening the envelope.
		///
		/// The dispatch origin must be a registered participant (so that no stranger can flood
		/// the patient's audit trail with refusals).
		/// Emits `ResultReadGranted` (with the result's hash), or `ResultReadDenied` (the reason).
		///
		/// ## Complexity
		/// - `O(1)` of its own; consent's decision is weighed by consent.
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::read_result().saturating_add(T::AccessControl::authorize_weight())
		)]
		pub fn read_result(
			origin: OriginFor<T>,
			patient: T::AccountId,
			result_id: ResultId,
			purpose: Purpose,
		) -> DispatchResult {
			let reader = ensure_signed(origin)?;
			ensure!(T::Registry::role_of(&reader).is_some(), Error::<T>::NotRegistered);
			let result = Results::<T>::get(&patient, result_id).ok_or(Error::<T>::NoSuchResult)?;

			match T::AccessControl::authorize(
				&patient,
				&reader,
				DataCategory::LabResults,
				Action::Read,
				purpose,
			) {
				AccessDecision::Granted(_) => Self::deposit_event(Event::ResultReadGranted {
					patient,
					result_id,
					reader,
					result_hash: result.result_hash,
				}),
				AccessDecision::Denied(reason) => Self::deposit_event(Event::ResultReadDenied {
					patient,
					result_id,
					reader,
					reason,
				}),
			}
			Ok(())
		}
	}
}

/// Puts consent in place for this pallet's benchmarks: in the runtime, a grant through
/// `Consent`; in tests, the kit's grant helper.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Lets `lab` add to `patient`'s lab results, for treatment.
	fn allow_append(patient: &AccountId, lab: &AccountId);
}
