//! `rotate_device_key`: a device's signing key is replaced by its hospital (or governance),
//! never by the device account alone.

use super::*;

#[test]
fn the_devices_hospital_replaces_its_signing_key() {
	ExtBuilder.build_and_execute(|| {
		setup();
		System::set_block_number(5);
		assert_ok!(Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(RSA_4096_B)));
		assert_eq!(Registry::signing_key(&DEVICE), Some(RSA_4096_B.to_vec()));
		assert_eq!(Registry::encryption_key(&DEVICE), Some(RSA_2048_A.to_vec()));
		let retired = RetiredKeys::<Test>::get(DEVICE, KeyPurpose::Signing);
		assert_eq!(retired.len(), 1);
		assert_eq!(retired[0].key.to_vec(), RSA_2048_B.to_vec());
		assert_eq!(retired[0].retired_at, 5);
		assert_eq!(
			last_event(),
			Event::KeyRotated { who: DEVICE, purpose: KeyPurpose::Signing }.into()
		);
	});
}

#[test]
fn governance_replaces_a_devices_signing_key() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_ok!(Registry::rotate_device_key(RuntimeOrigin::root(), DEVICE, key(RSA_3072)));
		assert_eq!(Registry::signing_key(&DEVICE), Some(RSA_3072.to_vec()));
	});
}

#[test]
fn a_suspended_devices_compromised_key_is_replaced() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(DEVICE);
		assert_ok!(Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(RSA_3072)));
		assert_eq!(Registry::signing_key(&DEVICE), Some(RSA_3072.to_vec()));
	});
}

#[test]
fn fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_device_key(RuntimeOrigin::none(), DEVICE, key(RSA_3072)),
			BadOrigin
		);
	});
}

#[test]
fn fails_for_the_device_itself_and_anyone_but_its_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		for caller in [DEVICE, PATIENT, PHYSICIAN, OTHER_HOSPITAL, NOBODY] {
			assert_noop!(
				Registry::rotate_device_key(signed(caller), DEVICE, key(RSA_3072)),
				Error::<Test>::NotPermitted
			);
		}
	});
}

#[test]
fn fails_for_a_suspended_hospital() {
	ExtBuilder.build_and_execute(|| {
		setup();
		suspend_by_root(GOV_HOSPITAL);
		assert_noop!(
			Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(RSA_3072)),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn fails_for_an_unregistered_account_or_a_non_device() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_device_key(signed(GOV_HOSPITAL), NOBODY, key(RSA_3072)),
			Error::<Test>::NotRegistered
		);
		assert_noop!(
			Registry::rotate_device_key(signed(GOV_HOSPITAL), PATIENT, key(RSA_3072)),
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
			Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(RSA_3072)),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn fails_for_the_same_or_a_malformed_key() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(RSA_2048_B)),
			Error::<Test>::KeyUnchanged
		);
		assert_noop!(
			Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(&[0x30, 0x00])),
			Error::<Test>::MalformedKey
		);
	});
}

#[test]
fn fails_for_a_key_whose_exponent_anchors_cannot_verify() {
	ExtBuilder.build_and_execute(|| {
		setup();
		assert_noop!(
			Registry::rotate_device_key(signed(GOV_HOSPITAL), DEVICE, key(DEVICE_2048_E3)),
			Error::<Test>::SigningKeyExponent
		);
	});
}
