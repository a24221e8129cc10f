//! Test fixtures, in one place behind one feature (`testing`); never in a production runtime.
//!
//! - [`keys`]: fixed RSA and EC keys and vectors for tests and benchmarks. A runtime benchmark
//!   cannot generate RSA keys, so this part also builds for the runtime (`no_std`) when the
//!   runtime is built with `runtime-benchmarks`.
//! - Stand-ins for CareChain's traits (std only), for a pallet's unit tests in isolation; each
//!   module says what it models and what it does not:
//!   - [`MockRegistry`]: an in-memory [`ParticipantRegistry`](crate::registry::ParticipantRegistry);
//!   - [`MockAccessControl`]: consent's [`AccessControl`](crate::consent::AccessControl), allowed
//!     case by case, every authorisation recorded;
//!   - [`MockNodeOwners`]: governance's member nodes
//!     ([`NodeOwners`](crate::intrusion::NodeOwners)).
//!
//! For tests against the real pallets together, see the `carechain-testing` crate.

#[cfg(feature = "std")]
pub mod access_control;
pub mod keys;
#[cfg(feature = "std")]
mod node_owners;
#[cfg(feature = "std")]
mod registry;

#[cfg(feature = "std")]
pub use access_control::MockAccessControl;
#[cfg(feature = "std")]
pub use node_owners::MockNodeOwners;
#[cfg(feature = "std")]
pub use registry::MockRegistry;
