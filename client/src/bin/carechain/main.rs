//! `carechain`: the command line of CareChain's client, for hospitals, patients, physicians and
//! devices. Keys live in a local keystore (`--keystore`), encrypted with a passphrase
//! (`CARECHAIN_PASSPHRASE`, `--passphrase-file`, or asked on the terminal); the node is `--url`.
//! Every command takes `--json` for scripts; errors go to stderr with a non-zero exit code.
//!
//! This file parses and dispatches. [`args`] is the grammar, [`session`] what a command works
//! with (keystore, connection, keys), [`output`] how results, errors and progress are shown, and
//! [`commands`] the commands, one module per group.

mod args;
mod commands;
mod output;
mod session;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};
use output::{Failure, Output};
use session::Session;

fn main() -> ExitCode {
	let cli = Cli::parse();
	let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
		Ok(runtime) => runtime,
		Err(error) => {
			eprintln!("error: cannot start the async runtime: {error}");
			return ExitCode::FAILURE;
		},
	};
	match runtime.block_on(run(&cli)) {
		Ok(()) => ExitCode::SUCCESS,
		Err(failure) => {
			Output::new(cli.json).failure(&failure);
			ExitCode::FAILURE
		},
	}
}

async fn run(cli: &Cli) -> Result<(), Failure> {
	let session = Session::new(cli);
	if !matches!(cli.command, Command::Status) {
		// Every command but `status` works with keys: the keystore is opened (and made, if
		// missing) before anything else.
		session.keystore()?;
	}
	match &cli.command {
		Command::Key(command) => commands::key::run(&session, command),
		Command::Status => commands::status::run(&session).await,
		Command::Account(command) => commands::account::run(&session, command).await,
		Command::Hospital(command) => commands::hospital::run(&session, command).await,
		Command::Council(command) => commands::council::run(&session, command).await,
		Command::Patient(command) => commands::patient::run(&session, command).await,
		Command::Device(command) => commands::device::run(&session, command).await,
		Command::Physician(command) => commands::physician::run(&session, command).await,
		Command::Load(command) => commands::load::run(&session, command).await,
	}
}
