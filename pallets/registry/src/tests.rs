//! The registry's behaviour: one success test per call, one `assert_noop!` per error branch,
//! events checked, and the invariants checked after every test (`build_and_execute`).

use crate::{mock::*, *};
use carechain_primitives::test_keys::*;
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use sp_runtime::{DispatchError::BadOrigin, DispatchResult};

// Accounts.
const GOV_HOSPITAL: u64 = 1;
const OTHER_HOSPITAL: u64 = 2;
const PHYSICIAN: u64 = 10;
const PATIENT: u64 = 20;
const PATIENT_2: u64 = 21;
const DEVICE: u64 = 30;
const NOBODY: u64 = 99;

fn key(der: &[u8]) -> KeyOf<Test> {
	der.to_vec().try_into().expect("test keys fit MaxKeyLength")
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event was deposited").event
}

fn admit(hospital: u64) {
	assert_ok!(Registry::admit_hospital(RuntimeOrigin::root(), hospital, key(RSA_2048_A)));
}

fn register_physician(hospital: u64, physician: u64) {
	assert_ok!(Registry::register_physician(signed(hospital), physician, key(RSA_2048_A)));
}

fn register_patient(patient: u64) {
	assert_ok!(Registry::register_patient(signed(patient), key(RSA_2048_A), None));
}

fn try_register_device(hospital: u64, device: u64, patient: u64) -> DispatchResult {
	Registry::register_device(
		signed(hospital),
		device,
		patient,
		DeviceKind::Wearable,
		key(RSA_2048_A),
		key(RSA_2048_B),
	)
}

fn register_device(hospital: u64, device: u64, patient: u64) {
	assert_ok!(try_register_device(hospital, device, patient));
}

/// Hospital 1 with physician 10, patient 20 with device 30 under hospital 1, hospital 2.
fn setup() {
	admit(GOV_HOSPITAL);
	admit(OTHER_HOSPITAL);
	register_physician(GOV_HOSPITAL, PHYSICIAN);
	register_patient(PATIENT);
	register_device(GOV_HOSPITAL, DEVICE, PATIENT);
}

fn status(who: u64) -> Status {
	Participants::<Test>::get(who).expect("registered").status
}

fn suspend_by_root(who: u64) {
	assert_ok!(Registry::suspend(RuntimeOrigin::root(), who));
}

mod admit_hospital {
	use super::*;

	#[test]
	fn admits_a_hospital_with_its_key() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(Registry::admit_hospital(RuntimeOrigin::root(), 1, key(RSA_4096_A)));
			let hospital = Participants::<Test>::get(1).unwrap();
			assert_eq!(hospital.role, Role::Hospital);
			assert_eq!(hospital.status, Status::Active);
			assert_eq!(hospital.registered_at, 1);
			assert_eq!(hospital.encryption_key.to_vec(), RSA_4096_A.to_vec());
			assert_eq!(last_event(), Event::HospitalAdmitted { hospital: 1 }.into());
		});
	}

	#[test]
	fn is_an_operational_call() {
		let call =
			crate::Call::<Test>::admit_hospital { hospital: 1, encryption_key: key(RSA_2048_A) };
		assert_eq!(
			call.get_dispatch_info().class,
			frame_support::dispatch::DispatchClass::Operational
		);
	}

	#[test]
	fn fails_for_a_signed_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(Registry::admit_hospital(signed(1), 1, key(RSA_2048_A)), BadOrigin);
		});
	}

	#[test]
	fn fails_for_a_registered_account() {
		ExtBuilder.build_and_execute(|| {
			register_patient(PATIENT);
			assert_noop!(
				Registry::admit_hospital(RuntimeOrigin::root(), PATIENT, key(RSA_2048_A)),
				Error::<Test>::AlreadyRegistered
			);
		});
	}

	#[test]
	fn fails_for_a_malformed_key() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::admit_hospital(RuntimeOrigin::root(), 1, key(b"-----BEGIN PUBLIC KEY")),
				Error::<Test>::MalformedKey
			);
		});
	}

	#[test]
	fn fails_for_a_non_rsa_key() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::admit_hospital(RuntimeOrigin::root(), 1, key(EC_P256)),
				Error::<Test>::NotRsaKey
			);
		});
	}

	#[test]
	fn fails_for_a_1024_bit_key() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::admit_hospital(RuntimeOrigin::root(), 1, key(RSA_1024)),
				Error::<Test>::KeyTooShort
			);
		});
	}

	#[test]
	fn fails_for_an_8192_bit_key() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::admit_hospital(RuntimeOrigin::root(), 1, key(RSA_8192)),
				Error::<Test>::KeyTooLarge
			);
		});
	}
}

mod register_physician {
	use super::*;

	#[test]
	fn registers_and_affiliates_the_physician() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			assert_ok!(Registry::register_physician(
				signed(GOV_HOSPITAL),
				PHYSICIAN,
				key(RSA_3072)
			));
			assert_eq!(Registry::role_of(&PHYSICIAN), Some(Role::Physician));
			assert_eq!(HospitalPhysicians::<Test>::get(GOV_HOSPITAL).to_vec(), vec![PHYSICIAN]);
			assert_eq!(PhysicianHospitals::<Test>::get(PHYSICIAN).to_vec(), vec![GOV_HOSPITAL]);
			assert_eq!(
				last_event(),
				Event::PhysicianRegistered { physician: PHYSICIAN, hospital: GOV_HOSPITAL }.into()
			);
		});
	}

	#[test]
	fn fails_for_root() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::register_physician(RuntimeOrigin::root(), PHYSICIAN, key(RSA_2048_A)),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_an_unregistered_caller() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::register_physician(signed(NOBODY), PHYSICIAN, key(RSA_2048_A)),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn fails_for_a_caller_that_is_not_a_hospital() {
		ExtBuilder.build_and_execute(|| {
			register_patient(PATIENT);
			assert_noop!(
				Registry::register_physician(signed(PATIENT), PHYSICIAN, key(RSA_2048_A)),
				Error::<Test>::NotHospital
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_hospital() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			suspend_by_root(GOV_HOSPITAL);
			assert_noop!(
				Registry::register_physician(signed(GOV_HOSPITAL), PHYSICIAN, key(RSA_2048_A)),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_for_a_revoked_hospital() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			assert_ok!(Registry::revoke(RuntimeOrigin::root(), GOV_HOSPITAL));
			assert_noop!(
				Registry::register_physician(signed(GOV_HOSPITAL), PHYSICIAN, key(RSA_2048_A)),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_for_a_registered_physician() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::register_physician(signed(OTHER_HOSPITAL), PHYSICIAN, key(RSA_2048_A)),
				Error::<Test>::AlreadyRegistered
			);
		});
	}

	#[test]
	fn fails_for_a_bad_key_and_stores_nothing() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			assert_noop!(
				Registry::register_physician(signed(GOV_HOSPITAL), PHYSICIAN, key(RSA_1024)),
				Error::<Test>::KeyTooShort
			);
		});
	}

	#[test]
	fn fails_when_the_hospital_is_full() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			for physician in 10..13 {
				register_physician(GOV_HOSPITAL, physician);
			}
			assert_noop!(
				Registry::register_physician(signed(GOV_HOSPITAL), 13, key(RSA_2048_A)),
				Error::<Test>::TooManyPhysicians
			);
		});
	}
}

mod affiliate_physician {
	use super::*;

	#[test]
	fn offers_a_physician_an_affiliation_that_waits_for_its_acceptance() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
			// Not a member of the hospital until it accepts.
			assert_eq!(Registry::hospitals_of(&PHYSICIAN), vec![GOV_HOSPITAL]);
			assert!(!Registry::is_active_in(&PHYSICIAN, &OTHER_HOSPITAL));
			assert!(AffiliationOffers::<Test>::contains_key(PHYSICIAN, OTHER_HOSPITAL));
			assert_eq!(
				last_event(),
				Event::AffiliationOffered { physician: PHYSICIAN, hospital: OTHER_HOSPITAL }.into()
			);
		});
	}

	#[test]
	fn fails_for_a_caller_that_is_not_a_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::affiliate_physician(signed(PATIENT), PHYSICIAN),
				Error::<Test>::NotHospital
			);
		});
	}

	#[test]
	fn fails_for_an_unregistered_physician() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::affiliate_physician(signed(OTHER_HOSPITAL), NOBODY),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn fails_for_a_patient() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::affiliate_physician(signed(OTHER_HOSPITAL), PATIENT),
				Error::<Test>::NotPhysician
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_physician() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(PHYSICIAN);
			assert_noop!(
				Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_when_already_affiliated() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::affiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN),
				Error::<Test>::AlreadyAffiliated
			);
		});
	}

	#[test]
	fn fails_when_already_offered() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
			assert_noop!(
				Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN),
				Error::<Test>::AlreadyOffered
			);
		});
	}
}

mod accept_affiliation {
	use super::*;

	fn offered() {
		setup();
		assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
	}

	#[test]
	fn the_physician_joins_the_hospital_that_offered() {
		ExtBuilder.build_and_execute(|| {
			offered();
			assert_ok!(Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL));
			assert_eq!(Registry::hospitals_of(&PHYSICIAN), vec![GOV_HOSPITAL, OTHER_HOSPITAL]);
			assert!(Registry::is_active_in(&PHYSICIAN, &OTHER_HOSPITAL));
			assert!(!AffiliationOffers::<Test>::contains_key(PHYSICIAN, OTHER_HOSPITAL));
			assert_eq!(
				last_event(),
				Event::PhysicianAffiliated { physician: PHYSICIAN, hospital: OTHER_HOSPITAL }
					.into()
			);
		});
	}

	#[test]
	fn fails_without_an_offer() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
				Error::<Test>::NoAffiliationOffer
			);
		});
	}

	#[test]
	fn fails_for_anyone_but_the_physician_offered() {
		ExtBuilder.build_and_execute(|| {
			offered();
			// Another physician, the hospital itself, a patient: none is the one offered.
			register_physician(GOV_HOSPITAL, 40);
			assert_noop!(
				Registry::accept_affiliation(signed(40), OTHER_HOSPITAL),
				Error::<Test>::NoAffiliationOffer
			);
			assert_noop!(
				Registry::accept_affiliation(signed(OTHER_HOSPITAL), OTHER_HOSPITAL),
				Error::<Test>::NotPhysician
			);
			assert_noop!(
				Registry::accept_affiliation(RuntimeOrigin::none(), OTHER_HOSPITAL),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_physician() {
		ExtBuilder.build_and_execute(|| {
			offered();
			suspend_by_root(PHYSICIAN);
			assert_noop!(
				Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_when_the_hospital_is_no_longer_active() {
		ExtBuilder.build_and_execute(|| {
			offered();
			suspend_by_root(OTHER_HOSPITAL);
			assert_noop!(
				Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_when_the_hospital_is_full() {
		ExtBuilder.build_and_execute(|| {
			offered();
			for physician in 40..43 {
				register_physician(OTHER_HOSPITAL, physician);
			}
			assert_noop!(
				Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
				Error::<Test>::TooManyPhysicians
			);
		});
	}

	#[test]
	fn fails_when_the_physician_has_too_many_hospitals() {
		ExtBuilder.build_and_execute(|| {
			offered();
			admit(3);
			assert_ok!(Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL));
			assert_ok!(Registry::affiliate_physician(signed(3), PHYSICIAN));
			assert_noop!(
				Registry::accept_affiliation(signed(PHYSICIAN), 3),
				Error::<Test>::TooManyHospitals
			);
		});
	}
}

mod disaffiliate_physician {
	use super::*;

	#[test]
	fn ends_the_affiliation_and_cleans_both_indexes() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::disaffiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN));
			assert!(!HospitalPhysicians::<Test>::contains_key(GOV_HOSPITAL));
			assert!(!PhysicianHospitals::<Test>::contains_key(PHYSICIAN));
			assert!(!Registry::is_active_in(&PHYSICIAN, &GOV_HOSPITAL));
			assert_eq!(status(PHYSICIAN), Status::Active, "the physician stays registered");
			assert_eq!(
				last_event(),
				Event::PhysicianDisaffiliated { physician: PHYSICIAN, hospital: GOV_HOSPITAL }
					.into()
			);
		});
	}

	#[test]
	fn withdraws_an_offer_the_physician_has_not_accepted() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
			assert_ok!(Registry::disaffiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
			assert!(!AffiliationOffers::<Test>::contains_key(PHYSICIAN, OTHER_HOSPITAL));
			assert_eq!(Registry::hospitals_of(&PHYSICIAN), vec![GOV_HOSPITAL]);
			assert_eq!(
				last_event(),
				Event::AffiliationOfferWithdrawn { physician: PHYSICIAN, hospital: OTHER_HOSPITAL }
					.into()
			);
			assert_noop!(
				Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL),
				Error::<Test>::NoAffiliationOffer
			);
		});
	}

	#[test]
	fn works_for_a_suspended_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(GOV_HOSPITAL);
			assert_ok!(Registry::disaffiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN));
		});
	}

	#[test]
	fn fails_for_an_unregistered_caller() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::disaffiliate_physician(signed(NOBODY), PHYSICIAN),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn fails_for_a_caller_that_is_not_a_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::disaffiliate_physician(signed(PHYSICIAN), PHYSICIAN),
				Error::<Test>::NotHospital
			);
		});
	}

	#[test]
	fn fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::disaffiliate_physician(RuntimeOrigin::none(), PHYSICIAN),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_another_hospitals_physician() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::disaffiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN),
				Error::<Test>::NotAffiliated
			);
		});
	}
}

mod register_patient {
	use super::*;

	#[test]
	fn registers_the_caller_with_an_identifier_hash() {
		ExtBuilder.build_and_execute(|| {
			let mrn = H256::repeat_byte(0xab);
			assert_ok!(Registry::register_patient(signed(PATIENT), key(RSA_2048_A), Some(mrn)));
			assert_eq!(Registry::role_of(&PATIENT), Some(Role::Patient));
			assert_eq!(Registry::patient_by_identifier(mrn), Some(PATIENT));
			assert_eq!(
				last_event(),
				Event::PatientRegistered { patient: PATIENT, registered_by: None }.into()
			);
		});
	}

	#[test]
	fn fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::register_patient(RuntimeOrigin::none(), key(RSA_2048_A), None),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_a_registered_account() {
		ExtBuilder.build_and_execute(|| {
			register_patient(PATIENT);
			assert_noop!(
				Registry::register_patient(signed(PATIENT), key(RSA_2048_B), None),
				Error::<Test>::AlreadyRegistered
			);
		});
	}

	#[test]
	fn fails_for_an_identifier_hash_in_use() {
		ExtBuilder.build_and_execute(|| {
			let mrn = Some(H256::repeat_byte(1));
			assert_ok!(Registry::register_patient(signed(PATIENT), key(RSA_2048_A), mrn));
			assert_noop!(
				Registry::register_patient(signed(PATIENT_2), key(RSA_2048_A), mrn),
				Error::<Test>::IdentifierInUse
			);
		});
	}

	#[test]
	fn fails_for_a_non_rsa_key_and_stores_nothing() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::register_patient(
					signed(PATIENT),
					key(EC_P256),
					Some(H256::repeat_byte(1))
				),
				Error::<Test>::NotRsaKey
			);
			assert_eq!(Registry::patient_by_identifier(H256::repeat_byte(1)), None);
		});
	}
}

mod register_patient_for {
	use super::*;

	#[test]
	fn a_hospital_registers_a_patients_own_account() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			assert_ok!(Registry::register_patient_for(
				signed(GOV_HOSPITAL),
				PATIENT,
				key(RSA_2048_B),
				None
			));
			assert_eq!(Registry::encryption_key(&PATIENT), Some(RSA_2048_B.to_vec()));
			assert_eq!(
				last_event(),
				Event::PatientRegistered { patient: PATIENT, registered_by: Some(GOV_HOSPITAL) }
					.into()
			);
		});
	}

	#[test]
	fn fails_for_a_caller_that_is_not_a_hospital() {
		ExtBuilder.build_and_execute(|| {
			register_patient(PATIENT);
			assert_noop!(
				Registry::register_patient_for(signed(PATIENT), PATIENT_2, key(RSA_2048_A), None),
				Error::<Test>::NotHospital
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_hospital() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			suspend_by_root(GOV_HOSPITAL);
			assert_noop!(
				Registry::register_patient_for(
					signed(GOV_HOSPITAL),
					PATIENT,
					key(RSA_2048_A),
					None
				),
				Error::<Test>::NotActive
			);
		});
	}
}

mod register_device {
	use super::*;

	#[test]
	fn registers_a_device_for_a_patient_under_the_hospital() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			register_patient(PATIENT);
			assert_ok!(Registry::register_device(
				signed(GOV_HOSPITAL),
				DEVICE,
				PATIENT,
				DeviceKind::Implant,
				key(RSA_2048_A),
				key(RSA_4096_A),
			));
			assert_eq!(Registry::patient_of(&DEVICE), Some(PATIENT));
			assert_eq!(Registry::hospital_of(&DEVICE), Some(GOV_HOSPITAL));
			assert_eq!(Registry::signing_key(&DEVICE), Some(RSA_4096_A.to_vec()));
			assert_eq!(PatientDevices::<Test>::get(PATIENT).to_vec(), vec![DEVICE]);
			assert!(Registry::is_active(&DEVICE));
			assert_eq!(
				last_event(),
				Event::DeviceRegistered {
					device: DEVICE,
					patient: PATIENT,
					hospital: GOV_HOSPITAL,
					kind: DeviceKind::Implant
				}
				.into()
			);
		});
	}

	#[test]
	fn fails_for_a_caller_that_is_not_a_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(try_register_device(PHYSICIAN, 31, PATIENT), Error::<Test>::NotHospital);
		});
	}

	#[test]
	fn fails_for_a_registered_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				try_register_device(GOV_HOSPITAL, DEVICE, PATIENT),
				Error::<Test>::AlreadyRegistered
			);
		});
	}

	#[test]
	fn fails_for_an_unregistered_patient() {
		ExtBuilder.build_and_execute(|| {
			admit(GOV_HOSPITAL);
			assert_noop!(
				try_register_device(GOV_HOSPITAL, DEVICE, NOBODY),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn fails_for_a_patient_that_is_not_one() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				try_register_device(GOV_HOSPITAL, 31, PHYSICIAN),
				Error::<Test>::NotPatient
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_patient() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(PATIENT);
			assert_noop!(try_register_device(GOV_HOSPITAL, 31, PATIENT), Error::<Test>::NotActive);
		});
	}

	#[test]
	fn fails_for_a_bad_signing_key_and_stores_nothing() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::register_device(
					signed(GOV_HOSPITAL),
					31,
					PATIENT,
					DeviceKind::Wearable,
					key(RSA_2048_A),
					key(RSA_1024)
				),
				Error::<Test>::KeyTooShort
			);
		});
	}

	#[test]
	fn fails_when_the_patient_has_too_many_devices() {
		ExtBuilder.build_and_execute(|| {
			setup();
			register_device(GOV_HOSPITAL, 31, PATIENT);
			assert_noop!(
				try_register_device(GOV_HOSPITAL, 32, PATIENT),
				Error::<Test>::TooManyDevices
			);
		});
	}
}

mod move_device {
	use super::*;

	#[test]
	fn the_hospital_moves_its_device_to_another_patient_and_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			register_patient(PATIENT_2);
			assert_ok!(Registry::move_device(
				signed(GOV_HOSPITAL),
				DEVICE,
				PATIENT_2,
				OTHER_HOSPITAL
			));
			assert_eq!(Registry::patient_of(&DEVICE), Some(PATIENT_2));
			assert_eq!(Registry::hospital_of(&DEVICE), Some(OTHER_HOSPITAL));
			assert!(PatientDevices::<Test>::get(PATIENT).is_empty());
			assert_eq!(PatientDevices::<Test>::get(PATIENT_2).to_vec(), vec![DEVICE]);
			assert_eq!(
				last_event(),
				Event::DeviceMoved { device: DEVICE, patient: PATIENT_2, hospital: OTHER_HOSPITAL }
					.into()
			);
		});
	}

	#[test]
	fn governance_moves_any_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::move_device(
				RuntimeOrigin::root(),
				DEVICE,
				PATIENT,
				OTHER_HOSPITAL
			));
			assert_eq!(Registry::hospital_of(&DEVICE), Some(OTHER_HOSPITAL));
			assert_eq!(PatientDevices::<Test>::get(PATIENT).to_vec(), vec![DEVICE]);
		});
	}

	#[test]
	fn fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::move_device(RuntimeOrigin::none(), DEVICE, PATIENT, OTHER_HOSPITAL),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_for_another_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::move_device(signed(OTHER_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(GOV_HOSPITAL);
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_for_an_unregistered_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), NOBODY, PATIENT, GOV_HOSPITAL),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn fails_for_an_account_that_is_not_a_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), PATIENT, PATIENT, GOV_HOSPITAL),
				Error::<Test>::NotDevice
			);
		});
	}

	#[test]
	fn fails_for_a_revoked_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
				Error::<Test>::AlreadyRevoked
			);
		});
	}

	#[test]
	fn fails_for_a_target_that_is_not_a_patient() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PHYSICIAN, GOV_HOSPITAL),
				Error::<Test>::NotPatient
			);
		});
	}

	#[test]
	fn fails_for_a_target_hospital_that_is_not_one() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, PHYSICIAN),
				Error::<Test>::NotHospital
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_target_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(OTHER_HOSPITAL);
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, OTHER_HOSPITAL),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_when_nothing_changes() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT, GOV_HOSPITAL),
				Error::<Test>::DeviceUnchanged
			);
		});
	}

	#[test]
	fn fails_when_the_new_patient_has_too_many_devices() {
		ExtBuilder.build_and_execute(|| {
			setup();
			register_patient(PATIENT_2);
			register_device(GOV_HOSPITAL, 31, PATIENT_2);
			register_device(GOV_HOSPITAL, 32, PATIENT_2);
			assert_noop!(
				Registry::move_device(signed(GOV_HOSPITAL), DEVICE, PATIENT_2, GOV_HOSPITAL),
				Error::<Test>::TooManyDevices
			);
		});
	}
}

mod rotate_key {
	use super::*;

	#[test]
	fn replaces_the_encryption_key_and_retires_the_old_one() {
		ExtBuilder.build_and_execute(|| {
			setup();
			System::set_block_number(7);
			assert_ok!(Registry::rotate_key(
				signed(PATIENT),
				KeyPurpose::Encryption,
				key(RSA_3072)
			));
			assert_eq!(Registry::encryption_key(&PATIENT), Some(RSA_3072.to_vec()));
			let retired = RetiredKeys::<Test>::get(PATIENT, KeyPurpose::Encryption);
			assert_eq!(retired.len(), 1);
			assert_eq!(retired[0].key.to_vec(), RSA_2048_A.to_vec());
			assert_eq!(retired[0].retired_at, 7);
			assert_eq!(
				last_event(),
				Event::KeyRotated { who: PATIENT, purpose: KeyPurpose::Encryption }.into()
			);
		});
	}

	#[test]
	fn a_device_replaces_its_signing_key() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::rotate_key(signed(DEVICE), KeyPurpose::Signing, key(RSA_4096_B)));
			assert_eq!(Registry::signing_key(&DEVICE), Some(RSA_4096_B.to_vec()));
			assert_eq!(Registry::encryption_key(&DEVICE), Some(RSA_2048_A.to_vec()));
			let retired = RetiredKeys::<Test>::get(DEVICE, KeyPurpose::Signing);
			assert_eq!(retired[0].key.to_vec(), RSA_2048_B.to_vec());
		});
	}

	#[test]
	fn the_history_keeps_the_latest_keys_and_drops_the_oldest() {
		ExtBuilder.build_and_execute(|| {
			setup();
			for next in [RSA_2048_B, RSA_3072, RSA_4096_A] {
				assert_ok!(Registry::rotate_key(
					signed(PATIENT),
					KeyPurpose::Encryption,
					key(next)
				));
			}
			let retired: Vec<Vec<u8>> = RetiredKeys::<Test>::get(PATIENT, KeyPurpose::Encryption)
				.into_iter()
				.map(|retired| retired.key.to_vec())
				.collect();
			assert_eq!(retired, vec![RSA_2048_B.to_vec(), RSA_3072.to_vec()]);
		});
	}

	#[test]
	fn a_suspended_participant_may_rotate_a_compromised_key() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(DEVICE);
			assert_ok!(Registry::rotate_key(signed(DEVICE), KeyPurpose::Signing, key(RSA_3072)));
		});
	}

	#[test]
	fn fails_for_an_unregistered_caller() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::rotate_key(signed(NOBODY), KeyPurpose::Encryption, key(RSA_2048_A)),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn fails_for_a_revoked_participant() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::revoke(signed(PATIENT), PATIENT));
			assert_noop!(
				Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(RSA_3072)),
				Error::<Test>::AlreadyRevoked
			);
		});
	}

	#[test]
	fn fails_for_a_signing_key_of_a_non_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::rotate_key(signed(PHYSICIAN), KeyPurpose::Signing, key(RSA_3072)),
				Error::<Test>::NotDevice
			);
		});
	}

	#[test]
	fn fails_for_the_same_key() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(RSA_2048_A)),
				Error::<Test>::KeyUnchanged
			);
		});
	}

	#[test]
	fn fails_for_a_malformed_key() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::rotate_key(signed(PATIENT), KeyPurpose::Encryption, key(&[0x30, 0x00])),
				Error::<Test>::MalformedKey
			);
		});
	}
}

mod suspend {
	use super::*;

	#[test]
	fn a_hospital_suspends_its_device_and_the_device_stops_being_active() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
			assert_eq!(status(DEVICE), Status::Suspended);
			assert!(!Registry::is_active(&DEVICE));
			assert_eq!(
				last_event(),
				Event::ParticipantSuspended { who: DEVICE, by: Some(GOV_HOSPITAL) }.into()
			);
		});
	}

	#[test]
	fn fails_for_a_hospital_suspending_its_physician_chain_wide() {
		ExtBuilder.build_and_execute(|| {
			setup();
			// The physician's standing at other hospitals is governance's, not the hospital's:
			// the hospital ends its own affiliation instead.
			assert_noop!(
				Registry::suspend(signed(GOV_HOSPITAL), PHYSICIAN),
				Error::<Test>::NotPermitted
			);
			assert_ok!(Registry::disaffiliate_physician(signed(GOV_HOSPITAL), PHYSICIAN));
			assert_eq!(status(PHYSICIAN), Status::Active);
		});
	}

	#[test]
	fn fails_for_a_hospital_that_claimed_a_physician_without_its_acceptance() {
		ExtBuilder.build_and_execute(|| {
			setup();
			// An offer the physician never accepted gives the hospital no power over it.
			assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
			assert_noop!(
				Registry::suspend(signed(OTHER_HOSPITAL), PHYSICIAN),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn governance_suspends_a_hospital_and_its_devices_stop_being_active() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::suspend(RuntimeOrigin::root(), GOV_HOSPITAL));
			assert_eq!(
				last_event(),
				Event::ParticipantSuspended { who: GOV_HOSPITAL, by: None }.into()
			);
			assert!(!Registry::is_active(&DEVICE), "a device of a suspended hospital is cut off");
			assert!(!Registry::is_active_in(&PHYSICIAN, &GOV_HOSPITAL));
		});
	}

	#[test]
	fn fails_for_another_hospitals_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::suspend(signed(OTHER_HOSPITAL), DEVICE),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_a_hospital_suspending_a_patient() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::suspend(signed(GOV_HOSPITAL), PATIENT),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_a_caller_that_is_not_a_hospital() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(Registry::suspend(signed(PATIENT), DEVICE), Error::<Test>::NotHospital);
		});
	}

	#[test]
	fn fails_for_an_unregistered_account() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::suspend(RuntimeOrigin::root(), NOBODY),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn fails_when_already_suspended() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(DEVICE);
			assert_noop!(
				Registry::suspend(signed(GOV_HOSPITAL), DEVICE),
				Error::<Test>::AlreadySuspended
			);
		});
	}

	#[test]
	fn fails_for_a_revoked_participant() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
			assert_noop!(
				Registry::suspend(RuntimeOrigin::root(), DEVICE),
				Error::<Test>::AlreadyRevoked
			);
		});
	}

	#[test]
	fn fails_for_an_unsigned_origin() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(Registry::suspend(RuntimeOrigin::none(), DEVICE), BadOrigin);
		});
	}
}

mod reactivate {
	use super::*;

	#[test]
	fn the_hospital_that_suspended_reactivates() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
			assert_ok!(Registry::reactivate(signed(GOV_HOSPITAL), DEVICE));
			assert_eq!(status(DEVICE), Status::Active);
			assert!(Registry::is_active(&DEVICE));
			assert_eq!(last_event(), Event::ParticipantReactivated { who: DEVICE }.into());
		});
	}

	#[test]
	fn governance_reactivates_what_a_hospital_suspended() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
			assert_ok!(Registry::reactivate(RuntimeOrigin::root(), DEVICE));
			assert_eq!(status(DEVICE), Status::Active);
		});
	}

	#[test]
	fn fails_for_a_hospital_that_did_not_suspend() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
			assert_noop!(
				Registry::reactivate(signed(OTHER_HOSPITAL), DEVICE),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_a_hospital_after_governance_suspended() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(DEVICE);
			assert_noop!(
				Registry::reactivate(signed(GOV_HOSPITAL), DEVICE),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_a_suspending_hospital_that_is_itself_suspended() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::suspend(signed(GOV_HOSPITAL), DEVICE));
			suspend_by_root(GOV_HOSPITAL);
			assert_noop!(
				Registry::reactivate(signed(GOV_HOSPITAL), DEVICE),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn fails_for_an_active_participant() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::reactivate(RuntimeOrigin::root(), DEVICE),
				Error::<Test>::NotSuspended
			);
		});
	}

	#[test]
	fn fails_for_a_revoked_participant() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
			assert_noop!(
				Registry::reactivate(RuntimeOrigin::root(), DEVICE),
				Error::<Test>::NotSuspended
			);
		});
	}

	#[test]
	fn fails_for_an_unregistered_account() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::reactivate(RuntimeOrigin::root(), NOBODY),
				Error::<Test>::NotRegistered
			);
		});
	}
}

mod revoke {
	use super::*;

	#[test]
	fn governance_removes_a_hospital_and_its_affiliations() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::revoke(RuntimeOrigin::root(), GOV_HOSPITAL));
			assert_eq!(status(GOV_HOSPITAL), Status::Revoked);
			assert!(HospitalPhysicians::<Test>::get(GOV_HOSPITAL).is_empty());
			assert!(Registry::hospitals_of(&PHYSICIAN).is_empty());
			assert!(!Registry::is_active(&DEVICE), "a device of a removed hospital is cut off");
			assert_eq!(last_event(), Event::ParticipantRevoked { who: GOV_HOSPITAL }.into());
		});
	}

	#[test]
	fn a_hospital_revokes_its_device_which_leaves_the_patients_list() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::revoke(signed(GOV_HOSPITAL), DEVICE));
			assert_eq!(status(DEVICE), Status::Revoked);
			assert!(PatientDevices::<Test>::get(PATIENT).is_empty());
			assert_eq!(Registry::patient_of(&DEVICE), Some(PATIENT), "history stays");
		});
	}

	#[test]
	fn a_patient_leaves_releasing_its_identifier_and_guardianships() {
		ExtBuilder.build_and_execute(|| {
			let mrn = H256::repeat_byte(9);
			assert_ok!(Registry::register_patient(signed(PATIENT), key(RSA_2048_A), Some(mrn)));
			register_patient(PATIENT_2);
			assert_ok!(Registry::add_guardian(signed(PATIENT), PATIENT_2));
			assert_ok!(Registry::add_guardian(signed(PATIENT_2), PATIENT));
			assert_ok!(Registry::revoke(signed(PATIENT), PATIENT));
			assert_eq!(Registry::patient_by_identifier(mrn), None);
			assert!(Guardians::<Test>::get(PATIENT).is_empty());
			assert!(Guardians::<Test>::get(PATIENT_2).is_empty());
			assert!(
				Wards::<Test>::get(PATIENT).is_empty() && Wards::<Test>::get(PATIENT_2).is_empty()
			);
		});
	}

	#[test]
	fn a_physician_leaves_all_its_hospitals() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::affiliate_physician(signed(OTHER_HOSPITAL), PHYSICIAN));
			assert_ok!(Registry::accept_affiliation(signed(PHYSICIAN), OTHER_HOSPITAL));
			assert_ok!(Registry::revoke(signed(PHYSICIAN), PHYSICIAN));
			assert!(Registry::hospitals_of(&PHYSICIAN).is_empty());
			assert!(HospitalPhysicians::<Test>::get(OTHER_HOSPITAL).is_empty());
		});
	}

	#[test]
	fn refunds_the_unused_weight() {
		ExtBuilder.build_and_execute(|| {
			setup();
			let declared =
				crate::Call::<Test>::revoke { who: DEVICE }.get_dispatch_info().call_weight;
			let post = Registry::revoke(signed(GOV_HOSPITAL), DEVICE).expect("revoked");
			let actual = post.actual_weight.expect("revoke reports its weight");
			assert_eq!(actual, <() as WeightInfo>::revoke_device());
			assert!(actual.all_lte(declared));
		});
	}

	#[test]
	fn a_physician_guardian_is_refunded_within_the_bound() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
			let post = Registry::revoke(signed(PHYSICIAN), PHYSICIAN).expect("revoked");
			let actual = post.actual_weight.expect("revoke reports its weight");
			assert!(actual.all_lte(Registry::revoke_weight_bound()));
			assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN), "its guardianship ended");
		});
	}

	#[test]
	fn fails_for_a_hospital_revoking_itself() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::revoke(signed(GOV_HOSPITAL), GOV_HOSPITAL),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_another_hospitals_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::revoke(signed(OTHER_HOSPITAL), DEVICE),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_a_suspended_hospitals_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(GOV_HOSPITAL);
			assert_noop!(
				Registry::revoke(signed(GOV_HOSPITAL), DEVICE),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_a_hospital_revoking_its_physician() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::revoke(signed(GOV_HOSPITAL), PHYSICIAN),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn fails_for_someone_else() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(Registry::revoke(signed(PHYSICIAN), PATIENT), Error::<Test>::NotPermitted);
		});
	}

	#[test]
	fn fails_for_an_unregistered_account() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Registry::revoke(RuntimeOrigin::root(), NOBODY),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn is_final() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::revoke(signed(PATIENT), PATIENT));
			assert_noop!(
				Registry::revoke(RuntimeOrigin::root(), PATIENT),
				Error::<Test>::AlreadyRevoked
			);
			assert_noop!(
				Registry::register_patient(signed(PATIENT), key(RSA_2048_B), None),
				Error::<Test>::AlreadyRegistered
			);
		});
	}
}

mod guardians {
	use super::*;

	#[test]
	fn a_patient_adds_a_guardian() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
			assert!(Registry::is_guardian(&PATIENT, &PHYSICIAN));
			assert_eq!(Wards::<Test>::get(PHYSICIAN).to_vec(), vec![PATIENT]);
			assert_eq!(
				last_event(),
				Event::GuardianAdded { patient: PATIENT, guardian: PHYSICIAN }.into()
			);
		});
	}

	#[test]
	fn add_fails_for_a_caller_that_is_not_a_patient() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::add_guardian(signed(PHYSICIAN), PATIENT),
				Error::<Test>::NotPatient
			);
		});
	}

	#[test]
	fn add_fails_for_a_suspended_patient() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(PATIENT);
			assert_noop!(
				Registry::add_guardian(signed(PATIENT), PHYSICIAN),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn add_fails_for_the_patient_itself() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::add_guardian(signed(PATIENT), PATIENT),
				Error::<Test>::CannotGuardSelf
			);
		});
	}

	#[test]
	fn add_fails_for_an_unregistered_guardian() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::add_guardian(signed(PATIENT), NOBODY),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn add_fails_for_a_device() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::add_guardian(signed(PATIENT), DEVICE),
				Error::<Test>::InvalidGuardian
			);
		});
	}

	#[test]
	fn add_fails_for_a_suspended_guardian() {
		ExtBuilder.build_and_execute(|| {
			setup();
			suspend_by_root(PHYSICIAN);
			assert_noop!(
				Registry::add_guardian(signed(PATIENT), PHYSICIAN),
				Error::<Test>::InvalidGuardian
			);
		});
	}

	#[test]
	fn add_fails_twice() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
			assert_noop!(
				Registry::add_guardian(signed(PATIENT), PHYSICIAN),
				Error::<Test>::AlreadyGuardian
			);
		});
	}

	#[test]
	fn add_fails_beyond_max_guardians() {
		ExtBuilder.build_and_execute(|| {
			setup();
			for guardian in [40, 41, 42] {
				register_patient(guardian);
			}
			assert_ok!(Registry::add_guardian(signed(PATIENT), 40));
			assert_ok!(Registry::add_guardian(signed(PATIENT), 41));
			assert_noop!(
				Registry::add_guardian(signed(PATIENT), 42),
				Error::<Test>::TooManyGuardians
			);
		});
	}

	#[test]
	fn add_fails_beyond_max_wards() {
		ExtBuilder.build_and_execute(|| {
			setup();
			for ward in [40, 41, 42] {
				register_patient(ward);
			}
			assert_ok!(Registry::add_guardian(signed(40), PHYSICIAN));
			assert_ok!(Registry::add_guardian(signed(41), PHYSICIAN));
			assert_noop!(
				Registry::add_guardian(signed(42), PHYSICIAN),
				Error::<Test>::TooManyWards
			);
		});
	}

	#[test]
	fn the_patient_removes_a_guardian() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
			assert_ok!(Registry::remove_guardian(signed(PATIENT), PATIENT, PHYSICIAN));
			assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN));
			assert!(!Wards::<Test>::contains_key(PHYSICIAN));
			assert_eq!(
				last_event(),
				Event::GuardianRemoved { patient: PATIENT, guardian: PHYSICIAN }.into()
			);
		});
	}

	#[test]
	fn a_guardian_steps_down() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
			assert_ok!(Registry::remove_guardian(signed(PHYSICIAN), PATIENT, PHYSICIAN));
			assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN));
		});
	}

	#[test]
	fn remove_fails_for_a_third_party() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
			assert_noop!(
				Registry::remove_guardian(signed(GOV_HOSPITAL), PATIENT, PHYSICIAN),
				Error::<Test>::NotPermitted
			);
		});
	}

	#[test]
	fn remove_fails_for_a_non_guardian() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_noop!(
				Registry::remove_guardian(signed(PATIENT), PATIENT, PHYSICIAN),
				Error::<Test>::NotGuardian
			);
		});
	}
}

mod interface {
	use super::*;

	#[test]
	fn the_trait_answers_for_every_role() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_eq!(Registry::role_of(&GOV_HOSPITAL), Some(Role::Hospital));
			assert_eq!(Registry::role_of(&NOBODY), None);
			assert!(Registry::is_active(&PATIENT) && !Registry::is_active(&NOBODY));
			assert!(Registry::is_active_in(&PHYSICIAN, &GOV_HOSPITAL));
			assert!(!Registry::is_active_in(&PHYSICIAN, &OTHER_HOSPITAL));
			assert!(!Registry::is_active_in(&PATIENT, &GOV_HOSPITAL));
			assert_eq!(Registry::hospital_of(&PATIENT), None);
			assert_eq!(Registry::signing_key(&PATIENT), None);
			assert_eq!(Registry::encryption_key(&NOBODY), None);
			assert!(!Registry::is_guardian(&PATIENT, &PHYSICIAN));
		});
	}

	#[test]
	fn the_profile_holds_everything_about_a_participant() {
		ExtBuilder.build_and_execute(|| {
			setup();
			assert_ok!(Registry::add_guardian(signed(PATIENT), PHYSICIAN));
			assert_ok!(Registry::rotate_key(signed(DEVICE), KeyPurpose::Signing, key(RSA_3072)));

			let patient = Registry::profile(&PATIENT).unwrap();
			assert_eq!((patient.role, patient.status), (Role::Patient, Status::Active));
			assert_eq!(patient.devices, vec![DEVICE]);
			assert_eq!(patient.guardians, vec![PHYSICIAN]);

			let physician = Registry::profile(&PHYSICIAN).unwrap();
			assert_eq!(physician.hospitals, vec![GOV_HOSPITAL]);
			assert_eq!(physician.wards, vec![PATIENT]);

			let hospital = Registry::profile(&GOV_HOSPITAL).unwrap();
			assert_eq!(hospital.physicians, vec![PHYSICIAN]);

			let device = Registry::profile(&DEVICE).unwrap();
			let info = device.device.unwrap();
			assert_eq!((info.patient, info.hospital), (PATIENT, GOV_HOSPITAL));
			assert_eq!(info.signing_key, RSA_3072.to_vec());
			assert_eq!(device.retired_keys.len(), 1);
			assert_eq!(device.retired_keys[0].purpose, KeyPurpose::Signing);
			assert_eq!(device.retired_keys[0].key, RSA_2048_B.to_vec());

			assert_eq!(Registry::profile(&NOBODY), None);
		});
	}

	#[test]
	fn try_state_catches_a_broken_cross_index() {
		ExtBuilder.build().execute_with(|| {
			setup();
			assert_ok!(Registry::do_try_state());
			PhysicianHospitals::<Test>::remove(PHYSICIAN);
			assert!(Registry::do_try_state().is_err());
		});
	}
}

mod genesis {
	use super::*;
	use sp_runtime::BuildStorage;

	fn genesis(hospitals: Vec<(u64, Vec<u8>)>) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			registry: crate::GenesisConfig { hospitals },
			..Default::default()
		}
		.build_storage()
		.unwrap();
		sp_io::TestExternalities::new(storage)
	}

	#[test]
	fn a_consortium_starts_with_its_hospitals_admitted_and_their_accounts_provided_for() {
		genesis(vec![(GOV_HOSPITAL, RSA_2048_A.to_vec()), (OTHER_HOSPITAL, RSA_3072.to_vec())])
			.execute_with(|| {
				for hospital in [GOV_HOSPITAL, OTHER_HOSPITAL] {
					assert_eq!(Registry::role_of(&hospital), Some(Role::Hospital));
					assert!(Registry::is_active(&hospital));
					assert_eq!(frame_system::Pallet::<Test>::providers(&hospital), 1);
				}
				assert_ok!(Registry::do_try_state());
			});
	}

	#[test]
	#[should_panic(expected = "not an accepted RSA key")]
	fn a_genesis_hospital_with_a_weak_key_is_refused() {
		genesis(vec![(GOV_HOSPITAL, RSA_1024.to_vec())]);
	}

	#[test]
	#[should_panic(expected = "listed twice")]
	fn a_genesis_hospital_listed_twice_is_refused() {
		genesis(vec![(GOV_HOSPITAL, RSA_2048_A.to_vec()), (GOV_HOSPITAL, RSA_2048_B.to_vec())]);
	}
}

mod providers {
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
}
