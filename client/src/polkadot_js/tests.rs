use super::*;
use std::str::FromStr;

/// An account file polkadot.js exported (subxt-signer's own test vector; password `whoisbob`).
const EXPORTED: &str = r#"{
  "encoded": "J2FFcPHAY11Pmq/38eqbwfUv9OPitYJs+oYgahBvlagAAAIAAQAAAAgAAAB5o0DwXCWDblsH+9pc++RaBO4fpHBHzUirHFHFE9yS3sDzgAIQjhgvPqJ3ODrMR2gy7vk0VZg1fyirIvmsrfjGbWnOI8YU0joX0tYytroyWaykFKtZJMmE0pNKcJ5dJmDxscbK53Ac+7ld2UdH07yKPXxmPuYNNw3vKx8cg9CdQgifKfzQxHnC+EUpOoHPLwGlHsFEYtIlQtngqd9n",
  "encoding": { "content": ["pkcs8", "sr25519"], "type": ["scrypt", "xsalsa20-poly1305"], "version": "3" },
  "address": "5CfWTDh7XxJ2yrayqQ2aJnnZAH5v5XaF1oJFfH5QCpbfP9v8",
  "meta": { "genesisHash": "", "name": "Bob (Dev)", "whenCreated": 1768916488918 }
}"#;

fn subxt_public(suri: &str) -> [u8; 32] {
	subxt_signer::sr25519::Keypair::from_uri(&SecretUri::from_str(suri).unwrap())
		.unwrap()
		.public_key()
		.0
}

#[test]
fn a_file_polkadot_js_exported_opens_and_signs_as_its_account() {
	let (pkcs8, account) = decrypt(EXPORTED, "whoisbob").unwrap();
	assert_eq!(account.to_string(), "5CfWTDh7XxJ2yrayqQ2aJnnZAH5v5XaF1oJFfH5QCpbfP9v8");
	let signer = signer_of_pkcs8(&pkcs8).unwrap();
	assert_eq!(signer.public_key().0, account.0);
	let signature = signer.sign(b"carechain");
	assert!(subxt_signer::sr25519::verify(&signature, b"carechain", &signer.public_key()));
}

#[test]
fn a_wrong_password_an_altered_file_and_other_encodings_are_refused() {
	assert_eq!(decrypt(EXPORTED, "whoisalice").unwrap_err(), PolkadotJsError::WrongPassword);
	let altered = EXPORTED.replace("J2FF", "J2FG");
	assert!(decrypt(&altered, "whoisbob").is_err());
	let other_address = EXPORTED.replace(
		"5CfWTDh7XxJ2yrayqQ2aJnnZAH5v5XaF1oJFfH5QCpbfP9v8",
		"5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",
	);
	assert_eq!(decrypt(&other_address, "whoisbob").unwrap_err(), PolkadotJsError::InvalidKey);
	let ed25519 = EXPORTED.replace("\"sr25519\"", "\"ed25519\"");
	assert!(matches!(decrypt(&ed25519, "whoisbob"), Err(PolkadotJsError::Unsupported(_))));
	assert!(matches!(decrypt("{}", "x"), Err(PolkadotJsError::Unsupported(_))));
}

#[test]
fn secret_uris_derive_the_keys_subxt_signer_derives() {
	for suri in [
		"//Alice",
		"//Alice//stash",
		"//Bob/soft",
		"bottom drive obey lake curtain smoke basket hold race lonely fit walk//hard/soft///password",
		"0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
		"0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef//x",
	] {
		let secret = secret_of_uri(suri).unwrap();
		assert_eq!(secret.to_public().to_bytes(), subxt_public(suri), "{suri}");
	}
	assert!(matches!(secret_of_uri("not a phrase"), Err(PolkadotJsError::BadSecretUri(_))));
}

#[test]
fn an_exported_account_opens_in_subxt_signers_reader_and_ours_with_its_password_only() {
	let secret = secret_of_uri("//Charlie").unwrap();
	let json = encrypt(&secret, "a long password", "Charlie");
	let file: serde_json::Value = serde_json::from_str(&json).unwrap();
	assert_eq!(file["address"], "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y");
	assert_eq!(file["meta"]["name"], "Charlie");
	let keypair = subxt_signer::polkadot_js_compat::decrypt_json(&json, "a long password").unwrap();
	assert_eq!(keypair.public_key().0, subxt_public("//Charlie"));
	let (pkcs8, account) = decrypt(&json, "a long password").unwrap();
	assert_eq!(account.0, subxt_public("//Charlie"));
	assert_eq!(&pkcs8[..], &pkcs8_of(&secret)[..]);
	assert_eq!(decrypt(&json, "another password").unwrap_err(), PolkadotJsError::WrongPassword);
}

#[test]
fn a_secret_uri_of_a_pkcs8s_length_is_still_a_secret_uri() {
	let suri = format!("0x{}//{}", "ab".repeat(32), "p".repeat(PKCS8_LENGTH - 68));
	assert_eq!(suri.len(), PKCS8_LENGTH);
	assert!(!is_pkcs8(suri.as_bytes()));
	assert!(is_pkcs8(&pkcs8_of(&secret_of_uri(&suri).unwrap())));
}

#[test]
fn a_pkcs8_whose_public_key_is_not_its_secrets_is_refused() {
	let mut pkcs8 = pkcs8_of(&secret_of_uri("//Dave").unwrap());
	pkcs8[100] ^= 1;
	assert_eq!(secret_of_pkcs8(&pkcs8).unwrap_err(), PolkadotJsError::InvalidKey);
	assert_eq!(secret_of_pkcs8(&pkcs8[..116]).unwrap_err(), PolkadotJsError::InvalidKey);
}

#[test]
fn scrypt_parameters_other_than_polkadot_jss_are_refused() {
	// A file naming N = 2^20 would make an import cost seconds of CPU and a gigabyte of memory.
	let secret = secret_of_uri("//Eve").unwrap();
	let json = seal(&secret, "a long password", (1 << 15, 1, 8), None);
	let file: serde_json::Value = serde_json::from_str(&json).unwrap();
	let mut encoded = base64::engine::general_purpose::STANDARD
		.decode(file["encoded"].as_str().unwrap())
		.unwrap();
	encoded[32..36].copy_from_slice(&(1u32 << 20).to_le_bytes());
	let heavier = json.replace(
		file["encoded"].as_str().unwrap(),
		&base64::engine::general_purpose::STANDARD.encode(encoded),
	);
	assert!(matches!(
		decrypt(&heavier, "a long password"),
		Err(PolkadotJsError::Unsupported(why)) if why.contains("N 1048576")
	));
	assert!(decrypt(&json, "a long password").is_ok());
}
