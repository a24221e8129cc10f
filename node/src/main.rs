//! The CareChain node: Aura block authoring by Proof-of-Authority hospital validators, GRANDPA
//! finality, ParityDB storage and JSON-RPC for polkadot.js and the CareChain client.

#![warn(missing_docs)]

mod cli;
mod command;
mod ids;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
