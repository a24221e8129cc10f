//! Fuzzing CareChain's runtime.
//!
//! [`Chain`] runs the real runtime natively (`carechain-runtime`, every pallet, every hook, the
//! transaction extensions) from the development preset's genesis, as a node's block builder
//! does. An input's bytes choose everything: who signs, which call of which pallet, each
//! argument ([`CallGenerator`], from the runtime's own type information), when a block ends and
//! how many slots pass. After every block it checks that nothing panicked, that every CareChain
//! pallet's `do_try_state` holds, that the block's weight and length kept within their limits,
//! and that the balances add up to the total issuance.
//!
//! Inputs come from a seed ([`seeded_input`], the same on every machine) or from the corpus in
//! `fuzz/corpus/runtime` (`carechain-fuzz --corpus`); `cargo test` replays the corpus and a
//! short seeded pass. A failing input is written out and replays exactly.
//!
//! [`parsers`] feeds the parsers that read what anyone can send or store (RSA keys, device
//! signatures, envelopes, every call's and an extrinsic's SCALE encoding, batch proofs)
//! arbitrary and mutated bytes.

pub mod calls;
pub mod chain;
pub mod invariants;
pub mod parsers;
pub mod source;

pub use calls::CallGenerator;
pub use chain::{genesis_storage, Chain, Finding, Tally};
pub use source::{seeded_input, Source};

/// Bytes of input a seeded run draws: about 650 calls over some 37 blocks.
pub const SEEDED_INPUT_LEN: usize = 16 * 1024;
