//! The envelopes pallet's unit tests, on the testing kit: `store`'s success and each of its
//! error branches, against the real registry, with the transaction index the node would apply.

use crate::{mock::*, *};
use carechain_testing::{cast::*, pallet_registry};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::traits::BadOrigin;
use sp_state_machine::IndexOperation;

type System = frame_system::Pallet<Test>;

fn envelope(bytes: &[u8]) -> EnvelopeOf<Test> {
	bytes.to_vec().try_into().unwrap()
}

/// Notes, as the executive does before applying it, a transaction of `who` calling
/// `store(bytes)` followed by `trailer`; returns the call.
fn note_transaction(bytes: &[u8], trailer: &[u8]) -> RuntimeCall {
	let call = RuntimeCall::Envelopes(Call::store { envelope: envelope(bytes) });
	let mut encoded = (b"signature and extensions", &call).encode();
	encoded.extend_from_slice(trailer);
	System::note_extrinsic(encoded);
	call
}

/// `test` run in the kit's externalities (every pallet's invariants checked after it); returns
/// the transaction-index operations it left for the node.
fn index_ops_of(test: impl FnOnce()) -> Vec<IndexOperation> {
	let mut ext = ExtBuilder::default().build();
	ext.execute_with(|| {
		<AllPalletsWithSystem as frame_support::traits::IntegrityTest>::integrity_test();
		test();
		carechain_testing::check_invariants::<Test>();
	});
	ext.overlayed_changes().transaction_index_ops().to_vec()
}

#[test]
fn an_active_participant_stores_an_envelope_and_the_node_indexes_exactly_its_bytes() {
	let bytes = b"an envelope's ciphertext";
	let ops = index_ops_of(|| {
		System::set_block_number(1);
		System::set_extrinsic_index(3);
		note_transaction(bytes, b"");
		assert_ok!(Envelopes::store(RuntimeOrigin::signed(DEVICE), envelope(bytes)));
		System::assert_last_event(
			Event::EnvelopeStored {
				who: DEVICE,
				content_hash: H256(sp_io::hashing::blake2_256(bytes)),
				length: bytes.len() as u32,
			}
			.into(),
		);
	});
	let expected_hash = sp_io::hashing::blake2_256(bytes).to_vec();
	assert!(
		matches!(
			&ops[..],
			[IndexOperation::Insert { extrinsic: 3, hash, size }]
				if *hash == expected_hash && *size as usize == bytes.len()
		),
		"{ops:?}"
	);
}

#[test]
fn every_role_may_store_and_the_longest_envelope_fits() {
	let longest = vec![7u8; MAX_ENVELOPE as usize];
	let ops = index_ops_of(|| {
		System::set_block_number(1);
		for who in [HOSPITAL, PHYSICIAN, PATIENT, GUARDIAN, DEVICE] {
			note_transaction(&longest, b"");
			assert_ok!(Envelopes::store(RuntimeOrigin::signed(who), envelope(&longest)));
		}
	});
	assert_eq!(ops.len(), 5);
	assert!(EnvelopeOf::<Test>::try_from(vec![7u8; MAX_ENVELOPE as usize + 1]).is_err());
	// A call with a longer envelope does not even decode: it never reaches the pallet.
	let too_long = (0u8, vec![7u8; MAX_ENVELOPE as usize + 1]);
	assert!(<Call<Test> as codec::Decode>::decode(&mut &too_long.encode()[..]).is_err());
}

#[test]
fn an_unsigned_or_root_origin_is_refused() {
	let ops = index_ops_of(|| {
		note_transaction(b"x", b"");
		assert_noop!(Envelopes::store(RuntimeOrigin::none(), envelope(b"x")), BadOrigin);
		assert_noop!(Envelopes::store(RuntimeOrigin::root(), envelope(b"x")), BadOrigin);
	});
	assert!(ops.is_empty());
}

#[test]
fn an_unregistered_account_cannot_make_the_nodes_keep_anything() {
	let ops = index_ops_of(|| {
		note_transaction(b"x", b"");
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(NOBODY), envelope(b"x")),
			Error::<Test>::NotAnActiveParticipant
		);
	});
	assert!(ops.is_empty());
}

#[test]
fn a_suspended_participant_stores_nothing() {
	let ops = index_ops_of(|| {
		assert_ok!(pallet_registry::Pallet::<Test>::suspend(RuntimeOrigin::root(), DEVICE));
		note_transaction(b"x", b"");
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(DEVICE), envelope(b"x")),
			Error::<Test>::NotAnActiveParticipant
		);
	});
	assert!(ops.is_empty());
}

#[test]
fn an_empty_envelope_is_refused() {
	let ops = index_ops_of(|| {
		note_transaction(b"", b"");
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(DEVICE), envelope(b"")),
			Error::<Test>::EmptyEnvelope
		);
	});
	assert!(ops.is_empty());
}

/// The attack: `batch_all([store(victim's envelope), remark(garbage)])` would have the nodes
/// keep the garbage under the victim's hash (a node keeps the first bytes stored under a hash),
/// and serve it in place of the real envelope when it comes.
#[test]
fn an_envelope_followed_by_other_bytes_is_refused_so_no_one_can_poison_a_hash() {
	let ops = index_ops_of(|| {
		note_transaction(b"the victim's envelope", b"garbage");
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(DEVICE), envelope(b"the victim's envelope")),
			Error::<Test>::EnvelopeNotLast
		);
		// No transaction noted at all (not applied through the executive): nothing to index.
		System::note_extrinsic(Vec::new());
		assert_noop!(
			Envelopes::store(RuntimeOrigin::signed(DEVICE), envelope(b"x")),
			Error::<Test>::EnvelopeNotLast
		);
	});
	assert!(ops.is_empty());
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<Envelopes as frame_support::traits::Hooks<u64>>::integrity_test();
	});
}
