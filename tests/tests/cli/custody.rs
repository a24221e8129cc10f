//! Threshold custody end to end, through the CLI on a dev node: three custodian hospitals (Bob,
//! Eve, Ferdie) each run their custodian service (`carechain hospital custody`, a process of its
//! own); the patient (Dave) names them, 2 of 3, and goes offline; the device seals in custody.
//! Then the five properties of issue 16: no read without a grant (and the audit entry); a grant
//! opens the records and its expiry closes them, with the patient offline; a grant to a hospital
//! covers its physician; an emergency access opens them while it lasts and not after; with one
//! custodian stopped reads still work, with two they are refused by name. A batch is sealed in
//! custody too (issue 17): one record, one release per custodian, every reading opened.

use std::process::{Child, Command};

use carechain_e2e::{carechain, client_binary, dev_pair, id_of, runtime, Node, NodeConfig};
use serde_json::Value;

/// A custodian service running as its own process, its output in a file.
struct Custodian {
	child: Child,
	log: std::path::PathBuf,
}

impl Custodian {
	fn start(dir: &std::path::Path, url: &str, name: &str, store: &str) -> Custodian {
		let log = dir.join(format!("{name}-custody.log"));
		let child = Command::new(client_binary())
			.args(["hospital", "custody", "--rsa", &format!("{name}-rsa"), "--store", store])
			.args(["--as", name])
			.env("CARECHAIN_KEYSTORE", dir.join("keystore"))
			.env("CARECHAIN_URL", url)
			.env("CARECHAIN_PASSPHRASE", "correct horse")
			.stdout(std::fs::File::create(&log).unwrap())
			.stderr(std::fs::File::create(dir.join(format!("{name}-custody.err"))).unwrap())
			.spawn()
			.expect("the custodian service starts");
		Custodian { child, log }
	}

	fn released(&self) -> usize {
		std::fs::read_to_string(&self.log).unwrap_or_default().matches("released record").count()
	}

	fn stop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

impl Drop for Custodian {
	fn drop(&mut self) {
		self.stop();
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn custodians_release_shares_only_for_reads_consent_grants() {
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
	// Steps whose outcome the next one reads at the best block wait only for a best block; the
	// device's registration is waited for until final, and with it every step before (the
	// device seals to the custodian set it reads at the finalized block).
	let quick = |args: &[&str]| ok(&[&["--wait", "in-block"], args].concat());

	for (name, seed) in [
		("alice", "//Alice"),
		("bob", "//Bob"),
		("charlie", "//Charlie"),
		("dave", "//Dave"),
		("eve", "//Eve"),
		("ferdie", "//Ferdie"),
	] {
		ok(&["key", "import", name, "--suri", seed]);
	}
	// The device and two more physicians are fresh accounts; Alice funds them, in one batch.
	let mut transfers = Vec::new();
	for name in ["monitor", "erin", "frank"] {
		ok(&["key", "generate", name]);
		let public =
			cli(&["key", "export", name, "--json"]).json()["public"].as_str().unwrap().to_string();
		transfers.push(runtime::RuntimeCall::Balances(
			pallet_balances::Call::transfer_keep_alive {
				dest: public.parse::<runtime::AccountId>().unwrap().into(),
				value: 1_000 * runtime::UNIT,
			},
		));
	}
	node.execute(
		&dev_pair("Alice"),
		runtime::RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: transfers }),
	)
	.await;
	for name in ["bob", "eve", "ferdie", "charlie", "erin", "frank", "dave", "monitor"] {
		ok(&["key", "generate", &format!("{name}-rsa"), "--kind", "rsa"]);
	}
	ok(&["key", "generate", "monitor-signing", "--kind", "rsa"]);

	for hospital in ["bob", "eve", "ferdie"] {
		let key = format!("{hospital}-rsa");
		quick(&["hospital", "admit", hospital, "--encryption-key", &key, "--as", "alice"]);
	}
	for (physician, hospital) in [("charlie", "bob"), ("erin", "eve"), ("frank", "ferdie")] {
		let key = format!("{physician}-rsa");
		quick(&[
			"hospital",
			"register-physician",
			physician,
			"--encryption-key",
			&key,
			"--as",
			hospital,
		]);
	}
	// The patient registers and names its custodians in one transaction.
	quick(&[
		"patient",
		"register",
		"--encryption-key",
		"dave-rsa",
		"--custodian",
		"bob",
		"--custodian",
		"eve",
		"--custodian",
		"ferdie",
		"--threshold",
		"2",
		"--as",
		"dave",
	]);
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
	let mut custodians: Vec<Custodian> = ["bob", "eve", "ferdie"]
		.iter()
		.map(|name| Custodian::start(dir.path(), &url, name, store))
		.collect();

	// The device seals three readings in custody, the patient offline: no category key exists.
	let simulate = |how: &[&str]| {
		let device =
			["--rsa", "monitor-rsa", "--signing-rsa", "monitor-signing", "--as", "monitor"];
		ok(&[
			&["device", "simulate", "--patient", "dave"],
			how,
			&device,
			&["--store", store, "--json"],
		]
		.concat())
		.json()
	};
	let run = simulate(&["--count", "3", "--interval-ms", "0"]);
	assert_eq!(run["records"].as_array().unwrap().len(), 3);
	// And four more as one batch, in custody: one record, its key sealed for the custodians.
	let batch = simulate(&["--count", "4", "--batch"]);
	assert_eq!(batch["readings"], 4, "{batch}");

	let read = |physician: &str, emergency: bool| {
		let rsa = format!("{physician}-rsa");
		// In a best block, not finalized: the reads' outcomes and the releases are in its events
		// either way (and this saves each read two or three blocks).
		let mut args = vec![
			"--wait",
			"in-block",
			"physician",
			"read",
			"--patient",
			"dave",
			"--category",
			"vital-signs",
			"--rsa",
			&rsa,
			"--store",
			store,
			"--as",
			physician,
			"--json",
		];
		if emergency {
			args.push("--emergency");
		}
		cli(&args)
	};
	// Three records of one reading and the batch of four, every reading opened.
	let opened = |run: &carechain_e2e::CliRun| {
		assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
		let records = run.json()["records"].as_array().unwrap().clone();
		assert_eq!(records.len(), 4, "{}", run.stdout);
		let mut readings = Vec::new();
		for record in &records {
			match record["batch"].as_array() {
				Some(batch) => readings.extend(batch.iter().map(|r| r.as_str().unwrap())),
				None => readings.push(record["plaintext"].as_str().unwrap()),
			}
		}
		assert_eq!(readings.len(), 7, "{}", run.stdout);
		for text in readings {
			let reading: Value = serde_json::from_str(text).unwrap();
			assert!(reading["heart_rate_bpm"].as_f64().is_some(), "{reading}");
		}
	};
	let released =
		|custodians: &[Custodian]| -> usize { custodians.iter().map(Custodian::released).sum() };

	// 5. No hospital alone, and no physician without a grant: refused, audited, nothing released.
	let refused = read("charlie", false);
	assert!(!refused.ok && refused.stdout.contains("NoConsent"), "{}", refused.stdout);
	assert_eq!(released(&custodians), 0);

	// 1. A grant (20 blocks, a minute): the physician reads; custodians released; the audit
	// trail shows it. (It expires while the steps after run.)
	let grant = quick(&[
		"patient",
		"grant",
		"charlie",
		"--category",
		"vital-signs",
		"--blocks",
		"20",
		"--rsa",
		"dave-rsa",
		"--as",
		"dave",
		"--json",
	])
	.json();
	let expires_at = node.best_number().await + 20;
	opened(&read("charlie", false));
	// At most one share per custodian per record: the batch is one record, not four.
	let shares = released(&custodians);
	assert!((8..=12).contains(&shares), "two or three shares for each of four records: {shares}");
	let charlie = id_of(&dev_pair("Charlie")).to_string();
	let trail = ok(&["patient", "audit", "dave", "--json"]).json();
	let granted_to_charlie = trail["entries"]
		.as_array()
		.unwrap()
		.iter()
		.filter(|e| {
			e["accessor"] == charlie && e["decision"].as_str().unwrap().starts_with("Granted")
		})
		.count();
	assert_eq!(granted_to_charlie, 4, "{trail} (grant {grant})");

	// 4. A grant to a hospital covers its physician.
	quick(&[
		"patient",
		"grant",
		"eve",
		"--category",
		"vital-signs",
		"--rsa",
		"dave-rsa",
		"--as",
		"dave",
	]);
	opened(&read("erin", false));

	// 3. Break-glass: Frank opens an emergency access at Ferdie's and reads, the patient
	// offline; before, nothing; once Ferdie concludes it as misuse (it ends at once), nothing.
	let before = read("frank", true);
	assert!(!before.ok && before.stdout.contains("refused"), "{}", before.stdout);
	quick(&[
		"physician",
		"emergency",
		"--patient",
		"dave",
		"--hospital",
		"ferdie",
		"--justification",
		"unconscious on arrival",
		"--as",
		"frank",
	]);
	opened(&read("frank", true));
	node.execute(
		&dev_pair("Ferdie"),
		runtime::RuntimeCall::Consent(pallet_consent::Call::conclude_review {
			id: 0,
			outcome: carechain_primitives::consent::ReviewOutcome::Misuse,
		}),
	)
	.await;
	let after = read("frank", true);
	assert!(!after.ok && after.stdout.contains("refused"), "{}", after.stdout);

	// 2. The grant expires, the patient offline: refused, and nothing more is released.
	node.wait_until("the grant to expire", std::time::Duration::from_secs(180), || async {
		node.best_number().await > expires_at
	})
	.await;
	let before_expired = released(&custodians);
	let expired = read("charlie", false);
	assert!(!expired.ok && expired.stdout.contains("refused"), "{}", expired.stdout);
	assert_eq!(released(&custodians), before_expired);

	// One custodian stopped: two of three still open the records. Two stopped: refused by name.
	quick(&[
		"patient",
		"grant",
		"charlie",
		"--category",
		"vital-signs",
		"--rsa",
		"dave-rsa",
		"--as",
		"dave",
	]);
	custodians[2].stop();
	opened(&read("charlie", false));
	custodians[1].stop();
	let short = read("charlie", false);
	assert!(!short.ok, "{}", short.stdout);
	assert!(short.stdout.contains("TooFewShares"), "{}", short.stdout);
	assert!(short.stderr.contains("granted but not opened"), "{}", short.stderr);
}
