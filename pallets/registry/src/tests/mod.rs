//! The registry's behaviour: one success test per call, one `assert_noop!` per error branch,
//! events checked, and the invariants checked after every test (`build_and_execute`).

use crate::{mock::*, *};
use carechain_primitives::testing::keys::*;
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

mod accept_affiliation;
mod admit_hospital;
mod affiliate_physician;
mod disaffiliate_physician;
mod genesis;
mod guardians;
mod interface;
mod move_device;
mod providers;
mod reactivate;
mod register_device;
mod register_patient;
mod register_patient_for;
mod register_physician;
mod revoke;
mod rotate_device_key;
mod rotate_key;
mod suspend;
