//! The pallet's storage migrations, one module per storage version.

pub mod v2;
pub mod v3;
pub mod v4;
