//! Test fixtures, in one place behind one feature (`testing`); never in a production runtime.
//!
//! - [`keys`]: fixed RSA and EC keys and vectors for tests and benchmarks. A runtime benchmark
//!   cannot generate RSA keys, so this part also builds for the runtime (`no_std`) when the
//!   runtime is built with `runtime-benchmarks`.
//! - [`MockRegistry`] (std only): an in-memory registry for other pallets' unit tests.

pub mod keys;
#[cfg(feature = "std")]
mod registry;

#[cfg(feature = "std")]
pub use registry::MockRegistry;
