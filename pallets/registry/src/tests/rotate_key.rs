use super::*;

#[test]
fn replaces_the_encryption_key_and_retires_the_old_one() {
	ExtBuilder.build_and_execute(|| {
		setup();
		System::set_block_number(7);
		assert_ok!(Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(RSA_3072)));
		assert_eq!(Registry::encryption_key(&PATIENT), Some(RSA_3072.to_vec()));
		let retired = RetiredKeys::<Test>::get(PATIENT, KeyPurpose::Encryption);
		assert_eq!(retired.len(), 1);
		assert_eq!(retired[0].key.to_vec(), RSA_2048_A.to_vec());
		assert_eq!(retired[0].retired_at, 7);
		assert_eq!(
			last_event(),
			Event::KeyRotated { who: PATIENT, purpose: KeyPurpose::Encryption }.into()
		);
	});
}

#[test]
fn a_device_may_not_rotate_its_own_signing_key() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_key(signed(DEVICE), KeyPurpose::Signing, key(RSA_4096_B)),
			Error::<Test>::SigningKeyByHospital
		);
		// Its encryption key is its own.
		assert_ok!(Registry::rotate_key(signed(DEVICE), KeyPurpose::Encryption, key(RSA_3072)));
	});
}

#[test]
fn the_history_keeps_the_latest_keys_and_drops_the_oldest() {
	ExtBuilder.build_and_execute(|| {
		setup();
		for next in [RSA_2048_B, RSA_3072, RSA_4096_A] {
			assert_ok!(Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(next)));
		}
		let retired: Vec<Vec<u8>> = RetiredKeys::<Test>::get(PATIENT, KeyPurpose::Encryption)
			.into_iter()
			.map(|retired| retired.key.to_vec())
			.collect();
		assert_eq!(retired, vec![RSA_2048_B.to_vec(), RSA_3072.to_vec()]);
	});
}

#[test]
fn a_suspended_participant_may_rotate_a_compromised_key() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(PATIENT);
		assert_ok!(Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(RSA_3072)));
	});
}

#[test]
fn fails_for_an_unregistered_caller() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Registry::rotate_key(signed(NOBODY), KeyPurpose::Encryption, key(RSA_2048_A)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn fails_for_a_revoked_participant() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::revoke(signed(PATIENT), PATIENT));
		assert_noop!(
			Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(RSA_3072)),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn fails_for_a_signing_key_of_a_non_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_key(signed(PHYSICIAN), KeyPurpose::Signing, key(RSA_3072)),
			Error::<Test>::NotDevice
		);
	});
}

#[test]
fn fails_for_the_same_key() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(RSA_2048_A)),
			Error::<Test>::KeyUnchanged
		);
	});
}

#[test]
fn fails_for_a_malformed_key() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(&[0x30, 0x00])),
			Error::<Test>::MalformedKey
		);
	});
}
