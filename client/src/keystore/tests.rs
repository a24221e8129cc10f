//! The keystore's tests: a secret opens with its passphrase only, files are private, an edited
//! or damaged file does not open, and every failure is a named error.

use super::*;

fn keystore() -> (tempfile::TempDir, Keystore) {
	let dir = tempfile::tempdir().unwrap();
	let keystore = Keystore::open(dir.path().join("keys")).unwrap().with_iterations(1_000);
	(dir, keystore)
}

#[test]
fn a_stored_secret_opens_with_its_passphrase_only() {
	let (_dir, keystore) = keystore();
	keystore.store("ward-7", KeyKind::Sr25519, "5Public", b"//Alice", "correct horse").unwrap();
	assert_eq!(
		&keystore.secret("ward-7", KeyKind::Sr25519, "correct horse").unwrap()[..],
		b"//Alice"
	);
	assert!(matches!(
		keystore.secret("ward-7", KeyKind::Sr25519, "wrong"),
		Err(KeystoreError::WrongPassphrase { name }) if name == "ward-7"
	));
}

#[test]
fn files_are_private_and_hold_no_plain_secret() {
	let (_dir, keystore) = keystore();
	keystore.store("device", KeyKind::Rsa, "3082", b"PRIVATE-KEY-BYTES", "pw").unwrap();
	let path = keystore.dir().join("device.json");
	let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
	assert_eq!(mode, 0o600);
	let dir_mode = fs::metadata(keystore.dir()).unwrap().permissions().mode() & 0o777;
	assert_eq!(dir_mode, 0o700);
	let text = fs::read_to_string(&path).unwrap();
	assert!(!text.contains("PRIVATE-KEY-BYTES"));
	assert!(!text.contains(&hex::encode(b"PRIVATE-KEY-BYTES")));
	// Nothing else is left behind.
	assert_eq!(fs::read_dir(keystore.dir()).unwrap().count(), 1);
}

#[test]
fn a_file_edited_to_claim_another_public_key_does_not_open() {
	let (_dir, keystore) = keystore();
	keystore.store("k", KeyKind::Sr25519, "5Original", b"secret", "pw").unwrap();
	let path = keystore.dir().join("k.json");
	let text = fs::read_to_string(&path).unwrap().replace("5Original", "5Forged");
	fs::write(&path, text).unwrap();
	assert!(matches!(
		keystore.secret("k", KeyKind::Sr25519, "pw"),
		Err(KeystoreError::WrongPassphrase { .. })
	));
}

#[test]
fn missing_existing_misnamed_and_wrong_kind_keys_are_named_errors() {
	let (_dir, keystore) = keystore();
	assert!(matches!(
		keystore.secret("nobody", KeyKind::Rsa, "pw"),
		Err(KeystoreError::NotFound { name, .. }) if name == "nobody"
	));
	keystore.store("k", KeyKind::Rsa, "30", b"s", "pw").unwrap();
	assert!(matches!(
		keystore.store("k", KeyKind::Rsa, "30", b"other", "pw"),
		Err(KeystoreError::AlreadyExists { .. })
	));
	// The first one is untouched.
	assert_eq!(&keystore.secret("k", KeyKind::Rsa, "pw").unwrap()[..], b"s");
	for bad in ["", "../escape", ".hidden", "a/b", &"x".repeat(65)] {
		assert!(matches!(
			keystore.store(bad, KeyKind::Rsa, "30", b"s", "pw"),
			Err(KeystoreError::InvalidName(_))
		));
	}
	assert!(matches!(
		keystore.secret("k", KeyKind::Sr25519, "pw"),
		Err(KeystoreError::WrongKind { found: KeyKind::Rsa, wanted: KeyKind::Sr25519, .. })
	));
}

#[test]
fn a_damaged_file_is_reported_as_such() {
	let (_dir, keystore) = keystore();
	fs::write(keystore.dir().join("broken.json"), b"{ not json").unwrap();
	assert!(matches!(keystore.info("broken"), Err(KeystoreError::Corrupt { .. })));
}

#[test]
fn keys_are_listed_by_name_and_removed() {
	let (_dir, keystore) = keystore();
	keystore.store("b", KeyKind::Rsa, "30", b"s", "pw").unwrap();
	keystore.store("a", KeyKind::Sr25519, "5A", b"s", "pw").unwrap();
	let names: Vec<_> = keystore.list().unwrap().into_iter().map(|k| k.name).collect();
	assert_eq!(names, vec!["a", "b"]);
	keystore.remove("a").unwrap();
	assert_eq!(keystore.list().unwrap().len(), 1);
	assert!(matches!(keystore.remove("a"), Err(KeystoreError::NotFound { .. })));
}

#[test]
fn the_default_iteration_count_is_used_for_new_files() {
	let dir = tempfile::tempdir().unwrap();
	let keystore = Keystore::open(dir.path()).unwrap();
	assert_eq!(keystore.iterations, DEFAULT_ITERATIONS);
}

#[test]
fn an_empty_passphrase_is_refused_and_nothing_is_written() {
	let (_dir, ks) = keystore();
	let refused = ks.store("nurse", KeyKind::Sr25519, "5F", b"//Nurse", "");
	assert!(matches!(refused, Err(KeystoreError::EmptyPassphrase { ref name }) if name == "nurse"));
	assert!(std::fs::read_dir(ks.dir()).unwrap().next().is_none(), "no file is left");
}

#[test]
fn a_key_stored_meanwhile_under_the_same_name_is_never_overwritten() {
	let (_dir, ks) = keystore();
	ks.store("nurse", KeyKind::Sr25519, "5F", b"//Nurse", "first").unwrap();
	let path = ks.dir().join("nurse.json");
	let before = std::fs::read(&path).unwrap();
	// What `store` does after its existence check, as if another process stored the name between
	// the check and the write: the link into place fails, the first key stays.
	let raced = ks.write_new("nurse", &path, b"the second key");
	assert!(matches!(raced, Err(KeystoreError::AlreadyExists { ref name, .. }) if name == "nurse"));
	assert_eq!(std::fs::read(&path).unwrap(), before);
	assert_eq!(&ks.secret("nurse", KeyKind::Sr25519, "first").unwrap()[..], b"//Nurse");
	// And no temporary file is left behind.
	let files: Vec<_> =
		std::fs::read_dir(ks.dir()).unwrap().map(|e| e.unwrap().file_name()).collect();
	assert_eq!(files, vec![std::ffi::OsString::from("nurse.json")]);
}
