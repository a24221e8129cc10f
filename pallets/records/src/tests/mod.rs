//! The records pallet's unit tests: every call's success and each of its error branches, device
//! signatures verified against real RSA-PSS signatures (made by OpenSSL), sharing by category
//! keys, and reads on the audit trail.

use crate::{mock::*, *};
// The pallet, not its storage item of the same name.
use crate::mock::Records;
use carechain_primitives::{
	consent::{Permission, Scope},
	record_signature::content_hash,
	registry::Status,
	testing::keys::{DEVICE_2048_READING_SIGNATURE, DEVICE_4096_READING_SIGNATURE, READING},
};
use cast::*;
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use sp_runtime::traits::BadOrigin;

const VITALS: DataCategory = DataCategory::VitalSigns;
const LABS: DataCategory = DataCategory::LabResults;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The content hash the test signatures sign: blake2b-256 of the test reading.
fn reading_hash() -> H256 {
	H256(content_hash(READING))
}

fn locator(text: &str) -> LocatorOf<Test> {
	text.as_bytes().to_vec().try_into().unwrap()
}

fn signature(bytes: &[u8]) -> Option<SignatureOf> {
	Some(bytes.to_vec().try_into().unwrap())
}

fn key(byte: u8) -> WrappedKeyOf<Test> {
	vec![byte; 256].try_into().unwrap()
}

fn readers(list: &[(u64, u8)]) -> ReaderKeysOf<Test> {
	list.iter().map(|(who, byte)| (*who, key(*byte))).collect::<Vec<_>>().try_into().unwrap()
}

/// Anchors as `author` with every other argument valid for an unsigned author.
fn anchor_as(author: u64, hash: H256) -> DispatchResultWithPostInfo {
	anchor_with(author, PATIENT, VITALS, hash, 0, None)
}

fn anchor_with(
	author: u64,
	patient: u64,
	category: DataCategory,
	hash: H256,
	key_epoch: KeyEpoch,
	signature: Option<SignatureOf>,
) -> DispatchResultWithPostInfo {
	Records::anchor(
		signed(author),
		patient,
		category,
		hash,
		locator("carechain-blob:reading"),
		READING.len() as u64,
		ENVELOPE_VERSION,
		key_epoch,
		Purpose::Treatment,
		signature,
		now(),
	)
}

/// `DEVICE` anchors the test reading with its real signature; returns the record id.
fn device_anchors() -> RecordId {
	let id = NextRecordId::<Test>::get();
	assert_ok!(anchor_with(
		DEVICE,
		PATIENT,
		VITALS,
		reading_hash(),
		CurrentEpoch::<Test>::get(PATIENT, VITALS),
		signature(DEVICE_2048_READING_SIGNATURE)
	));
	id
}

/// `PATIENT` grants `grantee` `permission` on vital signs for treatment.
fn grant(grantee: u64, permission: Permission) -> u64 {
	let id = pallet_consent::NextGrantId::<Test>::get();
	assert_ok!(Consent::grant(
		signed(PATIENT),
		PATIENT,
		grantee,
		Scope::Only(vec![VITALS].try_into().unwrap()),
		permission,
		Purpose::Treatment,
		None,
		500,
	));
	id
}

/// The block's time, ms: when the tests' readings are taken.
fn now() -> u64 {
	pallet_timestamp::Now::<Test>::get()
}

fn hash(byte: u8) -> H256 {
	H256::repeat_byte(byte)
}

mod anchor;
mod batch;
mod category_keys;
mod corrections;
mod custody;
mod queries;
mod read;
