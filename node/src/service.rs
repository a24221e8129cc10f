//! The node service: client, ParityDB backend, transaction pool, networking, Aura authoring,
//! GRANDPA finality, offchain workers and JSON-RPC, wired together.

use std::{sync::Arc, time::Duration};

use carechain_runtime::{apis::RuntimeApi, opaque::Block};
use futures::{FutureExt, StreamExt};
use sc_client_api::{Backend, BlockBackend, HeaderBackend, StorageProvider};
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_consensus_grandpa::SharedVoterState;
use sc_service::{error::Error as ServiceError, Configuration, TaskManager, WarpSyncConfig};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::{OffchainTransactionPoolFactory, TransactionPool};
use sp_keystore::Keystore;

use crate::cli::IntrusionDetectionMode;
use sp_consensus_aura::sr25519::AuthorityPair as AuraPair;

/// The client: the runtime always runs as wasm, with Substrate's host functions.
pub(crate) type FullClient = sc_service::TFullClient<
	Block,
	RuntimeApi,
	sc_executor::WasmExecutor<sp_io::SubstrateHostFunctions>,
>;
type FullBackend = sc_service::TFullBackend<Block>;
/// The transaction pool.
pub(crate) type FullPool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;

/// GRANDPA imports and generates a justification at least every this many blocks, so that a
/// light client or warp sync can prove finality without every block's votes.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// The parts of the service that subcommands (check-block, export, revert…) need too.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	FullPool,
	(
		sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>,
		sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>,
		Option<Telemetry>,
	),
>;

/// The Aura inherent data for a block: the current time and the slot it falls in.
fn aura_inherent_data(
	slot_duration: sp_consensus_aura::SlotDuration,
) -> (sp_consensus_aura::inherents::InherentDataProvider, sp_timestamp::InherentDataProvider) {
	let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
	let slot = sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
		*timestamp,
		slot_duration,
	);
	(slot, timestamp)
}

/// Builds the client, backend, transaction pool and import queue (the pool as sc-cli configures
/// it: what subcommands need).
pub fn new_partial(config: &Configuration) -> Result<Service, ServiceError> {
	new_partial_with_pool(config, None)
}

/// Builds the client, backend, transaction pool and import queue; the pool made with `pool`'s
/// options if given ([`crate::pool_door::PoolSettings`]), else as sc-cli configures it.
fn new_partial_with_pool(
	config: &Configuration,
	pool: Option<&crate::pool_door::PoolSettings>,
) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<sp_io::SubstrateHostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			// Pruned nodes keep the blocks that carry GRANDPA justifications: warp sync needs them.
			vec![Arc::new(sc_consensus_grandpa::GrandpaPruningFilter)],
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let is_validator = config.role.is_authority().into();
	let spawner = task_manager.spawn_essential_handle();
	let transaction_pool: Arc<FullPool> = Arc::from(match pool {
		Some(settings) => {
			let options = settings.options();
			log::info!(
				"Creating transaction pool (fork-aware: {}) ready={:?} future={:?}",
				settings.fork_aware,
				options.ready,
				options.future,
			);
			let registry = config.prometheus_registry();
			sc_transaction_pool::TransactionPoolWrapper::<Block, FullClient>(
				if settings.fork_aware {
					Box::new(sc_transaction_pool::ForkAwareTxPool::new_full(
						options,
						is_validator,
						registry,
						spawner,
						client.clone(),
					))
				} else {
					Box::new(sc_transaction_pool::BasicPool::new_full(
						options,
						is_validator,
						registry,
						spawner,
						client.clone(),
					))
				},
			)
		},
		None => sc_transaction_pool::Builder::new(spawner, client.clone(), is_validator)
			.with_options(config.transaction_pool.clone())
			.with_prometheus(config.prometheus_registry())
			.build(),
	});

	let (grandpa_block_import, grandpa_link) = sc_consensus_grandpa::block_import(
		client.clone(),
		GRANDPA_JUSTIFICATION_PERIOD,
		&client,
		select_chain.clone(),
		telemetry.as_ref().map(|x| x.handle()),
	)?;

	let cidp_client = client.clone();
	let import_queue =
		sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
			block_import: grandpa_block_import.clone(),
			justification_import: Some(Box::new(grandpa_block_import.clone())),
			client: client.clone(),
			create_inherent_data_providers: move |parent_hash, _| {
				let cidp_client = cidp_client.clone();
				async move {
					let slot_duration = sc_consensus_aura::standalone::slot_duration_at(
						&*cidp_client,
						parent_hash,
					)?;
					Ok(aura_inherent_data(slot_duration))
				}
			},
			spawner: &task_manager.spawn_essential_handle(),
			registry: config.prometheus_registry(),
			check_for_equivocation: Default::default(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			compatibility_mode: Default::default(),
		})?;

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (grandpa_block_import, grandpa_link, telemetry),
	})
}

/// Builds and starts a full node: networking, RPC (guarded by the node's intrusion detection,
/// [`crate::intrusion_detection`]), and, on an authority, Aura and GRANDPA.
pub fn new_full<N: crate::intrusion_detection::requests::RequestQueues>(
	mut config: Configuration,
	ids: crate::intrusion_detection::Settings,
	pool_settings: crate::pool_door::PoolSettings,
	light_clients: u32,
) -> Result<TaskManager, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (block_import, grandpa_link, mut telemetry),
	} = new_partial_with_pool(&config, Some(&pool_settings))?;
	// The pool keeps future transactions as long as ready ones: those that wait too long leave.
	task_manager.spawn_handle().spawn(
		"carechain-pool-futures",
		Some("transaction-pool"),
		crate::pool_futures::remove_overdue(transaction_pool.clone(), {
			let client = client.clone();
			move || client.info().best_number
		}),
	);

	// Only member nodes join, from the first connection on (`member_nodes.rs`).
	// Light clients, if the node serves them, on slots of their own (`--light-clients`).
	let light_slots = crate::member_nodes::restrict_from_the_start(
		&mut config,
		&*client,
		client.info().best_hash,
		light_clients,
	);

	let mut net_config = sc_network::config::FullNetworkConfiguration::<
		Block,
		<Block as sp_runtime::traits::Block>::Hash,
		N,
	>::new(&config.network, config.prometheus_registry().cloned());
	let metrics = N::register_notification_metrics(config.prometheus_registry());

	let peer_store_handle = net_config.peer_store_handle();
	let genesis_hash = client
		.block_hash(0)
		.ok()
		.flatten()
		.ok_or_else(|| ServiceError::Other("the database holds no genesis block".into()))?;
	let grandpa_protocol_name =
		sc_consensus_grandpa::protocol_standard_name(&genesis_hash, &config.chain_spec);
	let (grandpa_protocol_config, grandpa_notification_service) =
		sc_consensus_grandpa::grandpa_peers_set_config::<_, N>(
			grandpa_protocol_name.clone(),
			metrics.clone(),
			peer_store_handle,
		);
	net_config.add_notification_protocol(grandpa_protocol_config);

	let warp_sync = Arc::new(sc_consensus_grandpa::warp_proof::NetworkProvider::new(
		backend.clone(),
		grandpa_link.shared_authority_set().clone(),
		Vec::default(),
	));

	// The peers' gossip is judged by the node's intrusion detection (`intrusion_detection::peer`).
	let peer_guard = Arc::new(
		crate::intrusion_detection::peer::PeerGuard::new(
			ids.mode,
			ids.peer_limits.clone(),
			config.prometheus_registry(),
		)
		.map_err(|e| ServiceError::Other(format!("intrusion-detection metrics: {e}")))?,
	);
	// Whom the request protocols answer: member nodes and served light clients (`admission.rs`).
	// A list that cannot be read admits no one but the sync set's peers and light clients.
	let admission = crate::admission::Admission::new(
		match crate::member_nodes::members(&*client, client.info().best_hash) {
			Ok(members) => Some(members).filter(|members| !members.is_empty()),
			Err(_) => Some(Default::default()),
		},
	);
	let crate::network::Network {
		service: network,
		system_rpc_tx,
		tx_handler_controller,
		sync_service,
		guarded: guarded_network,
		sync_protocol,
	} = crate::network::build(
		&config,
		net_config,
		client.clone(),
		transaction_pool.clone(),
		&task_manager,
		import_queue,
		WarpSyncConfig::WithProvider(warp_sync),
		metrics,
		peer_guard.clone(),
		admission.clone(),
	)?;
	task_manager.spawn_handle().spawn(
		"carechain-admission",
		Some("networking"),
		crate::admission::track_light_clients(sync_service.clone(), admission.clone()),
	);

	task_manager.spawn_handle().spawn(
		"carechain-member-nodes",
		Some("networking"),
		crate::member_nodes::run(
			client.clone(),
			network.clone(),
			sync_service.clone(),
			peer_guard.clone(),
			admission,
			light_slots.then_some(sync_protocol),
		),
	);
	if peer_guard.bans() {
		// A member node banned for flooding is reported on chain, for governance.
		task_manager.spawn_handle().spawn(
			"carechain-intrusion-detection-node-reports",
			Some("intrusion-detection"),
			crate::intrusion_detection::node_report::run(
				peer_guard.clone(),
				client.clone(),
				transaction_pool.clone(),
				keystore_container.keystore(),
				ids.report_interval,
			),
		);
	}

	// Authorities watch for validators sealing two blocks in one slot and report them (an
	// unsigned report is not propagated: only an author's own reports reach a block).
	if config.role.is_authority() {
		task_manager.spawn_handle().spawn(
			"carechain-aura-equivocation",
			Some("block-authoring"),
			crate::aura_equivocation::run(
				client.clone(),
				OffchainTransactionPoolFactory::new(transaction_pool.clone()),
			),
		);
	}

	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				// Node authorization's worker would set the authorized peers each block: the
				// member-node list does, honouring bans (`GuardedNetwork`).
				network_provider: Arc::new(guarded_network),
				enable_http_requests: true,
				custom_extensions: |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let role = config.role;
	let force_authoring = config.force_authoring;
	let backoff_authoring_blocks: Option<()> = None;
	let name = config.network.node_name.clone();
	let enable_grandpa = !config.disable_grandpa;
	let prometheus_registry = config.prometheus_registry().cloned();

	let rpc_extensions_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();

		Box::new(move |_| {
			let deps = crate::rpc::FullDeps { client: client.clone(), pool: pool.clone() };
			crate::rpc::create_full(deps).map_err(Into::into)
		})
	};

	// The operator's RPC addresses are served below, guarded; sc-service gets a sealed listener.
	let guarded_rpc = (ids.mode != IntrusionDetectionMode::Off)
		.then(|| crate::intrusion_detection::rpc::seal(&mut config.rpc));
	let ids_guard = Arc::new(
		crate::intrusion_detection::Guard::new(ids, config.prometheus_registry())
			.map_err(|e| ServiceError::Other(format!("intrusion-detection metrics: {e}")))?,
	);
	let tokio_handle = config.tokio_handle.clone();
	if let Some(seed) = config.dev_key_seed.as_deref() {
		// A dev authority (`--alice`…) also gets its monitor key, as it gets its session keys.
		keystore_container
			.keystore()
			.sr25519_generate_new(crate::intrusion_detection::MONITOR_KEY_TYPE, Some(seed))
			.map_err(|e| ServiceError::Other(format!("the dev monitor key: {e}")))?;
	}

	let rpc_handlers = sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: network.clone(),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder: rpc_extensions_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	if let Some(public) = guarded_rpc {
		log::info!(
			"🔒 The JSON-RPC listener above on {:?} is sc-service's, sealed: it refuses every \
			 connection. The node's JSON-RPC is served below, guarded by its intrusion detection.",
			rpc_handlers.listen_addresses(),
		);
		let limits = pool_settings.limits;
		let pool = transaction_pool.clone();
		let chain = client.clone();
		let syncing = sync_service.clone();
		// An account's nonce at the best block; none (no check) while the node is catching up,
		// when its best block is old, or if the state cannot be read.
		let nonce_of: crate::pool_door::NonceOf = Box::new(move |who| {
			use codec::Decode;
			use sp_consensus::SyncOracle;
			type Runtime = carechain_runtime::Runtime;
			if syncing.is_major_syncing() {
				return None;
			}
			let key = frame_system::Account::<Runtime>::hashed_key_for(who);
			let at = chain.info().best_hash;
			match chain.storage(at, &sc_client_api::StorageKey(key)).ok()? {
				// An account the chain does not hold yet has nonce 0.
				None => Some(0),
				Some(data) => frame_system::AccountInfo::<
					carechain_runtime::Nonce,
					<Runtime as frame_system::Config>::AccountData,
				>::decode(&mut &data.0[..])
				.ok()
				.map(|info| info.nonce),
			}
		});
		let mut door =
			crate::pool_door::PoolDoor::new(Box::new(move || pool.status()), nonce_of, limits)
				.with_normal_percent(pool_settings.normal_percent);
		// Submissions wait while the fork-aware pool builds its view of a new best block
		// (`pool_views.rs`); the single-state pool has no views.
		if pool_settings.fork_aware {
			let (views, follow_views) = crate::pool_views::of_pool(
				client.clone(),
				transaction_pool.clone(),
				sync_service.clone(),
			);
			task_manager.spawn_handle().spawn(
				"carechain-pool-views",
				Some("transaction-pool"),
				follow_views,
			);
			door = door.with_views(views);
		}
		let door = Arc::new(door);
		let server = crate::intrusion_detection::rpc::serve(
			public,
			&rpc_handlers.handle(),
			ids_guard.clone(),
			door.clone(),
			&tokio_handle,
		)?;
		task_manager.keep_alive(server);
		// A submission counts against the account it names only once the pool imports it; from
		// then on the pool's status counts it, not the door. The pool drops a listener that
		// falls a thousand imports behind: it is listened to again.
		let guard = ids_guard.clone();
		let pool = transaction_pool.clone();
		task_manager.spawn_handle().spawn(
			"carechain-intrusion-detection-imports",
			Some("intrusion-detection"),
			async move {
				loop {
					let mut imports = pool.import_notification_stream();
					while let Some(hash) = imports.next().await {
						guard.imported(hash.into(), std::time::Instant::now());
						door.arrived(&hash.into());
					}
					log::warn!(
						"🔒 The pool stopped sending its imports to intrusion detection (it fell \
						 behind); listening again"
					);
					tokio::time::sleep(std::time::Duration::from_millis(100)).await;
				}
			},
		);
		task_manager.spawn_handle().spawn(
			"carechain-intrusion-detection-reporter",
			Some("intrusion-detection"),
			crate::intrusion_detection::report::run(
				ids_guard,
				client.clone(),
				transaction_pool.clone(),
				keystore_container.keystore(),
			),
		);
	}

	if role.is_authority() {
		let proposer_factory = sc_basic_authorship::ProposerFactory::new(
			task_manager.spawn_handle(),
			client.clone(),
			transaction_pool.clone(),
			prometheus_registry.as_ref(),
			telemetry.as_ref().map(|x| x.handle()),
		);

		let slot_duration = sc_consensus_aura::slot_duration(&*client)?;

		let aura = sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(
			StartAuraParams {
				slot_duration,
				client,
				select_chain,
				block_import,
				proposer_factory,
				create_inherent_data_providers: move |_, ()| async move {
					Ok(aura_inherent_data(slot_duration))
				},
				force_authoring,
				backoff_authoring_blocks,
				keystore: keystore_container.keystore(),
				sync_oracle: sync_service.clone(),
				justification_sync_link: sync_service.clone(),
				// Two thirds of the 3 s slot to build a block; the rest to propagate it. Half was
				// measured on four nodes sharing two cores and not adopted (docs/throughput.md):
				// their authors are slowed by the others' imports, not by the window.
				block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
				max_block_proposal_slot_portion: None,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			},
		)?;

		// Authoring is essential: if it fails, the node stops rather than idle silently.
		task_manager.spawn_essential_handle().spawn_blocking("aura", Some("block-authoring"), aura);
	}

	if enable_grandpa {
		// Only an authority votes, so only an authority needs its keystore here.
		let keystore = if role.is_authority() { Some(keystore_container.keystore()) } else { None };

		let grandpa_config = sc_consensus_grandpa::Config {
			gossip_duration: Duration::from_millis(333),
			justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
			name: Some(name),
			observer_enabled: false,
			keystore,
			local_role: role,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			protocol_name: grandpa_protocol_name,
		};

		// Every node runs the full voter (non-authorities only follow): the observer protocol is
		// less tested and may stall finality when many nodes run it.
		let grandpa_params = sc_consensus_grandpa::GrandpaParams {
			config: grandpa_config,
			link: grandpa_link,
			network,
			sync: sync_service,
			notification_service: grandpa_notification_service,
			// Vote on the best block itself. The default rules vote two blocks behind it (and at
			// most three quarters of the unfinalized chain), which on public chains keeps votes off
			// blocks that may not have propagated yet, and here cost two 3 s slots of latency on
			// every finalization. Voting rules never touch safety: GRANDPA finalizes only what a
			// supermajority voted for, whatever each voter targets. With a handful of known
			// authorities a tip that some have not yet seen only means a round finalizes its
			// ancestor (README, **Performance**: finality).
			voting_rule: sc_consensus_grandpa::VotingRulesBuilder::new().build(),
			prometheus_registry,
			shared_voter_state: SharedVoterState::empty(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
		};

		task_manager.spawn_essential_handle().spawn_blocking(
			"grandpa-voter",
			None,
			sc_consensus_grandpa::run_grandpa_voter(grandpa_params)?,
		);
	}

	Ok(task_manager)
}
