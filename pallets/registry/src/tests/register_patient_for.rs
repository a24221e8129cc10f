use super::*;

#[test]
fn a_hospital_registers_a_patients_own_account() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		assert_ok!(Registry::register_patient_for(
			signed(GOV_HOSPITAL),
			PATIENT,
			key(RSA_2048_B),
			None
		));
		assert_eq!(Registry::encryption_key(&PATIENT), Some(RSA_2048_B.to_vec()));
		assert_eq!(
			last_event(),
			Event::PatientRegistered { patient: PATIENT, registered_by: Some(GOV_HOSPITAL) }.into()
		);
	});
}

#[test]
fn fails_for_a_caller_that_is_not_a_hospital() {
	ExtBuilder.build_and_execute(|| {
		register_patient(PATIENT);
		assert_noop!(
			Registry::register_patient_for(signed(PATIENT), PATIENT_2, key(RSA_2048_A), None),
			Error::<Test>::NotHospital
		);
	});
}

#[test]
fn fails_for_a_suspended_hospital() {
	ExtBuilder.build_and_execute(|| {
		admit(GOV_HOSPITAL);
		suspend_by_root(GOV_HOSPITAL);
		assert_noop!(
			Registry::register_patient_for(signed(GOV_HOSPITAL), PATIENT, key(RSA_2048_A), None),
			Error::<Test>::NotActive
		);
	});
}
