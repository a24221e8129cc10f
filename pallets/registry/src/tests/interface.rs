use super::*;

#[test]
fn the_trait_answers_for_every_role() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_eq!(Registry::role_of(&GOV_HOSPITAL), Some(Role::Hospital));
		assert_eq!(Registry::role_of(&NOBODY), None);
		assert!(Registry::is_active(&PATIENT) && !Registry::is_active(&NOBODY));
		assert!(Registry::is_active_in(&PHYSICIAN, &GOV_HOSPITAL));
		assert!(!Registry::is_active_in(&PHYSICIAN, &OTHER_HOSPITAL));
		assert!(!Registry::is_active_in(&PATIENT, &GOV_HOSPITAL));
		assert_eq!(Registry::hospital_of(&PATIENT), None);
		assert_eq!(Registry::signing_key(&PATIENT), None);
		assert_eq!(Registry::encryption_key(&NOBODY), None);
		assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN));
	});
}

#[test]
fn the_profile_holds_everything_about_a_participant() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
		assert_ok!(Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(RSA_3072)));

		let patient = Registry::profile(&PATIENT).unwrap();
		assert_eq!((patient.role, patient.status), (Role::Patient, Status::Active));
		assert_eq!(patient.devices, vec![DEVICE]);
		assert_eq!(patient.guardians, vec![PHYSICIAN]);

		let physician = Registry::profile(&PHYSICIAN).unwrap();
		assert_eq!(physician.hospitals, vec![GOV_HOSPITAL]);
		assert_eq!(physician.wards, vec![PATIENT]);

		let hospital = Registry::profile(&GOV_HOSPITAL).unwrap();
		assert_eq!(hospital.physicians, vec![PHYSICIAN]);

		let device = Registry::profile(&DEVICE).unwrap();
		let info = device.device.unwrap();
		assert_eq!((info.patient, info.hospital), (PATIENT, GOV_HOSPITAL));
		assert_eq!(info.signing_key, RSA_3072.to_vec());
		assert_eq!(device.retired_keys.len(), 1);
		assert_eq!(device.retired_keys[0].purpose, KeyPurpose::Signing);
		assert_eq!(device.retired_keys[0].key, RSA_2048_B.to_vec());

		assert_eq!(Registry::profile(&NOBODY), None);
	});
}

#[test]
fn try_state_catches_a_broken_cross_index() {
	ExtBuilder.build().execute_with(|| {
		setup();
		assert_ok!(Registry::do_try_state());
		PhysicianHospitals::<Test>::remove(PHYSICIAN);
		assert!(Registry::do_try_state().is_err());
	});
}
