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
		LoadCommand::Run { set, rsa, store, rate, duration_secs, settle_secs, connections } => {
			let set = set.set()?;
			let rsa = session.rsa_key(rsa)?;
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
	}
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
