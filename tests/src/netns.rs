//! Hosts on one machine, joined by a network the test can cut: one Linux network namespace per
//! node, each with its own address on a bridge in the machine's own namespace, from which the
//! test reaches every node's JSON-RPC. A link between two hosts is cut by a blackhole route on
//! each side (what one sends the other is dropped; a new connection fails at once) and mended
//! by deleting the routes; the test's own view of each node (through the bridge) is never cut.
//!
//! Making namespaces needs root (`CAP_NET_ADMIN`) and `ip` from iproute2, which
//! `scripts/setup.sh` installs. Everything made is removed when the [`TestNetwork`] is dropped,
//! so a failing test leaves no namespace behind.

use std::{
	collections::BTreeSet,
	process::Command,
	sync::atomic::{AtomicU32, Ordering},
};

static NETWORKS: AtomicU32 = AtomicU32::new(0);

/// `count` hosts, `10.233.<subnet>.1` to `10.233.<subnet>.<count>`, the machine at `.254`.
pub struct TestNetwork {
	prefix: String,
	subnet: u32,
	count: usize,
	cut: BTreeSet<(usize, usize)>,
}

/// Runs `ip` with `args`, panicking with its output if it fails.
fn ip(args: &[&str]) {
	let output = Command::new("ip").args(args).output().unwrap_or_else(|e| {
		panic!("`ip` (iproute2) could not run: {e}; scripts/setup.sh installs it")
	});
	assert!(
		output.status.success(),
		"`ip {}` failed (the partition tests make network namespaces and need root): {}",
		args.join(" "),
		String::from_utf8_lossy(&output.stderr)
	);
}

impl TestNetwork {
	/// Makes `count` hosts on a fresh bridge. The names carry this process's id and a counter,
	/// so that networks of tests running side by side never meet.
	pub fn new(count: usize) -> TestNetwork {
		assert!((1..=250).contains(&count), "a /24 of hosts");
		let serial = NETWORKS.fetch_add(1, Ordering::Relaxed);
		let pid = std::process::id();
		let prefix = format!("cc{}x{serial}", pid % 100_000);
		let subnet = (pid.wrapping_mul(7).wrapping_add(serial)) % 250;
		let network = TestNetwork { prefix, subnet, count, cut: BTreeSet::new() };
		let bridge = network.bridge();
		ip(&["link", "add", &bridge, "type", "bridge"]);
		ip(&["addr", "add", &format!("10.233.{subnet}.254/24"), "dev", &bridge]);
		ip(&["link", "set", &bridge, "up"]);
		for host in 0..count {
			let namespace = network.namespace(host);
			let veth = format!("{}v{host}", network.prefix);
			ip(&["netns", "add", &namespace]);
			ip(&[
				"link", "add", &veth, "type", "veth", "peer", "name", "eth0", "netns", &namespace,
			]);
			ip(&["link", "set", &veth, "master", &bridge, "up"]);
			let address = format!("{}/24", network.address(host));
			ip(&["-n", &namespace, "addr", "add", &address, "dev", "eth0"]);
			ip(&["-n", &namespace, "link", "set", "eth0", "up"]);
			ip(&["-n", &namespace, "link", "set", "lo", "up"]);
		}
		network
	}

	fn bridge(&self) -> String {
		format!("{}br", self.prefix)
	}

	/// The namespace of `host`: run a process in it with `ip netns exec <namespace> …`.
	pub fn namespace(&self, host: usize) -> String {
		format!("{}n{host}", self.prefix)
	}

	/// The address of `host`, reachable from the machine and from every host not cut from it.
	pub fn address(&self, host: usize) -> String {
		format!("10.233.{}.{}", self.subnet, host + 1)
	}

	fn route(&self, verb: &str, from: usize, to: usize) {
		let destination = format!("{}/32", self.address(to));
		ip(&["-n", &self.namespace(from), "route", verb, "blackhole", &destination]);
	}

	/// Cuts the link between `a` and `b`, both ways.
	pub fn cut(&mut self, a: usize, b: usize) {
		let link = (a.min(b), a.max(b));
		if a != b && self.cut.insert(link) {
			self.route("add", a, b);
			self.route("add", b, a);
		}
	}

	/// Mends the link between `a` and `b`.
	pub fn mend(&mut self, a: usize, b: usize) {
		let link = (a.min(b), a.max(b));
		if self.cut.remove(&link) {
			self.route("del", a, b);
			self.route("del", b, a);
		}
	}

	/// Splits the hosts into `side` and the rest: every link across is cut.
	pub fn partition(&mut self, side: &[usize]) {
		for a in side.iter().copied() {
			for b in (0..self.count).filter(|b| !side.contains(b)) {
				self.cut(a, b);
			}
		}
	}

	/// Mends every cut link.
	pub fn heal(&mut self) {
		for (a, b) in std::mem::take(&mut self.cut) {
			self.route("del", a, b);
			self.route("del", b, a);
		}
	}
}

impl Drop for TestNetwork {
	fn drop(&mut self) {
		// Deleting a namespace deletes its end of the veth, and with it the other end.
		for host in 0..self.count {
			let _ = Command::new("ip").args(["netns", "del", &self.namespace(host)]).status();
		}
		let _ = Command::new("ip").args(["link", "del", &self.bridge()]).status();
	}
}
