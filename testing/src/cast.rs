//! The named cast [`ExtBuilder`](crate::ExtBuilder) registers, through the registry's own calls,
//! and their RSA keys. Participants whose private key the kit holds can open what is sealed to
//! them ([`private_key`]); the others have public keys only.
//!
//! | account | role | encryption key | private key held |
//! |---|---|---|---|
//! | [`HOSPITAL`] | hospital | 3072-bit | yes (a custodian) |
//! | [`HOSPITAL_2`] | hospital | 2048-bit, e = 3 | yes (a custodian) |
//! | [`PHYSICIAN`] | physician of `HOSPITAL` | 4096-bit | yes |
//! | [`COLLEAGUE`] | physician of `HOSPITAL` | 2048-bit | no |
//! | [`PATIENT`] | patient, `GUARDIAN` its guardian | 2048-bit | yes |
//! | [`GUARDIAN`] | patient | 2048-bit | no |
//! | [`STRANGER`] | patient, unrelated | 3072-bit | no |
//! | [`DEVICE`] | wearable of `HOSPITAL` monitoring `PATIENT` | 2048-bit | signing key: yes |
//! | [`NOBODY`] | not registered | | |

use carechain_crypto::envelope::{private_key_from_der, PrivateKey};
use carechain_primitives::testing::keys;

/// A hospital; custodian `x = 1` of a custody set `[HOSPITAL, HOSPITAL_2]`.
pub const HOSPITAL: u64 = 1;
/// A second hospital.
pub const HOSPITAL_2: u64 = 2;
/// A physician of `HOSPITAL`.
pub const PHYSICIAN: u64 = 10;
/// Another physician of `HOSPITAL`.
pub const COLLEAGUE: u64 = 11;
/// A patient, whose guardian is `GUARDIAN`.
pub const PATIENT: u64 = 20;
/// A patient, and `PATIENT`'s guardian.
pub const GUARDIAN: u64 = 21;
/// A patient unrelated to the others.
pub const STRANGER: u64 = 22;
/// A wearable of `HOSPITAL` monitoring `PATIENT`, with a 2048-bit signing key.
pub const DEVICE: u64 = 30;
/// An account the registry does not know.
pub const NOBODY: u64 = 99;

/// Everyone the cast registers, in registration order.
pub const REGISTERED: [u64; 8] =
	[HOSPITAL, HOSPITAL_2, PHYSICIAN, COLLEAGUE, PATIENT, GUARDIAN, STRANGER, DEVICE];

/// The encryption key `who` is registered with (DER SubjectPublicKeyInfo).
pub fn encryption_key(who: u64) -> &'static [u8] {
	match who {
		HOSPITAL => keys::DEVICE_3072,
		HOSPITAL_2 => keys::DEVICE_2048_E3,
		PHYSICIAN => keys::DEVICE_4096,
		COLLEAGUE | DEVICE => keys::RSA_2048_A,
		PATIENT => keys::DEVICE_2048,
		GUARDIAN => keys::RSA_2048_B,
		STRANGER => keys::RSA_3072,
		_ => &[],
	}
}

/// The private half of `who`'s encryption key, if the kit holds it.
pub fn private_key(who: u64) -> Option<PrivateKey> {
	let der = match who {
		HOSPITAL => keys::DEVICE_3072_PRIVATE,
		HOSPITAL_2 => keys::DEVICE_2048_E3_PRIVATE,
		PHYSICIAN => keys::DEVICE_4096_PRIVATE,
		PATIENT => keys::DEVICE_2048_PRIVATE,
		_ => return None,
	};
	Some(private_key_from_der(der).expect("the test keys are valid PKCS#8"))
}

/// `DEVICE`'s signing key (DER SubjectPublicKeyInfo).
pub const DEVICE_SIGNING_KEY: &[u8] = keys::DEVICE_2048;

/// `DEVICE`'s private signing key.
pub fn device_signing_key() -> PrivateKey {
	private_key_from_der(keys::DEVICE_2048_PRIVATE).expect("the test key is valid PKCS#8")
}

/// The 32 bytes that stand for a `u64` account in the record cryptography (envelopes' recipients,
/// custody bindings): its little-endian bytes, then zeros. Sealing and opening must agree; the
/// chain never sees them.
pub fn account_bytes(who: u64) -> [u8; 32] {
	let mut bytes = [0u8; 32];
	bytes[..8].copy_from_slice(&who.to_le_bytes());
	bytes
}
