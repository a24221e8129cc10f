use super::*;

#[test]
fn the_hospital_moves_its_device_to_another_patient_and_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		register_patient(PATIENT_2);
		assert_ok!(Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT_2, OTHER_HOSPITAL));
		assert_eq!(Registry::patient_of(&DEVICE), Some(PATIENT_2));
		assert_eq!(Registry::hospital_of(&DEVICE), Some(OTHER_HOSPITAL));
		assert!(PatientDevices::<Test>::get(PATIENT).is_empty());
		assert_eq!(PatientDevices::<Test>::get(PATIENT_2).to_vec(), vec![DEVICE]);
		assert_eq!(
			last_event(),
			Event::DeviceMoved { device: DEVICE, patient: PATIENT_2, hospital: OTHER_HOSPITAL }
				.into()
		);
	});
}

#[test]
fn governance_moves_any_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::move_device(RuntimeOrigin::root(), DEVICE, PATIENT, OTHER_HOSPITAL));
		assert_eq!(Registry::hospital_of(&DEVICE), Some(OTHER_HOSPITAL));
		assert_eq!(PatientDevices::<Test>::get(PATIENT).to_vec(), vec![DEVICE]);
	});
}

#[test]
fn fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::move_device(RuntimeOrigin::none(), DEVICE, PATIENT, OTHER_HOSPITAL),
			BadOrigin
		);
	});
}

#[test]
fn fails_for_another_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::move_device(signed(OTHER_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn fails_for_a_suspended_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(GOV_HOSPITAL);
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_for_an_unregistered_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), NOBODY, PATIENT, GOV_HOSPITAL),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn fails_for_an_account_that_is_not_a_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), PATIENT, PATIENT, GOV_HOSPITAL),
			Error::<Test>::NotDevice
		);
	});
}

#[test]
fn fails_for_a_revoked_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn fails_for_a_target_that_is_not_a_patient() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PHYSICIAN, GOV_HOSPITAL),
			Error::<Test>::NotPatient
		);
	});
}

#[test]
fn fails_for_a_target_hospital_that_is_not_one() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, PHYSICIAN),
			Error::<Test>::NotHospital
		);
	});
}

#[test]
fn fails_for_a_suspended_target_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(OTHER_HOSPITAL);
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_when_nothing_changes() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, GOV_HOSPITAL),
			Error::<Test>::DeviceUnchanged
		);
	});
}

#[test]
fn fails_when_the_new_patient_has_too_many_devices() {
	ExtBuilder.build_and_execute(|| {
		setup();
		register_patient(PATIENT_2);
		register_device(GOV_HOSPITAL, 31, PATIENT_2);
		register_device(GOV_HOSPITAL, 32, PATIENT_2);
		assert_noop!(
			Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT_2, GOV_HOSPITAL),
			Error::<Test>::TooManyDevices
		);
	});
}
