#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
// Calls take their parameters one by one, as polkadot.js and the metadata show them.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

pub use pallet::*;

mod access;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod internals;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "fuzz", test))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use carechain_primitives::{
	consent::AccessControl,
	registry::{ParticipantRegistry, Role},
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	ArithmeticError,
};
pub use types::*;
pub use weights::WeightInfo;

/// A grant as this runtime keeps it.
pub type GrantOf<T> = Grant<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A stored grant as this runtime keeps it.
pub type StoredGrantOf<T> = StoredGrant<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// An emergency access as this runtime keeps it.
pub type EmergencyAccessOf<T> =
	EmergencyAccess<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// An audit entry as this runtime keeps it.
pub type AuditEntryOf<T> = AuditEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who is who: roles, statuses, affiliations, guardians, devices.
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// Concludes reviews of emergency accesses, for any hospital. Root/sudo for now; the
		/// consortium council later.
		type ReviewOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// How many grants one patient may have at once (expired ones awaiting clean-up count).
		#[pallet::constant]
		type MaxGrantsPerPatient: Get<u32>;

		/// The longest a grant may run, in blocks from when it is made.
		#[pallet::constant]
		type MaxGrantDuration: Get<BlockNumberFor<Self>>;

		/// How many grants the expiry hook removes in one block, at most.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// How many blocks from its expiry a grant's clean-up may be put off to when the expiry
		/// queues of the blocks before are full. Clean-up only; the grant stops allowing access
		/// at its expiry regardless.
		#[pallet::constant]
		type ExpirySearchWindow: Get<u32>;

		/// How long an emergency access stays open, in blocks.
		#[pallet::constant]
		type EmergencyAccessPeriod: Get<BlockNumberFor<Self>>;

		/// How many of a physician's emergency accesses may await review at once: the next is
		/// refused until its hospital reviews one (accesses and reviews are kept for good, so this
		/// bounds what one physician can add to storage between reviews).
		#[pallet::constant]
		type MaxUnreviewedEmergencies: Get<u32>;

		/// How many of each patient's latest audit entries storage keeps; events keep them all.
		#[pallet::constant]
		type MaxAuditEntries: Get<u32>;

		/// Weights of this pallet's calls, hook and access check, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Each patient's grants, in the order they were made.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<StoredGrantOf<T>, T::MaxGrantsPerPatient>,
		ValueQuery,
	>;

	/// The id the next grant gets.
	#[pallet::storage]
	pub type NextGrantId<T: Config> = StorageValue<_, GrantId, ValueQuery>;

	/// The grants the expiry hook removes at the start of each block: (patient, grant id).
	#[pallet::storage]
	pub type ExpiryQueue<T: Config> = StorageMap<
		_,
		// Grantors choose expiry blocks, so the key is hashed.
		Blake2_128Concat,
		BlockNumberFor<T>,
		BoundedVec<(T::AccountId, GrantId), T::MaxExpiriesPerBlock>,
		ValueQuery,
	>;

	/// Physicians' requests awaiting the patient's answer: patient, requester.
	#[pallet::storage]
	pub type AccessRequests<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		AccessRequest<BlockNumberFor<T>>,
	>;

	/// Emergency accesses, open or awaiting review.
	// Ids are assigned by the chain in sequence: no caller chooses where an entry lands.
	#[pallet::storage]
	pub type EmergencyAccesses<T: Config> =
		StorageMap<_, Twox64Concat, EmergencyId, EmergencyAccessOf<T>>;

	/// The id the next emergency access gets.
	#[pallet::storage]
	pub type NextEmergencyId<T: Config> = StorageValue<_, EmergencyId, ValueQuery>;

	/// The latest emergency access of each physician to each patient: patient, physician.
	#[pallet::storage]
	pub type LatestEmergency<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		EmergencyId,
	>;

	/// The conclusion of each reviewed emergency access (the access itself stays in
	/// `EmergencyAccesses`).
	#[pallet::storage]
	pub type EmergencyReviews<T: Config> =
		StorageMap<_, Twox64Concat, EmergencyId, EmergencyReview<T::AccountId, BlockNumberFor<T>>>;

	/// How many of each physician's emergency accesses await review.
	#[pallet::storage]
	pub type UnreviewedEmergencies<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Each patient's latest disclosures (granted decisions), in a ring of `MaxAuditEntries`
	/// slots: its `n`th disclosure is in slot `n % MaxAuditEntries`. Refusals have a ring of their
	/// own (`RefusalTrail`), so that no number of refused requests, which anyone can make, pushes a
	/// disclosure out.
	#[pallet::storage]
	pub type AuditTrail<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		// Slots are computed by the chain, below MaxAuditEntries.
		Twox64Concat,
		u32,
		AuditEntryOf<T>,
	>;

	/// Each patient's latest refusals (denied decisions), in a ring of `MaxAuditEntries` slots:
	/// its `n`th refusal is in slot `n % MaxAuditEntries`.
	#[pallet::storage]
	pub type RefusalTrail<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		// Slots are computed by the chain, below MaxAuditEntries.
		Twox64Concat,
		u32,
		AuditEntryOf<T>,
	>;

	/// How many audit entries each patient has had, in all and of each kind.
	#[pallet::storage]
	pub type AuditCounters<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AuditCounts, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient's grant was made, by the patient or (`by`) a guardian.
		ConsentGranted {
			patient: T::AccountId,
			grant_id: GrantId,
			grantee: T::AccountId,
			scope: Scope,
			permission: Permission,
			purpose: Purpose,
			starts_at: Option<BlockNumberFor<T>>,
			expires_at: BlockNumberFor<T>,
			by: T::AccountId,
		},
		/// A grant was revoked; it allows nothing from this block on.
		ConsentRevoked {
			patient: T::AccountId,
			grant_id: GrantId,
			grantee: T::AccountId,
			by: T::AccountId,
		},
		/// A grant was narrowed; these are its terms now.
		ConsentAmended {
			patient: T::AccountId,
			grant_id: GrantId,
			grantee: T::AccountId,
			scope: Scope,
			permission: Permission,
			expires_at: BlockNumberFor<T>,
			by: T::AccountId,
		},
		/// An expired grant was removed by the expiry hook.
		ConsentExpired { patient: T::AccountId, grant_id: GrantId, grantee: T::AccountId },
		/// A physician asked a patient for access.
		AccessRequested {
			patient: T::AccountId,
			requester: T::AccountId,
			scope: Scope,
			permission: Permission,
			purpose: Purpose,
			duration: BlockNumberFor<T>,
		},
		/// A request was approved, creating the grant `grant_id`.
		AccessRequestApproved { patient: T::AccountId, requester: T::AccountId, grant_id: GrantId },
		/// A request was rejected by the patient or a guardian.
		AccessRequestRejected { patient: T::AccountId, requester: T::AccountId },
		/// A request was withdrawn by its requester.
		AccessRequestWithdrawn { patient: T::AccountId, requester: T::AccountId },
		/// Emergency access was opened to a patient's records. The patient and `guardians` are
		/// the ones to notify.
		EmergencyAccessOpened {
			id: EmergencyId,
			patient: T::AccountId,
			physician: T::AccountId,
			hospital: T::AccountId,
			justification: H256,
			expires_at: BlockNumberFor<T>,
			guardians: Vec<T::AccountId>,
		},
		/// The review of an emergency access was concluded, by its hospital or (`by: None`)
		/// governance; its record was removed.
		EmergencyReviewConcluded {
			id: EmergencyId,
			patient: T::AccountId,
			physician: T::AccountId,
			outcome: ReviewOutcome,
			by: Option<T::AccountId>,
		},
		/// An access decision was made on behalf of another pallet, and audited.
		AccessAudited {
			patient: T::AccountId,
			accessor: T::AccountId,
			category: DataCategory,
			action: Action,
			purpose: Purpose,
			decision: AccessDecision,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not a registered patient.
		NotPatient,
		/// The patient is suspended or revoked.
		PatientNotActive,
		/// The caller is neither the patient nor an active guardian of it.
		NotPatientOrGuardian,
		/// The grantee is not registered.
		GranteeNotRegistered,
		/// The grantee is suspended or revoked.
		GranteeNotActive,
		/// A patient cannot grant access to itself.
		CannotGrantToSelf,
		/// The scope names no category.
		EmptyScope,
		/// The scope names a category twice.
		DuplicateCategory,
		/// The expiry is not after the current block.
		ExpiryInPast,
		/// The expiry is not after the start.
		ExpiryBeforeStart,
		/// The grant would run longer than `MaxGrantDuration`.
		GrantTooLong,
		/// The patient has `MaxGrantsPerPatient` grants.
		TooManyGrants,
		/// The expiry queues of the expiry block and the `ExpirySearchWindow` blocks after it are
		/// full; choose another expiry.
		ExpiryQueueFull,
		/// The patient has no grant with this id.
		NoSuchGrant,
		/// An amendment must change something.
		NothingToAmend,
		/// An amendment may only narrow the scope or the permission.
		NotNarrower,
		/// An amendment may only bring the expiry forward.
		ExpiryNotShorter,
		/// The caller is not a registered physician.
		NotPhysician,
		/// The caller is suspended or revoked.
		CallerNotActive,
		/// A request's duration must be at least one block and at most `MaxGrantDuration`.
		InvalidDuration,
		/// The physician already has a request pending with this patient.
		RequestPending,
		/// There is no such pending request.
		NoSuchRequest,
		/// The physician is not an active physician of that active hospital.
		NotActiveInHospital,
		/// The physician already has an open emergency access to this patient.
		EmergencyAccessOpen,
		/// There is no emergency access with this id awaiting review.
		NoSuchEmergencyAccess,
		/// The emergency access has been reviewed already.
		AlreadyReviewed,
		/// The physician has `MaxUnreviewedEmergencies` emergency accesses awaiting review.
		TooManyUnreviewedEmergencies,
		/// Only the emergency access's hospital or governance may review it.
		NotReviewer,
		/// An open emergency access can only be concluded as misuse; wait for it to expire to
		/// find it justified.
		EmergencyAccessStillOpen,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let removed = Self::expire_grants(now);
			T::WeightInfo::expire_grants(removed)
		}

		fn integrity_test() {
			Self::check_integrity()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grant `grantee` access to `patient`'s data of `scope`, for `permission` and `purpose`,
		/// from `starts_at` (`None`: now) until `expires_at` (exclusive).
		///
		/// The dispatch origin must be the active patient or an active guardian of it. The
		/// grantee must be registered and active; a hospital as grantee covers its active
		/// physicians.
		/// Emits `ConsentGranted`.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		/// - `O(C^2)` where `C` is the categories `scope` names (at most `CATEGORY_COUNT`): each is
		///   checked against those before it.
		/// - `O(G)` where `G` is the patient's grants (at most `MaxGrantsPerPatient`): the list is
		///   read, extended and written back.
		/// - `O(S * E)` where `S` is `ExpirySearchWindow` and `E` is `MaxExpiriesPerBlock`: up to
		///   `S` expiry queues of up to `E` entries are read to find one with room.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant())]
		pub fn grant(
			origin: OriginFor<T>,
			patient: T::AccountId,
			grantee: T::AccountId,
			scope: Scope,
			permission: Permission,
			purpose: Purpose,
			starts_at: Option<BlockNumberFor<T>>,
			expires_at: BlockNumberFor<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::ensure_patient(&patient, true)?;
			Self::ensure_patient_or_guardian(&by, &patient)?;
			Self::do_grant(patient, grantee, scope, permission, purpose, starts_at, expires_at, by)
				.map(|_| ())
		}

		/// Revoke `patient`'s grant `grant_id`: it allows nothing from this block on.
		///
		/// The dispatch origin must be the patient or an active guardian of it (a suspended
		/// patient may still revoke: revoking only narrows access).
		/// Emits `ConsentRevoked`, which tells the grantee.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		/// - `O(G)` where `G` is the patient's grants (at most `MaxGrantsPerPatient`): the grant is
		///   found and removed.
		/// - `O(E)` where `E` is `MaxExpiriesPerBlock`: the grant leaves its clean-up queue.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn revoke(
			origin: OriginFor<T>,
			patient: T::AccountId,
			grant_id: GrantId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::ensure_patient(&patient, false)?;
			Self::ensure_patient_or_guardian(&by, &patient)?;
			let mut grants = Grants::<T>::get(&patient);
			let index = Self::position(&grants, grant_id)?;

			let stored = grants.remove(index);
			Self::store_grants(&patient, grants);
			Self::dequeue(stored.cleanup_at, &patient, grant_id);
			Self::deposit_event(Event::ConsentRevoked {
				patient,
				grant_id,
				grantee: stored.grant.grantee,
				by,
			});
			Ok(())
		}

		/// Narrow `patient`'s grant `grant_id`: a `scope` within its scope, a `permission` within
		/// its permission, an `expires_at` before its expiry (and after now). `None` keeps a term.
		///
		/// The dispatch origin must be the patient or an active guardian of it.
		/// Emits `ConsentAmended`.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		/// - `O(G)` where `G` is the patient's grants (at most `MaxGrantsPerPatient`): the grant is
		///   found, and the list written back.
		/// - `O(C^2)` where `C` is the categories of the scopes (at most `CATEGORY_COUNT`): a new
		///   scope is checked, and compared with the grant's.
		/// - `O(S * E)` where `S` is `ExpirySearchWindow` and `E` is `MaxExpiriesPerBlock`: for a
		///   new expiry, up to `S` expiry queues of up to `E` entries are read to find one with
		///   room, and the grant leaves its old queue.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::amend())]
		pub fn amend(
			origin: OriginFor<T>,
			patient: T::AccountId,
			grant_id: GrantId,
			scope: Option<Scope>,
			permission: Option<Permission>,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			ensure!(
				scope.is_some() || permission.is_some() || expires_at.is_some(),
				Error::<T>::NothingToAmend
			);
			Self::ensure_patient(&patient, false)?;
			Self::ensure_patient_or_guardian(&by, &patient)?;
			let mut grants = Grants::<T>::get(&patient);
			let index = Self::position(&grants, grant_id)?;
			let mut stored = grants[index].clone();
			let grant = &mut stored.grant;

			if let Some(scope) = scope {
				Self::check_scope(&scope)?;
				ensure!(scope.is_within(&grant.scope), Error::<T>::NotNarrower);
				grant.scope = scope;
			}
			if let Some(permission) = permission {
				ensure!(permission.is_within(grant.permission), Error::<T>::NotNarrower);
				grant.permission = permission;
			}
			let mut requeue = None;
			if let Some(expires_at) = expires_at {
				ensure!(expires_at < grant.expires_at, Error::<T>::ExpiryNotShorter);
				Self::check_period(grant.starts_at, expires_at, false)?;
				let (cleanup_at, queue) = Self::expiry_slot(expires_at)?;
				requeue = Some((stored.cleanup_at, cleanup_at, queue));
				grant.expires_at = expires_at;
				stored.cleanup_at = cleanup_at;
			}

			if let Some((old, new, mut queue)) = requeue {
				Self::dequeue(old, &patient, grant_id);
				if old == new {
					// The same block's queue, read before the removal: take the removal in.
					queue.retain(|entry| entry != &(patient.clone(), grant_id));
				}
				queue
					.try_push((patient.clone(), grant_id))
					.map_err(|_| Error::<T>::ExpiryQueueFull)?;
				ExpiryQueue::<T>::insert(new, queue);
			}
			let grant = stored.grant.clone();
			grants[index] = stored;
			Self::store_grants(&patient, grants);
			Self::deposit_event(Event::ConsentAmended {
				patient,
				grant_id,
				grantee: grant.grantee,
				scope: grant.scope,
				permission: grant.permission,
				expires_at: grant.expires_at,
				by,
			});
			Ok(())
		}

		/// Ask `patient` for access to its data of `scope`, for `permission` and `purpose`, for
		/// `duration` blocks from approval.
		///
		/// The dispatch origin must be an active physician without a pending request to this
		/// patient; the patient must be active.
		/// Emits `AccessRequested`.
		///
		/// ## Complexity
		/// - `O(C^2)` where `C` is the categories `scope` names (at most `CATEGORY_COUNT`): each is
		///   checked against those before it.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::request_access())]
		pub fn request_access(
			origin: OriginFor<T>,
			patient: T::AccountId,
			scope: Scope,
			permission: Permission,
			purpose: Purpose,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			let requester = ensure_signed(origin)?;
			ensure!(
				T::Registry::role_of(&requester) == Some(Role::Physician),
				Error::<T>::NotPhysician
			);
			ensure!(T::Registry::is_active(&requester), Error::<T>::CallerNotActive);
			Self::ensure_patient(&patient, true)?;
			Self::check_scope(&scope)?;
			ensure!(
				!duration.is_zero() && duration <= T::MaxGrantDuration::get(),
				Error::<T>::InvalidDuration
			);
			ensure!(
				!AccessRequests::<T>::contains_key(&patient, &requester),
				Error::<T>::RequestPending
			);

			let requested_at = frame_system::Pallet::<T>::block_number();
			AccessRequests::<T>::insert(
				&patient,
				&requester,
				AccessRequest { scope: scope.clone(), permission, purpose, duration, requested_at },
			);
			Self::deposit_event(Event::AccessRequested {
				patient,
				requester,
				scope,
				permission,
				purpose,
				duration,
			});
			Ok(())
		}

		/// Approve `requester`'s pending request to `patient`: grant it as asked, from now for
		/// the requested duration.
		///
		/// The dispatch origin must be the active patient or an active guardian of it; the
		/// requester must still be active.
		/// Emits `AccessRequestApproved` and `ConsentGranted`.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		/// - `O(C^2 + G + S * E)` for the grant, as for [`Pallet::grant`]: `C` the requested
		///   categories (at most `CATEGORY_COUNT`), `G` the patient's grants (at most
		///   `MaxGrantsPerPatient`), and up to `S` (`ExpirySearchWindow`) expiry queues of up to
		///   `E` (`MaxExpiriesPerBlock`) entries.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::approve_request())]
		pub fn approve_request(
			origin: OriginFor<T>,
			patient: T::AccountId,
			requester: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::ensure_patient(&patient, true)?;
			Self::ensure_patient_or_guardian(&by, &patient)?;
			let request =
				AccessRequests::<T>::get(&patient, &requester).ok_or(Error::<T>::NoSuchRequest)?;
			let expires_at =
				frame_system::Pallet::<T>::block_number().saturating_add(request.duration);

			let grant_id = Self::do_grant(
				patient.clone(),
				requester.clone(),
				request.scope,
				request.permission,
				request.purpose,
				None,
				expires_at,
				by,
			)?;
			AccessRequests::<T>::remove(&patient, &requester);
			Self::deposit_event(Event::AccessRequestApproved { patient, requester, grant_id });
			Ok(())
		}

		/// Reject `requester`'s pending request to `patient`.
		///
		/// The dispatch origin must be the patient or an active guardian of it.
		/// Emits `AccessRequestRejected`.
		///
		/// ## Complexity
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   a guardian caller is looked up in them.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_request())]
		pub fn reject_request(
			origin: OriginFor<T>,
			patient: T::AccountId,
			requester: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::ensure_patient(&patient, false)?;
			Self::ensure_patient_or_guardian(&by, &patient)?;
			ensure!(
				AccessRequests::<T>::contains_key(&patient, &requester),
				Error::<T>::NoSuchRequest
			);

			AccessRequests::<T>::remove(&patient, &requester);
			Self::deposit_event(Event::AccessRequestRejected { patient, requester });
			Ok(())
		}

		/// Withdraw the caller's pending request to `patient`.
		///
		/// The dispatch origin must be the requester (any status).
		/// Emits `AccessRequestWithdrawn`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_request())]
		pub fn withdraw_request(origin: OriginFor<T>, patient: T::AccountId) -> DispatchResult {
			let requester = ensure_signed(origin)?;
			ensure!(
				AccessRequests::<T>::contains_key(&patient, &requester),
				Error::<T>::NoSuchRequest
			);

			AccessRequests::<T>::remove(&patient, &requester);
			Self::deposit_event(Event::AccessRequestWithdrawn { patient, requester });
			Ok(())
		}

		/// Open emergency access to `patient`'s records, acting for `hospital`, with the hash of
		/// the written `justification`. It allows reading and appending every category, for
		/// emergency treatment only, for `EmergencyAccessPeriod` blocks, and stays on record for
		/// review.
		///
		/// The dispatch origin must be an active physician of `hospital`, which must be active;
		/// the physician must not already have an open emergency access to the patient, nor
		/// `MaxUnreviewedEmergencies` accesses awaiting review.
		/// Emits `EmergencyAccessOpened`, naming the patient and its guardians.
		///
		/// ## Complexity
		/// - `O(P)` where `P` is the hospital's physicians (at most the registry's
		///   `MaxPhysiciansPerHospital`): the caller is looked up in them.
		/// - `O(U)` where `U` is the patient's guardians (at most the registry's `MaxGuardians`):
		///   the event names them.
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::open_emergency_access()
				.saturating_add(T::DbWeight::get().reads_writes(1, 1))
		)]
		pub fn open_emergency_access(
			origin: OriginFor<T>,
			patient: T::AccountId,
			hospital: T::AccountId,
			justification: H256,
		) -> DispatchResult {
			let physician = ensure_signed(origin)?;
			ensure!(
				T::Registry::role_of(&physician) == Some(Role::Physician),
				Error::<T>::NotPhysician
			);
			ensure!(
				T::Registry::is_active_in(&physician, &hospital),
				Error::<T>::NotActiveInHospital
			);
			Self::ensure_patient(&patient, false)?;
			let now = frame_system::Pallet::<T>::block_number();
			if let Some(previous) = LatestEmergency::<T>::get(&patient, &physician)
				.and_then(EmergencyAccesses::<T>::get)
			{
				ensure!(now >= previous.expires_at, Error::<T>::EmergencyAccessOpen);
			}
			let unreviewed = UnreviewedEmergencies::<T>::get(&physician);
			ensure!(
				unreviewed < T::MaxUnreviewedEmergencies::get(),
				Error::<T>::TooManyUnreviewedEmergencies
			);
			let id = NextEmergencyId::<T>::get();
			let next = id.checked_add(1).ok_or(ArithmeticError::Overflow)?;
			let expires_at = now.saturating_add(T::EmergencyAccessPeriod::get());

			UnreviewedEmergencies::<T>::insert(&physician, unreviewed.saturating_add(1));
			NextEmergencyId::<T>::put(next);
			EmergencyAccesses::<T>::insert(
				id,
				EmergencyAccess {
					patient: patient.clone(),
					physician: physician.clone(),
					hospital: hospital.clone(),
					justification,
					opened_at: now,
					expires_at,
				},
			);
			LatestEmergency::<T>::insert(&patient, &physician, id);
			let guardians = T::Registry::guardians_of(&patient);
			Self::deposit_event(Event::EmergencyAccessOpened {
				id,
				patient,
				physician,
				hospital,
				justification,
				expires_at,
				guardians,
			});
			Ok(())
		}

		/// Conclude the review of emergency access `id`: `Justified` (once it has expired) or
		/// `Misuse` (at any time; an open access ends at once). The access and its review are
		/// both kept (`EmergencyAccesses`, `EmergencyReviews`): a break-glass access is evidence.
		///
		/// The dispatch origin must be the hospital the physician acted for, or
		/// [`Config::ReviewOrigin`].
		/// Emits `EmergencyReviewConcluded`.
		#[pallet::call_index(8)]
		#[pallet::weight((
			T::WeightInfo::conclude_review().saturating_add(T::DbWeight::get().reads_writes(1, 1)),
			DispatchClass::Operational
		))]
		pub fn conclude_review(
			origin: OriginFor<T>,
			id: EmergencyId,
			outcome: ReviewOutcome,
		) -> DispatchResult {
			let by = match T::ReviewOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			let mut access =
				EmergencyAccesses::<T>::get(id).ok_or(Error::<T>::NoSuchEmergencyAccess)?;
			ensure!(!EmergencyReviews::<T>::contains_key(id), Error::<T>::AlreadyReviewed);
			if let Some(reviewer) = &by {
				ensure!(*reviewer == access.hospital, Error::<T>::NotReviewer);
			}
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(
				outcome == ReviewOutcome::Misuse || now >= access.expires_at,
				Error::<T>::EmergencyAccessStillOpen
			);

			if now < access.expires_at {
				// Misuse found while it is open: it ends now.
				access.expires_at = now;
				EmergencyAccesses::<T>::insert(id, &access);
			}
			EmergencyReviews::<T>::insert(id, EmergencyReview { outcome, by: by.clone(), at: now });
			UnreviewedEmergencies::<T>::mutate_exists(&access.physician, |unreviewed| {
				*unreviewed = unreviewed.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
			});
			Self::deposit_event(Event::EmergencyReviewConcluded {
				id,
				patient: access.patient,
				physician: access.physician,
				outcome,
				by,
			});
			Ok(())
		}
	}
}
