//! How `carechain` speaks: a command's result is one JSON document on stdout with `--json`, else
//! lines of text; errors go to stderr (and, with `--json`, as `{"error": …}` to stdout too);
//! progress (spinners, bars) goes to stderr, hidden with `--json` (indicatif hides it when stderr
//! is not a terminal).

use std::{borrow::Cow, fmt::Display, time::Duration};

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

/// An error as the user sees it.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: Display> From<E> for Failure {
	fn from(error: E) -> Self {
		Failure(error.to_string())
	}
}

/// Text or JSON, as `--json` says.
#[derive(Clone, Copy, Debug)]
pub struct Output {
	json: bool,
}

impl Output {
	/// JSON if `json`, else text.
	pub fn new(json: bool) -> Self {
		Output { json }
	}

	/// A command's result: `json` as one document with `--json`, else `lines`.
	pub fn show<L: Display>(
		&self,
		json: &impl serde::Serialize,
		lines: impl IntoIterator<Item = L>,
	) -> Result<(), Failure> {
		if self.json {
			println!("{}", serde_json::to_string(json)?);
		} else {
			for line in lines {
				println!("{line}");
			}
		}
		Ok(())
	}

	/// A line of text on the way to the result (nothing with `--json`: the result says it all).
	pub fn say(&self, line: impl Display) {
		if !self.json {
			println!("{line}");
		}
	}

	/// The error a command ended with.
	pub fn failure(&self, Failure(message): &Failure) {
		if self.json {
			println!("{}", json!({ "error": message }));
		}
		eprintln!("error: {message}");
	}

	/// A spinner for work that takes a while.
	pub fn spinner(&self, message: impl Into<Cow<'static, str>>) -> ProgressBar {
		let bar = if self.json { ProgressBar::hidden() } else { ProgressBar::new_spinner() };
		bar.set_style(
			ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
				.unwrap_or_else(|_| ProgressStyle::default_spinner()),
		);
		bar.set_message(message);
		bar.enable_steady_tick(Duration::from_millis(200));
		bar
	}

	/// A bar counting `len` `items` (readings, anchors).
	pub fn bar(&self, len: u64, items: &str) -> ProgressBar {
		let bar = if self.json { ProgressBar::hidden() } else { ProgressBar::new(len) };
		bar.set_style(
			ProgressStyle::with_template(&format!(
				"{{spinner}} {{msg}} [{{bar:30}}] {{pos}}/{{len}} {items} ({{elapsed}})"
			))
			.unwrap_or_else(|_| ProgressStyle::default_bar()),
		);
		bar
	}
}
