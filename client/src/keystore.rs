//! The client's keystore: a directory of key files, one per named key, each readable by its owner
//! only (0600, in a 0700 directory), its secret encrypted with a passphrase.
//!
//! Two kinds of keys live here:
//! - **accounts** (sr25519): the secret is a secret URI (a mnemonic, a hex seed, or a dev seed such
//!   as `//Alice`, optionally with derivation paths), from which the key pair is derived;
//! - **RSA key pairs** for records: the secret is the PKCS#8 DER private key; its public half (DER
//!   SubjectPublicKeyInfo) is what the registry holds as a participant's encryption or signing key.
//!
//! A key file is JSON:
//!
//! ```json
//! { "version": 1, "name": "ward-7-monitor", "kind": "sr25519",
//!   "public": "5F…" (SS58) | "30820122…" (hex SPKI),
//!   "kdf": { "algorithm": "pbkdf2-hmac-sha256", "iterations": 600000, "salt": "…" },
//!   "cipher": { "algorithm": "aes-256-gcm", "nonce": "…" },
//!   "ciphertext": "…" }
//! ```
//!
//! The passphrase derives a 256-bit key with PBKDF2-HMAC-SHA-256 (600 000 iterations by default,
//! OWASP's figure for it) and a random 16-byte salt; the secret is sealed with AES-256-GCM under a
//! random nonce, with the file's name, kind and public key as associated data, so a file edited to
//! claim another key does not open. A wrong passphrase fails the tag check:
//! [`KeystoreError::WrongPassphrase`]. An empty passphrase is refused
//! ([`KeystoreError::EmptyPassphrase`]). Files are written to a temporary file in the same
//! directory, synced, then hard-linked to their name, which fails if a key of that name appeared
//! meanwhile (so two stores of one name at once never overwrite each other), and the directory is
//! synced: a crash leaves no file or the whole one, never half of one.
//! Private keys are never written out unencrypted by this module: [`Keystore::secret`] opens one
//! into memory only (zeroized when dropped), and only the CLI's `key export --secret` writes one
//! to a file, on request.

use std::{
	fs,
	io::Write,
	os::unix::fs::{OpenOptionsExt, PermissionsExt},
	path::{Path, PathBuf},
};

use aes_gcm::{
	aead::{Aead, KeyInit, Payload},
	Aes256Gcm, Nonce,
};
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The default PBKDF2 iteration count for new key files.
pub const DEFAULT_ITERATIONS: u32 = 600_000;

/// The key file format's version.
const FORMAT_VERSION: u32 = 1;

/// What a key is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyKind {
	/// An sr25519 account key.
	Sr25519,
	/// An RSA key pair for records.
	Rsa,
}

impl std::fmt::Display for KeyKind {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(match self {
			KeyKind::Sr25519 => "sr25519",
			KeyKind::Rsa => "rsa",
		})
	}
}

/// What can go wrong with the keystore; each says which key and where.
#[derive(Debug, thiserror::Error)]
pub enum KeystoreError {
	/// No key of that name.
	#[error("no key named '{name}' in the keystore {dir}")]
	NotFound {
		/// The key's name.
		name: String,
		/// The keystore directory.
		dir: PathBuf,
	},
	/// A key of that name exists already.
	#[error("a key named '{name}' exists already in the keystore {dir}; choose another name")]
	AlreadyExists {
		/// The key's name.
		name: String,
		/// The keystore directory.
		dir: PathBuf,
	},
	/// An empty passphrase: it would protect nothing.
	#[error("refusing an empty passphrase for key '{name}': choose one")]
	EmptyPassphrase {
		/// The key's name.
		name: String,
	},
	/// The passphrase does not open the key.
	#[error("wrong passphrase for key '{name}'")]
	WrongPassphrase {
		/// The key's name.
		name: String,
	},
	/// The key is of another kind than asked for.
	#[error("key '{name}' is an {found} key, not an {wanted} key")]
	WrongKind {
		/// The key's name.
		name: String,
		/// What it is.
		found: KeyKind,
		/// What was asked for.
		wanted: KeyKind,
	},
	/// The name cannot be a key file's name.
	#[error(
		"'{0}' is not a key name: use 1 to 64 letters, digits, '-', '_' or '.', not starting with '.'"
	)]
	InvalidName(String),
	/// The key file is not one this keystore wrote.
	#[error("the key file {path} is damaged or of an unknown format: {reason}")]
	Corrupt {
		/// The file.
		path: PathBuf,
		/// What is wrong.
		reason: String,
	},
	/// The file system refused.
	#[error("{action} {path}: {source}")]
	Io {
		/// What was being done.
		action: &'static str,
		/// Where.
		path: PathBuf,
		/// Why not.
		source: std::io::Error,
	},
}

#[derive(Serialize, Deserialize)]
struct Kdf {
	algorithm: String,
	iterations: u32,
	salt: String,
}

#[derive(Serialize, Deserialize)]
struct Cipher {
	algorithm: String,
	nonce: String,
}

#[derive(Serialize, Deserialize)]
struct KeyFile {
	version: u32,
	name: String,
	kind: KeyKind,
	public: String,
	kdf: Kdf,
	cipher: Cipher,
	ciphertext: String,
}

/// A key's public description, as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
	/// Its name.
	pub name: String,
	/// What it is.
	pub kind: KeyKind,
	/// Its public part: an SS58 address for an account, hex DER SubjectPublicKeyInfo for RSA.
	pub public: String,
}

/// A keystore directory.
#[derive(Clone, Debug)]
pub struct Keystore {
	dir: PathBuf,
	iterations: u32,
}

impl Keystore {
	/// The keystore in `dir`, made (0700) if missing.
	pub fn open(dir: impl Into<PathBuf>) -> Result<Self, KeystoreError> {
		let dir = dir.into();
		if !dir.exists() {
			fs::create_dir_all(&dir).map_err(|source| KeystoreError::Io {
				action: "cannot make the keystore directory",
				path: dir.clone(),
				source,
			})?;
			fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).map_err(|source| {
				KeystoreError::Io {
					action: "cannot restrict the keystore directory",
					path: dir.clone(),
					source,
				}
			})?;
		}
		Ok(Keystore { dir, iterations: DEFAULT_ITERATIONS })
	}

	/// The same keystore, writing new files with `iterations` PBKDF2 rounds (tests use few).
	pub fn with_iterations(mut self, iterations: u32) -> Self {
		self.iterations = iterations.max(1);
		self
	}

	/// The directory.
	pub fn dir(&self) -> &Path {
		&self.dir
	}

	fn path_of(&self, name: &str) -> Result<PathBuf, KeystoreError> {
		let valid = !name.is_empty()
			&& name.len() <= 64
			&& !name.starts_with('.')
			&& name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
		if !valid {
			return Err(KeystoreError::InvalidName(name.to_string()));
		}
		Ok(self.dir.join(format!("{name}.json")))
	}

	/// Stores `secret` as key `name` of `kind` with public part `public`, encrypted with
	/// `passphrase`, which may not be empty. Refuses to overwrite, even a key stored at the same
	/// moment by another process.
	pub fn store(
		&self,
		name: &str,
		kind: KeyKind,
		public: &str,
		secret: &[u8],
		passphrase: &str,
	) -> Result<KeyInfo, KeystoreError> {
		let path = self.path_of(name)?;
		if passphrase.is_empty() {
			return Err(KeystoreError::EmptyPassphrase { name: name.into() });
		}
		if path.exists() {
			return Err(KeystoreError::AlreadyExists { name: name.into(), dir: self.dir.clone() });
		}
		let mut salt = [0u8; 16];
		OsRng.fill_bytes(&mut salt);
		let mut nonce = [0u8; 12];
		OsRng.fill_bytes(&mut nonce);
		let key = derive(passphrase, &salt, self.iterations);
		let cipher = Aes256Gcm::new_from_slice(&key[..]).expect("a 32-byte key");
		let aad = associated_data(name, kind, public);
		let ciphertext = cipher
			.encrypt(Nonce::from_slice(&nonce), Payload { msg: secret, aad: &aad })
			.expect("AES-GCM encrypts any message of this size");
		let file = KeyFile {
			version: FORMAT_VERSION,
			name: name.into(),
			kind,
			public: public.into(),
			kdf: Kdf {
				algorithm: "pbkdf2-hmac-sha256".into(),
				iterations: self.iterations,
				salt: hex::encode(salt),
			},
			cipher: Cipher { algorithm: "aes-256-gcm".into(), nonce: hex::encode(nonce) },
			ciphertext: hex::encode(ciphertext),
		};
		let json = serde_json::to_vec_pretty(&file).expect("a key file serialises");
		self.write_new(name, &path, &json)?;
		Ok(KeyInfo { name: name.into(), kind, public: public.into() })
	}

	/// Writes `bytes` to `path`, which must not exist: to a temporary file (synced), hard-linked
	/// to `path` (which fails if it exists, unlike a rename), then the directory synced.
	fn write_new(&self, name: &str, path: &Path, bytes: &[u8]) -> Result<(), KeystoreError> {
		let mut random = [0u8; 8];
		OsRng.fill_bytes(&mut random);
		let temporary = path.with_extension(format!("tmp-{}", hex::encode(random)));
		let io = |action, source| KeystoreError::Io { action, path: temporary.clone(), source };
		let result = (|| {
			let mut file = fs::OpenOptions::new()
				.write(true)
				.create_new(true)
				.mode(0o600)
				.open(&temporary)
				.map_err(|e| io("cannot create", e))?;
			file.write_all(bytes).map_err(|e| io("cannot write", e))?;
			file.sync_all().map_err(|e| io("cannot sync", e))?;
			fs::hard_link(&temporary, path).map_err(|e| match e.kind() {
				std::io::ErrorKind::AlreadyExists => {
					KeystoreError::AlreadyExists { name: name.into(), dir: self.dir.clone() }
				},
				_ => io("cannot link into place", e),
			})
		})();
		let _ = fs::remove_file(&temporary);
		result?;
		sync_dir(&self.dir).map_err(|source| KeystoreError::Io {
			action: "cannot sync the keystore directory",
			path: self.dir.clone(),
			source,
		})
	}

	fn read(&self, name: &str) -> Result<(PathBuf, KeyFile), KeystoreError> {
		let path = self.path_of(name)?;
		let bytes = fs::read(&path).map_err(|source| match source.kind() {
			std::io::ErrorKind::NotFound => {
				KeystoreError::NotFound { name: name.into(), dir: self.dir.clone() }
			},
			_ => KeystoreError::Io { action: "cannot read", path: path.clone(), source },
		})?;
		let file: KeyFile = serde_json::from_slice(&bytes)
			.map_err(|e| KeystoreError::Corrupt { path: path.clone(), reason: e.to_string() })?;
		if file.version != FORMAT_VERSION
			|| file.kdf.algorithm != "pbkdf2-hmac-sha256"
			|| file.cipher.algorithm != "aes-256-gcm"
			|| file.name != name
		{
			return Err(KeystoreError::Corrupt {
				path,
				reason: "unknown version, algorithm or a name that is not the file's".into(),
			});
		}
		Ok((path, file))
	}

	/// Key `name`'s public description.
	pub fn info(&self, name: &str) -> Result<KeyInfo, KeystoreError> {
		let (_, file) = self.read(name)?;
		Ok(KeyInfo { name: file.name, kind: file.kind, public: file.public })
	}

	/// Opens key `name`, which must be of `kind`, with `passphrase`: its secret.
	pub fn secret(
		&self,
		name: &str,
		kind: KeyKind,
		passphrase: &str,
	) -> Result<Zeroizing<Vec<u8>>, KeystoreError> {
		let (path, file) = self.read(name)?;
		if file.kind != kind {
			return Err(KeystoreError::WrongKind {
				name: name.into(),
				found: file.kind,
				wanted: kind,
			});
		}
		let corrupt =
			|reason: &str| KeystoreError::Corrupt { path: path.clone(), reason: reason.into() };
		let salt = hex::decode(&file.kdf.salt).map_err(|_| corrupt("salt is not hex"))?;
		let nonce = hex::decode(&file.cipher.nonce).map_err(|_| corrupt("nonce is not hex"))?;
		let ciphertext =
			hex::decode(&file.ciphertext).map_err(|_| corrupt("ciphertext is not hex"))?;
		if nonce.len() != 12 {
			return Err(corrupt("the nonce is not 12 bytes"));
		}
		let key = derive(passphrase, &salt, file.kdf.iterations);
		let cipher = Aes256Gcm::new_from_slice(&key[..]).expect("a 32-byte key");
		let aad = associated_data(&file.name, file.kind, &file.public);
		cipher
			.decrypt(Nonce::from_slice(&nonce), Payload { msg: &ciphertext, aad: &aad })
			.map(Zeroizing::new)
			.map_err(|_| KeystoreError::WrongPassphrase { name: name.into() })
	}

	/// Every key's public description, by name.
	pub fn list(&self) -> Result<Vec<KeyInfo>, KeystoreError> {
		let entries = fs::read_dir(&self.dir).map_err(|source| KeystoreError::Io {
			action: "cannot list",
			path: self.dir.clone(),
			source,
		})?;
		let mut keys = Vec::new();
		for entry in entries.flatten() {
			let file_name = entry.file_name();
			let Some(name) = file_name.to_str().and_then(|n| n.strip_suffix(".json")) else {
				continue;
			};
			keys.push(self.info(name)?);
		}
		keys.sort_by(|a, b| a.name.cmp(&b.name));
		Ok(keys)
	}

	/// Removes key `name`.
	pub fn remove(&self, name: &str) -> Result<(), KeystoreError> {
		let (path, _) = self.read(name)?;
		fs::remove_file(&path).map_err(|source| KeystoreError::Io {
			action: "cannot remove",
			path,
			source,
		})
	}
}

fn associated_data(name: &str, kind: KeyKind, public: &str) -> Vec<u8> {
	format!("carechain-keystore/v{FORMAT_VERSION}\n{name}\n{kind}\n{public}").into_bytes()
}

/// Syncs directory `dir`, so that a file linked or renamed into it survives a power loss.
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
	fs::File::open(dir)?.sync_all()
}

fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Zeroizing<[u8; 32]> {
	let mut key = Zeroizing::new([0u8; 32]);
	pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), salt, iterations, &mut key[..]);
	key
}

#[cfg(test)]
mod tests;
