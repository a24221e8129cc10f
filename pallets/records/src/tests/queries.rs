use super::*;

#[test]
fn hashes_are_checked_and_records_paged() {
	ExtBuilder.build_and_execute(|| {
		for byte in 1..=5 {
			assert_ok!(anchor_as(PATIENT, hash(byte)));
		}
		assert!(Records::verify_hash(2, hash(3)));
		assert!(!Records::verify_hash(2, hash(4)));
		assert!(!Records::verify_hash(9, hash(3)));
		let page: Vec<_> =
			Records::records_of(&PATIENT, VITALS, 1, 2).into_iter().map(|(id, _)| id).collect();
		assert_eq!(page, vec![1, 2]);
		assert_eq!(Records::records_of(&PATIENT, VITALS, 4, 10).len(), 1);
		assert!(Records::records_of(&PATIENT, LABS, 0, 10).is_empty());
		assert!(Records::records_of(&PATIENT, VITALS, 9, 10).is_empty());
	});
}

#[test]
fn anchor_weight_follows_the_signature_size() {
	use crate::weights::WeightInfo as _;
	let consent = <() as pallet_consent::WeightInfo>::authorize();
	assert_eq!(Records::anchor_weight(None), <()>::anchor_unsigned().saturating_add(consent));
	assert_eq!(
		Records::anchor_weight(Some(256)),
		<()>::anchor_signed_2048().saturating_add(consent)
	);
	assert_eq!(
		Records::anchor_weight(Some(512)),
		<()>::anchor_signed_4096().saturating_add(consent)
	);
}
