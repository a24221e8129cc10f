//! The grammar of `carechain account …`: balances in CARE, for the few calls that are not free
//! (a new hospital registering its validator's keys, council motions).

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
	/// An account's free balance.
	Balance {
		/// The account: SS58, or an account key's name.
		who: String,
	},
	/// Send CARE to an account (`balances.transferKeepAlive`).
	Transfer {
		/// The receiving account: SS58, or an account key's name.
		to: String,
		/// How much, in CARE (up to 12 decimals: `1.5`).
		amount: String,
		/// The account key that pays.
		#[arg(long = "as")]
		signer: String,
	},
}
