use super::*;

#[test]
fn an_unchanged_set_is_not_handed_over() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Consortium::new_session(1), None);
		assert_eq!(Consortium::new_session(2), None);
	});
}

#[test]
fn a_changed_set_is_handed_over_once() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::add_validator(root(), OTHER_CANDIDATE));
		assert_ok!(Consortium::add_validator(root(), CANDIDATE));

		assert_eq!(Consortium::new_session(2), Some(vec![1, 2, 3, CANDIDATE, OTHER_CANDIDATE]));
		System::assert_last_event(
			Event::NewValidatorSetPlanned { session_index: 2, validators: 5 }.into(),
		);
		assert!(!ValidatorsChanged::<Test>::get());
		assert_eq!(Consortium::new_session(3), None);
	});
}

#[test]
fn a_removal_is_handed_over() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::remove_validator(root(), 3));

		assert_eq!(Consortium::new_session(2), Some(vec![1, 2]));
	});
}

#[test]
fn the_genesis_set_is_handed_over_at_genesis() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Consortium::new_session_genesis(0), Some(GENESIS_VALIDATORS.to_vec()));
		assert_eq!(Consortium::new_session_genesis(1), Some(GENESIS_VALIDATORS.to_vec()));
	});
}
