//! The node's JSON-RPC methods beyond those `sc-service` provides itself (`chain_*`, `state_*`,
//! `author_*`, `system_*` basics, `rpc_methods` and the new `chainHead_v1_*` /
//! `transaction_v1_*` / `chainSpec_v1_*` spec methods): account nonces (`system_accountNextIndex`,
//! `system_dryRun`) and fees (`payment_queryInfo`, `payment_queryFeeDetails`).
//!
//! CareChain's own methods (intrusion-detection observations and the like) are merged here.

#![warn(missing_docs)]

use std::sync::Arc;

use carechain_runtime::{opaque::Block, AccountId, Balance, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, for state queries and runtime API calls.
	pub client: Arc<C>,
	/// The transaction pool, for `system_accountNextIndex`.
	pub pool: Arc<P>,
}

/// The node's RPC methods, merged into one module.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client).into_rpc())?;

	Ok(module)
}
