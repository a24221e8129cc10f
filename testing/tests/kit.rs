//! The kit tested by use: the cast is registered through the registry's calls, blocks advance
//! with every pallet's hooks, and each helper does, against the real pallets, what it says.

use carechain_primitives::{
	consent::{
		AccessBasis, AccessControl, AccessDecision, Action, DataCategory, DenialReason, Purpose,
	},
	registry::{ParticipantRegistry, Role},
};
use carechain_testing::{
	cast::*,
	config, helpers, pallet_consent, pallet_intrusion_detection, pallet_records, pallet_registry,
	runtime::{Consent, Registry, RuntimeCall, System, Test},
	AnchorTime, DeviceCalls, ExtBuilder,
};
use frame_support::traits::Contains;
use pallet_intrusion_detection::SentAt;

const VITALS: DataCategory = DataCategory::VitalSigns;

fn read_decision(accessor: u64) -> AccessDecision {
	Consent::check_access(&PATIENT, &accessor, VITALS, Action::Read, Purpose::Treatment)
}

#[test]
fn the_cast_is_registered_through_the_registry_and_its_events_cleared() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		assert_eq!(Registry::role_of(&HOSPITAL), Some(Role::Hospital));
		assert!(Registry::is_active_in(&PHYSICIAN, &HOSPITAL));
		assert!(Registry::is_active_in(&COLLEAGUE, &HOSPITAL));
		assert!(Registry::is_guardian(&PATIENT, &GUARDIAN));
		assert_eq!(Registry::patient_of(&DEVICE), Some(PATIENT));
		assert_eq!(Registry::signing_key(&DEVICE).as_deref(), Some(DEVICE_SIGNING_KEY));
		assert_eq!(Registry::role_of(&NOBODY), None);
		for who in REGISTERED {
			assert_eq!(Registry::encryption_key(&who).as_deref(), Some(encryption_key(who)));
			assert_eq!(pallet_balances::Pallet::<Test>::free_balance(who), config::ENDOWMENT);
		}
		assert!(System::events().is_empty());
		assert_eq!(helpers::block_number::<Test>(), 1);
		assert_eq!(helpers::now::<Test>(), config::GENESIS_TIME);
	});
}

#[test]
fn without_cast_registers_no_one() {
	ExtBuilder::<Test>::default().without_cast().build_and_execute(|| {
		assert_eq!(pallet_registry::Participants::<Test>::count(), 0);
		assert_eq!(pallet_balances::Pallet::<Test>::free_balance(PATIENT), 0);
	});
}

#[test]
fn blocks_advance_with_hooks_and_the_clock() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		let grant = helpers::grant_read::<Test>(PATIENT, PHYSICIAN);
		let expires_at = 1 + config::MAX_GRANT_DURATION;
		helpers::run_to_block::<Test>(expires_at - 1);
		assert!(read_decision(PHYSICIAN).is_granted());
		assert_eq!(
			helpers::now::<Test>(),
			config::GENESIS_TIME + (expires_at - 2) * config::MILLISECS_PER_BLOCK
		);
		// Consent's `on_initialize` removes the grant in its expiry block.
		helpers::run_blocks::<Test>(1);
		System::assert_has_event(
			pallet_consent::Event::ConsentExpired {
				patient: PATIENT,
				grant_id: grant,
				grantee: PHYSICIAN,
			}
			.into(),
		);
		assert_eq!(read_decision(PHYSICIAN), AccessDecision::Denied(DenialReason::NoConsent));
	});
}

#[test]
fn an_anchored_reading_verifies_on_chain_and_opens_for_the_patient() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		let (id, sealed) = helpers::anchor_reading::<Test>(b"heart rate 72 bpm");
		let record = pallet_records::Records::<Test>::get(id).expect("anchored");
		assert_eq!(record.content_hash, sealed.content_hash);
		assert_eq!(record.author, DEVICE);
		System::assert_has_event(
			pallet_records::Event::RecordAnchored {
				record_id: id,
				patient: PATIENT,
				category: VITALS,
				content_hash: sealed.content_hash,
				author: DEVICE,
				basis: AccessBasis::MonitoringDevice,
				key_epoch: 0,
			}
			.into(),
		);
		assert_eq!(helpers::open_as(PATIENT, &sealed.envelope), b"heart rate 72 bpm");
	});
}

#[test]
fn a_grant_allows_and_its_absence_refuses() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		assert_eq!(read_decision(COLLEAGUE), AccessDecision::Denied(DenialReason::NoConsent));
		let grant = helpers::grant_read::<Test>(PATIENT, COLLEAGUE);
		assert_eq!(read_decision(COLLEAGUE), AccessDecision::Granted(AccessBasis::Grant(grant)));
		// Read only: appending stays refused.
		let append =
			Consent::check_access(&PATIENT, &COLLEAGUE, VITALS, Action::Append, Purpose::Treatment);
		assert!(!append.is_granted());
	});
}

#[test]
fn an_emergency_access_lasts_its_period() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		let emergency = helpers::open_emergency::<Test>(PHYSICIAN, PATIENT, HOSPITAL);
		let decide = || {
			Consent::check_access(
				&PATIENT,
				&PHYSICIAN,
				VITALS,
				Action::Read,
				Purpose::EmergencyTreatment,
			)
		};
		assert_eq!(decide(), AccessDecision::Granted(AccessBasis::Emergency(emergency)));
		helpers::run_blocks::<Test>(config::EMERGENCY_ACCESS_PERIOD + 1);
		assert!(!decide().is_granted());
	});
}

#[test]
fn a_custody_read_goes_from_request_to_plaintext_with_consent_only() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		helpers::set_custody::<Test>(&[HOSPITAL, HOSPITAL_2], 2);
		let (id, envelope) = helpers::anchor_in_custody::<Test>(b"glucose 5.4 mmol/l");
		// No consent: the read is refused and no custodian releases anything.
		let refused = helpers::custody_read::<Test>(PHYSICIAN, id, &envelope);
		assert!(refused.unwrap_err().contains("consent refused"));
		helpers::grant_read::<Test>(PATIENT, PHYSICIAN);
		assert_eq!(
			helpers::custody_read::<Test>(PHYSICIAN, id, &envelope).as_deref(),
			Ok(&b"glucose 5.4 mmol/l"[..])
		);
	});
}

#[test]
#[should_panic(expected = "registry: an invariant does not hold after the test")]
fn a_broken_invariant_fails_the_test() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		// A physician without the hospital that lists it.
		pallet_registry::PhysicianHospitals::<Test>::remove(PHYSICIAN);
	});
}

#[test]
fn intrusion_detection_times_anchors_and_devices_sign_no_batches() {
	ExtBuilder::<Test>::default().build_and_execute(|| {
		let anchor = RuntimeCall::Records(pallet_records::Call::anchor {
			patient: PATIENT,
			category: VITALS,
			content_hash: Default::default(),
			locator: Default::default(),
			size: 0,
			envelope_version: 1,
			key_epoch: 0,
			purpose: Purpose::Treatment,
			signature: None,
			taken_at: 42,
		});
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: PATIENT,
			value: 1,
		});
		assert_eq!(AnchorTime::<Test>::sent_at(&anchor), Some(42));
		assert_eq!(AnchorTime::<Test>::sent_at(&remark), None);
		assert!(DeviceCalls::<Test>::contains(&anchor));
		assert!(DeviceCalls::<Test>::contains(&remark));
		assert!(!DeviceCalls::<Test>::contains(&transfer));
	});
}
