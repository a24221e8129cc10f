//! # CareChain end-to-end test harness
//!
//! Starts real `carechain-node` processes on loopback, each with a temporary base path and ports
//! the operating system handed out, and talks to them over JSON-RPC. A [`Node`] kills its
//! process when dropped, so a failing test leaves no node behind.
//!
//! The node binary is the one built next to the test executable (`<target>/debug/carechain-node`)
//! unless `CARECHAIN_NODE` names another.

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use codec::{Decode, Encode};
use jsonrpsee::{
	core::client::ClientT,
	http_client::{HttpClient, HttpClientBuilder},
	rpc_params,
};
use serde_json::Value;

pub mod netns;

pub use carechain_runtime as runtime;
use runtime::{AccountId, Balance, Hash, Nonce, Runtime, RuntimeCall, UncheckedExtrinsic};
use sp_core::{sr25519, Pair};

/// The path of the node binary under test.
pub fn node_binary() -> PathBuf {
	workspace_binary("carechain-node", "CARECHAIN_NODE")
}

/// What a run of the client CLI printed and how it ended.
pub struct CliRun {
	/// Whether it exited with success.
	pub ok: bool,
	/// Its standard output.
	pub stdout: String,
	/// Its standard error.
	pub stderr: String,
}

impl CliRun {
	/// Its standard output as one JSON document (what `--json` prints).
	pub fn json(&self) -> Value {
		serde_json::from_str(self.stdout.trim()).unwrap_or_else(|_| panic!("JSON: {}", self.stdout))
	}
}

/// Runs the client CLI with `args` against the node at `url`, with the keystore `keystore`
/// opened by `passphrase` (few key-derivation rounds: test keystores are thrown away).
pub fn carechain(keystore: &Path, url: &str, passphrase: &str, args: &[&str]) -> CliRun {
	let output = Command::new(client_binary())
		.args(args)
		.env("CARECHAIN_KEYSTORE", keystore)
		.env("CARECHAIN_URL", url)
		.env("CARECHAIN_PASSPHRASE", passphrase)
		.env("CARECHAIN_KDF_ITERATIONS", "1000")
		.output()
		.expect("the carechain CLI runs");
	CliRun {
		ok: output.status.success(),
		stdout: String::from_utf8_lossy(&output.stdout).into(),
		stderr: String::from_utf8_lossy(&output.stderr).into(),
	}
}

/// The path of the client CLI under test.
pub fn client_binary() -> PathBuf {
	workspace_binary("carechain", "CARECHAIN_CLI")
}

/// The workspace's binary `name` next to the running test (or the path in `variable`).
fn workspace_binary(name: &str, variable: &str) -> PathBuf {
	if let Ok(path) = std::env::var(variable) {
		return PathBuf::from(path);
	}
	// The test executable is `<target>/<profile>/deps/<name>-<hash>`; the binaries are in
	// `<target>/<profile>/`.
	let exe = std::env::current_exe().expect("the test knows its own path");
	let profile_dir = exe.parent().and_then(Path::parent).expect("a deps directory in a profile");
	let binary = profile_dir.join(name);
	assert!(
		binary.exists(),
		"{} is missing: build it first (`cargo build --workspace`) or set {variable}",
		binary.display()
	);
	binary
}

/// A JSON-RPC client over HTTP for a node's `port` on `host`.
fn http_client(host: &str, port: u16) -> HttpClient {
	HttpClientBuilder::default()
		.request_timeout(Duration::from_secs(30))
		.build(format!("http://{host}:{port}"))
		.expect("an HTTP client for a node's URL")
}

/// A TCP port on 127.0.0.1 that nothing listens on right now.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|listener| listener.local_addr())
		.map(|addr| addr.port())
		.expect("the OS hands out a free loopback port")
}

/// A fixed libp2p node key (32 bytes, hex) per index, so that an authority never needs
/// `--unsafe-force-node-key-generation` and its identity survives a restart.
pub fn node_key(index: u8) -> String {
	hex_encode(&[index.saturating_add(1); 32])
}

fn hex_encode(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hex_decode(text: &str) -> Vec<u8> {
	let text = text.trim_start_matches("0x");
	(0..text.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex from the node"))
		.collect()
}

/// How to start a node.
#[derive(Clone, Debug)]
pub struct NodeConfig {
	/// `--chain`: `dev`, `local` or a spec file path.
	pub chain: String,
	/// `--alice`, `--bob`…: the dev authority whose keys the node inserts, if any.
	pub authority: Option<&'static str>,
	/// The base path; the node keeps its database and keystore here across restarts.
	pub base_path: PathBuf,
	/// The libp2p port.
	pub p2p_port: u16,
	/// The JSON-RPC port.
	pub rpc_port: u16,
	/// The libp2p node key.
	pub node_key: String,
	/// `--bootnodes`.
	pub bootnodes: Vec<String>,
	/// The node's intrusion-detection options. By default `--intrusion-detection-mode observe`: tests of other
	/// features submit in bursts (wait for a block, then several at once) that the default
	/// `throttle` mode would rightly refuse; the intrusion-detection tests set their own.
	pub ids_args: Vec<String>,
	/// The Prometheus port, if the node exports metrics.
	pub prometheus_port: Option<u16>,
	/// `--rpc-max-connections`: 1,000 by default, for the load tests' many connections.
	pub rpc_max_connections: u32,
	/// Anything else to pass.
	pub extra_args: Vec<String>,
	/// The address the node listens on (libp2p and, off loopback, JSON-RPC): `127.0.0.1`, or its
	/// host's in a [`netns::TestNetwork`].
	pub host: String,
	/// The network namespace the node runs in (`ip netns exec`), if any.
	pub netns: Option<String>,
}

impl NodeConfig {
	/// A node of `chain` with fresh ports in `base_path`.
	pub fn new(chain: &str, base_path: &Path, index: u8) -> Self {
		Self {
			chain: chain.into(),
			authority: None,
			base_path: base_path.to_path_buf(),
			p2p_port: free_port(),
			rpc_port: free_port(),
			node_key: node_key(index),
			bootnodes: Vec::new(),
			ids_args: vec!["--intrusion-detection-mode".into(), "observe".into()],
			prometheus_port: None,
			rpc_max_connections: 1000,
			extra_args: Vec::new(),
			host: "127.0.0.1".into(),
			netns: None,
		}
	}

	/// The same node, run as `host` of `network`: in its namespace, listening on its address
	/// (libp2p on 30333, JSON-RPC on 9944, which the test reaches through the bridge).
	pub fn on_host(mut self, network: &netns::TestNetwork, host: usize) -> Self {
		self.netns = Some(network.namespace(host));
		self.host = network.address(host);
		self.p2p_port = 30333;
		self.rpc_port = 9944;
		self
	}

	/// The same node with these intrusion-detection options instead of `--intrusion-detection-mode observe`.
	pub fn with_ids(mut self, args: &[&str]) -> Self {
		self.ids_args = args.iter().map(|arg| arg.to_string()).collect();
		self
	}

	/// The same node, exporting Prometheus metrics on a fresh port.
	pub fn with_prometheus(mut self) -> Self {
		self.prometheus_port = Some(free_port());
		self
	}

	/// A lone dev-chain authority (Alice, authoring with no peers) in `base_path`: the node most
	/// end-to-end tests run against. Its node key is its own (derived from `base_path`, so that
	/// it survives a restart), not the dev chain's member node's: tests run in two lanes at once,
	/// and two nodes of one peer id on one machine can take each other's connections (litep2p
	/// listens with `SO_REUSEPORT`, and a port `free_port` handed out may be handed out again),
	/// after which a peer asking one of them is answered, or refused, by the other.
	pub fn dev_authority(base_path: &Path) -> Self {
		let mut config = Self::dev_member_authority(base_path);
		let path = base_path.display().to_string();
		let key =
			<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(path.as_bytes());
		config.node_key = hex_encode(key.as_ref());
		config
	}

	/// A dev-chain authority running the node the dev chain lists as its member node (node key
	/// `[1; 32]`), for tests whose other nodes must sync from a member.
	pub fn dev_member_authority(base_path: &Path) -> Self {
		Self::new("dev", base_path, 0).authority("alice").with_force_authoring()
	}

	/// The same node, run as the validator of a dev authority (`alice`, `bob`…).
	pub fn authority(mut self, name: &'static str) -> Self {
		self.authority = Some(name);
		self
	}

	/// The same node, authoring even with no peers (a lone authority: `--force-authoring`).
	pub fn with_force_authoring(mut self) -> Self {
		self.extra_args.push("--force-authoring".into());
		self
	}

	fn args(&self) -> Vec<String> {
		let mut args = vec![
			"--chain".to_string(),
			self.chain.clone(),
			"--base-path".into(),
			self.base_path.display().to_string(),
			"--rpc-port".into(),
			self.rpc_port.to_string(),
			"--node-key".into(),
			self.node_key.clone(),
			"--listen-addr".into(),
			format!("/ip4/{}/tcp/{}", self.host, self.p2p_port),
			// Several chains may run side by side in one test run: no discovery beyond the
			// bootnodes given, and nothing leaves the machine.
			"--no-mdns".into(),
			"--no-telemetry".into(),
			"--allow-private-ip".into(),
			"--rpc-max-connections".into(),
			self.rpc_max_connections.to_string(),
		];
		if self.netns.is_some() {
			// Its namespace is its own machine: JSON-RPC must listen beyond its loopback for
			// the test to reach it, which a validator refuses unless told it is meant (the
			// address is on the test's private bridge only); safe methods only. Without
			// `--rpc-cors all` the server would take only requests whose Host header names one
			// of its listening addresses (0.0.0.0, loopback), not the bridge address.
			args.extend(
				["--unsafe-rpc-external", "--rpc-methods", "safe", "--rpc-cors", "all"]
					.map(String::from),
			);
		}
		match self.prometheus_port {
			Some(port) => args.extend(["--prometheus-port".into(), port.to_string()]),
			None => args.push("--no-prometheus".into()),
		}
		args.extend(self.ids_args.iter().cloned());
		if let Some(name) = self.authority {
			args.push(format!("--{name}"));
			args.push("--validator".into());
		}
		for bootnode in &self.bootnodes {
			args.push("--bootnodes".into());
			args.push(bootnode.clone());
		}
		args.extend(self.extra_args.iter().cloned());
		args
	}
}

/// A running `carechain-node` process; killed when dropped.
pub struct Node {
	/// How it was started (to restart it the same way).
	pub config: NodeConfig,
	child: Option<Child>,
	log: PathBuf,
	/// Where this run's lines start in the log (a restarted node appends to it).
	log_start: usize,
	/// A JSON-RPC client on the node's port.
	pub rpc: HttpClient,
}

impl Node {
	/// Starts a node and waits until its JSON-RPC answers.
	pub async fn start(config: NodeConfig) -> Node {
		std::fs::create_dir_all(&config.base_path).expect("base path can be made");
		let log = config.base_path.join(format!("node-{}.log", config.p2p_port));
		let log_file = std::fs::OpenOptions::new()
			.create(true)
			.append(true)
			.open(&log)
			.expect("log file can be made");
		let log_start = std::fs::metadata(&log).map_or(0, |meta| meta.len() as usize);
		let mut command = match &config.netns {
			Some(namespace) => {
				let mut command = Command::new("ip");
				command.args(["netns", "exec", namespace]).arg(node_binary());
				command
			},
			None => Command::new(node_binary()),
		};
		let child = command
			.args(config.args())
			.stdout(Stdio::from(log_file.try_clone().expect("log file handle")))
			.stderr(Stdio::from(log_file))
			.spawn()
			.expect("carechain-node starts");
		let rpc = http_client(&config.host, config.rpc_port);
		let mut node = Node { config, child: Some(child), log, log_start, rpc };
		node.wait_for_rpc().await;
		node
	}

	/// Starts a node and waits until it has authored (or imported) block 1.
	pub async fn start_authoring(config: NodeConfig) -> Node {
		let node = Node::start(config).await;
		node.wait_until("block 1", Duration::from_secs(60), || async {
			node.best_number().await >= 1
		})
		.await;
		node
	}

	/// The node's process id, while it runs.
	pub fn pid(&self) -> Option<u32> {
		self.child.as_ref().map(Child::id)
	}

	/// The node's WebSocket JSON-RPC URL.
	pub fn ws_url(&self) -> String {
		format!("ws://{}:{}", self.config.host, self.config.rpc_port)
	}

	/// The node's Prometheus metrics (text format), if it exports them.
	pub fn metrics(&self) -> String {
		use std::io::{Read, Write};
		let port = self.config.prometheus_port.expect("the node was started with_prometheus");
		let mut stream =
			std::net::TcpStream::connect(("127.0.0.1", port)).expect("the metrics port answers");
		stream
			.write_all(b"GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
			.expect("a metrics request");
		let mut response = String::new();
		stream.read_to_string(&mut response).expect("a metrics response");
		response
	}

	/// The value of metric `name` in the series with all of `labels` (besides those the node adds,
	/// such as `chain`), if exported.
	pub fn metric(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
		self.metrics().lines().find_map(|line| {
			let (series, value) = line.rsplit_once(' ')?;
			let (metric, series_labels) = series.split_once('{').unwrap_or((series, ""));
			let wanted =
				labels.iter().all(|(k, v)| series_labels.contains(&format!("{k}=\"{v}\"")));
			(metric == name && wanted).then(|| value.parse().ok()).flatten()
		})
	}

	/// The node's log so far.
	pub fn log(&self) -> String {
		std::fs::read_to_string(&self.log).unwrap_or_default()
	}

	async fn wait_for_rpc(&mut self) {
		let deadline = Instant::now() + Duration::from_secs(120);
		loop {
			if let Some(child) = self.child.as_mut() {
				if let Ok(Some(status)) = child.try_wait() {
					panic!(
						"carechain-node exited with {status} before serving RPC:\n{}",
						self.log()
					);
				}
			}
			// The node takes another port if its own was taken between `free_port` and its
			// start (by another test's node or connection): its log says which, and until it
			// says, the port may be someone else's.
			if let Some(port) = self.rpc_port_in_log() {
				if port != self.config.rpc_port {
					self.config.rpc_port = port;
					self.rpc = http_client(&self.config.host, port);
				}
				let health: Result<Value, _> =
					self.rpc.request("system_health", rpc_params![]).await;
				if health.is_ok() {
					return;
				}
			}
			assert!(Instant::now() < deadline, "no JSON-RPC after 120 s:\n{}", self.log());
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// The port this run of the node serves JSON-RPC on, once its log says (`Running JSON-RPC
	/// server: addr=127.0.0.1:9944,[::1]:9944`): the last such line, as the node first starts
	/// `sc-service`'s listener, sealed, and then its own, guarded by its intrusion detection.
	fn rpc_port_in_log(&self) -> Option<u16> {
		let log = self.log();
		// Whole lines only: the last may be half written.
		let lines = log.get(self.log_start..)?.split_inclusive('\n').filter(|l| l.ends_with('\n'));
		let line = lines.rev().find_map(|line| {
			line.split_once("Running JSON-RPC server: addr=").map(|(_, addrs)| addrs.to_string())
		})?;
		let first = line.split(',').next()?;
		first.trim().parse::<std::net::SocketAddr>().ok().map(|addr| addr.port())
	}

	/// Stops the node gracefully (SIGTERM, then SIGKILL after 30 s) and waits for it to exit.
	pub fn stop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
			let deadline = Instant::now() + Duration::from_secs(30);
			while Instant::now() < deadline {
				if let Ok(Some(_)) = child.try_wait() {
					return;
				}
				std::thread::sleep(Duration::from_millis(100));
			}
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// Kills the node at once (SIGKILL: no shutdown, whatever it was writing left half done) and
	/// waits for the process to be gone.
	pub fn kill(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// Restarts a stopped node from the same base path, ports and key.
	pub async fn restart(&mut self) {
		self.stop();
		let restarted = Node::start(self.config.clone()).await;
		// Take over the new process; the old handle is already empty.
		*self = restarted;
	}

	/// The node's libp2p peer id (`system_localPeerId`).
	pub async fn peer_id(&self) -> String {
		let id: Value = self.call("system_localPeerId", rpc_params![]).await;
		id.as_str().expect("a peer id string").to_string()
	}

	/// The multiaddress other nodes can boot from.
	pub async fn multiaddr(&self) -> String {
		format!(
			"/ip4/{}/tcp/{}/p2p/{}",
			self.config.host,
			self.config.p2p_port,
			self.peer_id().await
		)
	}

	/// A JSON-RPC call that must succeed.
	pub async fn call<P: jsonrpsee::core::traits::ToRpcParams + Send>(
		&self,
		method: &str,
		params: P,
	) -> Value {
		match self.rpc.request::<Value, _>(method, params).await {
			Ok(value) => value,
			Err(e) => panic!("{method} failed: {e}\n--- node log ---\n{}", self.tail_log()),
		}
	}

	fn tail_log(&self) -> String {
		let log = self.log();
		let lines: Vec<&str> = log.lines().collect();
		lines[lines.len().saturating_sub(40)..].join("\n")
	}

	/// The best block's number.
	pub async fn best_number(&self) -> u32 {
		let header = self.call("chain_getHeader", rpc_params![]).await;
		block_number(&header)
	}

	/// The finalized block's number.
	pub async fn finalized_number(&self) -> u32 {
		let hash = self.call("chain_getFinalizedHead", rpc_params![]).await;
		let header = self.call("chain_getHeader", rpc_params![hash]).await;
		block_number(&header)
	}

	/// The hash of block `number` on this node's best chain, if it has one.
	pub async fn block_hash(&self, number: u32) -> Option<Hash> {
		let hash = self.call("chain_getBlockHash", rpc_params![number]).await;
		hash.as_str().map(|h| Hash::from_slice(&hex_decode(h)))
	}

	/// Waits until `check` holds for this node, or panics after `timeout`.
	pub async fn wait_until<F, Fut>(&self, what: &str, timeout: Duration, mut check: F)
	where
		F: FnMut() -> Fut,
		Fut: std::future::Future<Output = bool>,
	{
		let deadline = Instant::now() + timeout;
		while !check().await {
			assert!(
				Instant::now() < deadline,
				"timed out after {timeout:?} waiting for {what}\n--- node log ---\n{}",
				self.tail_log()
			);
			tokio::time::sleep(Duration::from_millis(300)).await;
		}
	}

	/// Reads and decodes a storage value at `at` (the best block if `None`).
	pub async fn storage<T: Decode>(&self, key: Vec<u8>, at: Option<Hash>) -> Option<T> {
		let key = format!("0x{}", hex_encode(&key));
		let value = match at {
			Some(at) => self.call("state_getStorage", rpc_params![key, at]).await,
			None => self.call("state_getStorage", rpc_params![key]).await,
		};
		value.as_str().map(|v| {
			T::decode(&mut &hex_decode(v)[..]).expect("storage decodes as the runtime's type")
		})
	}

	/// The free balance of `who` at `at`.
	pub async fn free_balance(&self, who: &AccountId, at: Option<Hash>) -> Balance {
		let key = frame_system::Account::<Runtime>::hashed_key_for(who);
		self.storage::<frame_system::AccountInfo<Nonce, pallet_balances::AccountData<Balance>>>(
			key, at,
		)
		.await
		.map(|info| info.data.free)
		.unwrap_or_default()
	}

	/// The events of block `at`.
	pub async fn events(&self, at: Hash) -> Vec<runtime::RuntimeEvent> {
		// `frame_system::Events` is private: its key is twox128("System") ++ twox128("Events").
		let key = frame_support::storage::storage_prefix(b"System", b"Events").to_vec();
		self.storage::<Vec<Box<frame_system::EventRecord<runtime::RuntimeEvent, Hash>>>>(
			key,
			Some(at),
		)
		.await
		.unwrap_or_default()
		.into_iter()
		.map(|record| record.event)
		.collect()
	}

	/// The nonce the node expects next from `who` (counting its pool).
	pub async fn next_nonce(&self, who: &AccountId) -> Nonce {
		let nonce = self.call("system_accountNextIndex", rpc_params![who.to_string()]).await;
		nonce.as_u64().expect("a nonce") as Nonce
	}

	/// Signs `call` as `signer` (immortal, no tip) with the nonce the node expects next.
	pub async fn sign(&self, signer: &sr25519::Pair, call: RuntimeCall) -> UncheckedExtrinsic {
		let nonce = self.next_nonce(&signer.public().into()).await;
		self.sign_with_nonce(signer, call, nonce).await
	}

	/// Signs `call` as `signer` (immortal, no tip) with `nonce`.
	pub async fn sign_with_nonce(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
		nonce: Nonce,
	) -> UncheckedExtrinsic {
		let account: AccountId = signer.public().into();
		let version = self.call("state_getRuntimeVersion", rpc_params![]).await;
		let spec_version = version["specVersion"].as_u64().expect("specVersion") as u32;
		let transaction_version =
			version["transactionVersion"].as_u64().expect("transactionVersion") as u32;
		let genesis = self.block_hash(0).await.expect("a genesis block");

		let extension = runtime::immortal_extension(nonce);
		let implicit = runtime::immortal_implicit(spec_version, transaction_version, genesis);
		let payload = runtime::SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
		let signature = payload.using_encoded(|bytes| signer.sign(bytes));
		UncheckedExtrinsic::new_signed(call, account.into(), signature.into(), extension)
	}

	/// Signs `call` as `signer`, submits it, waits for finality and checks that it succeeded;
	/// returns the block's hash and events.
	pub async fn execute(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
	) -> (Hash, Vec<runtime::RuntimeEvent>) {
		let extrinsic = self.sign(signer, call).await;
		let block = self.submit_and_wait_finalized(&extrinsic).await;
		let events = self.events(block).await;
		let failed = events.iter().find(|event| {
			matches!(
				event,
				runtime::RuntimeEvent::System(frame_system::Event::ExtrinsicFailed { .. })
			)
		});
		assert!(failed.is_none(), "the transaction failed: {failed:?}");
		(block, events)
	}

	/// Submits `extrinsic` without waiting: the pool's answer, its hash or the error message.
	pub async fn submit(&self, extrinsic: &UncheckedExtrinsic) -> Result<Hash, String> {
		let bytes = format!("0x{}", hex_encode(&extrinsic.encode()));
		let result: Result<Value, _> =
			self.rpc.request("author_submitExtrinsic", rpc_params![bytes]).await;
		match result {
			Ok(hash) => Ok(Hash::from_slice(&hex_decode(hash.as_str().expect("a hash")))),
			Err(error) => Err(error.to_string()),
		}
	}

	/// Submits `extrinsic` and waits until it is in a block (best, not yet final); returns that
	/// block's hash.
	pub async fn submit_and_wait_in_block(&self, extrinsic: &UncheckedExtrinsic) -> Hash {
		self.submit_and_wait(extrinsic, "inBlock").await
	}

	/// Submits `extrinsic` and waits until it is in a finalized block; returns that block's hash.
	pub async fn submit_and_wait_finalized(&self, extrinsic: &UncheckedExtrinsic) -> Hash {
		self.submit_and_wait(extrinsic, "finalized").await
	}

	async fn submit_and_wait(&self, extrinsic: &UncheckedExtrinsic, until: &str) -> Hash {
		use jsonrpsee::{core::client::SubscriptionClientT, ws_client::WsClientBuilder};
		let ws = WsClientBuilder::default()
			.build(self.ws_url())
			.await
			.expect("a WebSocket connection to the node");
		let bytes = format!("0x{}", hex_encode(&extrinsic.encode()));
		let mut status = ws
			.subscribe::<Value, _>(
				"author_submitAndWatchExtrinsic",
				rpc_params![bytes],
				"author_unwatchExtrinsic",
			)
			.await
			.expect("the node accepts the transaction into its pool");
		let deadline = Instant::now() + Duration::from_secs(90);
		loop {
			let remaining = deadline.saturating_duration_since(Instant::now());
			let next = tokio::time::timeout(remaining, status.next())
				.await
				.expect("the transaction is finalized within 90 s")
				.expect("the status stream stays open")
				.expect("a status update");
			if let Some(hash) = next.get(until).and_then(Value::as_str) {
				return Hash::from_slice(&hex_decode(hash));
			}
			for failure in ["dropped", "invalid", "usurped", "finalityTimeout", "retracted"] {
				assert!(next.get(failure).is_none() && next != failure, "transaction {next}");
			}
		}
	}
}

impl Node {
	/// Puts a hospital with a patient and the patient's devices in place: `sudo` admits
	/// `hospital`, `patient` registers itself, and the hospital registers each device with its
	/// signing key (DER SubjectPublicKeyInfo), all with the test RSA key for encryption.
	pub async fn register_devices(
		&self,
		sudo: &sr25519::Pair,
		hospital: &sr25519::Pair,
		patient: &sr25519::Pair,
		devices: &[(&sr25519::Pair, Vec<u8>)],
	) {
		let encryption_key = carechain_primitives::testing::keys::RSA_2048_A;
		self.execute(sudo, admit_hospital(hospital, encryption_key)).await;
		self.execute(
			patient,
			RuntimeCall::Registry(pallet_registry::Call::register_patient {
				encryption_key: bounded(encryption_key.to_vec()),
				identifier_hash: None,
			}),
		)
		.await;
		let calls = devices
			.iter()
			.map(|(device, signing_key)| {
				RuntimeCall::Registry(pallet_registry::Call::register_device {
					device: id_of(device),
					patient: id_of(patient),
					kind: carechain_primitives::registry::DeviceKind::Wearable,
					encryption_key: bounded(encryption_key.to_vec()),
					signing_key: bounded(signing_key.clone()),
				})
			})
			.collect();
		self.execute(hospital, RuntimeCall::Utility(pallet_utility::Call::batch_all { calls }))
			.await;
	}

	/// Whether an event matching `wanted` was deposited in one of the blocks `from..=best`.
	pub async fn event_since(
		&self,
		from: u32,
		wanted: impl Fn(&runtime::RuntimeEvent) -> bool,
	) -> bool {
		let best = self.best_number().await;
		for number in from..=best {
			let Some(block) = self.block_hash(number).await else { continue };
			if self.events(block).await.iter().any(&wanted) {
				return true;
			}
		}
		false
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// The number in a JSON-RPC block header.
pub fn block_number(header: &Value) -> u32 {
	let number = header["number"].as_str().expect("a header with a number");
	u32::from_str_radix(number.trim_start_matches("0x"), 16).expect("a hex block number")
}

/// Now, by this machine's clock, in ms since the Unix epoch: when a test's reading is taken.
pub fn unix_millis() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |since| u64::try_from(since.as_millis()).unwrap_or(u64::MAX))
}

/// The account of a key pair.
pub fn id_of(pair: &sr25519::Pair) -> AccountId {
	pair.public().into()
}

/// `bytes` as a call's bounded argument.
pub fn bounded<S: frame_support::traits::Get<u32>>(
	bytes: Vec<u8>,
) -> frame_support::BoundedVec<u8, S> {
	bytes.try_into().expect("within the runtime's bound")
}

/// A device's anchor of a made-up reading `blob` for `patient`'s vital signs (key epoch 0),
/// signed with `signing_key`, taken at `taken_at` (ms since the Unix epoch).
pub fn device_anchor(
	patient: &sr25519::Pair,
	signing_key: &carechain_crypto::envelope::PrivateKey,
	blob: &[u8],
	taken_at: u64,
) -> RuntimeCall {
	use carechain_crypto::envelope::sign_content_hash;
	use carechain_primitives::{
		consent::{DataCategory, Purpose},
		record_signature::content_hash,
		records::ENVELOPE_VERSION,
	};
	let hash = content_hash(blob);
	RuntimeCall::Records(pallet_records::Call::anchor {
		patient: id_of(patient),
		category: DataCategory::VitalSigns,
		content_hash: sp_core::H256(hash),
		locator: bounded(format!("carechain-blob:{}", hex_encode(&hash)).into_bytes()),
		size: blob.len() as u64,
		envelope_version: ENVELOPE_VERSION,
		key_epoch: 0,
		purpose: Purpose::Treatment,
		signature: Some(bounded(sign_content_hash(signing_key, &hash))),
		taken_at,
	})
}

/// The call governance (sudo, on a dev chain) makes to admit `hospital` with `encryption_key`.
pub fn admit_hospital(hospital: &sr25519::Pair, encryption_key: &[u8]) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo {
		call: Box::new(RuntimeCall::Registry(pallet_registry::Call::admit_hospital {
			hospital: id_of(hospital),
			encryption_key: bounded(encryption_key.to_vec()),
		})),
	})
}

/// A dev account's sr25519 key pair (`"Alice"`, `"Bob"`…).
pub fn dev_pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//{name}"), None).expect("a dev seed")
}

/// The bytes of a libp2p peer id in its base58 text form (`system_localPeerId`), as the member
/// node list (`nodeAuthorization`) stores them.
pub fn peer_id_bytes(text: &str) -> Vec<u8> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let mut bytes: Vec<u8> = Vec::new();
	for c in text.bytes() {
		let mut carry = ALPHABET.iter().position(|a| *a == c).expect("base58") as u32;
		for byte in bytes.iter_mut().rev() {
			carry += u32::from(*byte) * 58;
			*byte = (carry & 0xff) as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, (carry & 0xff) as u8);
			carry >>= 8;
		}
	}
	let zeros = text.bytes().take_while(|c| *c == b'1').count();
	[vec![0; zeros], bytes].concat()
}
