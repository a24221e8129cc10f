use super::*;

#[test]
fn registers_a_device_for_a_patient_under_the_hospital() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		register_patient(PATIENT);
		assert_ok!(Registry::register_device(
			signed(GOV_HOSPITAL),
			DEVICE,
			PATIENT,
			DeviceKind::Implant,
			key(RSA_2048_A),
			key(RSA_4096_A),
		));
		assert_eq!(Registry::patient_of(&DEVICE), Some(PATIENT));
		assert_eq!(Registry::hospital_of(&DEVICE), Some(GOV_HOSPITAL));
		assert_eq!(Registry::signing_key(&DEVICE), Some(RSA_4096_A.to_vec()));
		assert_eq!(PatientDevices::<Test>::get(PATIENT).to_vec(), vec![DEVICE]);
		assert!(Registry::is_active(&DEVICE));
		assert_eq!(
			last_event(),
			Event::DeviceRegistered {
				device: DEVICE,
				patient: PATIENT,
				hospital: GOV_HOSPITAL,
				kind: DeviceKind::Implant
			}
			.into()
		);
	});
}

#[test]
fn fails_for_a_caller_that_is_not_a_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(try_register_device(PHYSICIAN, 31, PATIENT), Error::<Test>::NotHospital);
	});
}

#[test]
fn fails_for_a_registered_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			try_register_device(GOV_HOSPITAL, DEVICE, PATIENT),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn fails_for_an_unregistered_patient() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		assert_noop!(
			try_register_device(GOV_HOSPITAL, DEVICE, NOBODY),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn fails_for_a_patient_that_is_not_one() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(try_register_device(GOV_HOSPITAL, 31, PHYSICIAN), Error::<Test>::NotPatient);
	});
}

#[test]
fn fails_for_a_suspended_patient() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(PATIENT);
		assert_noop!(try_register_device(GOV_HOSPITAL, 31, PATIENT), Error::<Test>::NotActive);
	});
}

#[test]
fn fails_for_a_bad_signing_key_and_stores_nothing() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::register_device(
				signed(GOV_HOSPITAL),
				31,
				PATIENT,
				DeviceKind::Wearable,
				key(RSA_2048_A),
				key(RSA_1024)
			),
			Error::<Test>::KeyTooShort
		);
	});
}

#[test]
fn fails_for_a_signing_key_whose_exponent_is_not_65537_and_stores_nothing() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::register_device(
				signed(GOV_HOSPITAL),
				31,
				PATIENT,
				DeviceKind::Wearable,
				key(RSA_2048_A),
				key(DEVICE_2048_E3)
			),
			Error::<Test>::SigningKeyExponent
		);
		// The same key is a valid encryption key: the exponent matters for signatures only.
		assert_ok!(Registry::register_device(
			signed(GOV_HOSPITAL),
			31,
			PATIENT,
			DeviceKind::Wearable,
			key(DEVICE_2048_E3),
			key(RSA_2048_A)
		));
	});
}

#[test]
fn fails_when_the_patient_has_too_many_devices() {
	ExtBuilder.build_and_execute(|| {
		setup();
		register_device(GOV_HOSPITAL, 31, PATIENT);
		assert_noop!(try_register_device(GOV_HOSPITAL, 32, PATIENT), Error::<Test>::TooManyDevices);
	});
}
