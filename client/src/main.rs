//! `carechain`: the command line of CareChain's client, for hospitals, patients, physicians and
//! devices. Keys live in a local keystore (`--keystore`), encrypted with a passphrase
//! (`CARECHAIN_PASSPHRASE`, `--passphrase-file`, or asked on the terminal); the node is `--url`.
//! Every command takes `--json` for scripts; errors go to stderr with a non-zero exit code.

use std::{path::PathBuf, process::ExitCode, str::FromStr};

use carechain_client::{
	chain::{self, runtime_types},
	keystore::{KeyInfo, KeyKind, Keystore, KeystoreError},
	records, Signer, DEFAULT_URL,
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
	/// suspend, reactivate, revoke; intrusion alerts and reinstatement.
	#[command(subcommand)]
	Hospital(HospitalCommand),
	/// What a patient does: register, category keys, grants, revocation, the audit trail.
	#[command(subcommand)]
	Patient(PatientCommand),
	/// What a device does: simulate readings.
	#[command(subcommand)]
	Device(DeviceCommand),
	/// What a physician does: read records.
	#[command(subcommand)]
	Physician(PhysicianCommand),
	/// The load generator: many simulated devices at once, from accounts derived from a seed and
	/// funded by a pre-funded account. For test and benchmark chains only: whoever knows the seed
	/// signs as these accounts.
	#[command(subcommand)]
	Load(LoadCommand),
}

/// Which accounts make a load set: `{seed}//patient//{j}` and `{seed}//device//{i}`, device `i`
/// monitoring patient `i / devices-per-patient`.
#[derive(Debug, clap::Args)]
struct LoadSetArgs {
	/// The secret URI the set's accounts derive from.
	#[arg(
		long,
		env = "CARECHAIN_LOAD_SEED",
		hide_env_values = true,
		default_value = "//CareChainLoad"
	)]
	seed: String,
	/// How many devices.
	#[arg(long, default_value_t = 16)]
	devices: u32,
	/// Devices per patient (the runtime allows up to 32).
	#[arg(long, default_value_t = 8)]
	devices_per_patient: u32,
}

impl LoadSetArgs {
	fn set(&self) -> Result<carechain_client::load::LoadSet, Failure> {
		Ok(carechain_client::load::LoadSet::new(
			&self.seed,
			self.devices,
			self.devices_per_patient,
		)?)
	}
}

#[derive(Debug, Subcommand)]
enum LoadCommand {
	/// Make a load set ready: fund its accounts from `--funder`, register its patients (each
	/// signs its own registration) and, by `--hospital`, their devices; give each device its
	/// patient's vital-signs key. Whatever is already done is skipped.
	Prepare {
		#[command(flatten)]
		set: LoadSetArgs,
		/// The RSA key (in the keystore) every account of the set uses, for encryption and
		/// reading signatures.
		#[arg(long)]
		rsa: String,
		/// The admitted hospital's account key that registers the devices.
		#[arg(long)]
		hospital: String,
		/// The pre-funded account key that funds the set.
		#[arg(long)]
		funder: String,
		/// What each account is given, in units, when it holds less than half of it.
		#[arg(long, default_value_t = 100)]
		fund_units: u64,
	},
	/// Drive every device of a prepared set at once: each seals a fresh vital-signs reading,
	/// stores the ciphertext, signs and anchors it, `--rate` times a second, for
	/// `--duration-secs`. Reports submitted, refused (by reason), anchored, anchors per second,
	/// latency to a best block, the blocks used, and any device the chain quarantined.
	Run {
		#[command(flatten)]
		set: LoadSetArgs,
		/// The set's RSA key (in the keystore), as given to `load prepare`.
		#[arg(long)]
		rsa: String,
		/// The blob store directory the ciphertext goes to.
		#[arg(long)]
		store: PathBuf,
		/// Readings per second, per device.
		#[arg(long, default_value_t = 0.2)]
		rate: f64,
		/// How long the devices send, in seconds.
		#[arg(long, default_value_t = 60)]
		duration_secs: u64,
		/// How long to wait afterwards for the last readings to reach a block, in seconds.
		#[arg(long, default_value_t = 30)]
		settle_secs: u64,
		/// Connections to the node the devices are spread over (0: one per 16 devices).
		#[arg(long, default_value_t = 0)]
		connections: u32,
	},
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
	/// Move a device to another patient or hospital.
	MoveDevice {
		/// The device: SS58 or an account key's name.
		device: String,
		/// Its patient from now on.
		#[arg(long)]
		patient: String,
		/// Its hospital from now on.
		#[arg(long)]
		hospital: String,
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
	/// The devices the chain has quarantined for flooding (intrusion detection), with their
	/// detector state.
	Alerts,
	/// Reinstate a quarantined device of the hospital: its transactions are accepted again and
	/// its baseline is learned afresh.
	Reinstate {
		/// The device: SS58, or an account key's name.
		device: String,
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

/// A category of health data.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum CategoryArg {
	/// Heart rate, SpO2, temperature, blood pressure…
	VitalSigns,
	/// Laboratory results.
	LabResults,
	/// Imaging.
	Imaging,
	/// Prescriptions.
	Prescriptions,
	/// Clinical notes.
	ClinicalNotes,
	/// Diagnoses.
	Diagnoses,
	/// Immunizations.
	Immunizations,
	/// Allergies.
	Allergies,
}

impl CategoryArg {
	fn to_chain(self) -> records::DataCategory {
		use records::DataCategory as C;
		match self {
			CategoryArg::VitalSigns => C::VitalSigns,
			CategoryArg::LabResults => C::LabResults,
			CategoryArg::Imaging => C::Imaging,
			CategoryArg::Prescriptions => C::Prescriptions,
			CategoryArg::ClinicalNotes => C::ClinicalNotes,
			CategoryArg::Diagnoses => C::Diagnoses,
			CategoryArg::Immunizations => C::Immunizations,
			CategoryArg::Allergies => C::Allergies,
		}
	}
}

/// What a grant allows.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum PermissionArg {
	/// Read records.
	Read,
	/// Add records.
	Append,
	/// Both.
	ReadAppend,
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
	/// Make a fresh key for a category, for the patient and its devices (and `--reader`s): what
	/// devices encrypt new records to.
	RotateKey {
		/// The category.
		#[arg(long, value_enum)]
		category: CategoryArg,
		/// Further readers (SS58 or account key names).
		#[arg(long = "reader")]
		readers: Vec<String>,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Grant a participant access to a category for treatment, and share the category's current
	/// key with it (one atomic transaction).
	Grant {
		/// Who is granted: SS58 or an account key's name.
		grantee: String,
		/// The category.
		#[arg(long, value_enum)]
		category: CategoryArg,
		/// What it may do.
		#[arg(long, value_enum, default_value_t = PermissionArg::Read)]
		permission: PermissionArg,
		/// For how many blocks (3 s each) from now.
		#[arg(long, default_value_t = 28_800)]
		blocks: u32,
		/// The patient's RSA key (in the keystore), to open its copy of the category key.
		#[arg(long)]
		rsa: String,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Revoke a grant, and rotate the keys of `--rotate` categories for the patient and its
	/// devices only, so that later records are closed to the former grantee.
	Revoke {
		/// The grant's id.
		grant: u64,
		/// Categories whose keys to rotate.
		#[arg(long = "rotate", value_enum)]
		rotate: Vec<CategoryArg>,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// The audit trail: who read or added what, when, why, and whether it was allowed.
	Audit {
		/// The patient: SS58 or an account key's name.
		patient: String,
	},
	/// A patient's records of a category: metadata only (nothing is read or audited).
	Records {
		/// The patient: SS58 or an account key's name.
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: CategoryArg,
	},
	/// A patient's grants.
	Consents {
		/// The patient: SS58 or an account key's name.
		patient: String,
	},
	/// Narrow a grant: fewer categories, less permission, or an earlier expiry.
	Amend {
		/// The grant's id.
		grant: u64,
		/// Only this category from now on.
		#[arg(long, value_enum)]
		category: Option<CategoryArg>,
		/// Only this permission from now on.
		#[arg(long, value_enum)]
		permission: Option<PermissionArg>,
		/// Expire this many blocks from now.
		#[arg(long)]
		expires_in: Option<u32>,
		/// The patient (or guardian) account key that signs; the patient is `--patient`, or the
		/// signer.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when a guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
	/// Access requests waiting for the patient's answer.
	Requests {
		/// The patient: SS58 or an account key's name.
		patient: String,
	},
	/// Approve a physician's access request: it becomes a grant.
	Approve {
		/// The requester: SS58 or an account key's name.
		requester: String,
		/// The patient (or guardian) account key that signs.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when a guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
	/// Reject a physician's access request.
	Reject {
		/// The requester: SS58 or an account key's name.
		requester: String,
		/// The patient (or guardian) account key that signs.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when a guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
	/// Name a guardian who may act for the signing patient.
	AddGuardian {
		/// The guardian: SS58 or an account key's name.
		guardian: String,
		/// The patient's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Remove a guardian (the patient or the guardian itself signs).
	RemoveGuardian {
		/// The guardian: SS58 or an account key's name.
		guardian: String,
		/// The account key that signs.
		#[arg(long = "as")]
		signer: String,
		/// The patient, when the guardian signs.
		#[arg(long)]
		patient: Option<String>,
	},
}

#[derive(Debug, Subcommand)]
enum DeviceCommand {
	/// Generate realistic vital signs, encrypt them for the patient, sign, store the ciphertext
	/// and anchor its hash, `--count` times every `--interval-ms`.
	Simulate {
		/// The patient it monitors: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// How many readings.
		#[arg(long, default_value_t = 10)]
		count: u32,
		/// Milliseconds between readings.
		#[arg(long, default_value_t = 1_000)]
		interval_ms: u64,
		/// The device's RSA encryption key (in the keystore), to open its copy of the category key.
		#[arg(long)]
		rsa: String,
		/// The device's RSA signing key (in the keystore).
		#[arg(long)]
		signing_rsa: String,
		/// The blob store directory the ciphertext goes to.
		#[arg(long)]
		store: PathBuf,
		/// Misbehave on purpose: send every reading at once, without waiting for any, to exercise
		/// the node's and the chain's intrusion detection. Reports what was accepted and refused.
		#[arg(long)]
		flood: bool,
		/// The device's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
}

#[derive(Debug, Subcommand)]
enum PhysicianCommand {
	/// Ask a patient for access to a category; the patient approves or rejects.
	RequestAccess {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: CategoryArg,
		/// What to be allowed.
		#[arg(long, value_enum, default_value_t = PermissionArg::Read)]
		permission: PermissionArg,
		/// For how many blocks (3 s each) once approved.
		#[arg(long, default_value_t = 28_800)]
		blocks: u32,
		/// The physician's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// List a patient's records of a category: metadata only (nothing is read or audited).
	Records {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: CategoryArg,
	},
	/// Open emergency access to a patient (for emergency treatment, 4 hours, announced to the
	/// patient and its guardians, reviewed afterwards). Only the justification's hash goes on
	/// chain: keep the text in the hospital's records.
	Emergency {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The hospital the physician acts for: SS58 or an account key's name.
		#[arg(long)]
		hospital: String,
		/// Why (stays off-chain; its BLAKE2-256 hash is anchored).
		#[arg(long)]
		justification: String,
		/// The physician's account key that signs.
		#[arg(long = "as")]
		signer: String,
	},
	/// Read a patient's records of a category: each read asked of the chain (audited), each key
	/// unwrapped, each envelope fetched, checked against its anchored hash and decrypted.
	Read {
		/// The patient: SS58 or an account key's name.
		#[arg(long)]
		patient: String,
		/// The category.
		#[arg(long, value_enum)]
		category: CategoryArg,
		/// The physician's RSA key (in the keystore).
		#[arg(long)]
		rsa: String,
		/// The blob store directory the ciphertext is fetched from.
		#[arg(long)]
		store: PathBuf,
		/// The physician's account key that signs.
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
		Command::Device(command) => device(cli, command).await,
		Command::Physician(command) => physician(cli, command).await,
		Command::Load(command) => load(cli, command).await,
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
			let generating = spinner(cli, format!("generating a {bits}-bit RSA key"));
			let private = carechain_primitives::envelope::generate_key(*bits);
			generating.finish_and_clear();
			let private = private
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

/// The patient a guardian names with `--patient`, or else the signer itself.
fn patient_or_signer(
	keystore: &Keystore,
	patient: Option<&str>,
	signer: &Signer,
) -> Result<AccountId32, Failure> {
	match patient {
		Some(patient) => account_arg(keystore, patient),
		None => Ok(signer.public_key().to_account_id()),
	}
}

/// The account key `name`, opened with the passphrase.
fn signer(cli: &Cli, keystore: &Keystore, name: &str) -> Result<Signer, Failure> {
	let passphrase = passphrase(cli, false)?;
	let opening = spinner(cli, format!("opening key '{name}'"));
	let secret = keystore.secret(name, KeyKind::Sr25519, &passphrase);
	opening.finish_and_clear();
	let secret = secret?;
	let suri = std::str::from_utf8(&secret)
		.map_err(|_| Failure(format!("key '{name}' holds no secret URI")))?;
	let uri = subxt_signer::SecretUri::from_str(suri)
		.map_err(|e| Failure(format!("key '{name}' holds no secret URI: {e}")))?;
	Signer::from_uri(&uri).map_err(|e| Failure(format!("key '{name}': {e}")))
}

fn bounded(bytes: Vec<u8>) -> runtime_types::bounded_collections::bounded_vec::BoundedVec<u8> {
	runtime_types::bounded_collections::bounded_vec::BoundedVec(bytes)
}

/// A spinner on stderr for work that takes a while (hidden with `--json`; indicatif hides it when
/// stderr is not a terminal).
fn spinner(
	cli: &Cli,
	message: impl Into<std::borrow::Cow<'static, str>>,
) -> indicatif::ProgressBar {
	let bar = if cli.json {
		indicatif::ProgressBar::hidden()
	} else {
		indicatif::ProgressBar::new_spinner()
	};
	bar.set_style(
		indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
			.unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
	);
	bar.set_message(message);
	bar.enable_steady_tick(std::time::Duration::from_millis(200));
	bar
}

/// Submits `call` signed by `signer` and reports its events.
async fn execute<Call: subxt::tx::Payload>(
	cli: &Cli,
	signer: &Signer,
	call: Call,
) -> Result<(), Failure> {
	let api = carechain_client::connect(&cli.url).await?;
	let waiting = spinner(cli, "waiting for the transaction to be finalized");
	let events = carechain_client::submit(&api, signer, &call).await;
	waiting.finish_and_clear();
	let events = events?;
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
		HospitalCommand::MoveDevice { device, patient, hospital, signer: name } => {
			let call = registry.move_device(
				account_arg(&keystore, device)?,
				account_arg(&keystore, patient)?,
				account_arg(&keystore, hospital)?,
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
		HospitalCommand::Alerts => {
			let api = carechain_client::connect(&cli.url).await?;
			let at = api.at_best().await?;
			let apis = chain::runtime_apis().intrusion_detection_api();
			let quarantined = at.runtime_apis().call(apis.quarantined()).await?;
			let mut alerts = Vec::new();
			for device in quarantined {
				let state = at.runtime_apis().call(apis.node(device)).await?;
				let (baseline, average) = state
					.map(|s| (s.detector.baseline, s.detector.last_average))
					.unwrap_or_default();
				if !cli.json {
					println!(
						"{device}: quarantined; last window {:.1} ms between requests, baseline {:.1} ms",
						average as f64 / 1000.0,
						baseline as f64 / 1000.0
					);
				}
				alerts.push(json!({
					"device": device.to_string(),
					"baselineUs": baseline,
					"lastAverageUs": average,
				}));
			}
			if cli.json {
				println!("{}", json!({ "quarantined": alerts }));
			} else if alerts.is_empty() {
				println!("no device is quarantined");
			}
			Ok(())
		},
		HospitalCommand::Reinstate { device, signer: name } => {
			let call = chain::transactions()
				.intrusion_detection()
				.reinstate(account_arg(&keystore, device)?);
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
		PatientCommand::RotateKey { category, readers, signer: name } => {
			let signer = signer(cli, &keystore, name)?;
			let api = carechain_client::connect(&cli.url).await?;
			let readers =
				readers.iter().map(|r| account_arg(&keystore, r)).collect::<Result<Vec<_>, _>>()?;
			let patient = signer.public_key().to_account_id();
			let (call, _) =
				records::rotate_call(&api, &patient, category.to_chain(), &readers).await?;
			execute(cli, &signer, chain::transactions().utility().batch_all(vec![call])).await
		},
		PatientCommand::Grant { grantee, category, permission, blocks, rsa, signer: name } => {
			let signer = signer(cli, &keystore, name)?;
			let rsa = rsa_key(cli, &keystore, rsa)?;
			let api = carechain_client::connect(&cli.url).await?;
			let now = api.at_current_block().await?.block_number() as u32;
			let permission = permission_to_chain(*permission);
			let grant_id = records::grant_and_share(
				&api,
				&signer,
				&rsa,
				&account_arg(&keystore, grantee)?,
				category.to_chain(),
				permission,
				records::Purpose::Treatment,
				now.saturating_add(*blocks),
			)
			.await?;
			if cli.json {
				println!("{}", json!({ "grant": grant_id }));
			} else {
				println!("✓ grant {grant_id} to {grantee}, key shared");
			}
			Ok(())
		},
		PatientCommand::Revoke { grant, rotate, signer: name } => {
			let signer = signer(cli, &keystore, name)?;
			let api = carechain_client::connect(&cli.url).await?;
			let categories: Vec<_> = rotate.iter().map(|c| c.to_chain()).collect();
			records::revoke_and_rotate(&api, &signer, *grant, &categories).await?;
			if cli.json {
				println!("{}", json!({ "revoked": grant, "rotated": categories.len() }));
			} else {
				println!("✓ grant {grant} revoked; {} key(s) rotated", categories.len());
			}
			Ok(())
		},
		PatientCommand::Records { patient, category } => {
			list_records(cli, &keystore, patient, *category).await
		},
		PatientCommand::Consents { patient } => {
			let patient = account_arg(&keystore, patient)?;
			let api = carechain_client::connect(&cli.url).await?;
			let grants = api
				.at_best()
				.await?
				.runtime_apis()
				.call(chain::runtime_apis().consent_api().grants(patient))
				.await?;
			let listed: Vec<_> = grants
				.iter()
				.map(|g| {
					json!({
						"grant": g.id,
						"grantee": g.grantee.to_string(),
						"scope": format!("{:?}", g.scope),
						"permission": format!("{:?}", g.permission),
						"purpose": format!("{:?}", g.purpose),
						"expiresAt": g.expires_at,
					})
				})
				.collect();
			if cli.json {
				println!("{}", json!({ "grants": listed }));
			} else if grants.is_empty() {
				println!("no grants");
			} else {
				for g in &grants {
					println!(
						"grant {}: {} may {:?} {:?} for {:?} until block {}",
						g.id, g.grantee, g.permission, g.scope, g.purpose, g.expires_at
					);
				}
			}
			Ok(())
		},
		PatientCommand::Amend {
			grant,
			category,
			permission,
			expires_in,
			signer: name,
			patient,
		} => {
			let signer = signer(cli, &keystore, name)?;
			let patient = patient_or_signer(&keystore, patient.as_deref(), &signer)?;
			let api = carechain_client::connect(&cli.url).await?;
			let now = api.at_best().await?.block_number() as u32;
			let call = chain::transactions().consent().amend(
				patient,
				*grant,
				category.map(|c| {
					runtime_types::carechain_primitives::consent::Scope::Only(
						runtime_types::bounded_collections::bounded_vec::BoundedVec(vec![
							c.to_chain()
						]),
					)
				}),
				permission.map(permission_to_chain),
				expires_in.map(|blocks| now.saturating_add(blocks)),
			);
			execute(cli, &signer, call).await
		},
		PatientCommand::Requests { patient } => {
			let patient = account_arg(&keystore, patient)?;
			let api = carechain_client::connect(&cli.url).await?;
			let requests = api
				.at_best()
				.await?
				.runtime_apis()
				.call(chain::runtime_apis().consent_api().pending_requests(patient))
				.await?;
			let listed: Vec<_> = requests
				.iter()
				.map(|(who, r)| {
					json!({
						"requester": who.to_string(),
						"scope": format!("{:?}", r.scope),
						"permission": format!("{:?}", r.permission),
						"purpose": format!("{:?}", r.purpose),
						"durationBlocks": r.duration,
					})
				})
				.collect();
			if cli.json {
				println!("{}", json!({ "requests": listed }));
			} else if requests.is_empty() {
				println!("no pending requests");
			} else {
				for (who, r) in &requests {
					println!(
						"{who} asks to {:?} {:?} for {:?}, {} blocks",
						r.permission, r.scope, r.purpose, r.duration
					);
				}
			}
			Ok(())
		},
		PatientCommand::Approve { requester, signer: name, patient }
		| PatientCommand::Reject { requester, signer: name, patient } => {
			let signer = signer(cli, &keystore, name)?;
			let patient = patient_or_signer(&keystore, patient.as_deref(), &signer)?;
			let requester = account_arg(&keystore, requester)?;
			let consent = chain::transactions().consent();
			if matches!(command, PatientCommand::Approve { .. }) {
				execute(cli, &signer, consent.approve_request(patient, requester)).await
			} else {
				execute(cli, &signer, consent.reject_request(patient, requester)).await
			}
		},
		PatientCommand::AddGuardian { guardian, signer: name } => {
			let call =
				chain::transactions().registry().add_guardian(account_arg(&keystore, guardian)?);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
		PatientCommand::RemoveGuardian { guardian, signer: name, patient } => {
			let signer = signer(cli, &keystore, name)?;
			let patient = patient_or_signer(&keystore, patient.as_deref(), &signer)?;
			let call = chain::transactions()
				.registry()
				.remove_guardian(patient, account_arg(&keystore, guardian)?);
			execute(cli, &signer, call).await
		},
		PatientCommand::Audit { patient } => {
			let patient = account_arg(&keystore, patient)?;
			let api = carechain_client::connect(&cli.url).await?;
			let at = api.at_best().await?;
			let trail = at
				.runtime_apis()
				.call(chain::runtime_apis().consent_api().audit_trail(patient))
				.await?;
			let entries: Vec<_> = trail
				.iter()
				.map(|entry| {
					json!({
						"block": entry.block,
						"accessor": entry.accessor.to_string(),
						"category": format!("{:?}", entry.category),
						"action": format!("{:?}", entry.action),
						"purpose": format!("{:?}", entry.purpose),
						"decision": format!("{:?}", entry.decision),
					})
				})
				.collect();
			if cli.json {
				println!("{}", json!({ "patient": patient.to_string(), "entries": entries }));
			} else {
				for entry in &trail {
					println!(
						"#{:<6} {} {:?} {:?} for {:?}: {:?}",
						entry.block,
						entry.accessor,
						entry.action,
						entry.category,
						entry.purpose,
						entry.decision
					);
				}
			}
			Ok(())
		},
	}
}

/// The RSA private key `name`, opened with the passphrase.
fn rsa_key(
	cli: &Cli,
	keystore: &Keystore,
	name: &str,
) -> Result<carechain_primitives::envelope::PrivateKey, Failure> {
	let passphrase = passphrase(cli, false)?;
	let opening = spinner(cli, format!("opening key '{name}'"));
	let der = keystore.secret(name, KeyKind::Rsa, &passphrase);
	opening.finish_and_clear();
	let der = der?;
	carechain_primitives::envelope::private_key_from_der(&der)
		.map_err(|e| Failure(format!("key '{name}' is not a usable RSA key: {e:?}")))
}

async fn device(cli: &Cli, command: &DeviceCommand) -> Result<(), Failure> {
	let keystore = open_keystore(cli)?;
	match command {
		DeviceCommand::Simulate {
			patient,
			count,
			interval_ms,
			rsa,
			signing_rsa,
			store,
			flood,
			signer: name,
		} => {
			let signer = signer(cli, &keystore, name)?;
			let device_key = rsa_key(cli, &keystore, rsa)?;
			let signing_key = rsa_key(cli, &keystore, signing_rsa)?;
			let patient = account_arg(&keystore, patient)?;
			let store = carechain_primitives::blob_store::LocalDirStore::open(store)
				.map_err(|e| Failure(format!("cannot open the blob store: {e:?}")))?;
			let api = carechain_client::connect(&cli.url).await?;
			let progress = if cli.json {
				indicatif::ProgressBar::hidden()
			} else {
				indicatif::ProgressBar::new(u64::from(*count))
			};
			progress.set_style(
				indicatif::ProgressStyle::with_template(
					"{spinner} {msg} [{bar:30}] {pos}/{len} readings ({elapsed})",
				)
				.unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
			);
			progress.set_message(if *flood { "flooding" } else { "anchoring" });
			let device_id = signer.public_key().to_account_id();
			let (mut anchored, mut accepted, mut refused) = (Vec::new(), 0u32, Vec::new());
			for i in 0..*count {
				let reading = carechain_client::load::vital_signs(i).to_string();
				if *flood {
					let (call, _) = records::seal_reading(
						&api,
						&device_id,
						&device_key,
						&signing_key,
						&patient,
						records::DataCategory::VitalSigns,
						&store,
						reading.as_bytes(),
					)
					.await?;
					let nonce = api.next_nonce(&device_id).await?;
					let params = subxt::config::DefaultExtrinsicParamsBuilder::<
						carechain_client::CareChainConfig,
					>::new()
					.nonce(nonce)
					.build();
					let at = api.at_current_block().await?;
					match at.transactions().sign_and_submit(&call, &signer, params).await {
						Ok(_) => accepted += 1,
						Err(error) => refused.push(error.to_string()),
					}
				} else {
					let record = records::seal_and_anchor(
						&api,
						&signer,
						&device_key,
						&signing_key,
						&patient,
						records::DataCategory::VitalSigns,
						&store,
						reading.as_bytes(),
					)
					.await?;
					if !cli.json {
						progress.suspend(|| {
							println!(
								"reading {} anchored as record {}: {reading}",
								i + 1,
								record.record_id
							)
						});
					}
					anchored.push(record.record_id);
					if i + 1 < *count {
						tokio::time::sleep(std::time::Duration::from_millis(*interval_ms)).await;
					}
				}
				progress.inc(1);
			}
			progress.finish_and_clear();
			if *flood {
				if cli.json {
					println!(
						"{}",
						json!({ "submitted": count, "accepted": accepted, "refused": refused })
					);
				} else {
					println!(
						"flood: {count} readings sent at once, {accepted} accepted by the node, {} refused{}",
						refused.len(),
						refused.first().map(|e| format!(" (first: {e})")).unwrap_or_default()
					);
				}
			} else if cli.json {
				println!("{}", json!({ "records": anchored }));
			} else {
				println!("✓ {} readings anchored", anchored.len());
			}
			Ok(())
		},
	}
}

async fn physician(cli: &Cli, command: &PhysicianCommand) -> Result<(), Failure> {
	let keystore = open_keystore(cli)?;
	match command {
		PhysicianCommand::RequestAccess { patient, category, permission, blocks, signer: name } => {
			let call = chain::transactions().consent().request_access(
				account_arg(&keystore, patient)?,
				runtime_types::carechain_primitives::consent::Scope::Only(
					runtime_types::bounded_collections::bounded_vec::BoundedVec(vec![
						category.to_chain()
					]),
				),
				permission_to_chain(*permission),
				records::Purpose::Treatment,
				*blocks,
			);
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
		PhysicianCommand::Records { patient, category } => {
			list_records(cli, &keystore, patient, *category).await
		},
		PhysicianCommand::Emergency { patient, hospital, justification, signer: name } => {
			let hash =
				carechain_primitives::record_signature::content_hash(justification.as_bytes());
			let call = chain::transactions().consent().open_emergency_access(
				account_arg(&keystore, patient)?,
				account_arg(&keystore, hospital)?,
				subxt::utils::H256(hash),
			);
			if !cli.json {
				println!(
					"justification hash 0x{} (keep the text in the hospital's records)",
					hex::encode(hash)
				);
			}
			execute(cli, &signer(cli, &keystore, name)?, call).await
		},
		PhysicianCommand::Read { patient, category, rsa, store, signer: name } => {
			let signer = signer(cli, &keystore, name)?;
			let key = rsa_key(cli, &keystore, rsa)?;
			let patient = account_arg(&keystore, patient)?;
			let store = carechain_primitives::blob_store::LocalDirStore::open(store)
				.map_err(|e| Failure(format!("cannot open the blob store: {e:?}")))?;
			let api = carechain_client::connect(&cli.url).await?;
			let reading = spinner(cli, "asking the chain for each read, then opening the records");
			let outcomes =
				records::read_records(&api, &signer, &key, &patient, category.to_chain(), &store)
					.await;
			reading.finish_and_clear();
			let outcomes = outcomes?;
			let mut denied = 0;
			let mut items = Vec::new();
			for outcome in &outcomes {
				match outcome {
					records::ReadOutcome::Opened { record_id, plaintext } => {
						let text = String::from_utf8_lossy(plaintext).to_string();
						if !cli.json {
							println!("record {record_id}: {text}");
						}
						items.push(
							json!({ "record": record_id, "verified": true, "plaintext": text }),
						);
					},
					records::ReadOutcome::Denied { record_id, reason } => {
						denied += 1;
						if !cli.json {
							println!("record {record_id}: refused by the chain: {reason}");
						}
						items.push(json!({ "record": record_id, "refused": reason }));
					},
				}
			}
			if cli.json {
				println!("{}", json!({ "records": items }));
			}
			if denied > 0 {
				return Err(Failure(format!(
					"{denied} of {} record(s) refused to {} by the chain",
					outcomes.len(),
					signer.public_key().to_account_id()
				)));
			}
			Ok(())
		},
	}
}

fn permission_to_chain(permission: PermissionArg) -> records::Permission {
	match permission {
		PermissionArg::Read => records::Permission::Read,
		PermissionArg::Append => records::Permission::Append,
		PermissionArg::ReadAppend => records::Permission::ReadAppend,
	}
}

/// Lists a patient's records of a category: metadata only.
async fn list_records(
	cli: &Cli,
	keystore: &Keystore,
	patient: &str,
	category: CategoryArg,
) -> Result<(), Failure> {
	let patient = account_arg(keystore, patient)?;
	let api = carechain_client::connect(&cli.url).await?;
	let listed = records::records_of(&api, &patient, category.to_chain()).await?;
	if cli.json {
		let records: Vec<_> = listed
			.iter()
			.map(|(id, r)| {
				json!({
					"record": id,
					"author": r.author.to_string(),
					"contentHash": format!("{:?}", r.content_hash),
					"size": r.size,
					"keyEpoch": r.key_epoch,
					"anchoredAt": r.anchored_at,
					"status": format!("{:?}", r.status),
				})
			})
			.collect();
		println!("{}", json!({ "records": records }));
	} else {
		for (id, r) in &listed {
			println!(
				"record {id}: {} bytes by {} in block {}, key epoch {}, {:?}",
				r.size, r.author, r.anchored_at, r.key_epoch, r.status
			);
		}
	}
	Ok(())
}

async fn load(cli: &Cli, command: &LoadCommand) -> Result<(), Failure> {
	use carechain_client::load;
	let keystore = open_keystore(cli)?;
	match command {
		LoadCommand::Prepare { set, rsa, hospital, funder, fund_units } => {
			let set = set.set()?;
			let hospital = signer(cli, &keystore, hospital)?;
			let funder = signer(cli, &keystore, funder)?;
			let rsa = rsa_key(cli, &keystore, rsa)?;
			let api = carechain_client::connect(&cli.url).await?;
			let progress = spinner(cli, "preparing the load set");
			let prepared = load::prepare(
				&api,
				&set,
				&hospital,
				&funder,
				&rsa,
				u128::from(*fund_units).saturating_mul(carechain_primitives::UNIT),
				records::DataCategory::VitalSigns,
				&|step| progress.set_message(step),
			)
			.await;
			progress.finish_and_clear();
			let prepared = prepared?;
			if cli.json {
				println!("{}", serde_json::to_string(&prepared)?);
			} else {
				println!(
					"✓ load set of {} devices for {} patients ready: {} accounts funded, {} patients and {} devices registered, {} keys rotated now",
					set.devices(),
					set.patients(),
					prepared.funded,
					prepared.patients_registered,
					prepared.devices_registered,
					prepared.keys_rotated
				);
			}
			Ok(())
		},
		LoadCommand::Run { set, rsa, store, rate, duration_secs, settle_secs, connections } => {
			let set = set.set()?;
			let rsa = rsa_key(cli, &keystore, rsa)?;
			let store = carechain_primitives::blob_store::LocalDirStore::open(store)
				.map_err(|e| Failure(format!("cannot open the blob store: {e:?}")))?;
			let wanted = if *connections == 0 { set.devices().div_ceil(16) } else { *connections };
			let mut clients = Vec::new();
			for _ in 0..wanted {
				clients.push(carechain_client::connect(&cli.url).await?);
			}
			let expected = (f64::from(set.devices()) * rate * *duration_secs as f64).ceil() as u64;
			let progress = if cli.json {
				indicatif::ProgressBar::hidden()
			} else {
				indicatif::ProgressBar::new(expected.max(1))
			};
			progress.set_style(
				indicatif::ProgressStyle::with_template(
					"{spinner} {msg} [{bar:30}] {pos}/{len} anchored ({elapsed})",
				)
				.unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
			);
			let options = load::RunOptions {
				rate: *rate,
				duration: std::time::Duration::from_secs(*duration_secs),
				settle: std::time::Duration::from_secs(*settle_secs),
				category: records::DataCategory::VitalSigns,
			};
			let report =
				load::run(&clients, &set, &rsa, std::sync::Arc::new(store), &options, &|tally| {
					progress.set_position(tally.anchored);
					progress.set_message(format!(
						"{} devices: {} submitted, {} refused",
						set.devices(),
						tally.submitted,
						tally.refused
					));
				})
				.await?;
			progress.finish_and_clear();
			if cli.json {
				println!("{}", serde_json::to_string(&report)?);
			} else {
				println!(
					"{} devices over {} connections, {:.2} readings/s each for {:.0} s",
					report.devices,
					report.connections,
					report.rate_per_device,
					report.duration_secs
				);
				println!(
					"submitted {}, refused {}, anchored {}, unconfirmed {}",
					report.submitted,
					report.refused.values().sum::<u64>(),
					report.anchored,
					report.unconfirmed
				);
				for (reason, count) in &report.refused {
					println!("  refused {count}: {reason}");
				}
				println!(
					"{:.1} anchors/s in {} blocks (#{}..#{}, at most {} in one)",
					report.anchors_per_sec,
					report.blocks.count,
					report.blocks.first,
					report.blocks.last,
					report.blocks.most_in_one
				);
				println!(
					"to a best block: p50 {} ms, p95 {} ms, max {} ms",
					report.latency_ms.p50, report.latency_ms.p95, report.latency_ms.max
				);
				if report.quarantined.is_empty() {
					println!("no device of the set is quarantined");
				} else {
					println!("quarantined by the chain: {}", report.quarantined.join(", "));
				}
			}
			Ok(())
		},
	}
}
