//! Threshold custody on the client: a patient's custodian set, the custodian hospital's service
//! that releases its share for each granted read, and the reader's side that collects the
//! released shares and opens the record. A custody batch is one record: its custodians split
//! and release the batch key that its manifest carries sealed, and that key opens every reading
//! ([`carechain_crypto::custody_batch`]).
//!
//! A custodian sees its own share of a record's data key, never the key; a reader gets shares only
//! through `records.release_share`, which the chain accepts only for a read consent granted (and
//! grants again at the release), so every disclosure is on the patient's audit trail.

use std::time::Duration;

use carechain_crypto::{
	custody::{custodian_share, open_with_shares, unwrap_share, wrap_share, Binding},
	envelope::{envelope_for_hash, Envelope, PrivateKey},
	shamir::Share,
};
use subxt::utils::AccountId32;

use super::{batching::manifest_of, encryption_key_of, err, RecordInfo, WorkflowError};
use crate::{bounded, chain, storage::EnvelopeSource, AtBlock, Client, Signer, Transaction};

/// A patient's custodian set as the finalized chain has it.
#[derive(Clone, Debug)]
pub struct CustodySet {
	/// Its number (a record's `key_epoch` under envelope version 2).
	pub epoch: u32,
	/// The custodian hospitals, in share order (the first holds x = 1).
	pub custodians: Vec<AccountId32>,
	/// Their registered encryption keys, in the same order.
	pub keys: Vec<Vec<u8>>,
	/// How many shares open a record.
	pub threshold: u32,
}

/// `patient`'s current custodian set, read at the finalized block (a set a fork could undo is
/// never sealed to); `None` if it has none (its records are sealed under category keys).
pub async fn custody_of(
	api: &Client,
	patient: &AccountId32,
) -> Result<Option<CustodySet>, WorkflowError> {
	let at = api.at_finalized().await.map_err(err)?;
	let apis = chain::runtime_apis().records_api();
	let epoch = at
		.runtime_apis()
		.call(apis.custody_epoch(*patient))
		.await
		.map_err(|e| err(e.to_string()))?;
	if epoch == 0 {
		return Ok(None);
	}
	custody_set(api, patient, epoch).await.map(Some)
}

/// `patient`'s custodian set `epoch`, with the custodians' encryption keys, at the finalized
/// block.
pub async fn custody_set(
	api: &Client,
	patient: &AccountId32,
	epoch: u32,
) -> Result<CustodySet, WorkflowError> {
	let at = api.at_finalized().await.map_err(err)?;
	custody_set_at(&at, patient, epoch).await
}

/// As [`custody_set`], at block `at`.
async fn custody_set_at(
	at: &AtBlock,
	patient: &AccountId32,
	epoch: u32,
) -> Result<CustodySet, WorkflowError> {
	let (custodians, threshold) = at
		.runtime_apis()
		.call(chain::runtime_apis().records_api().custodians(*patient, epoch))
		.await
		.map_err(|e| err(e.to_string()))?
		.ok_or_else(|| err(format!("{patient} has no custodian set {epoch}")))?;
	let mut keys = Vec::with_capacity(custodians.len());
	for custodian in &custodians {
		let profile = at
			.runtime_apis()
			.call(chain::runtime_apis().registry_api().profile(*custodian))
			.await
			.map_err(|e| err(e.to_string()))?
			.ok_or_else(|| err(format!("custodian {custodian} is not registered")))?;
		keys.push(profile.encryption_key);
	}
	Ok(CustodySet { epoch, custodians, keys, threshold })
}

/// The call that names `patient`'s custodians, `threshold` of which open a record.
pub fn set_custodians_call(
	patient: &AccountId32,
	custodians: Vec<AccountId32>,
	threshold: u32,
) -> impl subxt::tx::Payload {
	chain::transactions().records().set_custodians(*patient, bounded(custodians), threshold)
}

/// What the custodian service did about one granted read.
#[derive(Clone, Debug)]
pub enum Release {
	/// Its share was sent to the reader (the release's transaction is in the pool).
	Released {
		/// The record.
		record_id: u64,
		/// The reader.
		reader: AccountId32,
	},
	/// Not released: the chain would not accept it (consent no longer allows the read, or the
	/// read is closed, or this custodian has released for it), or refused it.
	Refused {
		/// The record.
		record_id: u64,
		/// The reader.
		reader: AccountId32,
	},
	/// Not this hospital's record, or a release that failed (the reason in words).
	Skipped {
		/// The record.
		record_id: u64,
		/// Why.
		reason: String,
	},
}

/// The custodian hospital's service: follows best blocks from now on, block number by block
/// number, and, for each granted read of a record it holds a share of (`SharesRequested`),
/// fetches the envelope from `store`, unwraps its share with `key` (bound to the record the chain
/// shows), re-wraps it to the reader's encryption key and sends the release, without waiting for
/// its block (so that one busy reader does not hold up the others). `report` is told each
/// outcome. Runs until the connection ends.
///
/// A release's wrapped share is in its transaction's data even if the chain refuses it, so the
/// service sends one only when the chain, at its newest block, says it would accept it
/// (`recordsApi.mayRelease`), asked just before sending. Best blocks, not finalized ones: the
/// chain checks each release against the open read and consent in the release's own block.
pub async fn serve_custody(
	api: &Client,
	hospital: &Signer,
	key: &PrivateKey,
	store: &impl EnvelopeSource,
	mut report: impl FnMut(Release),
) -> Result<(), WorkflowError> {
	let me = hospital.public_key().to_account_id();
	let mut next = api.best_number().await.map_err(err)?.saturating_add(1);
	loop {
		let best = api.best_number().await.map_err(err)?;
		if next > best {
			tokio::time::sleep(Duration::from_millis(500)).await;
			continue;
		}
		let at = api.at_block(next).await.map_err(|e| err(e.to_string()))?;
		let events = at.events().fetch().await.map_err(|e| err(e.to_string()))?;
		for requested in
			events.find::<chain::records::events::SharesRequested>().filter_map(Result::ok)
		{
			let outcome =
				release(api, &at, hospital, &me, key, store, requested.record_id, requested.reader)
					.await
					.unwrap_or_else(|e| Release::Skipped {
						record_id: requested.record_id,
						reason: e.to_string(),
					});
			report(outcome);
		}
		next = next.saturating_add(1);
	}
}

/// Whether the chain, at its newest block, would accept `me`'s release of record `record_id` to
/// `reader`.
async fn may_release(
	api: &Client,
	me: &AccountId32,
	record_id: u64,
	reader: AccountId32,
) -> Result<bool, WorkflowError> {
	let best = api.at_best().await.map_err(err)?;
	best.runtime_apis()
		.call(chain::runtime_apis().records_api().may_release(*me, record_id, reader))
		.await
		.map_err(|e| err(e.to_string()))
}

/// Releases `me`'s share of record `record_id` to `reader`, if `me` is one of its custodians.
#[allow(clippy::too_many_arguments)]
async fn release(
	api: &Client,
	at: &AtBlock,
	hospital: &Signer,
	me: &AccountId32,
	key: &PrivateKey,
	store: &impl EnvelopeSource,
	record_id: u64,
	reader: AccountId32,
) -> Result<Release, WorkflowError> {
	let record = record(at, record_id).await?;
	let set = custody_set_at(at, &record.patient, record.key_epoch).await?;
	let Some(place) = set.custodians.iter().position(|who| who == me) else {
		return Ok(Release::Skipped { record_id, reason: "not a custodian of it".into() });
	};
	let x = u8::try_from(place.saturating_add(1)).map_err(|_| err("a custodian set beyond 255"))?;
	if !may_release(api, me, record_id, reader).await? {
		return Ok(Release::Refused { record_id, reader });
	}
	let batch = at
		.runtime_apis()
		.call(chain::runtime_apis().records_api().batch_readings(record_id))
		.await
		.map_err(|e| err(e.to_string()))?;
	let envelope = custody_envelope(store, &record, batch).await?;
	let binding = Binding {
		patient: record.patient.0,
		category: crate::same_as(&record.category),
		epoch: record.key_epoch,
	};
	let share = custodian_share(&envelope, &me.0, x, key, &binding)
		.map_err(|e| err(format!("no share of this record opens with this key: {e:?}")))?;
	let reader_key = encryption_key_of(api, &reader).await?;
	let wrapped =
		wrap_share(&share, record_id, &reader.0, &reader_key).map_err(|e| err(format!("{e:?}")))?;
	// Asked again just before sending: a revocation may have landed meanwhile.
	if !may_release(api, me, record_id, reader).await? {
		return Ok(Release::Refused { record_id, reader });
	}
	let call = chain::transactions().records().release_share(record_id, reader, bounded(wrapped));
	Transaction::new(api, hospital, &call).submit_unwatched().await?;
	Ok(Release::Released { record_id, reader })
}

/// The envelope whose shares open custody record `record`: its own envelope, fetched from `store`
/// and checked against its anchored hash; for a batch of `batch` readings, the key envelope its
/// manifest carries (the manifest checked against the anchored root).
pub(crate) async fn custody_envelope(
	store: &impl EnvelopeSource,
	record: &RecordInfo,
	batch: Option<u32>,
) -> Result<Envelope, WorkflowError> {
	if let Some(readings) = batch {
		return manifest_of(store, record, readings)
			.await?
			.key
			.ok_or_else(|| err("a custody batch's manifest without its key envelope"));
	}
	let hash = record.content_hash.0;
	let blob = store
		.fetch(&hash)
		.await
		.map_err(|e| err(format!("the envelope is not in the store or was altered: {e:?}")))?;
	envelope_for_hash(&blob, &hash).map_err(|e| err(format!("{e:?}")))
}

async fn record(at: &AtBlock, record_id: u64) -> Result<RecordInfo, WorkflowError> {
	at.runtime_apis()
		.call(chain::runtime_apis().records_api().record(record_id))
		.await
		.map_err(|e| err(e.to_string()))?
		.ok_or_else(|| err(format!("no record {record_id}")))
}

/// A granted read of a custody record, waiting for its shares.
pub(crate) struct Awaited {
	pub record_id: u64,
	pub threshold: u32,
	/// How many custodians may release: collection goes on past the threshold while the shares
	/// do not open the record (a custodian may release a wrong share).
	pub custodians: u32,
	pub until: u64,
	pub shares: Vec<Share>,
	pub refused: bool,
	/// The record, once its shares opened it (for a batch, its batch key).
	pub opened: Option<Vec<u8>>,
	/// For a batch, its number of readings: the shares open its key envelope.
	pub batch: Option<u32>,
}

/// Follows best blocks from `from` and collects, for each of `awaited`, the shares its
/// custodians release to `reader` (unwrapped with `reader_key`), until each opens (its envelope
/// fetched from `store`, `records` giving its hash), was refused, has every custodian's share,
/// or its release window has passed. Opening is tried at each new share from the threshold on,
/// so one custodian releasing a wrong share delays a read until another share arrives instead of
/// spoiling it. (A share is a share in any block: a fork that drops its release does not undo
/// what the reader learned.)
pub(crate) async fn collect_shares(
	api: &Client,
	reader: &AccountId32,
	reader_key: &PrivateKey,
	awaited: &mut [Awaited],
	from: u64,
	store: &impl EnvelopeSource,
	records: &[(u64, RecordInfo)],
) -> Result<(), WorkflowError> {
	let done = |a: &Awaited| {
		a.refused || a.opened.is_some() || a.shares.len() as u32 >= a.custodians.max(a.threshold)
	};
	let mut envelopes: Vec<(u64, carechain_crypto::envelope::Envelope)> = Vec::new();
	let last = awaited.iter().map(|a| a.until).max().unwrap_or(from);
	let mut next = from;
	while next <= last && !awaited.iter().all(done) {
		let best = api.best_number().await.map_err(err)?;
		if next > best {
			tokio::time::sleep(Duration::from_millis(500)).await;
			continue;
		}
		let at = api.at_block(next).await.map_err(|e| err(e.to_string()))?;
		let events = at.events().fetch().await.map_err(|e| err(e.to_string()))?;
		for released in
			events.find::<chain::records::events::ShareReleased>().filter_map(Result::ok)
		{
			if released.reader != *reader {
				continue;
			}
			let Ok(x) = u8::try_from(released.index.saturating_add(1)) else { continue };
			if let Some(a) = awaited.iter_mut().find(|a| a.record_id == released.record_id) {
				// Only custodian `index`'s own share of this record for this reader unwraps:
				// no custodian can pass off a share as another's and push it out.
				if let Ok(share) =
					unwrap_share(reader_key, &released.wrapped_share, a.record_id, &reader.0, x)
				{
					if !a.shares.iter().any(|s| s.x == share.x) {
						a.shares.push(share);
						if a.opened.is_none() && a.shares.len() as u32 >= a.threshold {
							try_open(a, store, records, &mut envelopes).await;
						}
					}
				}
			}
		}
		for refused in
			events.find::<chain::records::events::ReleaseRefused>().filter_map(Result::ok)
		{
			if refused.reader == *reader {
				if let Some(a) = awaited.iter_mut().find(|a| a.record_id == refused.record_id) {
					a.refused = true;
				}
			}
		}
		next = next.saturating_add(1);
	}
	Ok(())
}

/// Opens `awaited`'s record with the shares collected so far, if they do (the envelope fetched
/// once and kept in `envelopes`).
async fn try_open(
	awaited: &mut Awaited,
	store: &impl EnvelopeSource,
	records: &[(u64, RecordInfo)],
	envelopes: &mut Vec<(u64, carechain_crypto::envelope::Envelope)>,
) {
	if !envelopes.iter().any(|(id, _)| *id == awaited.record_id) {
		let Some((_, info)) = records.iter().find(|(id, _)| *id == awaited.record_id) else {
			return;
		};
		let Ok(envelope) = custody_envelope(store, info, awaited.batch).await else { return };
		envelopes.push((awaited.record_id, envelope));
	}
	if let Some((_, envelope)) = envelopes.iter().find(|(id, _)| *id == awaited.record_id) {
		let threshold = u8::try_from(awaited.threshold).unwrap_or(u8::MAX);
		awaited.opened = open_with_shares(envelope, &awaited.shares, threshold).ok();
	}
}

/// Opens a custody record's envelope from `store` with its collected shares (for a batch, its
/// key envelope: what opens is the batch key).
pub(crate) async fn open_awaited(
	store: &impl EnvelopeSource,
	info: &RecordInfo,
	awaited: &Awaited,
) -> Result<Vec<u8>, WorkflowError> {
	let record_id = awaited.record_id;
	if let Some(record) = &awaited.opened {
		return Ok(record.clone());
	}
	if awaited.refused {
		return Err(err(format!(
			"record {record_id}: the custodians' release was refused by consent"
		)));
	}
	if (awaited.shares.len() as u32) < awaited.threshold {
		return Err(err(format!(
			"record {record_id}: TooFewShares: {} of {} shares released before block {} \
			 (custodians offline)",
			awaited.shares.len(),
			awaited.threshold,
			awaited.until
		)));
	}
	let envelope = custody_envelope(store, info, awaited.batch)
		.await
		.map_err(|e| err(format!("record {record_id}: {e}")))?;
	let threshold = u8::try_from(awaited.threshold).unwrap_or(u8::MAX);
	open_with_shares(&envelope, &awaited.shares, threshold)
		.map_err(|e| err(format!("record {record_id}: does not decrypt: {e:?}")))
}
