//! `carechain patient …`: registration, category keys, grants and requests, guardians, and what
//! a patient sees of its records: their list, its grants, its pending requests, its audit trail.

use carechain_client::{bounded, chain, records, same_as};
use carechain_primitives::consent::DataCategory;
use serde_json::json;

use crate::{
	args::{ExportFormat, PatientCommand},
	output::Failure,
	session::{open_source, Session},
};

pub async fn run(session: &Session<'_>, command: &PatientCommand) -> Result<(), Failure> {
	let consent = chain::transactions().consent();
	let registry = chain::transactions().registry();
	match command {
		PatientCommand::Register { encryption_key, custodians, threshold, signer } => {
			let key = bounded(session.public_key(encryption_key)?);
			let signer = session.signer(signer)?;
			if custodians.is_empty() {
				let call = registry.register_patient(key, None);
				return session.execute(&signer, call).await;
			}
			use chain::runtime_types::{
				carechain_runtime::RuntimeCall, pallet_records::pallet::Call as RecordsCall,
				pallet_registry::pallet::Call as RegistryCall,
			};
			let calls = vec![
				RuntimeCall::Registry(RegistryCall::register_patient {
					encryption_key: key,
					identifier_hash: None,
				}),
				RuntimeCall::Records(RecordsCall::set_custodians {
					patient: signer.public_key().to_account_id(),
					custodians: bounded(session.accounts(custodians)?),
					threshold: *threshold,
				}),
			];
			session.execute(&signer, records::batch(calls)).await
		},
		PatientCommand::RotateKey { category, readers, signer } => {
			let signer = session.signer(signer)?;
			let api = session.client().await?;
			let readers = session.accounts(readers)?;
			let patient = signer.public_key().to_account_id();
			let (call, _) =
				records::rotate_call(&api, &patient, same_as(&category), &readers).await?;
			session.execute(&signer, records::batch(vec![call])).await
		},
		PatientCommand::SetCustodians { custodians, threshold, signer } => {
			let signer = session.signer(signer)?;
			let patient = signer.public_key().to_account_id();
			let call =
				records::set_custodians_call(&patient, session.accounts(custodians)?, *threshold);
			session.execute(&signer, call).await
		},
		PatientCommand::Grant { grantee, category, permission, blocks, rsa, signer } => {
			let signer = session.signer(signer)?;
			let rsa = session.rsa_key(rsa)?;
			let api = session.client().await?;
			let now = api.at_finalized().await?.block_number() as u32;
			let grant_id = records::grant_and_share(
				&api,
				&signer,
				&rsa,
				&session.account(grantee)?,
				same_as(&category),
				same_as(&permission),
				records::Purpose::Treatment,
				now.saturating_add(*blocks),
			)
			.await?;
			session
				.output
				.show(&json!({ "grant": grant_id }), [format!("✓ grant {grant_id} to {grantee}")])
		},
		PatientCommand::Revoke { grant, rotate, signer } => {
			let signer = session.signer(signer)?;
			let api = session.client().await?;
			let categories: Vec<_> = rotate.iter().map(same_as).collect();
			records::revoke_and_rotate(&api, &signer, *grant, &categories).await?;
			session.output.show(
				&json!({ "revoked": grant, "rotated": categories.len() }),
				[format!("✓ grant {grant} revoked; {} key(s) rotated", categories.len())],
			)
		},
		PatientCommand::Records { patient, category } => {
			list_records(session, patient, *category).await
		},
		PatientCommand::ProveReading { record, index, store } => {
			prove_reading(session, *record, *index, store).await
		},
		PatientCommand::Consents { patient } => consents(session, patient).await,
		PatientCommand::Amend { grant, category, permission, expires_in, signer, patient } => {
			let signer = session.signer(signer)?;
			let patient = session.patient_or_signer(patient.as_deref(), &signer)?;
			let api = session.client().await?;
			let now = api.at_best().await?.block_number() as u32;
			let call = consent.amend(
				patient,
				*grant,
				category.map(|c| records::only(same_as(&c))),
				permission.map(|p| same_as(&p)),
				expires_in.map(|blocks| now.saturating_add(blocks)),
			);
			session.execute(&signer, call).await
		},
		PatientCommand::Requests { patient } => requests(session, patient).await,
		PatientCommand::Approve { requester, signer, patient }
		| PatientCommand::Reject { requester, signer, patient } => {
			let signer = session.signer(signer)?;
			let patient = session.patient_or_signer(patient.as_deref(), &signer)?;
			let requester = session.account(requester)?;
			if matches!(command, PatientCommand::Approve { .. }) {
				session.execute(&signer, consent.approve_request(patient, requester)).await
			} else {
				session.execute(&signer, consent.reject_request(patient, requester)).await
			}
		},
		PatientCommand::AddGuardian { guardian, signer } => {
			let call = registry.add_guardian(session.account(guardian)?);
			session.execute(&session.signer(signer)?, call).await
		},
		PatientCommand::RemoveGuardian { guardian, signer, patient } => {
			let signer = session.signer(signer)?;
			let patient = session.patient_or_signer(patient.as_deref(), &signer)?;
			let call = registry.remove_guardian(patient, session.account(guardian)?);
			session.execute(&signer, call).await
		},
		PatientCommand::Audit { patient, export: None, .. } => audit(session, patient).await,
		PatientCommand::Audit { patient, export: Some(format), from, to, out } => {
			export(session, patient, *format, *from, *to, out.as_deref()).await
		},
	}
}

/// A patient's records of a category: metadata only (nothing is read or audited). Physicians
/// list them too.
pub async fn list_records(
	session: &Session<'_>,
	patient: &str,
	category: DataCategory,
) -> Result<(), Failure> {
	let patient = session.account(patient)?;
	let api = session.client().await?;
	let listed = records::records_of(&api, &patient, same_as(&category)).await?;
	let records: Vec<_> = listed
		.iter()
		.map(|(id, r)| {
			json!({
				"record": id,
				"author": r.author.to_string(),
				"contentHash": format!("{:?}", r.content_hash),
				"size": r.size,
				"locator": String::from_utf8_lossy(&r.locator.0),
				"keyEpoch": r.key_epoch,
				"anchoredAt": r.anchored_at,
				"status": format!("{:?}", r.status),
			})
		})
		.collect();
	let lines = listed.iter().map(|(id, r)| {
		format!(
			"record {id}: {} bytes by {} in block {}, key epoch {}, {:?}",
			r.size, r.author, r.anchored_at, r.key_epoch, r.status
		)
	});
	session.output.show(&json!({ "records": records }), lines)
}

/// One reading of a record, proven against the chain.
async fn prove_reading(
	session: &Session<'_>,
	record: u64,
	index: u32,
	store: &str,
) -> Result<(), Failure> {
	let store = open_source(store)?;
	let api = session.client().await?;
	let proven = records::prove_reading(&api, &store, record, index).await?;
	let reading = hex::encode(proven.reading);
	let siblings: Vec<String> = proven.proof.siblings.iter().map(|h| hex::encode(h.0)).collect();
	let line = format!(
		"record {record}, reading {index} of {}: {reading}, {} sibling hash(es): {}",
		proven.readings,
		siblings.len(),
		if proven.verified { "✓ the chain verifies it" } else { "✗ the chain refuses it" }
	);
	session.output.show(
		&json!({
			"record": record,
			"index": index,
			"readings": proven.readings,
			"reading": reading,
			"siblings": siblings,
			"verified": proven.verified,
		}),
		[line],
	)?;
	if proven.verified {
		Ok(())
	} else {
		Err(Failure(format!("the chain does not verify reading {index} of record {record}")))
	}
}

/// A patient's grants.
async fn consents(session: &Session<'_>, patient: &str) -> Result<(), Failure> {
	let patient = session.account(patient)?;
	let api = session.client().await?;
	let grants = api
		.at_best()
		.await?
		.runtime_apis()
		.call(chain::runtime_apis().consent_api().grants(patient))
		.await?;
	let listed: Vec<_> = grants
		.iter()
		.map(|g| {
			json!({
				"grant": g.id,
				"grantee": g.grantee.to_string(),
				"scope": format!("{:?}", g.scope),
				"permission": format!("{:?}", g.permission),
				"purpose": format!("{:?}", g.purpose),
				"expiresAt": g.expires_at,
			})
		})
		.collect();
	let lines = if grants.is_empty() {
		vec!["no grants".to_string()]
	} else {
		grants
			.iter()
			.map(|g| {
				format!(
					"grant {}: {} may {:?} {:?} for {:?} until block {}",
					g.id, g.grantee, g.permission, g.scope, g.purpose, g.expires_at
				)
			})
			.collect()
	};
	session.output.show(&json!({ "grants": listed }), lines)
}

/// The access requests waiting for a patient's answer.
async fn requests(session: &Session<'_>, patient: &str) -> Result<(), Failure> {
	let patient = session.account(patient)?;
	let api = session.client().await?;
	let requests = api
		.at_best()
		.await?
		.runtime_apis()
		.call(chain::runtime_apis().consent_api().pending_requests(patient))
		.await?;
	let listed: Vec<_> = requests
		.iter()
		.map(|(who, r)| {
			json!({
				"requester": who.to_string(),
				"scope": format!("{:?}", r.scope),
				"permission": format!("{:?}", r.permission),
				"purpose": format!("{:?}", r.purpose),
				"durationBlocks": r.duration,
			})
		})
		.collect();
	let lines = if requests.is_empty() {
		vec!["no pending requests".to_string()]
	} else {
		requests
			.iter()
			.map(|(who, r)| {
				format!(
					"{who} asks to {:?} {:?} for {:?}, {} blocks",
					r.permission, r.scope, r.purpose, r.duration
				)
			})
			.collect()
	};
	session.output.show(&json!({ "requests": listed }), lines)
}

/// A patient's audit trail: who read or added what, when, why, and whether it was allowed.
async fn audit(session: &Session<'_>, patient: &str) -> Result<(), Failure> {
	let patient = session.account(patient)?;
	let api = session.client().await?;
	let trail = records::audit_trail(&api, &patient).await?;
	let entries: Vec<_> = trail
		.iter()
		.map(|entry| {
			json!({
				"block": entry.block,
				"accessor": entry.accessor.to_string(),
				"category": format!("{:?}", entry.category),
				"action": format!("{:?}", entry.action),
				"purpose": format!("{:?}", entry.purpose),
				"decision": format!("{:?}", entry.decision),
			})
		})
		.collect();
	let lines = trail.iter().map(|entry| {
		format!(
			"#{:<6} {} {:?} {:?} for {:?}: {:?}",
			entry.block,
			entry.accessor,
			entry.action,
			entry.category,
			entry.purpose,
			entry.decision
		)
	});
	session.output.show(&json!({ "patient": patient.to_string(), "entries": entries }), lines)
}

/// A patient's full accounting of disclosures, from the chain's events of blocks `from` to `to`
/// (the latest finalized by default), as JSON or CSV, to `out` or standard output.
async fn export(
	session: &Session<'_>,
	patient: &str,
	format: ExportFormat,
	from: u32,
	to: Option<u32>,
	out: Option<&std::path::Path>,
) -> Result<(), Failure> {
	let patient = session.account(patient)?;
	let api = session.client().await?;
	let to = match to {
		Some(to) => to,
		None => api.at_finalized().await?.block_number() as u32,
	};
	if from > to {
		return Err(Failure(format!("--from {from} is after --to {to}: no block to walk")));
	}
	let bar = session.output.bar(u64::from(to - from + 1), "blocks");
	bar.set_message("walking the chain's events");
	let lines = records::disclosures(&api, &patient, from, to, |_, _| bar.inc(1)).await?;
	bar.finish_and_clear();
	let text = match format {
		ExportFormat::Json => {
			let document = json!({
				"patient": patient.to_string(),
				"from": from,
				"to": to,
				"disclosures": lines,
			});
			serde_json::to_string_pretty(&document).map_err(|e| Failure(e.to_string()))? + "\n"
		},
		ExportFormat::Csv => records::to_csv(&lines),
	};
	match out {
		Some(path) => {
			std::fs::write(path, text)
				.map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
			eprintln!(
				"{} lines from blocks {from} to {to} written to {}",
				lines.len(),
				path.display()
			);
		},
		None => print!("{text}"),
	}
	Ok(())
}
