//! `carechain key …`: generate, import, export, list and remove keys of the keystore. The secrets
//! are made and opened here, on the client; only public halves are ever shown.

use std::str::FromStr;

use carechain_client::{
	keystore::{KeyInfo, KeyKind},
	polkadot_js,
};
use serde_json::json;
use zeroize::Zeroizing;

use crate::{
	args::{KeyCommand, KeyKindArg},
	output::Failure,
	session::Session,
};

pub fn run(session: &Session, command: &KeyCommand) -> Result<(), Failure> {
	let keystore = session.keystore()?;
	let show = |verb: &str, key: &KeyInfo| {
		session.output.show(
			&json!({ "name": key.name, "kind": key.kind, "public": key.public }),
			[format!("{verb} {} key '{}': {}", key.kind, key.name, key.public)],
		)
	};
	match command {
		KeyCommand::Generate { name, kind: KeyKindArg::Sr25519, .. } => {
			let mut seed = Zeroizing::new([0u8; 32]);
			rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut seed[..]);
			let suri = Zeroizing::new(format!("0x{}", hex::encode(&seed[..])));
			let public = sr25519_public(&suri)?;
			let passphrase = session.passphrase(true)?;
			let key =
				keystore.store(name, KeyKind::Sr25519, &public, suri.as_bytes(), &passphrase)?;
			show("generated", &key)
		},
		KeyCommand::Generate { name, kind: KeyKindArg::Rsa, bits } => {
			let generating = session.output.spinner(format!("generating a {bits}-bit RSA key"));
			let private = carechain_crypto::envelope::generate_key(*bits);
			generating.finish_and_clear();
			let private = private
				.map_err(|e| Failure(format!("cannot generate a {bits}-bit RSA key: {e:?}")))?;
			let public = hex::encode(carechain_crypto::envelope::public_key_der(&private));
			let der = Zeroizing::new(carechain_crypto::envelope::private_key_der(&private));
			let passphrase = session.passphrase(true)?;
			let key = keystore.store(name, KeyKind::Rsa, &public, &der, &passphrase)?;
			show("generated", &key)
		},
		KeyCommand::Import { name, suri: None, polkadot_json: Some(path), rsa_pkcs8: None } => {
			let json = std::fs::read_to_string(path).map_err(|e| {
				Failure(format!("cannot read the account file {}: {e}", path.display()))
			})?;
			let password = session.account_password(false)?;
			let (pkcs8, account) = polkadot_js::decrypt(&json, &password)
				.map_err(|e| Failure(format!("{}: {e}", path.display())))?;
			let passphrase = session.passphrase(true)?;
			let key = keystore.store(
				name,
				KeyKind::Sr25519,
				&account.to_string(),
				&pkcs8,
				&passphrase,
			)?;
			show("imported", &key)
		},
		KeyCommand::Import { name, suri: Some(suri), polkadot_json: None, rsa_pkcs8: None } => {
			let public = sr25519_public(suri)?;
			let passphrase = session.passphrase(true)?;
			let key =
				keystore.store(name, KeyKind::Sr25519, &public, suri.as_bytes(), &passphrase)?;
			show("imported", &key)
		},
		KeyCommand::Import { name, suri: None, polkadot_json: None, rsa_pkcs8: Some(path) } => {
			let der = Zeroizing::new(std::fs::read(path).map_err(|e| {
				Failure(format!("cannot read the RSA key file {}: {e}", path.display()))
			})?);
			let private = carechain_crypto::envelope::private_key_from_der(&der).map_err(|e| {
				Failure(format!("{} is not a usable RSA private key: {e:?}", path.display()))
			})?;
			let public = hex::encode(carechain_crypto::envelope::public_key_der(&private));
			let passphrase = session.passphrase(true)?;
			let key = keystore.store(name, KeyKind::Rsa, &public, &der, &passphrase)?;
			show("imported", &key)
		},
		KeyCommand::Import { .. } => {
			Err(Failure("give one of --suri, --polkadot-json or --rsa-pkcs8".into()))
		},
		KeyCommand::Export { name, secret, polkadot_json, public_der } => {
			let info = keystore.info(name)?;
			if let Some(path) = secret {
				let passphrase = session.passphrase(false)?;
				let bytes = keystore.secret(name, info.kind, &passphrase)?;
				write_new_private_file(path, &bytes)?;
			}
			if let Some(path) = polkadot_json {
				if info.kind != KeyKind::Sr25519 {
					return Err(Failure(format!(
						"key '{name}' is an RSA key: only accounts export as polkadot.js files"
					)));
				}
				let secret = session.secret(name, KeyKind::Sr25519)?;
				let key = if polkadot_js::is_pkcs8(&secret) {
					polkadot_js::secret_of_pkcs8(&secret)
				} else {
					let suri = std::str::from_utf8(&secret)
						.map_err(|_| Failure(format!("key '{name}' holds no secret URI")))?;
					polkadot_js::secret_of_uri(suri)
				}
				.map_err(|e| Failure(format!("key '{name}': {e}")))?;
				let password = session.account_password(true)?;
				write_new_private_file(
					path,
					polkadot_js::encrypt(&key, &password, name).as_bytes(),
				)?;
			}
			if let Some(path) = public_der {
				if info.kind != KeyKind::Rsa {
					return Err(Failure(format!(
						"key '{name}' is an account: --public-der is for RSA keys"
					)));
				}
				let der = hex::decode(&info.public)
					.map_err(|_| Failure(format!("key '{name}': its public key is not hex")))?;
				std::fs::write(path, der)
					.map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
			}
			show("exported", &info)
		},
		KeyCommand::List => {
			let keys = keystore.list()?;
			let listed: Vec<_> = keys
				.iter()
				.map(|k| json!({ "name": k.name, "kind": k.kind, "public": k.public }))
				.collect();
			let lines = if keys.is_empty() {
				vec![format!("no keys in {}", keystore.dir().display())]
			} else {
				keys.iter()
					.map(|k| format!("{:<24} {:<8} {}", k.name, k.kind.to_string(), k.public))
					.collect()
			};
			session.output.show(&json!({ "keys": listed }), lines)
		},
		KeyCommand::Remove { name } => {
			let info = keystore.info(name)?;
			keystore.remove(name)?;
			show("removed", &info)
		},
	}
}

/// The account of the sr25519 secret URI `suri` (SS58).
fn sr25519_public(suri: &str) -> Result<String, Failure> {
	let uri = subxt_signer::SecretUri::from_str(suri)
		.map_err(|e| Failure(format!("not a secret URI: {e}")))?;
	let pair = subxt_signer::sr25519::Keypair::from_uri(&uri)
		.map_err(|e| Failure(format!("not an sr25519 secret: {e}")))?;
	Ok(pair.public_key().to_account_id().to_string())
}

/// Writes `bytes` to `path`, a new file readable by its owner only; nothing is left behind if
/// writing fails.
fn write_new_private_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), Failure> {
	use std::{io::Write, os::unix::fs::OpenOptionsExt};
	let mut file = std::fs::OpenOptions::new()
		.write(true)
		.create_new(true)
		.mode(0o600)
		.open(path)
		.map_err(|e| Failure(format!("cannot create {}: {e}", path.display())))?;
	file.write_all(bytes).map_err(|e| {
		let _ = std::fs::remove_file(path);
		Failure(format!("cannot write {}: {e}", path.display()))
	})
}
