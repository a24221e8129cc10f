//! `carechain`: the command line of CareChain's client, for hospitals, patients, physicians and
//! devices. Keys live in a local keystore (`--keystore`), encrypted with a passphrase
//! (`CARECHAIN_PASSPHRASE`, `--passphrase-file`, or asked on the terminal); the node is `--url`.
//! Every command takes `--json` for scripts; errors go to stderr with a non-zero exit code.

use std::{path::PathBuf, process::ExitCode, str::FromStr};

use carechain_client::{
	chain::{self, runtime_types},
	keystore::{KeyInfo, KeyKind, Keystore, KeystoreError},
	Signer, DEFAULT_URL,
};
use clap::{Parser, Subcommand, ValueEnum};
use serde_json::json;
use subxt::utils::AccountId32;
use zeroize::Zeroizing;

/// The CareChain client.
#[derive(Debug, Parser)]
#[command(name = "carechain", version, about)]
struct Cli {
	/// The node's WebSocket JSON-RPC URL.
	#[arg(long, global = true, env = "CARECHAIN_URL", default_value = DEFAULT_URL)]
	url: String,

	/// The keystore directory (made 0700 if missing).
	#[arg(long, global = true, env = "CARECHAIN_KEYSTORE")]
	keystore: Option<PathBuf>,

	/// A file whose first line is the keystore passphrase (else `CARECHAIN_PASSPHRASE`, else the
	/// terminal asks).
	#[arg(long, global = true)]
	passphrase_file: Option<PathBuf>,

	/// Machine-readable output: one JSON document on stdout.
	#[arg(long, global = true)]
	json: bool,

	/// PBKDF2 rounds for keys stored from now on (600 000 by default; fewer only for tests and
	/// throwaway keystores).
	#[arg(long, global = true, hide = true, env = "CARECHAIN_KDF_ITERATIONS")]
	kdf_iterations: Option<u32>,

	#[command(subcommand)]
	command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
	/// Manage the keystore: account keys (sr25519) and RSA key pairs.
	#[command(subcommand)]
	Key(KeyCommand),
	/// Show the node's chain: genesis, runtime version, the finalized block.
	Status,
	/// What a hospital does: admit (through governance), register physicians and devices,
	/// suspend, reactivate, revoke.
	#[command(subcommand)]
	Hospital(HospitalCommand),
	/// What a patient does: register.
	#[command(subcommand)]
	Patient(PatientCommand),
}

/// A device's kind.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum DeviceKindArg {
	/// Worn on the body: watches, patches.
	Wearable,
	/// Implanted: pacemakers, pumps.
	Implant,
	/// A bedside monitor.
	BedsideMonitor,
	/// A home hub collecting a patient's home devices.
	HomeHub,
	/// A gateway relaying other devices.
	Gateway,
}

#[derive(Debug, Subcommand)]
enum HospitalCommand {
	/// Admit a hospital to the consortium. Governance decides: on a dev chain, `--as` is the sudo
	/// key and the call goes through `sudo`.
	Admit {
		/// The hospital's account: SS58, or the name of an account key in the keystore.
		hospital: String,
		/// The hospital's RSA public key: an RSA key's name in the keystore, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// The governance key that signs (sudo on a dev chain).
		#[arg(long = "as")]
		signer: String,
	},
	/// Register a physician and affiliate it with the signing hospital.
	RegisterPhysician {
		/// The physician's account: SS58, or an account key's name.
		physician: String,
		/// The physician's RSA public key: an RSA key's name, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Register a patient's device, owned by the signing hospital.
	RegisterDevice {
		/// The device's account: SS58, or an account key's name.
		device: String,
		/// The patient it monitors: SS58, or an account key's name.
		#[arg(long)]
		patient: String,
		/// What kind of device.
		#[arg(long, value_enum, default_value_t = DeviceKindArg::Wearable)]
		kind: DeviceKindArg,
		/// The device's RSA encryption key: an RSA key's name, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// The RSA key its readings are signed with: an RSA key's name, or hex DER.
		#[arg(long)]
		signing_key: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Suspend a participant of the hospital (a physician or device).
	Suspend {
		/// The participant: SS58, or an account key's name.
		who: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Reactivate a suspended participant.
	Reactivate {
		/// The participant: SS58, or an account key's name.
		who: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Revoke a participant for good.
	Revoke {
		/// The participant: SS58, or an account key's name.
		who: String,
		/// The hospital's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
}

#[derive(Debug, Subcommand)]
enum PatientCommand {
	/// Register the signing account as a patient.
	Register {
		/// The patient's RSA public key: an RSA key's name, or hex DER.
		#[arg(long)]
		encryption_key: String,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Kind {
	/// An sr25519 account key.
	Sr25519,
	/// An RSA key pair for records.
	Rsa,
}

#[derive(Debug, Subcommand)]
enum KeyCommand {
	/// Generate a key and store it encrypted.
	Generate {
		/// The key's name in the keystore.
		name: String,
		/// What kind of key.
		#[arg(long, value_enum, default_value_t = Kind::Sr25519)]
		kind: Kind,
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

/// An error as the user sees it.
#[derive(Debug)]
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
	fn from(error: E) -> Self {
		Failure(error.to_string())
	}
}

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
		Err(Failure(message)) => {
			if cli.json {
				println!("{}", json!({ "error": message }));
			}
			eprintln!("error: {message}");
			ExitCode::FAILURE
		},
	}
}

fn keystore_dir(cli: &Cli) -> Result<PathBuf, Failure> {
	if let Some(dir) = &cli.keystore {
		return Ok(dir.clone());
	}
	let home = std::env::var_os("HOME")
		.ok_or_else(|| Failure("no --keystore given and no HOME to put one in".into()))?;
	Ok(PathBuf::from(home).join(".local/share/carechain/keystore"))
}

fn passphrase(cli: &Cli, confirm: bool) -> Result<Zeroizing<String>, Failure> {
	if let Some(path) = &cli.passphrase_file {
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

fn print_key(cli: &Cli, verb: &str, key: &KeyInfo) {
	if cli.json {
		println!("{}", json!({ "name": key.name, "kind": key.kind, "public": key.public }));
	} else {
		println!("{verb} {} key '{}': {}", key.kind, key.name, key.public);
	}
}

fn sr25519_public(suri: &str) -> Result<String, Failure> {
	let uri = subxt_signer::SecretUri::from_str(suri)
		.map_err(|e| Failure(format!("not a secret URI: {e}")))?;
	let pair = subxt_signer::sr25519::Keypair::from_uri(&uri)
		.map_err(|e| Failure(format!("not an sr25519 secret: {e}")))?;
	Ok(pair.public_key().to_account_id().to_string())
}

async fn run(cli: &Cli) -> Result<(), Failure> {
	match &cli.command {
		Command::Key(command) => key(cli, command),
		Command::Status => status(cli).await,
		Command::Hospital(command) => hospital(cli, command).await,
		Command::Patient(command) => patient(cli, command).await,
	}
}

fn open_keystore(cli: &Cli) -> Result<Keystore, Failure> {
	let keystore = Keystore::open(keystore_dir(cli)?)?;
	Ok(match cli.kdf_iterations {
		Some(iterations) => keystore.with_iterations(iterations),
		None => keystore,
	})
}

fn key(cli: &Cli, command: &KeyCommand) -> Result<(), Failure> {
	let keystore = open_keystore(cli)?;
	match command {
		KeyCommand::Generate { name, kind: Kind::Sr25519, .. } => {
			let mut seed = Zeroizing::new([0u8; 32]);
			rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut seed[..]);
			let suri = Zeroizing::new(format!("0x{}", hex::encode(&seed[..])));
			let public = sr25519_public(&suri)?;
			let passphrase = passphrase(cli, true)?;
			let key =
				keystore.store(name, KeyKind::Sr25519, &public, suri.as_bytes(), &passphrase)?;
			print_key(cli, "generated", &key);
		},
		KeyCommand::Generate { name, kind: Kind::Rsa, bits } => {
			let private = carechain_primitives::envelope::generate_key(*bits)
				.map_err(|e| Failure(format!("cannot generate a {bits}-bit RSA key: {e:?}")))?;
			let public = hex::encode(carechain_primitives::envelope::public_key_der(&private));
			let der = Zeroizing::new(carechain_primitives::envelope::private_key_der(&private));
			let passphrase = passphrase(cli, true)?;
			let key = keystore.store(name, KeyKind::Rsa, &public, &der, &passphrase)?;
			print_key(cli, "generated", &key);
		},
		KeyCommand::Import { name, suri: Some(suri), rsa_pkcs8: None } => {
			let public = sr25519_public(suri)?;
			let passphrase = passphrase(cli, true)?;
			let key =
				keystore.store(name, KeyKind::Sr25519, &public, suri.as_bytes(), &passphrase)?;
			print_key(cli, "imported", &key);
		},
		KeyCommand::Import { name, suri: None, rsa_pkcs8: Some(path) } => {
			let der = Zeroizing::new(std::fs::read(path).map_err(|e| {
				Failure(format!("cannot read the RSA key file {}: {e}", path.display()))
			})?);
			let private =
				carechain_primitives::envelope::private_key_from_der(&der).map_err(|e| {
					Failure(format!("{} is not a usable RSA private key: {e:?}", path.display()))
				})?;
			let public = hex::encode(carechain_primitives::envelope::public_key_der(&private));
			let passphrase = passphrase(cli, true)?;
			let key = keystore.store(name, KeyKind::Rsa, &public, &der, &passphrase)?;
			print_key(cli, "imported", &key);
		},
		KeyCommand::Import { .. } => {
			return Err(Failure("give either --suri or --rsa-pkcs8".into()))
		},
		KeyCommand::Export { name, secret } => {
			let info = keystore.info(name)?;
			if let Some(path) = secret {
				let passphrase = passphrase(cli, false)?;
				let bytes = keystore.secret(name, info.kind, &passphrase)?;
				write_new_private_file(path, &bytes)?;
			}
			print_key(cli, "exported", &info);
		},
		KeyCommand::List => {
			let keys = keystore.list()?;
			if cli.json {
				let keys: Vec<_> = keys
					.iter()
					.map(|k| json!({ "name": k.name, "kind": k.kind, "public": k.public }))
					.collect();
				println!("{}", json!({ "keys": keys }));
			} else if keys.is_empty() {
				println!("no keys in {}", keystore.dir().display());
			} else {
				for k in keys {
					println!("{:<24} {:<8} {}", k.name, k.kind.to_string(), k.public);
				}
			}
		},
		KeyCommand::Remove { name } => {
			let info = keystore.info(name)?;
			keystore.remove(name)?;
			print_key(cli, "removed", &info);
		},
	}
	Ok(())
}

fn write_new_private_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), Failure> {
	use std::{io::Write, os::unix::fs::OpenOptionsExt};
	let mut file = std::fs::OpenOptions::new()
		.write(true)
		.create_new(true)
		.mode(0o600)
		.open(path)
		.map_err(|e| Failure(format!("cannot create {}: {e}", path.display())))?;
	file.write_all(bytes).map_err(|e| {
		let _ = std::fs::remove_file(path);
		Failure(format!("cannot write {}: {e}", path.display()))
	})
}

async fn status(cli: &Cli) -> Result<(), Failure> {
	let api = carechain_client::connect(&cli.url).await?;
	let genesis = api.genesis_hash();
	let finalized = api.at_current_block().await?;
	if cli.json {
		println!(
			"{}",
			json!({
				"url": cli.url,
				"genesis": format!("{genesis:?}"),
				"specVersion": finalized.spec_version(),
				"transactionVersion": finalized.transaction_version(),
				"finalized": finalized.block_number(),
				"finalizedHash": format!("{:?}", finalized.block_hash()),
			})
		);
	} else {
		println!("node       {}", cli.url);
		println!("genesis    {genesis:?}");
		println!(
			"runtime    spec {} / transactions {}",
			finalized.spec_version(),
			finalized.transaction_version()
		);
		println!("finalized  #{} {:?}", finalized.block_number(), finalized.block_hash());
	}
	Ok(())
}

/// An RSA public key argument: an RSA key of the keystore (its public half), or hex DER.
fn public_key_arg(keystore: &Keystore, arg: &str) -> Result<Vec<u8>, Failure> {
	match keystore.info(arg) {
		Ok(info) if info.kind == KeyKind::Rsa => Ok(hex::decode(&info.public)?),
		Ok(info) => Err(Failure(format!("key '{arg}' is an {} key, not an RSA key", info.kind))),
		Err(KeystoreError::NotFound { .. } | KeystoreError::InvalidName(_)) => {
			hex::decode(arg.trim_start_matches("0x")).map_err(|_| {
				Failure(format!("'{arg}' is neither an RSA key in the keystore nor hex DER"))
			})
		},
		Err(error) => Err(error.into()),
	}
}

/// An account argument: SS58, or the name of an account key in the keystore (its public part).
fn account_arg(keystore: &Keystore, arg: &str) -> Result<AccountId32, Failure> {
	if let Ok(account) = AccountId32::from_str(arg) {
		return Ok(account);
	}
	match keystore.info(arg) {
		Ok(info) if info.kind == KeyKind::Sr25519 => Ok(AccountId32::from_str(&info.public)?),
		Ok(info) => Err(Failure(format!("key '{arg}' is an {} key, not an account", info.kind))),
		Err(KeystoreError::NotFound { .. } | KeystoreError::InvalidName(_)) => Err(Failure(
			format!("'{arg}' is neither an SS58 address nor an account key in the keystore"),
		)),
		Err(error) => Err(error.into()),
	}
}

/// The account key `name`, opened with the passphrase.
fn signer(cli: &Cli, keystore: &Keystore, name: &str) -> Result<Signer, Failure> {
	let passphrase = passphrase(cli, false)?;
	let secret = keystore.secret(name, KeyKind::Sr25519, &passphrase)?;
	let suri = std::str::from_utf8(&secret)
		.map_err(|_| Failure(format!("key '{name}' holds no secret URI")))?;
	let uri = subxt_signer::SecretUri::from_str(suri)
		.map_err(|e| Failure(format!("key '{name}' holds no secret URI: {e}")))?;
	Signer::from_uri(&uri).map_err(|e| Failure(format!("key '{name}': {e}")))
}

fn bounded(bytes: Vec<u8>) -> runtime_types::bounded_collections::bounded_vec::BoundedVec<u8> {
	runtime_types::bounded_collections::bounded_vec::BoundedVec(bytes)
}

/// Submits `call` signed by `signer` and reports its events.
async fn execute<Call: subxt::tx::Payload>(
	cli: &Cli,
	signer: &Signer,
	call: Call,
) -> Result<(), Failure> {
	let api = carechain_client::connect(&cli.url).await?;
	let events = carechain_client::submit(&api, signer, &call).await?;
	// A call through governance (sudo) succeeds as a transaction even when the inner call fails.
	if let Some(Ok(sudid)) = events.find_first::<chain::sudo::events::Sudid>() {
		if let Err(runtime_types::sp_runtime::DispatchError::Module(module)) = sudid.sudo_result {
			let metadata = api.at_current_block().await?.metadata();
			let name = metadata
				.pallet_by_error_index(module.index)
				.and_then(|pallet| {
					let variant = pallet.error_variant_by_index(module.error[0])?;
					Some(format!("{}::{}: {}", pallet.name(), variant.name, variant.docs.join(" ")))
				})
				.unwrap_or_else(|| format!("pallet {} error {:?}", module.index, module.error));
			return Err(Failure(format!(
				"the call signed by {} through sudo failed on chain: {name}",
				signer.public_key().to_account_id()
			)));
		} else if let Err(other) = sudid.sudo_result {
			return Err(Failure(format!("the call through sudo failed on chain: {other:?}")));
		}
	}
	let names: Vec<String> = events
		.iter()
		.filter_map(Result::ok)
		.map(|event| format!("{}.{}", event.pallet_name(), event.event_name()))
		.filter(|name| !name.starts_with("System.") && !name.starts_with("TransactionPayment."))
		.filter(|name| !name.starts_with("Balances."))
		.collect();
	if cli.json {
		println!(
			"{}",
			json!({ "extrinsic": format!("{:?}", events.extrinsic_hash()), "events": names })
		);
	} else {
		println!("✓ finalized {:?}: {}", events.extrinsic_hash(), names.join(", "));
	}
	Ok(())
}

async fn hospital(cli: &Cli, command: &HospitalCommand) -> Result<(), Failure> {
	use runtime_types::carechain_primitives::registry::DeviceKind;
	let keystore = open_keystore(cli)?;
	let registry = chain::transactions().registry();
	match command {
		HospitalCommand::Admit { hospital, encryption_key, signer: name } => {
			let call = runtime_types::carechain_runtime::RuntimeCall::Registry(
				runtime_types::pallet_registry::pallet::Call::admit_hospital {
					hospital: account_arg(&keystore, hospital)?,
					encryption_key: bounded(public_key_arg(&keystore, encryption_key)?),
				},
			);
			let signer = signer(cli, &keystore, name)?;
			execute(cli, &signer, chain::transactions().sudo().sudo(call)).await
		},
		HospitalCommand::RegisterPhysician { physician, encryption_key, signer: name } => {
			let call = registry.register_physician(
				account_arg(&keystore, physician)?,
				bounded(public_key_arg(&keystore, encryption_key)?),
			);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
		HospitalCommand::RegisterDevice {
			device,
			patient,
			kind,
			encryption_key,
			signing_key,
			signer: name,
		} => {
			let kind = match kind {
				DeviceKindArg::Wearable => DeviceKind::Wearable,
				DeviceKindArg::Implant => DeviceKind::Implant,
				DeviceKindArg::BedsideMonitor => DeviceKind::BedsideMonitor,
				DeviceKindArg::HomeHub => DeviceKind::HomeHub,
				DeviceKindArg::Gateway => DeviceKind::Gateway,
			};
			let call = registry.register_device(
				account_arg(&keystore, device)?,
				account_arg(&keystore, patient)?,
				kind,
				bounded(public_key_arg(&keystore, encryption_key)?),
				bounded(public_key_arg(&keystore, signing_key)?),
			);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
		HospitalCommand::Suspend { who, signer: name } => {
			let call = registry.suspend(account_arg(&keystore, who)?);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
		HospitalCommand::Reactivate { who, signer: name } => {
			let call = registry.reactivate(account_arg(&keystore, who)?);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
		HospitalCommand::Revoke { who, signer: name } => {
			let call = registry.revoke(account_arg(&keystore, who)?);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
	}
}

async fn patient(cli: &Cli, command: &PatientCommand) -> Result<(), Failure> {
	let keystore = open_keystore(cli)?;
	match command {
		PatientCommand::Register { encryption_key, signer: name } => {
			let call = chain::transactions()
				.registry()
				.register_patient(bounded(public_key_arg(&keystore, encryption_key)?), None);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
	}
}
