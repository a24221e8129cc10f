use super::*;

#[test]
fn rotation_starts_a_new_epoch_for_its_readers() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Records::rotate_category_key(
			signed(PATIENT),
			PATIENT,
			VITALS,
			readers(&[(PATIENT, 1), (DEVICE, 2), (PHYSICIAN, 3)])
		));
		assert_eq!(CurrentEpoch::<Test>::get(PATIENT, VITALS), 1);
		assert_eq!(Records::category_key(&PATIENT, VITALS, 1, &DEVICE), Some(vec![2; 256]));
		System::assert_last_event(
			Event::CategoryKeyRotated {
				patient: PATIENT,
				category: VITALS,
				epoch: 1,
				readers: vec![PATIENT, DEVICE, PHYSICIAN],
			}
			.into(),
		);
		assert_ok!(Records::rotate_category_key(
			signed(GUARDIAN),
			PATIENT,
			VITALS,
			readers(&[(PATIENT, 4)])
		));
		assert_eq!(CurrentEpoch::<Test>::get(PATIENT, VITALS), 2);
		assert_eq!(CurrentEpoch::<Test>::get(PATIENT, LABS), 0);
		// Epoch 1's keys stay: records of epoch 1 stay readable by its readers.
		assert_eq!(Records::category_key(&PATIENT, VITALS, 1, &PHYSICIAN), Some(vec![3; 256]));
		assert_eq!(Records::category_key(&PATIENT, VITALS, 2, &PHYSICIAN), None);
	});
}

#[test]
fn rotate_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::rotate_category_key(
				RuntimeOrigin::none(),
				PATIENT,
				VITALS,
				readers(&[(PATIENT, 1)])
			),
			BadOrigin
		);
	});
}

#[test]
fn rotate_fails_for_a_non_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::rotate_category_key(
				signed(PHYSICIAN),
				PHYSICIAN,
				VITALS,
				readers(&[(PATIENT, 1)])
			),
			Error::<Test>::NotPatient
		);
	});
}

#[test]
fn rotate_fails_for_a_stranger_or_a_suspended_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::rotate_category_key(
				signed(STRANGER),
				PATIENT,
				VITALS,
				readers(&[(PATIENT, 1)])
			),
			Error::<Test>::NotPatientOrGuardian
		);
		MockRegistry::set_status(PATIENT, Status::Suspended);
		assert_noop!(
			Records::rotate_category_key(
				signed(PATIENT),
				PATIENT,
				VITALS,
				readers(&[(PATIENT, 1)])
			),
			Error::<Test>::NotPatientOrGuardian
		);
	});
}

#[test]
fn rotate_fails_for_bad_readers() {
	ExtBuilder.build_and_execute(|| {
		let rotate = |list: ReaderKeysOf<Test>| {
			Records::rotate_category_key(signed(PATIENT), PATIENT, VITALS, list)
		};
		assert_noop!(rotate(readers(&[])), Error::<Test>::NoReaders);
		assert_noop!(
			rotate(readers(&[(PATIENT, 1), (PATIENT, 2)])),
			Error::<Test>::DuplicateReader
		);
		assert_noop!(rotate(readers(&[(NOBODY, 1)])), Error::<Test>::ReaderNotRegistered);
		let empty: ReaderKeysOf<Test> =
			vec![(PATIENT, WrappedKeyOf::<Test>::default())].try_into().unwrap();
		assert_noop!(rotate(empty), Error::<Test>::EmptyWrappedKey);
	});
}

fn rotated() {
	assert_ok!(Records::rotate_category_key(
		signed(PATIENT),
		PATIENT,
		VITALS,
		readers(&[(PATIENT, 1)])
	));
}

#[test]
fn sharing_an_epoch_gives_a_reader_its_key() {
	ExtBuilder.build_and_execute(|| {
		rotated();
		assert_ok!(Records::share_category_key(
			signed(GUARDIAN),
			PATIENT,
			VITALS,
			1,
			PHYSICIAN,
			key(7)
		));
		assert_eq!(Records::category_key(&PATIENT, VITALS, 1, &PHYSICIAN), Some(vec![7; 256]));
		System::assert_last_event(
			Event::CategoryKeyShared {
				patient: PATIENT,
				category: VITALS,
				epoch: 1,
				reader: PHYSICIAN,
			}
			.into(),
		);
	});
}

#[test]
fn share_fails_for_an_unsigned_origin() {
	ExtBuilder.build_and_execute(|| {
		rotated();
		assert_noop!(
			Records::share_category_key(
				RuntimeOrigin::root(),
				PATIENT,
				VITALS,
				1,
				PHYSICIAN,
				key(7)
			),
			BadOrigin
		);
	});
}

#[test]
fn share_fails_for_a_non_patient_or_a_stranger() {
	ExtBuilder.build_and_execute(|| {
		rotated();
		assert_noop!(
			Records::share_category_key(signed(HOSPITAL), HOSPITAL, VITALS, 1, PHYSICIAN, key(7)),
			Error::<Test>::NotPatient
		);
		assert_noop!(
			Records::share_category_key(signed(PHYSICIAN), PATIENT, VITALS, 1, PHYSICIAN, key(7)),
			Error::<Test>::NotPatientOrGuardian
		);
	});
}

#[test]
fn share_fails_for_an_unknown_epoch() {
	ExtBuilder.build_and_execute(|| {
		rotated();
		for epoch in [0, 2] {
			assert_noop!(
				Records::share_category_key(
					signed(PATIENT),
					PATIENT,
					VITALS,
					epoch,
					PHYSICIAN,
					key(7)
				),
				Error::<Test>::UnknownEpoch
			);
		}
	});
}

#[test]
fn share_fails_for_a_bad_reader_or_key() {
	ExtBuilder.build_and_execute(|| {
		rotated();
		assert_noop!(
			Records::share_category_key(signed(PATIENT), PATIENT, VITALS, 1, NOBODY, key(7)),
			Error::<Test>::ReaderNotRegistered
		);
		assert_noop!(
			Records::share_category_key(
				signed(PATIENT),
				PATIENT,
				VITALS,
				1,
				PHYSICIAN,
				Default::default()
			),
			Error::<Test>::EmptyWrappedKey
		);
	});
}

#[test]
fn share_fails_when_already_shared() {
	ExtBuilder.build_and_execute(|| {
		rotated();
		assert_noop!(
			Records::share_category_key(signed(PATIENT), PATIENT, VITALS, 1, PATIENT, key(7)),
			Error::<Test>::AlreadyShared
		);
	});
}
