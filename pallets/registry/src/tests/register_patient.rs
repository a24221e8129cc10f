use super::*;

#[test]
fn registers_the_caller_with_an_identifier_hash() {
	ExtBuilder.build_and_execute(|| {
		let mrn = H256::repeat_byte(0xab);
		assert_ok!(Registry::register_patient(signed(PATIENT), key(RSA_2048_A), Some(mrn)));
		assert_eq!(Registry::role_of(&PATIENT), Some(Role::Patient));
		assert_eq!(Registry::patient_by_identifier(mrn), Some(PATIENT));
		assert_eq!(
			last_event(),
			Event::PatientRegistered { patient: PATIENT, registered_by: None }.into()
		);
	});
}

#[test]
fn fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::register_patient(RuntimeOrigin::none(), key(RSA_2048_A), None),
			BadOrigin
		);
	});
}

#[test]
fn fails_for_a_registered_account() {
	ExtBuilder.build_and_execute(|| {
		register_patient(PATIENT);
		assert_noop!(
			Registry::register_patient(signed(PATIENT), key(RSA_2048_B), None),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn fails_for_an_identifier_hash_in_use() {
	ExtBuilder.build_and_execute(|| {
		let mrn = Some(H256::repeat_byte(1));
		assert_ok!(Registry::register_patient(signed(PATIENT), key(RSA_2048_A), mrn));
		assert_noop!(
			Registry::register_patient(signed(PATIENT_2), key(RSA_2048_A), mrn),
			Error::<Test>::IdentifierInUse
		);
	});
}

#[test]
fn fails_for_a_non_rsa_key_and_stores_nothing() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::register_patient(signed(PATIENT), key(EC_P256), Some(H256::repeat_byte(1))),
			Error::<Test>::NotRsaKey
		);
		assert_eq!(Registry::patient_by_identifier(H256::repeat_byte(1)), None);
	});
}
