//! `carechain account …`: balances in CARE (1 CARE = 10^12 plancks).

use carechain_client::chain;
use serde_json::json;

use crate::{args::AccountCommand, output::Failure, session::Session};

/// Plancks per CARE.
const PLANCKS: u128 = 1_000_000_000_000;

pub async fn run(session: &Session<'_>, command: &AccountCommand) -> Result<(), Failure> {
	match command {
		AccountCommand::Balance { who } => {
			let who = session.account(who)?;
			let at = session.client().await?.at_best().await?;
			let account =
				at.storage().fetch(chain::storage().system().account(), (who,)).await?.decode()?;
			let free = account.data.free;
			session.output.show(
				&json!({ "account": who.to_string(), "free": free.to_string() }),
				[format!("{who}: {} CARE free", care(free))],
			)
		},
		AccountCommand::Transfer { to, amount, signer } => {
			let call = chain::transactions()
				.balances()
				.transfer_keep_alive(session.account(to)?.into(), plancks(amount)?);
			session.execute(&session.signer(signer)?, call).await
		},
	}
}

/// `amount` CARE in plancks.
fn plancks(amount: &str) -> Result<u128, Failure> {
	let invalid = || Failure(format!("'{amount}' is not an amount of CARE (e.g. 10 or 0.5)"));
	let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
	if whole.is_empty() && fraction.is_empty() || fraction.len() > 12 {
		return Err(invalid());
	}
	let digits = |text: &str| text.is_empty() || text.bytes().all(|b| b.is_ascii_digit());
	if !digits(whole) || !digits(fraction) {
		return Err(invalid());
	}
	let whole: u128 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| invalid())? };
	let fraction: u128 = if fraction.is_empty() {
		0
	} else {
		format!("{fraction:0<12}").parse().map_err(|_| invalid())?
	};
	match whole.checked_mul(PLANCKS).and_then(|w| w.checked_add(fraction)) {
		Some(0) => Err(Failure("a transfer of nothing: give an amount above 0".into())),
		Some(plancks) => Ok(plancks),
		None => Err(invalid()),
	}
}

/// Plancks as CARE, with the decimals that are not zero.
fn care(plancks: u128) -> String {
	let fraction = format!("{:012}", plancks % PLANCKS);
	let fraction = fraction.trim_end_matches('0');
	if fraction.is_empty() {
		(plancks / PLANCKS).to_string()
	} else {
		format!("{}.{fraction}", plancks / PLANCKS)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn amounts_in_care_are_plancks() {
		assert_eq!(plancks("10").unwrap(), 10 * PLANCKS);
		assert_eq!(plancks("0.5").unwrap(), PLANCKS / 2);
		assert_eq!(plancks(".000000000001").unwrap(), 1);
		for bad in [
			"0",
			"0.0",
			"",
			".",
			"1.0000000000001",
			"-1",
			"1e3",
			"a",
			"1.2.3",
			"999999999999999999999999999999",
		] {
			assert!(plancks(bad).is_err(), "{bad}");
		}
		assert_eq!(care(1_500_000_000_000), "1.5");
		assert_eq!(care(3 * PLANCKS), "3");
		assert_eq!(care(plancks("123.000456").unwrap()), "123.000456");
	}
}
