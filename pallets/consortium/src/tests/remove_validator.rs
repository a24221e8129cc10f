use super::*;

#[test]
fn remove_validator_removes_a_validator() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::remove_validator(root(), 2));

		assert_eq!(validators(), vec![1, 3]);
		assert!(ValidatorsChanged::<Test>::get());
		System::assert_last_event(Event::ValidatorRemoved { validator: 2 }.into());
	});
}

#[test]
fn remove_validator_fails_for_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Consortium::remove_validator(signed(HOSPITAL), 2), BadOrigin);
	});
}

#[test]
fn remove_validator_fails_for_an_account_not_in_the_set() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Consortium::remove_validator(root(), CANDIDATE), Error::<Test>::NotValidator);
	});
}

#[test]
fn remove_validator_fails_below_the_minimum() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::remove_validator(root(), 1));

		assert_noop!(Consortium::remove_validator(root(), 2), Error::<Test>::TooFewValidators);
	});
}
