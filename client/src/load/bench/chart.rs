//! The benchmark's chart: throughput and latency against offered load, as a PNG.

use std::path::Path;

use plotters::{
	coord::{types::RangedCoordf64, Shift},
	prelude::*,
};

use super::{BenchReport, StepReport};
use crate::records::{err, WorkflowError};

/// Where the chart's font is looked for (Debian's `fonts-dejavu-core`, which
/// `scripts/setup.sh` installs).
pub const FONT_PATHS: [&str; 2] =
	["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"];

const ANCHORS: RGBColor = RGBColor(31, 119, 180);
const TRANSFERS: RGBColor = RGBColor(214, 39, 40);

/// Draws `report` into a PNG at `path`: above, included per second against offered per second
/// for anchors and transfers (batches are in the JSON), with the runtime's ceiling for each at
/// what they were charged and the line where all that
/// is offered is included; below, submission → best block and → finalized latency (p50 and
/// p95) against offered per second.
pub fn chart_png(report: &BenchReport, path: &Path) -> Result<(), WorkflowError> {
	register_font()?;
	let fail = |e: &dyn std::fmt::Display| err(format!("drawing {}: {e}", path.display()));
	let anchors: Vec<&StepReport> = report.steps.iter().filter(|s| s.kind == "anchors").collect();
	let transfers: Vec<&StepReport> =
		report.steps.iter().filter(|s| s.kind == "transfers").collect();
	let offered_max = report
		.steps
		.iter()
		.filter(|s| s.kind != "batches")
		.map(|s| s.offered_per_sec)
		.fold(1.0, f64::max)
		* 1.05;
	// Each kind's ceiling at what its transactions were charged (after refunds), else declared.
	let ceiling = |steps: &[&StepReport], declared: f64| {
		let charged = steps.iter().map(|s| s.ceiling_per_sec).fold(0.0, f64::max);
		if charged > 0.0 {
			charged
		} else {
			declared
		}
	};
	let anchor_ceiling = ceiling(&anchors, report.ceilings.anchor.per_sec);
	let transfer_ceiling = ceiling(&transfers, report.ceilings.transfer.per_sec);
	let rate_max = report
		.steps
		.iter()
		.filter(|s| s.kind != "batches")
		.map(|s| s.included_per_sec.max(s.offered_per_sec))
		.chain([anchor_ceiling, transfer_ceiling])
		.fold(1.0, f64::max)
		* 1.1;
	let seconds = |ms: u64| ms as f64 / 1000.0;
	let latency_max = report
		.steps
		.iter()
		.map(|s| seconds(s.finalized_ms.p95.max(s.in_block_ms.p95)))
		.fold(1.0, f64::max)
		* 1.1;

	let root = BitMapBackend::new(path, (1200, 1000)).into_drawing_area();
	root.fill(&WHITE).map_err(|e| fail(&e))?;
	let (upper, lower) = root.split_vertically(500);

	let mut rates = panel(
		&upper,
		format!(
			"CareChain throughput: {} ({} connections to {} node{})",
			report.node,
			report.connections,
			report.nodes,
			if report.nodes == 1 { "" } else { "s" }
		),
		(offered_max, rate_max),
		"included per second",
	)
	.map_err(|e| fail(&e))?;
	rates
		.draw_series(LineSeries::new([(0.0, 0.0), (offered_max, offered_max)], BLACK.mix(0.3)))
		.map_err(|e| fail(&e))?
		.label("all offered included")
		.legend(|(x, y)| PathElement::new([(x, y), (x + 20, y)], BLACK.mix(0.3)));
	for (steps, ceiling, color, name) in [
		(&anchors, anchor_ceiling, ANCHORS, "anchors"),
		(&transfers, transfer_ceiling, TRANSFERS, "transfers"),
	] {
		if steps.is_empty() {
			continue;
		}
		let points: Vec<(f64, f64)> =
			steps.iter().map(|s| (s.offered_per_sec, s.included_per_sec)).collect();
		rates
			.draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))
			.map_err(|e| fail(&e))?
			.label(format!("{name} included"))
			.legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], color.stroke_width(2)));
		rates
			.draw_series(points.iter().map(|p| Circle::new(*p, 4, color.filled())))
			.map_err(|e| fail(&e))?;
		rates
			.draw_series(DashedLineSeries::new(
				[(0.0, ceiling), (offered_max, ceiling)],
				8,
				5,
				color.mix(0.6).into(),
			))
			.map_err(|e| fail(&e))?
			.label(format!("{name}: runtime ceiling {ceiling:.0}/s (dashed)"))
			.legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], color.mix(0.6)));
	}
	legend(&mut rates).map_err(|e| fail(&e))?;

	let mut latency =
		panel(&lower, "Latency from submission".into(), (offered_max, latency_max), "seconds")
			.map_err(|e| fail(&e))?;
	for (steps, color, name) in
		[(&anchors, ANCHORS, "anchors"), (&transfers, TRANSFERS, "transfers")]
	{
		if steps.is_empty() {
			continue;
		}
		let series: [(&str, fn(&StepReport) -> u64, bool); 4] = [
			("best block p50", |s| s.in_block_ms.p50, false),
			("best block p95 (dashed)", |s| s.in_block_ms.p95, true),
			("finalized p50", |s| s.finalized_ms.p50, false),
			("finalized p95 (dashed)", |s| s.finalized_ms.p95, true),
		];
		for (label, pick, dashed) in series {
			let points: Vec<(f64, f64)> =
				steps.iter().map(|s| (s.offered_per_sec, seconds(pick(s)))).collect();
			let shade =
				if label.starts_with("finalized") { color.mix(0.55) } else { color.mix(1.0) };
			let style = shade.stroke_width(2);
			let drawn = if dashed {
				latency.draw_series(DashedLineSeries::new(points.clone(), 8, 5, style))
			} else {
				latency.draw_series(LineSeries::new(points.clone(), style))
			};
			drawn
				.map_err(|e| fail(&e))?
				.label(format!("{name}: {label}"))
				.legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], style));
			latency
				.draw_series(points.iter().map(|p| Circle::new(*p, 3, shade.filled())))
				.map_err(|e| fail(&e))?;
		}
	}
	legend(&mut latency).map_err(|e| fail(&e))?;
	root.present().map_err(|e| fail(&e))?;
	Ok(())
}

/// One of the two panels: offered per second across, 0 to `max.1` up, its mesh drawn.
type Panel<'a, 'b> =
	ChartContext<'a, BitMapBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

fn panel<'a, 'b>(
	area: &'a DrawingArea<BitMapBackend<'b>, Shift>,
	caption: String,
	max: (f64, f64),
	y_desc: &str,
) -> Result<Panel<'a, 'b>, String> {
	let mut chart = ChartBuilder::on(area)
		.caption(caption, ("sans-serif", 22))
		.margin(16)
		.x_label_area_size(44)
		.y_label_area_size(70)
		.build_cartesian_2d(0.0..max.0, 0.0..max.1)
		.map_err(|e| e.to_string())?;
	chart
		.configure_mesh()
		.x_desc("offered per second")
		.y_desc(y_desc)
		.draw()
		.map_err(|e| e.to_string())?;
	Ok(chart)
}

/// A panel's legend, in its upper left corner.
fn legend<'a, 'b: 'a>(chart: &mut Panel<'a, 'b>) -> Result<(), String> {
	chart
		.configure_series_labels()
		.position(SeriesLabelPosition::UpperLeft)
		.background_style(WHITE.mix(0.85))
		.border_style(BLACK.mix(0.4))
		.draw()
		.map_err(|e| e.to_string())
}

/// Registers the sans-serif font the chart's text is drawn in, once.
fn register_font() -> Result<(), WorkflowError> {
	static REGISTERED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
	REGISTERED
		.get_or_init(|| {
			let bytes =
				FONT_PATHS.iter().find_map(|path| std::fs::read(path).ok()).ok_or_else(|| {
					format!(
						"the chart needs the DejaVu Sans font (Debian's fonts-dejavu-core) at {}",
						FONT_PATHS[0]
					)
				})?;
			plotters::style::register_font("sans-serif", FontStyle::Normal, Box::leak(bytes.into()))
				.map_err(|_| "DejaVu Sans is not a font plotters can read".to_string())
		})
		.clone()
		.map_err(err)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::load::bench::{Blocks, Ceiling, Ceilings, Percentiles};
	use std::collections::BTreeMap;

	fn step(kind: &str, offered: f64, included: f64, p50: u64) -> StepReport {
		StepReport {
			kind: kind.into(),
			offered_per_sec: offered,
			senders: 10,
			duration_secs: 10.0,
			planned: 100,
			submitted: 100,
			sent_per_sec: offered,
			send_lag_ms: Percentiles::default(),
			refused: BTreeMap::new(),
			included: 100,
			failed: 0,
			finalized: 100,
			unconfirmed: 0,
			included_per_sec: included,
			ratio_of_ceiling: 0.5,
			in_block_ms: Percentiles { p50, p95: p50 * 2, p99: p50 * 3, max: p50 * 4 },
			finalized_ms: Percentiles { p50: p50 * 2, p95: p50 * 3, p99: p50 * 4, max: p50 * 5 },
			blocks: Blocks::default(),
			node: None,
			generator_cpu_percent: 50.0,
			state_bytes_per_item: None,
			charged_ms: 1.0,
			ceiling_per_sec: 250.0,
			readings_per_tx: 1,
			readings_per_sec: included,
			retried: 0,
			quarantined: Vec::new(),
			governance: None,
			state_bytes_per_reading: None,
		}
	}

	#[test]
	fn a_report_is_drawn_as_a_png() {
		if FONT_PATHS.iter().all(|path| !Path::new(path).exists()) {
			panic!("install fonts-dejavu-core (scripts/setup.sh does)");
		}
		let report = BenchReport {
			node: "carechain-node 0.1.0".into(),
			connections: 4,
			nodes: 1,
			device_interval_ms: 500,
			ceilings: Ceilings {
				slot_ms: 3000,
				anchor: Ceiling { per_sec: 580.0, ..Default::default() },
				transfer: Ceiling { per_sec: 2000.0, ..Default::default() },
				..Default::default()
			},
			steps: vec![
				step("anchors", 100.0, 99.0, 1500),
				step("anchors", 400.0, 380.0, 2500),
				step("transfers", 500.0, 490.0, 1400),
			],
		};
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("throughput.png");
		chart_png(&report, &path).unwrap();
		let png = std::fs::read(&path).unwrap();
		assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
		assert!(png.len() > 10_000, "a chart with lines and text, not an empty picture");
	}
}
