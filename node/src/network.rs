//! The node's networking: `sc_service::build_network`, with the transactions and request
//! protocols guarded.
//!
//! This is Substrate's `build_network`, `build_default_syncing_engine` and
//! `build_network_advanced` (sc-service 0.62.0) with two changes:
//! - the transactions handler gets a [`GuardedNetwork`] in place of the network, so that a peer
//!   flooding the transactions protocol is banned ([`crate::intrusion_detection::peer`]), and a
//!   [`GossipFilter`] in front of the pool, so that a quarantined account's transactions are not
//!   gossiped ([`crate::intrusion_detection::gossip`]);
//! - the four request handlers (blocks, state, warp proofs, light-client proofs) get their
//!   requests through a [`RequestScreen`], so that only member nodes and the light clients the
//!   node serves are answered ([`crate::admission`]), and a peer flooding them is banned and no
//!   longer served ([`crate::intrusion_detection::requests`]).
//!
//! Everything else (the sync strategy and engine, the peer store, the system RPC, the network
//! worker, and Bitswap with `--ipfs-server`) is built as there. Bitswap serves the envelopes the
//! envelopes pallet had indexed (the hospitals' storage network, `docs/storage.md`) to any peer
//! that asks by CID; it needs the litep2p backend (the default).

use std::sync::Arc;

use carechain_runtime::opaque::Block;
use futures::{pin_mut, FutureExt, StreamExt};
use sc_client_api::{BlockBackend as _, BlockchainEvents, HeaderBackend};
use sc_consensus::ImportQueue;
use sc_network::{
	config::{FullNetworkConfiguration, SyncMode},
	service::traits::{NetworkService, PeerStore as _, RequestResponseConfig as _},
	NetworkBackend, NetworkBlock as _, NotificationMetrics, Roles,
};
use sc_network_sync::{
	block_relay_protocol::BlockRelayParams,
	block_request_handler::BlockRequestHandler,
	engine::SyncingEngine,
	service::network::NetworkServiceHandle,
	state_request_handler::StateRequestHandler,
	strategy::polkadot::{PolkadotSyncingStrategy, PolkadotSyncingStrategyConfig},
	warp_request_handler::RequestHandler as WarpSyncRequestHandler,
	SyncingService, WarpSyncConfig,
};
use sc_network_transactions::{TransactionsHandlerController, TransactionsHandlerPrototype};
use sc_service::{error::Error as ServiceError, Configuration, TaskManager};
use sc_utils::mpsc::{tracing_unbounded, TracingUnboundedSender};
use sp_runtime::traits::{Block as BlockT, Header as _};

use crate::{
	intrusion_detection::{
		gossip::GossipFilter,
		peer::{GuardedNetwork, PeerGuard},
		requests::{RequestQueues, RequestScreen},
	},
	service::{FullClient, FullPool},
};

type Hash = <Block as BlockT>::Hash;

/// What the node's networking is made of.
pub struct Network {
	/// The network service.
	pub service: Arc<dyn NetworkService>,
	/// Where the system RPC's requests go.
	pub system_rpc_tx: TracingUnboundedSender<sc_rpc::system::Request<Block>>,
	/// The transactions handler's controller.
	pub tx_handler_controller: TransactionsHandlerController<Hash>,
	/// The syncing service.
	pub sync_service: Arc<SyncingService<Block>>,
	/// The network as the node's other components get it (the offchain workers): guarded, and
	/// leaving the authorized peers to the member-node list.
	pub guarded: GuardedNetwork,
	/// The block-announces protocol (the sync set's).
	pub sync_protocol: sc_network::ProtocolName,
}

/// Builds and starts the networking, with the transactions and request protocols guarded by
/// `peer_guard`.
#[allow(clippy::too_many_arguments)]
pub fn build<N: RequestQueues>(
	config: &Configuration,
	mut net_config: FullNetworkConfiguration<Block, Hash, N>,
	client: Arc<FullClient>,
	transaction_pool: Arc<FullPool>,
	task_manager: &TaskManager,
	import_queue: sc_consensus::DefaultImportQueue<Block>,
	warp_sync_config: WarpSyncConfig<Block>,
	metrics: NotificationMetrics,
	peer_guard: Arc<PeerGuard>,
	admission: Arc<crate::admission::Admission>,
) -> Result<Network, ServiceError> {
	let spawn_handle = task_manager.spawn_handle();
	let spawn_essential_handle = task_manager.spawn_essential_handle();
	let protocol_id = config.protocol_id();
	let fork_id = config.chain_spec.fork_id();
	let metrics_registry = config.prometheus_config.as_ref().map(|config| &config.registry);
	let genesis_hash = client.info().genesis_hash;

	let screen = RequestScreen::new(peer_guard.clone(), admission);
	let network_service_provider = sc_network_sync::service::network::NetworkServiceProvider::new();
	let (sync_service, block_announce_config) = build_sync::<N>(
		config,
		&mut net_config,
		client.clone(),
		import_queue.service(),
		network_service_provider.handle(),
		warp_sync_config,
		task_manager,
		metrics.clone(),
		&screen,
	)?;
	let sync_service = Arc::new(sync_service);

	let (handler, mut light_client_config) =
		sc_network_light::light_client_requests::handler::LightClientRequestHandler::new::<N>(
			&protocol_id,
			fork_id,
			client.clone(),
		);
	screen.screen::<N>(&mut light_client_config, &spawn_handle);
	spawn_handle.spawn("light-client-request-handler", Some("networking"), handler.run());
	net_config.add_request_response_protocol(light_client_config);

	let (transactions_handler_proto, transactions_config) =
		TransactionsHandlerPrototype::new::<_, Block, N>(
			protocol_id.clone(),
			genesis_hash,
			fork_id,
			metrics.clone(),
			net_config.peer_store_handle(),
		);
	net_config.add_notification_protocol(transactions_config);

	// Bitswap, as `build_network_advanced` builds it: the node's indexed transactions (envelopes)
	// served to peers that ask by CID. No IPFS DHT: consortium nodes are dialled directly.
	let (ipfs_config, bitswap) = if config.network.ipfs_server {
		if !N::SUPPORTS_IPFS {
			return Err(ServiceError::Other(
				"--ipfs-server needs --network-backend litep2p (the default)".into(),
			));
		}
		let kept = match config.blocks_pruning {
			sc_service::BlocksPruning::KeepAll | sc_service::BlocksPruning::KeepFinalized => {
				u32::MAX
			},
			sc_service::BlocksPruning::Some(blocks) => blocks,
		};
		let (ipfs_config, litep2p_handle) = sc_network::config::IpfsConfig::new(
			Box::new(sc_network::IpfsIndexedTransactions::new(client.clone(), kept)),
			Vec::new(),
		);
		let (handler, _handle) = sc_network_bitswap::start::<Block, _>(
			client.clone(),
			&*sync_service,
			litep2p_handle,
			metrics_registry,
		);
		(Some(ipfs_config), Some(handler))
	} else {
		(None, None)
	};

	let peer_store = net_config.take_peer_store();
	spawn_handle.spawn("peer-store", Some("networking"), peer_store.run());

	let network_params = sc_network::config::Params::<Block, Hash, N> {
		role: config.role,
		executor: {
			let spawn_handle = spawn_handle.clone();
			Box::new(move |fut| {
				spawn_handle.spawn("libp2p-node", Some("networking"), fut);
			})
		},
		network_config: net_config,
		genesis_hash,
		protocol_id,
		fork_id: fork_id.map(ToOwned::to_owned),
		metrics_registry: metrics_registry.cloned(),
		block_announce_config,
		ipfs_config,
		notification_metrics: metrics,
	};
	let has_bootnodes = !network_params.network_config.network_config.boot_nodes.is_empty();
	let network_mut = N::new(network_params)?;
	let network = network_mut.network_service().clone();
	if let Some(handler) = bitswap {
		spawn_essential_handle.spawn("bitswap-service", Some("networking"), handler);
	}

	// The transactions handler's network and pool are guarded, and the request screen can ban.
	let sync_protocol: sc_network::ProtocolName =
		sc_network_sync::block_announces_protocol_name(genesis_hash, fork_id).into();
	screen.attach(network.clone(), sync_protocol.clone());
	let guarded = GuardedNetwork::new(network.clone(), peer_guard, sync_protocol.clone());
	let (tx_handler, tx_handler_controller) = transactions_handler_proto.build(
		guarded.clone(),
		sync_service.clone(),
		Arc::new(GossipFilter::new(
			sc_service::TransactionPoolAdapter::new(transaction_pool, client.clone()),
			client.clone(),
		)),
		metrics_registry,
	)?;
	spawn_handle.spawn_blocking(
		"network-transactions-handler",
		Some("networking"),
		tx_handler.run(),
	);

	spawn_handle.spawn_blocking(
		"chain-sync-network-service-provider",
		Some("networking"),
		network_service_provider.run(Arc::new(network.clone())),
	);
	spawn_handle.spawn("import-queue", None, {
		let sync_service = sync_service.clone();
		async move { import_queue.run(sync_service.as_ref()).await }
	});

	let (system_rpc_tx, system_rpc_rx) = tracing_unbounded("mpsc_system_rpc", 10_000);
	spawn_handle.spawn(
		"system-rpc-handler",
		Some("networking"),
		sc_service::build_system_rpc_future::<_, _, Hash>(
			config.role,
			network_mut.network_service(),
			sync_service.clone(),
			client.clone(),
			system_rpc_rx,
			has_bootnodes,
		),
	);

	// The network worker is essential: the node stops if it ends.
	spawn_essential_handle.spawn_blocking(
		"network-worker",
		Some("networking"),
		drive(network_mut, client, sync_service.clone(), config.announce_block),
	);

	Ok(Network {
		service: network,
		system_rpc_tx,
		tx_handler_controller,
		sync_service,
		guarded,
		sync_protocol,
	})
}

/// Builds and starts sync (sc-service's `build_default_syncing_engine`, with its
/// `build_default_block_downloader` and `build_polkadot_syncing_strategy`), with the block, state
/// and warp-proof request handlers behind `screen`: the sync service and the block-announces
/// protocol's configuration.
#[allow(clippy::too_many_arguments)]
fn build_sync<N: RequestQueues>(
	config: &Configuration,
	net_config: &mut FullNetworkConfiguration<Block, Hash, N>,
	client: Arc<FullClient>,
	import_queue_service: Box<dyn sc_consensus::import_queue::ImportQueueService<Block>>,
	network_service_handle: NetworkServiceHandle,
	warp_sync_config: WarpSyncConfig<Block>,
	task_manager: &TaskManager,
	metrics: NotificationMetrics,
	screen: &Arc<RequestScreen>,
) -> Result<(SyncingService<Block>, N::NotificationProtocolConfig), ServiceError> {
	let spawn_handle = task_manager.spawn_handle();
	let protocol_id = config.protocol_id();
	let fork_id = config.chain_spec.fork_id();
	let metrics_registry = config.prometheus_config.as_ref().map(|config| &config.registry);
	let genesis_hash = client.info().genesis_hash;

	// Blocks.
	let BlockRelayParams { mut server, downloader, mut request_response_config } =
		BlockRequestHandler::new::<N>(
			network_service_handle.clone(),
			&protocol_id,
			fork_id,
			client.clone(),
			config.network.default_peers_set.in_peers as usize
				+ config.network.default_peers_set.out_peers as usize,
		);
	screen.screen::<N>(&mut request_response_config, &spawn_handle);
	spawn_handle.spawn("block-request-handler", Some("networking"), async move {
		server.run().await;
	});
	net_config.add_request_response_protocol(request_response_config);

	if client.requires_full_sync() {
		match net_config.network_config.sync_mode {
			SyncMode::LightState { .. } => {
				return Err("Fast sync doesn't work for archive nodes".into())
			},
			SyncMode::Warp => return Err("Warp sync doesn't work for archive nodes".into()),
			SyncMode::Full => {},
		}
	}

	// State.
	let (handler, mut state_config) = StateRequestHandler::new::<N>(
		&protocol_id,
		fork_id,
		client.clone(),
		net_config.network_config.default_peers_set_num_full as usize
			+ net_config.network_config.default_peers_set.reserved_nodes.len(),
	);
	let state_request_protocol_name = state_config.protocol_name().clone();
	screen.screen::<N>(&mut state_config, &spawn_handle);
	spawn_handle.spawn("state-request-handler", Some("networking"), handler.run());
	net_config.add_request_response_protocol(state_config);

	// Warp proofs.
	let warp_sync_protocol_name = match &warp_sync_config {
		WarpSyncConfig::WithProvider(provider) => {
			let (handler, mut warp_config) = WarpSyncRequestHandler::new::<_, N>(
				protocol_id.clone(),
				genesis_hash,
				fork_id,
				provider.clone(),
			);
			let name = warp_config.protocol_name().clone();
			screen.screen::<N>(&mut warp_config, &spawn_handle);
			spawn_handle.spawn("warp-sync-request-handler", Some("networking"), handler.run());
			net_config.add_request_response_protocol(warp_config);
			Some(name)
		},
		_ => None,
	};

	let strategy = PolkadotSyncingStrategy::new(
		PolkadotSyncingStrategyConfig {
			mode: net_config.network_config.sync_mode,
			max_parallel_downloads: net_config.network_config.max_parallel_downloads,
			max_blocks_per_request: net_config.network_config.max_blocks_per_request,
			min_peers_to_start_warp_sync: net_config.network_config.min_peers_to_start_warp_sync,
			metrics_registry: metrics_registry.cloned(),
			state_request_protocol_name,
			block_downloader: downloader,
			gap_sync_body_policy: sc_service::default_gap_sync_body_policy(config.blocks_pruning),
		},
		client.clone(),
		Some(warp_sync_config),
		warp_sync_protocol_name,
	)?;

	let (engine, sync_service, block_announce_config) = SyncingEngine::new(
		Roles::from(&config.role),
		client,
		metrics_registry,
		metrics,
		net_config,
		protocol_id,
		fork_id,
		Box::new(sp_consensus::block_validation::DefaultBlockAnnounceValidator),
		Box::new(strategy),
		network_service_handle,
		import_queue_service,
		net_config.peer_store_handle(),
	)?;
	// Essential, as in Substrate: a node that can no longer sync is better shut down.
	task_manager.spawn_essential_handle().spawn_blocking("syncing", None, engine.run());
	Ok((sync_service, block_announce_config))
}

/// Drives the network worker and tells sync of imported and finalized blocks (sc-service's
/// `build_network_future`).
async fn drive<N: NetworkBackend<Block, Hash>>(
	network: N,
	client: Arc<FullClient>,
	sync_service: Arc<SyncingService<Block>>,
	announce_imported_blocks: bool,
) {
	let mut imported = client.import_notification_stream().fuse();
	let mut finalized = client.finality_notification_stream().fuse();
	let network_run = network.run().fuse();
	pin_mut!(network_run);

	loop {
		futures::select! {
			notification = imported.next() => {
				let Some(notification) = notification else {
					log::warn!("The block import stream ended: the network stops too.");
					return;
				};
				if announce_imported_blocks {
					sync_service.announce_block(notification.hash, None);
				}
				if notification.is_new_best {
					sync_service.new_best_block_imported(
						notification.hash,
						*notification.header.number(),
					);
				}
			}
			notification = finalized.select_next_some() => {
				sync_service.on_block_finalized(notification.hash, notification.header);
			}
			_ = network_run => {
				log::warn!("The network worker ended: the network stops too.");
				return;
			}
		}
	}
}
