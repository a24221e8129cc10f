//! `carechain-node storage-weights`: ParityDB's read and write measured on a chain's state (here
//! a new dev chain's genesis), the runtime's weights file written from it, and the refusals.

use std::process::{Command, Output};

use carechain_e2e::node_binary;

/// `carechain-node storage-weights --chain dev` with `args`.
fn node(args: &[&str]) -> Output {
	Command::new(node_binary())
		.args(["storage-weights", "--chain", "dev"])
		.args(args)
		.output()
		.expect("the node binary runs")
}

/// The command on a copy at `base`, with `extra`.
fn storage_weights(base: &std::path::Path, extra: &[&str]) -> Output {
	let base = base.to_str().expect("a temporary path is UTF-8");
	node(&[&["--on-a-copy", "--base-path", base][..], extra].concat())
}

/// What a refused run said on stderr (it must have failed).
fn refused(output: Output) -> String {
	assert!(!output.status.success(), "accepted: {output:?}");
	String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_weights_are_measured_on_the_state_and_written_as_the_runtime_states_them() {
	let dir = tempfile::tempdir().unwrap();
	let (json, weights) = (dir.path().join("m.json"), dir.path().join("paritydb_weights.rs"));
	let header = dir.path().join("header.txt");
	std::fs::write(&header, "// A consortium's licence header.\n").unwrap();
	let output = storage_weights(
		&dir.path().join("node"),
		&[
			"--header",
			header.to_str().unwrap(),
			"--database",
			"paritydb",
			"--batch-size",
			"20",
			"--mul",
			"2",
			"--add",
			"100",
			"--json",
			json.to_str().unwrap(),
			"--weight-path",
			weights.to_str().unwrap(),
		],
	);
	assert!(output.status.success(), "storage-weights: {output:?}");

	let m: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
	let keys = m["keys"].as_u64().unwrap();
	assert!(keys > 20, "the genesis state has the runtime's keys: {m}");
	assert_eq!(m["blockNumber"], 0);
	assert_eq!(m["read"]["count"].as_u64(), Some(keys), "every key is read once");
	assert_eq!(m["write"]["count"].as_u64(), Some(keys / 20), "every full batch is written");
	assert_eq!(m["writeBatches"].as_array().map(Vec::len), Some((keys / 20) as usize));
	let (read, write) =
		(m["read"]["average"].as_u64().unwrap(), m["write"]["average"].as_u64().unwrap());
	assert!(read > 0 && write > 0, "{m}");
	assert_eq!(m["readWeightNs"].as_u64(), Some(read * 2 + 100), "the margin is applied");
	assert_eq!(m["writeWeightNs"].as_u64(), Some(write * 2 + 100));

	let file = std::fs::read_to_string(&weights).unwrap();
	assert!(file.starts_with("// A consortium's licence header.\n"), "{file}");
	assert!(file.contains("pub const ParityDbWeight: RuntimeDbWeight"), "{file}");
	let stated = |what: &str| {
		let line = file.lines().find(|l| l.trim_start().starts_with(&format!("{what}: "))).unwrap();
		let digits: String =
			line.split('*').next().unwrap().chars().filter(|c| c.is_ascii_digit()).collect();
		digits.parse::<u64>().unwrap()
	};
	assert_eq!(stated("read"), read * 2 + 100);
	assert_eq!(stated("write"), write * 2 + 100);
	assert!(file.contains("//   storage-weights\n"), "the command is recorded");

	// Each batch's block was finalized (its trie nodes in the database's state column, not held
	// in memory for the next batch): measured again, the state is the last batch's block's.
	let again = dir.path().join("again.json");
	let output = storage_weights(
		&dir.path().join("node"),
		&["--database", "paritydb", "--batch-size", "20", "--json", again.to_str().unwrap()],
	);
	assert!(output.status.success(), "storage-weights again: {output:?}");
	let again: serde_json::Value = serde_json::from_slice(&std::fs::read(&again).unwrap()).unwrap();
	assert_eq!(again["blockNumber"].as_u64(), Some(keys / 20), "the batches' blocks are final");
	assert!(
		std::fs::read_dir(dir.path()).unwrap().all(|e| !e
			.unwrap()
			.file_name()
			.to_string_lossy()
			.ends_with(".partial")),
		"no temporary file is left"
	);
}

#[test]
fn a_database_other_than_parity_db_is_refused() {
	let dir = tempfile::tempdir().unwrap();
	let stderr = refused(storage_weights(&dir.path().join("node"), &["--database", "auto"]));
	assert!(stderr.contains("pass --database paritydb"), "{stderr}");
}

#[test]
fn without_an_explicit_copy_nothing_is_opened() {
	// It finalizes blocks of random state: a node's own database would never run again.
	let stderr = refused(node(&["--database", "paritydb", "--on-a-copy"]));
	assert!(stderr.contains("give the --base-path of a copy"), "{stderr}");

	let dir = tempfile::tempdir().unwrap();
	let base = dir.path().join("node");
	let stderr = refused(node(&["--database", "paritydb", "--base-path", base.to_str().unwrap()]));
	assert!(stderr.contains("--on-a-copy"), "{stderr}");
	assert!(!dir.path().join("node").exists(), "refused before the database is opened");
}

#[test]
fn a_margin_or_a_key_limit_that_means_nothing_is_refused() {
	let dir = tempfile::tempdir().unwrap();
	for bad in ["--mul=0", "--mul=NaN", "--mul=-1", "--mul=inf", "--keys-limit=0"] {
		refused(storage_weights(&dir.path().join("node"), &["--database", "paritydb", bad]));
		assert!(!dir.path().join("node").exists(), "{bad:?}: refused before opening the database");
	}
}

#[test]
fn an_output_that_cannot_be_written_is_refused_before_measuring() {
	let dir = tempfile::tempdir().unwrap();
	let missing = dir.path().join("no-such-directory").join("paritydb_weights.rs");
	let weight_path = ["--weight-path", missing.to_str().unwrap()];
	let stderr = refused(storage_weights(
		&dir.path().join("node"),
		&[&["--database", "paritydb", "--batch-size", "20"][..], &weight_path].concat(),
	));
	assert!(stderr.contains("no-such-directory"), "the path is named: {stderr}");
	assert!(!dir.path().join("node").exists(), "refused before the database is opened: {stderr}");
}

#[test]
fn a_state_smaller_than_one_batch_is_refused_by_name() {
	let dir = tempfile::tempdir().unwrap();
	let weights = dir.path().join("paritydb_weights.rs");
	let weight_path = ["--weight-path", weights.to_str().unwrap()];
	let stderr = refused(storage_weights(
		&dir.path().join("node"),
		&[&["--database", "paritydb", "--batch-size", "1000000"][..], &weight_path].concat(),
	));
	assert!(stderr.contains("lower --batch-size"), "{stderr}");
	assert!(!stderr.contains("storage-weights: read"), "refused before reading: {stderr}");
	assert!(!weights.exists(), "nothing is written when nothing was measured");
}
