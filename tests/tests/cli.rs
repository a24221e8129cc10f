//! The `carechain` CLI against a real dev node: keys in an encrypted keystore, a hospital admitted
//! through governance, a physician and a patient registered; and the failures a user meets (a
//! refused extrinsic, a wrong passphrase, a missing key, an unreachable node), each a clear
//! message and a non-zero exit, with nothing half-written in the keystore.

#[path = "cli/batch.rs"]
mod batch;
#[path = "cli/custody.rs"]
mod custody;

use carechain_e2e::{carechain, dev_pair, id_of, runtime, Node, NodeConfig};
use carechain_primitives::registry::{Profile, Role, Status};
use jsonrpsee::rpc_params;
use runtime::{AccountId, BlockNumber};
use serde_json::Value;

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
	let node = Node::start_authoring(NodeConfig::dev_authority(dir.path())).await;
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
	assert_eq!(status["specVersion"], runtime::VERSION.spec_version);

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

	// Consent by request: the physician asks, the patient sees and approves, then narrows it.
	let ok = |args: &[&str]| {
		let run = cli(args);
		assert!(run.ok, "carechain {}: {}", args.join(" "), run.stderr);
		run
	};
	ok(&[
		"physician",
		"request-access",
		"--patient",
		"dave",
		"--category",
		"lab-results",
		"--as",
		"charlie",
	]);
	let requests = ok(&["patient", "requests", "dave", "--json"]).json();
	assert_eq!(requests["requests"][0]["requester"], id_of(&dev_pair("Charlie")).to_string());
	let approved = ok(&["patient", "approve", "charlie", "--as", "dave", "--json"]).json();
	assert!(approved["events"].as_array().unwrap().contains(&"Consent.ConsentGranted".into()));
	let grants = ok(&["patient", "consents", "dave", "--json"]).json();
	let grant = grants["grants"][0]["grant"].as_u64().unwrap();
	let expiry = grants["grants"][0]["expiresAt"].as_u64().unwrap();
	ok(&["patient", "amend", &grant.to_string(), "--expires-in", "50", "--as", "dave"]);
	let amended = ok(&["patient", "consents", "dave", "--json"]).json();
	assert!(amended["grants"][0]["expiresAt"].as_u64().unwrap() < expiry, "{amended}");
	assert!(ok(&["patient", "requests", "dave", "--json"]).json()["requests"]
		.as_array()
		.unwrap()
		.is_empty());
	// A guardian named and removed; emergency access opened (only the justification's hash on
	// chain); no records yet.
	ok(&["patient", "add-guardian", "charlie", "--as", "dave"]);
	ok(&["patient", "remove-guardian", "charlie", "--as", "dave"]);
	let emergency = ok(&[
		"physician",
		"emergency",
		"--patient",
		"dave",
		"--hospital",
		"bob",
		"--justification",
		"unconscious on arrival",
		"--as",
		"charlie",
		"--json",
	])
	.json();
	assert!(emergency["events"]
		.as_array()
		.unwrap()
		.contains(&"Consent.EmergencyAccessOpened".into()));
	let records =
		ok(&["physician", "records", "--patient", "dave", "--category", "vital-signs", "--json"]);
	assert_eq!(records.json()["records"], serde_json::json!([]));
	let own = ok(&["patient", "records", "dave", "--category", "vital-signs", "--json"]);
	assert_eq!(own.json()["records"], serde_json::json!([]));
	// A hospital cannot suspend its physician chain-wide: the physician's standing at other
	// hospitals is governance's. Refused by name; the physician stays active.
	let run = cli(&["hospital", "suspend", "charlie", "--as", "bob"]);
	assert!(!run.ok && run.stderr.contains("Registry::NotPermitted"), "{}", run.stderr);
	// Moving a device to someone who is not a patient: the chain's named error.
	let run = cli(&[
		"hospital",
		"move-device",
		"charlie",
		"--patient",
		"charlie",
		"--hospital",
		"bob",
		"--as",
		"bob",
	]);
	assert!(!run.ok && run.stderr.contains("Registry::"), "{}", run.stderr);

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
	// Plain ws:// to another machine is refused unless the user accepts it; an empty passphrase
	// is refused, and nothing is stored.
	let plain = carechain(&keystore, "ws://0.0.0.0:9", "correct horse", &["status"]);
	assert!(
		!plain.ok && plain.stderr.contains("plain ws:// to another machine"),
		"{}",
		plain.stderr
	);
	let accepted =
		carechain(&keystore, "ws://0.0.0.0:9", "correct horse", &["status", "--insecure"]);
	assert!(
		!accepted.ok && accepted.stderr.contains("cannot reach a CareChain node"),
		"{}",
		accepted.stderr
	);
	let empty = carechain(&keystore, &node.ws_url(), "", &["key", "generate", "nobody"]);
	assert!(!empty.ok && empty.stderr.contains("empty passphrase"), "{}", empty.stderr);
	assert!(!keystore.join("nobody.json").exists());
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

	// A physician is revoked by governance, not by a hospital: the chain's named error.
	let run = cli(&["hospital", "revoke", "charlie", "--as", "bob"]);
	assert!(!run.ok && run.stderr.contains("Registry::NotPermitted"), "{}", run.stderr);
}

fn hex_decode(text: &str) -> Vec<u8> {
	(0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
}

fn hex_encode(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The story, through the CLI only: a hospital registers a physician and a device; a
/// patient registers; the device sends 20 readings; the patient grants the physician read access
/// to vital signs; the physician reads, decrypts and verifies them; the patient revokes; the
/// physician is refused; the patient's audit trail lists the physician's reads and the refusal.
/// Then the device floods, is quarantined, and its hospital sees the alert and reinstates it.
#[tokio::test(flavor = "multi_thread")]
async fn the_whole_story_through_the_cli() {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start_authoring(NodeConfig::dev_authority(dir.path())).await;
	let keystore = dir.path().join("keystore");
	let store = dir.path().join("blobs");
	let store = store.to_str().unwrap();
	let url = node.ws_url();
	let cli = |args: &[&str]| carechain(&keystore, &url, "correct horse", args);
	let ok = |args: &[&str]| {
		let run = cli(args);
		assert!(run.ok, "carechain {}: {}", args.join(" "), run.stderr);
		run
	};

	for (name, seed) in
		[("alice", "//Alice"), ("bob", "//Bob"), ("charlie", "//Charlie"), ("dave", "//Dave")]
	{
		ok(&["key", "import", name, "--suri", seed]);
	}
	// The device's account is fresh; Alice funds it for its fees.
	ok(&["key", "generate", "monitor"]);
	for name in [
		"bob-rsa",
		"charlie-rsa",
		"dave-rsa",
		"monitor-rsa",
		"monitor-signing-old",
		"monitor-signing",
	] {
		ok(&["key", "generate", name, "--kind", "rsa"]);
	}
	let monitor =
		cli(&["key", "export", "monitor", "--json"]).json()["public"].as_str().unwrap().to_string();
	node.execute(
		&dev_pair("Alice"),
		runtime::RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: monitor.parse::<AccountId>().unwrap().into(),
			value: 1_000 * runtime::UNIT,
		}),
	)
	.await;

	ok(&["hospital", "admit", "bob", "--encryption-key", "bob-rsa", "--as", "alice"]);
	ok(&[
		"hospital",
		"register-physician",
		"charlie",
		"--encryption-key",
		"charlie-rsa",
		"--as",
		"bob",
	]);
	ok(&["patient", "register", "--encryption-key", "dave-rsa", "--as", "dave"]);
	ok(&[
		"hospital",
		"register-device",
		"monitor",
		"--patient",
		"dave",
		"--encryption-key",
		"monitor-rsa",
		"--signing-key",
		"monitor-signing-old",
		"--as",
		"bob",
	]);
	// The hospital replaces the device's signing key (the device may not): the readings below
	// verify against the new one.
	ok(&[
		"hospital",
		"rotate-device-key",
		"monitor",
		"--signing-key",
		"monitor-signing",
		"--as",
		"bob",
	]);
	ok(&["patient", "rotate-key", "--category", "vital-signs", "--as", "dave"]);

	// 20 readings.
	let run = ok(&[
		"device",
		"simulate",
		"--patient",
		"dave",
		"--count",
		"20",
		"--interval-ms",
		"0",
		"--rsa",
		"monitor-rsa",
		"--signing-rsa",
		"monitor-signing",
		"--store",
		store,
		"--as",
		"monitor",
		"--json",
	]);
	let records = run.json()["records"].as_array().unwrap().clone();
	assert_eq!(records.len(), 20);
	let listed = ok(&["patient", "records", "dave", "--category", "vital-signs", "--json"]).json();
	assert_eq!(listed["records"].as_array().unwrap().len(), 20, "{listed}");
	// Only ciphertext in the store.
	for entry in std::fs::read_dir(store).unwrap() {
		let bytes = std::fs::read(entry.unwrap().path()).unwrap();
		assert!(!String::from_utf8_lossy(&bytes).contains("heart_rate"));
	}

	// The grant, with the key shared; the physician reads, decrypts and verifies all 20.
	let grant = ok(&[
		"patient",
		"grant",
		"charlie",
		"--category",
		"vital-signs",
		"--rsa",
		"dave-rsa",
		"--as",
		"dave",
		"--json",
	])
	.json()["grant"]
		.as_u64()
		.unwrap();
	let read = [
		"physician",
		"read",
		"--patient",
		"dave",
		"--category",
		"vital-signs",
		"--rsa",
		"charlie-rsa",
		"--store",
		store,
		"--as",
		"charlie",
		"--json",
	];
	let opened = ok(&read).json();
	let opened = opened["records"].as_array().unwrap();
	assert_eq!(opened.len(), 20);
	for record in opened {
		assert_eq!(record["verified"], true);
		let reading: Value = serde_json::from_str(record["plaintext"].as_str().unwrap()).unwrap();
		let heart_rate = reading["heart_rate_bpm"].as_f64().unwrap();
		assert!((50.0..100.0).contains(&heart_rate), "{reading}");
	}

	// Revoked (and the key rotated): refused, with a non-zero exit.
	ok(&["patient", "revoke", &grant.to_string(), "--rotate", "vital-signs", "--as", "dave"]);
	let refused = cli(&read);
	assert!(!refused.ok);
	assert!(refused.stderr.contains("20 of 20 record(s) refused"), "{}", refused.stderr);
	assert!(refused.stdout.contains("NoConsent"), "{}", refused.stdout);

	// The audit trail: the physician's reads and the refusals.
	let charlie = id_of(&dev_pair("Charlie")).to_string();
	let trail = ok(&["patient", "audit", "dave", "--json"]).json();
	let entries = trail["entries"].as_array().unwrap();
	let by_charlie = |decision: &str| {
		entries
			.iter()
			.filter(|e| {
				e["accessor"] == charlie && e["decision"].as_str().unwrap().starts_with(decision)
			})
			.count()
	};
	assert!(by_charlie("Granted") > 0, "{trail}");
	assert_eq!(by_charlie("Denied"), 20, "{trail}");

	// The full accounting of disclosures, from the chain's events: the grant, every read
	// decision, the revocation, each with its block and time; as JSON and as CSV.
	let export = ok(&["patient", "audit", "dave", "--export", "json"]).json();
	let lines = export["disclosures"].as_array().unwrap();
	let of = |event: &str, outcome: &str| {
		lines
			.iter()
			.filter(|line| {
				line["event"] == event
					&& line["who"] == charlie
					&& line["outcome"].as_str().unwrap().starts_with(outcome)
			})
			.count()
	};
	assert_eq!(of("grant", "grant"), 1, "{export}");
	assert_eq!(of("revoke", "grant"), 1, "{export}");
	assert_eq!(of("access", "Granted"), by_charlie("Granted"), "{export}");
	assert!(of("access", "Denied") >= 20, "{export}");
	assert!(lines.iter().all(|line| line["time"].as_u64().unwrap() > 0));
	let csv_path = dir.path().join("disclosures.csv");
	ok(&["patient", "audit", "dave", "--export", "csv", "--out", csv_path.to_str().unwrap()]);
	let csv = std::fs::read_to_string(&csv_path).unwrap();
	assert!(csv.starts_with("block,time,event,who,category,action,purpose,outcome\n"));
	assert!(csv.lines().count() >= lines.len() + 1, "{csv}");
	let backwards =
		cli(&["patient", "audit", "dave", "--export", "json", "--from", "9", "--to", "3"]);
	assert!(!backwards.ok && backwards.stderr.contains("no block to walk"), "{}", backwards.stderr);

	// The device misbehaves: after a baseline of one reading per block, 45 at once (the chain's
	// windows are 20 readings). The chain quarantines it and the pool refuses the rest; its
	// hospital sees the alert and reinstates it.
	let flood = ok(&[
		"device",
		"simulate",
		"--patient",
		"dave",
		"--count",
		"45",
		"--flood",
		"--rsa",
		"monitor-rsa",
		"--signing-rsa",
		"monitor-signing",
		"--store",
		store,
		"--as",
		"monitor",
		"--json",
	])
	.json();
	let refused = flood["refused"].as_array().unwrap();
	assert!(!refused.is_empty(), "{flood}");
	assert!(refused[0].as_str().unwrap().contains("custom error: 100"), "{flood}");
	let alerts = ok(&["hospital", "alerts", "--json"]).json();
	assert_eq!(alerts["quarantined"][0]["device"], monitor, "{alerts}");
	ok(&["hospital", "reinstate", "monitor", "--as", "bob"]);
	assert_eq!(ok(&["hospital", "alerts", "--json"]).json()["quarantined"], serde_json::json!([]));

	// The hospital revokes the device for good.
	let revoked = ok(&["hospital", "revoke", "monitor", "--as", "bob", "--json"]).json();
	assert!(revoked["events"].as_array().unwrap().contains(&"Registry.ParticipantRevoked".into()));
}

/// The council through the CLI, on a dev chain (council: Alice, Bob, Charlie; two thirds is 2
/// of 3): Alice sends Eve CARE; Eve's node keys are registered (`hospital set-session-keys`); a motion admits Eve;
/// a non-member's vote and an early close are refused; Bob's aye carries it, anyone closes it,
/// and Eve is a hospital with a council seat. A second motion removes her again (3 of 4), and
/// an authorized upgrade whose code is not newer is refused when applied.
#[tokio::test(flavor = "multi_thread")]
async fn the_council_decides_by_motion_through_the_cli() {
	use codec::Encode;
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start_authoring(NodeConfig::dev_authority(dir.path())).await;
	let keystore = dir.path().join("keystore");
	let url = node.ws_url();
	// In a best block is enough here: each step checks the state it needs.
	let cli = |args: &[&str]| {
		carechain(&keystore, &url, "correct horse", &[args, &["--wait", "in-block"]].concat())
	};
	let ok = |args: &[&str]| {
		let run = cli(args);
		assert!(run.ok, "carechain {}: {}", args.join(" "), run.stderr);
		run
	};
	let refused = |args: &[&str], error: &str| {
		let run = cli(args);
		assert!(
			!run.ok && run.stderr.contains(error),
			"carechain {}: {}",
			args.join(" "),
			run.stderr
		);
	};
	for (name, seed) in
		[("alice", "//Alice"), ("bob", "//Bob"), ("charlie", "//Charlie"), ("eve", "//Eve")]
	{
		ok(&["key", "import", name, "--suri", seed]);
	}
	ok(&["key", "generate", "eve-rsa", "--kind", "rsa"]);
	let eve = id_of(&dev_pair("Eve"));
	let members = |show: &Value| show["members"].as_array().unwrap().len();

	let show = ok(&["council", "show", "--json"]).json();
	assert_eq!((members(&show), show["twoThirds"].as_u64()), (3, Some(2)));
	assert!(show["motions"].as_array().unwrap().is_empty());

	// Funds for Eve's one paid call: CARE from Alice.
	let free = || -> u128 {
		ok(&["account", "balance", "eve", "--json"]).json()["free"]
			.as_str()
			.unwrap()
			.parse()
			.unwrap()
	};
	let before = free();
	ok(&["account", "transfer", "eve", "1.5", "--as", "alice"]);
	assert_eq!(free(), before + 1_500_000_000_000);
	refused(&["account", "transfer", "eve", "1.2.3", "--as", "alice"], "is not an amount of CARE");

	// A motion whose call fails is a failure, and changes nothing: Eve's validator cannot be
	// added before her node's keys are registered (the batch is all or nothing).
	let admit = &["council", "admit-hospital", "eve", "--encryption-key", "eve-rsa"];
	let proposed = ok(&[&admit[..], &["--validator", "--as", "alice", "--json"]].concat()).json();
	let motion = proposed["motion"].as_str().unwrap().to_string();
	ok(&["council", "vote", &motion, "--as", "bob"]);
	refused(&["council", "close", &motion, "--as", "eve"], "Consortium::NoSessionKeys");
	assert!(profile(&node, &eve).await.is_none(), "nothing of the failed motion stays");

	// Eve's node keys, made by the node and registered with their proof; only a node on this
	// machine may make them.
	refused(
		&["hospital", "set-session-keys", "--keys-node", "ws://10.1.2.3:9944", "--as", "eve"],
		"on this machine",
	);
	ok(&["hospital", "set-session-keys", "--keys-node", &url, "--as", "eve"]);
	let keys: Option<runtime::SessionKeys> = node
		.storage(pallet_session::NextKeys::<runtime::Runtime>::hashed_key_for(&eve), None)
		.await;
	let keys = keys.expect("Eve's session keys are registered");
	let has = node
		.call("author_hasSessionKeys", rpc_params![format!("0x{}", hex_encode(&keys.encode()))])
		.await;
	assert_eq!(has, Value::Bool(true), "the node holds the private halves");

	// The admission motion (with her node; not her validator: the dev chain has one validator,
	// below the consortium's minimum of three, so no validator could be removed again).
	let peer = "12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq";
	let proposed =
		ok(&[&admit[..], &["--peer-id", peer, "--as", "alice", "--json"]].concat()).json();
	let admission = proposed["motion"].as_str().unwrap().to_string();
	let show = ok(&["council", "show", "--json"]).json();
	assert_eq!(show["motions"][0]["motion"], admission.as_str());
	assert_eq!(show["motions"][0]["threshold"].as_u64(), Some(2), "two thirds of 3, on chain");
	assert_eq!(show["motions"][0]["ayes"][0], id_of(&dev_pair("Alice")).to_string());
	assert_eq!(proposed["ayes"], 1);

	refused(&["council", "vote", &admission, "--as", "eve"], "HospitalCouncil::NotMember");
	refused(&["council", "close", &admission, "--as", "eve"], "HospitalCouncil::TooEarly");
	refused(&["council", "vote", "0x12", "--as", "bob"], "is not a motion hash");
	let nothing = format!("0x{}", "00".repeat(32));
	refused(&["council", "vote", &nothing, "--as", "bob"], "no open motion");
	refused(
		&[&admit[..], &["--peer-id", "12D3nope", "--as", "alice"]].concat(),
		"is not a peer id",
	);

	// An upgrade motion proposed while the council has three seats: two ayes would carry it.
	let wasm = dir.path().join("runtime.wasm");
	// Compressed as a release build's is: the test profile's wasm is larger than a block.
	let code = sp_maybe_compressed_blob::decompress(runtime::WASM_BINARY.unwrap(), 50 << 20)
		.expect("the runtime's wasm");
	let code = sp_maybe_compressed_blob::compress_strongly(&code, 50 << 20).expect("compresses");
	std::fs::write(&wasm, code).unwrap();
	let wasm = wasm.to_str().unwrap();
	let authorize = ["council", "authorize-upgrade", "--wasm", wasm, "--as", "alice", "--json"];
	let upgrade = ok(&authorize).json()["motion"].as_str().unwrap().to_string();

	// Bob's aye carries the admission; anyone closes it.
	ok(&["council", "vote", &admission, "--as", "bob"]);
	let closed = ok(&["council", "close", &admission, "--as", "eve", "--json"]).json();
	let events = closed["events"].to_string();
	for event in [
		"HospitalCouncil.Executed",
		"Registry.HospitalAdmitted",
		"HospitalMembership.MemberAdded",
		"NodeAuthorization.NodeAdded",
	] {
		assert!(events.contains(event), "{event} in {events}");
	}
	let eve_profile = profile(&node, &eve).await.expect("Eve is registered");
	assert_eq!((eve_profile.role, eve_profile.status), (Role::Hospital, Status::Active));
	assert_eq!(members(&ok(&["council", "show", "--json"]).json()), 4);
	refused(&["council", "close", &admission, "--as", "eve"], "no open motion");

	// The council has four seats now: the upgrade's two ayes meet the threshold it was proposed
	// with, but are not two thirds; closing is refused (it would fail and use the motion up)
	// until a third member votes aye.
	ok(&["council", "vote", &upgrade, "--as", "charlie"]);
	let show = ok(&["council", "show", "--json"]).json();
	assert_eq!(show["motions"][0]["twoThirdsOfSeatsNow"], false);
	refused(&["council", "close", &upgrade, "--as", "bob"], "are not two thirds");
	ok(&["council", "vote", &upgrade, "--as", "bob"]);
	let closed = ok(&["council", "close", &upgrade, "--as", "bob", "--json"]).json();
	assert!(closed["events"].to_string().contains("Consortium.UpgradeAuthorizedByConsortium"));

	// Removing her: two thirds of four seats is three; the CLI finds her node and seat itself.
	let proposed = ok(&["council", "remove-hospital", "eve", "--as", "alice", "--json"]).json();
	assert_eq!(proposed["threshold"].as_u64(), Some(3));
	let removal = proposed["motion"].as_str().unwrap().to_string();
	ok(&["council", "vote", &removal, "--as", "bob"]);
	ok(&["council", "vote", &removal, "--as", "charlie"]);
	let closed = ok(&["council", "close", &removal, "--as", "charlie", "--json"]).json();
	let events = closed["events"].to_string();
	for event in ["NodeAuthorization.NodeRemoved", "HospitalMembership.MemberRemoved"] {
		assert!(events.contains(event), "{event} in {events}");
	}
	assert_eq!(profile(&node, &eve).await.map(|p| p.status), Some(Status::Revoked));
	assert_eq!(members(&ok(&["council", "show", "--json"]).json()), 3);

	// A disapproved motion: two nays of three seats, and closing says so.
	let again = ok(&authorize).json()["motion"].as_str().unwrap().to_string();
	ok(&["council", "vote", &again, "--nay", "--as", "bob"]);
	ok(&["council", "vote", &again, "--nay", "--as", "charlie"]);
	refused(&["council", "close", &again, "--as", "bob"], "disapproved");

	// The authorized code is the running runtime's own: frame-system refuses it, since its
	// spec_version is not higher, and drops the authorization.
	let apply = ["council", "apply-upgrade", "--wasm", wasm, "--as", "eve"];
	refused(&apply, "SpecVersionNeedsToIncrease");
	refused(&apply, "System::NothingAuthorized");
}
