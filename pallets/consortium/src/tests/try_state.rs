use super::*;

#[test]
fn try_state_catches_an_unsorted_set() {
	ExtBuilder::default().build().execute_with(|| {
		Validators::<Test>::put(BoundedVec::truncate_from(vec![2, 1, 3]));

		assert_eq!(Consortium::do_try_state(), Err("unsorted validators".into()));
	});
}

#[test]
fn try_state_catches_a_duplicate_validator() {
	ExtBuilder::default().build().execute_with(|| {
		Validators::<Test>::put(BoundedVec::truncate_from(vec![1, 2, 2]));

		assert_eq!(Consortium::do_try_state(), Err("a duplicate validator".into()));
	});
}

#[test]
fn a_genesis_below_the_minimum_is_valid_but_no_motion_shrinks_it() {
	// A dev chain: one validator at genesis, below MinValidators (2 here).
	ExtBuilder::default().validators(vec![1]).build_and_execute(|| {
		assert_ok!(Consortium::do_try_state());
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::TooFewValidators
		);
	});
}
