//! `carechain-node storage-weights`: what one storage read and one storage write cost on this
//! node's database (ParityDB), measured on a chain's state, and the runtime's
//! `runtime/src/weights/paritydb_weights.rs` written from it: the `DbWeight` at which every
//! benchmarked weight's reads and writes are charged, instead of the stock figures FRAME ships.
//!
//! It does what `frame-benchmarking-cli`'s `benchmark storage` does in its import-block mode with
//! `--disable-pov-recorder` (the mode for a chain without a relay chain), which
//! `frame-omni-bencher` does not offer and which would cost the node a second dependency tree,
//! through the node's own backend:
//! - **read**: every key of the last finalized block's state (or `--keys-limit` of them), in a
//!   seeded random order, read once from the database through the trie with no trie cache (this
//!   command never has one), after one warm-up pass: what a read costs short of the disk itself,
//!   as the operating system's page cache holds the database;
//! - **write**: the keys in batches of `--batch-size`, each key given a random value of its
//!   current length; per batch, the trie's new root and nodes computed and imported as a block
//!   on the one before (the first on the last finalized block) and finalized in the same
//!   commit, so the new nodes go to ParityDB's state column as a node's import and finality put
//!   them there, and the next batch reads the trie from the database, not from memory; timed
//!   together and divided by the batch's keys. (ParityDB itself may still serve them from its
//!   commit queue until its background flush, as it does on a running node.) The blocks it
//!   adds are final and their state random, `:code` included, so the command is run on a copy
//!   of a stopped node's database and refuses to run without an explicit `--base-path` and
//!   `--on-a-copy`.
//!
//! The weight is the average of each times `--mul` plus `--add` (Parity's default is the
//! average).

use std::{
	path::PathBuf,
	sync::Arc,
	time::{Duration, Instant},
};

use codec::Encode;
use sc_cli::{CliConfiguration, DatabaseParams, PruningParams, SharedParams};
use sc_client_api::{
	backend::{Backend, BlockImportOperation, NewBlockState, TrieCacheContext},
	HeaderBackend,
};
use serde::Serialize;
use sp_runtime::{
	traits::{Block as BlockT, Header as HeaderT, One},
	Digest, DigestItem,
};
use sp_state_machine::{Backend as StateBackend, IterArgs};

/// `storage-weights`'s options.
#[derive(Debug, Clone, clap::Parser)]
pub struct StorageWeightsCmd {
	#[allow(missing_docs)]
	#[clap(flatten)]
	pub shared_params: SharedParams,

	#[allow(missing_docs)]
	#[clap(flatten)]
	pub pruning_params: PruningParams,

	#[allow(missing_docs)]
	#[clap(flatten)]
	pub database_params: DatabaseParams,

	/// Keys written and committed together (a block full of anchors writes about 5,000).
	#[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
	pub batch_size: u64,

	/// Read and write at most this many keys (every key of the state by default).
	#[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
	pub keys_limit: Option<u64>,

	/// The seed of the keys' order and of the values written.
	#[arg(long, default_value_t = 1)]
	pub seed: u64,

	/// The weight is the average times this (a margin for a state larger than the one measured).
	#[arg(long, default_value_t = 1.0, value_parser = parse_mul)]
	pub mul: f64,

	/// ... plus this many nanoseconds.
	#[arg(long, default_value_t = 0)]
	pub add: u64,

	/// Write the runtime's weights file here (`runtime/src/weights/paritydb_weights.rs`).
	#[arg(long)]
	pub weight_path: Option<PathBuf>,

	/// A file whose text heads the weights file (its licence and provenance).
	#[arg(long)]
	pub header: Option<PathBuf>,

	/// Write the measurements as JSON here.
	#[arg(long)]
	pub json: Option<PathBuf>,

	/// Confirms that `--base-path` holds a copy: the command finalizes blocks of random state in
	/// it, which no node can run on afterwards.
	#[arg(long)]
	pub on_a_copy: bool,
}

impl CliConfiguration for StorageWeightsCmd {
	fn shared_params(&self) -> &SharedParams {
		&self.shared_params
	}

	fn pruning_params(&self) -> Option<&PruningParams> {
		Some(&self.pruning_params)
	}

	fn database_params(&self) -> Option<&DatabaseParams> {
		Some(&self.database_params)
	}

	/// Never a trie cache: every read and every batch's trie goes to the database.
	fn trie_cache_maximum_size(&self) -> sc_cli::Result<Option<usize>> {
		Ok(None)
	}
}

/// `--mul`: a finite number above zero.
fn parse_mul(text: &str) -> Result<f64, String> {
	match text.parse::<f64>() {
		Ok(mul) if mul.is_finite() && mul > 0.0 => Ok(mul),
		_ => Err(format!("{text}: a margin is a finite number above zero (1 for none)")),
	}
}

/// The spread of a series of durations, in nanoseconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
	/// How many there are.
	pub count: usize,
	/// The least.
	pub min: u64,
	/// The greatest.
	pub max: u64,
	/// Their mean, rounded down.
	pub average: u64,
	/// The 50th percentile (nearest rank), and the 75th, 95th and 99th below.
	pub median: u64,
	/// The 75th percentile.
	pub p75: u64,
	/// The 95th percentile.
	pub p95: u64,
	/// The 99th percentile.
	pub p99: u64,
	/// The standard deviation, to two decimals.
	pub stddev: f64,
}

impl Stats {
	/// The spread of `values` (empty: all zero).
	pub fn of(values: &[u64]) -> Self {
		if values.is_empty() {
			return Self::default();
		}
		let mut sorted = values.to_vec();
		sorted.sort_unstable();
		let count = sorted.len();
		let sum: u128 = sorted.iter().map(|v| u128::from(*v)).sum();
		let mean = sum as f64 / count as f64;
		let variance =
			sorted.iter().map(|v| (*v as f64 - mean).powi(2)).sum::<f64>() / count as f64;
		// Nearest rank: the smallest value at or above the share `p` of the series.
		let rank = |p: f64| sorted[((p * count as f64).ceil() as usize).clamp(1, count) - 1];
		Self {
			count,
			min: sorted[0],
			max: sorted[count - 1],
			average: (sum / count as u128) as u64,
			median: rank(0.5),
			p75: rank(0.75),
			p95: rank(0.95),
			p99: rank(0.99),
			stddev: (variance.sqrt() * 100.0).round() / 100.0,
		}
	}
}

/// What a run measured.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
	/// The block whose state was measured (the last finalized).
	pub block_number: u64,
	/// Keys in that state (all of them were read; `keys_limit` of them if set).
	pub keys: usize,
	/// Their values' total length, in bytes.
	pub value_bytes: u64,
	/// One read's time, per key.
	pub read: Stats,
	/// One write's time, per batch (its batch's time over its keys).
	pub write: Stats,
	/// Each batch's time over its keys, in the order written.
	pub write_batches: Vec<u64>,
	/// Keys per written batch.
	pub batch_size: u64,
	/// The read weight stated, in nanoseconds.
	pub read_weight_ns: u64,
	/// The write weight stated, in nanoseconds.
	pub write_weight_ns: u64,
	/// The margin the averages were multiplied by.
	pub mul: f64,
	/// The nanoseconds added to them.
	pub add: u64,
}

/// A seeded xorshift: the keys' order and the values written, reproducible without a dependency.
struct Rng(u64);

impl Rng {
	fn new(seed: u64) -> Self {
		Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
	}

	fn next(&mut self) -> u64 {
		self.0 ^= self.0 << 13;
		self.0 ^= self.0 >> 7;
		self.0 ^= self.0 << 17;
		self.0
	}

	fn shuffle<T>(&mut self, items: &mut [T]) {
		for i in (1..items.len()).rev() {
			let j = (self.next() % (i as u64 + 1)) as usize;
			items.swap(i, j);
		}
	}

	fn bytes(&mut self, len: usize) -> Vec<u8> {
		(0..len).map(|_| self.next() as u8).collect()
	}
}

/// The weight stated for a measured average: times `mul`, plus `add`, never below 1 ns.
pub fn weight_ns(average: u64, mul: f64, add: u64) -> u64 {
	((average as f64 * mul).round() as u64).saturating_add(add).max(1)
}

impl StorageWeightsCmd {
	/// What is checked before the database is opened: that it is a copy, that the header can be
	/// read and that the outputs can be written. Returns the header's text.
	pub fn prepare(&self) -> sc_cli::Result<String> {
		if self.shared_params.base_path.is_none() || !self.on_a_copy {
			return Err(sc_cli::Error::Input(
				"storage-weights finalizes blocks of random state (`:code` included) in the \
				 database it measures: give the --base-path of a copy of a stopped node's, and \
				 --on-a-copy"
					.into(),
			));
		}
		let header = match &self.header {
			Some(path) => std::fs::read_to_string(path)
				.map_err(|e| sc_cli::Error::Input(format!("{}: {e}", path.display())))?,
			None => String::new(),
		};
		for path in self.outputs() {
			if path.is_dir() {
				return Err(sc_cli::Error::Input(format!("{}: a directory", path.display())));
			}
			let temporary = temporary_beside(path);
			create_new(&temporary, "")
				.and_then(|()| std::fs::remove_file(&temporary))
				.map_err(|e| sc_cli::Error::Input(format!("{}: {e}", path.display())))?;
		}
		Ok(header)
	}

	/// The files it writes.
	fn outputs(&self) -> impl Iterator<Item = &PathBuf> {
		self.json.iter().chain(&self.weight_path)
	}

	/// Measures on the last finalized block of `backend`'s chain and writes what was asked,
	/// headed by `header` ([`Self::prepare`]).
	pub fn run<B, BA>(&self, header: &str, backend: Arc<BA>) -> sc_cli::Result<()>
	where
		B: BlockT,
		BA: Backend<B>,
	{
		let measurement = self.measure::<B, BA>(&backend)?;
		let report = serde_json::to_string_pretty(&measurement)
			.map_err(|e| sc_cli::Error::Input(e.to_string()))?;
		println!("{report}");
		let command = std::env::args().collect::<Vec<_>>();
		let mut texts = Vec::new();
		if let Some(path) = &self.json {
			texts.push((path, report + "\n"));
		}
		if let Some(path) = &self.weight_path {
			texts.push((path, weights_file(header, &command, &measurement)));
		}
		// Both whole or neither: every temporary file written first, then each renamed.
		let mut written = Vec::new();
		for (path, text) in &texts {
			let temporary = temporary_beside(path);
			if let Err(e) = create_new(&temporary, text) {
				let _ = std::fs::remove_file(&temporary);
				for (temporary, _) in &written {
					let _ = std::fs::remove_file(temporary);
				}
				return Err(sc_cli::Error::Input(format!("{}: {e}", path.display())));
			}
			written.push((temporary, *path));
		}
		for (temporary, path) in written {
			std::fs::rename(&temporary, path)
				.map_err(|e| sc_cli::Error::Input(format!("{}: {e}", path.display())))?;
			eprintln!("storage-weights: wrote {}", path.display());
		}
		Ok(())
	}

	fn measure<B, BA>(&self, backend: &Arc<BA>) -> sc_cli::Result<Measurement>
	where
		B: BlockT,
		BA: Backend<B>,
	{
		let info = backend.blockchain().info();
		// The last finalized block: the first batch's block must be its child to be finalized.
		let (base, number) = (info.finalized_hash, info.finalized_number);
		let state = backend.state_at(base, TrieCacheContext::Untrusted)?;

		let mut keys = Vec::new();
		for key in state.keys(IterArgs::default()).map_err(state_error)? {
			keys.push(key.map_err(state_error)?);
		}
		let mut rng = Rng::new(self.seed);
		rng.shuffle(&mut keys);
		if let Some(limit) = self.keys_limit {
			keys.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
		}
		let batch_size = usize::try_from(self.batch_size).unwrap_or(usize::MAX);
		if keys.len() < batch_size {
			return Err(sc_cli::Error::Input(format!(
				"fewer keys ({}) than one batch ({batch_size}): lower --batch-size",
				keys.len()
			)));
		}
		let number_u64: u64 = TryInto::<u64>::try_into(number).unwrap_or(u64::MAX);
		eprintln!("storage-weights: {} keys at block #{number_u64}", keys.len());

		// A warm-up pass, then one timed read of each key.
		let mut lengths = Vec::with_capacity(keys.len());
		for key in &keys {
			lengths.push(state.storage(key).map_err(state_error)?.map_or(0, |value| value.len()));
		}
		let mut reads = Vec::with_capacity(keys.len());
		for key in &keys {
			let start = Instant::now();
			let value = state.storage(key).map_err(state_error)?;
			reads.push(nanos(start.elapsed()));
			std::hint::black_box(value);
		}
		drop(state);
		eprintln!("storage-weights: read {} keys", reads.len());

		// Each full batch: new values, the new root and trie nodes, imported as a block on the
		// one before and finalized in the same commit (its nodes canonicalized into the state
		// column, so the next batch finds none of them in the state database's memory).
		let (mut parent, mut parent_number) = (base, number);
		let mut writes = Vec::new();
		for (index, (batch, batch_lengths)) in
			keys.chunks_exact(batch_size).zip(lengths.chunks_exact(batch_size)).enumerate()
		{
			let changes: Vec<(&[u8], Vec<u8>)> = batch
				.iter()
				.zip(batch_lengths)
				.map(|(key, length)| (&key[..], rng.bytes(*length)))
				.collect();
			let state = backend.state_at(parent, TrieCacheContext::Untrusted)?;
			let start = Instant::now();
			let (root, transaction) = state.storage_root(
				changes.iter().map(|(key, value)| (*key, Some(&value[..]))),
				sp_runtime::StateVersion::V1,
			);
			let mut operation = backend.begin_operation()?;
			backend.begin_state_operation(&mut operation, parent)?;
			operation.update_db_storage(transaction)?;
			let block = <B::Header as HeaderT>::new(
				parent_number + One::one(),
				Default::default(),
				root,
				parent,
				Digest {
					logs: vec![DigestItem::Other((b"storage-weights", index as u64).encode())],
				},
			);
			(parent, parent_number) = (block.hash(), *block.number());
			// No body, and no gap recorded for it: these blocks were never a chain's.
			operation.set_create_gap(false);
			operation.set_block_data(block, None, None, None, NewBlockState::Final, true)?;
			drop(state);
			backend.commit_operation(operation)?;
			writes.push(nanos(start.elapsed()) / batch.len() as u64);
			eprintln!("storage-weights: wrote batch {} of {} keys", index + 1, batch.len());
		}

		let (read, write) = (Stats::of(&reads), Stats::of(&writes));
		Ok(Measurement {
			block_number: number_u64,
			keys: keys.len(),
			value_bytes: lengths.iter().map(|l| *l as u64).sum(),
			read_weight_ns: weight_ns(read.average, self.mul, self.add),
			write_weight_ns: weight_ns(write.average, self.mul, self.add),
			read,
			write,
			write_batches: writes,
			batch_size: self.batch_size,
			mul: self.mul,
			add: self.add,
		})
	}
}

/// A hidden temporary file beside `path`, unique to this process.
fn temporary_beside(path: &std::path::Path) -> PathBuf {
	let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
	path.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

/// Writes `text` to a file that must not exist yet.
fn create_new(path: &std::path::Path, text: &str) -> std::io::Result<()> {
	use std::io::Write;
	std::fs::OpenOptions::new().write(true).create_new(true).open(path)?.write_all(text.as_bytes())
}

/// A state backend's error, as the command line reports it.
fn state_error(e: impl std::fmt::Display) -> sc_cli::Error {
	sc_cli::Error::Input(e.to_string())
}

fn nanos(elapsed: Duration) -> u64 {
	u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX)
}

/// Digits in groups of three, as the weight files write them.
fn underscored(n: u64) -> String {
	let digits = n.to_string();
	let mut out = String::new();
	for (i, c) in digits.chars().enumerate() {
		if i > 0 && (digits.len() - i) % 3 == 0 {
			out.push('_');
		}
		out.push(c);
	}
	out
}

/// The runtime's `paritydb_weights.rs` for `m`, headed by `header` and the command that made it.
pub fn weights_file(header: &str, command: &[String], m: &Measurement) -> String {
	let stats = |what: &str, over: &str, s: &Stats, weight: u64| {
		format!(
			"\t\t// Time to {what} one storage item: the average {over}, times {mul}, plus {add} ns.\n\
			 \t\t//\n\
			 \t\t// Stats nanoseconds:\n\
			 \t\t//   Min, Max: {min}, {max}\n\
			 \t\t//   Average:  {avg}\n\
			 \t\t//   Median:   {median}\n\
			 \t\t//   Std-Dev:  {stddev}\n\
			 \t\t//\n\
			 \t\t// Percentiles nanoseconds:\n\
			 \t\t//   99th: {p99}\n\
			 \t\t//   95th: {p95}\n\
			 \t\t//   75th: {p75}\n\
			 \t\t{what}: {weight} * constants::WEIGHT_REF_TIME_PER_NANOS,\n",
			mul = m.mul,
			add = m.add,
			min = underscored(s.min),
			max = underscored(s.max),
			avg = underscored(s.average),
			median = underscored(s.median),
			stddev = s.stddev,
			p99 = underscored(s.p99),
			p95 = underscored(s.p95),
			p75 = underscored(s.p75),
			weight = underscored(weight),
		)
	};
	let mut out = String::new();
	out.push_str(header);
	if !header.is_empty() && !header.ends_with('\n') {
		out.push('\n');
	}
	out.push_str(&format!(
		"\n//! What one storage read and one storage write cost this runtime on ParityDB, the only\n\
		 //! database a CareChain node runs, measured by `carechain-node storage-weights` on the state\n\
		 //! of a chain at block #{block} ({keys} keys, {bytes} bytes of values): every key read once\n\
		 //! from the database through the trie with no cache, then written back in batches of\n\
		 //! {batch} (the trie's new nodes committed as a block). The runtime states it as\n\
		 //! `frame_system::Config::DbWeight`, so every benchmarked weight's reads and writes are\n\
		 //! charged at it instead of the stock figures FRAME ships for ParityDB (8 and 50 µs).\n\
		 //!\n\
		 //! DATE: {date}, HOSTNAME: `{host}`, CPU: `{cpu}`\n\
		 \n\
		 // Executed Command:\n",
		block = m.block_number,
		keys = underscored(m.keys as u64),
		bytes = underscored(m.value_bytes),
		batch = underscored(m.batch_size),
		date = today(),
		host = hostname(),
		cpu = cpu_name(),
	));
	for arg in command {
		out.push_str(&format!("//   {arg}\n"));
	}
	out.push_str(
		"\nuse frame_support::{\n\tparameter_types,\n\tweights::{constants, RuntimeDbWeight},\n};\n\n\
		 parameter_types! {\n\
		 \t/// ParityDB's read and write on the machine that measured them.\n\
		 \tpub const ParityDbWeight: RuntimeDbWeight = RuntimeDbWeight {\n",
	);
	let reads = format!("of {} reads", underscored(m.read.count as u64));
	let writes = format!("per key of {} batches", underscored(m.write.count as u64));
	out.push_str(&stats("read", &reads, &m.read, m.read_weight_ns));
	out.push('\n');
	out.push_str(&stats("write", &writes, &m.write, m.write_weight_ns));
	out.push_str(
		"\t};\n}\n\n\
		 #[cfg(test)]\n\
		 mod test_db_weights {\n\
		 \tuse super::ParityDbWeight as W;\n\
		 \tuse frame_support::weights::constants;\n\n\
		 \t/// Both weights exist and are sane: at least 1 µs, at most 1 ms.\n\
		 \t#[test]\n\
		 \tfn bound() {\n\
		 \t\tfor weight in [W::get().reads(1), W::get().writes(1)] {\n\
		 \t\t\tassert!(weight.ref_time() >= constants::WEIGHT_REF_TIME_PER_MICROS);\n\
		 \t\t\tassert!(weight.ref_time() <= constants::WEIGHT_REF_TIME_PER_MILLIS);\n\
		 \t\t}\n\
		 \t}\n\
		 }\n",
	);
	out
}

/// Today's date (UTC), as `YYYY-MM-DD`.
fn today() -> String {
	let secs = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |d| d.as_secs());
	civil_date(secs / 86_400)
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: u64) -> String {
	let z = days as i64 + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z.rem_euclid(146_097);
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = doy - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = yoe + era * 400 + i64::from(month <= 2);
	format!("{year:04}-{month:02}-{day:02}")
}

/// This machine's name, as the kernel has it.
fn hostname() -> String {
	std::fs::read_to_string("/proc/sys/kernel/hostname")
		.map(|name| name.trim().to_string())
		.unwrap_or_default()
}

/// The CPU's model name, as `/proc/cpuinfo` has it.
fn cpu_name() -> String {
	std::fs::read_to_string("/proc/cpuinfo")
		.ok()
		.and_then(|info| {
			info.lines()
				.find(|line| line.starts_with("model name"))
				.and_then(|line| line.split(':').nth(1))
				.map(|name| name.trim().to_string())
		})
		.unwrap_or_default()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn stats_are_the_series_spread() {
		let s = Stats::of(&[5, 1, 4, 2, 3]);
		assert_eq!((s.count, s.min, s.max, s.average, s.median), (5, 1, 5, 3, 3));
		assert_eq!((s.p75, s.p95, s.p99), (4, 5, 5));
		assert!((s.stddev - 1.41).abs() < 1e-9);
		let hundred: Vec<u64> = (1..=100).collect();
		let s = Stats::of(&hundred);
		assert_eq!((s.median, s.p75, s.p95, s.p99, s.average), (50, 75, 95, 99, 50));
		assert_eq!(Stats::of(&[]), Stats::default());
	}

	#[test]
	fn the_weight_is_the_average_with_its_margin() {
		assert_eq!(weight_ns(10_000, 1.0, 0), 10_000);
		assert_eq!(weight_ns(10_000, 1.1, 500), 11_500);
		assert_eq!(weight_ns(0, 1.0, 0), 1);
		assert_eq!(weight_ns(u64::MAX, 2.0, u64::MAX), u64::MAX);
	}

	#[test]
	fn dates_and_digits_are_written_as_the_weight_files_write_them() {
		assert_eq!(civil_date(0), "1970-01-01");
		assert_eq!(civil_date(20_794), "2026-12-07");
		assert_eq!(civil_date(11_016), "2000-02-29");
		assert_eq!(underscored(0), "0");
		assert_eq!(underscored(999), "999");
		assert_eq!(underscored(1_000), "1_000");
		assert_eq!(underscored(12_345_678), "12_345_678");
	}

	#[test]
	fn the_shuffle_is_a_seeded_permutation() {
		let mut a: Vec<u32> = (0..1_000).collect();
		let mut b = a.clone();
		Rng::new(7).shuffle(&mut a);
		Rng::new(7).shuffle(&mut b);
		assert_eq!(a, b);
		assert_ne!(a, (0..1_000).collect::<Vec<_>>());
		a.sort_unstable();
		assert_eq!(a, (0..1_000).collect::<Vec<_>>());
		assert_eq!(Rng::new(1).bytes(33).len(), 33);
	}

	#[test]
	fn the_weights_file_states_the_measured_weights() {
		let m = Measurement {
			block_number: 42,
			keys: 3,
			value_bytes: 96,
			read: Stats::of(&[4_000, 5_000, 6_000]),
			write: Stats::of(&[20_000]),
			write_batches: vec![20_000],
			batch_size: 3,
			read_weight_ns: 5_000,
			write_weight_ns: 20_000,
			mul: 1.0,
			add: 0,
		};
		let file =
			weights_file("// header\n", &["carechain-node".into(), "storage-weights".into()], &m);
		assert!(file.starts_with("// header\n"));
		assert!(file.contains("read: 5_000 * constants::WEIGHT_REF_TIME_PER_NANOS,"));
		assert!(file.contains("write: 20_000 * constants::WEIGHT_REF_TIME_PER_NANOS,"));
		assert!(file.contains("//   storage-weights\n"));
		assert!(file.contains("block #42 (3 keys, 96 bytes of values)"));
		assert!(file.contains("the average of 3 reads, times 1, plus 0 ns"));
		assert!(file.contains("the average per key of 1 batches, times 1, plus 0 ns"));
		assert!(file.contains("pub const ParityDbWeight: RuntimeDbWeight"));
	}
}
