//! The envelopes pallet's unit tests, on the testing kit: `store`'s success (a reading, a batch's
//! reading and its manifest) and each of its error branches, against the real registry and
//! records, with the transaction index the node would apply.

use crate::{mock::*, *};
use carechain_testing::{cast::*, helpers, pallet_registry};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::traits::BadOrigin;
use sp_state_machine::IndexOperation;

type System = frame_system::Pallet<Test>;

fn envelope(bytes: &[u8]) -> EnvelopeOf<Test> {
	bytes.to_vec().try_into().unwrap()
}

fn proof(proof: &BatchProof) -> ReadingProof {
	ReadingProof { index: proof.index, siblings: proof.siblings.clone().try_into().unwrap() }
}

/// Notes, as the executive does before applying it, a transaction carrying `bytes` followed by
/// `trailer`: what `store` compares its envelope with.
fn note_transaction(bytes: &[u8], trailer: &[u8]) {
	let mut encoded = (b"signature and extensions", [14u8, 0], bytes.to_vec()).encode();
	encoded.extend_from_slice(trailer);
	System::note_extrinsic(encoded);
}

/// `who` stores `bytes` as an envelope of `record_id` (with `reading`'s proof), in a transaction
/// that ends with them.
fn store(
	who: u64,
	record_id: RecordId,
	reading: Option<&BatchProof>,
	bytes: &[u8],
) -> DispatchResult {
	note_transaction(bytes, b"");
	publish(who, record_id, reading, bytes)
}

/// The call itself, in whatever transaction was noted last (for `assert_noop!`, which must see
/// only the call).
fn publish(
	who: u64,
	record_id: RecordId,
	reading: Option<&BatchProof>,
	bytes: &[u8],
) -> DispatchResult {
	Envelopes::store(RuntimeOrigin::signed(who), record_id, reading.map(proof), envelope(bytes))
}

/// `test` run in the kit's externalities (integrity tests first, every pallet's invariants
/// after); returns the transaction-index operations it left for the node.
fn index_ops_of(test: impl FnOnce()) -> Vec<IndexOperation> {
	let mut ext = ExtBuilder::default().build();
	ext.execute_with(|| {
		<AllPalletsWithSystem as frame_support::traits::IntegrityTest>::integrity_test();
		System::set_block_number(1);
		test();
		carechain_testing::check_invariants::<Test>();
	});
	ext.overlayed_changes().transaction_index_ops().to_vec()
}

/// The hashes the node was asked to index, in order.
fn indexed(ops: &[IndexOperation]) -> Vec<[u8; 32]> {
	ops.iter()
		.map(|op| match op {
			IndexOperation::Insert { hash, .. } => hash.clone().try_into().unwrap(),
			other => panic!("not an insertion: {other:?}"),
		})
		.collect()
}

#[test]
fn a_device_publishes_its_readings_envelope_and_the_node_indexes_exactly_its_bytes() {
	let mut sealed = None;
	let ops = index_ops_of(|| {
		let (record_id, reading) = helpers::anchor_reading::<Test>(b"heart rate 72");
		System::set_extrinsic_index(3);
		assert_ok!(store(DEVICE, record_id, None, &reading.envelope));
		System::assert_last_event(
			Event::EnvelopeStored {
				who: DEVICE,
				record_id,
				content_hash: reading.content_hash,
				length: reading.envelope.len() as u32,
			}
			.into(),
		);
		sealed = Some(reading);
	});
	let sealed = sealed.unwrap();
	assert!(
		matches!(
			&ops[..],
			[IndexOperation::Insert { extrinsic: 3, hash, size }]
				if hash[..] == sealed.content_hash[..] && *size as usize == sealed.envelope.len()
		),
		"{ops:?}"
	);
}

#[test]
fn a_gateway_publishes_each_reading_of_its_batch_and_the_manifest() {
	let mut expected = Vec::new();
	let ops = index_ops_of(|| {
		let batch = helpers::anchor_batch::<Test>(&[b"one", b"two", b"three"]);
		for (bytes, reading) in batch.envelopes.iter().zip(&batch.proofs) {
			assert_ok!(store(DEVICE, batch.record_id, Some(reading), bytes));
			expected.push(sp_io::hashing::blake2_256(bytes));
		}
		assert_ok!(store(DEVICE, batch.record_id, None, &batch.manifest));
		expected.push(sp_io::hashing::blake2_256(&batch.manifest));
		// A reading at another index's proof, or without its proof, is not the batch's.
		{
			let args = (DEVICE, batch.record_id, Some(&batch.proofs[0]), &batch.envelopes[1]);
			note_transaction(args.3, b"");
			assert_noop!(
				publish(args.0, args.1, args.2, args.3),
				Error::<Test>::NotTheRecordsEnvelope
			);
		}
		{
			let args = (DEVICE, batch.record_id, None, &batch.envelopes[0]);
			note_transaction(args.3, b"");
			assert_noop!(
				publish(args.0, args.1, args.2, args.3),
				Error::<Test>::NotTheRecordsEnvelope
			);
		}
	});
	assert_eq!(indexed(&ops), expected);
}

#[test]
fn only_the_records_author_publishes_and_only_its_envelope() {
	let ops = index_ops_of(|| {
		let (record_id, reading) = helpers::anchor_reading::<Test>(b"heart rate 72");
		for who in [HOSPITAL, PHYSICIAN, PATIENT] {
			{
				let args = (who, record_id, None, &reading.envelope);
				note_transaction(args.3, b"");
				assert_noop!(publish(args.0, args.1, args.2, args.3), Error::<Test>::NotTheAuthor);
			}
		}
		{
			let args = (DEVICE, record_id, None, b"any bytes the device likes");
			note_transaction(args.3, b"");
			assert_noop!(
				publish(args.0, args.1, args.2, args.3),
				Error::<Test>::NotTheRecordsEnvelope
			);
		}
		let (_, proofs) = (0, helpers::anchor_batch::<Test>(&[b"a", b"b"]).proofs);
		{
			let args = (DEVICE, record_id, Some(&proofs[0]), &reading.envelope);
			note_transaction(args.3, b"");
			assert_noop!(
				publish(args.0, args.1, args.2, args.3),
				Error::<Test>::NotTheRecordsEnvelope
			);
		}
		{
			let args = (DEVICE, record_id + 100, None, &reading.envelope);
			note_transaction(args.3, b"");
			assert_noop!(publish(args.0, args.1, args.2, args.3), Error::<Test>::NoSuchRecord);
		}
	});
	assert!(ops.is_empty());
}

#[test]
fn an_unsigned_or_root_origin_is_refused() {
	let ops = index_ops_of(|| {
		let (record_id, reading) = helpers::anchor_reading::<Test>(b"heart rate 72");
		note_transaction(&reading.envelope, b"");
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Envelopes::store(origin, record_id, None, envelope(&reading.envelope)),
				BadOrigin
			);
		}
	});
	assert!(ops.is_empty());
}

#[test]
fn an_unregistered_or_suspended_caller_publishes_nothing() {
	let ops = index_ops_of(|| {
		let (record_id, reading) = helpers::anchor_reading::<Test>(b"heart rate 72");
		{
			let args = (NOBODY, record_id, None, &reading.envelope);
			note_transaction(args.3, b"");
			assert_noop!(publish(args.0, args.1, args.2, args.3), Error::<Test>::NotActive);
		}
		assert_ok!(pallet_registry::Pallet::<Test>::suspend(RuntimeOrigin::root(), DEVICE));
		{
			let args = (DEVICE, record_id, None, &reading.envelope);
			note_transaction(args.3, b"");
			assert_noop!(publish(args.0, args.1, args.2, args.3), Error::<Test>::NotActive);
		}
	});
	assert!(ops.is_empty());
}

#[test]
fn an_empty_envelope_is_refused() {
	let ops = index_ops_of(|| {
		let (record_id, _) = helpers::anchor_reading::<Test>(b"heart rate 72");
		{
			let args = (DEVICE, record_id, None, b"");
			note_transaction(args.3, b"");
			assert_noop!(publish(args.0, args.1, args.2, args.3), Error::<Test>::EmptyEnvelope);
		}
	});
	assert!(ops.is_empty());
}

#[test]
fn the_longest_envelope_fits_and_a_longer_one_does_not_decode() {
	assert!(EnvelopeOf::<Test>::try_from(vec![7u8; MAX_ENVELOPE as usize]).is_ok());
	assert!(EnvelopeOf::<Test>::try_from(vec![7u8; MAX_ENVELOPE as usize + 1]).is_err());
	let too_long = (0u8, 0u64, None::<ReadingProof>, vec![7u8; MAX_ENVELOPE as usize + 1]);
	assert!(<Call<Test> as codec::Decode>::decode(&mut &too_long.encode()[..]).is_err());
	let too_deep = (0u8, 0u64, Some((0u32, vec![H256::zero(); 33])), vec![7u8]);
	assert!(<Call<Test> as codec::Decode>::decode(&mut &too_deep.encode()[..]).is_err());
}

/// The attack: `batch_all([store(envelope), remark(garbage)])` would have the nodes keep the
/// garbage under the envelope's hash (a node keeps the first bytes stored under a hash), and
/// serve it in place of the real envelope.
#[test]
fn an_envelope_followed_by_other_bytes_is_refused_so_no_one_can_poison_a_hash() {
	let ops = index_ops_of(|| {
		let (record_id, reading) = helpers::anchor_reading::<Test>(b"heart rate 72");
		note_transaction(&reading.envelope, b"garbage");
		let call = || envelope(&reading.envelope);
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(DEVICE), record_id, None, call()),
			Error::<Test>::EnvelopeNotLast
		);
		// A transaction shorter than the envelope, or none noted at all.
		System::note_extrinsic(vec![1, 2, 3]);
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(DEVICE), record_id, None, call()),
			Error::<Test>::EnvelopeNotLast
		);
		System::set_extrinsic_index(9);
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(DEVICE), record_id, None, call()),
			Error::<Test>::EnvelopeNotLast
		);
	});
	assert!(ops.is_empty());
}
