//! `carechain-fuzz`: drives the runtime through seeded inputs (or a corpus) and reports what it
//! found. See `docs/fuzzing.md`.
//!
//! ```text
//! carechain-fuzz --calls 1000000            seeded inputs until a million calls are made
//! carechain-fuzz --corpus fuzz/corpus/runtime   replay every input of a corpus
//! carechain-fuzz --calls 200000 --grow-corpus fuzz/corpus/runtime
//!                                           keep each seeded input that reached an outcome
//!                                           (a pallet's success, an error) no input before it did
//! ```

use carechain_fuzz::{genesis_storage, seeded_input, Chain, Finding, Tally, SEEDED_INPUT_LEN};
use clap::Parser;
use std::{
	collections::BTreeSet,
	path::{Path, PathBuf},
	sync::{
		atomic::{AtomicBool, AtomicU64, Ordering},
		Mutex,
	},
	time::{Duration, Instant},
};

#[derive(Parser, Debug)]
#[command(name = "carechain-fuzz", about = "Fuzz the CareChain runtime natively")]
struct Args {
	/// Make seeded inputs until this many calls have been drawn.
	#[arg(long, default_value_t = 10_000)]
	calls: u64,
	/// The first seed; input `i` uses seed `seed + i`.
	#[arg(long, default_value_t = 0)]
	seed: u64,
	/// Bytes per seeded input.
	#[arg(long, default_value_t = SEEDED_INPUT_LEN)]
	input_len: usize,
	/// Replay every file of this directory instead of seeded inputs.
	#[arg(long)]
	corpus: Option<PathBuf>,
	/// Keep seeded inputs that reach a new outcome in this directory.
	#[arg(long)]
	grow_corpus: Option<PathBuf>,
	/// Where failing inputs are written.
	#[arg(long, default_value = "fuzz/findings")]
	findings: PathBuf,
	/// Worker threads.
	#[arg(long, default_value_t = 2)]
	jobs: u64,
	/// Instead of the runtime, run this many seeded inputs through each parser target.
	#[arg(long)]
	parsers: Option<u64>,
	/// Print the summary as JSON.
	#[arg(long)]
	json: bool,
}

struct Shared {
	tally: Mutex<Tally>,
	outcomes: Mutex<BTreeSet<String>>,
	findings: Mutex<Vec<(String, Finding)>>,
	calls: AtomicU64,
	inputs: AtomicU64,
	stop: AtomicBool,
}

fn main() {
	let args = Args::parse();
	// A finding's panic is reported with its input; the default hook's backtrace would only
	// interleave the workers' output.
	std::panic::set_hook(Box::new(|_| {}));
	if let Some(inputs) = args.parsers {
		return fuzz_parsers(inputs, args.seed, args.json);
	}
	let storage = genesis_storage();
	let shared = Shared {
		tally: Mutex::new(Tally::default()),
		outcomes: Mutex::new(BTreeSet::new()),
		findings: Mutex::new(Vec::new()),
		calls: AtomicU64::new(0),
		inputs: AtomicU64::new(0),
		stop: AtomicBool::new(false),
	};
	let started = Instant::now();
	let corpus: Option<Vec<PathBuf>> = args.corpus.as_ref().map(|dir| {
		let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
			.unwrap_or_else(|e| fail(&format!("cannot read the corpus {}: {e}", dir.display())))
			.filter_map(|entry| entry.ok().map(|e| e.path()))
			.filter(|path| path.is_file())
			.collect();
		files.sort();
		files
	});
	if let Some(dir) = &args.grow_corpus {
		std::fs::create_dir_all(dir)
			.unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", dir.display())));
		// What the corpus already reaches is not new.
		for file in std::fs::read_dir(dir).into_iter().flatten().flatten() {
			if let Ok(input) = std::fs::read(file.path()) {
				let (tally, _) = Chain::run(storage.clone(), &input);
				shared.outcomes.lock().expect("not poisoned").extend(outcomes(&tally));
			}
		}
	}
	std::thread::scope(|scope| {
		for job in 0..args.jobs.max(1) {
			let (shared, storage, args, corpus) = (&shared, &storage, &args, &corpus);
			scope.spawn(move || {
				let mut i = job;
				loop {
					if shared.stop.load(Ordering::Relaxed) {
						break;
					}
					let (name, input) = match corpus {
						Some(files) => match files.get(i as usize) {
							Some(path) => (
								path.display().to_string(),
								std::fs::read(path).unwrap_or_default(),
							),
							None => break,
						},
						None => {
							if shared.calls.load(Ordering::Relaxed) >= args.calls {
								break;
							}
							let seed = args.seed.wrapping_add(i);
							(format!("seed {seed}"), seeded_input(seed, args.input_len))
						},
					};
					// A panic outside the runtime's guard (in drawing a call) is a finding too.
					let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
						Chain::run(storage.clone(), &input)
					}));
					let (tally, outcome) = run.unwrap_or_else(|_| {
						let message = "a panic outside the runtime (drawing a call)".to_string();
						(Tally::default(), Err(Finding::Panic { block: 0, message }))
					});
					shared.calls.fetch_add(tally.calls, Ordering::Relaxed);
					shared.inputs.fetch_add(1, Ordering::Relaxed);
					if let Some(dir) = &args.grow_corpus {
						let mut known = shared.outcomes.lock().expect("not poisoned");
						let new: Vec<String> =
							outcomes(&tally).into_iter().filter(|o| !known.contains(o)).collect();
						if !new.is_empty() {
							let file =
								dir.join(format!("{}-{}", name.replace(' ', "-"), new.len()));
							std::fs::write(&file, &input).unwrap_or_else(|e| {
								fail(&format!("cannot write {}: {e}", file.display()))
							});
							known.extend(new);
						}
					}
					if let Err(finding) = outcome {
						save_finding(&args.findings, &name, &input);
						shared.findings.lock().expect("not poisoned").push((name, finding));
					}
					shared.tally.lock().expect("not poisoned").add(&tally);
					i += args.jobs.max(1);
				}
			});
		}
		// Progress every ten seconds on stderr.
		scope.spawn(|| {
			let mut last = Instant::now();
			loop {
				std::thread::sleep(Duration::from_millis(200));
				let done = shared.calls.load(Ordering::Relaxed);
				let finished = match &corpus {
					Some(files) => shared.inputs.load(Ordering::Relaxed) >= files.len() as u64,
					None => done >= args.calls,
				};
				if finished || shared.stop.load(Ordering::Relaxed) {
					break;
				}
				if last.elapsed() >= Duration::from_secs(10) {
					last = Instant::now();
					let secs = started.elapsed().as_secs_f64();
					eprintln!(
						"carechain-fuzz: {done} calls in {} inputs, {:.0} calls/s, {} findings",
						shared.inputs.load(Ordering::Relaxed),
						done as f64 / secs,
						shared.findings.lock().expect("not poisoned").len()
					);
				}
			}
		});
	});
	let secs = started.elapsed().as_secs_f64();
	let tally = shared.tally.into_inner().expect("not poisoned");
	let findings = shared.findings.into_inner().expect("not poisoned");
	let inputs = shared.inputs.load(Ordering::Relaxed);
	if args.json {
		let summary = serde_json::json!({
			"inputs": inputs,
			"calls": tally.calls,
			"blocks": tally.blocks,
			"undecodable": tally.undecodable,
			"refused": tally.refused,
			"included": tally.included(),
			"succeeded": tally.succeeded,
			"failed": tally.failed,
			"seconds": secs,
			"findings": findings.iter().map(|(input, f)| serde_json::json!({
				"input": input, "finding": f.to_string(),
			})).collect::<Vec<_>>(),
		});
		println!("{}", serde_json::to_string_pretty(&summary).expect("JSON"));
	} else {
		println!(
			"carechain-fuzz: {} calls in {inputs} inputs and {} blocks, {secs:.0} s ({:.0} calls/s): \
			 {} included ({} succeeded), {} refused by the runtime, {} not decodable; {} distinct \
			 errors; {} findings",
			tally.calls,
			tally.blocks,
			tally.calls as f64 / secs.max(0.001),
			tally.included(),
			tally.succeeded.values().sum::<u64>(),
			tally.refused,
			tally.undecodable,
			tally.failed.len(),
			findings.len(),
		);
		for (pallet, n) in &tally.succeeded {
			println!("  succeeded {pallet}: {n}");
		}
		for (input, finding) in &findings {
			println!("FINDING ({input}): {finding}");
		}
	}
	if !findings.is_empty() {
		std::process::exit(1);
	}
}

/// Runs `inputs` seeded inputs through each parser target; a panic ends the process (with the
/// seed printed first).
fn fuzz_parsers(inputs: u64, seed: u64, json: bool) {
	use carechain_fuzz::{parsers, Source};
	let calls = parsers::call_indices();
	let started = Instant::now();
	let mut report = serde_json::Map::new();
	for target in parsers::Target::ALL {
		let mut accepted = 0u64;
		for i in 0..inputs {
			let input_seed = seed.wrapping_add(i) ^ ((target as u64) << 32);
			let input = seeded_input(input_seed, 1024);
			let outcome =
				std::panic::catch_unwind(|| parsers::run(target, &mut Source::new(&input), &calls));
			match outcome {
				Ok(true) => accepted += 1,
				Ok(false) => {},
				Err(_) => {
					save_finding(
						Path::new("fuzz/findings"),
						&format!("{target:?}-{input_seed}"),
						&input,
					);
					fail(&format!("{target:?} panicked on seed {input_seed}"));
				},
			}
		}
		if !json {
			println!("  {target:?}: {inputs} inputs, {accepted} accepted, no panic");
		}
		report.insert(
			format!("{target:?}"),
			serde_json::json!({ "inputs": inputs, "accepted": accepted }),
		);
	}
	let secs = started.elapsed().as_secs_f64();
	if json {
		report.insert("seconds".into(), serde_json::json!(secs));
		println!("{}", serde_json::to_string_pretty(&report).expect("JSON"));
	} else {
		println!("carechain-fuzz: parsers, {} inputs in {secs:.0} s, no panic", inputs * 6);
	}
}

/// The outcomes a run reached: each pallet that a call succeeded in, each error.
fn outcomes(tally: &Tally) -> Vec<String> {
	tally
		.succeeded
		.keys()
		.map(|p| format!("ok {p}"))
		.chain(tally.failed.keys().map(|e| format!("err {e}")))
		.collect()
}

fn save_finding(dir: &Path, name: &str, input: &[u8]) {
	let _ = std::fs::create_dir_all(dir);
	let file = dir.join(name.replace(' ', "-"));
	if std::fs::write(&file, input).is_ok() {
		eprintln!("carechain-fuzz: the failing input is {}", file.display());
	}
}

fn fail(message: &str) -> ! {
	eprintln!("carechain-fuzz: {message}");
	std::process::exit(2)
}
