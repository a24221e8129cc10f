//! The consortium pallet's unit tests: adding and removing validators within the bounds, the set
//! handed to the session pallet, runtime upgrades authorised by motion, and the genesis config.

use crate::{mock::*, *};
use cast::*;
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_core::H256;
use sp_runtime::traits::{BadOrigin, Hash};

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn validators() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

mod add_validator {
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
}

mod remove_validator {
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
			assert_noop!(
				Consortium::remove_validator(root(), CANDIDATE),
				Error::<Test>::NotValidator
			);
		});
	}

	#[test]
	fn remove_validator_fails_below_the_minimum() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Consortium::remove_validator(root(), 1));

			assert_noop!(Consortium::remove_validator(root(), 2), Error::<Test>::TooFewValidators);
		});
	}
}

mod authorize_upgrade {
	use super::*;

	#[test]
	fn authorize_upgrade_authorizes_the_code_hash_in_frame_system() {
		ExtBuilder::default().build_and_execute(|| {
			let code_hash = H256::repeat_byte(7);

			assert_ok!(Consortium::authorize_upgrade(root(), code_hash));

			let authorized = System::authorized_upgrade().expect("an upgrade is authorized");
			assert_eq!(authorized.code_hash(), &code_hash);
			System::assert_has_event(
				frame_system::Event::UpgradeAuthorized { code_hash, check_version: true }.into(),
			);
			System::assert_last_event(Event::UpgradeAuthorizedByConsortium { code_hash }.into());
		});
	}

	#[test]
	fn authorize_upgrade_fails_for_a_signed_origin() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Consortium::authorize_upgrade(signed(HOSPITAL), H256::repeat_byte(7)),
				BadOrigin
			);
			assert!(System::authorized_upgrade().is_none());
		});
	}

	#[test]
	fn code_other_than_the_authorized_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let code = b"the runtime voted on".to_vec();
			let code_hash = <Test as frame_system::Config>::Hashing::hash(&code);
			assert_ok!(Consortium::authorize_upgrade(root(), code_hash));

			assert_noop!(
				System::apply_authorized_upgrade(signed(HOSPITAL), b"some other runtime".to_vec()),
				frame_system::Error::<Test>::Unauthorized
			);
		});
	}
}

mod session_manager {
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
}

mod genesis {
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
}

mod try_state {
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
}
