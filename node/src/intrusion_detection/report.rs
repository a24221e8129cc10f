//! A monitor node's reports: the request intervals the node measured for registered devices,
//! sent to the chain in `intrusionDetection.report` transactions signed with the keystore's
//! monitor key ([`MONITOR_KEY_TYPE`]).
//!
//! Every `--intrusion-detection-report-interval-secs` the reporter takes the observations gathered since its last
//! round, keeps those of registered devices (the chain judges nobody else), and, if one of the
//! keystore's monitor keys belongs to an account the chain accepts as a monitor (an active
//! hospital, or a monitor added by governance), signs one report of at most
//! `MaxObservationsPerReport` of them and submits it to the local pool, from where it spreads like
//! any transaction. One report is in flight at a time; what does not fit waits for the next round.
//! Without a monitor key, or when the chain does not accept it, observations stay local (the
//! node's own throttling and metrics still use them).

use std::{
	collections::HashMap,
	sync::Arc,
	time::{Duration, Instant},
};

use carechain_primitives::{
	intrusion::IntrusionDetectionApi,
	registry::{RegistryApi, Role},
};
use carechain_runtime::{
	opaque::Block, AccountId, BlockNumber, Nonce, Runtime, RuntimeCall, UncheckedExtrinsic,
};
use codec::Encode;
use frame_support::traits::Get;
use sc_transaction_pool_api::{InPoolTransaction, TransactionPool, TransactionSource};
use sp_api::{Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, sr25519, H256};
use sp_keystore::KeystorePtr;
use substrate_frame_rpc_system::AccountNonceApi;

use super::{Guard, MONITOR_KEY_TYPE};

/// How long a report may sit in the pool before the reporter stops waiting for it.
const REPORT_PATIENCE: Duration = Duration::from_secs(60);

/// Clients not seen for this long are forgotten (unless still flagged).
const IDLE: Duration = Duration::from_secs(600);

/// Why a round sent nothing.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Quiet {
	NoKey,
	NotAMonitor,
}

/// Runs the reporter until the node stops.
pub async fn run<C, P>(guard: Arc<Guard>, client: Arc<C>, pool: Arc<P>, keystore: KeystorePtr)
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: IntrusionDetectionApi<Block, AccountId>
		+ RegistryApi<Block, AccountId, BlockNumber>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block, Hash = H256> + 'static,
{
	let mut ticks = tokio::time::interval(guard.settings().report_interval);
	ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	let mut in_flight: Option<(H256, Instant)> = None;
	let mut quiet: Option<Quiet> = None;
	loop {
		ticks.tick().await;
		guard.prune(IDLE.max(guard.settings().flag_period), Instant::now());

		if let Some((hash, since)) = in_flight {
			if pool.ready_transaction(&hash).is_some() && since.elapsed() < REPORT_PATIENCE {
				continue;
			}
			in_flight = None;
		}
		let observations = guard.take_observations();
		if observations.is_empty() {
			continue;
		}
		let best = client.info().best_hash;
		let monitor = match monitor_key(&*client, &keystore, best) {
			Ok(monitor) => monitor,
			Err(why) => {
				if quiet.as_ref() != Some(&why) {
					log::info!(
						target: "carechain-intrusion-detection",
						"{}: this node's observations stay local",
						match why {
							Quiet::NoKey => "No monitor key (type `cids`) in the keystore",
							Quiet::NotAMonitor => "The keystore's monitor key is not a monitor on chain",
						}
					);
					quiet = Some(why);
				}
				continue;
			},
		};
		quiet = None;

		let devices = devices_among(&*client, best, &AccountId::from(monitor), &observations);
		let mut of_devices: Vec<(AccountId, u32)> =
			observations.into_iter().filter(|(who, _)| devices.contains_key(who)).collect();
		if of_devices.is_empty() {
			continue;
		}
		let max: u32 =
			<Runtime as pallet_intrusion_detection::Config>::MaxObservationsPerReport::get();
		let rest = of_devices.split_off(of_devices.len().min(max as usize));
		guard.restore_observations(rest);

		let count = of_devices.len();
		let Ok(observations) = of_devices.clone().try_into() else {
			guard.restore_observations(of_devices);
			continue;
		};
		let call = RuntimeCall::IntrusionDetection(pallet_intrusion_detection::Call::report {
			observations,
		});
		match submit(&*client, &*pool, &keystore, &monitor, best, call).await {
			Ok(hash) => {
				log::info!(
					target: "carechain-intrusion-detection",
					"📡 Reported {count} request intervals to the chain as monitor {} ({hash:?})",
					AccountId::from(monitor).to_ss58check(),
				);
				guard.note_reported(count);
				in_flight = Some((hash, Instant::now()));
			},
			Err(error) => {
				log::warn!(target: "carechain-intrusion-detection", "A report could not be submitted: {error}");
				guard.restore_observations(of_devices);
			},
		}
	}
}

/// The first monitor key in the keystore whose account the chain accepts as a monitor.
pub(super) fn monitor_key<C>(
	client: &C,
	keystore: &KeystorePtr,
	best: H256,
) -> Result<sr25519::Public, Quiet>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: IntrusionDetectionApi<Block, AccountId>,
{
	let keys = keystore.sr25519_public_keys(MONITOR_KEY_TYPE);
	if keys.is_empty() {
		return Err(Quiet::NoKey);
	}
	let api = client.runtime_api();
	keys.into_iter()
		.find(|key| api.is_monitor(best, AccountId::from(*key)).unwrap_or(false))
		.ok_or(Quiet::NotAMonitor)
}

/// Which of the observed accounts are registered devices at `best` that `monitor` may judge: a
/// hospital's monitor key judges only the hospital's own devices (the chain refuses a report
/// naming any other); any other monitor, made by governance, judges every device.
fn devices_among<C>(
	client: &C,
	best: H256,
	monitor: &AccountId,
	observations: &[(AccountId, u32)],
) -> HashMap<AccountId, ()>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: RegistryApi<Block, AccountId, BlockNumber>,
{
	let api = client.runtime_api();
	let monitor_is_hospital = matches!(
		api.profile(best, monitor.clone()),
		Ok(Some(profile)) if profile.role == Role::Hospital
	);
	let mut devices = HashMap::new();
	let mut seen = HashMap::new();
	for (who, _) in observations {
		if seen.insert(who.clone(), ()).is_some() {
			continue;
		}
		if let Ok(Some(profile)) = api.profile(best, who.clone()) {
			let judged = match &profile.device {
				Some(device) => !monitor_is_hospital || &device.hospital == monitor,
				None => false,
			};
			if profile.role == Role::Device && judged {
				devices.insert(who.clone(), ());
			}
		}
	}
	devices
}

/// One submission at a time, so that the reporter and the node reports never sign two
/// transactions with one nonce.
static SUBMITTING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The next nonce of `account`: its nonce at `best`, past those of its transactions the pool
/// holds ready (as `system_accountNextIndex` counts).
fn next_nonce<P: TransactionPool<Block = Block, Hash = H256>>(
	pool: &P,
	account: &AccountId,
	on_chain: Nonce,
) -> Nonce {
	let mut nonce = on_chain;
	let mut tag = (account, nonce).encode();
	for ready in pool.ready() {
		if ready.provides().first() == Some(&tag) {
			nonce = nonce.saturating_add(1);
			tag = (account, nonce).encode();
		}
	}
	nonce
}

/// Signs `call` with `monitor`'s key and submits it to the local pool, with the next nonce the
/// pool leaves free.
pub(super) async fn submit<C, P>(
	client: &C,
	pool: &P,
	keystore: &KeystorePtr,
	monitor: &sr25519::Public,
	best: H256,
	call: RuntimeCall,
) -> Result<H256, String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: AccountNonceApi<Block, AccountId, Nonce> + Core<Block>,
	P: TransactionPool<Block = Block, Hash = H256>,
{
	let _one_at_a_time = SUBMITTING.lock().await;
	let account = AccountId::from(*monitor);
	let api = client.runtime_api();
	let version = api.version(best).map_err(|e| format!("runtime version: {e}"))?;
	let on_chain = api.account_nonce(best, account.clone()).map_err(|e| format!("nonce: {e}"))?;
	let nonce = next_nonce(pool, &account, on_chain);
	let extension = carechain_runtime::immortal_extension(nonce);
	let payload = carechain_runtime::SignedPayload::from_raw(
		call.clone(),
		extension.clone(),
		carechain_runtime::immortal_implicit(
			version.spec_version,
			version.transaction_version,
			client.info().genesis_hash,
		),
	);
	let signature = payload
		.using_encoded(|bytes| keystore.sr25519_sign(MONITOR_KEY_TYPE, monitor, bytes))
		.map_err(|e| format!("keystore: {e}"))?
		.ok_or("the monitor key left the keystore")?;
	let extrinsic =
		UncheckedExtrinsic::new_signed(call, account.into(), signature.into(), extension);
	let opaque = codec::Decode::decode(&mut &extrinsic.encode()[..])
		.map_err(|e| format!("encoding: {e}"))?;
	pool.submit_one(best, TransactionSource::Local, opaque)
		.await
		.map_err(|e| format!("the pool refused it: {e}"))
}
