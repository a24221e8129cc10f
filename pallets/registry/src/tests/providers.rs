use super::*;

#[test]
fn every_registration_gives_the_account_a_provider_so_it_acts_without_a_balance() {
	ExtBuilder.build_and_execute(|| {
		setup();
		for who in [GOV_HOSPITAL, PHYSICIAN, PATIENT, DEVICE] {
			assert_eq!(frame_system::Pallet::<Test>::providers(&who), 1, "{who}");
			assert!(frame_system::Pallet::<Test>::account_exists(&who));
		}
	});
}

#[test]
fn try_state_catches_a_participant_without_a_provider() {
	ExtBuilder.build().execute_with(|| {
		setup();
		assert_ok!(Registry::do_try_state());
		let _ = frame_system::Pallet::<Test>::dec_providers(&PATIENT);
		assert!(Registry::do_try_state().is_err());
		frame_system::Pallet::<Test>::inc_providers(&PATIENT);
	});
}
