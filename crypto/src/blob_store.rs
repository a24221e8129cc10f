//! Where ciphertext lives: a content-addressed store behind a small trait. A blob is stored
//! under its content hash (blake2b-256, as anchored on-chain), and every read checks the hash,
//! so a store can lose data but cannot alter it unseen.
//!
//! [`LocalDirStore`] keeps blobs as files in a directory (tests, clients, a hospital's own file
//! server); [`MemoryStore`] in the process's memory (the throughput benchmark's readings, sealed
//! before its clock and never read by the chain). [`OutboxStore`] is a device's outbox for the hospitals' storage network: envelopes
//! kept locally until published (the client's `storage` module), named by CID. A deployment that
//! keeps ciphertext in S3 or a hospital's archive implements [`BlobStore`] over it; the locator
//! anchored with a record says where a reader finds it (`ipfs://<cid>`, `https://…`, or
//! `carechain-blob:<hash>` for a local store).
//!
//! [`cid_of`] and [`hash_of_cid`] convert between a content hash and its IPFS CID: CIDv1, raw
//! codec, blake2b-256 multihash, in base32 (`bafk2bzace…`). The CID's digest *is* the hash
//! records anchor, so the chain and the storage network name an envelope the same way.

use std::{
	collections::HashMap,
	fs,
	io::{self, Write as _},
	path::{Path, PathBuf},
	sync::Mutex,
};

pub use carechain_primitives::cid::{cid_of, hash_of_cid};
use carechain_primitives::record_signature::{content_hash, ContentHash};
use rand_core::RngCore as _;

/// Why a store operation failed.
#[derive(Debug)]
pub enum StoreError {
	/// No blob with this hash.
	NotFound,
	/// The stored bytes do not hash to the name they are stored under: altered or corrupted.
	HashMismatch,
	/// The store itself failed.
	Io(io::Error),
	/// No node or peer of a network store answered (each one's reason, in order).
	Unreachable(String),
}

impl core::fmt::Display for StoreError {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		match self {
			StoreError::NotFound => write!(f, "no blob with this content hash"),
			StoreError::HashMismatch => {
				write!(f, "the stored blob does not match its content hash")
			},
			StoreError::Io(e) => write!(f, "blob store I/O: {e}"),
			StoreError::Unreachable(why) => write!(f, "no node of the store answered: {why}"),
		}
	}
}

impl std::error::Error for StoreError {}

/// A content-addressed blob store.
pub trait BlobStore {
	/// Stores `bytes`; returns their content hash, under which they can be read back.
	fn put(&self, bytes: &[u8]) -> Result<ContentHash, StoreError>;
	/// The bytes stored under `hash`, checked against it.
	fn get(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError>;
	/// The locator to anchor on-chain for a blob of this store.
	fn locator(&self, hash: &ContentHash) -> String {
		format!("carechain-blob:{}", to_hex(hash))
	}
	/// Whether what is put here must also be published to the hospitals' storage network (the
	/// envelopes pallet) after its anchor: true of an [`OutboxStore`].
	fn publishes(&self) -> bool {
		false
	}
}

/// Blobs as files named by their hex content hash, in one directory.
pub struct LocalDirStore {
	root: PathBuf,
}

impl LocalDirStore {
	/// A store in `root`, created if missing.
	pub fn open(root: impl AsRef<Path>) -> Result<Self, StoreError> {
		fs::create_dir_all(root.as_ref()).map_err(StoreError::Io)?;
		Ok(Self { root: root.as_ref().to_path_buf() })
	}

	/// The file a blob is stored in.
	pub fn path_of(&self, hash: &ContentHash) -> PathBuf {
		self.root.join(to_hex(hash))
	}
}

impl BlobStore for LocalDirStore {
	fn put(&self, bytes: &[u8]) -> Result<ContentHash, StoreError> {
		let hash = content_hash(bytes);
		let path = self.path_of(&hash);
		// Write to a temporary name of its own, sync it, rename it, and sync the directory: a
		// reader never sees half a blob, and a blob whose hash was anchored survives a power loss.
		let mut random = [0u8; 8];
		rand_core::OsRng.fill_bytes(&mut random);
		let partial = path.with_extension(format!("partial-{}", to_hex(&random)));
		let written = (|| {
			let mut file = fs::File::create_new(&partial)?;
			file.write_all(bytes)?;
			file.sync_all()?;
			fs::rename(&partial, &path)
		})();
		if written.is_err() {
			let _ = fs::remove_file(&partial);
		}
		written.map_err(StoreError::Io)?;
		fs::File::open(&self.root).and_then(|dir| dir.sync_all()).map_err(StoreError::Io)?;
		Ok(hash)
	}

	fn get(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		let bytes = fs::read(self.path_of(hash)).map_err(|e| match e.kind() {
			io::ErrorKind::NotFound => StoreError::NotFound,
			_ => StoreError::Io(e),
		})?;
		if content_hash(&bytes) != *hash {
			return Err(StoreError::HashMismatch);
		}
		Ok(bytes)
	}
}

/// Blobs in the process's memory, gone with it: for a load generator that seals millions of
/// readings before its clock starts (a file each would cost a page each, 4 KiB for a reading of a
/// few hundred bytes).
#[derive(Default)]
pub struct MemoryStore {
	blobs: Mutex<HashMap<ContentHash, Vec<u8>>>,
}

impl MemoryStore {
	/// An empty store.
	pub fn new() -> Self {
		Self::default()
	}

	/// The map, even if a thread panicked holding it (no operation leaves it half-changed).
	fn blobs(&self) -> std::sync::MutexGuard<'_, HashMap<ContentHash, Vec<u8>>> {
		self.blobs.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// Forgets every blob (a benchmark's step done, its envelopes no longer wanted), and gives
	/// their memory back: a new map, not `HashMap::clear`, which would keep the old capacity.
	pub fn clear(&self) {
		let mut blobs = self.blobs();
		*blobs = HashMap::new();
	}

	/// How many blobs, and how many bytes of them, it holds.
	pub fn size(&self) -> (usize, u64) {
		let blobs = self.blobs();
		(blobs.len(), blobs.values().map(|blob| blob.len() as u64).sum())
	}
}

impl BlobStore for MemoryStore {
	fn put(&self, bytes: &[u8]) -> Result<ContentHash, StoreError> {
		let hash = content_hash(bytes);
		let mut blobs = self.blobs();
		blobs.entry(hash).or_insert_with(|| bytes.to_vec());
		Ok(hash)
	}

	fn get(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		let blobs = self.blobs();
		blobs.get(hash).cloned().ok_or(StoreError::NotFound)
	}
}

/// A device's outbox for the hospitals' storage network: a [`LocalDirStore`] whose locators
/// are `ipfs://<cid>`. What is put here is kept until published (`storage::publish` in the
/// client sends it to the chain, whose nodes then keep and serve it); the anchor names it by CID.
pub struct OutboxStore(pub LocalDirStore);

impl BlobStore for OutboxStore {
	fn put(&self, bytes: &[u8]) -> Result<ContentHash, StoreError> {
		self.0.put(bytes)
	}

	fn get(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		self.0.get(hash)
	}

	fn locator(&self, hash: &ContentHash) -> String {
		format!("ipfs://{}", cid_of(hash))
	}

	fn publishes(&self) -> bool {
		true
	}
}

/// Lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn temp_store(name: &str) -> LocalDirStore {
		let dir =
			std::env::temp_dir().join(format!("carechain-blob-{name}-{}", std::process::id()));
		let _ = fs::remove_dir_all(&dir);
		LocalDirStore::open(dir).unwrap()
	}

	#[test]
	fn a_blob_reads_back_under_its_hash() {
		let store = temp_store("roundtrip");
		let hash = store.put(b"ciphertext").unwrap();
		assert_eq!(hash, content_hash(b"ciphertext"));
		assert_eq!(store.get(&hash).unwrap(), b"ciphertext");
		assert_eq!(store.locator(&hash), format!("carechain-blob:{}", to_hex(&hash)));
		assert!(matches!(store.get(&content_hash(b"other")), Err(StoreError::NotFound)));
	}

	#[test]
	fn a_blob_stored_twice_is_one_file_and_no_partial_file_is_left() {
		let store = temp_store("twice");
		let hash = store.put(b"ciphertext").unwrap();
		assert_eq!(store.put(b"ciphertext").unwrap(), hash);
		let files: Vec<_> =
			fs::read_dir(&store.root).unwrap().map(|entry| entry.unwrap().file_name()).collect();
		assert_eq!(files, vec![std::ffi::OsString::from(to_hex(&hash))]);
	}

	#[test]
	fn an_outbox_names_its_blobs_by_cid() {
		let outbox = OutboxStore(temp_store("outbox"));
		let hash = outbox.put(b"ciphertext").unwrap();
		assert_eq!(outbox.get(&hash).unwrap(), b"ciphertext");
		assert_eq!(outbox.locator(&hash), format!("ipfs://{}", cid_of(&hash)));
		assert!(outbox.publishes() && !outbox.0.publishes());
	}

	#[test]
	fn a_blob_in_memory_reads_back_under_its_hash_and_once() {
		let store = MemoryStore::new();
		let hash = store.put(b"ciphertext").unwrap();
		assert_eq!(hash, content_hash(b"ciphertext"));
		assert_eq!(store.put(b"ciphertext").unwrap(), hash);
		assert_eq!(store.get(&hash).unwrap(), b"ciphertext");
		assert_eq!(store.size(), (1, 10));
		assert!(matches!(store.get(&content_hash(b"other")), Err(StoreError::NotFound)));
		assert_eq!(store.locator(&hash), format!("carechain-blob:{}", to_hex(&hash)));
		store.clear();
		assert_eq!(store.size(), (0, 0));
		assert!(matches!(store.get(&hash), Err(StoreError::NotFound)));
	}

	#[test]
	fn an_altered_blob_is_detected_on_read() {
		let store = temp_store("tamper");
		let hash = store.put(b"ciphertext").unwrap();
		fs::write(store.path_of(&hash), b"ciphertexT").unwrap();
		assert!(matches!(store.get(&hash), Err(StoreError::HashMismatch)));
	}
}
