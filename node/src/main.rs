//! The CareChain node: Aura block authoring by Proof-of-Authority hospital validators, GRANDPA
//! finality, ParityDB storage and JSON-RPC for polkadot.js and the CareChain client.

#![warn(missing_docs)]
// `sc_cli::Error` and `sc_service::Error` are Substrate's; every runner closure and service
// builder returns them as they are.
#![allow(clippy::result_large_err)]

mod admission;
mod aura_equivocation;
mod cli;
mod command;
mod detection_quality;
mod intrusion_detection;
mod member_nodes;
mod network;
mod pool_door;
mod pool_futures;
mod pool_views;
mod rpc;
mod service;
mod storage_weights;
#[cfg(test)]
mod test_alloc;

fn main() -> sc_cli::Result<()> {
	command::run()
}
