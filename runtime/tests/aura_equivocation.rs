//! Aura equivocation reports through the real runtime, natively, on the four-authority local
//! genesis: two headers sealed by one validator's Aura key for one slot, with the key-ownership
//! proof the runtime API makes (pallet-session's historical proof of the session keys), are
//! recorded as that validator's offence, once per session; forged seals, another validator's
//! proof, a key no validator holds, an old session's proof and a gossiped report are refused.
//! The end-to-end test (`tests/tests/equivocation.rs`) makes a real node equivocate.

// `ValidateUnsigned`, deprecated, is what the pallet (as pallet-grandpa) validates reports with.
#![allow(deprecated)]

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok, pallet_prelude::ValidateUnsigned, traits::KeyOwnerProofSystem,
};
use pallet_aura_equivocation::{EquivocationProof, Error, Slot, AURA_KEY_TYPE};
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AURA_ENGINE_ID};
use sp_core::Pair;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	Digest, DigestItem,
};

mod common;
use common::offenders;

use carechain_runtime::{
	configs::equivocation::{MaxAuraHeaderLength, MaxKeyOwnershipProofLength},
	AuraEquivocation, Header, Historical, Runtime, RuntimeEvent, RuntimeOrigin, System,
};

type Error_ = Error<Runtime>;

/// The local testnet's genesis at block 1 ([`common::local_chain`]), at slot [`NOW`].
fn local_chain() -> sp_io::TestExternalities {
	let mut ext = common::local_chain();
	// The slot the reports' slots (100 to 104) are recent to.
	ext.execute_with(|| pallet_aura::CurrentSlot::<Runtime>::put(Slot::from(NOW)));
	ext
}

/// The current slot of the tests.
const NOW: u64 = 105;

/// A header for `slot` with `marker` in its digest, sealed by `signer`'s Aura key.
fn sealed(signer: Sr25519Keyring, slot: u64, marker: u8) -> Header {
	let digest = Digest {
		logs: vec![
			DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode()),
			DigestItem::Other(vec![marker]),
		],
	};
	let mut header =
		Header::new(7, Default::default(), Default::default(), Default::default(), digest);
	let signature = signer.pair().sign(header.hash().as_ref());
	header.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	header
}

/// A report naming `offender` for two headers of `slot` sealed by `signer`.
fn headers(
	offender: Sr25519Keyring,
	signer: Sr25519Keyring,
	slot: u64,
) -> EquivocationProof<Header, AuraId> {
	EquivocationProof {
		offender: AuraId::from(offender.public()),
		slot: Slot::from(slot),
		first_header: sealed(signer, slot, 1),
		second_header: sealed(signer, slot, 2),
	}
}

fn equivocation(who: Sr25519Keyring, slot: u64) -> EquivocationProof<Header, AuraId> {
	headers(who, who, slot)
}

/// What the runtime API makes for the node: the proof that `who`'s Aura key is a validator's.
fn key_owner_proof(who: Sr25519Keyring) -> sp_session::MembershipProof {
	Historical::prove((AURA_KEY_TYPE, AuraId::from(who.public()))).expect("a validator's key")
}

fn report(
	proof: EquivocationProof<Header, AuraId>,
	key_owner: sp_session::MembershipProof,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	AuraEquivocation::report_equivocation_unsigned(
		RuntimeOrigin::none(),
		Box::new(proof),
		key_owner,
	)
}

#[test]
fn a_validator_sealing_two_blocks_in_one_slot_is_recorded_once_per_session() {
	local_chain().execute_with(|| {
		assert_ok!(report(
			equivocation(Sr25519Keyring::Dave, 100),
			key_owner_proof(Sr25519Keyring::Dave)
		));
		assert_eq!(offenders(), vec![Sr25519Keyring::Dave.to_account_id()]);
		let session = pallet_session::CurrentIndex::<Runtime>::get();
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			RuntimeEvent::Offences(pallet_offences::Event::Offence { kind, slot: timeslot })
				if *kind == *b"aura:equivocatio" && *timeslot == session.encode()
		)));
		System::assert_has_event(
			pallet_aura_equivocation::Event::EquivocationReported {
				offender: AuraId::from(Sr25519Keyring::Dave.public()),
				slot: Slot::from(100),
				session_index: session,
			}
			.into(),
		);
		// Another slot of the same session: already recorded, stale in a pool.
		let again = pallet_aura_equivocation::Call::<Runtime>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(Sr25519Keyring::Dave, 104)),
			key_owner_proof: key_owner_proof(Sr25519Keyring::Dave),
		};
		assert_eq!(
			AuraEquivocation::validate_unsigned(TransactionSource::Local, &again),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		assert_noop!(
			report(equivocation(Sr25519Keyring::Dave, 104), key_owner_proof(Sr25519Keyring::Dave)),
			Error_::DuplicateOffenceReport
		);
		// Another validator is an offence of its own.
		assert_ok!(report(
			equivocation(Sr25519Keyring::Charlie, 102),
			key_owner_proof(Sr25519Keyring::Charlie)
		));
		assert_eq!(offenders().len(), 2);
	});
}

#[test]
fn the_runtimes_own_proofs_and_headers_fit_its_bounds() {
	local_chain().execute_with(|| {
		let proof = key_owner_proof(Sr25519Keyring::Dave);
		assert!(
			proof.encoded_size() * 4 < MaxKeyOwnershipProofLength::get() as usize,
			"{}",
			proof.encoded_size()
		);
		let header = sealed(Sr25519Keyring::Dave, 100, 1);
		assert!(header.encoded_size() * 4 < MaxAuraHeaderLength::get() as usize);
	});
}

#[test]
fn headers_sealed_by_another_key_are_refused() {
	local_chain().execute_with(|| {
		// Dave named on headers Charlie sealed: nobody can frame a validator.
		assert_noop!(
			report(
				headers(Sr25519Keyring::Dave, Sr25519Keyring::Charlie, 100),
				key_owner_proof(Sr25519Keyring::Dave)
			),
			Error_::BadSeal
		);
		assert!(offenders().is_empty());
	});
}

#[test]
fn another_validators_proof_or_a_key_no_validator_holds_is_refused() {
	local_chain().execute_with(|| {
		assert_noop!(
			report(
				equivocation(Sr25519Keyring::Dave, 100),
				key_owner_proof(Sr25519Keyring::Charlie)
			),
			Error_::InvalidKeyOwnershipProof
		);
		// Eve holds no seat: the path the runtime makes for her key proves nothing.
		let eve = Historical::prove((AURA_KEY_TYPE, AuraId::from(Sr25519Keyring::Eve.public())))
			.expect("a path is made for any key");
		assert_noop!(
			report(equivocation(Sr25519Keyring::Eve, 100), eve),
			Error_::InvalidKeyOwnershipProof
		);
		let call = pallet_aura_equivocation::Call::<Runtime>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(Sr25519Keyring::Dave, 100)),
			key_owner_proof: key_owner_proof(Sr25519Keyring::Charlie),
		};
		assert_eq!(
			AuraEquivocation::validate_unsigned(TransactionSource::Local, &call),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
	});
}

#[test]
fn evidence_older_than_two_sessions_of_slots_is_refused() {
	use carechain_runtime::configs::equivocation::AuraReportWindow;
	local_chain().execute_with(|| {
		let window = AuraReportWindow::get();
		assert_noop!(
			report(
				equivocation(Sr25519Keyring::Dave, NOW - window - 1),
				key_owner_proof(Sr25519Keyring::Dave)
			),
			Error_::SlotNotRecent
		);
		assert_noop!(
			report(
				equivocation(Sr25519Keyring::Dave, NOW + 1),
				key_owner_proof(Sr25519Keyring::Dave)
			),
			Error_::SlotNotRecent
		);
		assert_ok!(report(
			equivocation(Sr25519Keyring::Dave, NOW - window),
			key_owner_proof(Sr25519Keyring::Dave)
		));
	});
}

#[test]
fn a_proof_older_than_the_session_before_is_refused() {
	local_chain().execute_with(|| {
		let made_now = key_owner_proof(Sr25519Keyring::Dave);
		pallet_session::CurrentIndex::<Runtime>::put(made_now.session + 2);
		assert_noop!(
			report(equivocation(Sr25519Keyring::Dave, 100), made_now),
			Error_::SessionNotRecent
		);
	});
}

#[test]
fn an_unsigned_report_from_elsewhere_is_not_taken_into_a_pool() {
	local_chain().execute_with(|| {
		let call = pallet_aura_equivocation::Call::<Runtime>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(Sr25519Keyring::Dave, 100)),
			key_owner_proof: key_owner_proof(Sr25519Keyring::Dave),
		};
		assert_eq!(
			AuraEquivocation::validate_unsigned(TransactionSource::External, &call),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);
		assert!(AuraEquivocation::validate_unsigned(TransactionSource::Local, &call).is_ok());
	});
}

#[test]
fn anyone_may_report_signed_and_pays_nothing_for_a_valid_report() {
	local_chain().execute_with(|| {
		let eve = Sr25519Keyring::Eve.to_account_id();
		let info = AuraEquivocation::report_equivocation(
			RuntimeOrigin::signed(eve.clone()),
			Box::new(equivocation(Sr25519Keyring::Dave, 100)),
			key_owner_proof(Sr25519Keyring::Dave),
		)
		.expect("a valid report");
		assert_eq!(info.pays_fee, frame_support::dispatch::Pays::No);
		let reports: Vec<_> = pallet_offences::Reports::<Runtime>::iter_values().collect();
		assert_eq!(reports.len(), 1);
		assert_eq!(reports[0].offender.0, Sr25519Keyring::Dave.to_account_id());
		assert_eq!(reports[0].reporters, vec![eve]);
		// The unsigned call refuses a signed origin.
		assert_noop!(
			AuraEquivocation::report_equivocation_unsigned(
				RuntimeOrigin::signed(Sr25519Keyring::Eve.to_account_id()),
				Box::new(equivocation(Sr25519Keyring::Charlie, 100)),
				key_owner_proof(Sr25519Keyring::Charlie),
			),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}
