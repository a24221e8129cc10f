//! The members file's checks, one bad file per named error.
use super::*;
use carechain_runtime::genesis_config_presets::dev_peer_id;
use sp_core::Pair;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

const CHAIN: &str = r#"
[chain]
name = "Test Consortium"
id = "carechain_test"
"#;

fn peer(n: u8) -> String {
	PeerId::from_bytes(&dev_peer_id(n)).expect("a dev peer id").to_base58()
}

fn account(keyring: Sr25519Keyring) -> String {
	keyring.to_account_id().to_ss58check()
}

fn grandpa(keyring: Ed25519Keyring) -> String {
	keyring.public().to_ss58check()
}

/// A `[[hospital]]` with the dev keys of `n` (1 = Alice, 2 = Bob, 3 = Charlie, 4 = Dave).
fn hospital(name: &str, n: u8) -> String {
	let (sr, ed) = match n {
		1 => (Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		2 => (Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		3 => (Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		_ => (Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	};
	format!(
		r#"
[[hospital]]
name = "{name}"
account = "{account}"
aura = "{account}"
grandpa = "{grandpa}"
peer_id = "{peer}"
boot_address = "/ip4/127.0.0.1/tcp/{port}"
balance = "1000000000000000000"
"#,
		account = account(sr),
		grandpa = grandpa(ed),
		peer = peer(n),
		port = 30332 + u16::from(n),
	)
}

/// A valid file: three hospitals with validators, the fewest the runtime allows.
fn three_hospitals() -> String {
	[CHAIN.to_string(), hospital("Alice", 1), hospital("Bob", 2), hospital("Charlie", 3)].concat()
}

fn parse(text: &str) -> Result<Members, MembersError> {
	Members::from_toml_str(text, Path::new(""))
}

/// `text` with the first occurrence of `from` after `after` replaced by `to`.
fn replace_after(text: &str, after: &str, from: &str, to: &str) -> String {
	let start = text.find(after).expect("the anchor is in the text");
	let (head, tail) = text.split_at(start);
	assert!(tail.contains(from), "{from:?} follows {after:?}");
	format!("{head}{}", tail.replacen(from, to, 1))
}

/// Bob's section of [`three_hospitals`] with `field`'s line replaced by `line`.
fn bob_with(field: &str, line: &str) -> String {
	let text = three_hospitals();
	let start = text.find(r#"name = "Bob""#).unwrap();
	let line_start = start + text[start..].find(&format!("\n{field} = ")).unwrap() + 1;
	let line_end = line_start + text[line_start..].find('\n').unwrap();
	format!("{}{line}{}", &text[..line_start], &text[line_end..])
}

fn test_key(file: &str) -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).join("../primitives/test-keys").join(file)
}

#[test]
fn a_valid_file_parses_with_its_defaults() {
	let members = parse(&three_hospitals()).unwrap();
	assert_eq!(members.chain.name, "Test Consortium");
	assert_eq!(members.chain.id, "carechain_test");
	assert_eq!(members.chain.chain_type, ChainType::Live);
	assert_eq!(members.validator_count(), 3);
	let bob = &members.hospitals[1];
	assert_eq!(bob.name, "Bob");
	assert_eq!(bob.account, Sr25519Keyring::Bob.to_account_id());
	assert_eq!(
		bob.validator,
		Some(ValidatorKeys {
			aura: Sr25519Keyring::Bob.public(),
			grandpa: Ed25519Keyring::Bob.public()
		})
	);
	assert_eq!(bob.peer_id.to_bytes(), dev_peer_id(2));
	assert_eq!(bob.boot_address.to_string(), "/ip4/127.0.0.1/tcp/30334");
	assert_eq!(bob.boot_node().to_string(), format!("/ip4/127.0.0.1/tcp/30334/p2p/{}", peer(2)));
	assert_eq!(bob.balance, 1_000_000 * carechain_runtime::UNIT);
	assert!(bob.council);
	assert_eq!(bob.encryption_key, None);
}

#[test]
fn a_json_file_reads_as_the_same_toml_one() {
	let text = three_hospitals();
	let value: toml::Value = toml::from_str(&text).unwrap();
	let json = serde_json::to_string(&value).unwrap();
	assert_eq!(Members::from_json_str(&json, Path::new("")).unwrap(), parse(&text).unwrap());
}

#[test]
fn a_balance_may_be_an_integer_with_underscores_and_a_chain_type_local() {
	let text = bob_with("balance", "balance = 1_000_000_000_000_000")
		.replace(r#"id = "carechain_test""#, "id = \"carechain_test\"\nchain_type = \"local\"");
	let members = parse(&text).unwrap();
	assert_eq!(members.hospitals[1].balance, 1_000 * carechain_runtime::UNIT);
	assert_eq!(members.chain.chain_type, ChainType::Local);
}

#[test]
fn a_hospital_without_a_validator_or_a_council_seat_is_a_member_still() {
	let text = [three_hospitals(), hospital("Dave", 4)].concat();
	let text = replace_after(&text, r#"name = "Dave""#, "aura = ", "# aura = ");
	let text = replace_after(&text, r#"name = "Dave""#, "grandpa = ", "# grandpa = ");
	let text = format!("{text}council = false\n");
	let members = parse(&text).unwrap();
	assert_eq!(members.hospitals.len(), 4);
	assert_eq!(members.validator_count(), 3);
	assert!(!members.hospitals[3].council);
	assert_eq!(members.hospitals[3].genesis().session_keys, None);
}

#[test]
fn unparsable_toml_is_refused_with_toml_s_message() {
	let error = parse("[chain\nname = 1").unwrap_err();
	assert!(matches!(error, MembersError::Unparsable { format: "TOML", .. }), "{error}");
}

#[test]
fn an_unknown_field_is_refused() {
	let text = bob_with("balance", "balance = \"1000000000000000000\"\ncouncil_seat = true");
	let error = parse(&text).unwrap_err();
	assert!(matches!(error, MembersError::Unparsable { .. }), "{error}");
	assert!(error.to_string().contains("unknown field `council_seat`"), "{error}");
}

#[test]
fn a_missing_field_is_named_with_its_hospital() {
	let error = parse(&bob_with("peer_id", "")).unwrap_err();
	assert!(
		matches!(&error, MembersError::MissingField { place, field: "peer_id" } if place == "hospital `Bob`"),
		"{error}"
	);
	let error = parse(&three_hospitals().replace(r#"id = "carechain_test""#, "")).unwrap_err();
	assert!(
		matches!(&error, MembersError::MissingField { place, field: "id" } if place == "[chain]"),
		"{error}"
	);
	let error = parse(&three_hospitals().replace(r#"name = "Bob""#, r#"name = " ""#)).unwrap_err();
	assert!(
		matches!(&error, MembersError::MissingField { place, field: "name" } if place == "hospital #2"),
		"{error}"
	);
}

#[test]
fn a_chain_id_that_cannot_name_a_file_is_refused() {
	let text = three_hospitals().replace("carechain_test", "../carechain");
	assert!(matches!(parse(&text), Err(MembersError::InvalidChainId { .. })));
}

#[test]
fn a_malformed_ss58_account_is_refused() {
	let bob = account(Sr25519Keyring::Bob);
	let typo = format!("{}x", &bob[..bob.len() - 1]);
	let error = parse(&bob_with("account", &format!("account = \"{typo}\""))).unwrap_err();
	assert!(
		matches!(&error, MembersError::MalformedSs58 { hospital, field: "account", value, .. }
			if hospital == "`Bob`" && *value == typo),
		"{error}"
	);
}

#[test]
fn a_malformed_session_key_is_refused() {
	// An SS58 address of 33 bytes (an ecdsa key) is no ed25519 key.
	let ecdsa = sp_core::ecdsa::Pair::from_seed(&[7; 32]).public().to_ss58check();
	let error = parse(&bob_with("grandpa", &format!("grandpa = \"{ecdsa}\""))).unwrap_err();
	assert!(
		matches!(&error, MembersError::MalformedSs58 { field: "grandpa", kind: "ed25519", .. }),
		"{error}"
	);
	let error = parse(&bob_with("aura", "aura = \"not-a-key\"")).unwrap_err();
	assert!(matches!(&error, MembersError::MalformedSs58 { field: "aura", .. }), "{error}");
}

#[test]
fn one_session_key_without_the_other_is_refused() {
	let error = parse(&bob_with("grandpa", "")).unwrap_err();
	assert!(
		matches!(
			error,
			MembersError::IncompleteSessionKeys { present: "aura", missing: "grandpa", .. }
		),
		"{error}"
	);
}

#[test]
fn a_malformed_peer_id_is_refused() {
	// Not base58; a truncated multihash; an account where the peer id belongs.
	let account = account(Sr25519Keyring::Bob);
	for bad in ["12D3KooWnot-base58!", "12D3KooW", &account] {
		let error = parse(&bob_with("peer_id", &format!("peer_id = \"{bad}\""))).unwrap_err();
		assert!(
			matches!(&error, MembersError::MalformedPeerId { hospital, value, .. }
				if hospital == "`Bob`" && value == bad),
			"{bad}: {error}"
		);
	}
}

#[test]
fn a_malformed_boot_address_is_refused() {
	for bad in [
		"/ip4/300.0.0.1/tcp/30334",
		"127.0.0.1:30334",
		"/",
		&format!("/ip4/127.0.0.1/tcp/30334/p2p/{}", peer(2)),
	] {
		let error =
			parse(&bob_with("boot_address", &format!("boot_address = \"{bad}\""))).unwrap_err();
		assert!(
			matches!(&error, MembersError::MalformedBootAddress { hospital, .. } if hospital == "`Bob`"),
			"{bad}: {error}"
		);
	}
}

#[test]
fn a_malformed_or_too_small_balance_is_refused() {
	for bad in ["\"1e18\"", "\"-5\"", "-5", "\"+5\"", "\"\""] {
		let error = parse(&bob_with("balance", &format!("balance = {bad}"))).unwrap_err();
		assert!(matches!(&error, MembersError::MalformedBalance { .. }), "{bad}: {error}");
	}
	let error = parse(&bob_with("balance", "balance = 1")).unwrap_err();
	assert!(
		matches!(error, MembersError::BalanceBelowExistentialDeposit { balance: 1, .. }),
		"{error}"
	);
}

#[test]
fn an_encryption_key_is_read_relative_to_the_file_in_der_or_pem() {
	let dir = tempfile::tempdir().unwrap();
	let der = fs::read(test_key("rsa2048-a.spki.der")).unwrap();
	fs::write(dir.path().join("bob.der"), &der).unwrap();
	let pem = pem_rfc7468::encode_string("PUBLIC KEY", pem_rfc7468::LineEnding::LF, &der).unwrap();
	fs::write(dir.path().join("bob.pem"), pem).unwrap();
	for file in ["bob.der", "bob.pem"] {
		let text = bob_with(
			"balance",
			&format!("balance = \"1000000000000\"\nencryption_key_file = \"{file}\""),
		);
		let members = Members::from_toml_str(&text, dir.path()).unwrap();
		assert_eq!(members.hospitals[1].encryption_key.as_deref(), Some(&der[..]), "{file}");
	}
}

#[test]
fn a_bad_or_missing_encryption_key_is_refused() {
	let dir = tempfile::tempdir().unwrap();
	fs::write(dir.path().join("garbage.der"), b"not a key").unwrap();
	fs::copy(test_key("rsa1024.spki.der"), dir.path().join("short.der")).unwrap();
	fs::copy(test_key("p256.spki.der"), dir.path().join("ec.der")).unwrap();
	let with_key = |file: &str| {
		let text = bob_with(
			"balance",
			&format!("balance = \"1000000000000\"\nencryption_key_file = \"{file}\""),
		);
		Members::from_toml_str(&text, dir.path()).unwrap_err()
	};
	for (file, reason) in [
		("garbage.der", "SubjectPublicKeyInfo"),
		("short.der", "shorter than 2048 bits"),
		("ec.der", "not an RSA key"),
	] {
		let error = with_key(file);
		assert!(matches!(&error, MembersError::InvalidEncryptionKey { .. }), "{file}: {error}");
		assert!(error.to_string().contains(reason), "{file}: {error}");
	}
	let error = with_key("absent.der");
	assert!(matches!(error, MembersError::UnreadableEncryptionKey { .. }), "{error}");
}

#[test]
fn a_value_two_hospitals_share_is_refused() {
	let alice_account = account(Sr25519Keyring::Alice);
	let cases = [
		("name", bob_with("name", r#"name = "Alice""#)),
		("account", bob_with("account", &format!("account = \"{alice_account}\""))),
		("aura", bob_with("aura", &format!("aura = \"{alice_account}\""))),
		(
			"grandpa",
			bob_with("grandpa", &format!("grandpa = \"{}\"", grandpa(Ed25519Keyring::Alice))),
		),
		("peer_id", bob_with("peer_id", &format!("peer_id = \"{}\"", peer(1)))),
		("boot_address", bob_with("boot_address", "boot_address = \"/ip4/127.0.0.1/tcp/30333\"")),
	];
	for (expected, text) in cases {
		let error = parse(&text).unwrap_err();
		assert!(
			matches!(&error, MembersError::Duplicate { field, first, .. } if *field == expected && first == "`Alice`"),
			"{expected}: {error}"
		);
	}
}

#[test]
fn two_hospitals_with_one_encryption_key_are_refused() {
	let dir = tempfile::tempdir().unwrap();
	fs::copy(test_key("rsa2048-a.spki.der"), dir.path().join("a.der")).unwrap();
	fs::copy(test_key("rsa2048-a.spki.der"), dir.path().join("b.der")).unwrap();
	let text = replace_after(
		&three_hospitals(),
		r#"name = "Alice""#,
		"balance",
		"encryption_key_file = \"a.der\"\nbalance",
	);
	let text = replace_after(
		&text,
		r#"name = "Bob""#,
		"balance",
		"encryption_key_file = \"b.der\"\nbalance",
	);
	let error = Members::from_toml_str(&text, dir.path()).unwrap_err();
	assert!(
		matches!(&error, MembersError::Duplicate { field: "encryption_key_file", .. }),
		"{error}"
	);
}

#[test]
fn fewer_validators_than_the_runtime_minimum_are_refused() {
	let text = replace_after(&three_hospitals(), r#"name = "Charlie""#, "aura = ", "# aura = ");
	let text = replace_after(&text, r#"name = "Charlie""#, "grandpa = ", "# grandpa = ");
	let error = parse(&text).unwrap_err();
	assert!(matches!(error, MembersError::TooFewValidators { count: 2, minimum: 3 }), "{error}");
	let error = parse(CHAIN).unwrap_err();
	assert!(matches!(error, MembersError::TooFewValidators { count: 0, .. }), "{error}");
}

#[test]
fn more_hospitals_than_the_runtime_holds_are_refused() {
	let hospitals: String = (1..=MAX_HOSPITALS + 1)
		.map(|n| {
			let account = sr25519::Pair::from_seed(&[n as u8; 32]).public().to_ss58check();
			let node = ed25519::Pair::from_seed(&[n as u8; 32]).public();
			let peer = PeerId::from_ed25519(&node.0).unwrap();
			format!(
				"[[hospital]]\nname = \"H{n}\"\naccount = \"{account}\"\naura = \"{account}\"\n\
				 grandpa = \"{}\"\npeer_id = \"{peer}\"\nboot_address = \"/ip4/10.0.0.{n}/tcp/30333\"\n\
				 balance = \"1000000000000\"\n",
				node.to_ss58check()
			)
		})
		.collect();
	let error = parse(&format!("{CHAIN}{hospitals}")).unwrap_err();
	assert!(matches!(error, MembersError::TooManyHospitals { count: 33, maximum: 32 }), "{error}");
}

#[test]
fn an_empty_council_is_refused() {
	let text = three_hospitals().replace(
		"balance = \"1000000000000000000\"",
		"balance = \"1000000000000000000\"\ncouncil = false",
	);
	assert!(matches!(parse(&text), Err(MembersError::EmptyCouncil)));
}

#[test]
fn an_unreadable_members_file_is_refused() {
	let error = Members::from_file(Path::new("/nonexistent/members.toml")).unwrap_err();
	assert!(matches!(error, MembersError::Unreadable { .. }), "{error}");
}
