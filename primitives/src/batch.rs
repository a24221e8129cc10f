//! Batched anchoring: one signed anchor for many sealed readings.
//!
//! A gateway or a high-rate device seals each reading in its own envelope, as for a single
//! anchor, and anchors the **Merkle root** of the readings' content hashes (blake2b-256 of each
//! envelope) with one signature and one record. Each reading stays individually checkable: its
//! content hash, its index in the batch and the sibling hashes on its way up (a [`BatchProof`])
//! lead to the root the chain keeps.
//!
//! The tree is `binary-merkle-tree`'s (the one polkadot-sdk's bridges and BEEFY use), with
//! blake2b-256 for leaves and nodes: each leaf is the hash of a reading's 32-byte content hash,
//! each inner node the hash of its two children's 64 bytes, and the last node of an odd row is
//! promoted. Leaves and nodes hash inputs of different lengths, so no inner node passes for a
//! reading; and a proof is accepted only at the exact length its index and the batch's size
//! require ([`proof_length`]).

use alloc::vec::Vec;
use codec::Encode;
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

use crate::consent::DataCategory;

/// A batch's readings, each the content hash of its envelope, in the batch's order.
pub type Leaves = [H256];

/// The Merkle root of a batch of readings. `H256::zero()` for none (no batch is empty on chain).
pub fn batch_root(readings: &Leaves) -> H256 {
	binary_merkle_tree::merkle_root::<BlakeTwo256, _>(readings.iter().map(|h| h.as_bytes()))
}

/// A reading's proof of membership in its batch: its position and the sibling hashes from its
/// leaf up to the root.
#[derive(Clone, PartialEq, Eq, Debug, Encode, codec::Decode, scale_info::TypeInfo)]
pub struct BatchProof {
	/// The reading's index in the batch (0-based).
	pub index: u32,
	/// The sibling hashes, leaf level first; as many as [`proof_length`] says.
	pub siblings: Vec<H256>,
}

/// The proof that reading `index` of `readings` is in their batch; `None` if there is no such
/// reading.
pub fn batch_proof(readings: &Leaves, index: u32) -> Option<BatchProof> {
	if usize::try_from(index).map_or(true, |i| i >= readings.len()) {
		return None;
	}
	let proof = binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(
		readings.iter().map(|h| h.as_bytes()),
		index,
	);
	Some(BatchProof { index, siblings: proof.proof })
}

/// How many sibling hashes prove reading `index` of a batch of `readings`: one a level, except
/// where the reading's node is promoted, alone at the end of an odd row. `None` if there is no
/// such reading.
pub fn proof_length(readings: u32, index: u32) -> Option<usize> {
	if index >= readings {
		return None;
	}
	let (mut position, mut width, mut length) = (index, readings, 0usize);
	while width > 1 {
		if position ^ 1 < width {
			length += 1;
		}
		position /= 2;
		width = width.div_ceil(2);
	}
	Some(length)
}

/// Whether `reading` (an envelope's content hash) is reading `proof.index` of the batch of
/// `readings` whose root is `root`. False for an index out of the batch or a proof of any other
/// length than the index requires.
pub fn verify_batch_proof(root: H256, readings: u32, reading: H256, proof: &BatchProof) -> bool {
	if proof_length(readings, proof.index) != Some(proof.siblings.len()) {
		return false;
	}
	binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
		&root,
		proof.siblings.iter().copied(),
		readings,
		proof.index,
		&reading.as_bytes(),
	)
}

/// What a device signs when it anchors a batch: blake2b-256 of
/// `b"carechain/anchor-batch/v1" ++ patient ++ SCALE(category) ++ root ++ readings (u32
/// little-endian)`. The patient, the category and the batch's size are bound with the root, so
/// the signature is good for this batch of this patient's category only, and no one can
/// present the root with another size (which would make other proofs pass).
pub fn batch_digest(
	patient: &[u8],
	category: DataCategory,
	root: &[u8; 32],
	readings: u32,
) -> [u8; 32] {
	let mut preimage = b"carechain/anchor-batch/v1".to_vec();
	preimage.extend_from_slice(patient);
	preimage.extend(category.encode());
	preimage.extend_from_slice(root);
	preimage.extend(readings.to_le_bytes());
	crate::record_signature::content_hash(&preimage)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn readings(n: u32) -> Vec<H256> {
		(0..n).map(|i| H256(crate::record_signature::content_hash(&i.to_le_bytes()))).collect()
	}

	#[test]
	fn every_reading_of_batches_of_one_to_seventy_proves_and_nothing_else_does() {
		for n in 1..=70u32 {
			let leaves = readings(n);
			let root = batch_root(&leaves);
			for i in 0..n {
				let proof = batch_proof(&leaves, i).unwrap();
				assert_eq!(Some(proof.siblings.len()), proof_length(n, i), "n {n} i {i}");
				assert!(verify_batch_proof(root, n, leaves[i as usize], &proof), "n {n} i {i}");
				// Another reading, another index, another root: refused. (Another size may pass
				// where the tree has the same shape: the chain keeps the size with the root.)
				let other = H256::repeat_byte(0xee);
				assert!(!verify_batch_proof(root, n, other, &proof));
				if n > 1 {
					let moved = BatchProof { index: (i + 1) % n, ..proof.clone() };
					assert!(
						!verify_batch_proof(root, n, leaves[i as usize], &moved),
						"n {n} i {i}"
					);
				}
				assert!(!verify_batch_proof(H256::zero(), n, leaves[i as usize], &proof));
				// A sibling changed, one dropped, one added: refused.
				for s in 0..proof.siblings.len() {
					let mut tampered = proof.clone();
					tampered.siblings[s].0[0] ^= 1;
					assert!(!verify_batch_proof(root, n, leaves[i as usize], &tampered));
				}
				let mut shorter = proof.clone();
				if shorter.siblings.pop().is_some() {
					assert!(!verify_batch_proof(root, n, leaves[i as usize], &shorter));
				}
				let mut longer = proof.clone();
				longer.siblings.push(root);
				assert!(!verify_batch_proof(root, n, leaves[i as usize], &longer));
			}
			assert_eq!(batch_proof(&leaves, n), None);
			assert_eq!(proof_length(n, n), None);
		}
	}

	#[test]
	fn an_inner_node_does_not_pass_for_a_reading() {
		let leaves = readings(4);
		let root = batch_root(&leaves);
		// The node over readings 0 and 1, with reading 2's and 3's node as its sibling: a proof
		// of the right shape for index 0 of a batch of two.
		let node = |a: H256, b: H256| {
			let mut both = a.as_bytes().to_vec();
			both.extend_from_slice(b.as_bytes());
			H256(crate::record_signature::content_hash(&both))
		};
		let leaf = |h: H256| H256(crate::record_signature::content_hash(h.as_bytes()));
		let n01 = node(leaf(leaves[0]), leaf(leaves[1]));
		let n23 = node(leaf(leaves[2]), leaf(leaves[3]));
		assert_eq!(node(n01, n23), root, "the tree is as the module says");
		let short = BatchProof { index: 0, siblings: vec![n23] };
		assert!(!verify_batch_proof(root, 4, n01, &short));
		assert!(!verify_batch_proof(root, 2, n01, &short), "a leaf is hashed before it is paired");
	}

	#[test]
	fn the_digest_binds_patient_category_root_and_size() {
		let root = [1u8; 32];
		let base = batch_digest(&[7; 32], DataCategory::VitalSigns, &root, 10);
		assert_ne!(base, batch_digest(&[8; 32], DataCategory::VitalSigns, &root, 10));
		assert_ne!(base, batch_digest(&[7; 32], DataCategory::LabResults, &root, 10));
		assert_ne!(base, batch_digest(&[7; 32], DataCategory::VitalSigns, &[2; 32], 10));
		assert_ne!(base, batch_digest(&[7; 32], DataCategory::VitalSigns, &root, 11));
		assert_ne!(base, crate::records::anchor_digest(&[7; 32], DataCategory::VitalSigns, &root));
	}

	#[test]
	fn the_fixed_batch_signatures_sign_the_fixed_batch() {
		use crate::{record_signature::verify_content_signature, testing::keys::*};
		let cases: [(&[u8], [(&[u8], &[u8]); 2]); 2] = [
			(
				&BATCH_PATIENT,
				[
					(DEVICE_2048, DEVICE_2048_BATCH_SIGNATURE),
					(DEVICE_4096, DEVICE_4096_BATCH_SIGNATURE),
				],
			),
			(
				&BATCH_PATIENT_U64,
				[
					(DEVICE_2048, DEVICE_2048_BATCH_SIGNATURE_U64),
					(DEVICE_4096, DEVICE_4096_BATCH_SIGNATURE_U64),
				],
			),
		];
		for (patient, signatures) in cases {
			let digest =
				batch_digest(patient, DataCategory::VitalSigns, &BATCH_ROOT, BATCH_READINGS);
			for (key, signature) in signatures {
				assert_eq!(verify_content_signature(key, &digest, signature, 2048), Ok(()));
			}
			let other =
				batch_digest(patient, DataCategory::VitalSigns, &BATCH_ROOT, BATCH_READINGS + 1);
			assert!(verify_content_signature(DEVICE_2048, &other, signatures[0].1, 2048).is_err());
		}
	}
}
