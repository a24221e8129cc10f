//! Records against the real registry and consent, on the testing kit: what records' own mock
//! (an in-memory registry) cannot show.

use carechain_primitives::{
	consent::{AccessBasis, DenialReason, Purpose},
	records::ENVELOPE_VERSION,
};
use carechain_testing::{
	cast::*,
	helpers::{self, signed},
	pallet_records::{self, Error, Event},
	runtime::{Consent, Records, Registry, RuntimeOrigin, System, Test},
	ExtBuilder,
};
use frame_support::{assert_noop, assert_ok};

fn wrapped_share() -> pallet_records::WrappedKeyOf<Test> {
	vec![7u8; 256].try_into().unwrap()
}

#[test]
fn a_revocation_between_the_read_and_the_release_stops_the_custodians() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		helpers::set_custody::<Test>(&[HOSPITAL, HOSPITAL_2], 2);
		let (id, _) = helpers::anchor_in_custody::<Test>(b"glucose 5.4 mmol/l");
		let grant = helpers::grant_read::<Test>(PATIENT, PHYSICIAN);
		assert_ok!(Records::read(signed::<Test>(PHYSICIAN), id, Purpose::Treatment));
		assert_ok!(Consent::revoke(signed::<Test>(PATIENT), PATIENT, grant));
		assert_ok!(Records::release_share(
			signed::<Test>(HOSPITAL),
			id,
			PHYSICIAN,
			wrapped_share()
		));
		System::assert_last_event(
			Event::ReleaseRefused {
				record_id: id,
				reader: PHYSICIAN,
				reason: DenialReason::NoConsent,
			}
			.into(),
		);
	});
}

#[test]
fn a_custodian_suspended_by_governance_releases_nothing() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		helpers::set_custody::<Test>(&[HOSPITAL, HOSPITAL_2], 2);
		let (id, _) = helpers::anchor_in_custody::<Test>(b"glucose 5.4 mmol/l");
		helpers::grant_read::<Test>(PATIENT, PHYSICIAN);
		assert_ok!(Records::read(signed::<Test>(PHYSICIAN), id, Purpose::Treatment));
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), HOSPITAL_2));
		assert_noop!(
			Records::release_share(signed::<Test>(HOSPITAL_2), id, PHYSICIAN, wrapped_share()),
			Error::<Test>::CustodianNotActive
		);
	});
}

#[test]
fn a_device_of_a_suspended_hospital_anchors_nothing_and_the_refusal_is_audited() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), HOSPITAL));
		let sealed = helpers::seal_reading(PATIENT, b"heart rate 72 bpm");
		let next = pallet_records::NextRecordId::<Test>::get();
		assert_ok!(Records::anchor(
			signed::<Test>(DEVICE),
			PATIENT,
			carechain_primitives::consent::DataCategory::VitalSigns,
			sealed.content_hash,
			b"carechain-blob:x".to_vec().try_into().unwrap(),
			17,
			ENVELOPE_VERSION,
			0,
			Purpose::Treatment,
			Some(sealed.signature.try_into().unwrap()),
			helpers::now::<Test>(),
		));
		assert_eq!(pallet_records::NextRecordId::<Test>::get(), next);
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			carechain_testing::runtime::RuntimeEvent::Records(Event::AnchorRefused {
				reason: DenialReason::AccessorNotActive,
				..
			})
		)));
	});
}

#[test]
fn a_guardian_reads_its_wards_record_through_the_registrys_guardianship() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		let (id, _) = helpers::anchor_reading::<Test>(b"heart rate 72 bpm");
		assert_ok!(Records::read(signed::<Test>(GUARDIAN), id, Purpose::Treatment));
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			carechain_testing::runtime::RuntimeEvent::Records(Event::RecordReadGranted {
				basis: AccessBasis::Guardian,
				..
			})
		)));
	});
}
