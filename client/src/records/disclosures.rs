//! The accounting of disclosures: every decision consent made about a patient's data and every
//! change of its consent, from the chain's events, block by block.
//!
//! The chain keeps only each patient's latest decisions in storage (the audit trail); the full
//! history is in the events of every block, which a node keeps only as long as it keeps the
//! block's state: a default node prunes state older than 256 blocks, so a full export needs an
//! archive node (`--state-pruning archive`).

use futures::{stream, StreamExt, TryStreamExt};
use serde::Serialize;
use subxt::utils::AccountId32;

use super::{err, WorkflowError};
use crate::{chain, Client};

/// How many blocks are fetched at once.
const CONCURRENCY: usize = 16;

/// One line of a patient's accounting of disclosures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Disclosure {
	/// The block it happened in.
	pub block: u32,
	/// The block's time, milliseconds since the Unix epoch (its timestamp).
	pub time: u64,
	/// What happened: `access` (a decision on a read or a write, granted or refused), `grant`,
	/// `amend`, `revoke`, `expire`, `emergency-opened` or `emergency-reviewed`.
	pub event: &'static str,
	/// Who: the accessor, the grantee, or the emergency physician.
	pub who: String,
	/// The data's category (`access` only).
	pub category: String,
	/// What was asked for or allowed: the action (`access`), the permission and scope (a grant).
	pub action: String,
	/// The purpose.
	pub purpose: String,
	/// The outcome: the decision with its basis or reason (`access`), the grant's id and expiry,
	/// the review's outcome.
	pub outcome: String,
}

/// `patient`'s accounting of disclosures from block `from` to block `to` (both included),
/// oldest first; `progress` is told each block done and the last. Fails, naming the block, where
/// the node no longer has a block's state (a pruned node: use an archive node).
pub async fn disclosures(
	api: &Client,
	patient: &AccountId32,
	from: u32,
	to: u32,
	mut progress: impl FnMut(u32, u32),
) -> Result<Vec<Disclosure>, WorkflowError> {
	let blocks = stream::iter(from..=to)
		.map(|number| async move {
			Ok::<_, WorkflowError>((number, of_block(api, patient, number).await?))
		})
		.buffered(CONCURRENCY);
	let mut all = Vec::new();
	let mut blocks = Box::pin(blocks);
	while let Some((number, found)) = blocks.try_next().await? {
		all.extend(found);
		progress(number, to);
	}
	Ok(all)
}

/// What block `number` says about `patient`.
async fn of_block(
	api: &Client,
	patient: &AccountId32,
	number: u32,
) -> Result<Vec<Disclosure>, WorkflowError> {
	let pruned = |e: &dyn std::fmt::Display| {
		err(format!(
			"block {number}: {e} (a node keeps old blocks' state only as an archive node: \
			 --state-pruning archive)"
		))
	};
	let at = api.at_block(u64::from(number)).await.map_err(|e| pruned(&e))?;
	let events = at.events().fetch().await.map_err(|e| pruned(&e))?;
	let time = at
		.storage()
		.fetch(chain::storage().timestamp().now(), ())
		.await
		.map_err(|e| pruned(&e))?
		.decode()
		.map_err(|e| err(e.to_string()))?;
	let line = |event: &'static str, who: &AccountId32| Disclosure {
		block: number,
		time,
		event,
		who: who.to_string(),
		category: String::new(),
		action: String::new(),
		purpose: String::new(),
		outcome: String::new(),
	};
	use chain::consent::events as consent;
	let mut found = Vec::new();
	for event in events.iter() {
		let event = event.map_err(|e| err(e.to_string()))?;
		if let Some(e) = event
			.decode_fields_as::<consent::AccessAudited>()
			.transpose()
			.map_err(|e| err(e.to_string()))?
		{
			if e.patient == *patient {
				found.push(Disclosure {
					category: format!("{:?}", e.category),
					action: format!("{:?}", e.action),
					purpose: format!("{:?}", e.purpose),
					outcome: format!("{:?}", e.decision),
					..line("access", &e.accessor)
				});
			}
		} else if let Some(e) = event
			.decode_fields_as::<consent::ConsentGranted>()
			.transpose()
			.map_err(|e| err(e.to_string()))?
		{
			if e.patient == *patient {
				found.push(Disclosure {
					action: format!("{:?} {:?}", e.permission, e.scope),
					purpose: format!("{:?}", e.purpose),
					outcome: format!("grant {} until block {}", e.grant_id, e.expires_at),
					..line("grant", &e.grantee)
				});
			}
		} else if let Some(e) = event
			.decode_fields_as::<consent::ConsentAmended>()
			.transpose()
			.map_err(|e| err(e.to_string()))?
		{
			if e.patient == *patient {
				found.push(Disclosure {
					action: format!("{:?} {:?}", e.permission, e.scope),
					outcome: format!("grant {} until block {}", e.grant_id, e.expires_at),
					..line("amend", &e.grantee)
				});
			}
		} else if let Some(e) = event
			.decode_fields_as::<consent::ConsentRevoked>()
			.transpose()
			.map_err(|e| err(e.to_string()))?
		{
			if e.patient == *patient {
				found.push(Disclosure {
					outcome: format!("grant {}", e.grant_id),
					..line("revoke", &e.grantee)
				});
			}
		} else if let Some(e) = event
			.decode_fields_as::<consent::ConsentExpired>()
			.transpose()
			.map_err(|e| err(e.to_string()))?
		{
			if e.patient == *patient {
				found.push(Disclosure {
					outcome: format!("grant {}", e.grant_id),
					..line("expire", &e.grantee)
				});
			}
		} else if let Some(e) = event
			.decode_fields_as::<consent::EmergencyAccessOpened>()
			.transpose()
			.map_err(|e| err(e.to_string()))?
		{
			if e.patient == *patient {
				found.push(Disclosure {
					purpose: "EmergencyTreatment".into(),
					outcome: format!(
						"emergency {} for hospital {} until block {}",
						e.id, e.hospital, e.expires_at
					),
					..line("emergency-opened", &e.physician)
				});
			}
		} else if let Some(e) = event
			.decode_fields_as::<consent::EmergencyReviewConcluded>()
			.transpose()
			.map_err(|e| err(e.to_string()))?
		{
			if e.patient == *patient {
				found.push(Disclosure {
					outcome: format!("emergency {}: {:?}", e.id, e.outcome),
					..line("emergency-reviewed", &e.physician)
				});
			}
		}
	}
	Ok(found)
}

/// `lines` as CSV, with a header row: fields with a comma, a quote or a line break quoted.
pub fn to_csv(lines: &[Disclosure]) -> String {
	fn field(text: &str) -> String {
		if text.contains([',', '"', '\n', '\r']) {
			format!("\"{}\"", text.replace('"', "\"\""))
		} else {
			text.to_string()
		}
	}
	let mut csv = String::from("block,time,event,who,category,action,purpose,outcome\n");
	for line in lines {
		let fields = [
			line.block.to_string(),
			line.time.to_string(),
			line.event.to_string(),
			line.who.clone(),
			line.category.clone(),
			line.action.clone(),
			line.purpose.clone(),
			line.outcome.clone(),
		];
		csv.push_str(&fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
		csv.push('\n');
	}
	csv
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn csv_quotes_what_needs_quoting_and_nothing_else() {
		let line = Disclosure {
			block: 7,
			time: 1_700_000_000_000,
			event: "grant",
			who: "5Grantee".into(),
			category: String::new(),
			action: "Read Only([VitalSigns, LabResults])".into(),
			purpose: "Treatment".into(),
			outcome: "say \"when\"".into(),
		};
		assert_eq!(
			to_csv(&[line]),
			"block,time,event,who,category,action,purpose,outcome\n\
			 7,1700000000000,grant,5Grantee,,\"Read Only([VitalSigns, LabResults])\",Treatment,\
			 \"say \"\"when\"\"\"\n"
		);
	}
}
