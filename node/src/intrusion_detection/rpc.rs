//! The JSON-RPC side of the node's intrusion detection: every method of the node's RPC module
//! wrapped so that each call is counted for its connection (and, for submitted extrinsics, for
//! its signer) and refused while that client is throttled, served on the addresses the operator
//! configured.
//!
//! `sc-service` starts its JSON-RPC server itself and takes no middleware. So the node gives
//! `sc-service` a sealed listener instead of the operator's addresses (loopback, a random port,
//! no connection allowed: [`seal`]) and serves the very same module, guarded, on the operator's
//! addresses with `sc-rpc-server`'s own server and settings (`--rpc-port`, `--rpc-external`,
//! `--rpc-cors`, `--rpc-methods`, `--rpc-max-connections`, `--rpc-rate-limit`… all keep their
//! meaning): [`serve`].

use std::{
	net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6},
	sync::Arc,
	time::{Duration, Instant},
};

use carechain_primitives::untrusted::decode_length_prefixed;
use carechain_runtime::{Address, UncheckedExtrinsic};
use codec::Encode;
use frame_support::traits::Get;
use futures::FutureExt;
use jsonrpsee::{
	core::server::{MethodCallback, MethodResponse, Methods, SubscriptionState},
	types::{ErrorObjectOwned, Params},
	ConnectionId, Extensions, RpcModule,
};
use pallet_intrusion_detection::SentAt;
use sc_rpc_server::{RpcEndpoint, RpcMethods};
use sc_service::config::RpcConfiguration;
use sp_runtime::traits::Hash;

use super::{Client, Decision, Guard};
use crate::pool_door::{Entrant, PoolDoor};

/// The methods that submit an extrinsic (its first parameter, hex-encoded SCALE): their signer is
/// judged as a client of its own.
pub const SUBMIT_METHODS: [&str; 4] = [
	"author_submitExtrinsic",
	"author_submitAndWatchExtrinsic",
	"transactionWatch_v1_submitAndWatch",
	"transaction_v1_broadcast",
];

/// The operator's JSON-RPC settings, taken from the node's configuration before `sc-service`
/// sees it.
pub struct PublicRpc {
	endpoints: Vec<RpcEndpoint>,
	id_provider: Option<Box<dyn sc_rpc_server::SubscriptionIdProvider>>,
	request_logger_limit: u32,
	max_connections: u32,
}

/// Takes the operator's JSON-RPC endpoints out of `rpc` and leaves `sc-service` a sealed one:
/// loopback, a random port, and no connection allowed (every connection attempt is answered
/// `429 Too Many Requests`). The returned settings are what [`serve`] serves.
pub fn seal(rpc: &mut RpcConfiguration) -> PublicRpc {
	let endpoints = rpc.addr.take().unwrap_or_else(|| default_endpoints(rpc));
	let public = PublicRpc {
		endpoints,
		id_provider: rpc.id_provider.take(),
		request_logger_limit: rpc.request_logger_limit,
		max_connections: rpc.max_connections,
	};
	rpc.addr = Some(vec![RpcEndpoint {
		listen_addr: SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0)),
		max_connections: 0,
		rpc_methods: RpcMethods::Safe,
		cors: None,
		rate_limit: None,
		rate_limit_whitelisted_ips: Vec::new(),
		rate_limit_trust_proxy_headers: false,
		retry_random_port: true,
		is_optional: false,
		..endpoint(rpc, SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0)))
	}]);
	public
}

/// What `sc-service` would listen on without `--rpc-endpoint`: loopback v4 and (if available) v6
/// on `--rpc-port`.
fn default_endpoints(rpc: &RpcConfiguration) -> Vec<RpcEndpoint> {
	let v4 = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, rpc.port));
	let v6 = SocketAddr::V6(SocketAddrV6::new(Ipv6Addr::LOCALHOST, rpc.port, 0, 0));
	vec![endpoint(rpc, v4), RpcEndpoint { is_optional: true, ..endpoint(rpc, v6) }]
}

fn endpoint(rpc: &RpcConfiguration, listen_addr: SocketAddr) -> RpcEndpoint {
	RpcEndpoint {
		listen_addr,
		batch_config: rpc.batch_config,
		cors: rpc.cors.clone(),
		max_buffer_capacity_per_connection: rpc.message_buffer_capacity,
		max_connections: rpc.max_connections,
		max_payload_in_mb: rpc.max_request_size,
		max_payload_out_mb: rpc.max_response_size,
		max_subscriptions_per_connection: rpc.max_subs_per_conn,
		rpc_methods: rpc.methods,
		rate_limit: rpc.rate_limit,
		rate_limit_trust_proxy_headers: rpc.rate_limit_trust_proxy_headers,
		rate_limit_whitelisted_ips: rpc.rate_limit_whitelisted_ips.clone(),
		retry_random_port: true,
		is_optional: false,
	}
}

/// Serves `module` (the node's complete RPC module, from `sc-service`'s RPC handlers), each
/// method guarded by `guard`, on the operator's endpoints.
///
/// `sc-service`'s RPC call metrics (`substrate_rpc_*`) stay registered to its sealed listener;
/// this server's calls are counted by the guard's own metrics.
pub fn serve(
	public: PublicRpc,
	module: &RpcModule<()>,
	guard: Arc<Guard>,
	door: Arc<PoolDoor>,
	tokio_handle: &tokio::runtime::Handle,
) -> Result<sc_rpc_server::Server, sc_service::Error> {
	let guarded = guarded_module(module, guard, Some(door))?;
	let rpc_runtime = sc_rpc_server::create_rpc_runtime(public.max_connections)
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;
	let config = sc_rpc_server::Config {
		endpoints: public.endpoints,
		metrics: None,
		rpc_api: guarded,
		id_provider: public.id_provider,
		request_logger_limit: public.request_logger_limit,
		rpc_runtime,
	};
	// As `sc_service::start_rpc_servers` does: the node is set up inside the runtime.
	tokio::task::block_in_place(|| tokio_handle.block_on(sc_rpc_server::start_server(config)))
		.map_err(sc_service::Error::Application)
}

/// `module`'s methods, each counted and checked by `guard` before it runs; a submission also
/// passes `door` (the pool's, [`PoolDoor`]), if there is one, once the guard served it, and then
/// waits while the pool builds its view of a new best block ([`PoolDoor::until_view_built`]).
pub fn guarded_module(
	module: &RpcModule<()>,
	guard: Arc<Guard>,
	door: Option<Arc<PoolDoor>>,
) -> Result<RpcModule<()>, sc_service::Error> {
	let mut guarded = RpcModule::new(());
	let methods: &Methods = module;
	for name in methods.method_names() {
		let Some(callback) = methods.method(name) else { continue };
		let door = door.clone().filter(|_| SUBMIT_METHODS.contains(&name));
		let callback = guard_callback(name, callback.clone(), guard.clone(), door);
		guarded
			.verify_and_insert(name, callback)
			.map_err(|e| sc_service::Error::Application(Box::new(e)))?;
	}
	Ok(guarded)
}

fn guard_callback(
	name: &'static str,
	callback: MethodCallback,
	guard: Arc<Guard>,
	door: Option<Arc<PoolDoor>>,
) -> MethodCallback {
	// The guard first (a throttled client's submission is not even looked at), then the door
	// (what it lets in counts as on its way into the pool: the hash and length), then a wait
	// while the pool builds its view of a new best block ([`PoolDoor::until_view_built`]).
	let admits = move |connection: Option<ConnectionId>,
	                   params: &Params|
	      -> Result<Option<(Arc<PoolDoor>, [u8; 32], usize)>, ErrorObjectOwned> {
		admit(&guard, name, connection, params)?;
		match (&door, entrant_of(params)) {
			(Some(door), Some(entrant)) => {
				door.admit(&entrant, Instant::now())?;
				Ok(Some((door.clone(), entrant.hash, entrant.len)))
			},
			_ => Ok(None),
		}
	};
	match callback {
		MethodCallback::Sync(method) => MethodCallback::Sync(Arc::new(
			move |id, params, max_response_size, extensions: Extensions| {
				let connection = extensions.get::<ConnectionId>().copied();
				match admits(connection, &params) {
					Ok(_) => method(id, params, max_response_size, extensions),
					Err(error) => MethodResponse::error(id, error),
				}
			},
		)),
		// `author_submitExtrinsic`: its answer comes once the pool took the transaction or
		// refused it, and either way it is no longer on its way.
		MethodCallback::Async(method) => MethodCallback::Async(Arc::new(
			move |id, params, connection, max_response_size, extensions| match admits(
				Some(connection),
				&params,
			) {
				Ok(Some((door, hash, len))) => {
					let method = method.clone();
					async move {
						door.until_view_built(&hash, len).await;
						let response =
							method(id, params, connection, max_response_size, extensions).await;
						door.arrived(&hash);
						response
					}
					.boxed()
				},
				Ok(None) => method(id, params, connection, max_response_size, extensions),
				Err(error) => async move { MethodResponse::error(id, error) }.boxed(),
			},
		)),
		// A watched submission answers before the pool has it: the pool's import, or the door's
		// own time limit, ends its way in. The call waits holding its subscription's permit; its
		// subscription id is then made by a provider of the kind `sc-rpc-server` gives the
		// server when the node sets none (the server's own is lent to a call only while it is
		// made).
		MethodCallback::Subscription(method) => {
			MethodCallback::Subscription(Arc::new(move |id, params, sink, state, extensions| {
				match admits(Some(state.conn_id), &params) {
					Ok(Some((door, hash, len))) => {
						let method = method.clone();
						let (id, params) = (id.into_owned(), params.into_owned());
						let SubscriptionState { conn_id, subscription_permit, .. } = state;
						async move {
							door.until_view_built(&hash, len).await;
							let state = SubscriptionState {
								conn_id,
								id_provider: &*SUBSCRIPTION_IDS,
								subscription_permit,
							};
							method(id, params, sink, state, extensions).await
						}
						.boxed()
					},
					Ok(None) => method(id, params, sink, state, extensions),
					Err(error) => {
						let id = id.into_owned();
						async move { MethodResponse::error(id, error) }.boxed()
					},
				}
			}))
		},
		// Ending a subscription is always allowed: it only lowers the client's load.
		unsubscribe @ MethodCallback::Unsubscription(_) => unsubscribe,
	}
}

/// The subscription ids of watched submissions, made after their wait for the pool's view: of
/// the kind `sc-rpc-server` gives its server when the node sets none (16 random characters).
static SUBSCRIPTION_IDS: std::sync::LazyLock<sc_rpc_server::RandomStringIdProvider> =
	std::sync::LazyLock::new(|| sc_rpc_server::RandomStringIdProvider::new(16));

/// Counts a call of `method` for its connection; for a submitted extrinsic, refuses it if the
/// account it names is throttled, and remembers it so that it counts against that account once
/// the pool imports it (the account has not been shown to have signed it yet). Refuses the call
/// if either client is throttled.
fn admit(
	guard: &Guard,
	method: &str,
	connection: Option<ConnectionId>,
	params: &Params,
) -> Result<(), ErrorObjectOwned> {
	let now = Instant::now();
	let mut refused: Option<(Client, Duration)> = None;
	if let Some(connection) = connection {
		let client = Client::Connection(connection.0);
		if let Decision::Refuse(remaining) = guard.request(client.clone(), now) {
			refused = Some((client, remaining));
		}
	}
	// A refused connection's submission is not even parsed: throttling saves the node the work.
	if refused.is_none() && SUBMIT_METHODS.contains(&method) {
		if let Some(submission) = submission_of(params) {
			let client = Client::Account(submission.signer.clone());
			match guard.check(&client, now) {
				Decision::Refuse(remaining) => {
					refused.get_or_insert((client, remaining));
				},
				Decision::Serve => {
					let at = sent_instant(submission.sent_at, now, unix_millis());
					guard.submitted(submission.hash, submission.signer, at, now)
				},
			}
		}
	}
	match refused {
		None => Ok(()),
		Some((client, remaining)) => Err(ErrorObjectOwned::owned(
			super::THROTTLED,
			format!(
				"Refused by the node's intrusion detection: {client} sent requests far faster \
				 than its baseline; throttled for {} s more",
				remaining.as_secs().max(1)
			),
			None::<()>,
		)),
	}
}

/// What a submit call's extrinsic says of itself; nothing of it is checked here.
#[derive(Debug, PartialEq, Eq)]
pub struct Submission {
	/// The account it names as its signer.
	pub signer: carechain_runtime::AccountId,
	/// Its hash, as the pool knows it (blake2-256 of its encoding).
	pub hash: [u8; 32],
	/// When its call says it was sent (ms since the Unix epoch): a device anchor's reading time.
	pub sent_at: Option<u64>,
}

/// The submission that is the first parameter of a submit call, if it is a signed extrinsic.
pub fn submission_of(params: &Params) -> Option<Submission> {
	let bytes: sp_core::Bytes = params.sequence().next().ok()?;
	let extrinsic: UncheckedExtrinsic = decode_length_prefixed(&bytes)?;
	// The pool hashes the extrinsic as it re-encodes it: bytes after it (which decoding
	// ignores) must not give it a hash the pool never announces.
	let hash = pool_hash(&extrinsic.encode());
	let signer = match extrinsic.preamble.to_signed()? {
		(Address::Id(account), _, _) => account.clone(),
		_ => return None,
	};
	let sent_at = carechain_runtime::configs::AnchorTime::sent_at(&extrinsic.function);
	Some(Submission { signer, hash, sent_at })
}

/// What the pool's door is asked to let through for a submit call: its extrinsic's pool hash,
/// length and dispatch class. `None` if it does not decode (the pool will refuse it).
pub fn entrant_of(params: &Params) -> Option<Entrant> {
	let bytes: sp_core::Bytes = params.sequence().next().ok()?;
	Some(Entrant::of(&bytes))
}

/// When a submission was sent, as the chain would time it: the time its call says, no later
/// than its arrival (`now`, `wall_ms` by the clock) and no earlier than the runtime's
/// `MaxSendDelay` before it; or its arrival.
fn sent_instant(sent_at: Option<u64>, now: Instant, wall_ms: u64) -> Instant {
	let Some(claimed) = sent_at else { return now };
	let max_delay: u64 =
		<carechain_runtime::Runtime as pallet_intrusion_detection::Config>::MaxSendDelay::get();
	let sent = claimed.clamp(wall_ms.saturating_sub(max_delay), wall_ms);
	now.checked_sub(Duration::from_millis(wall_ms - sent)).unwrap_or(now)
}

/// Now, by the clock, in ms since the Unix epoch.
fn unix_millis() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |since| u64::try_from(since.as_millis()).unwrap_or(u64::MAX))
}

/// The hash the transaction pool knows an extrinsic by, from its (canonical) encoding.
fn pool_hash(bytes: &[u8]) -> [u8; 32] {
	sp_runtime::traits::BlakeTwo256::hash(bytes).0
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{cli::IntrusionDetectionMode, intrusion_detection::Settings};
	use carechain_primitives::intrusion::DetectorParams;
	use codec::Encode;
	use sp_core::{crypto::Ss58Codec, sr25519, Pair};

	fn guard() -> Arc<Guard> {
		Arc::new(
			Guard::new(
				Settings {
					mode: IntrusionDetectionMode::Throttle,
					params: DetectorParams {
						baseline_intervals: 2,
						window_intervals: 2,
						threshold_percent: 75,
						floor_ms: 20,
						pause_factor: 0,
					},
					min_interval: Duration::from_millis(20),
					flag_period: Duration::from_secs(60),
					report_interval: Duration::from_secs(6),
					max_clients: 16,
					peer_limits: crate::intrusion_detection::peer::PeerLimits {
						window: Duration::from_secs(10),
						max_transactions: 100,
						max_invalid: 5,
						max_requests: 50,
						ban: Duration::from_secs(60),
					},
				},
				None,
			)
			.unwrap(),
		)
	}

	fn signed_remark(signer: &sr25519::Pair) -> UncheckedExtrinsic {
		let call = carechain_runtime::RuntimeCall::System(frame_system::Call::remark {
			remark: vec![1, 2, 3],
		});
		let extension = carechain_runtime::immortal_extension(0);
		// The signature is not checked here: any bytes of the right type do.
		let signature = signer.sign(b"not checked");
		UncheckedExtrinsic::new_signed(
			call,
			Address::Id(signer.public().into()),
			signature.into(),
			extension,
		)
	}

	fn params_of(extrinsic: &UncheckedExtrinsic) -> String {
		format!("[\"0x{}\"]", hex(&extrinsic.encode()))
	}

	fn hex(bytes: &[u8]) -> String {
		bytes.iter().map(|b| format!("{b:02x}")).collect()
	}

	fn signer_of(params: &Params) -> Option<carechain_runtime::AccountId> {
		submission_of(params).map(|submission| submission.signer)
	}

	#[test]
	fn the_signer_and_hash_of_a_submitted_extrinsic_are_found() {
		let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
		let extrinsic = signed_remark(&alice);
		let json = params_of(&extrinsic);
		let params = Params::new(Some(&json));
		let hash = sp_runtime::traits::BlakeTwo256::hash(&extrinsic.encode()).0;
		assert_eq!(
			submission_of(&params),
			Some(Submission { signer: alice.public().into(), hash, sent_at: None })
		);
	}

	#[test]
	fn the_door_sees_a_submissions_hash_length_and_class() {
		let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
		let remark = signed_remark(&alice);
		let entrant = entrant_of(&Params::new(Some(&params_of(&remark)))).unwrap();
		assert_eq!(entrant.hash, sp_runtime::traits::BlakeTwo256::hash(&remark.encode()).0);
		assert_eq!(entrant.len, remark.encode().len());
		assert!(!entrant.operational);
		// An operational call (as every council call is) may take a normal transaction's place.
		let operational = UncheckedExtrinsic::new_bare(carechain_runtime::RuntimeCall::System(
			frame_system::Call::set_heap_pages { pages: 64 },
		));
		assert!(entrant_of(&Params::new(Some(&params_of(&operational)))).unwrap().operational);
		// Bytes that do not decode are counted as a normal transaction of their length (the
		// pool refuses them, and the door forgets them when the call ends).
		let junk = entrant_of(&Params::new(Some("[\"0x0102\"]"))).unwrap();
		assert_eq!((junk.len, junk.operational), (2, false));
		assert!(entrant_of(&Params::new(Some("[]"))).is_none());
	}

	#[test]
	fn bytes_after_the_extrinsic_do_not_change_its_hash() {
		// Decoding ignores them and the pool hashes the re-encoded extrinsic: a signer padding
		// its submissions must still be counted when the pool announces them.
		let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
		let extrinsic = signed_remark(&alice);
		let padded = format!("[\"0x{}ff\"]", hex(&extrinsic.encode()));
		let submission = submission_of(&Params::new(Some(&padded))).unwrap();
		assert_eq!(submission.hash, sp_runtime::traits::BlakeTwo256::hash(&extrinsic.encode()).0);
	}

	#[test]
	fn garbage_and_unsigned_extrinsics_have_no_signer() {
		assert_eq!(signer_of(&Params::new(Some("[\"0x0102\"]"))), None);
		assert_eq!(signer_of(&Params::new(Some("[]"))), None);
		assert_eq!(signer_of(&Params::new(None)), None);
		let bare = UncheckedExtrinsic::new_bare(carechain_runtime::RuntimeCall::System(
			frame_system::Call::remark { remark: vec![] },
		));
		let json = params_of(&bare);
		assert_eq!(signer_of(&Params::new(Some(&json))), None);
	}

	/// Submits `params` on `connection`, and, if it was admitted and `pool_accepts`, tells the
	/// guard that the pool imported it.
	fn submit(
		guard: &Guard,
		connection: usize,
		params: &Params,
		pool_accepts: bool,
	) -> Result<(), ErrorObjectOwned> {
		admit(guard, "author_submitExtrinsic", Some(ConnectionId(connection)), params)?;
		if pool_accepts {
			guard.imported(submission_of(params).expect("a signed extrinsic").hash, Instant::now());
		}
		Ok(())
	}

	#[test]
	fn a_flooding_signer_is_refused_on_any_connection() {
		let guard = guard();
		let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
		let json = params_of(&signed_remark(&alice));
		let params = Params::new(Some(&json));
		// A baseline of 40 ms between the pool's imports of Alice's submissions.
		for connection in 0..3 {
			submit(&guard, connection, &params, true).unwrap();
			std::thread::sleep(Duration::from_millis(40));
		}
		// Quick ones: the first window still holds a 40 ms gap, the next is all flood.
		let mut outcomes = Vec::new();
		for connection in 10..16 {
			outcomes.push(submit(&guard, connection, &params, true));
		}
		let error = outcomes.iter().find_map(|o| o.as_ref().err()).expect("refused");
		assert_eq!(error.code(), super::super::THROTTLED);
		let alice_account: carechain_runtime::AccountId = alice.public().into();
		assert!(error.message().contains(&alice_account.to_ss58check()), "{}", error.message());
		// A query on a fresh connection is still served.
		assert!(admit(&guard, "system_health", Some(ConnectionId(99)), &Params::new(None)).is_ok());
	}

	#[test]
	fn forged_submissions_count_against_their_connection_not_the_account_they_name() {
		let guard = guard();
		let device = sr25519::Pair::from_string("//CareChainSensor", None).unwrap();
		let device_account: carechain_runtime::AccountId = device.public().into();
		let json = params_of(&signed_remark(&device));
		let forged = Params::new(Some(&json));
		// 300 junk submissions naming the device, from one connection; the pool refuses them all
		// (the signature does not verify), so it never imports one.
		let refused = (0..300).filter(|_| submit(&guard, 7, &forged, false).is_err()).count();
		assert!(refused >= 290, "the connection is throttled: {refused} refused");
		let error = submit(&guard, 7, &forged, false).unwrap_err();
		assert!(error.message().contains("connection 7"), "{}", error.message());
		// The device is neither throttled, nor tracked, nor reported; its own submission from its
		// own connection is served and counted once the pool imports it.
		assert_eq!(
			guard.check(&Client::Account(device_account.clone()), Instant::now()),
			Decision::Serve
		);
		assert!(!guard.state().clients.contains_key(&Client::Account(device_account.clone())));
		assert!(guard.take_observations().is_empty());
		submit(&guard, 8, &forged, true).unwrap();
		submit(&guard, 8, &forged, true).unwrap();
		assert_eq!(guard.take_observations().len(), 1, "one interval of the device's own");
	}

	#[test]
	fn submissions_the_pool_never_imports_are_forgotten() {
		let guard = guard();
		let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
		let json = params_of(&signed_remark(&alice));
		let params = Params::new(Some(&json));
		let Submission { signer, hash, .. } = submission_of(&params).unwrap();
		let long_ago = Instant::now();
		guard.submitted(hash, signer.clone(), long_ago, long_ago);
		// Another submission a minute later expires it.
		let later = long_ago + super::super::SUBMISSION_PATIENCE;
		guard.submitted([9; 32], signer, later, later);
		guard.imported(hash, later);
		assert!(!guard.state().clients.contains_key(&Client::Account(alice.public().into())));
		assert_eq!(guard.state().submissions.len(), 1);
	}

	fn anchor_taken_at(taken_at: u64) -> carechain_runtime::RuntimeCall {
		use carechain_primitives::consent::{DataCategory, Purpose};
		carechain_runtime::RuntimeCall::Records(pallet_records::Call::anchor {
			patient: carechain_runtime::AccountId::new([2; 32]),
			category: DataCategory::VitalSigns,
			content_hash: sp_core::H256::repeat_byte(1),
			locator: vec![1].try_into().unwrap(),
			size: 1,
			envelope_version: 1,
			key_epoch: 0,
			purpose: Purpose::Treatment,
			signature: None,
			taken_at,
		})
	}

	#[test]
	fn an_anchors_reading_time_is_found_and_bounded() {
		let device = sr25519::Pair::from_string("//CareChainSensor", None).unwrap();
		let extrinsic = UncheckedExtrinsic::new_signed(
			anchor_taken_at(1_700_000_000_000),
			Address::Id(device.public().into()),
			device.sign(b"not checked").into(),
			carechain_runtime::immortal_extension(0),
		);
		let json = params_of(&extrinsic);
		let submission = submission_of(&Params::new(Some(&json))).unwrap();
		assert_eq!(submission.sent_at, Some(1_700_000_000_000));

		let now = Instant::now() + Duration::from_secs(3_600);
		let wall = 1_700_000_100_000;
		// 100 s before its arrival: sent then.
		assert_eq!(sent_instant(Some(wall - 100_000), now, wall), now - Duration::from_secs(100));
		// From the future: at its arrival; from before `MaxSendDelay` (10 min): that long ago.
		assert_eq!(sent_instant(Some(wall + 60_000), now, wall), now);
		assert_eq!(sent_instant(Some(0), now, wall), now - Duration::from_secs(600));
		assert_eq!(sent_instant(None, now, wall), now);
	}

	#[test]
	fn a_device_delivering_buffered_readings_is_not_flagged_and_a_flood_is() {
		let guard = guard();
		let device = carechain_runtime::AccountId::new([5; 32]);
		let start = Instant::now();
		let mut hash = 0u32;
		let mut send = |at: Instant, now: Instant| {
			hash += 1;
			let mut bytes = [0; 32];
			bytes[..4].copy_from_slice(&hash.to_le_bytes());
			guard.submitted(bytes, device.clone(), at, now);
			guard.imported(bytes, now);
		};
		// A reading every 100 ms, delivered at once after an outage (1 ms apart at the node).
		let delivered = start + Duration::from_secs(10);
		for i in 0..40u32 {
			let at = start + Duration::from_millis(100 * u64::from(i));
			send(at, delivered + Duration::from_millis(u64::from(i)));
		}
		let client = Client::Account(device.clone());
		assert_eq!(guard.check(&client, delivered + Duration::from_secs(1)), Decision::Serve);
		// Readings taken now, 1 ms apart, are a flood.
		let flood = delivered + Duration::from_secs(1);
		for i in 0..6u64 {
			let at = flood + Duration::from_millis(i);
			send(at, at);
		}
		assert!(matches!(
			guard.check(&client, flood + Duration::from_millis(10)),
			Decision::Refuse(_)
		));
	}

	#[test]
	fn guarded_methods_keep_their_names_and_answers() {
		let mut module = RpcModule::new(());
		module.register_method("demo_answer", |_, _, _| 42u32).unwrap();
		let guarded = guarded_module(&module, guard(), None).unwrap();
		assert_eq!(guarded.method_names().collect::<Vec<_>>(), vec!["demo_answer"]);
		let answer: u32 =
			futures::executor::block_on(guarded.call("demo_answer", jsonrpsee::rpc_params![]))
				.unwrap();
		assert_eq!(answer, 42);
	}

	/// A submission whose length prefix claims 4 GiB is refused without the node asking for
	/// it: sp-runtime's own decoding reserves the claimed length (on a machine that does not
	/// overcommit memory, an abort of the node by one request).
	#[test]
	fn a_lying_length_prefix_is_refused_without_reserving_it() {
		// A compact u32::MAX, a bare extrinsic's version byte, a call's first bytes.
		let json = "[\"0x03ffffffff040000\"]";
		let params = Params::new(Some(json));
		let (submission, held) = crate::test_alloc::peak_during(|| submission_of(&params));
		assert_eq!(submission, None);
		assert!(held < 1 << 20, "{held} bytes held");
		// The door counts it as the 8 bytes it is.
		let (entrant, held) = crate::test_alloc::peak_during(|| entrant_of(&params));
		assert_eq!(entrant.map(|entrant| (entrant.len, entrant.operational)), Some((8, false)));
		assert!(held < 1 << 20, "{held} bytes held");
		// The counter sees a large reservation (sp-runtime's own decoding of these bytes asks
		// for 4 GiB: not tried here, where it could abort the test binary).
		let (_, held) = crate::test_alloc::peak_during(|| Vec::<u8>::with_capacity(2 << 20));
		assert!(held >= 2 << 20, "{held} bytes seen");
	}

	/// The parsers a submission meets before the pool (the door's and the detector's) read
	/// what any client sends: seeded garbage, hex of garbage, and real extrinsics with bytes
	/// flipped, cut or appended must give `None` or a reading, never a panic.
	#[test]
	fn the_submission_parsers_survive_arbitrary_params() {
		let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
		let real = signed_remark(&alice).encode();
		let mut parsed = 0;
		for seed in 0..4_000u64 {
			let input = carechain_fuzz::seeded_input(seed, 600);
			let mut source = carechain_fuzz::Source::new(&input);
			let json = match source.byte() % 4 {
				// Not JSON, or JSON of the wrong shape.
				0 => String::from_utf8_lossy(&input[1..1 + source.below(80)]).into_owned(),
				1 => ["[]", "{}", "[1]", "[\"0x\"]", "[\"0xzz\"]", "null", "[[\"0x00\"]]"]
					[source.below(7)]
				.to_string(),
				// Hex of random bytes.
				2 => format!("[\"0x{}\"]", hex(&input[..source.below(500)])),
				// A real extrinsic, mutated.
				_ => {
					let mut bytes = real.clone();
					for _ in 0..1 + source.below(3) {
						let at = source.below(bytes.len());
						match source.byte() % 3 {
							0 => bytes[at] ^= 1 << (source.byte() % 8),
							1 => bytes.truncate(at.max(1)),
							_ => bytes.extend_from_slice(&input[..source.below(64)]),
						}
					}
					format!("[\"0x{}\"]", hex(&bytes))
				},
			};
			let params = Params::new(Some(&json));
			if submission_of(&params).is_some() {
				parsed += 1;
			}
			let _ = entrant_of(&params);
		}
		// Appended bytes leave a real extrinsic readable: some inputs did parse.
		assert!(parsed > 0);
	}
}
