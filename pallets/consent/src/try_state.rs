//! Consent's invariants, checked after every unit test and by try-runtime against a real
//! chain's state.

use super::*;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants: every grant is well-formed and queued exactly once for
	/// clean-up, no later than its expiry window allows and not in the past; every queue entry is
	/// a grant; emergency indexes point at their records; audit rings hold what their lengths say.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let next_grant = NextGrantId::<T>::get();
		let mut grant_count: usize = 0;
		for (patient, grants) in Grants::<T>::iter() {
			ensure!(!grants.is_empty(), "an empty grant list is stored");
			ensure!(
				T::Registry::role_of(&patient) == Some(Role::Patient),
				"grants of a non-patient"
			);
			for (i, StoredGrant { grant, cleanup_at }) in grants.iter().enumerate() {
				ensure!(grant.id < next_grant, "a grant id not yet assigned");
				ensure!(
					grants[..i].iter().all(|other| other.grant.id != grant.id),
					"a grant id twice"
				);
				ensure!(grant.scope.validate().is_ok(), "an invalid scope is stored");
				ensure!(grant.grantee != patient, "a grant to the patient itself");
				if let Some(start) = grant.starts_at {
					ensure!(start < grant.expires_at, "a grant expiring before it starts");
				}
				ensure!(*cleanup_at >= grant.expires_at, "clean-up before expiry");
				let window = BlockNumberFor::<T>::from(T::ExpirySearchWindow::get());
				ensure!(
					*cleanup_at < grant.expires_at.saturating_add(window),
					"clean-up beyond the search window"
				);
				ensure!(*cleanup_at > now, "a grant outlived its clean-up block");
				ensure!(
					ExpiryQueue::<T>::get(cleanup_at)
						.iter()
						.filter(|(p, id)| *p == patient && *id == grant.id)
						.count() == 1,
					"a grant not queued exactly once for clean-up"
				);
			}
			grant_count = grant_count.saturating_add(grants.len());
		}
		let mut queued: usize = 0;
		for (block, queue) in ExpiryQueue::<T>::iter() {
			ensure!(!queue.is_empty(), "an empty expiry queue is stored");
			ensure!(block > now, "an expiry queue was not processed");
			for (patient, grant_id) in &queue {
				ensure!(
					Grants::<T>::get(patient)
						.iter()
						.any(|stored| stored.grant.id == *grant_id && stored.cleanup_at == block),
					"a queued grant does not exist, or is queued elsewhere"
				);
			}
			queued = queued.saturating_add(queue.len());
		}
		ensure!(queued == grant_count, "queue entries and grants differ in number");

		for (patient, requester, request) in AccessRequests::<T>::iter() {
			ensure!(patient != requester, "a request to oneself");
			ensure!(
				!request.duration.is_zero() && request.duration <= T::MaxGrantDuration::get(),
				"a request of invalid duration"
			);
		}
		let next_emergency = NextEmergencyId::<T>::get();
		for (id, _) in EmergencyAccesses::<T>::iter() {
			ensure!(id < next_emergency, "an emergency id not yet assigned");
		}
		let mut unreviewed = alloc::collections::BTreeMap::<T::AccountId, u32>::new();
		for (id, access) in EmergencyAccesses::<T>::iter() {
			if !EmergencyReviews::<T>::contains_key(id) {
				*unreviewed.entry(access.physician).or_default() += 1;
			}
		}
		ensure!(
			UnreviewedEmergencies::<T>::iter().collect::<alloc::collections::BTreeMap<_, _>>()
				== unreviewed,
			"the unreviewed emergency counts differ from the accesses awaiting review"
		);
		for (id, review) in EmergencyReviews::<T>::iter() {
			let access = EmergencyAccesses::<T>::get(id)
				.ok_or("an emergency review of no emergency access")?;
			ensure!(access.expires_at <= review.at, "a reviewed emergency access still open");
		}
		for (patient, physician, id) in LatestEmergency::<T>::iter() {
			let access = EmergencyAccesses::<T>::get(id)
				.ok_or("an emergency index points at no emergency access")?;
			ensure!(
				access.patient == patient && access.physician == physician,
				"an emergency index points at another's access"
			);
		}

		let capacity = u64::from(T::MaxAuditEntries::get());
		for (patient, counts) in AuditCounters::<T>::iter() {
			ensure!(
				counts.disclosures.saturating_add(counts.refusals) <= counts.total,
				"more audit entries of each kind than in all"
			);
			for (ring, kind, granted) in [
				(
					AuditTrail::<T>::iter_prefix(&patient).collect::<Vec<_>>(),
					counts.disclosures,
					true,
				),
				(
					RefusalTrail::<T>::iter_prefix(&patient).collect::<Vec<_>>(),
					counts.refusals,
					false,
				),
			] {
				ensure!(
					ring.len() as u64 == kind.min(capacity),
					"an audit ring holds the wrong number of entries"
				);
				for (slot, entry) in ring {
					ensure!(u64::from(slot) < capacity, "an audit entry beyond its ring");
					ensure!(entry.index < counts.total, "an audit entry beyond the trail's length");
					ensure!(
						matches!(entry.decision, AccessDecision::Granted(_)) == granted,
						"an audit entry in the other kind's ring"
					);
				}
			}
		}
		ensure!(
			AuditTrail::<T>::iter_keys()
				.chain(RefusalTrail::<T>::iter_keys())
				.all(|(patient, _)| AuditCounters::<T>::contains_key(&patient)),
			"audit entries of a patient without counts"
		);
		Ok(())
	}
}
