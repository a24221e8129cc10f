//! polkadot.js account JSON: what the polkadot.js browser extension and apps export and import,
//! so that one sr25519 account works in the extension, the web app and the `carechain` CLI.
//!
//! The format (version 3): `encoded` is base64 of the scrypt salt (32 bytes), N, p and r (u32 LE
//! each), the xsalsa20-poly1305 nonce (24 bytes), then the secretbox of the account's PKCS#8: a
//! 16-byte header, the 64-byte secret key in its Ed25519-expanded form, a 5-byte divider and the
//! 32-byte public key. The secretbox key is scrypt(password, salt, N, r, p). polkadot.js writes
//! N = 2^15, p = 1, r = 8, as this module does; it reads the parameter sets subxt-signer allows.
//!
//! An account imported from such a file has no secret URI: the keystore keeps its PKCS#8 (117
//! bytes) as its secret instead, encrypted like every other ([`crate::keystore`]).

use base64::Engine as _;
use crypto_secretbox::{
	aead::{Aead, KeyInit},
	Key, Nonce, XSalsa20Poly1305,
};
use rand_core::{OsRng, RngCore};
use schnorrkel::{
	derive::{ChainCode, Derivation},
	ExpansionMode, MiniSecretKey, SecretKey,
};
use subxt::utils::AccountId32;
use subxt_signer::{DeriveJunction, ExposeSecret, SecretUri};
use zeroize::Zeroizing;

/// The PKCS#8 header polkadot.js writes before an sr25519 secret key.
const PKCS8_HEADER: [u8; 16] = [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32];
/// The divider between the secret key and the public key.
const PKCS8_DIVIDER: [u8; 5] = [161, 35, 3, 33, 0];
/// The PKCS#8's length: header, secret key, divider, public key.
pub const PKCS8_LENGTH: usize = 16 + 64 + 5 + 32;
/// The scrypt parameters (N, p, r) polkadot.js writes, and the others it and subxt-signer read.
const WRITTEN: (u32, u32, u32) = (1 << 15, 1, 8);
const READ: [(u32, u32, u32); 6] = [
	(1 << 13, 10, 8),
	(1 << 14, 5, 8),
	(1 << 15, 3, 8),
	(1 << 15, 1, 8),
	(1 << 16, 2, 8),
	(1 << 17, 1, 8),
];

/// Why a polkadot.js account could not be read or written.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PolkadotJsError {
	/// Not a polkadot.js account JSON of version 3 with an sr25519 PKCS#8 under scrypt and
	/// xsalsa20-poly1305.
	#[error("not a polkadot.js sr25519 account file (version 3, scrypt, xsalsa20-poly1305): {0}")]
	Unsupported(String),
	/// The password does not open it (or the file was altered).
	#[error("the password does not open this account file (or the file was altered)")]
	WrongPassword,
	/// The decrypted key does not belong to the file's address.
	#[error("the account file's key is not its address's")]
	InvalidKey,
	/// A secret URI that is not one.
	#[error("not an sr25519 secret URI: {0}")]
	BadSecretUri(String),
}

/// The sr25519 secret key of `suri` (a mnemonic, a `0x` seed or a dev seed such as `//Alice`,
/// with derivation paths): the key subxt-signer derives from it.
pub fn secret_of_uri(suri: &str) -> Result<SecretKey, PolkadotJsError> {
	let bad = |e: String| PolkadotJsError::BadSecretUri(e);
	let uri: SecretUri = suri.parse().map_err(|e| bad(format!("{e}")))?;
	let phrase = uri.phrase.expose_secret();
	let mini = if let Some(seed) = phrase.strip_prefix("0x") {
		let seed = Zeroizing::new(hex::decode(seed).map_err(|e| bad(e.to_string()))?);
		MiniSecretKey::from_bytes(&seed).map_err(|e| bad(e.to_string()))?
	} else {
		let mnemonic =
			subxt_signer::bip39::Mnemonic::parse(phrase).map_err(|e| bad(e.to_string()))?;
		let (entropy, length) = mnemonic.to_entropy_array();
		let entropy = Zeroizing::new(entropy);
		let password = uri.password.as_ref().map(|p| p.expose_secret()).unwrap_or("");
		let salt = Zeroizing::new(format!("mnemonic{password}"));
		// substrate-bip39: PBKDF2-HMAC-SHA-512 of the entropy (not the phrase), 2,048 rounds.
		let mut seed = Zeroizing::new([0u8; 64]);
		pbkdf2::pbkdf2::<hmac::Hmac<sha2::Sha512>>(
			&entropy[..length],
			salt.as_bytes(),
			2048,
			&mut seed[..],
		)
		.map_err(|e| bad(e.to_string()))?;
		MiniSecretKey::from_bytes(&seed[..32]).map_err(|e| bad(e.to_string()))?
	};
	let root = mini.expand(ExpansionMode::Ed25519);
	Ok(uri.junctions.iter().fold(root, |key, junction| match junction {
		DeriveJunction::Soft(code) => key.derived_key_simple(ChainCode(*code), []).0,
		DeriveJunction::Hard(code) => key
			.hard_derive_mini_secret_key(Some(ChainCode(*code)), b"")
			.0
			.expand(ExpansionMode::Ed25519),
	}))
}

/// `secret`'s PKCS#8 as polkadot.js writes it (117 bytes).
pub fn pkcs8_of(secret: &SecretKey) -> Zeroizing<Vec<u8>> {
	let mut pkcs8 = Zeroizing::new(Vec::with_capacity(PKCS8_LENGTH));
	pkcs8.extend_from_slice(&PKCS8_HEADER);
	pkcs8.extend_from_slice(&secret.to_ed25519_bytes());
	pkcs8.extend_from_slice(&PKCS8_DIVIDER);
	pkcs8.extend_from_slice(&secret.to_public().to_bytes());
	pkcs8
}

/// Whether a keystore secret is an account's PKCS#8 (imported from polkadot.js) rather than a
/// secret URI: by its header, which no secret URI starts with.
pub fn is_pkcs8(secret: &[u8]) -> bool {
	secret.len() == PKCS8_LENGTH && secret.starts_with(&PKCS8_HEADER)
}

/// The secret key in `pkcs8` (as [`pkcs8_of`] writes it), checked against its public key.
pub fn secret_of_pkcs8(pkcs8: &[u8]) -> Result<SecretKey, PolkadotJsError> {
	if pkcs8.len() != PKCS8_LENGTH || pkcs8[..16] != PKCS8_HEADER || pkcs8[80..85] != PKCS8_DIVIDER
	{
		return Err(PolkadotJsError::InvalidKey);
	}
	let secret =
		SecretKey::from_ed25519_bytes(&pkcs8[16..80]).map_err(|_| PolkadotJsError::InvalidKey)?;
	if secret.to_public().to_bytes()[..] != pkcs8[85..] {
		return Err(PolkadotJsError::InvalidKey);
	}
	Ok(secret)
}

/// The account of `secret`.
pub fn account_of(secret: &SecretKey) -> AccountId32 {
	AccountId32(secret.to_public().to_bytes())
}

/// The polkadot.js account JSON of `secret`, encrypted with `password`, named `name`.
pub fn encrypt(secret: &SecretKey, password: &str, name: &str) -> String {
	seal(secret, password, WRITTEN, Some(name))
}

fn seal(
	secret: &SecretKey,
	password: &str,
	(n, p, r): (u32, u32, u32),
	name: Option<&str>,
) -> String {
	let mut salt = [0u8; 32];
	OsRng.fill_bytes(&mut salt);
	let mut nonce = [0u8; 24];
	OsRng.fill_bytes(&mut nonce);
	let key = box_key(password, &salt, n, p, r).expect("parameters among those read are valid");
	let sealed = XSalsa20Poly1305::new(&key)
		.encrypt(Nonce::from_slice(&nonce), &pkcs8_of(secret)[..])
		.expect("a secretbox seals any message of this size");
	let mut encoded = salt.to_vec();
	for value in [n, p, r] {
		encoded.extend(value.to_le_bytes());
	}
	encoded.extend(nonce);
	encoded.extend(sealed);
	let created = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or(0);
	serde_json::json!({
		"encoded": base64::engine::general_purpose::STANDARD.encode(encoded),
		"encoding": { "content": ["pkcs8", "sr25519"], "type": ["scrypt", "xsalsa20-poly1305"], "version": "3" },
		"address": account_of(secret).to_string(),
		"meta": { "name": name.unwrap_or_default(), "whenCreated": created },
	})
	.to_string()
}

/// Opens a polkadot.js account JSON with `password`: its PKCS#8 (117 bytes) and its account.
pub fn decrypt(
	json: &str,
	password: &str,
) -> Result<(Zeroizing<Vec<u8>>, AccountId32), PolkadotJsError> {
	let unsupported = |why: &str| PolkadotJsError::Unsupported(why.into());
	let file: serde_json::Value =
		serde_json::from_str(json).map_err(|e| unsupported(&e.to_string()))?;
	let list = |field: &str| -> Vec<&str> {
		file["encoding"][field]
			.as_array()
			.map(|v| v.iter().filter_map(|x| x.as_str()).collect())
			.unwrap_or_default()
	};
	if file["encoding"]["version"].as_str() != Some("3")
		|| !list("content").contains(&"pkcs8")
		|| !list("content").contains(&"sr25519")
		|| !list("type").contains(&"scrypt")
		|| !list("type").contains(&"xsalsa20-poly1305")
	{
		return Err(unsupported("its encoding"));
	}
	let address: AccountId32 = file["address"]
		.as_str()
		.and_then(|a| a.parse().ok())
		.ok_or_else(|| unsupported("its address"))?;
	let encoded = base64::engine::general_purpose::STANDARD
		.decode(file["encoded"].as_str().ok_or_else(|| unsupported("no `encoded`"))?)
		.map_err(|e| unsupported(&e.to_string()))?;
	if encoded.len() < 68 + 16 {
		return Err(unsupported("too short"));
	}
	let word = |at: usize| u32::from_le_bytes(encoded[at..at + 4].try_into().expect("4 bytes"));
	let (n, p, r) = (word(32), word(36), word(40));
	if !READ.contains(&(n, p, r)) {
		return Err(unsupported(&format!("scrypt parameters N {n}, p {p}, r {r}")));
	}
	let key = box_key(password, &encoded[..32], n, p, r).map_err(|e| unsupported(&e))?;
	let pkcs8 = Zeroizing::new(
		XSalsa20Poly1305::new(&key)
			.decrypt(Nonce::from_slice(&encoded[44..68]), &encoded[68..])
			.map_err(|_| PolkadotJsError::WrongPassword)?,
	);
	if account_of(&secret_of_pkcs8(&pkcs8)?) != address {
		return Err(PolkadotJsError::InvalidKey);
	}
	Ok((pkcs8, address))
}

/// The subxt signer of `pkcs8` (as [`decrypt`] returns it).
///
/// subxt-signer builds a key pair from an expanded secret key only through its polkadot.js
/// reader, so the PKCS#8 is sealed in memory under a random password with polkadot.js's own
/// parameters (the cheapest it accepts: N·r·p = 2^18) and read back: about as costly as one
/// keystore unlock. The password and the sealed file are wiped when dropped; subxt-signer's own
/// decrypted copy inside `decrypt_json` is not ours to wipe.
pub fn signer_of_pkcs8(pkcs8: &[u8]) -> Result<crate::Signer, PolkadotJsError> {
	let secret = secret_of_pkcs8(pkcs8)?;
	let mut random = Zeroizing::new([0u8; 32]);
	OsRng.fill_bytes(&mut random[..]);
	let password = Zeroizing::new(hex::encode(&random[..]));
	let json = Zeroizing::new(seal(&secret, &password, WRITTEN, None));
	subxt_signer::polkadot_js_compat::decrypt_json(&json, &password)
		.map_err(|_| PolkadotJsError::InvalidKey)
}

fn box_key(password: &str, salt: &[u8], n: u32, p: u32, r: u32) -> Result<Zeroizing<Key>, String> {
	let log_n = u8::try_from(n.trailing_zeros()).map_err(|e| e.to_string())?;
	let params = scrypt::Params::new(log_n, r, p, 32).map_err(|e| e.to_string())?;
	let mut key = Zeroizing::new(Key::default());
	scrypt::scrypt(password.as_bytes(), salt, &params, &mut key).map_err(|e| e.to_string())?;
	Ok(key)
}

#[cfg(test)]
mod tests;
