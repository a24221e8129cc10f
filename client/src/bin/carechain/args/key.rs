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
	/// `//Alice`), or an RSA private key from a PKCS#8 DER file.
	Import {
		/// The key's name in the keystore.
		name: String,
		/// The account's secret URI.
		#[arg(long, conflicts_with = "rsa_pkcs8")]
		suri: Option<String>,
		/// An RSA private key (PKCS#8 DER: `openssl pkcs8 -topk8 -nocrypt -outform DER`).
		#[arg(long)]
		rsa_pkcs8: Option<PathBuf>,
	},
	/// Print a key's public part; with `--secret`, write its secret to a file (0600).
	Export {
		/// The key's name.
		name: String,
		/// Write the secret (the secret URI, or PKCS#8 DER) to this new file.
		#[arg(long)]
		secret: Option<PathBuf>,
	},
	/// List the keystore's keys.
	List,
	/// Remove a key from the keystore.
	Remove {
		/// The key's name.
		name: String,
	},
}
