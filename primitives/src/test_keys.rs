//! Fixed public keys (DER SubjectPublicKeyInfo) for tests and benchmarks. Only public halves:
//! nothing here can decrypt or sign. Made with `openssl genpkey` and `openssl pkey -pubout
//! -outform DER`.

/// A 2048-bit RSA key.
pub const RSA_2048_A: &[u8] = include_bytes!("../test-keys/rsa2048-a.spki.der");
/// Another 2048-bit RSA key.
pub const RSA_2048_B: &[u8] = include_bytes!("../test-keys/rsa2048-b.spki.der");
/// A 3072-bit RSA key.
pub const RSA_3072: &[u8] = include_bytes!("../test-keys/rsa3072.spki.der");
/// A 4096-bit RSA key: the longest CareChain accepts.
pub const RSA_4096_A: &[u8] = include_bytes!("../test-keys/rsa4096-a.spki.der");
/// Another 4096-bit RSA key.
pub const RSA_4096_B: &[u8] = include_bytes!("../test-keys/rsa4096-b.spki.der");
/// A 1024-bit RSA key: too short.
pub const RSA_1024: &[u8] = include_bytes!("../test-keys/rsa1024.spki.der");
/// A P-256 EC key: well-formed, but not RSA.
pub const EC_P256: &[u8] = include_bytes!("../test-keys/p256.spki.der");
/// An 8192-bit RSA key: longer than CareChain accepts.
pub const RSA_8192: &[u8] = include_bytes!("../test-keys/rsa8192.spki.der");
