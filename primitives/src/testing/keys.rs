//! Fixed keys and vectors for tests and benchmarks, made with OpenSSL 3 (`openssl genpkey`,
//! `openssl pkcs8 -topk8`, `openssl pkey -pubout -outform DER`, `openssl pkeyutl`). Public keys are DER
//! SubjectPublicKeyInfo. The two "device" keys also have their private halves here (PKCS#8 DER,
//! std only, never in a runtime), so that signatures and wrapped keys made by another
//! implementation can be checked: they are published test keys, worthless for anything else.

/// A 2048-bit RSA key.
pub const RSA_2048_A: &[u8] = include_bytes!("../../test-keys/rsa2048-a.spki.der");
/// Another 2048-bit RSA key.
pub const RSA_2048_B: &[u8] = include_bytes!("../../test-keys/rsa2048-b.spki.der");
/// A 3072-bit RSA key.
pub const RSA_3072: &[u8] = include_bytes!("../../test-keys/rsa3072.spki.der");
/// A 4096-bit RSA key: the longest CareChain accepts.
pub const RSA_4096_A: &[u8] = include_bytes!("../../test-keys/rsa4096-a.spki.der");
/// Another 4096-bit RSA key.
pub const RSA_4096_B: &[u8] = include_bytes!("../../test-keys/rsa4096-b.spki.der");
/// A 1024-bit RSA key: too short.
pub const RSA_1024: &[u8] = include_bytes!("../../test-keys/rsa1024.spki.der");
/// A P-256 EC key: well-formed, but not RSA.
pub const EC_P256: &[u8] = include_bytes!("../../test-keys/p256.spki.der");
/// An 8192-bit RSA key: longer than CareChain accepts.
pub const RSA_8192: &[u8] = include_bytes!("../../test-keys/rsa8192.spki.der");

/// A test reading: the bytes a device stores (`test-keys/reading.bin`).
pub const READING: &[u8] = include_bytes!("../../test-keys/reading.bin");

/// A 2048-bit device signing key.
pub const DEVICE_2048: &[u8] = include_bytes!("../../test-keys/device2048.spki.der");
/// A 4096-bit device signing key.
pub const DEVICE_4096: &[u8] = include_bytes!("../../test-keys/device4096.spki.der");

/// OpenSSL's RSA-PSS signature (SHA-256, MGF1-SHA-256, 32-byte salt) of the blake2b-256 hash of
/// [`READING`] by [`DEVICE_2048`]: `openssl pkeyutl -sign -pkeyopt digest:sha256
/// -pkeyopt rsa_padding_mode:pss -pkeyopt rsa_pss_saltlen:32` over SHA-256(hash).
pub const DEVICE_2048_READING_SIGNATURE: &[u8] =
	include_bytes!("../../test-keys/device2048.reading.pss.sig");
/// The same by [`DEVICE_4096`].
pub const DEVICE_4096_READING_SIGNATURE: &[u8] =
	include_bytes!("../../test-keys/device4096.reading.pss.sig");

/// A 3072-bit device signing key (for sizes between the two benchmarked ones).
pub const DEVICE_3072: &[u8] = include_bytes!("../../test-keys/device3072.spki.der");
/// The same signature as [`DEVICE_2048_READING_SIGNATURE`], by [`DEVICE_3072`].
pub const DEVICE_3072_READING_SIGNATURE: &[u8] =
	include_bytes!("../../test-keys/device3072.reading.pss.sig");

/// A 2048-bit RSA key whose public exponent is 3 (`-pkeyopt rsa_keygen_pubexp:3`): a valid RSA
/// key, but not a signing key CareChain accepts (it verifies with exponent 65537 only).
pub const DEVICE_2048_E3: &[u8] = include_bytes!("../../test-keys/device2048-e3.spki.der");
/// The same signature as [`DEVICE_2048_READING_SIGNATURE`], by [`DEVICE_2048_E3`]: valid
/// RSA-PSS, refused for its key's exponent.
pub const DEVICE_2048_E3_READING_SIGNATURE: &[u8] =
	include_bytes!("../../test-keys/device2048-e3.reading.pss.sig");

/// The private half of [`DEVICE_2048`] (PKCS#8 DER). Test-only.
#[cfg(feature = "std")]
pub const DEVICE_2048_PRIVATE: &[u8] = include_bytes!("../../test-keys/device2048.pkcs8.der");
/// The private half of [`DEVICE_4096`] (PKCS#8 DER). Test-only.
#[cfg(feature = "std")]
pub const DEVICE_4096_PRIVATE: &[u8] = include_bytes!("../../test-keys/device4096.pkcs8.der");

/// The private half of [`DEVICE_3072`] (PKCS#8 DER). Test-only.
#[cfg(feature = "std")]
pub const DEVICE_3072_PRIVATE: &[u8] = include_bytes!("../../test-keys/device3072.pkcs8.der");
/// The private half of [`DEVICE_2048_E3`] (PKCS#8 DER). Test-only.
#[cfg(feature = "std")]
pub const DEVICE_2048_E3_PRIVATE: &[u8] = include_bytes!("../../test-keys/device2048-e3.pkcs8.der");

/// OpenSSL's RSA-OAEP (SHA-256, MGF1-SHA-256, no label) encryption of 32 bytes of `0x6b` to
/// [`DEVICE_2048`]: `openssl pkeyutl -encrypt -pkeyopt rsa_padding_mode:oaep
/// -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256`.
#[cfg(feature = "std")]
pub const DEVICE_2048_OAEP_WRAPPED: &[u8] = include_bytes!("../../test-keys/device2048.oaep.bin");

/// The patient of the fixed batch the batch signatures sign, as 32 bytes (an `AccountId32`, the
/// runtime's accounts); [`BATCH_PATIENT_U64`] is the same as a `u64` (the pallets' mocks'
/// accounts), whose SCALE encoding is its first 8 bytes.
pub const BATCH_PATIENT: [u8; 32] = [0x11; 32];
/// [`BATCH_PATIENT`] as the pallets' mocks' `u64` accounts encode it.
pub const BATCH_PATIENT_U64: [u8; 8] = [0x11; 8];
/// The fixed batch's Merkle root.
pub const BATCH_ROOT: [u8; 32] = [0xba; 32];
/// The fixed batch's size, in readings.
pub const BATCH_READINGS: u32 = 16;

/// OpenSSL's RSA-PSS signature (as [`DEVICE_2048_READING_SIGNATURE`]) by [`DEVICE_2048`] of
/// `carechain_primitives::batch::batch_digest(BATCH_PATIENT, VitalSigns, BATCH_ROOT,
/// BATCH_READINGS)`: the input to `openssl pkeyutl -sign` is SHA-256 of that digest.
pub const DEVICE_2048_BATCH_SIGNATURE: &[u8] =
	include_bytes!("../../test-keys/device2048.batch-runtime.pss.sig");
/// The same by [`DEVICE_4096`].
pub const DEVICE_4096_BATCH_SIGNATURE: &[u8] =
	include_bytes!("../../test-keys/device4096.batch-runtime.pss.sig");
/// [`DEVICE_2048_BATCH_SIGNATURE`] for [`BATCH_PATIENT_U64`].
pub const DEVICE_2048_BATCH_SIGNATURE_U64: &[u8] =
	include_bytes!("../../test-keys/device2048.batch-mock.pss.sig");
/// [`DEVICE_4096_BATCH_SIGNATURE`] for [`BATCH_PATIENT_U64`].
pub const DEVICE_4096_BATCH_SIGNATURE_U64: &[u8] =
	include_bytes!("../../test-keys/device4096.batch-mock.pss.sig");
