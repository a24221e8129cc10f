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
fn the_trail_keeps_the_latest_entries_oldest_first() {
	ExtBuilder.build_and_execute(|| {
		for accessor in [PHYSICIAN, COLLEAGUE, OUTSIDER, GUARDIAN, PATIENT] {
			authorize(accessor, VITALS);
		}
		let trail = Consent::audit_trail(&PATIENT);
		assert_eq!(
			trail.iter().map(|e| (e.index, e.accessor)).collect::<Vec<_>>(),
			vec![(2, OUTSIDER), (3, GUARDIAN), (4, PATIENT)]
		);
		assert_eq!(AuditLength::<Test>::get(PATIENT), 5);
		assert!(Consent::audit_trail(&STRANGER).is_empty());
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
