//! GRANDPA equivocation reports through the real runtime, natively, on the four-authority local
//! genesis: a report of two different votes by one validator in one round, with the proof
//! that its key was a validator's that `GrandpaApi::generate_key_ownership_proof` gives, is
//! recorded as that validator's offence, once; every forged, mismatched or repeated report is
//! refused and changes nothing; an unsigned report gossiped from elsewhere is not taken into a
//! pool. The end-to-end test (`tests/tests/equivocation.rs`) makes a real node equivocate.

use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::KeyOwnerProofSystem};
use sp_consensus_grandpa::{AuthorityId, EquivocationProof, KEY_TYPE};
use sp_core::{Pair, H256};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::transaction_validity::{
	InvalidTransaction, TransactionSource, TransactionValidityError,
};

mod common;
use common::{local_chain, offenders};

use carechain_runtime::{Grandpa, Historical, Runtime, RuntimeEvent, RuntimeOrigin, System};

/// `who`'s signed prevote for `target` in `round` of set 0.
fn prevote(
	who: Ed25519Keyring,
	round: u64,
	target: H256,
) -> (finality_grandpa::Prevote<H256, u32>, sp_consensus_grandpa::AuthoritySignature) {
	let vote = finality_grandpa::Prevote { target_hash: target, target_number: 1 };
	let payload = sp_consensus_grandpa::localized_payload(
		round,
		0,
		&finality_grandpa::Message::Prevote(vote.clone()),
	);
	(vote, who.pair().sign(&payload).into())
}

/// A report naming `offender` as having prevoted in `round` of set 0 for `targets`, the votes
/// signed by `signer`.
fn prevotes(
	offender: Ed25519Keyring,
	signer: Ed25519Keyring,
	round: u64,
	targets: [u8; 2],
) -> EquivocationProof<H256, u32> {
	EquivocationProof::new(
		0,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: AuthorityId::from(offender.public()),
			first: prevote(signer, round, H256::repeat_byte(targets[0])),
			second: prevote(signer, round, H256::repeat_byte(targets[1])),
		}),
	)
}

/// `who` prevoting for two different blocks in one round of set 0.
fn equivocation(who: Ed25519Keyring, round: u64) -> EquivocationProof<H256, u32> {
	prevotes(who, who, round, [1, 2])
}

/// What the node asks the runtime for: the proof that `who`'s GRANDPA key is a validator's.
fn key_owner_proof(who: Ed25519Keyring) -> sp_session::MembershipProof {
	Historical::prove((KEY_TYPE, AuthorityId::from(who.public()))).expect("a validator's key")
}

fn report(
	proof: EquivocationProof<H256, u32>,
	key_owner: sp_session::MembershipProof,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Grandpa::report_equivocation_unsigned(RuntimeOrigin::none(), Box::new(proof), key_owner)
}

#[test]
fn a_validator_voting_twice_is_recorded_once_per_set() {
	local_chain().execute_with(|| {
		assert_ok!(report(
			equivocation(Ed25519Keyring::Dave, 3),
			key_owner_proof(Ed25519Keyring::Dave)
		));
		assert_eq!(offenders(), vec![Sr25519Keyring::Dave.to_account_id()]);
		let kind = *b"grandpa:equivoca";
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			RuntimeEvent::Offences(pallet_offences::Event::Offence { kind: k, slot: timeslot })
				if *k == kind && *timeslot == 0u64.encode()
		)));
		// The same round again: already known, refused before a pool takes it, and a block
		// that carried it anyway would record nothing more.
		let again = pallet_grandpa::Call::<Runtime>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(Ed25519Keyring::Dave, 3)),
			key_owner_proof: key_owner_proof(Ed25519Keyring::Dave),
		};
		assert_eq!(
			Grandpa::validate_unsigned(TransactionSource::Local, &again),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		assert_noop!(
			report(equivocation(Ed25519Keyring::Dave, 3), key_owner_proof(Ed25519Keyring::Dave)),
			pallet_grandpa::Error::<Runtime>::DuplicateOffenceReport
		);
		// Another round of the same set: the offence is already recorded (a key holder picks
		// round numbers at will, and could otherwise grow storage for as long as it signs).
		assert_noop!(
			report(equivocation(Ed25519Keyring::Dave, 4), key_owner_proof(Ed25519Keyring::Dave)),
			pallet_grandpa::Error::<Runtime>::DuplicateOffenceReport
		);
		// Another validator's equivocation in the set is an offence of its own.
		assert_ok!(report(
			equivocation(Ed25519Keyring::Charlie, 4),
			key_owner_proof(Ed25519Keyring::Charlie)
		));
		assert_eq!(offenders().len(), 2);
	});
}

#[test]
fn a_report_of_one_vote_twice_is_refused() {
	local_chain().execute_with(|| {
		let same = prevotes(Ed25519Keyring::Dave, Ed25519Keyring::Dave, 3, [1, 1]);
		assert_noop!(
			report(same, key_owner_proof(Ed25519Keyring::Dave)),
			pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof
		);
		assert!(offenders().is_empty());
	});
}

#[test]
fn a_report_with_a_forged_signature_is_refused() {
	local_chain().execute_with(|| {
		// Dave's identity on votes Charlie signed: nobody can frame a validator.
		let forged = prevotes(Ed25519Keyring::Dave, Ed25519Keyring::Charlie, 3, [1, 2]);
		assert_noop!(
			report(forged, key_owner_proof(Ed25519Keyring::Dave)),
			pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof
		);
	});
}

#[test]
fn a_report_with_another_validators_key_proof_is_refused() {
	local_chain().execute_with(|| {
		// Dave's equivocation with Charlie's membership proof: the proof must be the offender's.
		assert_noop!(
			report(equivocation(Ed25519Keyring::Dave, 3), key_owner_proof(Ed25519Keyring::Charlie)),
			pallet_grandpa::Error::<Runtime>::InvalidKeyOwnershipProof
		);
		let call = pallet_grandpa::Call::<Runtime>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(Ed25519Keyring::Dave, 3)),
			key_owner_proof: key_owner_proof(Ed25519Keyring::Charlie),
		};
		assert_eq!(
			Grandpa::validate_unsigned(TransactionSource::Local, &call),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
	});
}

#[test]
fn an_equivocation_by_a_key_that_is_no_validators_is_refused() {
	local_chain().execute_with(|| {
		// Eve holds no seat: the proof the runtime makes for her key (a path in the session's
		// trie that ends without her) proves nothing, so no offence can be recorded against an
		// account that was never a validator.
		let proof = Historical::prove((KEY_TYPE, AuthorityId::from(Ed25519Keyring::Eve.public())))
			.expect("a path is made for any key");
		assert_noop!(
			report(equivocation(Ed25519Keyring::Eve, 3), proof),
			pallet_grandpa::Error::<Runtime>::InvalidKeyOwnershipProof
		);
	});
}

#[test]
fn an_unsigned_report_from_elsewhere_is_not_taken_into_a_pool() {
	local_chain().execute_with(|| {
		// Only the node's own submission (or a block that carries it) is valid: a report
		// gossiped by a peer would let anyone fill pools with unsigned, feeless transactions.
		let call = pallet_grandpa::Call::<Runtime>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(Ed25519Keyring::Dave, 3)),
			key_owner_proof: key_owner_proof(Ed25519Keyring::Dave),
		};
		assert_eq!(
			Grandpa::validate_unsigned(TransactionSource::External, &call),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);
		assert!(Grandpa::validate_unsigned(TransactionSource::Local, &call).is_ok());
	});
}

#[test]
fn the_unsigned_report_refuses_a_signed_origin() {
	local_chain().execute_with(|| {
		assert_noop!(
			Grandpa::report_equivocation_unsigned(
				RuntimeOrigin::signed(Sr25519Keyring::Eve.to_account_id()),
				Box::new(equivocation(Ed25519Keyring::Dave, 3)),
				key_owner_proof(Ed25519Keyring::Dave),
			),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn anyone_may_report_signed_and_pays_nothing_for_a_valid_report() {
	local_chain().execute_with(|| {
		let eve = Sr25519Keyring::Eve.to_account_id();
		let info = Grandpa::report_equivocation(
			RuntimeOrigin::signed(eve.clone()),
			Box::new(equivocation(Ed25519Keyring::Dave, 3)),
			key_owner_proof(Ed25519Keyring::Dave),
		)
		.expect("a valid report");
		assert_eq!(info.pays_fee, frame_support::dispatch::Pays::No);
		let reports: Vec<_> = pallet_offences::Reports::<Runtime>::iter_values().collect();
		assert_eq!(reports.len(), 1);
		assert_eq!(reports[0].offender.0, Sr25519Keyring::Dave.to_account_id());
		assert_eq!(reports[0].reporters, vec![eve]);
	});
}

#[test]
fn a_proof_from_an_ended_session_is_checked_against_its_kept_root() {
	use carechain_runtime::configs::equivocation::KEPT_SESSIONS;
	use pallet_session::SessionManager;
	local_chain().execute_with(|| {
		let made_at_genesis = key_owner_proof(Ed25519Keyring::Dave);
		let last = KEPT_SESSIONS + 10;
		for index in 2..=last {
			let _ = <Runtime as pallet_session::Config>::SessionManager::new_session(index);
		}
		pallet_session::CurrentIndex::<Runtime>::put(last);
		// Set 0 lasted all along.
		pallet_grandpa::SetIdSession::<Runtime>::insert(0, last);
		let first_kept = last - KEPT_SESSIONS;
		// The same validators, so the same path in the oldest kept session's trie: checked
		// against that session's stored root.
		let kept = sp_session::MembershipProof { session: first_kept, ..made_at_genesis.clone() };
		let pruned = sp_session::MembershipProof { session: first_kept - 1, ..made_at_genesis };
		assert_noop!(
			report(equivocation(Ed25519Keyring::Dave, 3), pruned),
			pallet_grandpa::Error::<Runtime>::InvalidKeyOwnershipProof
		);
		assert_ok!(report(equivocation(Ed25519Keyring::Dave, 3), kept));
		assert_eq!(offenders(), vec![Sr25519Keyring::Dave.to_account_id()]);
	});
}

#[test]
fn only_the_last_kept_sessions_stay_provable() {
	use carechain_runtime::configs::equivocation::KEPT_SESSIONS;
	use pallet_session::{historical, SessionManager};
	local_chain().execute_with(|| {
		// Genesis stored sessions 0 and 1; plan sessions up to ten past what is kept.
		let last = KEPT_SESSIONS + 10;
		for index in 2..=last {
			let _ = <Runtime as pallet_session::Config>::SessionManager::new_session(index);
		}
		let (start, end) = historical::StoredRange::<Runtime>::get().expect("roots are stored");
		assert_eq!((start, end), (last - KEPT_SESSIONS, last + 1));
		assert!(historical::HistoricalSessions::<Runtime>::get(start - 1).is_none());
		assert!(historical::HistoricalSessions::<Runtime>::get(start).is_some());
		assert_eq!(historical::HistoricalSessions::<Runtime>::iter().count() as u32, end - start);
	});
}

#[test]
fn a_chain_upgraded_without_roots_stores_one_at_the_next_session() {
	use pallet_session::{historical, SessionManager};
	local_chain().execute_with(|| {
		// As on a chain that ran spec 114: no historical roots at all.
		let _ = historical::HistoricalSessions::<Runtime>::clear(u32::MAX, None);
		historical::StoredRange::<Runtime>::kill();
		// Nothing changed in the set, yet it is handed over, so that its root is stored...
		let planned = <Runtime as pallet_session::Config>::SessionManager::new_session(2);
		assert_eq!(planned.map(|set| set.len()), Some(4));
		assert!(historical::HistoricalSessions::<Runtime>::get(2).is_some());
		// ...once: from then on an unchanged set copies the root before it.
		assert_eq!(<Runtime as pallet_session::Config>::SessionManager::new_session(3), None);
		assert_eq!(
			historical::HistoricalSessions::<Runtime>::get(3),
			historical::HistoricalSessions::<Runtime>::get(2)
		);
	});
}

#[test]
fn the_upgrade_notes_the_previous_grandpa_set_once() {
	use carechain_runtime::configs::equivocation::NoteThePreviousGrandpaSet;
	use frame_support::traits::OnRuntimeUpgrade;
	local_chain().execute_with(|| {
		// Set 0 at genesis: there is no previous set to note.
		NoteThePreviousGrandpaSet::on_runtime_upgrade();
		assert_eq!(pallet_grandpa::SetIdSession::<Runtime>::iter().count(), 1);
		// As spec 114 left it in set 3 of session 9: only the current set's entry.
		pallet_grandpa::CurrentSetId::<Runtime>::put(3);
		pallet_session::CurrentIndex::<Runtime>::put(9);
		let _ = pallet_grandpa::SetIdSession::<Runtime>::clear(u32::MAX, None);
		pallet_grandpa::SetIdSession::<Runtime>::insert(3, 9);
		NoteThePreviousGrandpaSet::on_runtime_upgrade();
		assert_eq!(pallet_grandpa::SetIdSession::<Runtime>::get(2), Some(8));
		// Run again (or on a chain that has the entry): nothing changes.
		pallet_grandpa::SetIdSession::<Runtime>::insert(2, 5);
		NoteThePreviousGrandpaSet::on_runtime_upgrade();
		assert_eq!(pallet_grandpa::SetIdSession::<Runtime>::get(2), Some(5));
		assert_eq!(pallet_grandpa::SetIdSession::<Runtime>::iter().count(), 2);
	});
}
