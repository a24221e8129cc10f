//! # CareChain record cryptography
//!
//! What clients (devices, patients, physicians) run and the chain never does: a record sealed
//! into a versioned [`envelope`] (AES-256-GCM, the data key RSA-OAEP- or AES-wrapped per
//! recipient), device signatures over its content hash (RSA-PSS), key generation and parsing,
//! and the content-addressed [`blob_store`] the ciphertext lives in.
//!
//! Private keys never leave the client. The chain only verifies: content hashes, signature
//! verification and public-key parsing are in `carechain-primitives`
//! (`record_signature`, `rsa_key`), which the runtime shares.

pub mod blob_store;
pub mod custody;
pub mod custody_batch;
pub mod envelope;
pub mod shamir;
#[cfg(test)]
mod signature_agreement;
#[cfg(test)]
mod test_rng;
