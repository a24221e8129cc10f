use super::*;

#[test]
fn genesis_sorts_the_validators_and_drops_duplicates() {
	ExtBuilder::default().validators(vec![3, 1, 2, 1]).build_and_execute(|| {
		assert_eq!(validators(), vec![1, 2, 3]);
		assert!(!ValidatorsChanged::<Test>::get());
	});
}

#[test]
#[should_panic(expected = "the genesis names 6 validators, more than MaxValidators (5)")]
fn genesis_with_more_validators_than_the_maximum_panics() {
	ExtBuilder::default().validators(vec![1, 2, 3, 4, 5, 6]).build();
}
