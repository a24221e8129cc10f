//! Sending transactions, and saying why one failed: the one way the client does either.
//!
//! A [`Transaction`] is a call, its signer and how it is sent: by default with the account's next
//! nonce counting its transactions in the node's pool, and mortal from the latest finalized
//! block; a sender that counts its own nonces (the load generator) or reuses a reference block
//! gives them. It is then submitted and followed until it is in a block or finalized
//! ([`Transaction::submit`]), or only handed to the node's pool
//! ([`Transaction::submit_unwatched`]).
//!
//! A failure is a [`TxError`]: the account, the call, how far it got ([`Step`]), and the words of
//! the node or the chain. The chain's refusals in a block are described by
//! [`describe_dispatch_error`], as `Pallet::Error: its documentation`; the node's refusals at the
//! door are counted by kind with [`refusal_kind`].

use std::time::Instant;

use subxt::{
	error::{DispatchError, TransactionEventsError},
	tx::TransactionStatus,
};

use crate::{chain::runtime_types, AtBlock, CareChainConfig, Client, Signer};

/// What a transaction did in its block.
pub type Events = subxt::extrinsics::ExtrinsicEvents<CareChainConfig>;

type Signed = subxt::tx::SubmittableTransaction<
	CareChainConfig,
	subxt::client::OnlineClientAtBlockImpl<CareChainConfig>,
>;

/// How long [`Transaction::submit`] waits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
	/// Until the transaction is in a best block (about one 3 s slot).
	InBlock,
	/// Until its block is finalized (GRANDPA: a few blocks more).
	Finalized,
}

/// How far a transaction got before it failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
	/// Its reference block or its nonce could not be fetched: nothing was signed or sent.
	Preparing,
	/// It could not be signed for this chain, or the node did not take it into its pool.
	Submitting,
	/// The node took it; then it was dropped, lost track of, or failed in its block.
	Following,
}

/// Why a transaction did not succeed: which account, which call, and the chain's own words.
#[derive(Debug, thiserror::Error)]
#[error("{call} signed by {account} {outcome}")]
pub struct TxError {
	/// The signer (SS58).
	pub account: String,
	/// `pallet.call`.
	pub call: String,
	/// How far it got.
	pub step: Step,
	/// What happened, in words: `was refused by the node: …`.
	pub outcome: String,
	/// The node's or the chain's own words, which `outcome` ends with.
	pub reason: String,
	/// The chain's error name (`Pallet::Error`) if the chain refused it in a block.
	pub error_name: Option<String>,
}

/// A transaction the node took into its pool.
#[derive(Clone, Copy, Debug)]
pub struct Sent {
	/// Its hash.
	pub hash: subxt::utils::H256,
	/// The nonce it carries.
	pub nonce: u64,
	/// When it was handed to the node (after signing).
	pub at: Instant,
}

/// A call to sign and submit, and how.
pub struct Transaction<'a, Call> {
	api: &'a Client,
	signer: &'a Signer,
	call: &'a Call,
	nonce: Option<u64>,
	at: Option<&'a AtBlock>,
}

impl<'a, Call: subxt::tx::Payload> Transaction<'a, Call> {
	/// `call` (a generated `chain::transactions()...` payload, or a batch) signed by `signer`,
	/// sent over `api`.
	pub fn new(api: &'a Client, signer: &'a Signer, call: &'a Call) -> Self {
		Transaction { api, signer, call, nonce: None, at: None }
	}

	/// Carries `nonce`, for a sender that counts its own, instead of asking the node, per
	/// transaction, for the account's next nonce counting its transactions in the pool.
	pub fn nonce(mut self, nonce: u64) -> Self {
		self.nonce = Some(nonce);
		self
	}

	/// Refers to `at` (its metadata, and mortal from it) instead of the latest finalized block,
	/// fetched per transaction.
	pub fn at(mut self, at: &'a AtBlock) -> Self {
		self.at = Some(at);
		self
	}

	/// Signs and submits it, and waits as `wait` says until it succeeded; returns its events.
	pub async fn submit(self, wait: Wait) -> Result<Events, TxError> {
		let (signed, _) = self.sign().await?;
		let failed_on_chain = |error: TransactionEventsError| match error {
			TransactionEventsError::ExtrinsicFailed(dispatch) => {
				let (name, text) = describe_dispatch_error(&dispatch);
				self.error(Step::Following, "failed on chain", text, name)
			},
			other => self.error(Step::Following, "did not complete", other, None),
		};
		let mut progress = signed
			.submit_and_watch()
			.await
			.map_err(|e| self.error(Step::Submitting, "was refused by the node", e, None))?;
		if wait == Wait::Finalized {
			let block = progress
				.wait_for_finalized()
				.await
				.map_err(|e| self.error(Step::Following, "did not complete", e, None))?;
			return events_of(&block).await.map_err(failed_on_chain);
		}
		while let Some(status) = progress.next().await {
			let status =
				status.map_err(|e| self.error(Step::Following, "lost track of it", e, None))?;
			match status {
				TransactionStatus::InBestBlock(block)
				| TransactionStatus::InFinalizedBlock(block) => {
					return events_of(&block).await.map_err(failed_on_chain)
				},
				TransactionStatus::Error { message }
				| TransactionStatus::Invalid { message }
				| TransactionStatus::Dropped { message } => {
					return Err(self.error(
						Step::Following,
						"was dropped by the node",
						message,
						None,
					))
				},
				_ => {},
			}
		}
		// The node closed the subscription without a final status: no words of its own to add.
		let mut never = self.error(Step::Following, "", "was never included", None);
		never.outcome = never.reason.clone();
		Err(never)
	}

	/// Signs it and hands it to the node; returns once the node has taken it into its pool,
	/// without following it further.
	pub async fn submit_unwatched(self) -> Result<Sent, TxError> {
		let (signed, nonce) = self.sign().await?;
		let at = Instant::now();
		let hash = signed
			.submit()
			.await
			.map_err(|e| self.error(Step::Submitting, "was refused by the node", e, None))?;
		Ok(Sent { hash, nonce, at })
	}

	/// The signed transaction and its nonce.
	async fn sign(&self) -> Result<(Signed, u64), TxError> {
		let latest;
		let at = match self.at {
			Some(at) => at,
			None => {
				latest = self
					.api
					.at_finalized()
					.await
					.map_err(|e| self.error(Step::Preparing, "could not be built", e, None))?;
				&latest
			},
		};
		let nonce = match self.nonce {
			Some(nonce) => nonce,
			None => self
				.api
				.next_nonce(&self.signer.public_key().to_account_id())
				.await
				.map_err(|e| self.error(Step::Preparing, "could not get a nonce", e, None))?,
		};
		let params = subxt::config::DefaultExtrinsicParamsBuilder::<CareChainConfig>::new()
			.nonce(nonce)
			.build();
		let signed = at
			.transactions()
			.create_signed(self.call, self.signer, params)
			.await
			.map_err(|e| self.error(Step::Submitting, "was refused by the node", e, None))?;
		Ok((signed, nonce))
	}

	fn error(
		&self,
		step: Step,
		what: &str,
		reason: impl std::fmt::Display,
		error_name: Option<String>,
	) -> TxError {
		let reason = reason.to_string();
		TxError {
			account: self.signer.public_key().to_account_id().to_string(),
			call: self
				.call
				.validation_details()
				.map(|details| format!("{}.{}", details.pallet_name, details.call_name))
				.unwrap_or_else(|| "a call".to_string()),
			step,
			outcome: format!("{what}: {reason}"),
			reason,
			error_name,
		}
	}
}

/// The transaction's events in `block`, once it succeeded there. A node can name the block a
/// transaction went into a moment before it serves that block (seen on four validators under
/// load: "cannot find the block header"), so the block is asked for again, five times 200 ms
/// apart, as [`Client::at_finalized`] asks.
async fn events_of<T, C>(
	block: &subxt::tx::TransactionInBlock<T, C>,
) -> Result<subxt::extrinsics::ExtrinsicEvents<T>, TransactionEventsError>
where
	T: subxt::Config,
	C: subxt::client::OnlineClientAtBlockT<T>,
{
	let mut failed = 0;
	loop {
		match block.wait_for_success().await {
			Err(
				TransactionEventsError::CannotInstantiateClientAtBlock(_)
				| TransactionEventsError::BlockNotFound { .. }
				| TransactionEventsError::CannotFetchBlockBody { .. },
			) if failed < 4 => {
				failed += 1;
				tokio::time::sleep(std::time::Duration::from_millis(200)).await;
			},
			result => return result,
		}
	}
}

/// The chain's name and documentation of a dispatch error, e.g.
/// `Consent::NoSuchGrant: The patient has no grant with this id.`: the name (`Pallet::Error`, or
/// the variant of a system error) if there is one, and the words for the user.
pub fn describe_dispatch_error(error: &DispatchError) -> (Option<String>, String) {
	match error {
		DispatchError::Module(module) => match module.details() {
			Ok(details) => {
				let name = format!("{}::{}", details.pallet.name(), details.variant.name);
				let docs = details.variant.docs.join(" ");
				let text = if docs.is_empty() { name.clone() } else { format!("{name}: {docs}") };
				(Some(name), text)
			},
			Err(_) => (None, module.to_string()),
		},
		other => (Some(format!("{other:?}")), other.to_string()),
	}
}

/// A dispatch error that an event reports, such as sudo's `Sudid` for the call it dispatched (a
/// transaction through sudo succeeds even when its inner call fails), described as
/// [`describe_dispatch_error`] does, with `metadata` (the chain's, at or after the event).
pub fn describe_reported_error(
	metadata: &subxt::ArcMetadata,
	error: &runtime_types::sp_runtime::DispatchError,
) -> (Option<String>, String) {
	use subxt::ext::scale_encode::EncodeAsType;
	// The event holds the runtime's own type; subxt's, which names module errors, decodes from
	// its SCALE bytes with the metadata.
	let decoded = metadata.dispatch_error_ty().and_then(|ty| {
		let bytes = error.encode_as_type(ty, metadata.types()).ok()?;
		DispatchError::decode_from(bytes, metadata.clone()).ok()
	});
	match decoded {
		Some(decoded) => describe_dispatch_error(&decoded),
		None => (Some(format!("{error:?}")), format!("{error:?}")),
	}
}

/// The gist of the node's refusal of a transaction (or of a query before it), to count
/// refusals by kind; an unknown one is its first 240 characters.
pub fn refusal_kind(error: &str) -> String {
	let known = [
		("custom error: 100", "quarantined by the chain (InvalidTransaction::Custom(100))"),
		("custom error: 110", "a tip on a waived fee (InvalidTransaction::Custom(110))"),
		("-32090", "throttled by the node's intrusion detection (-32090)"),
		("Priority is too low", "pool: priority too low (nonce in use)"),
		("Transaction is outdated", "pool: outdated nonce"),
		("Transaction is temporarily banned", "pool: temporarily banned"),
		("Inability to pay", "cannot pay fees"),
		("ExhaustsResources", "block full"),
		("Immediately Dropped", "pool full"),
	];
	// Case apart: the node's pool says "Custom error: 100" where subxt says "custom error: 100".
	let lowered = error.to_lowercase();
	for (needle, reason) in known {
		if lowered.contains(&needle.to_lowercase()) {
			return reason.to_string();
		}
	}
	error.chars().take(240).collect()
}

#[cfg(test)]
mod tests {
	use super::*;
	use runtime_types::sp_runtime::{DispatchError as Reported, ModuleError};

	fn metadata() -> subxt::ArcMetadata {
		let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/metadata/carechain.scale"))
			.expect("the checked-in metadata");
		subxt::Metadata::decode_from(&bytes).expect("CareChain's metadata").arc()
	}

	#[test]
	fn a_reported_module_error_is_described_by_name_and_docs() {
		let metadata = metadata();
		let registry = metadata.pallet_by_name("Registry").expect("a registry pallet");
		let variant = registry
			.error_variants()
			.and_then(|variants| variants.iter().find(|v| v.name == "AlreadyRegistered"))
			.expect("Registry::AlreadyRegistered");
		let reported = Reported::Module(ModuleError {
			index: registry.error_index(),
			error: [variant.index, 0, 0, 0],
		});
		let (name, text) = describe_reported_error(&metadata, &reported);
		assert_eq!(name.as_deref(), Some("Registry::AlreadyRegistered"));
		assert_eq!(text, format!("Registry::AlreadyRegistered: {}", variant.docs.join(" ")));
	}

	#[test]
	fn a_reported_system_error_is_named_by_its_variant() {
		let (name, _) = describe_reported_error(&metadata(), &Reported::BadOrigin);
		assert_eq!(name.as_deref(), Some("BadOrigin"));
	}

	#[test]
	fn refusals_are_counted_by_kind() {
		assert!(refusal_kind(
			"The transaction is not valid: Invalid transaction with custom error: 100"
		)
		.starts_with("quarantined"));
		assert!(refusal_kind("Invalid Transaction (1010): Custom error: 100")
			.starts_with("quarantined"));
		assert!(refusal_kind("Invalid Transaction (1010): Custom error: 110").starts_with("a tip"));
		assert!(refusal_kind("RPC error -32090: throttled").starts_with("throttled"));
		assert_eq!(refusal_kind("something else"), "something else");
	}
}
