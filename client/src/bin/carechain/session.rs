//! What a command works with, in one place: the keystore (opened on first use), the passphrase,
//! the connection to the node (made on first use and shared by the command), the look-ups of
//! accounts, public keys and private keys by name, and [`Session::execute`], which signs, submits
//! and reports a call.

use std::{
	cell::OnceCell,
	path::{Path, PathBuf},
	str::FromStr,
};

use carechain_client::storage::AnyStore;
use carechain_client::{
	chain::{self, runtime_types},
	describe_reported_error,
	keystore::{KeyKind, Keystore, KeystoreError},
	Client, Events, Signer, Transaction, Wait,
};
use carechain_crypto::{
	blob_store::{BlobStore, LocalDirStore, OutboxStore, StoreError},
	envelope::PrivateKey,
};
use carechain_primitives::record_signature::ContentHash;
use serde_json::json;
use subxt::utils::AccountId32;
use zeroize::Zeroizing;

use crate::{
	args::{Cli, WaitArg},
	output::{Failure, Output},
};

/// A command's session.
pub struct Session<'a> {
	cli: &'a Cli,
	/// Where the command's results and progress go.
	pub output: Output,
	keystore: OnceCell<Keystore>,
	client: OnceCell<Client>,
}

impl<'a> Session<'a> {
	/// A session for `cli`'s command; nothing is opened yet.
	pub fn new(cli: &'a Cli) -> Self {
		Session {
			cli,
			output: Output::new(cli.json),
			keystore: OnceCell::new(),
			client: OnceCell::new(),
		}
	}

	/// The node's URL.
	pub fn url(&self) -> &str {
		&self.cli.url
	}

	/// The keystore (`--keystore`, else under `$HOME`), opened and made 0700 if missing.
	pub fn keystore(&self) -> Result<&Keystore, Failure> {
		if let Some(keystore) = self.keystore.get() {
			return Ok(keystore);
		}
		let dir = match &self.cli.keystore {
			Some(dir) => dir.clone(),
			None => {
				let home = std::env::var_os("HOME").ok_or_else(|| {
					Failure("no --keystore given and no HOME to put one in".into())
				})?;
				PathBuf::from(home).join(".local/share/carechain/keystore")
			},
		};
		let keystore = Keystore::open(dir)?;
		let keystore = match self.cli.kdf_iterations {
			Some(iterations) => keystore.with_iterations(iterations),
			None => keystore,
		};
		Ok(self.keystore.get_or_init(|| keystore))
	}

	/// The keystore passphrase: `--passphrase-file`'s first line, else `CARECHAIN_PASSPHRASE`,
	/// else asked on the terminal (twice if `confirm`). Read again for every key it opens.
	pub fn passphrase(&self, confirm: bool) -> Result<Zeroizing<String>, Failure> {
		if let Some(path) = &self.cli.passphrase_file {
			let text = std::fs::read_to_string(path).map_err(|e| {
				Failure(format!("cannot read the passphrase file {}: {e}", path.display()))
			})?;
			return Ok(Zeroizing::new(text.lines().next().unwrap_or_default().to_string()));
		}
		if let Ok(passphrase) = std::env::var("CARECHAIN_PASSPHRASE") {
			return Ok(Zeroizing::new(passphrase));
		}
		let first =
			Zeroizing::new(rpassword::prompt_password("Keystore passphrase: ").map_err(|e| {
				Failure(format!(
				"no passphrase: set CARECHAIN_PASSPHRASE or --passphrase-file, or run on a terminal ({e})"
			))
			})?);
		if confirm {
			let again = Zeroizing::new(rpassword::prompt_password("Repeat it: ")?);
			if *again != *first {
				return Err(Failure("the passphrases differ; nothing was stored".into()));
			}
		}
		Ok(first)
	}

	/// A new connection to `--url`.
	async fn connect(&self) -> Result<Client, Failure> {
		self.connect_to(self.url()).await
	}

	/// A new connection to `url`; plain `ws://` to another machine only with `--insecure`.
	async fn connect_to(&self, url: &str) -> Result<Client, Failure> {
		Ok(if self.cli.insecure {
			carechain_client::connect_allowing_insecure(url).await?
		} else {
			carechain_client::connect(url).await?
		})
	}

	/// The connection to the node at `--url`, made on first use.
	pub async fn client(&self) -> Result<Client, Failure> {
		if let Some(client) = self.client.get() {
			return Ok(client.clone());
		}
		let client = self.connect().await?;
		Ok(self.client.get_or_init(|| client).clone())
	}

	/// `count` connections of their own to the node, to spread load over.
	pub async fn connections(&self, count: u32) -> Result<Vec<Client>, Failure> {
		self.connections_to(&[], count).await
	}

	/// `count` connections of their own, to the nodes at `urls` in turn (to `--url` when
	/// `urls` is empty), to spread load over.
	pub async fn connections_to(
		&self,
		urls: &[String],
		count: u32,
	) -> Result<Vec<Client>, Failure> {
		let mut clients = Vec::new();
		for i in 0..count as usize {
			clients.push(match urls.get(i % urls.len().max(1)) {
				Some(url) => self.connect_to(url).await?,
				None => self.connect().await?,
			});
		}
		Ok(clients)
	}

	/// The account key `name`, opened with the passphrase.
	pub fn signer(&self, name: &str) -> Result<Signer, Failure> {
		let secret = self.secret(name, KeyKind::Sr25519)?;
		// An account imported from polkadot.js keeps its PKCS#8, not a secret URI.
		if carechain_client::polkadot_js::is_pkcs8(&secret) {
			return carechain_client::polkadot_js::signer_of_pkcs8(&secret)
				.map_err(|e| Failure(format!("key '{name}': {e}")));
		}
		let suri = std::str::from_utf8(&secret)
			.map_err(|_| Failure(format!("key '{name}' holds no secret URI")))?;
		let uri = subxt_signer::SecretUri::from_str(suri)
			.map_err(|e| Failure(format!("key '{name}' holds no secret URI: {e}")))?;
		Signer::from_uri(&uri).map_err(|e| Failure(format!("key '{name}': {e}")))
	}

	/// The RSA private key `name`, opened with the passphrase.
	pub fn rsa_key(&self, name: &str) -> Result<PrivateKey, Failure> {
		let der = self.secret(name, KeyKind::Rsa)?;
		carechain_crypto::envelope::private_key_from_der(&der)
			.map_err(|e| Failure(format!("key '{name}' is not a usable RSA key: {e:?}")))
	}

	/// The password of a polkadot.js account file: `CARECHAIN_ACCOUNT_PASSWORD`, else asked for
	/// (twice when `confirm`, for a file being written).
	pub fn account_password(&self, confirm: bool) -> Result<Zeroizing<String>, Failure> {
		if let Ok(password) = std::env::var("CARECHAIN_ACCOUNT_PASSWORD") {
			return Ok(Zeroizing::new(password));
		}
		let no_terminal = |e: std::io::Error| {
			Failure(format!(
				"no account password: set CARECHAIN_ACCOUNT_PASSWORD or run on a terminal ({e})"
			))
		};
		let first = Zeroizing::new(
			rpassword::prompt_password("polkadot.js account password: ").map_err(no_terminal)?,
		);
		if confirm {
			let again = Zeroizing::new(rpassword::prompt_password("Repeat it: ")?);
			if *again != *first {
				return Err(Failure("the passwords differ; nothing was written".into()));
			}
		}
		Ok(first)
	}

	pub(crate) fn secret(&self, name: &str, kind: KeyKind) -> Result<Zeroizing<Vec<u8>>, Failure> {
		let keystore = self.keystore()?;
		let passphrase = self.passphrase(false)?;
		let opening = self.output.spinner(format!("opening key '{name}'"));
		let secret = keystore.secret(name, kind, &passphrase);
		opening.finish_and_clear();
		Ok(secret?)
	}

	/// An account argument: SS58, or the name of an account key in the keystore (its public
	/// part).
	pub fn account(&self, arg: &str) -> Result<AccountId32, Failure> {
		if let Ok(account) = AccountId32::from_str(arg) {
			return Ok(account);
		}
		match self.keystore()?.info(arg) {
			Ok(info) if info.kind == KeyKind::Sr25519 => Ok(AccountId32::from_str(&info.public)?),
			Ok(info) => {
				Err(Failure(format!("key '{arg}' is an {} key, not an account", info.kind)))
			},
			Err(KeystoreError::NotFound { .. } | KeystoreError::InvalidName(_)) => Err(Failure(
				format!("'{arg}' is neither an SS58 address nor an account key in the keystore"),
			)),
			Err(error) => Err(error.into()),
		}
	}

	/// Every account argument of `args`.
	pub fn accounts(&self, args: &[String]) -> Result<Vec<AccountId32>, Failure> {
		args.iter().map(|arg| self.account(arg)).collect()
	}

	/// The patient a guardian names with `--patient`, or else the signer itself.
	pub fn patient_or_signer(
		&self,
		patient: Option<&str>,
		signer: &Signer,
	) -> Result<AccountId32, Failure> {
		match patient {
			Some(patient) => self.account(patient),
			None => Ok(signer.public_key().to_account_id()),
		}
	}

	/// An RSA public key argument: an RSA key of the keystore (its public half), or hex DER.
	pub fn public_key(&self, arg: &str) -> Result<Vec<u8>, Failure> {
		match self.keystore()?.info(arg) {
			Ok(info) if info.kind == KeyKind::Rsa => Ok(hex::decode(&info.public)?),
			Ok(info) => {
				Err(Failure(format!("key '{arg}' is an {} key, not an RSA key", info.kind)))
			},
			Err(KeystoreError::NotFound { .. } | KeystoreError::InvalidName(_)) => {
				hex::decode(arg.trim_start_matches("0x")).map_err(|_| {
					Failure(format!("'{arg}' is neither an RSA key in the keystore nor hex DER"))
				})
			},
			Err(error) => Err(error.into()),
		}
	}

	/// Signs `call` as `signer`, submits it, waits until it is finalized, and shows its events
	/// (the extrinsic's hash and its pallets' events, without fees and balances).
	pub async fn execute<Call: subxt::tx::Payload>(
		&self,
		signer: &Signer,
		call: Call,
	) -> Result<(), Failure> {
		let events = self.submit(signer, call).await?;
		self.report(&events)
	}

	/// Signs `call` as `signer`, submits it and waits until it is finalized (or, with
	/// `--wait in-block`, in a best block). A call that
	/// governance dispatched (through sudo, or a council motion that `close` enacted) and that
	/// failed is a failure too, although its transaction succeeded.
	pub async fn submit<Call: subxt::tx::Payload>(
		&self,
		signer: &Signer,
		call: Call,
	) -> Result<Events, Failure> {
		let api = self.client().await?;
		let (wait, waiting) = match self.cli.wait {
			WaitArg::Finalized => (Wait::Finalized, "waiting for the transaction to be finalized"),
			WaitArg::InBlock => (Wait::InBlock, "waiting for the transaction to be in a block"),
		};
		let waiting = self.output.spinner(waiting);
		let events = Transaction::new(&api, signer, &call).submit(wait).await;
		waiting.finish_and_clear();
		let events = events?;
		// An event that does not decode (a runtime newer than this client) is not a success.
		let undecodable = |e| Failure(format!("the transaction's events do not decode: {e}"));
		let sudid = events.find_first::<chain::sudo::events::Sudid>().transpose();
		let executed = events.find_first::<chain::hospital_council::events::Executed>().transpose();
		let dispatched = match (sudid.map_err(undecodable)?, executed.map_err(undecodable)?) {
			(Some(sudid), _) => Some(("sudo", sudid.sudo_result)),
			(None, Some(executed)) => Some(("the council's motion", executed.result)),
			(None, None) => None,
		};
		if let Some((through, Err(error))) = dispatched {
			let metadata = api.at_finalized().await?.metadata();
			let (name, text) = describe_reported_error(&metadata, &error);
			return Err(Failure(match error {
				runtime_types::sp_runtime::DispatchError::Module(_) => {
					format!("the call through {through} failed on chain: {text}")
				},
				_ => {
					format!("the call through {through} failed on chain: {}", name.unwrap_or(text))
				},
			}));
		}
		Ok(events)
	}

	/// Shows a finalized transaction's hash and its pallets' events (without fees and balances).
	pub fn report(&self, events: &Events) -> Result<(), Failure> {
		let names: Vec<String> = events
			.iter()
			.filter_map(Result::ok)
			.map(|event| format!("{}.{}", event.pallet_name(), event.event_name()))
			.filter(|name| !name.starts_with("System.") || name == "System.CodeUpdated")
			.filter(|name| !name.starts_with("TransactionPayment."))
			// Fees and deposits are Balances events too; a transfer is what a user asked for.
			.filter(|name| !name.starts_with("Balances.") || name == "Balances.Transfer")
			.collect();
		self.output.show(
			&json!({ "extrinsic": format!("{:?}", events.extrinsic_hash()), "events": names }),
			[format!(
				"✓ {} {:?}: {}",
				if self.cli.wait == WaitArg::Finalized { "finalized" } else { "in a block" },
				events.extrinsic_hash(),
				names.join(", ")
			)],
		)
	}
}

/// The blob store in directory `path`.
pub fn open_store(path: &std::path::Path) -> Result<LocalDirStore, Failure> {
	LocalDirStore::open(path).map_err(|e| Failure(format!("cannot open the blob store: {e:?}")))
}

/// The store readers fetch envelopes from, as `--store` names it ([`AnyStore::parse`]).
pub fn open_source(text: &str) -> Result<AnyStore, Failure> {
	AnyStore::parse(text).map_err(Failure)
}

/// Where a device puts what it seals: a directory, or an outbox whose envelopes are published to
/// the storage network after their anchors.
pub enum DeviceStore {
	/// `--store <dir>`.
	Local(LocalDirStore),
	/// `--store ipfs://…` or `ws://…`: the outbox, `--outbox` or `outbox` beside the keystore.
	Outbox(OutboxStore),
}

impl Session<'_> {
	/// The device's store for `--store` and `--outbox`.
	pub fn device_store(&self, store: &str, outbox: Option<&Path>) -> Result<DeviceStore, Failure> {
		match open_source(store)? {
			AnyStore::Local(local) => Ok(DeviceStore::Local(local)),
			AnyStore::Node(_) | AnyStore::Ipfs(_) => {
				let dir = match outbox {
					Some(dir) => dir.to_path_buf(),
					None => self.keystore()?.dir().with_file_name("outbox"),
				};
				Ok(DeviceStore::Outbox(OutboxStore(open_store(&dir)?)))
			},
		}
	}
}

impl BlobStore for DeviceStore {
	fn put(&self, bytes: &[u8]) -> Result<ContentHash, StoreError> {
		match self {
			DeviceStore::Local(store) => store.put(bytes),
			DeviceStore::Outbox(store) => store.put(bytes),
		}
	}

	fn get(&self, hash: &ContentHash) -> Result<Vec<u8>, StoreError> {
		match self {
			DeviceStore::Local(store) => store.get(hash),
			DeviceStore::Outbox(store) => store.get(hash),
		}
	}

	fn locator(&self, hash: &ContentHash) -> String {
		match self {
			DeviceStore::Local(store) => store.locator(hash),
			DeviceStore::Outbox(store) => store.locator(hash),
		}
	}

	fn publishes(&self) -> bool {
		matches!(self, DeviceStore::Outbox(_))
	}
}
