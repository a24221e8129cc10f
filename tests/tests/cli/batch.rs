//! Batched anchoring end to end, through the CLI on a dev node: a device seals 40 readings, each
//! in its own envelope, and anchors them as one batch (one signature, one record of their Merkle
//! root); the patient's records list one record; a physician with consent reads and decrypts all
//! 40, each checked against its hash and the manifest against the root; each reading is proven
//! against the chain (`RecordsApi::verify_reading`); a reading out of the batch, an altered
//! envelope and an altered manifest are refused by name.

use carechain_e2e::{carechain, dev_pair, runtime, Node, NodeConfig};
use carechain_primitives::batch::proof_length;
use runtime::AccountId;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread")]
async fn a_batch_of_readings_is_one_record_and_each_reading_is_proven() {
	let dir = tempfile::tempdir().unwrap();
	let node = Node::start_authoring(NodeConfig::dev_authority(dir.path())).await;
	let keystore = dir.path().join("keystore");
	let store_dir = dir.path().join("blobs");
	let store = store_dir.to_str().unwrap();
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
	ok(&["key", "generate", "monitor"]);
	for name in ["bob-rsa", "charlie-rsa", "dave-rsa", "monitor-rsa", "monitor-signing"] {
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
		"monitor-signing",
		"--as",
		"bob",
	]);
	ok(&["patient", "rotate-key", "--category", "vital-signs", "--as", "dave"]);
	ok(&["patient", "grant", "charlie", "--category", "vital-signs", "--rsa", "dave-rsa"]
		.iter()
		.copied()
		.chain(["--as", "dave"])
		.collect::<Vec<_>>());

	// More readings than the chain takes in a batch: refused before anything is sealed or paid.
	let too_many = cli(&[
		"device",
		"simulate",
		"--patient",
		"dave",
		"--count",
		"16385",
		"--batch",
		"--rsa",
		"monitor-rsa",
		"--signing-rsa",
		"monitor-signing",
		"--store",
		store,
		"--as",
		"monitor",
	]);
	assert!(!too_many.ok);
	assert!(
		too_many.stderr.contains("the chain takes at most 16384 in one"),
		"{}",
		too_many.stderr
	);
	assert!(!store_dir.exists() || std::fs::read_dir(store).unwrap().count() == 0);

	// 40 readings, one anchor.
	let anchored = ok(&[
		"device",
		"simulate",
		"--patient",
		"dave",
		"--count",
		"40",
		"--batch",
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
	assert_eq!(anchored["readings"], 40, "{anchored}");
	let record = anchored["batch"].as_u64().unwrap();
	let root = anchored["root"].as_str().unwrap().to_string();
	let listed = ok(&["patient", "records", "dave", "--category", "vital-signs", "--json"]).json();
	let listed = listed["records"].as_array().unwrap();
	assert_eq!(listed.len(), 1, "one record for the batch: {listed:?}");
	assert_eq!(listed[0]["contentHash"], format!("0x{root}"), "the record's hash is the root");
	// 40 envelopes and a manifest in the store, no plaintext.
	let blobs: Vec<_> = std::fs::read_dir(store).unwrap().map(|e| e.unwrap().path()).collect();
	assert_eq!(blobs.len(), 41);
	for blob in &blobs {
		assert!(!String::from_utf8_lossy(&std::fs::read(blob).unwrap()).contains("heart_rate"));
	}

	// The physician reads the batch: every reading opened and checked.
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
	assert_eq!(opened.len(), 1, "{opened:?}");
	assert_eq!(opened[0]["verified"], true);
	let readings = opened[0]["batch"].as_array().unwrap();
	assert_eq!(readings.len(), 40);
	for reading in readings {
		let reading: Value = serde_json::from_str(reading.as_str().unwrap()).unwrap();
		let heart_rate = reading["heart_rate_bpm"].as_f64().unwrap();
		assert!((50.0..100.0).contains(&heart_rate), "{reading}");
	}

	// Each reading proven against the chain, with as many sibling hashes as its index needs.
	let mut hashes = std::collections::HashSet::new();
	for index in [0u32, 1, 17, 38, 39] {
		let proven = ok(&[
			"patient",
			"prove-reading",
			&record.to_string(),
			"--index",
			&index.to_string(),
			"--store",
			store,
			"--json",
		])
		.json();
		assert_eq!(proven["verified"], true, "{proven}");
		assert_eq!(proven["readings"], 40);
		assert_eq!(
			proven["siblings"].as_array().unwrap().len(),
			proof_length(40, index).unwrap(),
			"{proven}"
		);
		let reading = proven["reading"].as_str().unwrap().to_string();
		assert!(store_dir.join(&reading).exists(), "the reading's envelope is in the store");
		hashes.insert(reading);
	}
	assert_eq!(hashes.len(), 5, "five readings, five hashes");
	let beyond = cli(&["patient", "prove-reading", &record.to_string(), "--index", "40"]
		.iter()
		.copied()
		.chain(["--store", store])
		.collect::<Vec<_>>());
	assert!(!beyond.ok);
	assert!(beyond.stderr.contains("a batch of 40 readings: no reading 40"), "{}", beyond.stderr);

	// An altered envelope: the read names it. An altered manifest: no proof.
	let victim = hashes.iter().next().unwrap().clone();
	let envelope = store_dir.join(&victim);
	let original = std::fs::read(&envelope).unwrap();
	let mut altered = original.clone();
	let last = altered.len() - 1;
	altered[last] ^= 1;
	std::fs::write(&envelope, &altered).unwrap();
	// The read was granted (and audited), the batch not opened: this record's failure, named.
	let refused = cli(&read);
	assert!(!refused.ok);
	assert!(
		refused.stderr.contains("1 of 1 record(s) granted but not opened"),
		"{}",
		refused.stderr
	);
	assert!(
		refused.stdout.contains("an envelope is not in the store or was altered"),
		"{}",
		refused.stdout
	);
	std::fs::write(&envelope, &original).unwrap();
	let manifest =
		blobs.iter().find(|path| is_manifest(path)).expect("the manifest is in the store").clone();
	let mut bytes = std::fs::read(&manifest).unwrap();
	bytes[5] ^= 1;
	std::fs::write(&manifest, &bytes).unwrap();
	let unproven = cli(&["patient", "prove-reading", &record.to_string(), "--store", store]);
	assert!(!unproven.ok);
	assert!(
		unproven.stderr.contains("manifest is not in the store or was altered"),
		"{}",
		unproven.stderr
	);
}

/// Whether the blob at `path` is a batch manifest: the SCALE encoding of 40 hashes (a compact
/// length of 40, then 40 × 32 bytes).
fn is_manifest(path: &std::path::Path) -> bool {
	let bytes = std::fs::read(path).unwrap();
	bytes.len() == 1 + 40 * 32 && bytes[0] == 40 << 2
}
