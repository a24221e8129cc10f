//! The node's networking: `sc_service::build_network`, with the transactions protocol guarded.
//!
//! This is Substrate's `build_network` and `build_network_advanced` (sc-service 0.62.0) with
//! one change: the transactions handler gets a [`GuardedNetwork`] in place of the network, so
//! that a peer flooding the transactions protocol is banned ([`crate::intrusion_detection::peer`]),
//! and a [`GossipFilter`] in front of the pool, so that a quarantined account's transactions are
//! not gossiped ([`crate::intrusion_detection::gossip`]). Everything else (sync, the light-client
//! request handler, the peer store, the system RPC, the network worker) is built as there; Bitswap
//! (`--ipfs-server`) is not offered.

use std::sync::Arc;

use carechain_runtime::opaque::Block;
use futures::{pin_mut, FutureExt, StreamExt};
use sc_client_api::{BlockchainEvents, HeaderBackend};
use sc_consensus::ImportQueue;
use sc_network::{
	config::FullNetworkConfiguration,
	service::traits::{NetworkService, PeerStore as _},
	NetworkBackend, NetworkBlock as _, NotificationMetrics,
};
use sc_network_sync::SyncingService;
use sc_network_transactions::{TransactionsHandlerController, TransactionsHandlerPrototype};
use sc_service::{error::Error as ServiceError, Configuration, TaskManager};
use sc_utils::mpsc::{tracing_unbounded, TracingUnboundedSender};
use sp_runtime::traits::{Block as BlockT, Header as _};

use crate::{
	intrusion_detection::{
		gossip::GossipFilter,
		peer::{GuardedNetwork, PeerGuard},
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
}

/// Builds and starts the networking, with the transactions protocol guarded by `peer_guard`.
#[allow(clippy::too_many_arguments)]
pub fn build<N: NetworkBackend<Block, Hash>>(
	config: &Configuration,
	mut net_config: FullNetworkConfiguration<Block, Hash, N>,
	client: Arc<FullClient>,
	transaction_pool: Arc<FullPool>,
	task_manager: &TaskManager,
	import_queue: sc_consensus::DefaultImportQueue<Block>,
	warp_sync_config: sc_service::WarpSyncConfig<Block>,
	metrics: NotificationMetrics,
	peer_guard: Arc<PeerGuard>,
) -> Result<Network, ServiceError> {
	if config.network.ipfs_server {
		return Err(ServiceError::Other(
			"carechain-node does not serve Bitswap (--ipfs-server)".into(),
		));
	}
	let spawn_handle = task_manager.spawn_handle();
	let spawn_essential_handle = task_manager.spawn_essential_handle();
	let protocol_id = config.protocol_id();
	let fork_id = config.chain_spec.fork_id();
	let metrics_registry = config.prometheus_config.as_ref().map(|config| &config.registry);
	let genesis_hash = client.info().genesis_hash;

	let network_service_provider = sc_network_sync::service::network::NetworkServiceProvider::new();
	let (sync_service, block_announce_config) =
		sc_service::build_default_syncing_engine(sc_service::DefaultSyncingEngineConfig {
			role: config.role,
			protocol_id: protocol_id.clone(),
			fork_id,
			net_config: &mut net_config,
			block_announce_validator: Box::new(
				sp_consensus::block_validation::DefaultBlockAnnounceValidator,
			),
			network_service_handle: network_service_provider.handle(),
			warp_sync_config: Some(warp_sync_config),
			client: client.clone(),
			import_queue_service: import_queue.service(),
			num_peers_hint: config.network.default_peers_set.in_peers as usize
				+ config.network.default_peers_set.out_peers as usize,
			spawn_handle: &spawn_handle,
			spawn_essential_handle: &spawn_essential_handle,
			metrics_registry,
			metrics: metrics.clone(),
			gap_sync_body_policy: sc_service::default_gap_sync_body_policy(config.blocks_pruning),
		})?;
	let sync_service = Arc::new(sync_service);

	let (handler, light_client_config) =
		sc_network_light::light_client_requests::handler::LightClientRequestHandler::new::<N>(
			&protocol_id,
			fork_id,
			client.clone(),
		);
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
		ipfs_config: None,
		notification_metrics: metrics,
	};
	let has_bootnodes = !network_params.network_config.network_config.boot_nodes.is_empty();
	let network_mut = N::new(network_params)?;
	let network = network_mut.network_service().clone();

	// The one change: the handler's network and pool are guarded.
	let guarded = GuardedNetwork::new(
		network.clone(),
		peer_guard,
		sc_network_sync::block_announces_protocol_name(genesis_hash, fork_id).into(),
	);
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

	Ok(Network { service: network, system_rpc_tx, tx_handler_controller, sync_service, guarded })
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
