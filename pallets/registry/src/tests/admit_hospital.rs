use super::*;

#[test]
fn admits_a_hospital_with_its_key() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Registry::admit_hospital(RuntimeOrigin::root(), 1, key(RSA_4096_A)));
		let hospital = Participants::<Test>::get(1).unwrap();
		assert_eq!(hospital.role, Role::Hospital);
		assert_eq!(hospital.status, Status::Active);
		assert_eq!(hospital.registered_at, 1);
		assert_eq!(hospital.encryption_key.to_vec(), RSA_4096_A.to_vec());
		assert_eq!(last_event(), Event::HospitalAdmitted { hospital: 1 }.into());
	});
}

#[test]
fn is_an_operational_call() {
	let call = crate::Call::<Test>::admit_hospital { hospital: 1, encryption_key: key(RSA_2048_A) };
	assert_eq!(call.get_dispatch_info().class, frame_support::dispatch::DispatchClass::Operational);
}

#[test]
fn fails_for_a_signed_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(Registry::admit_hospital(signed(1), 1, key(RSA_2048_A)), BadOrigin);
	});
}

#[test]
fn fails_for_a_registered_account() {
	ExtBuilder.build_and_execute(|| {
		register_patient(PATIENT);
		assert_noop!(
			Registry::admit_hospital(RuntimeOrigin::root(), PATIENT, key(RSA_2048_A)),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn fails_for_a_malformed_key() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::admit_hospital(RuntimeOrigin::root(), 1, key(b"-----BEGIN PUBLIC KEY")),
			Error::<Test>::MalformedKey
		);
	});
}

#[test]
fn fails_for_a_non_rsa_key() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::admit_hospital(RuntimeOrigin::root(), 1, key(EC_P256)),
			Error::<Test>::NotRsaKey
		);
	});
}

#[test]
fn fails_for_a_1024_bit_key() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::admit_hospital(RuntimeOrigin::root(), 1, key(RSA_1024)),
			Error::<Test>::KeyTooShort
		);
	});
}

#[test]
fn fails_for_an_8192_bit_key() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::admit_hospital(RuntimeOrigin::root(), 1, key(RSA_8192)),
			Error::<Test>::KeyTooLarge
		);
	});
}
