//! The records flow end to end, against a real dev node: a device encrypts and signs a reading,
//! stores the ciphertext, anchors it; the patient grants a physician read access and shares the
//! category key; the physician reads (audited), unwraps, decrypts and checks the hash against
//! the chain; the patient revokes and rotates; a later reading is unreadable to that physician;
//! a tampered blob is detected.

use carechain_crypto::{
	blob_store::{BlobStore, LocalDirStore, StoreError},
	envelope::{
		envelope_for_hash, generate_key, public_key_der, random_key, rsa_unwrap, rsa_wrap,
		sign_content_hash, CryptoError, Envelope, Opener, PrivateKey, Recipient, SymmetricKey,
	},
};
use carechain_e2e::{admit_hospital, bounded, dev_pair, id_of, runtime, Node, NodeConfig};
use carechain_primitives::{
	consent::{AccessBasis, DataCategory, DenialReason, Permission, Purpose, Scope},
	records::{category_key_id, KeyEpoch, RecordId, ENVELOPE_VERSION},
	testing::keys::RSA_2048_A,
};
use runtime::{AccountId, Hash, Runtime, RuntimeCall, RuntimeEvent};
use sp_core::{sr25519, H256};

const VITALS: DataCategory = DataCategory::VitalSigns;

fn bytes32(account: &AccountId) -> [u8; 32] {
	*account.as_ref()
}

/// The record id in a block's `RecordAnchored` event.
fn anchored(events: &[RuntimeEvent]) -> RecordId {
	events
		.iter()
		.find_map(|event| match event {
			RuntimeEvent::Records(pallet_records::Event::RecordAnchored { record_id, .. }) => {
				Some(*record_id)
			},
			_ => None,
		})
		.expect("a RecordAnchored event")
}

#[allow(clippy::too_many_arguments)]
/// The device's side: seal a reading for the patient and the category key of `epoch`, store
/// it, sign its hash, anchor it.
async fn device_records(
	node: &Node,
	device: &sr25519::Pair,
	signing_key: &PrivateKey,
	store: &LocalDirStore,
	patient: &AccountId,
	patient_key: &[u8],
	(epoch, category_key): (KeyEpoch, &SymmetricKey),
	reading: &[u8],
) -> (RecordId, H256) {
	let envelope = Envelope::seal(
		reading,
		&[
			Recipient::Rsa { account: bytes32(patient), public_key: patient_key },
			Recipient::Symmetric {
				key_id: category_key_id(&bytes32(patient), VITALS, epoch),
				key: category_key,
			},
		],
	)
	.unwrap();
	let bytes = envelope.to_bytes();
	let hash = store.put(&bytes).unwrap();
	let signature = sign_content_hash(signing_key, &hash);
	let (_, events) = node
		.execute(
			device,
			RuntimeCall::Records(pallet_records::Call::anchor {
				patient: patient.clone(),
				category: VITALS,
				content_hash: H256(hash),
				locator: bounded(store.locator(&hash).into_bytes()),
				size: bytes.len() as u64,
				envelope_version: ENVELOPE_VERSION,
				key_epoch: epoch,
				purpose: Purpose::Treatment,
				signature: Some(bounded(signature)),
				taken_at: carechain_e2e::unix_millis(),
			}),
		)
		.await;
	(anchored(&events), H256(hash))
}

/// The reader's side of `records.read`: the outcome event.
async fn read(node: &Node, reader: &sr25519::Pair, record_id: RecordId) -> RuntimeEvent {
	let (_, events) = node
		.execute(
			reader,
			RuntimeCall::Records(pallet_records::Call::read {
				record_id,
				purpose: Purpose::Treatment,
			}),
		)
		.await;
	events
		.into_iter()
		.find(|event| {
			matches!(
				event,
				RuntimeEvent::Records(
					pallet_records::Event::RecordReadGranted { .. }
						| pallet_records::Event::RecordReadDenied { .. }
				)
			)
		})
		.expect("a read outcome event")
}

async fn record_hash(node: &Node, record_id: RecordId, at: Option<Hash>) -> H256 {
	let key = pallet_records::Records::<Runtime>::hashed_key_for(record_id);
	node.storage::<pallet_records::RecordOf<Runtime>>(key, at)
		.await
		.expect("the record is on chain")
		.content_hash
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reading_travels_from_device_to_physician_under_consent_and_no_further() {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start_authoring(NodeConfig::dev_authority(dir.path())).await;
	let store = LocalDirStore::open(dir.path().join("blobs")).unwrap();

	let (sudo, hospital, physician, patient, device) = (
		dev_pair("Alice"),
		dev_pair("Bob"),
		dev_pair("Charlie"),
		dev_pair("Dave"),
		dev_pair("Ferdie"),
	);
	let patient_id = id_of(&patient);
	let physician_id = id_of(&physician);
	let device_id = id_of(&device);
	// Every key pair is made here, on the "clients"; only public halves go on-chain.
	let patient_key = generate_key(2048).unwrap();
	let physician_key = generate_key(2048).unwrap();
	let device_key = generate_key(2048).unwrap();
	let signing_key = generate_key(2048).unwrap();
	let (patient_public, physician_public, device_public) =
		(public_key_der(&patient_key), public_key_der(&physician_key), public_key_der(&device_key));

	// The cast: a hospital, its physician and the patient's device; the patient itself.
	node.execute(&sudo, admit_hospital(&hospital, RSA_2048_A)).await;
	node.execute(
		&patient,
		RuntimeCall::Registry(pallet_registry::Call::register_patient {
			encryption_key: bounded(patient_public.clone()),
			identifier_hash: None,
		}),
	)
	.await;
	node.execute(
		&hospital,
		RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::Registry(pallet_registry::Call::register_physician {
					physician: physician_id.clone(),
					encryption_key: bounded(physician_public.clone()),
				}),
				RuntimeCall::Registry(pallet_registry::Call::register_device {
					device: device_id.clone(),
					patient: patient_id.clone(),
					kind: carechain_primitives::registry::DeviceKind::Wearable,
					encryption_key: bounded(device_public.clone()),
					signing_key: bounded(public_key_der(&signing_key)),
				}),
			],
		}),
	)
	.await;

	// The patient's first vital-signs key, for itself and its device.
	let epoch_1 = random_key();
	let rotate = |epoch_key: &SymmetricKey| {
		RuntimeCall::Records(pallet_records::Call::rotate_category_key {
			patient: patient_id.clone(),
			category: VITALS,
			readers: vec![
				(patient_id.clone(), bounded(rsa_wrap(&patient_public, epoch_key).unwrap())),
				(device_id.clone(), bounded(rsa_wrap(&device_public, epoch_key).unwrap())),
			]
			.try_into()
			.unwrap(),
		})
	};
	node.execute(&patient, rotate(&epoch_1)).await;

	// The device, with the patient offline: its copy of the current key, from the chain.
	let device_copy = |epoch: KeyEpoch| {
		pallet_records::CategoryKeys::<Runtime>::hashed_key_for((
			&patient_id,
			VITALS,
			epoch,
			&device_id,
		))
	};
	let wrapped: Vec<u8> = node
		.storage::<pallet_records::WrappedKeyOf<Runtime>>(device_copy(1), None)
		.await
		.expect("the device's wrapped key")
		.into_inner();
	let device_epoch_1 = rsa_unwrap(&device_key, &wrapped).unwrap();
	assert_eq!(device_epoch_1, epoch_1);
	let first_reading = b"2026-11-21T17:00Z heart rate 72 bpm, SpO2 98 %".to_vec();
	let (first, first_hash) = device_records(
		&node,
		&device,
		&signing_key,
		&store,
		&patient_id,
		&patient_public,
		(1, &device_epoch_1),
		&first_reading,
	)
	.await;

	// The patient grants the physician reading of vital signs and shares the current key.
	let expires_at = node.best_number().await + 1_000;
	let (block, events) = node
		.execute(
			&patient,
			RuntimeCall::Utility(pallet_utility::Call::batch_all {
				calls: vec![
					RuntimeCall::Consent(pallet_consent::Call::grant {
						patient: patient_id.clone(),
						grantee: physician_id.clone(),
						scope: Scope::Only(vec![VITALS].try_into().unwrap()),
						permission: Permission::Read,
						purpose: Purpose::Treatment,
						starts_at: None,
						expires_at,
					}),
					RuntimeCall::Records(pallet_records::Call::share_category_key {
						patient: patient_id.clone(),
						category: VITALS,
						epoch: 1,
						reader: physician_id.clone(),
						wrapped_key: bounded(rsa_wrap(&physician_public, &epoch_1).unwrap()),
					}),
				],
			}),
		)
		.await;
	let grant_id = events
		.iter()
		.find_map(|event| match event {
			RuntimeEvent::Consent(pallet_consent::Event::ConsentGranted { grant_id, .. }) => {
				Some(*grant_id)
			},
			_ => None,
		})
		.expect("a ConsentGranted event");

	// The physician reads: the chain releases its wrapped key; it unwraps, fetches, checks the
	// hash against the chain, decrypts.
	let RuntimeEvent::Records(pallet_records::Event::RecordReadGranted {
		basis,
		key_epoch,
		wrapped_key: Some(wrapped),
		..
	}) = read(&node, &physician, first).await
	else {
		panic!("the physician's read is granted with a key");
	};
	assert_eq!((basis, key_epoch), (AccessBasis::Grant(grant_id), 1));
	let category_key = rsa_unwrap(&physician_key, &wrapped).unwrap();
	let anchored_hash = record_hash(&node, first, Some(block)).await;
	assert_eq!(anchored_hash, first_hash);
	let blob = store.get(anchored_hash.as_fixed_bytes()).unwrap();
	let envelope = envelope_for_hash(&blob, anchored_hash.as_fixed_bytes()).unwrap();
	let opener = Opener::Symmetric {
		key_id: category_key_id(&bytes32(&patient_id), VITALS, 1),
		key: &category_key,
	};
	assert_eq!(envelope.open(&opener).unwrap(), first_reading);
	// The patient reads its own copy with its own key.
	let as_patient = Opener::Rsa { account: bytes32(&patient_id), private_key: &patient_key };
	assert_eq!(envelope.open(&as_patient).unwrap(), first_reading);

	// The patient revokes, and rotates the key for itself and its device only.
	let epoch_2 = random_key();
	node.execute(
		&patient,
		RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::Consent(pallet_consent::Call::revoke {
					patient: patient_id.clone(),
					grant_id,
				}),
				rotate(&epoch_2),
			],
		}),
	)
	.await;

	// A later reading, under the new key: unreadable to the physician, on-chain and off.
	let wrapped: Vec<u8> = node
		.storage::<pallet_records::WrappedKeyOf<Runtime>>(device_copy(2), None)
		.await
		.expect("the device's new wrapped key")
		.into_inner();
	let device_epoch_2 = rsa_unwrap(&device_key, &wrapped).unwrap();
	let second_reading = b"2026-11-21T17:05Z heart rate 75 bpm, SpO2 97 %".to_vec();
	let (second, second_hash) = device_records(
		&node,
		&device,
		&signing_key,
		&store,
		&patient_id,
		&patient_public,
		(2, &device_epoch_2),
		&second_reading,
	)
	.await;
	assert_eq!(
		read(&node, &physician, second).await,
		RuntimeEvent::Records(pallet_records::Event::RecordReadDenied {
			record_id: second,
			reader: physician_id.clone(),
			reason: DenialReason::NoConsent,
		})
	);
	let later =
		envelope_for_hash(&store.get(second_hash.as_fixed_bytes()).unwrap(), &second_hash.0)
			.unwrap();
	assert_eq!(later.open(&opener), Err(CryptoError::NotARecipient));
	assert_eq!(later.open(&as_patient).unwrap(), second_reading);

	// A tampered blob is detected, by the store and by the hash check.
	let path = store.path_of(&second_hash.0);
	let mut altered = std::fs::read(&path).unwrap();
	let last = altered.len() - 1;
	altered[last] ^= 1;
	std::fs::write(&path, &altered).unwrap();
	assert!(matches!(store.get(&second_hash.0), Err(StoreError::HashMismatch)));
	assert_eq!(envelope_for_hash(&altered, &second_hash.0), Err(CryptoError::HashMismatch));
}
