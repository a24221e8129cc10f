//! Benchmarks of consent's calls, expiry hook and audited access check, each at its worst case:
//! a guardian acting, grant lists full, expiry queues full up to the last block of the search
//! window, the widest scope, the most guardians and hospitals.

use super::*;
use carechain_primitives::{consent::CATEGORY_COUNT, registry::RegistrySetup};
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

fn block<T: Config>(n: u32) -> BlockNumberFor<T> {
	n.into()
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// Every category, in one scope: the longest to validate and compare.
fn widest_scope() -> Scope {
	let all = [
		DataCategory::VitalSigns,
		DataCategory::LabResults,
		DataCategory::Imaging,
		DataCategory::Prescriptions,
		DataCategory::ClinicalNotes,
		DataCategory::Diagnoses,
		DataCategory::Immunizations,
		DataCategory::Allergies,
	];
	debug_assert_eq!(all.len() as u32, CATEGORY_COUNT);
	Scope::Only(all.to_vec().try_into().expect("CATEGORY_COUNT categories; qed"))
}

/// The cast every benchmark uses, registered: a hospital, a physician of it, a patient and a
/// guardian of the patient.
struct Cast<A> {
	hospital: A,
	physician: A,
	patient: A,
	guardian: A,
}

fn cast<T: Config>() -> Cast<T::AccountId>
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let cast = Cast {
		hospital: account("hospital", 0, SEED),
		physician: account("physician", 0, SEED),
		patient: account("patient", 0, SEED),
		guardian: account("guardian", 0, SEED),
	};
	T::Registry::add_hospital(&cast.hospital);
	T::Registry::add_physician(&cast.physician, &cast.hospital);
	T::Registry::add_patient(&cast.patient);
	T::Registry::add_patient(&cast.guardian);
	T::Registry::add_guardian(&cast.patient, &cast.guardian);
	frame_system::Pallet::<T>::set_block_number(block::<T>(1));
	cast
}

/// Gives `patient` `count` grants to `grantee`, of the widest scope, for `purpose`, each expiring
/// in its own block from `first_expiry` on and queued there; returns their ids.
fn fill_grants<T: Config>(
	patient: &T::AccountId,
	grantee: &T::AccountId,
	count: u32,
	purpose: Purpose,
	starts_at: Option<BlockNumberFor<T>>,
	first_expiry: BlockNumberFor<T>,
) -> Vec<GrantId> {
	let mut grants = Grants::<T>::get(patient);
	let mut ids = Vec::new();
	for i in 0..count {
		let id = NextGrantId::<T>::get();
		NextGrantId::<T>::put(id.saturating_add(1));
		let expires_at = first_expiry.saturating_add(block::<T>(i));
		grants.force_push(StoredGrant {
			grant: Grant {
				id,
				grantee: grantee.clone(),
				scope: widest_scope(),
				permission: Permission::ReadAppend,
				purpose,
				starts_at,
				expires_at,
				granted_at: block::<T>(1),
			},
			cleanup_at: expires_at,
		});
		ExpiryQueue::<T>::mutate(expires_at, |queue| queue.force_push((patient.clone(), id)));
		ids.push(id);
	}
	Grants::<T>::insert(patient, grants);
	ids
}

/// Fills the expiry queues of `count` blocks from `first` on with entries of no grant: a search
/// for a free queue from `first` then reads them all.
fn fill_queues<T: Config>(first: u32, count: u32) {
	let filler: T::AccountId = account("filler", 0, SEED);
	for b in 0..count {
		let entries = (0..T::MaxExpiriesPerBlock::get())
			.map(|i| (filler.clone(), u64::from(i)))
			.collect::<Vec<_>>();
		ExpiryQueue::<T>::insert(
			block::<T>(first.saturating_add(b)),
			BoundedVec::truncate_from(entries),
		);
	}
}

/// `physician` asks `patient` for the widest access, for `duration`.
fn requested<T: Config>(
	physician: &T::AccountId,
	patient: &T::AccountId,
	duration: BlockNumberFor<T>,
) {
	Pallet::<T>::request_access(
		RawOrigin::Signed(physician.clone()).into(),
		patient.clone(),
		widest_scope(),
		Permission::ReadAppend,
		Purpose::Treatment,
		duration,
	)
	.expect("an active physician asks an active patient; qed");
}

/// An expiry whose free queue is the last of the search window.
fn expiry_at_window_end<T: Config>(expiry: u32) -> BlockNumberFor<T> {
	fill_queues::<T>(expiry, T::ExpirySearchWindow::get().saturating_sub(1));
	block::<T>(expiry)
}

#[benchmarks(where T::Registry: RegistrySetup<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant() {
		let Cast { physician, patient, guardian, .. } = cast::<T>();
		let max = T::MaxGrantsPerPatient::get();
		fill_grants::<T>(
			&patient,
			&physician,
			max.saturating_sub(1),
			Purpose::Treatment,
			None,
			block::<T>(10),
		);
		let expires_at = expiry_at_window_end::<T>(1_000);
		let id = NextGrantId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(guardian.clone()),
			patient.clone(),
			physician.clone(),
			widest_scope(),
			Permission::ReadAppend,
			Purpose::Research,
			Some(block::<T>(2)),
			expires_at,
		);

		assert_eq!(Grants::<T>::get(&patient).len() as u32, max);
		assert_last_event::<T>(
			Event::ConsentGranted {
				patient,
				grant_id: id,
				grantee: physician,
				scope: widest_scope(),
				permission: Permission::ReadAppend,
				purpose: Purpose::Research,
				starts_at: Some(block::<T>(2)),
				expires_at,
				by: guardian,
			}
			.into(),
		);
	}

	#[benchmark]
	fn revoke() {
		let Cast { physician, patient, guardian, .. } = cast::<T>();
		let max = T::MaxGrantsPerPatient::get();
		let ids =
			fill_grants::<T>(&patient, &physician, max, Purpose::Treatment, None, block::<T>(10));
		let id = *ids.last().expect("MaxGrantsPerPatient > 0; qed");
		let cleanup_at = block::<T>(10u32.saturating_add(max).saturating_sub(1));
		// The grant's own queue full: the longest to search.
		ExpiryQueue::<T>::mutate(cleanup_at, |queue| {
			let filler: T::AccountId = account("filler", 0, SEED);
			while (queue.len() as u32) < T::MaxExpiriesPerBlock::get() {
				queue.force_push((filler.clone(), GrantId::MAX));
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian.clone()), patient.clone(), id);

		assert_eq!(Grants::<T>::get(&patient).len() as u32, max.saturating_sub(1));
		assert_last_event::<T>(
			Event::ConsentRevoked { patient, grant_id: id, grantee: physician, by: guardian }
				.into(),
		);
	}

	#[benchmark]
	fn amend() {
		let Cast { physician, patient, guardian, .. } = cast::<T>();
		let max = T::MaxGrantsPerPatient::get();
		let ids = fill_grants::<T>(
			&patient,
			&physician,
			max,
			Purpose::Treatment,
			None,
			block::<T>(10_000),
		);
		let id = *ids.last().expect("MaxGrantsPerPatient > 0; qed");
		let expires_at = expiry_at_window_end::<T>(1_000);
		let scope = Scope::Only(
			alloc::vec![DataCategory::VitalSigns, DataCategory::LabResults]
				.try_into()
				.expect("two categories fit; qed"),
		);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(guardian.clone()),
			patient.clone(),
			id,
			Some(scope.clone()),
			Some(Permission::Read),
			Some(expires_at),
		);

		assert_last_event::<T>(
			Event::ConsentAmended {
				patient,
				grant_id: id,
				grantee: physician,
				scope,
				permission: Permission::Read,
				expires_at,
				by: guardian,
			}
			.into(),
		);
	}

	#[benchmark]
	fn request_access() {
		let Cast { physician, patient, .. } = cast::<T>();
		let duration = T::MaxGrantDuration::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(physician.clone()),
			patient.clone(),
			widest_scope(),
			Permission::ReadAppend,
			Purpose::Treatment,
			duration,
		);

		assert!(AccessRequests::<T>::contains_key(&patient, &physician));
	}

	#[benchmark]
	fn approve_request() {
		let Cast { physician, patient, guardian, .. } = cast::<T>();
		let max = T::MaxGrantsPerPatient::get();
		fill_grants::<T>(
			&patient,
			&physician,
			max.saturating_sub(1),
			Purpose::Treatment,
			None,
			block::<T>(10),
		);
		let duration = block::<T>(1_000);
		// Approved in block 1: the grant expires at 1 + duration.
		expiry_at_window_end::<T>(1_001);
		requested::<T>(&physician, &patient, duration);
		let id = NextGrantId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), patient.clone(), physician.clone());

		assert_last_event::<T>(
			Event::AccessRequestApproved { patient, requester: physician, grant_id: id }.into(),
		);
	}

	#[benchmark]
	fn reject_request() {
		let Cast { physician, patient, guardian, .. } = cast::<T>();
		requested::<T>(&physician, &patient, block::<T>(10));

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), patient.clone(), physician.clone());

		assert_last_event::<T>(
			Event::AccessRequestRejected { patient, requester: physician }.into(),
		);
	}

	#[benchmark]
	fn withdraw_request() {
		let Cast { physician, patient, .. } = cast::<T>();
		requested::<T>(&physician, &patient, block::<T>(10));

		#[extrinsic_call]
		_(RawOrigin::Signed(physician.clone()), patient.clone());

		assert_last_event::<T>(
			Event::AccessRequestWithdrawn { patient, requester: physician }.into(),
		);
	}

	#[benchmark]
	fn open_emergency_access() {
		let Cast { hospital, physician, patient, guardian } = cast::<T>();
		for i in 1..T::Registry::max_guardians() {
			let other: T::AccountId = account("guardian", i, SEED);
			T::Registry::add_patient(&other);
			T::Registry::add_guardian(&patient, &other);
		}
		// An earlier access, expired, awaiting review: it is read and checked.
		Pallet::<T>::open_emergency_access(
			RawOrigin::Signed(physician.clone()).into(),
			patient.clone(),
			hospital.clone(),
			H256::repeat_byte(1),
		)
		.expect("an active physician of an active hospital; qed");
		let now = T::EmergencyAccessPeriod::get().saturating_add(block::<T>(1));
		frame_system::Pallet::<T>::set_block_number(now);
		let id = NextEmergencyId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(physician.clone()), patient.clone(), hospital, H256::repeat_byte(2));

		assert_eq!(LatestEmergency::<T>::get(&patient, &physician), Some(id));
		let guardians = T::Registry::guardians_of(&patient);
		assert_eq!(guardians.len() as u32, T::Registry::max_guardians());
		assert!(guardians.contains(&guardian));
	}

	#[benchmark]
	fn conclude_review() {
		let Cast { hospital, physician, patient, .. } = cast::<T>();
		Pallet::<T>::open_emergency_access(
			RawOrigin::Signed(physician.clone()).into(),
			patient.clone(),
			hospital.clone(),
			H256::repeat_byte(1),
		)
		.expect("an active physician of an active hospital; qed");
		let id = NextEmergencyId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(hospital.clone()), id, ReviewOutcome::Misuse);

		assert_last_event::<T>(
			Event::EmergencyReviewConcluded {
				id,
				patient,
				physician,
				outcome: ReviewOutcome::Misuse,
				by: Some(hospital),
			}
			.into(),
		);
	}

	/// The expiry hook removing `n` grants, each of a different patient with a full grant list.
	#[benchmark]
	fn expire_grants(n: Linear<0, { T::MaxExpiriesPerBlock::get() }>) {
		let Cast { physician, .. } = cast::<T>();
		let max = T::MaxGrantsPerPatient::get();
		let now = block::<T>(100);
		for p in 0..n {
			let patient: T::AccountId = account("expiring", p, SEED);
			T::Registry::add_patient(&patient);
			// The others expire later; the last one, queued at `now`, is the one removed.
			fill_grants::<T>(
				&patient,
				&physician,
				max.saturating_sub(1),
				Purpose::Treatment,
				None,
				block::<T>(200),
			);
			let mut grants = Grants::<T>::get(&patient);
			let id = NextGrantId::<T>::get();
			NextGrantId::<T>::put(id.saturating_add(1));
			grants.force_push(StoredGrant {
				grant: Grant {
					id,
					grantee: physician.clone(),
					scope: widest_scope(),
					permission: Permission::ReadAppend,
					purpose: Purpose::Treatment,
					starts_at: None,
					expires_at: now,
					granted_at: block::<T>(1),
				},
				cleanup_at: now,
			});
			Grants::<T>::insert(&patient, grants);
			ExpiryQueue::<T>::mutate(now, |queue| queue.force_push((patient, id)));
		}
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!(!ExpiryQueue::<T>::contains_key(now));
	}

	/// The audited access check at its dearest: every grant matches but is not yet in force and
	/// is to a hospital of the accessor (each read), the accessor belongs to the most hospitals,
	/// and the open emergency access, checked last with the physician's affiliation, decides.
	#[benchmark]
	fn authorize() {
		let Cast { hospital, physician, patient, .. } = cast::<T>();
		let mut hospitals = alloc::vec![hospital.clone()];
		for h in 1..T::Registry::max_hospitals_per_physician() {
			let other: T::AccountId = account("hospital", h, SEED);
			T::Registry::add_hospital(&other);
			T::Registry::affiliate(&physician, &other);
			hospitals.push(other);
		}
		let max = T::MaxGrantsPerPatient::get();
		for i in 0..max {
			let to = &hospitals[(i as usize) % hospitals.len()];
			fill_grants::<T>(
				&patient,
				to,
				1,
				Purpose::EmergencyTreatment,
				Some(block::<T>(500)),
				block::<T>(1_000u32.saturating_add(i)),
			);
		}
		Pallet::<T>::open_emergency_access(
			RawOrigin::Signed(physician.clone()).into(),
			patient.clone(),
			hospital,
			H256::repeat_byte(1),
		)
		.expect("an active physician of an active hospital; qed");
		let emergency = NextEmergencyId::<T>::get().saturating_sub(1);
		let decision;

		#[block]
		{
			decision = <Pallet<T> as AccessControl<T::AccountId>>::authorize(
				&patient,
				&physician,
				DataCategory::Imaging,
				Action::Append,
				Purpose::EmergencyTreatment,
			);
		}

		assert_eq!(decision, AccessDecision::Granted(AccessBasis::Emergency(emergency)));
		assert_eq!(AuditCounters::<T>::get(&patient).total, 1);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
