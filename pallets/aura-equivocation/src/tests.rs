//! The pallet's tests: each call's success, each refusal (nothing recorded), the unsigned
//! report's pool validation, and the offence recorded once per validator and session.

// `ValidateUnsigned`, deprecated, is what the pallet (as pallet-grandpa) validates reports with.
#![allow(deprecated)]

use crate::{
	mock::*, proof, sealing, AuraEquivocationOffence, Call, EquivocationProof, Error, Event,
	HeaderFor, Slot,
};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays},
	pallet_prelude::{InvalidTransaction, TransactionSource, ValidateUnsigned},
};
use sp_consensus_aura::{sr25519::AuthorityId, AURA_ENGINE_ID};
use sp_runtime::{
	traits::Header as _, transaction_validity::TransactionPriority, DigestItem, DispatchError,
	Perbill, RuntimeAppPublic,
};
use sp_staking::offence::{Offence, ReportOffence};

type Header = HeaderFor<Test>;
type Proof = EquivocationProof<Header, AuthorityId>;

/// The validator whose key equivocates in most tests.
const OFFENDER: u64 = 1;
/// A signed reporter.
const REPORTER: u64 = 42;

fn validator_key(owner: u64) -> AuthorityId {
	let key = AuthorityId::generate_pair(None);
	KeyOwners::register(owner, &key);
	key
}

fn header(slot: u64, padding: &[u8], author: &AuthorityId) -> Header {
	sealing::sealed_header::<Header, _>(5, Slot::from(slot), padding.to_vec(), author)
		.expect("the keystore holds the key")
}

/// Two headers for `slot`, both sealed by `author`, differing in their padding.
fn equivocation(author: &AuthorityId, slot: u64) -> Proof {
	EquivocationProof {
		offender: author.clone(),
		slot: Slot::from(slot),
		first_header: header(slot, b"one", author),
		second_header: header(slot, b"two", author),
	}
}

fn report(
	proof: Proof,
	key_owner_proof: KeyOwnerProof,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	AuraEquivocation::report_equivocation(
		RuntimeOrigin::signed(REPORTER),
		Box::new(proof),
		key_owner_proof,
	)
}

fn report_unsigned(
	proof: Proof,
	key_owner_proof: KeyOwnerProof,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	AuraEquivocation::report_equivocation_unsigned(
		RuntimeOrigin::none(),
		Box::new(proof),
		key_owner_proof,
	)
}

/// Whether pallet-offences holds an Aura offence of `owner` in `session`.
fn recorded(owner: u64, session: u32) -> bool {
	<Offences as ReportOffence<u64, (u64, ()), AuraEquivocationOffence<(u64, ())>>>::is_known_offence(
		&[(owner, ())],
		&session,
	)
}

/// The reporters pallet-offences credited for `owner`'s offence in `session`.
fn reporters(owner: u64, session: u32) -> Vec<u64> {
	let kind = <AuraEquivocationOffence<(u64, ())> as Offence<(u64, ())>>::ID;
	pallet_offences::ConcurrentReportsIndex::<Test>::get(kind, session.encode())
		.into_iter()
		.filter_map(|id| pallet_offences::Reports::<Test>::get(id))
		.filter(|details| details.offender.0 == owner)
		.flat_map(|details| details.reporters)
		.collect()
}

#[test]
fn a_signed_report_records_the_offence_free_of_charge() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let info = report(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION)).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert!(recorded(OFFENDER, SESSION));
		assert_eq!(reporters(OFFENDER, SESSION), vec![REPORTER]);
		System::assert_has_event(
			Event::EquivocationReported {
				offender: key,
				slot: Slot::from(100),
				session_index: SESSION,
			}
			.into(),
		);
		System::assert_has_event(
			pallet_offences::Event::Offence { kind: *b"aura:equivocatio", slot: SESSION.encode() }
				.into(),
		);
	});
}

#[test]
fn an_unsigned_report_credits_the_block_author() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		assert_ok!(report_unsigned(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION)));
		assert_eq!(reporters(OFFENDER, SESSION), vec![AUTHOR]);
		System::assert_has_event(
			Event::EquivocationReported {
				offender: key,
				slot: Slot::from(100),
				session_index: SESSION,
			}
			.into(),
		);
	});
}

#[test]
fn an_unsigned_report_without_a_known_author_credits_no_one() {
	new_test_ext().execute_with(|| {
		BlockAuthor::set(None);
		let key = validator_key(OFFENDER);
		assert_ok!(report_unsigned(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION)));
		assert!(recorded(OFFENDER, SESSION));
		assert_eq!(reporters(OFFENDER, SESSION), Vec::<u64>::new());
		BlockAuthor::set(Some(AUTHOR));
	});
}

#[test]
fn the_calls_refuse_the_other_origin() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let proof = equivocation(&key, 100);
		assert_noop!(
			AuraEquivocation::report_equivocation(
				RuntimeOrigin::none(),
				Box::new(proof.clone()),
				KeyOwners::proof(OFFENDER, SESSION),
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			AuraEquivocation::report_equivocation_unsigned(
				RuntimeOrigin::signed(REPORTER),
				Box::new(proof),
				KeyOwners::proof(OFFENDER, SESSION),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn one_offence_per_validator_and_session_whatever_the_slot() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		assert_ok!(report(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION)));
		// The same equivocation again, and another slot's, in the same session.
		assert_noop!(
			report(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::DuplicateOffenceReport
		);
		assert_noop!(
			report_unsigned(equivocation(&key, 101), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::DuplicateOffenceReport
		);
		// Another validator in the same session is recorded.
		let other = validator_key(2);
		assert_ok!(report(equivocation(&other, 102), KeyOwners::proof(2, SESSION)));
		assert!(recorded(2, SESSION));
	});
}

#[test]
fn a_proof_of_the_session_before_is_taken_and_older_or_later_ones_are_not() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		for session in [SESSION - 2, SESSION + 1, 0, u32::MAX] {
			assert_noop!(
				report(equivocation(&key, 100), KeyOwners::proof(OFFENDER, session)),
				Error::<Test>::SessionNotRecent
			);
		}
		assert_ok!(report(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION - 1)));
		assert!(recorded(OFFENDER, SESSION - 1));
		assert!(!recorded(OFFENDER, SESSION));
	});
}

#[test]
fn a_key_no_validator_owns_is_refused() {
	new_test_ext().execute_with(|| {
		let stranger = AuthorityId::generate_pair(None);
		assert_noop!(
			report(equivocation(&stranger, 100), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		// A validator's key, proven another validator's.
		let key = validator_key(OFFENDER);
		assert_noop!(
			report(equivocation(&key, 100), KeyOwners::proof(2, SESSION)),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		// The right owner with a wrong validator count.
		let mut miscounted = KeyOwners::proof(OFFENDER, SESSION);
		miscounted.validator_count += 1;
		assert_noop!(
			report(equivocation(&key, 100), miscounted),
			Error::<Test>::InvalidKeyOwnershipProof
		);
	});
}

#[test]
fn a_key_owner_proof_over_the_bound_is_refused_before_anything_is_checked() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let mut long = KeyOwners::proof(OFFENDER, SESSION);
		long.padding = vec![0; MAX_PROOF_LENGTH as usize];
		assert_noop!(
			report(equivocation(&key, 100), long),
			Error::<Test>::KeyOwnershipProofTooLong
		);
		// At the bound exactly, it is taken.
		let mut at_bound = KeyOwners::proof(OFFENDER, SESSION);
		let room = MAX_PROOF_LENGTH as usize - at_bound.encoded_size() - 1;
		at_bound.padding = vec![0; room];
		assert_eq!(at_bound.encoded_size(), MAX_PROOF_LENGTH as usize);
		assert_ok!(report(equivocation(&key, 100), at_bound));
	});
}

#[test]
fn a_header_over_the_bound_is_refused() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let long = vec![0; MAX_HEADER_LENGTH as usize];
		let mut proof = equivocation(&key, 100);
		proof.second_header = header(100, &long, &key);
		assert_noop!(
			report(proof.clone(), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::HeaderTooLong
		);
		core::mem::swap(&mut proof.first_header, &mut proof.second_header);
		assert_noop!(
			report(proof, KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::HeaderTooLong
		);
		// The longest header the bound allows is taken.
		let padding = sealing::padding_for_length::<Header, _>(MAX_HEADER_LENGTH, 100.into(), &key);
		let longest = header(100, &padding, &key);
		assert!(longest.encoded_size() <= MAX_HEADER_LENGTH as usize);
		assert!(longest.encoded_size() + 8 > MAX_HEADER_LENGTH as usize);
		let mut proof = equivocation(&key, 100);
		proof.second_header = longest;
		assert_ok!(report(proof, KeyOwners::proof(OFFENDER, SESSION)));
	});
}

#[test]
fn one_block_twice_is_refused_however_its_seal_differs() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let mut proof = equivocation(&key, 100);
		proof.second_header = proof.first_header.clone();
		assert_noop!(
			report(proof.clone(), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::SameHeader
		);
		// The same pre-header sealed a second time: sr25519 signs with fresh randomness, so the
		// header's hash differs, but the key signed one block.
		let resealed = {
			let mut header = proof.first_header.clone();
			header.digest_mut().pop();
			let signature = key.sign(&header.hash().as_ref()).unwrap();
			header.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
			header
		};
		assert_ne!(resealed.hash(), proof.first_header.hash());
		proof.second_header = resealed;
		assert_noop!(report(proof, KeyOwners::proof(OFFENDER, SESSION)), Error::<Test>::SameHeader);
		assert!(!recorded(OFFENDER, SESSION));
	});
}

#[test]
fn a_seal_or_a_slot_with_bytes_left_over_is_refused() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		// An honest block's seal with a byte appended: another header hash, the same signature
		// over the same pre-hash. Taken, it would frame any validator with any of its blocks.
		let honest = header(100, b"one", &key);
		let padded = {
			let mut header = honest.clone();
			let Some(DigestItem::Seal(engine, mut signature)) = header.digest_mut().pop() else {
				panic!("sealed")
			};
			signature.push(0);
			header.digest_mut().push(DigestItem::Seal(engine, signature));
			header
		};
		let framed = EquivocationProof {
			offender: key.clone(),
			slot: Slot::from(100),
			first_header: honest,
			second_header: padded,
		};
		assert_noop!(report(framed, KeyOwners::proof(OFFENDER, SESSION)), Error::<Test>::BadSeal);
		// A slot with a byte left over.
		let mut slot = Slot::from(100).encode();
		slot.push(0);
		let mut proof = equivocation(&key, 100);
		proof.second_header =
			sealed_with_logs(vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot)], &key);
		assert_noop!(report(proof, KeyOwners::proof(OFFENDER, SESSION)), Error::<Test>::WrongSlot);
	});
}

#[test]
fn a_future_slot_or_one_older_than_the_window_is_refused() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		for slot in [NOW + 1, NOW - WINDOW - 1, 0, u64::MAX] {
			assert_noop!(
				report(equivocation(&key, slot), KeyOwners::proof(OFFENDER, SESSION)),
				Error::<Test>::SlotNotRecent
			);
		}
		assert_ok!(report(equivocation(&key, NOW - WINDOW), KeyOwners::proof(OFFENDER, SESSION)));
	});
}

#[test]
fn evidence_is_not_recorded_again_in_later_sessions() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let evidence = equivocation(&key, NOW);
		assert_ok!(report(evidence.clone(), KeyOwners::proof(OFFENDER, SESSION)));
		// The next session, minutes later: the same evidence with a fresh key proof is too old.
		CurrentSession::set(SESSION + 1);
		CurrentSlot::set(Slot::from(NOW + WINDOW + 1));
		assert_noop!(
			report(evidence, KeyOwners::proof(OFFENDER, SESSION + 1)),
			Error::<Test>::SlotNotRecent
		);
		assert!(!recorded(OFFENDER, SESSION + 1));
		CurrentSession::set(SESSION);
		CurrentSlot::set(Slot::from(NOW));
	});
}

#[test]
fn the_unsigned_call_refuses_what_the_signed_one_does() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let other = validator_key(2);
		let mut forged = equivocation(&key, 100);
		forged.second_header = header(100, b"two", &other);
		let mut long = KeyOwners::proof(OFFENDER, SESSION);
		long.padding = vec![0; MAX_PROOF_LENGTH as usize];
		let cases: Vec<(Proof, KeyOwnerProof, Error<Test>)> = vec![
			(forged, KeyOwners::proof(OFFENDER, SESSION), Error::<Test>::BadSeal),
			(
				equivocation(&key, NOW + 1),
				KeyOwners::proof(OFFENDER, SESSION),
				Error::<Test>::SlotNotRecent,
			),
			(
				equivocation(&key, 100),
				KeyOwners::proof(OFFENDER, SESSION - 2),
				Error::<Test>::SessionNotRecent,
			),
			(
				equivocation(&key, 100),
				KeyOwners::proof(2, SESSION),
				Error::<Test>::InvalidKeyOwnershipProof,
			),
			(equivocation(&key, 100), long, Error::<Test>::KeyOwnershipProofTooLong),
		];
		for (proof, key_owner_proof, error) in cases {
			let call = Call::<Test>::report_equivocation_unsigned {
				equivocation_proof: Box::new(proof.clone()),
				key_owner_proof: key_owner_proof.clone(),
			};
			assert_eq!(
				AuraEquivocation::validate_unsigned(TransactionSource::Local, &call),
				InvalidTransaction::BadProof.into()
			);
			assert_noop!(report_unsigned(proof, key_owner_proof), error);
		}
		// Recorded once, the next is refused.
		assert_ok!(report_unsigned(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION)));
		assert_noop!(
			report_unsigned(equivocation(&key, 101), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::DuplicateOffenceReport
		);
	});
}

#[test]
fn headers_of_another_slot_or_of_none_are_refused() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		// Two blocks of two slots: no equivocation.
		let mut proof = equivocation(&key, 100);
		proof.second_header = header(101, b"two", &key);
		assert_noop!(
			report(proof.clone(), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::WrongSlot
		);
		// Both of slot 100, claimed for 101.
		let mut claimed = equivocation(&key, 100);
		claimed.slot = Slot::from(101);
		assert_noop!(
			report(claimed, KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::WrongSlot
		);
		// A header with two slots, and one with none, each sealed.
		for logs in [
			vec![
				DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(100).encode()),
				DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(100).encode()),
			],
			vec![DigestItem::Other(b"no slot".to_vec())],
			vec![DigestItem::PreRuntime(AURA_ENGINE_ID, vec![1, 2])],
		] {
			let mut proof = equivocation(&key, 100);
			proof.second_header = sealed_with_logs(logs, &key);
			assert_noop!(
				report(proof, KeyOwners::proof(OFFENDER, SESSION)),
				Error::<Test>::WrongSlot
			);
		}
	});
}

/// A header with exactly `logs` before its seal, sealed by `key`.
fn sealed_with_logs(logs: Vec<DigestItem>, key: &AuthorityId) -> Header {
	let mut header = Header::new(
		5,
		Default::default(),
		Default::default(),
		Default::default(),
		sp_runtime::Digest { logs },
	);
	let signature = key.sign(&header.hash().as_ref()).unwrap();
	header.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	header
}

#[test]
fn a_header_not_sealed_by_the_offender_is_refused() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let other = validator_key(2);
		// Sealed by another validator.
		let mut proof = equivocation(&key, 100);
		proof.second_header = header(100, b"two", &other);
		assert_noop!(
			report(proof.clone(), KeyOwners::proof(OFFENDER, SESSION)),
			Error::<Test>::BadSeal
		);
		// Unsealed; sealed under another engine; a seal that is no signature; a changed header
		// under the old seal.
		let unsealed = {
			let mut header = header(100, b"two", &key);
			header.digest_mut().pop();
			header
		};
		let other_engine = {
			let mut header = header(100, b"two", &key);
			let Some(DigestItem::Seal(_, signature)) = header.digest_mut().pop() else { panic!() };
			header.digest_mut().push(DigestItem::Seal(*b"BABE", signature));
			header
		};
		let garbled = {
			let mut header = header(100, b"two", &key);
			header.digest_mut().pop();
			header.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, vec![7; 3]));
			header
		};
		let tampered = {
			let mut header = header(100, b"two", &key);
			header.set_number(6);
			header
		};
		for second_header in [unsealed, other_engine, garbled, tampered] {
			let mut proof = equivocation(&key, 100);
			proof.second_header = second_header;
			assert_noop!(
				report(proof, KeyOwners::proof(OFFENDER, SESSION)),
				Error::<Test>::BadSeal
			);
		}
	});
}

#[test]
fn the_pool_takes_an_unsigned_report_only_from_its_own_node_or_a_block() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let call = Call::<Test>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(&key, 100)),
			key_owner_proof: KeyOwners::proof(OFFENDER, SESSION),
		};
		for source in [TransactionSource::Local, TransactionSource::InBlock] {
			let valid = AuraEquivocation::validate_unsigned(source, &call).unwrap();
			assert_eq!(valid.priority, TransactionPriority::MAX);
			assert_eq!(valid.longevity, ReportLongevity::get());
			assert!(!valid.propagate);
			assert_eq!(valid.provides, vec![("AuraEquivocation", (key.clone(), SESSION)).encode()]);
		}
		assert_eq!(
			AuraEquivocation::validate_unsigned(TransactionSource::External, &call),
			InvalidTransaction::Call.into()
		);
		assert_ok!(AuraEquivocation::pre_dispatch(&call));

		// An invalid report is a bad proof; a recorded one is stale.
		let forged = Call::<Test>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(&key, 100)),
			key_owner_proof: KeyOwners::proof(2, SESSION),
		};
		assert_eq!(
			AuraEquivocation::validate_unsigned(TransactionSource::Local, &forged),
			InvalidTransaction::BadProof.into()
		);
		assert_eq!(
			AuraEquivocation::pre_dispatch(&forged),
			Err(InvalidTransaction::BadProof.into())
		);
		assert_ok!(report(equivocation(&key, 100), KeyOwners::proof(OFFENDER, SESSION)));
		assert_eq!(
			AuraEquivocation::validate_unsigned(TransactionSource::Local, &call),
			InvalidTransaction::Stale.into()
		);
		assert_eq!(AuraEquivocation::pre_dispatch(&call), Err(InvalidTransaction::Stale.into()));

		// The signed call is not for the unsigned path.
		let signed = Call::<Test>::report_equivocation {
			equivocation_proof: Box::new(equivocation(&key, 100)),
			key_owner_proof: KeyOwners::proof(OFFENDER, SESSION),
		};
		assert_eq!(
			AuraEquivocation::validate_unsigned(TransactionSource::Local, &signed),
			InvalidTransaction::Call.into()
		);
		assert_eq!(AuraEquivocation::pre_dispatch(&signed), Err(InvalidTransaction::Call.into()));
	});
}

#[test]
fn the_runtime_api_submits_a_bare_report_to_the_pool() {
	let (mut ext, submitted) = new_test_ext_with_pool();
	ext.execute_with(|| {
		let key = validator_key(OFFENDER);
		let proof = equivocation(&key, 100);
		let key_owner_proof = KeyOwners::proof(OFFENDER, SESSION);
		assert_eq!(
			AuraEquivocation::submit_unsigned_equivocation_report(
				proof.clone(),
				key_owner_proof.clone()
			),
			Some(())
		);
		let transactions = submitted();
		assert_eq!(transactions.len(), 1);
		let xt = Extrinsic::decode(&mut &transactions[0][..]).unwrap();
		assert!(matches!(xt.preamble, sp_runtime::generic::Preamble::Bare(_)));
		assert_eq!(
			xt.function,
			RuntimeCall::AuraEquivocation(Call::report_equivocation_unsigned {
				equivocation_proof: Box::new(proof),
				key_owner_proof,
			})
		);
		// Nothing is recorded until the report is in a block.
		assert!(!recorded(OFFENDER, SESSION));
	});
}

#[test]
fn the_calls_weigh_their_worst_case() {
	new_test_ext().execute_with(|| {
		let key = validator_key(OFFENDER);
		let call = Call::<Test>::report_equivocation {
			equivocation_proof: Box::new(equivocation(&key, 100)),
			key_owner_proof: KeyOwners::proof(OFFENDER, SESSION),
		};
		use crate::WeightInfo;
		assert_eq!(call.get_dispatch_info().call_weight, <() as WeightInfo>::report_equivocation());
		// The unsigned report's evidence is checked twice in a block (pre-dispatch and call).
		let unsigned = Call::<Test>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(&key, 100)),
			key_owner_proof: KeyOwners::proof(OFFENDER, SESSION),
		};
		assert_eq!(
			unsigned.get_dispatch_info().call_weight,
			<() as WeightInfo>::report_equivocation().saturating_mul(2)
		);
	});
}

#[test]
fn the_offence_is_keyed_by_session_and_scaled_like_babes() {
	let offence =
		AuraEquivocationOffence { session_index: 9, validator_set_count: 4, offender: 1u64 };
	assert_eq!(offence.slot(), 9);
	assert_eq!(offence.session_index(), 9);
	assert_eq!(offence.offenders(), vec![1]);
	// (3 * 1 / 4)^2 = 0.5625, and capped at 1.
	assert_eq!(offence.slash_fraction(1), Perbill::from_rational(9u32, 16));
	assert_eq!(offence.slash_fraction(2), Perbill::one());
}

#[test]
fn slot_of_reads_the_one_aura_slot() {
	let header = |logs| {
		Header::new(
			1,
			Default::default(),
			Default::default(),
			Default::default(),
			sp_runtime::Digest { logs },
		)
	};
	assert_eq!(
		proof::slot_of(&header(vec![DigestItem::PreRuntime(
			AURA_ENGINE_ID,
			Slot::from(7).encode()
		)])),
		Some(Slot::from(7))
	);
	// Another engine's pre-runtime item is passed over.
	assert_eq!(
		proof::slot_of(&header(vec![
			DigestItem::PreRuntime(*b"BABE", vec![1]),
			DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(7).encode()),
		])),
		Some(Slot::from(7))
	);
	assert_eq!(proof::slot_of(&header(vec![])), None);
}
