//! Chain specifications: the dev spec exported raw by the node binary starts a working chain.

use std::{process::Command, time::Duration};

use carechain_e2e::{node_binary, Node, NodeConfig};

#[tokio::test(flavor = "multi_thread")]
async fn node_starts_from_an_exported_raw_spec_and_authors_blocks() {
	let dir = tempfile::tempdir().unwrap();
	let spec_path = dir.path().join("carechain-dev-raw.json");
	let output = Command::new(node_binary())
		.args(["export-chain-spec", "--chain", "dev", "--raw", "--output"])
		.arg(&spec_path)
		.output()
		.expect("the node binary runs");
	assert!(output.status.success(), "export-chain-spec: {output:?}");

	let spec: serde_json::Value =
		serde_json::from_slice(&std::fs::read(&spec_path).unwrap()).expect("the spec is JSON");
	assert_eq!(spec["id"], "carechain_dev");
	assert_eq!(spec["properties"]["tokenSymbol"], "CARE");
	let raw = spec["genesis"]["raw"]["top"].as_object().expect("a raw genesis");
	assert!(raw.contains_key("0x3a636f6465"), "the raw genesis holds the runtime code (:code)");

	let node = Node::start(
		NodeConfig::new(spec_path.to_str().unwrap(), &dir.path().join("node"), 0)
			.authority("alice")
			.with_force_authoring(),
	)
	.await;
	let chain = node.call("system_chain", jsonrpsee::rpc_params![]).await;
	assert_eq!(chain, "CareChain Development");
	node.wait_until("block 2 from the raw spec", Duration::from_secs(60), || async {
		node.best_number().await >= 2
	})
	.await;
}
