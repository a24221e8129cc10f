//! The `carechain` CLI against a real dev node: keys in an encrypted keystore, a hospital admitted
//! through governance, a physician and a patient registered; and the failures a user meets (a
//! refused extrinsic, a wrong passphrase, a missing key, an unreachable node), each a clear
//! message and a non-zero exit, with nothing half-written in the keystore.

use std::{path::Path, process::Command, time::Duration};

use carechain_e2e::{client_binary, dev_pair, id_of, runtime, Node, NodeConfig};
use carechain_primitives::registry::{Profile, Role, Status};
use jsonrpsee::rpc_params;
use runtime::{AccountId, BlockNumber};
use serde_json::Value;

/// What a CLI run printed and how it ended.
struct Run {
	ok: bool,
	stdout: String,
	stderr: String,
}

impl Run {
	fn json(&self) -> Value {
		serde_json::from_str(self.stdout.trim()).unwrap_or_else(|_| panic!("JSON: {}", self.stdout))
	}
}

fn carechain(keystore: &Path, url: &str, passphrase: &str, args: &[&str]) -> Run {
	let output = Command::new(client_binary())
		.args(args)
		.env("CARECHAIN_KEYSTORE", keystore)
		.env("CARECHAIN_URL", url)
		.env("CARECHAIN_PASSPHRASE", passphrase)
		// Few key-derivation rounds: this keystore is thrown away.
		.env("CARECHAIN_KDF_ITERATIONS", "1000")
		.output()
		.expect("the carechain CLI runs");
	Run {
		ok: output.status.success(),
		stdout: String::from_utf8_lossy(&output.stdout).into(),
		stderr: String::from_utf8_lossy(&output.stderr).into(),
	}
}

/// The registry's profile of `who`, through its runtime API.
async fn profile(node: &Node, who: &AccountId) -> Option<Profile<AccountId, BlockNumber>> {
	use codec::{Decode, Encode};
	let argument = format!("0x{}", hex_encode(&who.encode()));
	let result = node.call("state_call", rpc_params!["RegistryApi_profile", argument]).await;
	let bytes = hex_decode(result.as_str().expect("hex").trim_start_matches("0x"));
	Decode::decode(&mut &bytes[..]).expect("an Option<Profile>")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_registers_a_cast_and_fails_clearly() {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start(
		NodeConfig::new("dev", dir.path(), 0).authority("alice").with_force_authoring(),
	)
	.await;
	node.wait_until("block 1", Duration::from_secs(60), || async { node.best_number().await >= 1 })
		.await;
	let keystore = dir.path().join("keystore");
	let url = node.ws_url();
	let cli = |args: &[&str]| carechain(&keystore, &url, "correct horse", args);

	// Keys: dev accounts imported, RSA key pairs generated on the client.
	for name in ["alice", "bob", "charlie", "dave"] {
		let seed = format!("//{}{}", name[..1].to_uppercase(), &name[1..]);
		let run = cli(&["key", "import", name, "--suri", &seed, "--json"]);
		assert!(run.ok, "{}", run.stderr);
		assert_eq!(run.json()["public"], id_of(&dev_pair(&seed[2..])).to_string());
	}
	for name in ["bob-rsa", "charlie-rsa", "dave-rsa"] {
		let run = cli(&["key", "generate", name, "--kind", "rsa"]);
		assert!(run.ok, "{}", run.stderr);
	}
	let listed = cli(&["key", "list", "--json"]).json();
	assert_eq!(listed["keys"].as_array().unwrap().len(), 7);

	let status = cli(&["status", "--json"]).json();
	assert_eq!(status["specVersion"], 104);

	// The cast.
	let run = cli(&["hospital", "admit", "bob", "--encryption-key", "bob-rsa", "--as", "alice"]);
	assert!(run.ok, "{}", run.stderr);
	let run = cli(&[
		"hospital",
		"register-physician",
		"charlie",
		"--encryption-key",
		"charlie-rsa",
		"--as",
		"bob",
		"--json",
	]);
	assert!(run.ok, "{}", run.stderr);
	assert_eq!(run.json()["events"][0], "Registry.PhysicianRegistered");
	let run = cli(&["patient", "register", "--encryption-key", "dave-rsa", "--as", "dave"]);
	assert!(run.ok, "{}", run.stderr);

	let charlie = profile(&node, &id_of(&dev_pair("Charlie"))).await.expect("registered");
	assert_eq!((charlie.role, charlie.status), (Role::Physician, Status::Active));
	let info = cli(&["key", "export", "charlie-rsa", "--json"]).json();
	assert_eq!(
		charlie.encryption_key,
		hex_decode(info["public"].as_str().unwrap()),
		"the public half of the key generated on the client"
	);
	assert_eq!(
		profile(&node, &id_of(&dev_pair("Dave"))).await.map(|p| p.role),
		Some(Role::Patient)
	);

	// A refused extrinsic: the account, the call, the chain's error and its documentation.
	let run = cli(&["patient", "register", "--encryption-key", "dave-rsa", "--as", "dave"]);
	assert!(!run.ok);
	let dave = id_of(&dev_pair("Dave")).to_string();
	assert!(
		run.stderr.contains("Registry.register_patient")
			&& run.stderr.contains(&dave)
			&& run
				.stderr
				.contains("Registry::AlreadyRegistered: The account is already registered."),
		"{}",
		run.stderr
	);
	// Through governance too.
	let run = cli(&["hospital", "admit", "bob", "--encryption-key", "bob-rsa", "--as", "alice"]);
	assert!(!run.ok && run.stderr.contains("Registry::AlreadyRegistered"), "{}", run.stderr);
	// Not a hospital.
	let run = cli(&[
		"hospital",
		"register-physician",
		"alice",
		"--encryption-key",
		"dave-rsa",
		"--as",
		"dave",
	]);
	assert!(!run.ok && run.stderr.contains("Registry::NotHospital"), "{}", run.stderr);

	// A wrong passphrase, a missing key, an unreachable node.
	let wrong = carechain(
		&keystore,
		&url,
		"wrong",
		&["patient", "register", "--encryption-key", "dave-rsa", "--as", "dave"],
	);
	assert!(
		!wrong.ok && wrong.stderr.contains("wrong passphrase for key 'dave'"),
		"{}",
		wrong.stderr
	);
	let run = cli(&["patient", "register", "--encryption-key", "dave-rsa", "--as", "zoe"]);
	assert!(!run.ok && run.stderr.contains("no key named 'zoe'"), "{}", run.stderr);
	let unreachable = carechain(&keystore, "ws://127.0.0.1:9", "correct horse", &["status"]);
	assert!(
		!unreachable.ok
			&& unreachable.stderr.contains("cannot reach a CareChain node at ws://127.0.0.1:9"),
		"{}",
		unreachable.stderr
	);
	// Nothing half-written: a bad import leaves no file, an existing name is not overwritten.
	let run = cli(&["key", "import", "eve", "--suri", "not a secret uri at all"]);
	assert!(!run.ok, "{}", run.stdout);
	let run = cli(&["key", "import", "dave", "--suri", "//Eve"]);
	assert!(!run.ok && run.stderr.contains("exists already"), "{}", run.stderr);
	assert_eq!(cli(&["key", "list", "--json"]).json(), listed);
	let files: Vec<_> = std::fs::read_dir(&keystore)
		.unwrap()
		.map(|entry| entry.unwrap().file_name().into_string().unwrap())
		.collect();
	assert_eq!(files.len(), 7, "{files:?}");
	assert!(files.iter().all(|name| name.ends_with(".json")), "{files:?}");
}

fn hex_decode(text: &str) -> Vec<u8> {
	(0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
}

fn hex_encode(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
