//! Benchmarks of the records pallet's calls at their worst cases: the longest locator, a batch
//! of the most readings (its cost does not depend on them; a device's signs a fixed batch), the
//! longest wrapped keys, the most readers, and on-chain RSA-PSS verification of real signatures
//! by 2048- and 4096-bit device keys. Consent's share of a call (its `authorize`) is weighed by
//! consent's own benchmark and added by the call's weight.

use super::*;
use carechain_primitives::{
	record_signature::content_hash,
	registry::RegistrySetup,
	testing::keys::{
		BATCH_PATIENT, BATCH_READINGS, BATCH_ROOT, DEVICE_2048, DEVICE_2048_BATCH_SIGNATURE,
		DEVICE_2048_BATCH_SIGNATURE_U64, DEVICE_2048_READING_SIGNATURE, DEVICE_4096,
		DEVICE_4096_BATCH_SIGNATURE, DEVICE_4096_BATCH_SIGNATURE_U64,
		DEVICE_4096_READING_SIGNATURE, READING,
	},
};
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn longest_locator<T: Config>() -> LocatorOf<T> {
	BoundedVec::truncate_from(alloc::vec![b'x'; T::MaxLocatorLength::get() as usize])
}

fn longest_key<T: Config>() -> WrappedKeyOf<T> {
	BoundedVec::truncate_from(alloc::vec![7u8; T::MaxWrappedKeyLength::get() as usize])
}

/// A hospital, and a patient under it.
fn patient<T: Config>() -> (T::AccountId, T::AccountId)
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let hospital: T::AccountId = account("hospital", 0, SEED);
	let patient: T::AccountId = account("patient", 0, SEED);
	T::Registry::add_hospital(&hospital);
	T::Registry::add_patient(&patient);
	frame_system::Pallet::<T>::set_block_number(1u32.into());
	(hospital, patient)
}

/// The patient publishes its first vital-signs key, wrapped for itself.
fn first_epoch<T: Config>(patient: &T::AccountId) {
	Pallet::<T>::rotate_category_key(
		RawOrigin::Signed(patient.clone()).into(),
		patient.clone(),
		DataCategory::VitalSigns,
		BoundedVec::truncate_from(alloc::vec![(patient.clone(), longest_key::<T>())]),
	)
	.expect("the patient rotates its own key; qed");
}

/// The patient anchors a record of `byte`'s hash; returns its id.
fn anchored<T: Config>(patient: &T::AccountId, byte: u8) -> RecordId {
	let id = NextRecordId::<T>::get();
	Pallet::<T>::anchor(
		RawOrigin::Signed(patient.clone()).into(),
		patient.clone(),
		DataCategory::VitalSigns,
		H256::repeat_byte(byte),
		longest_locator::<T>(),
		1_000,
		ENVELOPE_VERSION,
		CurrentEpoch::<T>::get(patient, DataCategory::VitalSigns),
		Purpose::Treatment,
		None,
		now::<T>(),
	)
	.expect("a patient anchors its own record; qed");
	id
}

/// A device of `key` signs the test reading; the benchmark anchors it.
fn anchor_signed<T: Config>(key: &[u8]) -> (T::AccountId, T::AccountId)
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let (hospital, patient) = patient::<T>();
	let device: T::AccountId = account("device", 0, SEED);
	T::Registry::add_device(&device, &patient, &hospital, key);
	(device, patient)
}

/// A hospital, and the fixed batch's patient under it ([`BATCH_PATIENT`], as this runtime's
/// accounts decode it), whose fixed batch the test devices signed.
fn batch_patient<T: Config>() -> (T::AccountId, T::AccountId)
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let hospital: T::AccountId = account("hospital", 0, SEED);
	let patient = T::AccountId::decode(&mut &BATCH_PATIENT[..])
		.expect("an account decodes from 32 bytes; qed");
	T::Registry::add_hospital(&hospital);
	T::Registry::add_patient(&patient);
	frame_system::Pallet::<T>::set_block_number(1u32.into());
	(hospital, patient)
}

/// A device of `key` monitoring the batch's patient, and its signature of the fixed batch:
/// `signatures` for 32-byte accounts (the runtime's) and for 8-byte ones (the mock's).
fn batch_device<T: Config>(
	key: &[u8],
	signatures: (&[u8], &[u8]),
) -> (T::AccountId, T::AccountId, SignatureOf)
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let (hospital, patient) = batch_patient::<T>();
	let device: T::AccountId = account("device", 0, SEED);
	T::Registry::add_device(&device, &patient, &hospital, key);
	let signature =
		if patient.encode().len() == BATCH_PATIENT.len() { signatures.0 } else { signatures.1 };
	(device, patient, BoundedVec::truncate_from(signature.to_vec()))
}

/// `MaxCustodians` hospitals, named the patient's custodians, all of whose shares open a
/// record (the most releases a read takes).
fn custody<T: Config>(patient: &T::AccountId) -> Vec<T::AccountId>
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let custodians: Vec<T::AccountId> = (0..T::MaxCustodians::get())
		.map(|i| {
			let hospital: T::AccountId = account("custodian", i, SEED);
			T::Registry::add_hospital(&hospital);
			hospital
		})
		.collect();
	Pallet::<T>::set_custodians(
		RawOrigin::Signed(patient.clone()).into(),
		patient.clone(),
		BoundedVec::truncate_from(custodians.clone()),
		T::MaxCustodians::get(),
	)
	.expect("the patient names active hospitals; qed");
	custodians
}

/// The patient anchors a custody record of `byte`'s hash; returns its id.
fn anchored_in_custody<T: Config>(patient: &T::AccountId, byte: u8) -> RecordId {
	let id = NextRecordId::<T>::get();
	Pallet::<T>::anchor(
		RawOrigin::Signed(patient.clone()).into(),
		patient.clone(),
		DataCategory::VitalSigns,
		H256::repeat_byte(byte),
		longest_locator::<T>(),
		1_000,
		CUSTODY_ENVELOPE_VERSION,
		CurrentCustody::<T>::get(patient),
		Purpose::Treatment,
		None,
		now::<T>(),
	)
	.expect("a patient anchors its own custody record; qed");
	id
}

/// A guardian of the patient: a reader consent grants and custodians release to (the patient's
/// own reads need no releases).
fn guardian<T: Config>(patient: &T::AccountId) -> T::AccountId
where
	T::Registry: RegistrySetup<T::AccountId>,
{
	let guardian: T::AccountId = account("guardian", 0, SEED);
	T::Registry::add_patient(&guardian);
	T::Registry::add_guardian(patient, &guardian);
	guardian
}

/// `reader` reads `MaxOpenReads - 1` other custody records of the patient first, so that its
/// read of the benchmarked record is its last open one.
fn other_open_reads<T: Config>(patient: &T::AccountId, reader: &T::AccountId) {
	for byte in 0..T::MaxOpenReads::get().saturating_sub(1) {
		let other = anchored_in_custody::<T>(patient, 100u8.wrapping_add(byte as u8));
		Pallet::<T>::read(RawOrigin::Signed(reader.clone()).into(), other, Purpose::Treatment)
			.expect("a guardian reads its patient's record; qed");
	}
}

/// The block's time, ms: when the benchmarks' readings are taken.
fn now<T: Config>() -> u64 {
	T::Time::now().as_millis().try_into().unwrap_or(u64::MAX)
}

#[benchmarks(where T::Registry: RegistrySetup<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor_unsigned() {
		let (_, patient) = patient::<T>();
		let hash = H256::repeat_byte(1);

		#[extrinsic_call]
		anchor(
			RawOrigin::Signed(patient.clone()),
			patient.clone(),
			DataCategory::VitalSigns,
			hash,
			longest_locator::<T>(),
			1_000,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			None,
			now::<T>(),
		);

		assert_eq!(RecordByPatientHash::<T>::get(&patient, hash), Some(0));
	}

	#[benchmark]
	fn anchor_signed_2048() {
		let (device, patient) = anchor_signed::<T>(DEVICE_2048);
		let hash = H256(content_hash(READING));
		let signature = BoundedVec::truncate_from(DEVICE_2048_READING_SIGNATURE.to_vec());

		#[extrinsic_call]
		anchor(
			RawOrigin::Signed(device),
			patient.clone(),
			DataCategory::VitalSigns,
			hash,
			longest_locator::<T>(),
			READING.len() as u64,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			Some(signature),
			now::<T>(),
		);

		assert_eq!(RecordByPatientHash::<T>::get(&patient, hash), Some(0));
	}

	#[benchmark]
	fn anchor_signed_4096() {
		let (device, patient) = anchor_signed::<T>(DEVICE_4096);
		let hash = H256(content_hash(READING));
		let signature = BoundedVec::truncate_from(DEVICE_4096_READING_SIGNATURE.to_vec());

		#[extrinsic_call]
		anchor(
			RawOrigin::Signed(device),
			patient.clone(),
			DataCategory::VitalSigns,
			hash,
			longest_locator::<T>(),
			READING.len() as u64,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			Some(signature),
			now::<T>(),
		);

		assert_eq!(RecordByPatientHash::<T>::get(&patient, hash), Some(0));
	}

	#[benchmark]
	fn anchor_batch_unsigned() {
		let (_, patient) = batch_patient::<T>();
		let root = H256(BATCH_ROOT);

		#[extrinsic_call]
		anchor_batch(
			RawOrigin::Signed(patient.clone()),
			patient.clone(),
			DataCategory::VitalSigns,
			root,
			T::MaxBatchReadings::get(),
			longest_locator::<T>(),
			u64::MAX,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			None,
			now::<T>(),
		);

		assert_eq!(BatchReadings::<T>::get(0), Some(T::MaxBatchReadings::get()));
	}

	#[benchmark]
	fn anchor_batch_signed_2048() {
		let (device, patient, signature) = batch_device::<T>(
			DEVICE_2048,
			(DEVICE_2048_BATCH_SIGNATURE, DEVICE_2048_BATCH_SIGNATURE_U64),
		);

		#[extrinsic_call]
		anchor_batch(
			RawOrigin::Signed(device),
			patient.clone(),
			DataCategory::VitalSigns,
			H256(BATCH_ROOT),
			BATCH_READINGS,
			longest_locator::<T>(),
			u64::MAX,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			Some(signature),
			now::<T>(),
		);

		assert_eq!(BatchReadings::<T>::get(0), Some(BATCH_READINGS));
	}

	#[benchmark]
	fn anchor_batch_signed_4096() {
		let (device, patient, signature) = batch_device::<T>(
			DEVICE_4096,
			(DEVICE_4096_BATCH_SIGNATURE, DEVICE_4096_BATCH_SIGNATURE_U64),
		);

		#[extrinsic_call]
		anchor_batch(
			RawOrigin::Signed(device),
			patient.clone(),
			DataCategory::VitalSigns,
			H256(BATCH_ROOT),
			BATCH_READINGS,
			longest_locator::<T>(),
			u64::MAX,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			Some(signature),
			now::<T>(),
		);

		assert_eq!(BatchReadings::<T>::get(0), Some(BATCH_READINGS));
	}

	#[benchmark]
	fn rotate_category_key(n: Linear<1, { T::MaxReadersPerRotation::get() }>) {
		let (_, patient) = patient::<T>();
		let readers: Vec<_> = (0..n)
			.map(|i| {
				let reader: T::AccountId = account("reader", i, SEED);
				T::Registry::add_patient(&reader);
				(reader, longest_key::<T>())
			})
			.collect();
		let readers = BoundedVec::truncate_from(readers);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), DataCategory::VitalSigns, readers);

		assert_eq!(CurrentEpoch::<T>::get(&patient, DataCategory::VitalSigns), 1);
	}

	#[benchmark]
	fn share_category_key() {
		let (_, patient) = patient::<T>();
		let reader: T::AccountId = account("reader", 0, SEED);
		T::Registry::add_patient(&reader);
		first_epoch::<T>(&patient);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			patient.clone(),
			DataCategory::VitalSigns,
			1,
			reader.clone(),
			longest_key::<T>(),
		);

		assert_last_event::<T>(
			Event::CategoryKeyShared {
				patient,
				category: DataCategory::VitalSigns,
				epoch: 1,
				reader,
			}
			.into(),
		);
	}

	/// A granted read, with the longest wrapped key returned in the event.
	#[benchmark]
	fn read() {
		let (_, patient) = patient::<T>();
		first_epoch::<T>(&patient);
		let id = anchored::<T>(&patient, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), id, Purpose::Treatment);

		assert_last_event::<T>(
			Event::RecordReadGranted {
				record_id: id,
				reader: patient,
				basis: AccessBasis::OwnData,
				key_epoch: 1,
				wrapped_key: Some(longest_key::<T>().into_inner()),
			}
			.into(),
		);
	}

	/// A granted read of a custody record by a reader whose open reads are full: the oldest is
	/// dropped.
	#[benchmark]
	fn read_in_custody() {
		let (_, patient) = patient::<T>();
		let reader = guardian::<T>(&patient);
		custody::<T>(&patient);
		other_open_reads::<T>(&patient, &reader);
		let oldest = anchored_in_custody::<T>(&patient, 1);
		Pallet::<T>::read(RawOrigin::Signed(reader.clone()).into(), oldest, Purpose::Treatment)
			.expect("a guardian reads its patient's record; qed");
		let id = anchored_in_custody::<T>(&patient, 2);

		#[extrinsic_call]
		read(RawOrigin::Signed(reader.clone()), id, Purpose::Treatment);

		assert_eq!(OpenReads::<T>::get(&reader).last().map(|open| open.record_id), Some(id));
	}

	#[benchmark]
	fn set_custodians(n: Linear<2, { T::MaxCustodians::get() }>) {
		let (_, patient) = patient::<T>();
		let custodians: Vec<T::AccountId> = (0..n)
			.map(|i| {
				let hospital: T::AccountId = account("custodian", i, SEED);
				T::Registry::add_hospital(&hospital);
				hospital
			})
			.collect();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			patient.clone(),
			BoundedVec::truncate_from(custodians),
			T::MinCustodyThreshold::get(),
		);

		assert_eq!(CurrentCustody::<T>::get(&patient), 1);
	}

	/// The last custodian releases, for the reader's last open read: the longest searches.
	#[benchmark]
	fn release_share() {
		let (_, patient) = patient::<T>();
		let reader = guardian::<T>(&patient);
		let custodians = custody::<T>(&patient);
		other_open_reads::<T>(&patient, &reader);
		let id = anchored_in_custody::<T>(&patient, 1);
		Pallet::<T>::read(RawOrigin::Signed(reader.clone()).into(), id, Purpose::Treatment)
			.expect("a guardian reads its patient's record; qed");
		let last = custodians.last().cloned().expect("MaxCustodians is at least 2; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), id, reader.clone(), longest_key::<T>());

		assert_last_event::<T>(
			Event::ShareReleased {
				record_id: id,
				reader,
				custodian: last,
				index: T::MaxCustodians::get() - 1,
				wrapped_share: longest_key::<T>().into_inner(),
			}
			.into(),
		);
	}

	#[benchmark]
	fn supersede() {
		let (_, patient) = patient::<T>();
		let old = anchored::<T>(&patient, 1);
		let correction = anchored::<T>(&patient, 2);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient), old, correction, Purpose::Treatment);

		assert_last_event::<T>(Event::RecordSuperseded { record_id: old, correction }.into());
	}

	#[benchmark]
	fn mark_entered_in_error() {
		let (_, patient) = patient::<T>();
		let id = anchored::<T>(&patient, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), id, Purpose::Treatment);

		assert_last_event::<T>(
			Event::RecordMarkedEnteredInError { record_id: id, by: patient }.into(),
		);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
