//! `carechain hospital …`: admission through governance, the hospital's physicians and devices,
//! and the intrusion alerts of its devices.

use carechain_client::{bounded, chain, records, same_as};
use serde_json::json;

use crate::{args::HospitalCommand, output::Failure, session::Session};

pub async fn run(session: &Session<'_>, command: &HospitalCommand) -> Result<(), Failure> {
	use chain::runtime_types::{carechain_runtime::RuntimeCall, pallet_registry::pallet::Call};
	let registry = chain::transactions().registry();
	match command {
		HospitalCommand::Admit { hospital, encryption_key, signer } => {
			let call = RuntimeCall::Registry(Call::admit_hospital {
				hospital: session.account(hospital)?,
				encryption_key: bounded(session.public_key(encryption_key)?),
			});
			let signer = session.signer(signer)?;
			session.execute(&signer, chain::transactions().sudo().sudo(call)).await
		},
		HospitalCommand::RegisterPhysician { physician, encryption_key, signer } => {
			let call = registry.register_physician(
				session.account(physician)?,
				bounded(session.public_key(encryption_key)?),
			);
			session.execute(&session.signer(signer)?, call).await
		},
		HospitalCommand::RegisterDevice {
			device,
			patient,
			kind,
			encryption_key,
			signing_key,
			signer,
		} => {
			let call = registry.register_device(
				session.account(device)?,
				session.account(patient)?,
				same_as(&kind),
				bounded(session.public_key(encryption_key)?),
				bounded(session.public_key(signing_key)?),
			);
			session.execute(&session.signer(signer)?, call).await
		},
		HospitalCommand::MoveDevice { device, patient, hospital, signer } => {
			let call = registry.move_device(
				session.account(device)?,
				session.account(patient)?,
				session.account(hospital)?,
			);
			session.execute(&session.signer(signer)?, call).await
		},
		HospitalCommand::RotateDeviceKey { device, signing_key, signer } => {
			let call = registry.rotate_device_key(
				session.account(device)?,
				bounded(session.public_key(signing_key)?),
			);
			session.execute(&session.signer(signer)?, call).await
		},
		HospitalCommand::Suspend { who, signer } => {
			let call = registry.suspend(session.account(who)?);
			session.execute(&session.signer(signer)?, call).await
		},
		HospitalCommand::Reactivate { who, signer } => {
			let call = registry.reactivate(session.account(who)?);
			session.execute(&session.signer(signer)?, call).await
		},
		HospitalCommand::SetSessionKeys { keys_node, signer } => {
			set_session_keys(session, keys_node, signer).await
		},
		HospitalCommand::Custody { rsa, store, signer } => {
			let signer = session.signer(signer)?;
			let key = session.rsa_key(rsa)?;
			let store = crate::session::open_source(store)?;
			let api = session.client().await?;
			session
				.output
				.say(format!("custodian {} serving releases", signer.public_key().to_account_id()));
			records::serve_custody(&api, &signer, &key, &store, |release| {
				session.output.say(match release {
					records::Release::Released { record_id, reader } => {
						format!("released record {record_id} to {reader}")
					},
					records::Release::Refused { record_id, reader } => {
						format!(
							"withheld record {record_id} from {reader}: the chain would refuse it"
						)
					},
					records::Release::Skipped { record_id, reason } => {
						format!("skipped record {record_id}: {reason}")
					},
				})
			})
			.await?;
			Ok(())
		},
		HospitalCommand::Alerts => alerts(session).await,
		HospitalCommand::Reinstate { device, signer } => {
			let call =
				chain::transactions().intrusion_detection().reinstate(session.account(device)?);
			session.execute(&session.signer(signer)?, call).await
		},
		HospitalCommand::Revoke { who, signer } => {
			let call = registry.revoke(session.account(who)?);
			session.execute(&session.signer(signer)?, call).await
		},
	}
}

/// New session keys made by the node at `keys_node` (on this machine), registered for the
/// signer's account.
async fn set_session_keys(
	session: &Session<'_>,
	keys_node: &str,
	signer: &str,
) -> Result<(), Failure> {
	// The node's answer is what gets registered: over a network, whoever sits on the path could
	// put their own keys (and a valid proof for them) in its place.
	let host = keys_node.strip_prefix("ws://").map(|rest| rest.split(['/', ':']).next());
	if !matches!(host, Some(Some("127.0.0.1" | "localhost" | "[::1]"))) {
		return Err(Failure(format!(
			"--keys-node {keys_node}: the keys are made by the hospital's own node, on this \
			 machine (ws://127.0.0.1:<port>)"
		)));
	}
	use chain::runtime_types::{
		carechain_runtime::SessionKeys, sp_consensus_aura::sr25519::app_sr25519,
		sp_consensus_grandpa::app,
	};
	let signer = session.signer(signer)?;
	let owner = signer.public_key().to_account_id();
	let generated = carechain_client::connect(keys_node).await?.rotate_session_keys(&owner).await?;
	session.output.say(format!(
		"the node made session keys: aura 0x{}, grandpa 0x{}",
		hex::encode(generated.aura),
		hex::encode(generated.grandpa)
	));
	let keys = SessionKeys {
		aura: app_sr25519::Public(generated.aura),
		grandpa: app::Public(generated.grandpa),
	};
	let call = chain::transactions().session().set_keys(keys, generated.proof);
	session.execute(&signer, call).await
}

/// The devices the chain holds quarantined, with their detector's state.
async fn alerts(session: &Session<'_>) -> Result<(), Failure> {
	let api = session.client().await?;
	let at = api.at_best().await?;
	let apis = chain::runtime_apis().intrusion_detection_api();
	let quarantined = at.runtime_apis().call(apis.quarantined()).await?;
	let mut alerts = Vec::new();
	for device in quarantined {
		let state = at.runtime_apis().call(apis.device(device)).await?;
		let (baseline, average) =
			state.map(|s| (s.detector.baseline, s.detector.last_average)).unwrap_or_default();
		session.output.say(format!(
			"{device}: quarantined; last window {:.1} ms between requests, baseline {:.1} ms",
			average as f64 / 1000.0,
			baseline as f64 / 1000.0
		));
		alerts.push(json!({
			"device": device.to_string(),
			"baselineUs": baseline,
			"lastAverageUs": average,
		}));
	}
	let none = alerts.is_empty().then_some("no device is quarantined");
	session.output.show(&json!({ "quarantined": alerts }), none)
}
