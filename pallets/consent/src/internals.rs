//! Consent's internals: storing and queueing grants, their expiry, and the queries of its
//! runtime API.

use super::*;

impl<T: Config> Pallet<T> {
	/// `patient` is a registered patient, and active if `active`.
	pub(crate) fn ensure_patient(patient: &T::AccountId, active: bool) -> DispatchResult {
		ensure!(T::Registry::role_of(patient) == Some(Role::Patient), Error::<T>::NotPatient);
		ensure!(!active || T::Registry::is_active(patient), Error::<T>::PatientNotActive);
		Ok(())
	}

	/// `who` is `patient`, or an active guardian of it.
	pub(crate) fn ensure_patient_or_guardian(
		who: &T::AccountId,
		patient: &T::AccountId,
	) -> DispatchResult {
		ensure!(T::Registry::acts_for(who, patient), Error::<T>::NotPatientOrGuardian);
		Ok(())
	}

	pub(crate) fn check_scope(scope: &Scope) -> DispatchResult {
		scope.validate().map_err(|e| match e {
			ScopeError::Empty => Error::<T>::EmptyScope.into(),
			ScopeError::Duplicate => Error::<T>::DuplicateCategory.into(),
		})
	}

	/// A grant running from `starts_at` to `expires_at` is acceptable now: it ends after now and
	/// after its start, and (for a new grant, `new`) within `MaxGrantDuration` of now.
	pub(crate) fn check_period(
		starts_at: Option<BlockNumberFor<T>>,
		expires_at: BlockNumberFor<T>,
		new: bool,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(expires_at > now, Error::<T>::ExpiryInPast);
		if let Some(start) = starts_at {
			ensure!(expires_at > start, Error::<T>::ExpiryBeforeStart);
		}
		ensure!(
			!new || expires_at.saturating_sub(now) <= T::MaxGrantDuration::get(),
			Error::<T>::GrantTooLong
		);
		Ok(())
	}

	/// The first block from `expires_at` on, within `ExpirySearchWindow` blocks, whose expiry
	/// queue has room; with that queue.
	#[allow(clippy::type_complexity)]
	pub(crate) fn expiry_slot(
		expires_at: BlockNumberFor<T>,
	) -> Result<
		(BlockNumberFor<T>, BoundedVec<(T::AccountId, GrantId), T::MaxExpiriesPerBlock>),
		DispatchError,
	> {
		let mut block = expires_at;
		for _ in 0..T::ExpirySearchWindow::get() {
			let queue = ExpiryQueue::<T>::get(block);
			if (queue.len() as u32) < T::MaxExpiriesPerBlock::get() {
				return Ok((block, queue));
			}
			block = block.saturating_add(One::one());
		}
		Err(Error::<T>::ExpiryQueueFull.into())
	}

	pub(crate) fn position(
		grants: &BoundedVec<StoredGrantOf<T>, T::MaxGrantsPerPatient>,
		grant_id: GrantId,
	) -> Result<usize, DispatchError> {
		grants
			.iter()
			.position(|stored| stored.grant.id == grant_id)
			.ok_or_else(|| Error::<T>::NoSuchGrant.into())
	}

	pub(crate) fn store_grants(
		patient: &T::AccountId,
		grants: BoundedVec<StoredGrantOf<T>, T::MaxGrantsPerPatient>,
	) {
		if grants.is_empty() {
			Grants::<T>::remove(patient);
		} else {
			Grants::<T>::insert(patient, grants);
		}
	}

	pub(crate) fn dequeue(block: BlockNumberFor<T>, patient: &T::AccountId, grant_id: GrantId) {
		ExpiryQueue::<T>::mutate_exists(block, |queue| {
			if let Some(list) = queue {
				list.retain(|(p, id)| !(p == patient && *id == grant_id));
				if list.is_empty() {
					*queue = None;
				}
			}
		});
	}

	/// Checks and stores a grant; returns its id.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_grant(
		patient: T::AccountId,
		grantee: T::AccountId,
		scope: Scope,
		permission: Permission,
		purpose: Purpose,
		starts_at: Option<BlockNumberFor<T>>,
		expires_at: BlockNumberFor<T>,
		by: T::AccountId,
	) -> Result<GrantId, DispatchError> {
		ensure!(grantee != patient, Error::<T>::CannotGrantToSelf);
		ensure!(T::Registry::role_of(&grantee).is_some(), Error::<T>::GranteeNotRegistered);
		ensure!(T::Registry::is_active(&grantee), Error::<T>::GranteeNotActive);
		Self::check_scope(&scope)?;
		Self::check_period(starts_at, expires_at, true)?;
		let mut grants = Grants::<T>::get(&patient);
		ensure!((grants.len() as u32) < T::MaxGrantsPerPatient::get(), Error::<T>::TooManyGrants);
		let (cleanup_at, mut queue) = Self::expiry_slot(expires_at)?;
		let id = NextGrantId::<T>::get();
		let next = id.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		let grant = Grant {
			id,
			grantee: grantee.clone(),
			scope: scope.clone(),
			permission,
			purpose,
			starts_at,
			expires_at,
			granted_at: now,
		};
		grants
			.try_push(StoredGrant { grant, cleanup_at })
			.map_err(|_| Error::<T>::TooManyGrants)?;
		queue.try_push((patient.clone(), id)).map_err(|_| Error::<T>::ExpiryQueueFull)?;

		NextGrantId::<T>::put(next);
		Grants::<T>::insert(&patient, grants);
		ExpiryQueue::<T>::insert(cleanup_at, queue);
		Self::deposit_event(Event::ConsentGranted {
			patient,
			grant_id: id,
			grantee,
			scope,
			permission,
			purpose,
			starts_at,
			expires_at,
			by,
		});
		Ok(id)
	}

	/// Removes the grants queued for clean-up at `now`; returns how many queue entries it took.
	pub(crate) fn expire_grants(now: BlockNumberFor<T>) -> u32 {
		if !ExpiryQueue::<T>::contains_key(now) {
			return 0;
		}
		let queue = ExpiryQueue::<T>::take(now);
		for (patient, grant_id) in &queue {
			let mut grants = Grants::<T>::get(patient);
			let Ok(index) = Self::position(&grants, *grant_id) else { continue };
			let stored = grants.remove(index);
			Self::store_grants(patient, grants);
			Self::deposit_event(Event::ConsentExpired {
				patient: patient.clone(),
				grant_id: *grant_id,
				grantee: stored.grant.grantee,
			});
		}
		queue.len() as u32
	}

	/// `patient`'s grants, for the runtime API.
	pub fn grants_of(patient: &T::AccountId) -> Vec<GrantOf<T>> {
		Grants::<T>::get(patient).into_iter().map(|stored| stored.grant).collect()
	}

	/// The requests awaiting `patient`'s answer, for the runtime API.
	pub fn pending_requests(
		patient: &T::AccountId,
	) -> Vec<(T::AccountId, AccessRequest<BlockNumberFor<T>>)> {
		AccessRequests::<T>::iter_prefix(patient).collect()
	}

	/// `patient`'s latest audit entries, oldest first, for the runtime API: its latest
	/// `MaxAuditEntries` disclosures and its latest `MaxAuditEntries` refusals, merged.
	pub fn audit_trail(patient: &T::AccountId) -> Vec<AuditEntryOf<T>> {
		let mut entries: Vec<AuditEntryOf<T>> = AuditTrail::<T>::iter_prefix_values(patient)
			.chain(RefusalTrail::<T>::iter_prefix_values(patient))
			.collect();
		entries.sort_by_key(|entry| entry.index);
		entries
	}

	/// The configuration's bounds, checked by `integrity_test`: every bound positive, and a full
	/// expiry queue at most a tenth of a block.
	pub(crate) fn check_integrity() {
		for (name, bound) in [
			("MaxGrantsPerPatient", T::MaxGrantsPerPatient::get()),
			("MaxExpiriesPerBlock", T::MaxExpiriesPerBlock::get()),
			("ExpirySearchWindow", T::ExpirySearchWindow::get()),
			("MaxAuditEntries", T::MaxAuditEntries::get()),
			("MaxUnreviewedEmergencies", T::MaxUnreviewedEmergencies::get()),
		] {
			assert!(bound > 0, "{name} must be positive");
		}
		assert!(!T::MaxGrantDuration::get().is_zero(), "MaxGrantDuration must be positive");
		assert!(
			!T::EmergencyAccessPeriod::get().is_zero(),
			"EmergencyAccessPeriod must be positive"
		);
		let hook = T::WeightInfo::expire_grants(T::MaxExpiriesPerBlock::get());
		let block = <T as frame_system::Config>::BlockWeights::get().max_block;
		assert!(
			hook.all_lte(block.saturating_div(10)),
			"a full expiry queue must take at most a tenth of a block"
		);
	}
}
