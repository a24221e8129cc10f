//! The weights this runtime states for FRAME's pallets, measured on this runtime
//! (`scripts/benchmark.sh <pallet>`, one file per pallet, each with its command and machine in
//! its header) instead of the Substrate reference node's figures that FRAME ships, and the
//! base every block and every extrinsic costs (`scripts/benchmark.sh overhead`:
//! `block_weights`, `extrinsic_weights`), and what one storage read and one write cost on
//! ParityDB (`scripts/benchmark.sh storage DIR`: `paritydb_weights`, on a chain's state). Our own
//! pallets keep theirs in their crates (`pallets/*/src/weights.rs`).
//!
//! A consortium regenerates them, with its pallets', on its reference hardware before going
//! live.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_membership;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
pub mod paritydb_weights;
