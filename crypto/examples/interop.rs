//! The Rust side of the JavaScript SDK's interoperability tests (`sdk/js/test/interop.test.mjs`):
//! each subcommand does one operation of this crate on files and hex arguments and prints its
//! result as hex, so that the SDK can check that what it seals the Rust client opens, and the
//! other way round. Not a user tool: the `carechain` CLI is.
//!
//! ```text
//! interop seal <plaintext> <out> <account> <spki> <key-id> <key>
//! interop open-rsa <envelope> <account> <pkcs8>
//! interop open-key <envelope> <key-id> <key>
//! interop sign <pkcs8> <hash>
//! interop verify <spki> <hash> <signature>
//! interop seal-custody <plaintext> <out> <patient> <patient-spki> <category> <epoch> <threshold> <custodian>=<spki>...
//! interop custodian-share <envelope> <custodian> <x> <pkcs8> <patient> <category> <epoch>
//! interop wrap-share <share> <record-id> <reader> <reader-spki>
//! interop unwrap-share <pkcs8> <wrapped> <record-id> <reader> <x>
//! interop open-shares <envelope> <threshold> <share>...
//! interop seal-batch-reading <plaintext> <out> <batch-key> <key-id>
//! interop open-batch-reading <envelope> <batch-key> <key-id>
//! interop ids <patient> <category> <epoch> <hash>
//! interop batch <patient> <category> <reading>...
//! interop batch-verify <root> <count> <reading> <index> <sibling>...
//! ```
//!
//! Accounts, keys, key ids, hashes, shares and signatures are hex; `<category>` is the
//! `DataCategory` index; files are raw bytes (keys DER). A failure prints its `CryptoError` and
//! exits with status 2.

use std::{fs, process::ExitCode};

use carechain_crypto::{
	custody::{
		custodian_share, open_with_shares, seal_in_custody, unwrap_share, wrap_share, Binding,
		Party,
	},
	custody_batch::{open_batch_reading, seal_batch_reading},
	envelope::{private_key_from_der, sign_content_hash, Envelope, Opener, Recipient},
	shamir::Share,
};
use carechain_primitives::{
	batch::{batch_digest, batch_root, verify_batch_proof, BatchProof},
	cid::cid_of,
	consent::DataCategory,
	record_signature::verify_content_signature,
	records::{anchor_digest, category_key_id},
};
use codec::Decode;

fn hex(text: &str) -> Vec<u8> {
	let text = text.strip_prefix("0x").unwrap_or(text);
	(0..text.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex arguments"))
		.collect()
}

fn to_hex(bytes: &[u8]) -> String {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn h32(text: &str) -> [u8; 32] {
	hex(text).try_into().expect("a 32-byte hex argument")
}

fn file(path: &str) -> Vec<u8> {
	fs::read(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn category(index: &str) -> DataCategory {
	let index: u8 = index.parse().expect("a category index");
	DataCategory::decode(&mut &[index][..]).expect("a DataCategory index")
}

fn envelope(path: &str) -> Envelope {
	Envelope::from_bytes(&file(path)).expect("an envelope")
}

fn run(args: &[String]) -> Result<String, String> {
	let arg = |i: usize| args.get(i).map(String::as_str).ok_or(format!("argument {i} missing"));
	let fail = |e: carechain_crypto::envelope::CryptoError| format!("{e:?}");
	match arg(0)? {
		"seal" => {
			let spki = file(arg(4)?);
			let key = h32(arg(6)?);
			let sealed = Envelope::seal(
				&file(arg(1)?),
				&[
					Recipient::Rsa { account: h32(arg(3)?), public_key: &spki },
					Recipient::Symmetric { key_id: h32(arg(5)?), key: &key },
				],
			)
			.map_err(fail)?;
			fs::write(arg(2)?, sealed.to_bytes()).map_err(|e| e.to_string())?;
			Ok(to_hex(&sealed.content_hash()))
		},
		"open-rsa" => {
			let key = private_key_from_der(&file(arg(3)?)).map_err(fail)?;
			let opener = Opener::Rsa { account: h32(arg(2)?), private_key: &key };
			envelope(arg(1)?).open(&opener).map(|plain| to_hex(&plain)).map_err(fail)
		},
		"open-key" => {
			let key = h32(arg(3)?);
			let opener = Opener::Symmetric { key_id: h32(arg(2)?), key: &key };
			envelope(arg(1)?).open(&opener).map(|plain| to_hex(&plain)).map_err(fail)
		},
		"sign" => {
			let key = private_key_from_der(&file(arg(1)?)).map_err(fail)?;
			Ok(to_hex(&sign_content_hash(&key, &h32(arg(2)?))))
		},
		"verify" => {
			// The runtime's own verification, as a device's anchor is checked on chain.
			verify_content_signature(&file(arg(1)?), &h32(arg(2)?), &hex(arg(3)?), 2048)
				.map(|()| "valid".into())
				.map_err(|e| format!("{e:?}"))
		},
		"seal-custody" => {
			let patient_spki = file(arg(4)?);
			let patient = h32(arg(3)?);
			let binding = Binding {
				patient,
				category: category(arg(5)?),
				epoch: arg(6)?.parse().map_err(|_| "epoch")?,
			};
			let custodians: Vec<([u8; 32], Vec<u8>)> = args[8..]
				.iter()
				.map(|pair| {
					let (who, path) = pair.split_once('=').expect("<custodian>=<spki>");
					(h32(who), file(path))
				})
				.collect();
			let parties: Vec<Party> = custodians
				.iter()
				.map(|(account, key)| Party { account: *account, public_key: key })
				.collect();
			let sealed = seal_in_custody(
				&file(arg(1)?),
				Party { account: patient, public_key: &patient_spki },
				&binding,
				&parties,
				arg(7)?.parse().map_err(|_| "threshold")?,
			)
			.map_err(fail)?;
			fs::write(arg(2)?, sealed.to_bytes()).map_err(|e| e.to_string())?;
			Ok(to_hex(&sealed.content_hash()))
		},
		"custodian-share" => {
			let key = private_key_from_der(&file(arg(4)?)).map_err(fail)?;
			let binding = Binding {
				patient: h32(arg(5)?),
				category: category(arg(6)?),
				epoch: arg(7)?.parse().map_err(|_| "epoch")?,
			};
			let x: u8 = arg(3)?.parse().map_err(|_| "x")?;
			custodian_share(&envelope(arg(1)?), &h32(arg(2)?), x, &key, &binding)
				.map(|share| to_hex(&share.to_bytes()))
				.map_err(fail)
		},
		"wrap-share" => {
			let share = Share::from_bytes(&hex(arg(1)?)).map_err(|e| format!("{e:?}"))?;
			let record: u64 = arg(2)?.parse().map_err(|_| "record id")?;
			wrap_share(&share, record, &h32(arg(3)?), &file(arg(4)?))
				.map(|wrapped| to_hex(&wrapped))
				.map_err(fail)
		},
		"unwrap-share" => {
			let key = private_key_from_der(&file(arg(1)?)).map_err(fail)?;
			let record: u64 = arg(3)?.parse().map_err(|_| "record id")?;
			let x: u8 = arg(5)?.parse().map_err(|_| "x")?;
			unwrap_share(&key, &hex(arg(2)?), record, &h32(arg(4)?), x)
				.map(|share| to_hex(&share.to_bytes()))
				.map_err(fail)
		},
		"open-shares" => {
			let shares = args[3..]
				.iter()
				.map(|share| Share::from_bytes(&hex(share)).map_err(|e| format!("{e:?}")))
				.collect::<Result<Vec<_>, _>>()?;
			let threshold: u8 = arg(2)?.parse().map_err(|_| "threshold")?;
			open_with_shares(&envelope(arg(1)?), &shares, threshold)
				.map(|plain| to_hex(&plain))
				.map_err(fail)
		},
		"seal-batch-reading" => {
			let sealed =
				seal_batch_reading(&file(arg(1)?), &h32(arg(3)?), &h32(arg(4)?)).map_err(fail)?;
			fs::write(arg(2)?, sealed.to_bytes()).map_err(|e| e.to_string())?;
			Ok(to_hex(&sealed.content_hash()))
		},
		"open-batch-reading" => {
			open_batch_reading(&envelope(arg(1)?), &h32(arg(2)?), &h32(arg(3)?))
				.map(|plain| to_hex(&plain))
				.map_err(fail)
		},
		"ids" => {
			let patient = h32(arg(1)?);
			let category = category(arg(2)?);
			let epoch: u32 = arg(3)?.parse().map_err(|_| "epoch")?;
			let hash = h32(arg(4)?);
			Ok(format!(
				"{} {} {}",
				to_hex(&category_key_id(&patient, category.clone(), epoch)),
				to_hex(&anchor_digest(&patient, category, &hash)),
				cid_of(&hash)
			))
		},
		"batch" => {
			let patient = h32(arg(1)?);
			let category = category(arg(2)?);
			let leaves: Vec<_> = args[3..]
				.iter()
				.map(|h| Decode::decode(&mut &h32(h)[..]).expect("32 bytes"))
				.collect();
			let root = batch_root(leaves.as_slice());
			let root: [u8; 32] = root.into();
			let digest = batch_digest(&patient, category, &root, leaves.len() as u32);
			Ok(format!("{} {}", to_hex(&root), to_hex(&digest)))
		},
		"batch-verify" => {
			let root = Decode::decode(&mut &h32(arg(1)?)[..]).expect("32 bytes");
			let count: u32 = arg(2)?.parse().map_err(|_| "count")?;
			let reading = Decode::decode(&mut &h32(arg(3)?)[..]).expect("32 bytes");
			let index: u32 = arg(4)?.parse().map_err(|_| "index")?;
			let siblings = args[5..]
				.iter()
				.map(|h| Decode::decode(&mut &h32(h)[..]).expect("32 bytes"))
				.collect();
			let proof = BatchProof { index, siblings };
			Ok(if verify_batch_proof(root, count, reading, &proof) { "valid" } else { "invalid" }
				.into())
		},
		other => Err(format!("unknown subcommand {other}")),
	}
}

fn main() -> ExitCode {
	let args: Vec<String> = std::env::args().skip(1).collect();
	match run(&args) {
		Ok(out) => {
			println!("{out}");
			ExitCode::SUCCESS
		},
		Err(e) => {
			eprintln!("{e}");
			ExitCode::from(2)
		},
	}
}
