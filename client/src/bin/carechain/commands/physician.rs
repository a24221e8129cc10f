//! `carechain physician …`: asking a patient for access, emergency access, and listing and
//! reading a patient's records (each read asked of the chain, audited, and checked against its
//! anchored hash).

use carechain_client::{chain, records, same_as};
use carechain_primitives::consent::DataCategory;
use serde_json::json;

use crate::{
	args::PhysicianCommand,
	commands::patient::list_records,
	output::Failure,
	session::{open_source, Session},
};

pub async fn run(session: &Session<'_>, command: &PhysicianCommand) -> Result<(), Failure> {
	match command {
		PhysicianCommand::RequestAccess { patient, category, permission, blocks, signer } => {
			let call = chain::transactions().consent().request_access(
				session.account(patient)?,
				records::only(same_as(&category)),
				same_as(&permission),
				records::Purpose::Treatment,
				*blocks,
			);
			session.execute(&session.signer(signer)?, call).await
		},
		PhysicianCommand::Records { patient, category } => {
			list_records(session, patient, *category).await
		},
		PhysicianCommand::Emergency { patient, hospital, justification, signer } => {
			let hash =
				carechain_primitives::record_signature::content_hash(justification.as_bytes());
			let call = chain::transactions().consent().open_emergency_access(
				session.account(patient)?,
				session.account(hospital)?,
				subxt::utils::H256(hash),
			);
			session.output.say(format!(
				"justification hash 0x{} (keep the text in the hospital's records)",
				hex::encode(hash)
			));
			session.execute(&session.signer(signer)?, call).await
		},
		PhysicianCommand::Read { patient, category, rsa, store, emergency, signer } => {
			let purpose = if *emergency {
				records::Purpose::EmergencyTreatment
			} else {
				records::Purpose::Treatment
			};
			read(session, patient, *category, purpose, rsa, store, signer).await
		},
	}
}

/// Reads `patient`'s records of `category` as `signer`, opening them with the RSA key `rsa`
/// and the envelopes in `store`; fails (after showing what was read) if the chain refused any.
async fn read(
	session: &Session<'_>,
	patient: &str,
	category: DataCategory,
	purpose: records::Purpose,
	rsa: &str,
	store: &str,
	signer: &str,
) -> Result<(), Failure> {
	let signer = session.signer(signer)?;
	let key = session.rsa_key(rsa)?;
	let patient = session.account(patient)?;
	let store = open_source(store)?;
	let api = session.client().await?;
	let reading =
		session.output.spinner("asking the chain for each read, then opening the records");
	let outcomes =
		records::read_records(&api, &signer, &key, &patient, same_as(&category), purpose, &store)
			.await;
	reading.finish_and_clear();
	let outcomes = outcomes?;
	let (mut denied, mut unopened) = (0, 0);
	let (mut items, mut lines) = (Vec::new(), Vec::new());
	for outcome in &outcomes {
		match outcome {
			records::RecordRead::Opened { record_id, plaintext } => {
				let text = String::from_utf8_lossy(plaintext).to_string();
				lines.push(format!("record {record_id}: {text}"));
				items.push(json!({ "record": record_id, "verified": true, "plaintext": text }));
			},
			records::RecordRead::OpenedBatch { record_id, readings } => {
				let texts: Vec<String> =
					readings.iter().map(|r| String::from_utf8_lossy(r).to_string()).collect();
				for (i, text) in texts.iter().enumerate() {
					lines.push(format!("record {record_id}, reading {i}: {text}"));
				}
				items.push(json!({ "record": record_id, "verified": true, "batch": texts }));
			},
			records::RecordRead::Unopened { record_id, reason } => {
				unopened += 1;
				lines.push(format!("record {record_id}: granted, but not opened: {reason}"));
				items.push(json!({ "record": record_id, "unopened": reason }));
			},
			records::RecordRead::Denied { record_id, reason } => {
				denied += 1;
				lines.push(format!("record {record_id}: refused by the chain: {reason}"));
				items.push(json!({ "record": record_id, "refused": reason }));
			},
		}
	}
	session.output.show(&json!({ "records": items }), lines)?;
	if unopened > 0 {
		return Err(Failure(format!(
			"{unopened} of {} record(s) granted but not opened",
			outcomes.len()
		)));
	}
	if denied > 0 {
		return Err(Failure(format!(
			"{denied} of {} record(s) refused to {} by the chain",
			outcomes.len(),
			signer.public_key().to_account_id()
		)));
	}
	Ok(())
}
