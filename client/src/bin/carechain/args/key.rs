//! The grammar of `carechain key …`: the keystore.

use std::path::PathBuf;

use clap::Subcommand;

use super::KeyKindArg;

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
	/// Generate a key and store it encrypted.
	Generate {
		/// The key's name in the keystore.
		name: String,
		/// What kind of key.
		#[arg(long, value_enum, default_value_t = KeyKindArg::Sr25519)]
		kind: KeyKindArg,
		/// The RSA modulus size: 2048, 3072 or 4096.
		#[arg(long, default_value_t = 2048)]
		bits: usize,
	},
	/// Import an account from a secret URI (a mnemonic, a 0x seed, or a dev seed such as
	/// `//Alice`) or from a polkadot.js account file (what the browser extension exports), or an
	/// RSA private key from a PKCS#8 DER file.
	Import {
		/// The key's name in the keystore.
		name: String,
		/// The account's secret URI.
		#[arg(long, conflicts_with_all = ["rsa_pkcs8", "polkadot_json"])]
		suri: Option<String>,
		/// A polkadot.js account file (JSON, version 3, sr25519), opened with its password
		/// (`CARECHAIN_ACCOUNT_PASSWORD`, else asked for).
		#[arg(long, conflicts_with = "rsa_pkcs8")]
		polkadot_json: Option<PathBuf>,
		/// An RSA private key (PKCS#8 DER: `openssl pkcs8 -topk8 -nocrypt -outform DER`).
		#[arg(long)]
		rsa_pkcs8: Option<PathBuf>,
	},
	/// Print a key's public part; with `--secret`, write its secret to a file (0600); with
	/// `--polkadot-json`, write an account as a polkadot.js account file; with `--public-der`,
	/// write an RSA key's public half (DER SubjectPublicKeyInfo).
	Export {
		/// The key's name.
		name: String,
		/// Write the secret (the secret URI, or PKCS#8 DER) to this new file.
		#[arg(long)]
		secret: Option<PathBuf>,
		/// Write the account as a polkadot.js account file (JSON, encrypted with a password:
		/// `CARECHAIN_ACCOUNT_PASSWORD`, else asked for), for the browser extension and apps.
		#[arg(long)]
		polkadot_json: Option<PathBuf>,
		/// Write the RSA key's public half as DER SubjectPublicKeyInfo (what the registry holds).
		#[arg(long)]
		public_der: Option<PathBuf>,
	},
	/// List the keystore's keys.
	List,
	/// Remove a key from the keystore.
	Remove {
		/// The key's name.
		name: String,
	},
}
