use super::*;

fn authorize(accessor: u64, category: DataCategory) -> AccessDecision {
	<Consent as AccessControl<u64>>::authorize(
		&PATIENT,
		&accessor,
		category,
		Action::Read,
		Purpose::Treatment,
	)
}

#[test]
fn granted_and_refused_decisions_go_on_the_trail_and_into_events() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		run_to_block(3);
		assert_eq!(authorize(PHYSICIAN, VITALS), granted(AccessBasis::Grant(id)));
		System::assert_last_event(
			Event::AccessAudited {
				patient: PATIENT,
				accessor: PHYSICIAN,
				category: VITALS,
				action: Action::Read,
				purpose: Purpose::Treatment,
				decision: granted(AccessBasis::Grant(id)),
			}
			.into(),
		);
		assert_eq!(authorize(OUTSIDER, LABS), denied(DenialReason::NoConsent));
		System::assert_last_event(
			Event::AccessAudited {
				patient: PATIENT,
				accessor: OUTSIDER,
				category: LABS,
				action: Action::Read,
				purpose: Purpose::Treatment,
				decision: denied(DenialReason::NoConsent),
			}
			.into(),
		);
		let trail = Consent::audit_trail(&PATIENT);
		assert_eq!(
			trail,
			vec![
				AuditEntry {
					index: 0,
					accessor: PHYSICIAN,
					category: VITALS,
					action: Action::Read,
					purpose: Purpose::Treatment,
					decision: granted(AccessBasis::Grant(id)),
					block: 3,
				},
				AuditEntry {
					index: 1,
					accessor: OUTSIDER,
					category: LABS,
					action: Action::Read,
					purpose: Purpose::Treatment,
					decision: denied(DenialReason::NoConsent),
					block: 3,
				},
			]
		);
	});
}

#[test]
fn the_trail_keeps_the_latest_entries_of_each_kind_oldest_first() {
	ExtBuilder.build_and_execute(|| {
		// Refused: the physician (no grant yet), the colleague, the outsider, twice each; then
		// granted: the guardian, the patient, and the physician once granted, twice each.
		for accessor in [PHYSICIAN, COLLEAGUE, OUTSIDER, PHYSICIAN, COLLEAGUE, OUTSIDER] {
			authorize(accessor, VITALS);
		}
		grant_to(PHYSICIAN);
		for accessor in [GUARDIAN, PATIENT, PHYSICIAN, GUARDIAN, PATIENT, PHYSICIAN] {
			authorize(accessor, VITALS);
		}
		// The mock keeps 3 of each kind: the latest 3 refusals and the latest 3 disclosures.
		let trail = Consent::audit_trail(&PATIENT);
		assert_eq!(
			trail.iter().map(|e| (e.index, e.accessor)).collect::<Vec<_>>(),
			vec![
				(3, PHYSICIAN),
				(4, COLLEAGUE),
				(5, OUTSIDER),
				(9, GUARDIAN),
				(10, PATIENT),
				(11, PHYSICIAN)
			]
		);
		assert_eq!(
			AuditCounters::<Test>::get(PATIENT),
			AuditCounts { total: 12, disclosures: 6, refusals: 6 }
		);
		assert!(Consent::audit_trail(&STRANGER).is_empty());
	});
}

#[test]
fn no_number_of_refusals_pushes_a_disclosure_out() {
	ExtBuilder.build_and_execute(|| {
		let id = grant_to(PHYSICIAN);
		assert_eq!(authorize(PHYSICIAN, VITALS), granted(AccessBasis::Grant(id)));
		// An outsider floods the trail with refused requests (free of anything but fees).
		for _ in 0..50 {
			assert_eq!(authorize(OUTSIDER, VITALS), denied(DenialReason::NoConsent));
		}
		let trail = Consent::audit_trail(&PATIENT);
		assert_eq!(trail[0].accessor, PHYSICIAN, "the disclosure is still on the trail");
		assert_eq!(trail[0].decision, granted(AccessBasis::Grant(id)));
		assert_eq!(trail.len(), 4, "the disclosure and the latest 3 refusals");
		assert_eq!(trail[3].index, 50);
	});
}

#[test]
fn check_access_leaves_no_trace() {
	ExtBuilder.build_and_execute(|| {
		read_vitals(PHYSICIAN);
		assert!(Consent::audit_trail(&PATIENT).is_empty());
		assert!(System::events().is_empty());
	});
}
