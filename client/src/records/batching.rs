//! Batches: a gateway's or a high-rate device's readings, each sealed in its own envelope and
//! stored, anchored as one record of their Merkle root (`records.anchor_batch`); the batch's
//! manifest (the readings' content hashes, in order) stored beside them; a reading's proof of
//! membership, checked by the chain (`RecordsApi::verify_reading`); and a granted reader's
//! readings of a batch, each checked against the root. A patient in custody has its batches
//! sealed under one batch key, itself sealed in custody in the manifest
//! ([`carechain_crypto::custody_batch`]).

use carechain_crypto::{
	blob_store::{hash_of_cid, BlobStore},
	envelope::{sign_content_hash, Envelope, PrivateKey, CUSTODY_ENVELOPE_VERSION},
};
use carechain_primitives::{
	batch::{batch_digest, batch_proof, batch_root, BatchProof},
	Hash,
};
use subxt::{
	ext::codec::{DecodeAll, Encode},
	utils::{AccountId32, H256},
};

use super::{
	err,
	sealing::{publish_after, submit_anchoring, unix_millis, Sealer},
	DataCategory, Purpose, RecordInfo, WorkflowError,
};
use crate::{bounded, chain, storage::EnvelopeSource, Client, Signer};

/// A batch sealed: its readings' envelopes and its manifest stored, its root signed.
#[derive(Clone, Debug)]
pub struct SealedBatch {
	/// The Merkle root of the readings' content hashes.
	pub root: [u8; 32],
	/// The readings' content hashes (blake2b-256 of each envelope), in the batch's order.
	pub readings: Vec<[u8; 32]>,
	/// Where the store keeps the batch's manifest.
	pub manifest_locator: Vec<u8>,
	/// The manifest's size in bytes.
	pub manifest_size: u64,
	/// The envelopes' bytes, together.
	pub size: u64,
	/// Their format.
	pub envelope_version: u8,
	/// The device's RSA-PSS signature of the batch's digest (patient, category, root, size).
	pub signature: Vec<u8>,
}

/// The manifest of a batch as the store keeps it: the SCALE encoding of its readings' content
/// hashes, in order; for a custody batch, followed by its key envelope's bytes (the SCALE
/// encoding of the pair: the list, then the envelope as compact length and bytes). Anyone
/// checks the list against the anchored root.
pub fn encode_manifest(readings: &[[u8; 32]], key_envelope: Option<&[u8]>) -> Vec<u8> {
	match key_envelope {
		None => readings.to_vec().encode(),
		Some(key) => (readings.to_vec(), key.to_vec()).encode(),
	}
}

/// A batch's manifest, read back.
#[derive(Clone, Debug)]
pub struct Manifest {
	/// The readings' content hashes, in order, checked against the anchored root.
	pub readings: Vec<[u8; 32]>,
	/// A custody batch's key envelope (version 2): its record is the batch key, sealed for the
	/// patient and split among the custodians. `None` for a batch under a category key.
	pub key: Option<Envelope>,
}

/// Whether `envelope` can be a custody batch's key envelope: a custody envelope whose record is
/// 32 bytes (its ciphertext the key and AES-GCM's 16-byte tag). Custodians release shares of
/// nothing else for a batch, so no other record's envelope passes for a batch's key.
fn is_key_envelope(envelope: &Envelope) -> bool {
	envelope.version == CUSTODY_ENVELOPE_VERSION && envelope.ciphertext.len() == 32 + 16
}

/// The readings of a stored manifest, if it decodes, checked against the batch's `root` and
/// number of `readings` on chain, with its key envelope if the batch is in `custody` (its
/// record's envelope version is 2).
pub fn decode_manifest(
	bytes: &[u8],
	root: &[u8; 32],
	readings: u32,
	custody: bool,
) -> Result<Manifest, WorkflowError> {
	let malformed =
		|e: subxt::ext::codec::Error| err(format!("the batch's manifest does not decode: {e}"));
	let (hashes, key) = if custody {
		let (hashes, key) =
			<(Vec<[u8; 32]>, Vec<u8>)>::decode_all(&mut &bytes[..]).map_err(malformed)?;
		let key = Envelope::from_bytes(&key).ok().filter(is_key_envelope).ok_or_else(|| {
			err("the custody batch's key envelope is not one batch key in custody")
		})?;
		(hashes, Some(key))
	} else {
		(Vec::<[u8; 32]>::decode_all(&mut &bytes[..]).map_err(malformed)?, None)
	};
	if hashes.len() != readings as usize || root_of(&hashes) != *root {
		return Err(err("the batch's manifest does not match its anchored root"));
	}
	Ok(Manifest { readings: hashes, key })
}

/// The Merkle root of `readings` (`carechain_primitives::batch`).
pub fn root_of(readings: &[[u8; 32]]) -> [u8; 32] {
	batch_root(&leaves(readings)).0
}

/// The proof that reading `index` of `readings` is in their batch.
pub fn proof_of(readings: &[[u8; 32]], index: u32) -> Option<BatchProof> {
	batch_proof(&leaves(readings), index)
}

fn leaves(readings: &[[u8; 32]]) -> Vec<Hash> {
	readings.iter().map(|h| Hash::from(*h)).collect()
}

impl Sealer {
	/// Seals each of `readings` in its own envelope, stores them and the batch's manifest, and
	/// signs the batch's digest with `signing_key`. Under a category key, each envelope is
	/// sealed as [`Sealer::seal_only`] does; in custody, under a fresh batch key that the
	/// manifest carries sealed in custody (custodians release one set of shares per record, so a
	/// batch has one key for them to split: [`carechain_crypto::custody_batch`]).
	pub fn seal_batch(
		&self,
		signing_key: &PrivateKey,
		store: &impl BlobStore,
		readings: &[&[u8]],
	) -> Result<SealedBatch, WorkflowError> {
		if readings.is_empty() {
			return Err(err("a batch carries at least one reading"));
		}
		let count =
			u32::try_from(readings.len()).map_err(|_| err("a batch of more than 2^32 readings"))?;
		let key = self.batch_key()?;
		let (mut hashes, mut size, mut version) = (Vec::with_capacity(readings.len()), 0u64, 0);
		for reading in readings {
			let (envelope_version, hash, bytes) = match &key {
				Some(key) => {
					let bytes = key
						.seal(reading)
						.map_err(|e| err(format!("cannot seal the reading: {e:?}")))?
						.to_bytes();
					let hash = store
						.put(&bytes)
						.map_err(|e| err(format!("cannot store the envelope: {e:?}")))?;
					(CUSTODY_ENVELOPE_VERSION, hash, bytes.len() as u64)
				},
				None => self.seal_envelope(store, reading)?,
			};
			hashes.push(hash);
			size = size.saturating_add(bytes);
			version = envelope_version;
		}
		let manifest_bytes =
			encode_manifest(&hashes, key.as_ref().map(|k| k.envelope().to_bytes()).as_deref());
		let manifest = store
			.put(&manifest_bytes)
			.map_err(|e| err(format!("cannot store the batch's manifest: {e:?}")))?;
		let root = root_of(&hashes);
		let digest = batch_digest(&self.patient().0, crate::same_as(self.category()), &root, count);
		Ok(SealedBatch {
			root,
			readings: hashes,
			manifest_locator: store.locator(&manifest).into_bytes(),
			manifest_size: manifest_bytes.len() as u64,
			size,
			envelope_version: version,
			signature: sign_content_hash(signing_key, &digest),
		})
	}

	/// The `records.anchor_batch` call of `batch`, its readings taken by `taken_at` (ms since
	/// the Unix epoch).
	pub fn anchor_batch_call(&self, batch: &SealedBatch, taken_at: u64) -> impl subxt::tx::Payload {
		chain::transactions().records().anchor_batch(
			*self.patient(),
			self.category().clone(),
			H256(batch.root),
			batch.readings.len() as u32,
			bounded(batch.manifest_locator.clone()),
			batch.size,
			batch.envelope_version,
			self.epoch(),
			Purpose::Treatment,
			Some(bounded(batch.signature.clone())),
			taken_at,
		)
	}
}

/// A batch sealed, stored and anchored.
#[derive(Clone, Debug)]
pub struct AnchoredBatch {
	/// The record's id on chain.
	pub record_id: u64,
	/// The batch's root.
	pub root: [u8; 32],
	/// Its readings' content hashes, in order.
	pub readings: Vec<[u8; 32]>,
}

/// The device's (or gateway's) side: [`Sealer::fetch`], [`Sealer::seal_batch`], then anchors
/// the batch and waits until the anchor is in a block; fails, with consent's reason, if the
/// chain refused it, and before anchoring if the batch is larger than the chain takes (before
/// sealing anything if its readings alone are).
#[allow(clippy::too_many_arguments)]
pub async fn seal_and_anchor_batch(
	api: &Client,
	device: &Signer,
	device_key: &PrivateKey,
	signing_key: &PrivateKey,
	patient: &AccountId32,
	category: DataCategory,
	store: &impl BlobStore,
	readings: &[&[u8]],
) -> Result<AnchoredBatch, WorkflowError> {
	let at = api.at_finalized().await.map_err(err)?;
	let most = at
		.constants()
		.entry(chain::constants().records().max_batch_readings())
		.map_err(|e| err(format!("a runtime constant: {e}")))?;
	if readings.len() > most as usize {
		return Err(err(format!(
			"a batch of {} readings: the chain takes at most {most} in one",
			readings.len()
		)));
	}
	// The manifest (32 bytes a reading, and a custody batch's key envelope) is published as
	// one envelope: it must fit one.
	let longest = if store.publishes() {
		let longest = at
			.constants()
			.entry(chain::constants().envelopes().max_envelope_length())
			.map_err(|e| err(format!("a runtime constant: {e}")))?;
		manifest_fits(encode_manifest(&vec![[0u8; 32]; readings.len()], None).len(), longest)?;
		Some(longest)
	} else {
		None
	};
	let device_id = device.public_key().to_account_id();
	let sealer = Sealer::fetch(api, &device_id, device_key, patient, category).await?;
	let batch = sealer.seal_batch(signing_key, store, readings)?;
	if let Some(longest) = longest {
		manifest_fits(batch.manifest_size as usize, longest)?;
	}
	let call = sealer.anchor_batch_call(&batch, unix_millis());
	let manifest = locator_hash(&batch.manifest_locator)?;
	let anchored: chain::records::events::BatchAnchored =
		submit_anchoring(api, device, &call, "batch").await?;
	let mut envelopes: Vec<_> = (0..batch.readings.len() as u32)
		.map(|i| (batch.readings[i as usize], proof_of(&batch.readings, i)))
		.collect();
	envelopes.push((manifest, None));
	publish_after(api, device, store, anchored.record_id, &envelopes).await?;
	Ok(AnchoredBatch { record_id: anchored.record_id, root: batch.root, readings: batch.readings })
}

/// Refuses a manifest of `size` bytes if the storage network takes envelopes of at most
/// `longest`.
fn manifest_fits(size: usize, longest: u32) -> Result<(), WorkflowError> {
	if size > longest as usize {
		return Err(err(format!(
			"a batch whose manifest is {size} bytes: the storage network takes envelopes of at \
			 most {longest} (about {} readings a batch, fewer in custody)",
			(longest as usize).saturating_sub(4) / 32
		)));
	}
	Ok(())
}

/// The number of readings of record `record_id` if it is a batch, at the finalized block.
pub async fn batch_readings(api: &Client, record_id: u64) -> Result<Option<u32>, WorkflowError> {
	let at = api.at_finalized().await.map_err(err)?;
	at.runtime_apis()
		.call(chain::runtime_apis().records_api().batch_readings(record_id))
		.await
		.map_err(|e| err(e.to_string()))
}

/// Whether the chain accepts `proof` that `reading` (an envelope's content hash) is one of
/// record `record_id`'s readings, at the best block.
pub async fn verify_reading(
	api: &Client,
	record_id: u64,
	reading: [u8; 32],
	proof: &BatchProof,
) -> Result<bool, WorkflowError> {
	let at = api.at_finalized().await.map_err(err)?;
	let proof = chain::runtime_types::carechain_primitives::batch::BatchProof {
		index: proof.index,
		siblings: proof.siblings.iter().map(|h| H256(h.0)).collect(),
	};
	at.runtime_apis()
		.call(chain::runtime_apis().records_api().verify_reading(record_id, H256(reading), proof))
		.await
		.map_err(|e| err(e.to_string()))
}

/// One reading of a record proven: its content hash, its proof, and the chain's answer.
#[derive(Clone, Debug)]
pub struct ProvenReading {
	/// The reading's content hash (blake2b-256 of its envelope).
	pub reading: [u8; 32],
	/// How many readings the record holds (1 for a record of one reading).
	pub readings: u32,
	/// Its proof against the record's root.
	pub proof: BatchProof,
	/// Whether the chain's `RecordsApi::verify_reading` accepted it.
	pub verified: bool,
}

/// Proves reading `index` of record `record_id`: for a batch, its content hash from the batch's
/// manifest in `store` (checked against the anchored root) and its sibling hashes; for a record
/// of one reading, its own hash (index 0). The chain checks the proof at the best block.
pub async fn prove_reading(
	api: &Client,
	store: &impl EnvelopeSource,
	record_id: u64,
	index: u32,
) -> Result<ProvenReading, WorkflowError> {
	let at = api.at_finalized().await.map_err(err)?;
	let record = at
		.runtime_apis()
		.call(chain::runtime_apis().records_api().record(record_id))
		.await
		.map_err(|e| err(e.to_string()))?
		.ok_or_else(|| err(format!("no record {record_id}")))?;
	let (reading, readings, proof) = match batch_readings(api, record_id).await? {
		Some(count) => {
			let hashes = manifest_of(store, &record, count).await?.readings;
			let proof = proof_of(&hashes, index).ok_or_else(|| {
				err(format!(
					"record {record_id} is a batch of {count} readings: no reading {index}"
				))
			})?;
			(hashes[index as usize], count, proof)
		},
		None if index == 0 => {
			(record.content_hash.0, 1, BatchProof { index: 0, siblings: Vec::new() })
		},
		None => return Err(err(format!("record {record_id} is one reading: no reading {index}"))),
	};
	let verified = verify_reading(api, record_id, reading, &proof).await?;
	Ok(ProvenReading { reading, readings, proof, verified })
}

/// The content hash of the blob a locator names: `carechain-blob:<hex>` (a local store) or
/// `ipfs://<cid>` (the hospitals' storage network).
pub fn locator_hash(locator: &[u8]) -> Result<[u8; 32], WorkflowError> {
	let text = std::str::from_utf8(locator).map_err(|_| err("a locator that is not text"))?;
	if let Some(cid) = text.strip_prefix("ipfs://") {
		return hash_of_cid(cid)
			.ok_or_else(|| err(format!("not a CID of the storage network: {text}")));
	}
	let hex = text
		.strip_prefix("carechain-blob:")
		.ok_or_else(|| err(format!("not a locator of this store: {text}")))?;
	let bytes =
		hex::decode(hex).map_err(|_| err(format!("a locator's hash is not hex: {text}")))?;
	bytes.try_into().map_err(|_| err(format!("a locator's hash is not 32 bytes: {text}")))
}

/// The manifest of `record`, a batch of `readings` readings, from `store` at the record's
/// locator: checked against its anchored root and number of readings, with its key envelope if
/// the record is in custody (envelope version 2).
pub async fn manifest_of(
	store: &impl EnvelopeSource,
	record: &RecordInfo,
	readings: u32,
) -> Result<Manifest, WorkflowError> {
	let bytes = store.fetch(&locator_hash(&record.locator.0)?).await.map_err(|e| {
		err(format!("the batch's manifest is not in the store or was altered: {e:?}"))
	})?;
	let custody = record.envelope_version == CUSTODY_ENVELOPE_VERSION;
	decode_manifest(&bytes, &record.content_hash.0, readings, custody)
}

#[cfg(test)]
mod tests {
	use super::*;
	use carechain_crypto::envelope::ENVELOPE_VERSION;

	fn hashes(n: u8) -> Vec<[u8; 32]> {
		(0..n).map(|i| [i; 32]).collect()
	}

	#[test]
	fn a_manifest_reads_back_only_against_its_root_and_size() {
		let readings = hashes(5);
		let root = root_of(&readings);
		let bytes = encode_manifest(&readings, None);
		assert_eq!(decode_manifest(&bytes, &root, 5, false).unwrap().readings, readings);
		assert!(decode_manifest(&bytes, &root, 5, false).unwrap().key.is_none());
		assert!(decode_manifest(&bytes, &root, 4, false).is_err());
		assert!(decode_manifest(&bytes, &[0; 32], 5, false).is_err());
		let mut swapped = readings.clone();
		swapped.swap(0, 1);
		assert!(decode_manifest(&encode_manifest(&swapped, None), &root, 5, false).is_err());
		assert!(decode_manifest(&bytes[..bytes.len() - 1], &root, 5, false).is_err());
		// A manifest without a key envelope is no custody batch's.
		assert!(decode_manifest(&bytes, &root, 5, true).is_err());
	}

	#[test]
	fn a_custody_manifest_carries_its_key_envelope_and_nothing_else_passes_for_one() {
		let readings = hashes(3);
		let root = root_of(&readings);
		let custody = Envelope {
			version: CUSTODY_ENVELOPE_VERSION,
			aead: carechain_crypto::envelope::AeadAlgorithm::Aes256Gcm,
			nonce: [1; 12],
			ciphertext: vec![2; 48],
			keys: Vec::new(),
		};
		// A custody envelope of another size (a single record's) is no batch's key either.
		let record = Envelope { ciphertext: vec![2; 49], ..custody.clone() };
		assert!(decode_manifest(
			&encode_manifest(&readings, Some(&record.to_bytes())),
			&root,
			3,
			true
		)
		.is_err());
		let bytes = encode_manifest(&readings, Some(&custody.to_bytes()));
		let manifest = decode_manifest(&bytes, &root, 3, true).unwrap();
		assert_eq!((manifest.readings, manifest.key), (readings.clone(), Some(custody.clone())));
		// Read as a category-key batch's, or against another root, it is refused.
		assert!(decode_manifest(&bytes, &root, 3, false).is_err());
		assert!(decode_manifest(&bytes, &[0; 32], 3, true).is_err());
		// A version 1 envelope, or bytes that are no envelope, are no key envelope.
		let version_1 = Envelope { version: ENVELOPE_VERSION, ..custody };
		for key in [version_1.to_bytes(), vec![2, 1, 0]] {
			assert!(
				decode_manifest(&encode_manifest(&readings, Some(&key)), &root, 3, true).is_err()
			);
		}
	}

	#[test]
	fn proofs_of_a_manifest_verify_against_its_root() {
		let readings = hashes(9);
		let root = Hash::from(root_of(&readings));
		for i in 0..9u32 {
			let proof = proof_of(&readings, i).unwrap();
			assert!(carechain_primitives::batch::verify_batch_proof(
				root,
				9,
				Hash::from(readings[i as usize]),
				&proof
			));
		}
		assert_eq!(proof_of(&readings, 9), None);
	}

	#[test]
	fn a_locator_names_its_hash_or_is_refused() {
		let hash = [0xab; 32];
		let locator = format!("carechain-blob:{}", hex::encode(hash));
		assert_eq!(locator_hash(locator.as_bytes()).unwrap(), hash);
		assert!(locator_hash(b"ipfs://bafy").is_err());
		assert!(locator_hash(b"carechain-blob:zz").is_err());
		assert!(locator_hash(b"carechain-blob:abab").is_err());
		assert!(locator_hash(&[0xff, 0xfe]).is_err());
	}
}
