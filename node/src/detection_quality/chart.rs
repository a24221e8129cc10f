//! The benchmark's chart, as plain SVG (no drawing library): per scenario, the flooding devices
//! stopped and the honest devices stopped (quarantined or throttled) over time.

use std::fmt::Write;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 200.0;
const MARGIN: f64 = 40.0;

/// Per block of a scenario: (s, flooders stopped, honest devices stopped).
pub type Timeline<'a> = &'a [(f64, usize, usize)];

/// An SVG of `series`: per scenario its name and its [`Timeline`].
pub fn svg(series: &[(&str, Timeline<'_>)]) -> String {
	let panel_w = WIDTH + 2.0 * MARGIN;
	let total_w = panel_w * series.len() as f64;
	let total_h = HEIGHT + 2.0 * MARGIN + 20.0;
	let mut out = String::new();
	let _ = writeln!(
		out,
		r##"<svg xmlns="http://www.w3.org/2000/svg" width="{total_w}" height="{total_h}" font-family="sans-serif" font-size="11">"##
	);
	let _ = writeln!(out, r##"<rect width="100%" height="100%" fill="white"/>"##);
	for (i, (name, points)) in series.iter().enumerate() {
		let x0 = i as f64 * panel_w + MARGIN;
		let y0 = MARGIN;
		let max_t = points.last().map_or(1.0, |p| p.0).max(1.0);
		let max_n = points.iter().map(|p| p.1.max(p.2)).max().unwrap_or(0).max(4) as f64;
		let x = |t: f64| x0 + WIDTH * t / max_t;
		let y = |n: usize| y0 + HEIGHT - HEIGHT * n as f64 / max_n;
		let _ =
			writeln!(out, r##"<text x="{}" y="{}" font-size="13">{name}</text>"##, x0, y0 - 12.0);
		let _ = writeln!(
			out,
			r##"<rect x="{x0}" y="{y0}" width="{WIDTH}" height="{HEIGHT}" fill="none" stroke="#888"/>"##
		);
		for n in 0..=(max_n as usize) {
			let _ = writeln!(
				out,
				r##"<text x="{}" y="{}" text-anchor="end">{n}</text>"##,
				x0 - 4.0,
				y(n) + 4.0
			);
		}
		for step in 0..=6 {
			let t = max_t * f64::from(step) / 6.0;
			let _ = writeln!(
				out,
				r##"<text x="{}" y="{}" text-anchor="middle">{:.0} s</text>"##,
				x(t),
				y0 + HEIGHT + 14.0,
				t
			);
		}
		for (pick, colour, label) in [
			(1usize, "#c0392b", "flooding devices stopped"),
			(2, "#2471a3", "honest devices stopped"),
		] {
			let path: Vec<String> = points
				.iter()
				.map(|p| {
					let n = if pick == 1 { p.1 } else { p.2 };
					format!("{:.1},{:.1}", x(p.0), y(n))
				})
				.collect();
			let _ = writeln!(
				out,
				r##"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"##,
				path.join(" ")
			);
			let ly = y0 + HEIGHT + 30.0 + if pick == 1 { 0.0 } else { 14.0 };
			let _ = writeln!(
				out,
				r##"<line x1="{x0}" y1="{}" x2="{}" y2="{}" stroke="{colour}" stroke-width="2"/><text x="{}" y="{}">{label}</text>"##,
				ly - 4.0,
				x0 + 20.0,
				ly - 4.0,
				x0 + 26.0,
				ly
			);
		}
	}
	out.push_str("</svg>\n");
	out
}

#[cfg(test)]
mod tests {
	#[test]
	fn the_chart_is_an_svg_with_a_line_per_series() {
		let points = [(3.0, 0, 0), (6.0, 1, 0), (9.0, 4, 0)];
		let svg = super::svg(&[("a", &points), ("b", &points)]);
		assert!(svg.starts_with("<svg"));
		assert!(svg.trim_end().ends_with("</svg>"));
		assert_eq!(svg.matches("<polyline").count(), 4);
	}
}
