//! Consent's storage migrations, one module per storage version.

pub mod v2;
