//! `carechain council …`: motions of the hospitals' council. A motion is proposed with the
//! threshold its power needs (two thirds of the seats for everything here), the proposer votes
//! aye with it, the other members vote, and anyone closes it; closing enacts it if approved.

use std::path::Path;

use blake2::{digest::consts::U32, Blake2b, Digest};
use carechain_client::{bounded, chain, describe_reported_error, AtBlock};
use serde_json::json;
use subxt::utils::{AccountId32, H256};

use crate::{args::CouncilCommand, output::Failure, session::Session};

mod values;
use values::{call_name, motion_hash, peer_id_bytes, read_wasm, two_thirds};

use chain::runtime_types::{
	carechain_runtime::RuntimeCall, pallet_consortium::pallet::Call as ConsortiumCall,
	pallet_intrusion_detection::pallet::Call as IntrusionDetectionCall,
	pallet_membership::pallet::Call as MembershipCall,
	pallet_node_authorization::pallet::Call as NodeAuthorizationCall,
	pallet_registry::pallet::Call as RegistryCall, pallet_utility::pallet::Call as UtilityCall,
};

pub async fn run(session: &Session<'_>, command: &CouncilCommand) -> Result<(), Failure> {
	match command {
		CouncilCommand::Show => show(session).await,
		CouncilCommand::AdmitHospital { hospital, encryption_key, validator, peer_id, signer } => {
			let hospital = session.account(hospital)?;
			let mut calls = vec![
				RuntimeCall::Registry(RegistryCall::admit_hospital {
					hospital,
					encryption_key: bounded(session.public_key(encryption_key)?),
				}),
				RuntimeCall::HospitalMembership(MembershipCall::add_member {
					who: hospital.into(),
				}),
			];
			if *validator {
				calls.push(RuntimeCall::Consortium(ConsortiumCall::add_validator {
					validator: hospital,
				}));
			}
			if let Some(peer_id) = peer_id {
				calls.push(RuntimeCall::NodeAuthorization(
					NodeAuthorizationCall::add_well_known_node {
						node: peer_id_bytes(peer_id)?,
						owner: hospital.into(),
					},
				));
			}
			propose(session, signer, RuntimeCall::Utility(UtilityCall::batch_all { calls })).await
		},
		CouncilCommand::RemoveHospital { hospital, signer } => {
			let hospital = session.account(hospital)?;
			let calls = removal(session, hospital).await?;
			propose(session, signer, RuntimeCall::Utility(UtilityCall::batch_all { calls })).await
		},
		CouncilCommand::ClearNodeReports { peer_id, signer } => {
			let node = bounded(peer_id_bytes(peer_id)?.0);
			propose(
				session,
				signer,
				RuntimeCall::IntrusionDetection(IntrusionDetectionCall::clear_node_reports {
					node,
				}),
			)
			.await
		},
		CouncilCommand::AuthorizeUpgrade { wasm, signer } => {
			let code_hash = H256(Blake2b::<U32>::digest(read_wasm(wasm)?).into());
			session
				.output
				.say(format!("the code hash (blake2-256) of {}: {code_hash:?}", wasm.display()));
			propose(
				session,
				signer,
				RuntimeCall::Consortium(ConsortiumCall::authorize_upgrade { code_hash }),
			)
			.await
		},
		CouncilCommand::ApplyUpgrade { wasm, signer } => apply_upgrade(session, wasm, signer).await,
		CouncilCommand::Vote { motion, nay, signer } => {
			let hash = motion_hash(motion)?;
			let index = votes(session, hash).await?.index;
			let call = chain::transactions().hospital_council().vote(hash, index, !nay);
			session.execute(&session.signer(signer)?, call).await
		},
		CouncilCommand::Close { motion, force, signer } => {
			close(session, motion, *force, signer).await
		},
	}
}

/// Everything a hospital holds, removed in one batch: its validator (if it is one), its member
/// nodes (those node authorization lists it as the owner of), its council seat (if it has one),
/// and its registration. Read from the chain, so that a removal cannot forget any of them.
async fn removal(
	session: &Session<'_>,
	hospital: AccountId32,
) -> Result<Vec<RuntimeCall>, Failure> {
	let at = session.client().await?.at_best().await?;
	let mut calls = Vec::new();
	let validators =
		at.storage().fetch(chain::storage().consortium().validators(), ()).await?.decode()?;
	if validators.0.contains(&hospital) {
		calls.push(RuntimeCall::Consortium(ConsortiumCall::remove_validator {
			validator: hospital,
		}));
	}
	let mut owners = at.storage().iter(chain::storage().node_authorization().owners(), ()).await?;
	while let Some(entry) = owners.next().await {
		let entry = entry?;
		if entry.value().decode()? == hospital {
			let (node,) = entry.key()?.decode()?;
			calls.push(RuntimeCall::NodeAuthorization(
				NodeAuthorizationCall::remove_well_known_node { node },
			));
		}
	}
	let members =
		at.storage().fetch(chain::storage().hospital_membership().members(), ()).await?.decode()?;
	if members.0.contains(&hospital) {
		calls.push(RuntimeCall::HospitalMembership(MembershipCall::remove_member {
			who: hospital.into(),
		}));
	}
	calls.push(RuntimeCall::Registry(RegistryCall::revoke { who: hospital }));
	for call in &calls {
		session.output.say(format!("  {}", call_name(call)));
	}
	Ok(calls)
}

/// Proposes `call` with a threshold of two thirds of the seats, then votes aye as the proposer
/// (proposing is not voting).
async fn propose(session: &Session<'_>, signer: &str, call: RuntimeCall) -> Result<(), Failure> {
	let api = session.client().await?;
	let at = api.at_best().await?;
	let members =
		at.storage().fetch(chain::storage().hospital_council().members(), ()).await?.decode()?;
	let seats = u32::try_from(members.len()).unwrap_or(u32::MAX);
	let threshold = two_thirds(seats);
	let length_bound = carechain_client::encoded_call_len(&at, &call).map_err(Failure)?;
	let signer = session.signer(signer)?;
	let proposal = chain::transactions().hospital_council().propose(threshold, call, length_bound);
	let events = session.submit(&signer, proposal).await?;
	let Some(proposed) =
		events.find_first::<chain::hospital_council::events::Proposed>().transpose()?
	else {
		// A council of one enacts at once: there is no motion to vote on.
		return session.report(&events);
	};
	let (hash, index) = (proposed.proposal_hash, proposed.proposal_index);
	session.output.say(format!(
		"motion {hash:?} (#{index}) proposed: {threshold} of {seats} ayes carry it; voting aye"
	));
	let vote = chain::transactions().hospital_council().vote(hash, index, true);
	session.submit(&signer, vote).await.map_err(|Failure(error)| {
		Failure(format!(
			"motion {hash:?} (#{index}) was proposed, but the proposer's aye failed: {error}; \
			 vote with `carechain council vote {hash:?}`"
		))
	})?;
	let votes = votes(session, hash).await?;
	session.output.show(
		&json!({
			"motion": format!("{hash:?}"),
			"index": index,
			"threshold": votes.threshold,
			"seats": seats,
			"ayes": votes.ayes.len(),
		}),
		[format!(
			"✓ motion {hash:?}: {} aye(s) of the {} it needs; the others vote with \
			 `carechain council vote {hash:?} --as <member>`, then anyone closes it with \
			 `carechain council close {hash:?} --as <account>`",
			votes.ayes.len(),
			votes.threshold,
		)],
	)
}

/// Closes `motion`: its weight and length bounds are the proposal's own, as the runtime
/// reckons them (from the stored bytes, so that a motion this client's metadata does not know
/// can be closed too). A motion the council disapproved is a failure. So is one whose ayes reach
/// the threshold it was proposed with but no longer make two thirds of the seats the council has
/// now (a hospital was admitted since): closing it would consume it with a `BadOrigin` failure,
/// so it is refused unless `force` (for motions of a lower threshold, such as a majority's).
async fn close(
	session: &Session<'_>,
	motion: &str,
	force: bool,
	signer: &str,
) -> Result<(), Failure> {
	let hash = motion_hash(motion)?;
	let api = session.client().await?;
	let at = api.at_best().await?;
	let votes = votes(session, hash).await?;
	let seats = at
		.storage()
		.fetch(chain::storage().hospital_council().members(), ())
		.await?
		.decode()?
		.len();
	let ayes = votes.ayes.len();
	if !force && ayes >= votes.threshold as usize && ayes * 3 < seats * 2 {
		return Err(Failure(format!(
			"motion {hash:?} has {ayes} ayes, its threshold when proposed, but the council has \
			 {seats} seats now and {ayes} are not two thirds of them: closing would fail with \
			 BadOrigin and consume the motion. Another member votes aye first, or the motion is \
			 proposed again (--force closes it anyway, for a motion of a lower threshold)"
		)));
	}
	let proposal = at
		.storage()
		.try_fetch(chain::storage().hospital_council().proposal_of(), (hash,))
		.await?
		.ok_or_else(|| Failure(format!("no open motion has the hash {hash:?}")))?
		.into_bytes();
	let length = u32::try_from(proposal.len()).unwrap_or(u32::MAX);
	let weight = call_weight(&api, &proposal, length, at.block_hash()).await?;
	let call = chain::transactions().hospital_council().close(hash, votes.index, weight, length);
	let events = session.submit(&session.signer(signer)?, call).await?;
	if events.find_first::<chain::hospital_council::events::Disapproved>().is_some() {
		return Err(Failure(format!(
			"the council disapproved motion {hash:?} ({ayes} ayes, {} nays of {seats} seats): \
			 it is closed and nothing was done",
			votes.nays.len()
		)));
	}
	session.report(&events)
}

/// The weight of the SCALE-encoded `call`, as `TransactionPaymentCallApi::query_call_info`
/// reckons it at block `at`.
async fn call_weight(
	api: &carechain_client::Client,
	call: &[u8],
	length: u32,
	at: H256,
) -> Result<chain::runtime_types::sp_weights::weight_v2::Weight, Failure> {
	use subxt::ext::codec::{Compact, Decode, Encode};
	let mut parameters = call.to_vec();
	length.encode_to(&mut parameters);
	let answer =
		api.state_call("TransactionPaymentCallApi_query_call_info", &parameters, at).await?;
	// RuntimeDispatchInfo { weight: Weight { ref_time, proof_size }, .. }: the weight leads.
	let (ref_time, proof_size) = <(Compact<u64>, Compact<u64>)>::decode(&mut &answer[..])
		.map_err(|e| Failure(format!("the runtime's weight of the motion does not decode: {e}")))?;
	Ok(chain::runtime_types::sp_weights::weight_v2::Weight {
		ref_time: ref_time.0,
		proof_size: proof_size.0,
	})
}

/// Submits the code of an authorized upgrade. frame-system takes a code that matches the
/// authorization but cannot run (same or lower `spec_version`, another spec name) and only says
/// so in an event, dropping the authorization: that is a failure here.
async fn apply_upgrade(session: &Session<'_>, wasm: &Path, signer: &str) -> Result<(), Failure> {
	let call = chain::transactions().system().apply_authorized_upgrade(read_wasm(wasm)?);
	let events = session.submit(&session.signer(signer)?, call).await?;
	if let Some(rejected) = events
		.find_first::<chain::system::events::RejectedInvalidAuthorizedUpgrade>()
		.transpose()?
	{
		let metadata = session.client().await?.at_finalized().await?.metadata();
		let (_, text) = describe_reported_error(&metadata, &rejected.error);
		return Err(Failure(format!(
			"the chain refused the upgrade and dropped its authorization: {text}"
		)));
	}
	session.report(&events)
}

/// The votes on the open motion `hash`.
async fn votes(
	session: &Session<'_>,
	hash: H256,
) -> Result<chain::runtime_types::pallet_collective::Votes<subxt::utils::AccountId32, u32>, Failure>
{
	let at = session.client().await?.at_best().await?;
	Ok(at
		.storage()
		.try_fetch(chain::storage().hospital_council().voting(), (hash,))
		.await?
		.ok_or_else(|| Failure(format!("no open motion has the hash {hash:?}")))?
		.decode()?)
}

/// The council's members and prime, the open motions with their votes, and the member nodes
/// monitors reported for flooding.
async fn show(session: &Session<'_>) -> Result<(), Failure> {
	let at = session.client().await?.at_best().await?;
	let council = chain::storage().hospital_council();
	let members = at.storage().fetch(council.members(), ()).await?.decode()?;
	let prime =
		at.storage().try_fetch(council.prime(), ()).await?.map(|p| p.decode()).transpose()?;
	let hashes = at.storage().fetch(council.proposals(), ()).await?.decode()?;
	let seats = u32::try_from(members.len()).unwrap_or(u32::MAX);
	let mut lines = vec![format!(
		"council: {seats} seats (two thirds: {}); prime: {}",
		two_thirds(seats),
		prime.map_or("none".to_string(), |p| p.to_string())
	)];
	lines.extend(members.iter().map(|member| format!("  {member}")));
	let mut motions = Vec::new();
	for hash in hashes.0 {
		let Some(votes) = at.storage().try_fetch(council.voting(), (hash,)).await? else {
			continue;
		};
		let votes = votes.decode()?;
		let call = match at.storage().try_fetch(council.proposal_of(), (hash,)).await? {
			Some(call) => match call.decode() {
				Ok(call) => format!("{call:?}"),
				Err(_) => "(a call this client's metadata does not describe)".to_string(),
			},
			None => "(unknown)".to_string(),
		};
		let seats_now = u32::try_from(members.len()).unwrap_or(u32::MAX);
		let stale = votes.threshold != two_thirds(seats_now);
		lines.push(format!(
			"motion {hash:?} (#{}): {} ayes, {} nays of {} needed, until block {}{}\n  {}",
			votes.index,
			votes.ayes.len(),
			votes.nays.len(),
			votes.threshold,
			votes.end,
			if stale { " (not two thirds of the seats now: see `close`)" } else { "" },
			call.chars().take(300).collect::<String>(),
		));
		motions.push(json!({
			"motion": format!("{hash:?}"),
			"index": votes.index,
			"threshold": votes.threshold,
			"ayes": votes.ayes.iter().map(ToString::to_string).collect::<Vec<_>>(),
			"nays": votes.nays.iter().map(ToString::to_string).collect::<Vec<_>>(),
			"end": votes.end,
			"twoThirdsOfSeatsNow": !stale,
			"call": call,
		}));
	}
	let reported = reported_nodes(&at, &mut lines).await?;
	session.output.show(
		&json!({
			"members": members.iter().map(ToString::to_string).collect::<Vec<_>>(),
			"prime": prime.map(|p| p.to_string()),
			"twoThirds": two_thirds(seats),
			"motions": motions,
			"reportedNodes": reported,
		}),
		lines,
	)
}

/// The member nodes monitors reported for flooding, with their owners and reporters: a line each
/// in `lines`, and as JSON.
async fn reported_nodes(
	at: &AtBlock,
	lines: &mut Vec<String>,
) -> Result<Vec<serde_json::Value>, Failure> {
	let mut reported = Vec::new();
	let mut reports =
		at.storage().iter(chain::storage().intrusion_detection().node_reports(), ()).await?;
	while let Some(entry) = reports.next().await {
		let entry = entry?;
		let (node,) = entry.key()?.decode()?;
		let by = entry.value().decode()?.0;
		let owners = chain::storage().node_authorization().owners();
		let key = (chain::runtime_types::sp_core::OpaquePeerId(node.0.clone()),);
		let owner = match at.storage().try_fetch(owners, key).await? {
			Some(owner) => owner.decode()?.to_string(),
			None => "no longer a member node".to_string(),
		};
		let node = bs58::encode(&node.0).into_string();
		let reporters: Vec<String> =
			by.iter().map(|(who, block)| format!("{who} at #{block}")).collect();
		lines.push(format!(
			"reported node {node} (owner: {owner}), by {} monitor(s): {}",
			by.len(),
			reporters.join(", ")
		));
		reported.push(json!({
			"node": node,
			"owner": owner,
			"reports": by
				.iter()
				.map(|(who, block)| json!({ "by": who.to_string(), "block": block }))
				.collect::<Vec<_>>(),
		}));
	}
	Ok(reported)
}
