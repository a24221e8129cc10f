//! The commands, one module per group of subcommands; each takes the [`Session`] and its parsed
//! arguments.
//!
//! [`Session`]: crate::session::Session

pub mod account;
pub mod council;
pub mod device;
pub mod hospital;
pub mod key;
pub mod load;
pub mod patient;
pub mod physician;
pub mod status;
