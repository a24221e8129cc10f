//! The load generator (`carechain load`) against a real dev node: a load set is prepared from a
//! pre-funded account (idempotently), then many devices anchor sealed readings at once; every
//! reading it reports anchored is on chain under its patient with its ciphertext in the store.
//! A set never prepared, a hospital never admitted and a set reshaped since (a device moved to
//! another patient) are refused by name.

use carechain_e2e::{carechain, dev_pair, id_of, Node, NodeConfig};

#[tokio::test(flavor = "multi_thread")]
async fn many_devices_anchor_at_once_from_a_prepared_set() {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start_authoring(NodeConfig::dev_authority(dir.path())).await;
	let keystore = dir.path().join("keystore");
	let store = dir.path().join("blobs");
	let url = node.ws_url();
	let cli = |args: &[&str]| carechain(&keystore, &url, "load test", args);
	let ok = |args: &[&str]| {
		let run = cli(args);
		assert!(run.ok, "carechain {}: {}", args.join(" "), run.stderr);
		run
	};

	ok(&["key", "import", "alice", "--suri", "//Alice"]);
	ok(&["key", "import", "bob", "--suri", "//Bob"]);
	ok(&["key", "generate", "bob-rsa", "--kind", "rsa"]);
	ok(&["key", "generate", "load-rsa", "--kind", "rsa"]);
	let set = ["--devices", "12", "--devices-per-patient", "4"];
	let prepare = |hospital: &str| {
		let mut args = vec!["load", "prepare", "--rsa", "load-rsa", "--funder", "alice"];
		args.extend(["--hospital", hospital, "--json"]);
		args.extend(set);
		cli(&args)
	};

	// A hospital must be admitted before it registers anything; nothing is spent before.
	let refused = prepare("bob");
	assert!(!refused.ok);
	assert!(refused.stderr.contains("is not an active hospital"), "{}", refused.stderr);
	assert_eq!(refused.json()["error"].as_str().map(|e| e.contains("admit it first")), Some(true));

	ok(&["hospital", "admit", "bob", "--encryption-key", "bob-rsa", "--as", "alice"]);
	let prepared = prepare("bob");
	assert!(prepared.ok, "{}", prepared.stderr);
	assert_eq!(
		prepared.json(),
		serde_json::json!({
			"funded": 15, "patients_registered": 3, "devices_registered": 12, "keys_rotated": 3
		})
	);
	// Again: everything is in place, nothing is done or paid twice.
	let again = prepare("bob");
	assert!(again.ok, "{}", again.stderr);
	assert_eq!(
		again.json(),
		serde_json::json!({
			"funded": 0, "patients_registered": 0, "devices_registered": 0, "keys_rotated": 0
		})
	);

	// A set nobody prepared is refused before anything is sent.
	let store_arg = store.to_str().unwrap();
	let unprepared = cli(&[
		"load",
		"run",
		"--seed",
		"//Unprepared",
		"--devices",
		"2",
		"--rsa",
		"load-rsa",
		"--store",
		store_arg,
		"--duration-secs",
		"5",
	]);
	assert!(!unprepared.ok);
	assert!(unprepared.stderr.contains("run `carechain load prepare`"), "{}", unprepared.stderr);

	// Twelve devices over two connections, a reading every two seconds each, for 24 s.
	let mut args = vec!["load", "run", "--rsa", "load-rsa", "--store", store_arg, "--json"];
	args.extend(["--rate", "0.5", "--duration-secs", "24", "--connections", "2"]);
	args.extend(set);
	let report = ok(&args).json();
	let submitted = report["submitted"].as_u64().unwrap();
	// 12 devices × 12 ticks, give or take the last tick of each.
	assert!((120..=144).contains(&submitted), "{report}");
	assert_eq!(report["anchored"].as_u64(), Some(submitted), "{report}");
	assert_eq!(report["unconfirmed"], 0, "{report}");
	assert_eq!(report["refused"], serde_json::json!({}), "{report}");
	assert_eq!(report["quarantined"], serde_json::json!([]), "{report}");
	assert_eq!(report["devices"], 12);
	assert_eq!(report["connections"], 2);
	let blocks = &report["blocks"];
	assert!(blocks["count"].as_u64().unwrap() >= 6, "{report}");
	assert!(blocks["mostInOne"].as_u64().unwrap() < submitted, "{report}");
	assert!(report["anchorsPerSec"].as_f64().unwrap() > 3.0, "{report}");
	let latency = &report["latencyMs"];
	assert!(latency["p50"].as_u64().unwrap() > 0, "{report}");
	assert!(latency["p50"].as_u64() <= latency["p95"].as_u64(), "{report}");
	assert!(latency["p95"].as_u64() <= latency["max"].as_u64(), "{report}");

	// What the generator counted is what the chain holds: each patient's records come from its
	// own four devices, and every envelope is in the store.
	let mut on_chain = 0;
	for j in 0..3 {
		let patient = id_of(&dev_pair(&format!("CareChainLoad//patient//{j}")));
		let devices: Vec<String> = (j * 4..j * 4 + 4)
			.map(|i| id_of(&dev_pair(&format!("CareChainLoad//device//{i}"))).to_string())
			.collect();
		let listed = ok(&[
			"patient",
			"records",
			&patient.to_string(),
			"--category",
			"vital-signs",
			"--json",
		])
		.json();
		let records = listed["records"].as_array().unwrap();
		assert!(!records.is_empty());
		for record in records {
			assert!(devices.contains(&record["author"].as_str().unwrap().to_string()), "{record}");
			assert_eq!(record["keyEpoch"], 1);
		}
		on_chain += records.len() as u64;
	}
	assert_eq!(on_chain, submitted);
	assert_eq!(std::fs::read_dir(&store).unwrap().count() as u64, submitted);

	// The hospital moves device 0 to patient 1 (`hospital move-device`); the set no longer has
	// the shape it was made with, and preparing it again says so instead of paying for anything.
	let device = id_of(&dev_pair("CareChainLoad//device//0")).to_string();
	let patient = id_of(&dev_pair("CareChainLoad//patient//1")).to_string();
	let moved = ok(&[
		"hospital",
		"move-device",
		&device,
		"--patient",
		&patient,
		"--hospital",
		"bob",
		"--as",
		"bob",
		"--json",
	])
	.json();
	assert_eq!(moved["events"], serde_json::json!(["Registry.DeviceMoved"]), "{moved}");
	let reshaped = prepare("bob");
	assert!(!reshaped.ok);
	assert!(
		reshaped.stderr.contains(&format!("device 0 ({device}) is registered otherwise")),
		"{}",
		reshaped.stderr
	);
}
