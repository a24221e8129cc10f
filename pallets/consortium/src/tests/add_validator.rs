use super::*;

#[test]
fn add_validator_adds_an_account_with_session_keys() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::add_validator(root(), CANDIDATE));

		assert_eq!(validators(), vec![1, 2, 3, CANDIDATE]);
		assert!(ValidatorsChanged::<Test>::get());
		System::assert_last_event(Event::ValidatorAdded { validator: CANDIDATE }.into());
	});
}

#[test]
fn add_validator_keeps_the_set_sorted() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::add_validator(root(), OTHER_CANDIDATE));
		assert_ok!(Consortium::add_validator(root(), CANDIDATE));

		assert_eq!(validators(), vec![1, 2, 3, CANDIDATE, OTHER_CANDIDATE]);
	});
}

#[test]
fn add_validator_fails_for_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Consortium::add_validator(signed(HOSPITAL), CANDIDATE), BadOrigin);
	});
}

#[test]
fn add_validator_fails_for_an_existing_validator() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Consortium::add_validator(root(), GENESIS_VALIDATORS[1]),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn add_validator_fails_when_the_set_is_full() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::add_validator(root(), CANDIDATE));
		assert_ok!(Consortium::add_validator(root(), OTHER_CANDIDATE));

		assert_noop!(
			Consortium::add_validator(root(), THIRD_CANDIDATE),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn add_validator_fails_for_an_account_without_session_keys() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Consortium::add_validator(root(), KEYLESS), Error::<Test>::NoSessionKeys);
	});
}
