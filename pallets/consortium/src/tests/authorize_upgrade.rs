use super::*;

#[test]
fn authorize_upgrade_authorizes_the_code_hash_in_frame_system() {
	ExtBuilder::default().build_and_execute(|| {
		let code_hash = H256::repeat_byte(7);

		assert_ok!(Consortium::authorize_upgrade(root(), code_hash));

		assert_eq!(
			System::authorized_upgrade().map(|authorized| *authorized.code_hash()),
			Some(code_hash)
		);
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
