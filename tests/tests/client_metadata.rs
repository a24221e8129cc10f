//! The client's checked-in metadata (`client/metadata/carechain.scale`, from which subxt generates
//! its types) is the runtime's: this fails when the runtime changed and the file did not.
//! `CARECHAIN_UPDATE_METADATA=1 cargo test --workspace --test client_metadata` rewrites it.

use carechain_e2e::runtime::Runtime;

/// The metadata version the client is generated from.
const VERSION: u32 = 16;

#[test]
fn the_clients_metadata_is_the_runtimes() {
	let path =
		std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../client/metadata/carechain.scale");
	let current = Runtime::metadata_at_version(VERSION).expect("the runtime offers metadata V16");
	let current: &[u8] = &current;
	if std::env::var_os("CARECHAIN_UPDATE_METADATA").is_some() {
		std::fs::write(&path, current).expect("the metadata file can be written");
		return;
	}
	let checked_in = std::fs::read(&path).expect("client/metadata/carechain.scale exists");
	assert!(
		checked_in == current,
		"client/metadata/carechain.scale is stale: the runtime changed. Regenerate it with \
		 `CARECHAIN_UPDATE_METADATA=1 cargo test --workspace --test client_metadata` and \
		 rebuild the client."
	);
}
