//! `carechain device …`: a simulated device sending sealed vital-sign readings, one at a time or
//! (`--flood`) all at once.

use carechain_client::{load::vital_signs, records, Step, Transaction};
use serde_json::json;

use crate::{
	args::DeviceCommand,
	output::Failure,
	session::{DeviceStore, Session},
};

pub async fn run(session: &Session<'_>, command: &DeviceCommand) -> Result<(), Failure> {
	let DeviceCommand::Simulate {
		patient,
		count,
		interval_ms,
		rsa,
		signing_rsa,
		store,
		outbox,
		flood,
		batch,
		signer,
	} = command;
	let signer = session.signer(signer)?;
	let device_key = session.rsa_key(rsa)?;
	let signing_key = session.rsa_key(signing_rsa)?;
	let patient = session.account(patient)?;
	let store = session.device_store(store, outbox.as_deref())?;
	let api = session.client().await?;
	if *batch {
		return anchor_batch(
			session,
			&api,
			&signer,
			&device_key,
			&signing_key,
			&patient,
			&store,
			*count,
		)
		.await;
	}
	let output = session.output;
	let progress = output.bar(u64::from(*count), "readings");
	progress.set_message(if *flood { "flooding" } else { "anchoring" });
	let device_id = signer.public_key().to_account_id();
	let (mut anchored, mut accepted, mut refused) = (Vec::new(), 0u32, Vec::new());
	for i in 0..*count {
		let reading = vital_signs(i).to_string();
		if *flood {
			// On purpose, each reading is sealed afresh (the category key fetched and unwrapped
			// again, not once per run) and carries a nonce asked of the node's pool: that paces
			// the flood as the chain's intrusion detection is tested with. Sealing faster sent
			// all the readings of the CLI story test (tests/tests/cli.rs) before the first block,
			// and the test saw no refusal.
			let (call, _) = records::seal_reading(
				&api,
				&device_id,
				&device_key,
				&signing_key,
				&patient,
				records::DataCategory::VitalSigns,
				&store,
				reading.as_bytes(),
			)
			.await?;
			// A refusal is what a flood is for: kept in the node's own words. A failure before
			// anything was sent (no reference block, no nonce) ends the run.
			match Transaction::new(&api, &signer, &call).submit_unwatched().await {
				Ok(_) => accepted += 1,
				Err(error) if error.step == Step::Submitting => refused.push(error.reason),
				Err(error) => return Err(Failure(error.reason)),
			}
		} else {
			let record = records::seal_and_anchor(
				&api,
				&signer,
				&device_key,
				&signing_key,
				&patient,
				records::DataCategory::VitalSigns,
				&store,
				reading.as_bytes(),
			)
			.await?;
			progress.suspend(|| {
				output.say(format!(
					"reading {} anchored as record {}: {reading}",
					i + 1,
					record.record_id
				))
			});
			anchored.push(record.record_id);
			if i + 1 < *count {
				tokio::time::sleep(std::time::Duration::from_millis(*interval_ms)).await;
			}
		}
		progress.inc(1);
	}
	progress.finish_and_clear();
	if *flood {
		output.show(
			&json!({ "submitted": count, "accepted": accepted, "refused": refused }),
			[format!(
				"flood: {count} readings sent at once, {accepted} accepted by the node, {} refused{}",
				refused.len(),
				refused.first().map(|e| format!(" (first: {e})")).unwrap_or_default()
			)],
		)
	} else {
		output.show(
			&json!({ "records": anchored }),
			[format!("✓ {} readings anchored", anchored.len())],
		)
	}
}

/// `--batch`: `count` readings sealed, stored and anchored as one batch.
#[allow(clippy::too_many_arguments)]
async fn anchor_batch(
	session: &Session<'_>,
	api: &carechain_client::Client,
	signer: &carechain_client::Signer,
	device_key: &carechain_crypto::envelope::PrivateKey,
	signing_key: &carechain_crypto::envelope::PrivateKey,
	patient: &subxt::utils::AccountId32,
	store: &DeviceStore,
	count: u32,
) -> Result<(), Failure> {
	let readings: Vec<String> = (0..count).map(|i| vital_signs(i).to_string()).collect();
	let readings: Vec<&[u8]> = readings.iter().map(String::as_bytes).collect();
	let sealing = session.output.spinner("sealing the batch's readings");
	let anchored = records::seal_and_anchor_batch(
		api,
		signer,
		device_key,
		signing_key,
		patient,
		records::DataCategory::VitalSigns,
		store,
		&readings,
	)
	.await;
	sealing.finish_and_clear();
	let anchored = anchored?;
	session.output.show(
		&json!({
			"batch": anchored.record_id,
			"readings": anchored.readings.len(),
			"root": hex::encode(anchored.root),
		}),
		[format!(
			"✓ {} readings anchored as batch record {} (root {})",
			anchored.readings.len(),
			anchored.record_id,
			hex::encode(anchored.root)
		)],
	)
}
