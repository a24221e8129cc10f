//! Helpers for the steps most CareChain tests take: advance blocks with hooks; seal, sign and
//! anchor a reading; grant; open an emergency access; a custody read from request to plaintext.
//! Each dispatches the real calls and panics, saying what failed, if one is refused: a helper is
//! a test's setup, and a test of a refusal calls the pallet itself.

use crate::{cast::*, config, KitRuntime};
use carechain_crypto::{
	custody::{
		custodian_share, open_with_shares, seal_in_custody, unwrap_share, wrap_share, Binding,
		Party,
	},
	envelope::{
		sign_content_hash, Envelope, Opener, Recipient, CUSTODY_ENVELOPE_VERSION, ENVELOPE_VERSION,
	},
};
use carechain_primitives::{
	batch::{batch_digest, batch_proof, batch_root, BatchProof},
	cid::cid_of,
	consent::{DataCategory, EmergencyId, GrantId, Permission, Purpose, Scope},
	records::{anchor_digest, CustodyEpoch, RecordId},
};
use codec::Encode;
use frame_support::{
	assert_ok,
	traits::{Hooks, OnFinalize, OnInitialize},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::SaturatedConversion;

/// A signed origin of `who`.
pub fn signed<T: KitRuntime>(who: u64) -> <T as frame_system::Config>::RuntimeOrigin {
	RawOrigin::Signed(who).into()
}

/// The current block number.
pub fn block_number<T: KitRuntime>() -> u64 {
	frame_system::Pallet::<T>::block_number().saturated_into()
}

/// The current block's time, ms.
pub fn now<T: KitRuntime>() -> u64 {
	pallet_timestamp::Now::<T>::get()
}

/// Advances to block `n` as the chain does: each block's `on_finalize`, then the next block's
/// `on_initialize` (consent's expiries, records' closed reads, intrusion detection's
/// quarantines) and its timestamp, one slot ([`config::MILLISECS_PER_BLOCK`]) later. Unlike the
/// chain, events are kept across blocks, so a test sees everything since it began.
pub fn run_to_block<T: KitRuntime>(n: u64) {
	while block_number::<T>() < n {
		let current: BlockNumberFor<T> = block_number::<T>().saturated_into();
		T::AllPallets::on_finalize(current);
		let next = block_number::<T>().saturating_add(1);
		let time = now::<T>().saturating_add(config::MILLISECS_PER_BLOCK);
		frame_system::Pallet::<T>::set_block_number(next.saturated_into());
		T::AllPallets::on_initialize(next.saturated_into());
		pallet_timestamp::Pallet::<T>::set_timestamp(time);
	}
}

/// Advances `blocks` blocks ([`run_to_block`]).
pub fn run_blocks<T: KitRuntime>(blocks: u64) {
	run_to_block::<T>(block_number::<T>().saturating_add(blocks));
}

/// A reading sealed (AES-256-GCM, its data key RSA-OAEP-wrapped to the patient) and signed
/// (RSA-PSS by `DEVICE`'s key) as a device does, off-chain.
#[derive(Clone, Debug)]
pub struct SealedReading {
	/// The envelope's bytes: what a store keeps.
	pub envelope: Vec<u8>,
	/// blake2b-256 of the envelope: what the chain anchors.
	pub content_hash: H256,
	/// `DEVICE`'s signature over what the chain verifies for this envelope.
	pub signature: Vec<u8>,
}

/// Seals `reading` for `patient` (who must be in the cast) and signs it as `DEVICE`.
pub fn seal_reading(patient: u64, reading: &[u8]) -> SealedReading {
	let envelope = Envelope::seal(
		reading,
		&[Recipient::Rsa { account: account_bytes(patient), public_key: encryption_key(patient) }],
	)
	.expect("the cast's keys seal");
	let content_hash = envelope.content_hash();
	SealedReading {
		envelope: envelope.to_bytes(),
		content_hash: H256(content_hash),
		signature: sign_content_hash(&device_signing_key(), &content_hash),
	}
}

/// Opens an envelope sealed to `who` (who must be one whose private key the kit holds).
pub fn open_as(who: u64, envelope: &[u8]) -> Vec<u8> {
	let key = private_key(who).expect("the kit holds this participant's private key");
	Envelope::from_bytes(envelope)
		.and_then(|e| e.open(&Opener::Rsa { account: account_bytes(who), private_key: &key }))
		.expect("the envelope opens with the participant's key")
}

fn locator<T: KitRuntime>(
	hash: &H256,
) -> BoundedVec<u8, <T as pallet_records::Config>::MaxLocatorLength> {
	format!("carechain-blob:{hash:?}").into_bytes().try_into().expect("a locator of 81 bytes fits")
}

fn signature(bytes: Vec<u8>) -> pallet_records::SignatureOf {
	bytes.try_into().expect("an RSA-2048 signature fits")
}

/// `DEVICE` seals, signs and anchors `reading` for `PATIENT` (vital signs, the current key
/// epoch, taken now); returns the record's id and the sealed reading. The envelope is sealed to
/// the patient only (no category key): for a patient without custodians; after
/// [`set_custody`], anchor with [`anchor_in_custody`].
pub fn anchor_reading<T: KitRuntime>(reading: &[u8]) -> (RecordId, SealedReading) {
	let sealed = seal_reading(PATIENT, reading);
	let id = pallet_records::NextRecordId::<T>::get();
	let epoch = pallet_records::CurrentEpoch::<T>::get(PATIENT, DataCategory::VitalSigns);
	assert_ok!(pallet_records::Pallet::<T>::anchor(
		signed::<T>(DEVICE),
		PATIENT,
		DataCategory::VitalSigns,
		sealed.content_hash,
		locator::<T>(&sealed.content_hash),
		reading.len() as u64,
		ENVELOPE_VERSION,
		epoch,
		Purpose::Treatment,
		Some(signature(sealed.signature.clone())),
		now::<T>(),
	));
	(id, sealed)
}

/// A batch anchored as a gateway anchors one ([`anchor_batch`]): its record, each reading's
/// envelope and proof, and its manifest (the readings' hashes), which its locator names by CID.
pub struct AnchoredBatch {
	/// The batch's record.
	pub record_id: RecordId,
	/// Each reading's envelope, in order.
	pub envelopes: Vec<Vec<u8>>,
	/// Each reading's proof of membership.
	pub proofs: Vec<BatchProof>,
	/// The manifest's bytes (its `ipfs://` CID is the record's locator).
	pub manifest: Vec<u8>,
}

/// `DEVICE` seals each of `readings` for `PATIENT` (to the patient only), and anchors them as one
/// batch (`records.anchor_batch`, vital signs, signed, taken now), its locator the manifest's
/// `ipfs://` CID.
pub fn anchor_batch<T: KitRuntime>(readings: &[&[u8]]) -> AnchoredBatch {
	let sealed: Vec<SealedReading> = readings.iter().map(|r| seal_reading(PATIENT, r)).collect();
	let hashes: Vec<H256> = sealed.iter().map(|s| s.content_hash).collect();
	let root = batch_root(&hashes);
	let count = hashes.len() as u32;
	let manifest = hashes.encode();
	let locator = format!("ipfs://{}", cid_of(&sp_io::hashing::blake2_256(&manifest)));
	let category = DataCategory::VitalSigns;
	let digest = batch_digest(&PATIENT.encode(), category, root.as_fixed_bytes(), count);
	let id = pallet_records::NextRecordId::<T>::get();
	let epoch = pallet_records::CurrentEpoch::<T>::get(PATIENT, category);
	assert_ok!(pallet_records::Pallet::<T>::anchor_batch(
		signed::<T>(DEVICE),
		PATIENT,
		category,
		root,
		count,
		locator.into_bytes().try_into().expect("an ipfs:// locator fits"),
		readings.iter().map(|r| r.len() as u64).sum(),
		ENVELOPE_VERSION,
		epoch,
		Purpose::Treatment,
		Some(signature(sign_content_hash(&device_signing_key(), &digest))),
		now::<T>(),
	));
	AnchoredBatch {
		record_id: id,
		envelopes: sealed.into_iter().map(|s| s.envelope).collect(),
		proofs: (0..count).map(|i| batch_proof(&hashes, i).expect("in the batch")).collect(),
		manifest,
	}
}

/// `patient` grants `grantee` `permission` over `scope` for `purpose`, from now for the longest
/// a grant may run ([`config::MAX_GRANT_DURATION`]); returns the grant's id.
pub fn grant<T: KitRuntime>(
	patient: u64,
	grantee: u64,
	scope: Scope,
	permission: Permission,
	purpose: Purpose,
) -> GrantId {
	let id = pallet_consent::NextGrantId::<T>::get();
	let expires_at = block_number::<T>().saturating_add(config::MAX_GRANT_DURATION);
	assert_ok!(pallet_consent::Pallet::<T>::grant(
		signed::<T>(patient),
		patient,
		grantee,
		scope,
		permission,
		purpose,
		None,
		expires_at.saturated_into(),
	));
	id
}

/// `patient` grants `grantee` reading of every category for treatment ([`grant`]).
pub fn grant_read<T: KitRuntime>(patient: u64, grantee: u64) -> GrantId {
	grant::<T>(patient, grantee, Scope::All, Permission::Read, Purpose::Treatment)
}

/// `physician` opens an emergency access to `patient`'s data as a physician of `hospital`, with
/// the hash of a justification; returns its id. It lasts
/// [`config::EMERGENCY_ACCESS_PERIOD`] blocks and is reviewed by governance after.
pub fn open_emergency<T: KitRuntime>(physician: u64, patient: u64, hospital: u64) -> EmergencyId {
	let id = pallet_consent::NextEmergencyId::<T>::get();
	let justification = H256(sp_io::hashing::blake2_256(b"unconscious on arrival"));
	assert_ok!(pallet_consent::Pallet::<T>::open_emergency_access(
		signed::<T>(physician),
		patient,
		hospital,
		justification,
	));
	id
}

/// `PATIENT` puts its records in the custody of `custodians` (hospitals of the cast), of whom
/// `threshold` open a record together; returns the custody epoch.
pub fn set_custody<T: KitRuntime>(custodians: &[u64], threshold: u32) -> CustodyEpoch {
	assert_ok!(pallet_records::Pallet::<T>::set_custodians(
		signed::<T>(PATIENT),
		PATIENT,
		custodians.to_vec().try_into().expect("at most MaxCustodians custodians"),
		threshold,
	));
	pallet_records::CurrentCustody::<T>::get(PATIENT)
}

/// `DEVICE` seals `reading` in `PATIENT`'s current custody (its data key whole to the patient and
/// split among the custodians), signs and anchors it; returns the record's id and the envelope.
pub fn anchor_in_custody<T: KitRuntime>(reading: &[u8]) -> (RecordId, Vec<u8>) {
	let epoch = pallet_records::CurrentCustody::<T>::get(PATIENT);
	let set = pallet_records::CustodianSets::<T>::get(PATIENT, epoch).expect("set_custody first");
	let category = DataCategory::VitalSigns;
	let parties: Vec<Party> = set
		.custodians
		.iter()
		.map(|who| Party { account: account_bytes(*who), public_key: encryption_key(*who) })
		.collect();
	let binding = Binding { patient: account_bytes(PATIENT), category, epoch };
	let envelope = seal_in_custody(
		reading,
		Party { account: account_bytes(PATIENT), public_key: encryption_key(PATIENT) },
		&binding,
		&parties,
		set.threshold as u8,
	)
	.expect("the cast's keys seal");
	let hash = envelope.content_hash();
	let signed_digest = anchor_digest(&PATIENT.encode(), category, &hash);
	let id = pallet_records::NextRecordId::<T>::get();
	assert_ok!(pallet_records::Pallet::<T>::anchor(
		signed::<T>(DEVICE),
		PATIENT,
		category,
		H256(hash),
		locator::<T>(&H256(hash)),
		reading.len() as u64,
		CUSTODY_ENVELOPE_VERSION,
		epoch,
		Purpose::Treatment,
		Some(signature(sign_content_hash(&device_signing_key(), &signed_digest))),
		now::<T>(),
	));
	(id, envelope.to_bytes())
}

/// A custody read from request to plaintext, as the reader's app and the custodians' services
/// do it: `reader` asks to read record `record_id` for treatment; each custodian whose private
/// key the kit holds unwraps its share and releases it to the reader; the reader collects the
/// released shares from the chain's events, unwraps them and opens `envelope`.
///
/// Returns the plaintext, or why it could not be had: consent refused the read, or too few
/// shares were released.
pub fn custody_read<T: KitRuntime>(
	reader: u64,
	record_id: RecordId,
	envelope: &[u8],
) -> Result<Vec<u8>, String> {
	let record = pallet_records::Records::<T>::get(record_id).ok_or("no such record")?;
	let patient = record.patient;
	// Only this read's events count: an earlier read of the same record left its own.
	let earlier = frame_system::Pallet::<T>::events().len();
	assert_ok!(pallet_records::Pallet::<T>::read(
		signed::<T>(reader),
		record_id,
		Purpose::Treatment
	));
	let opened = frame_system::Pallet::<T>::events().into_iter().skip(earlier).any(|e| {
		matches!(T::records_event(e.event),
			Some(pallet_records::Event::SharesRequested { record_id: r, reader: who, .. })
				if r == record_id && who == reader)
	});
	if !opened {
		return Err("consent refused the read (see RecordReadDenied)".into());
	}
	let set = pallet_records::CustodianSets::<T>::get(patient, record.key_epoch)
		.ok_or("no custodian set for the record's epoch")?;
	let parsed = Envelope::from_bytes(envelope).map_err(|e| format!("{e:?}"))?;
	let binding = Binding {
		patient: account_bytes(patient),
		category: record.category,
		epoch: record.key_epoch,
	};
	for (place, custodian) in set.custodians.iter().enumerate() {
		let Some(key) = private_key(*custodian) else { continue };
		let x = (place + 1) as u8;
		let share = custodian_share(&parsed, &account_bytes(*custodian), x, &key, &binding)
			.map_err(|e| format!("custodian {custodian}: {e:?}"))?;
		let wrapped = wrap_share(&share, record_id, &account_bytes(reader), encryption_key(reader))
			.map_err(|e| format!("{e:?}"))?;
		assert_ok!(pallet_records::Pallet::<T>::release_share(
			signed::<T>(*custodian),
			record_id,
			reader,
			wrapped.try_into().expect("a share wrapped to a key of at most 4096 bits fits"),
		));
	}
	let reader_key = private_key(reader).ok_or("the kit does not hold the reader's key")?;
	let shares = frame_system::Pallet::<T>::events()
		.into_iter()
		.skip(earlier)
		.filter_map(|e| match T::records_event(e.event) {
			Some(pallet_records::Event::ShareReleased {
				record_id: r,
				reader: who,
				index,
				wrapped_share,
				..
			}) if r == record_id && who == reader => Some((index, wrapped_share)),
			_ => None,
		})
		.map(|(index, wrapped)| {
			// The event's index is the custodian's place in the set; its share is x = index + 1.
			unwrap_share(
				&reader_key,
				&wrapped,
				record_id,
				&account_bytes(reader),
				(index + 1) as u8,
			)
			.map_err(|e| format!("{e:?}"))
		})
		.collect::<Result<Vec<_>, _>>()?;
	open_with_shares(&parsed, &shares, set.threshold as u8).map_err(|e| format!("{e:?}"))
}

/// Runs `Hooks::on_initialize` of one pallet only, for a test of that pallet's hook alone.
pub fn on_initialize_of<P: Hooks<BlockNumberFor<T>>, T: KitRuntime>() {
	P::on_initialize(frame_system::Pallet::<T>::block_number());
}
