//! `carechain load …`: the load generator ([`carechain_client::load`]) with a progress display
//! and its report as text or JSON.

use std::{sync::Arc, time::Duration};

use carechain_client::{load, records};

use crate::{
	args::LoadCommand,
	output::Failure,
	session::{open_store, Session},
};

pub async fn run(session: &Session<'_>, command: &LoadCommand) -> Result<(), Failure> {
	let output = session.output;
	match command {
		LoadCommand::Prepare { set, rsa, hospital, funder, fund_units } => {
			let set = set.set()?;
			let hospital = session.signer(hospital)?;
			let funder = session.signer(funder)?;
			let rsa = session.rsa_key(rsa)?;
			let api = session.client().await?;
			let progress = output.spinner("preparing the load set");
			let prepared = load::prepare(
				&api,
				&set,
				&hospital,
				&funder,
				&rsa,
				u128::from(*fund_units).saturating_mul(carechain_primitives::UNIT),
				records::DataCategory::VitalSigns,
				&|step| progress.set_message(step),
			)
			.await;
			progress.finish_and_clear();
			let prepared = prepared?;
			output.show(
				&prepared,
				[format!(
					"✓ load set of {} devices for {} patients ready: {} accounts funded, {} patients and {} devices registered, {} keys rotated now",
					set.devices(),
					set.patients(),
					prepared.funded,
					prepared.patients_registered,
					prepared.devices_registered,
					prepared.keys_rotated
				)],
			)
		},
		LoadCommand::Run { sending, rate, duration_secs, settle_secs, connections } => {
			let (set, rsa, store) = (&sending.set, &sending.rsa, &sending.store);
			let set = set.set()?;
			let rsa = session.rsa_key(rsa)?;
			let store = store
				.as_deref()
				.ok_or_else(|| Failure("load run needs --store DIR (the blob store)".into()))?;
			let store = open_store(store)?;
			let wanted = if *connections == 0 { set.devices().div_ceil(16) } else { *connections };
			let clients = session.connections(wanted).await?;
			let expected = (f64::from(set.devices()) * rate * *duration_secs as f64).ceil() as u64;
			let progress = output.bar(expected.max(1), "anchored");
			let options = load::RunOptions {
				rate: *rate,
				duration: Duration::from_secs(*duration_secs),
				settle: Duration::from_secs(*settle_secs),
				category: records::DataCategory::VitalSigns,
			};
			let report = load::run(&clients, &set, &rsa, Arc::new(store), &options, &|tally| {
				progress.set_position(tally.anchored);
				progress.set_message(format!(
					"{} devices: {} submitted, {} refused",
					set.devices(),
					tally.submitted,
					tally.refused
				));
			})
			.await?;
			progress.finish_and_clear();
			output.show(&report, report_lines(&report))
		},
		LoadCommand::Bench {
			sending,
			funder,
			anchor_rates,
			batch_rates,
			batch_size,
			batch_duration_secs,
			transfer_rates,
			duration_secs,
			settle_secs,
			device_interval_ms,
			payers,
			connections,
			load_urls,
			in_flight,
			node_pid,
			measure_state,
			chart,
			governance_probe,
		} => {
			let (set, rsa, store) = (&sending.set, &sending.rsa, &sending.store);
			let set = set.set()?;
			let rsa = session.rsa_key(rsa)?;
			let funder = session.signer(funder)?;
			let governance_probe =
				governance_probe.as_deref().map(|member| session.signer(member)).transpose()?;
			let store = match store {
				Some(dir) => load::BenchStore::Dir(open_store(dir)?),
				None => load::BenchStore::Memory(carechain_crypto::blob_store::MemoryStore::new()),
			};
			// Every node listed gets a connection: fewer would leave a node out silently.
			let count =
				(*connections).max(1).max(u32::try_from(load_urls.len()).unwrap_or(u32::MAX));
			let clients = session.connections_to(load_urls, count).await?;
			let follower = session.connections(1).await?.pop();
			let follower = follower.ok_or_else(|| Failure("no connection".into()))?;
			let options = load::BenchOptions {
				anchor_rates: anchor_rates.iter().copied().filter(|r| *r > 0).collect(),
				transfer_rates: transfer_rates.iter().copied().filter(|r| *r > 0).collect(),
				batch_rates: batch_rates.iter().copied().filter(|r| *r > 0).collect(),
				batch_size: *batch_size,
				batch_duration: Duration::from_secs(*batch_duration_secs),
				duration: Duration::from_secs(*duration_secs),
				settle: Duration::from_secs(*settle_secs),
				device_interval: Duration::from_millis(*device_interval_ms),
				payers: *payers,
				in_flight: *in_flight,
				node_pid: *node_pid,
				measure_state: *measure_state,
				category: records::DataCategory::VitalSigns,
				governance_probe,
			};
			// Progress goes to stderr even with --json (stdout is the report): a bar on a
			// terminal, a line per phase otherwise.
			let bar = bench_bar();
			let phase = std::sync::Mutex::new((String::new(), std::time::Instant::now()));
			let report = load::bench(
				&clients,
				&follower,
				&set,
				&rsa,
				Arc::new(store),
				&funder,
				&options,
				&|step| show_progress(&bar, &phase, step),
			)
			.await;
			bar.finish_and_clear();
			let report = report?;
			if let Some(chart) = chart {
				load::chart_png(&report, chart)?;
				eprintln!("chart: {}", chart.display());
			}
			output.show(&report, bench_lines(&report))
		},
	}
}

fn bench_bar() -> indicatif::ProgressBar {
	let bar = indicatif::ProgressBar::new(1);
	bar.set_style(
		indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({elapsed})")
			.unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
	);
	bar
}

/// How often a running step's counts are written again when stderr is not a terminal.
const PROGRESS_LINE_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// Shows one progress report: on the bar, and (when stderr is not a terminal) a line each time
/// the phase changes and every [`PROGRESS_LINE_EVERY`] while a step runs (a step's first line, at its
/// start, counts nothing yet).
fn show_progress(
	bar: &indicatif::ProgressBar,
	phase: &std::sync::Mutex<(String, std::time::Instant)>,
	step: load::Progress,
) {
	let running = matches!(step, load::Progress::Running { .. });
	let (now, position, length) = match step {
		load::Progress::Building { step, done, total } => {
			(format!("{step}: building"), done, total)
		},
		load::Progress::Running { step, submitted, included, finalized, planned } => (
			format!("{step}: {submitted} submitted, {included} included, {finalized} finalized"),
			finalized,
			planned,
		),
		load::Progress::MeasuringState => ("reading the state".to_string(), 0, 1),
		load::Progress::WaitingForPool { pending } => {
			(format!("waiting for the pool to drain: {pending} left"), 0, 1)
		},
	};
	let name = now.split(':').next().unwrap_or_default().to_string()
		+ if now.contains("building") { " building" } else { "" };
	let mut last = phase.lock().unwrap_or_else(|e| e.into_inner());
	let due = running && last.1.elapsed() >= PROGRESS_LINE_EVERY;
	if bar.is_hidden() && (last.0 != name || due) {
		eprintln!("bench: {now}");
		*last = (name, std::time::Instant::now());
	}
	bar.set_length(length.max(1));
	bar.set_position(position);
	bar.set_message(now);
}

/// A benchmark's report, in words: a line per step.
fn bench_lines(report: &load::BenchReport) -> Vec<String> {
	let c = &report.ceilings;
	let mut lines = vec![
		format!("{}, {} connections to {} node(s), a reading per device every {} ms", report.node, report.connections, report.nodes, report.device_interval_ms),
		format!(
			"runtime ceiling ({} ms slot): {:.0} anchors/s ({} a block, by {}), {:.0} transfers/s ({} a block, by {})",
			c.slot_ms, c.anchor.per_sec, c.anchor.per_block, c.anchor.bound_by,
			c.transfer.per_sec, c.transfer.per_block, c.transfer.bound_by
		),
	];
	for s in &report.steps {
		lines.push(format!(
			"{} {:.0}/s offered ({} senders): sent {:.0}/s, included {:.1}/s ({:.0} % of the ceiling); \
			 best block p50 {} / p95 {} / p99 {} ms, finalized p50 {} / p95 {} / p99 {} ms; \
			 {} blocks, mean {:.0} / most {} a block",
			s.kind, s.offered_per_sec, s.senders, s.sent_per_sec, s.included_per_sec,
			100.0 * s.ratio_of_ceiling, s.in_block_ms.p50, s.in_block_ms.p95, s.in_block_ms.p99,
			s.finalized_ms.p50, s.finalized_ms.p95, s.finalized_ms.p99, s.blocks.count,
			s.blocks.mean_per_block, s.blocks.most_in_one
		));
		lines.push(format!(
			"  planned {}, submitted {}, refused {}, failed {}, finalized {}, unconfirmed {}, \
			 quarantined by the chain {}; sent late by p50 {} / p99 {} ms",
			s.planned,
			s.submitted,
			s.refused.values().sum::<u64>(),
			s.failed,
			s.finalized,
			s.unconfirmed,
			s.quarantined.len(),
			s.send_lag_ms.p50,
			s.send_lag_ms.p99
		));
		lines.extend(s.refused.iter().map(|(reason, n)| format!("  refused {n}: {reason}")));
		if s.retried > 0 {
			lines.push(format!("  offered again {} times after the pool was full", s.retried));
		}
		if let Some(probe) = &s.governance {
			lines.push(match (probe.blocks, probe.in_block_ms, &probe.refused) {
				(Some(blocks), Some(ms), _) => format!(
					"  governance probe: in a block {blocks} after the best one when sent ({ms} ms)"
				),
				(_, _, Some(reason)) => format!("  governance probe: refused ({reason})"),
				_ => "  governance probe: not in a block by the step's end".to_string(),
			});
			if let (Some(hash), Some(best)) = (&probe.hash, probe.sent_at_best) {
				lines.push(format!("    its hash {hash}, sent at best block #{best}"));
			}
		}
		if let Some(node) = &s.node {
			lines.push(format!(
				"  node CPU {:.0} % (100 = a core), RSS {:.0} MiB (peak {:.0}); generator CPU {:.0} %",
				node.cpu_percent, node.rss_mib, node.peak_rss_mib, s.generator_cpu_percent
			));
		}
		if let Some(bytes) = s.state_bytes_per_item {
			lines.push(format!("  state added: {bytes:.0} bytes an anchor"));
		}
	}
	lines
}

/// A load run's report, in words.
fn report_lines(report: &load::LoadReport) -> Vec<String> {
	let mut lines = vec![
		format!(
			"{} devices over {} connections, {:.2} readings/s each for {:.0} s",
			report.devices, report.connections, report.rate_per_device, report.duration_secs
		),
		format!(
			"submitted {}, refused {}, anchored {}, unconfirmed {}",
			report.submitted,
			report.refused.values().sum::<u64>(),
			report.anchored,
			report.unconfirmed
		),
	];
	lines.extend(
		report.refused.iter().map(|(reason, count)| format!("  refused {count}: {reason}")),
	);
	lines.push(format!(
		"{:.1} anchors/s in {} blocks (#{}..#{}, at most {} in one)",
		report.anchors_per_sec,
		report.blocks.count,
		report.blocks.first,
		report.blocks.last,
		report.blocks.most_in_one
	));
	lines.push(format!(
		"to a best block: p50 {} ms, p95 {} ms, max {} ms",
		report.latency_ms.p50, report.latency_ms.p95, report.latency_ms.max
	));
	lines.push(if report.quarantined.is_empty() {
		"no device of the set is quarantined".to_string()
	} else {
		format!("quarantined by the chain: {}", report.quarantined.join(", "))
	});
	lines
}
