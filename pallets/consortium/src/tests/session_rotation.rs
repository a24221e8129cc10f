use super::*;
use frame_support::traits::Hooks;

fn on_initialize(now: u64) -> frame_support::weights::Weight {
	<Consortium as Hooks<u64>>::on_initialize(now)
}

#[test]
fn a_session_ends_where_its_period_says_and_is_charged_its_measured_weight() {
	ExtBuilder::default().build_and_execute(|| {
		let rotation = <<Test as Config>::WeightInfo as WeightInfo>::rotate_session();
		assert!(rotation.ref_time() > 0);
		for now in 1..=2 * SESSION_PERIOD + 5 {
			let ended = EveryTenBlocks::rotations();
			let charged = on_initialize(now);
			if now % SESSION_PERIOD == 0 {
				assert_eq!(charged, rotation, "block {now}");
				assert_eq!(EveryTenBlocks::rotations(), ended + 1, "block {now}");
			} else {
				assert_eq!(charged, frame_support::weights::Weight::zero(), "block {now}");
				assert_eq!(EveryTenBlocks::rotations(), ended, "block {now}");
			}
		}
		assert_eq!(EveryTenBlocks::rotations(), 2);
	});
}

#[test]
fn a_motions_set_is_planned_at_the_next_rotation_and_only_then() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Consortium::add_validator(root(), CANDIDATE));
		assert!(ValidatorsChanged::<Test>::get());
		on_initialize(SESSION_PERIOD - 1);
		assert!(ValidatorsChanged::<Test>::get());

		on_initialize(SESSION_PERIOD);
		// The first rotation plans session 2: the new set validates from then on.
		System::assert_last_event(
			Event::NewValidatorSetPlanned { session_index: 2, validators: 4 }.into(),
		);
		assert!(!ValidatorsChanged::<Test>::get());
		System::reset_events();
		on_initialize(2 * SESSION_PERIOD);
		assert!(System::events().is_empty());
	});
}
