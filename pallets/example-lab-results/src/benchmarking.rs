//! Benchmarks of the lab-results pallet's calls at their worst cases: the longest order
//! reference, a lab that publishes on a grant, a patient with the most results but one. The
//! measured weights include consent's decision on that path; the calls add consent's worst case
//! (`authorize_weight`) on top, so consent is overcharged, never under.

use super::*;
use carechain_primitives::registry::RegistrySetup;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn longest_order_ref<T: Config>() -> OrderRefOf<T> {
	BoundedVec::truncate_from(alloc::vec![b'7'; T::MaxOrderRefLength::get() as usize])
}

/// A hospital, a physician of it (the lab) allowed to append, and a patient.
fn lab_and_patient<T: Config>() -> (T::AccountId, T::AccountId)
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let hospital: T::AccountId = account("hospital", 0, SEED);
	let lab: T::AccountId = account("lab", 0, SEED);
	let patient: T::AccountId = account("patient", 0, SEED);
	T::Registry::add_hospital(&hospital);
	T::Registry::add_physician(&lab, &hospital);
	T::Registry::add_patient(&patient);
	T::BenchmarkHelper::allow_append(&patient, &lab);
	frame_system::Pallet::<T>::set_block_number(1u32.into());
	(lab, patient)
}

/// `lab` publishes `n` results for `patient`.
fn publish<T: Config>(lab: &T::AccountId, patient: &T::AccountId, n: u32) {
	for i in 0..n {
		Pallet::<T>::publish_result(
			RawOrigin::Signed(lab.clone()).into(),
			patient.clone(),
			longest_order_ref::<T>(),
			H256::repeat_byte(i as u8),
		)
		.expect("the lab is allowed and the patient has room; qed");
	}
}

#[benchmarks(where T::Registry: RegistrySetup<T::AccountId>)]
mod benchmarks {
	use super::*;

	/// A result published on a grant, for a patient with room for exactly one more.
	#[benchmark]
	fn publish_result() {
		let (lab, patient) = lab_and_patient::<T>();
		publish::<T>(&lab, &patient, T::MaxResultsPerPatient::get() - 1);
		let id = NextResultId::<T>::get();
		let hash = H256::repeat_byte(0xab);

		#[extrinsic_call]
		_(RawOrigin::Signed(lab.clone()), patient.clone(), longest_order_ref::<T>(), hash);

		assert_last_event::<T>(
			Event::ResultPublished {
				patient,
				result_id: id,
				lab,
				order_ref: longest_order_ref::<T>().into_inner(),
				result_hash: hash,
			}
			.into(),
		);
	}

	#[benchmark]
	fn withdraw_result() {
		let (lab, patient) = lab_and_patient::<T>();
		publish::<T>(&lab, &patient, 2);

		#[extrinsic_call]
		_(RawOrigin::Signed(lab.clone()), patient.clone(), 1);

		assert_last_event::<T>(Event::ResultWithdrawn { patient, result_id: 1, by: lab }.into());
	}

	/// A granted read: the patient's own.
	#[benchmark]
	fn read_result() {
		let (lab, patient) = lab_and_patient::<T>();
		publish::<T>(&lab, &patient, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), 0, Purpose::Treatment);

		assert_last_event::<T>(
			Event::ResultReadGranted {
				patient: patient.clone(),
				result_id: 0,
				reader: patient,
				result_hash: H256::repeat_byte(0),
			}
			.into(),
		);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
