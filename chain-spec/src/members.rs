//! # Members file
//!
//! A consortium's chain specification is made from its members file: the chain's name, id and
//! type, and per hospital its account, its validator's session keys, its node and its initial
//! balance. `carechain-node consortium-spec --members FILE --output-dir DIR` reads one and writes
//! the plain and raw specs; [`Members::from_file`] is the reading and all the checking.
//!
//! The file is TOML (JSON with the same fields is accepted when its name ends in `.json`):
//!
//! ```toml
//! [chain]
//! name = "CareChain Sample Consortium"
//! id = "carechain_sample"        # ASCII letters, digits, `_` and `-`: it names files
//! chain_type = "live"            # live | local | development; default live
//!
//! [[hospital]]
//! name = "Alice General"
//! account = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"   # SS58, sr25519
//! # Its validator's session keys; omit both for a hospital that runs no validator.
//! aura = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"      # SS58, sr25519
//! grandpa = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu"   # SS58, ed25519
//! peer_id = "12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5" # its node's libp2p peer id
//! boot_address = "/ip4/127.0.0.1/tcp/30333"  # where the others reach its node, without /p2p
//! # Its RSA public key (DER or PEM SubjectPublicKeyInfo), relative to the members file. With
//! # it the hospital is admitted to the registry at genesis; without it, later by motion.
//! encryption_key_file = "keys/alice-general.spki.der"
//! balance = "1000000000000000000"  # plancks (1 CARE = 10^12), a string or an integer
//! council = true                 # default true
//! ```
//!
//! Every field but `chain_type`, `aura`, `grandpa`, `encryption_key_file` and `council` is
//! required, and a field the schema does not know is refused (a misspelt `counsil` would
//! otherwise be silently ignored). SS58 addresses of any network prefix are accepted: the prefix
//! is only an encoding.
//!
//! A file that would make a broken or unsafe chain is refused with a [`MembersError`] naming the
//! hospital, the field and the value: a malformed address, key, peer id or boot address; an
//! encryption key the registry would refuse; a value two hospitals share (name, account, Aura
//! or GRANDPA key, peer id, boot address, encryption key); fewer validators than the runtime's
//! `MinValidators`, more hospitals than its `MAX_HOSPITALS`; an empty council; a balance below
//! the existential deposit. The runtime's genesis would panic on several of these; here they
//! are named before anything is built.

use std::{
	collections::HashMap,
	fmt, fs,
	hash::Hash,
	io,
	path::{Path, PathBuf},
};

use carechain_primitives::rsa_key::{self, RsaKeyError};
use carechain_runtime::{
	configs::{
		governance::{MinValidators, MAX_HOSPITALS},
		MinKeyBits,
	},
	genesis_config_presets::GenesisHospital,
	AccountId, Balance, EXISTENTIAL_DEPOSIT,
};
use sc_chain_spec::ChainType;
use sc_network::{config::MultiaddrWithPeerId, multiaddr::Protocol, Multiaddr, PeerId};
use serde::{de, Deserialize, Deserializer};
use sp_core::{crypto::Ss58Codec, ed25519, sr25519};

/// A members file, checked: everything a consortium's chain specification is made from.
#[derive(Clone, Debug, PartialEq)]
pub struct Members {
	/// The chain's name, id and type.
	pub chain: Chain,
	/// The hospitals, in the order of the file.
	pub hospitals: Vec<Hospital>,
}

/// The `[chain]` section.
#[derive(Clone, Debug, PartialEq)]
pub struct Chain {
	/// The human-readable name.
	pub name: String,
	/// The id: nodes keep the chain's database under it, and the spec files are named after it.
	pub id: String,
	/// Live, local or development.
	pub chain_type: ChainType,
}

/// One `[[hospital]]`, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Hospital {
	/// Its name, unique in the file.
	pub name: String,
	/// Its account: council seat, registry entry and validator id.
	pub account: AccountId,
	/// Its validator's session keys, if it runs a validator.
	pub validator: Option<ValidatorKeys>,
	/// Its node's libp2p identity.
	pub peer_id: PeerId,
	/// Where the other nodes reach its node (without `/p2p`).
	pub boot_address: Multiaddr,
	/// Its RSA public key, DER SubjectPublicKeyInfo, if it is admitted to the registry at
	/// genesis.
	pub encryption_key: Option<Vec<u8>>,
	/// Its account's initial balance, in plancks.
	pub balance: Balance,
	/// Whether it sits on the council.
	pub council: bool,
}

/// A validator's session keys.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValidatorKeys {
	/// Its Aura key, with which it authors blocks.
	pub aura: sr25519::Public,
	/// Its GRANDPA key, with which it votes on finality.
	pub grandpa: ed25519::Public,
}

impl Hospital {
	/// Its node as a boot node of the spec: the boot address followed by `/p2p/<peer id>`.
	pub fn boot_node(&self) -> MultiaddrWithPeerId {
		MultiaddrWithPeerId { multiaddr: self.boot_address.clone(), peer_id: self.peer_id }
	}

	/// The hospital as the runtime's consortium genesis takes it.
	pub fn genesis(&self) -> GenesisHospital {
		GenesisHospital {
			account: self.account.clone(),
			encryption_key: self.encryption_key.clone(),
			balance: self.balance,
			session_keys: self.validator.map(|keys| (keys.aura.into(), keys.grandpa.into())),
			peer_ids: vec![self.peer_id.to_bytes()],
			council: self.council,
		}
	}
}

/// Why a members file makes no chain. Each names the hospital (by name, or by position when the
/// name is missing), the field and the value at fault.
#[derive(Debug, thiserror::Error)]
pub enum MembersError {
	/// The file could not be read.
	#[error("cannot read the members file {}: {source}", path.display())]
	Unreadable { path: PathBuf, source: io::Error },
	/// Not valid TOML (or JSON), a value of the wrong type, or a field the schema does not know.
	#[error("the members file is not valid {format}: {message}")]
	Unparsable { format: &'static str, message: String },
	/// A required field is absent or empty.
	#[error("{place}: `{field}` is missing")]
	MissingField { place: String, field: &'static str },
	/// The chain id cannot name a directory or a file.
	#[error("[chain]: `id` {id:?} must be ASCII letters, digits, `_` or `-`")]
	InvalidChainId { id: String },
	/// An account, Aura or GRANDPA key that is not an SS58 address of the right kind.
	#[error("hospital {hospital}: `{field}` {value:?} is not an SS58 {kind} public key: {reason}")]
	MalformedSs58 {
		hospital: String,
		field: &'static str,
		value: String,
		kind: &'static str,
		reason: String,
	},
	/// One session key without the other.
	#[error(
		"hospital {hospital}: `{present}` is set but `{missing}` is not: a validator needs both, \
		 a hospital without a validator neither"
	)]
	IncompleteSessionKeys { hospital: String, present: &'static str, missing: &'static str },
	/// Not a libp2p peer id.
	#[error("hospital {hospital}: `peer_id` {value:?} is not a libp2p peer id: {reason}")]
	MalformedPeerId { hospital: String, value: String, reason: String },
	/// Not a multiaddress a node can be dialled at.
	#[error("hospital {hospital}: `boot_address` {value:?} is not a node's address: {reason}")]
	MalformedBootAddress { hospital: String, value: String, reason: String },
	/// Not a number of plancks.
	#[error("hospital {hospital}: `balance` {value:?} is not a whole number of plancks")]
	MalformedBalance { hospital: String, value: String },
	/// A balance the account could not exist with.
	#[error(
		"hospital {hospital}: `balance` {balance} is below the existential deposit ({minimum} \
		 plancks)"
	)]
	BalanceBelowExistentialDeposit { hospital: String, balance: Balance, minimum: Balance },
	/// The encryption key file could not be read.
	#[error("hospital {hospital}: cannot read `encryption_key_file` {}: {source}", path.display())]
	UnreadableEncryptionKey { hospital: String, path: PathBuf, source: io::Error },
	/// The encryption key file holds no key the registry accepts.
	#[error(
		"hospital {hospital}: `encryption_key_file` {} is not an RSA public key the registry \
		 accepts: {reason}",
		path.display()
	)]
	InvalidEncryptionKey { hospital: String, path: PathBuf, reason: String },
	/// Two hospitals share a value that must be unique.
	#[error("hospitals {first} and {second} have the same `{field}`: {value}")]
	Duplicate { field: &'static str, value: String, first: String, second: String },
	/// Too few validators to finalize with one of them faulty.
	#[error(
		"{count} hospitals have a validator (`aura` and `grandpa`); a consortium needs at least \
		 {minimum}"
	)]
	TooFewValidators { count: usize, minimum: u32 },
	/// More hospitals than the runtime's council, validator set and member nodes hold.
	#[error("{count} hospitals; the runtime admits at most {maximum}")]
	TooManyHospitals { count: usize, maximum: u32 },
	/// No hospital on the council: nothing could ever be decided.
	#[error("no hospital sits on the council (every one has `council = false`)")]
	EmptyCouncil,
}

impl Members {
	/// Reads and checks the members file at `path`: TOML, or JSON if its name ends in `.json`.
	/// Encryption key files are read relative to the file's directory.
	pub fn from_file(path: &Path) -> Result<Self, MembersError> {
		let text = fs::read_to_string(path)
			.map_err(|source| MembersError::Unreadable { path: path.to_owned(), source })?;
		let base_dir = path.parent().unwrap_or(Path::new(""));
		if path.extension().is_some_and(|extension| extension == "json") {
			Self::from_json_str(&text, base_dir)
		} else {
			Self::from_toml_str(&text, base_dir)
		}
	}

	/// Parses and checks a members file in TOML; `base_dir` is where encryption key files are
	/// read relative to.
	pub fn from_toml_str(text: &str, base_dir: &Path) -> Result<Self, MembersError> {
		let file: MembersFile = toml::from_str(text).map_err(|error| MembersError::Unparsable {
			format: "TOML",
			message: error.to_string(),
		})?;
		file.check(base_dir)
	}

	/// Parses and checks a members file in JSON (the TOML schema's fields, `hospital` an array).
	pub fn from_json_str(text: &str, base_dir: &Path) -> Result<Self, MembersError> {
		let file: MembersFile = serde_json::from_str(text).map_err(|error| {
			MembersError::Unparsable { format: "JSON", message: error.to_string() }
		})?;
		file.check(base_dir)
	}

	/// How many hospitals run a validator.
	pub fn validator_count(&self) -> usize {
		self.hospitals.iter().filter(|hospital| hospital.validator.is_some()).count()
	}
}

/// The file as written, before any check.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MembersFile {
	chain: Option<ChainSection>,
	#[serde(default)]
	hospital: Vec<HospitalSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChainSection {
	name: Option<String>,
	id: Option<String>,
	#[serde(default)]
	chain_type: ChainKind,
}

#[derive(Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
enum ChainKind {
	#[default]
	Live,
	Local,
	Development,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HospitalSection {
	name: Option<String>,
	account: Option<String>,
	aura: Option<String>,
	grandpa: Option<String>,
	peer_id: Option<String>,
	boot_address: Option<String>,
	encryption_key_file: Option<PathBuf>,
	balance: Option<BalanceText>,
	#[serde(default = "sits_on_the_council")]
	council: bool,
}

fn sits_on_the_council() -> bool {
	true
}

/// A balance as written: TOML integers stop at 2^63, so large ones are strings.
struct BalanceText(String);

impl<'de> Deserialize<'de> for BalanceText {
	fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		struct Visitor;
		impl de::Visitor<'_> for Visitor {
			type Value = BalanceText;
			fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
				f.write_str("a number of plancks, as an integer or a string of digits")
			}
			fn visit_i64<E: de::Error>(self, value: i64) -> Result<BalanceText, E> {
				Ok(BalanceText(value.to_string()))
			}
			fn visit_u64<E: de::Error>(self, value: u64) -> Result<BalanceText, E> {
				Ok(BalanceText(value.to_string()))
			}
			fn visit_str<E: de::Error>(self, value: &str) -> Result<BalanceText, E> {
				Ok(BalanceText(value.to_owned()))
			}
		}
		deserializer.deserialize_any(Visitor)
	}
}

fn present<T>(
	value: Option<T>,
	place: impl Fn() -> String,
	field: &'static str,
) -> Result<T, MembersError> {
	value.ok_or_else(|| MembersError::MissingField { place: place(), field })
}

fn non_empty(
	value: Option<String>,
	place: impl Fn() -> String,
	field: &'static str,
) -> Result<String, MembersError> {
	present(value.filter(|value| !value.trim().is_empty()), place, field)
}

impl MembersFile {
	fn check(self, base_dir: &Path) -> Result<Members, MembersError> {
		let section = || "[chain]".to_string();
		let chain = present(self.chain, || "the members file".to_string(), "[chain]")?;
		let name = non_empty(chain.name, section, "name")?;
		let id = non_empty(chain.id, section, "id")?;
		if !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
			return Err(MembersError::InvalidChainId { id });
		}
		let chain_type = match chain.chain_type {
			ChainKind::Live => ChainType::Live,
			ChainKind::Local => ChainType::Local,
			ChainKind::Development => ChainType::Development,
		};

		let mut hospitals = Vec::with_capacity(self.hospital.len());
		let mut key_files = Vec::with_capacity(self.hospital.len());
		for (index, section) in self.hospital.into_iter().enumerate() {
			key_files.push(section.encryption_key_file.clone());
			hospitals.push(section.check(index, base_dir)?);
		}

		let label = |hospital: &Hospital| format!("`{}`", hospital.name);
		unique(&hospitals, "name", |h| Some((h.name.clone(), h.name.clone())), label)?;
		unique(
			&hospitals,
			"account",
			|h| Some((h.account.clone(), h.account.to_ss58check())),
			label,
		)?;
		unique(
			&hospitals,
			"aura",
			|h| h.validator.map(|v| (v.aura, v.aura.to_ss58check())),
			label,
		)?;
		unique(
			&hospitals,
			"grandpa",
			|h| h.validator.map(|v| (v.grandpa, v.grandpa.to_ss58check())),
			label,
		)?;
		unique(&hospitals, "peer_id", |h| Some((h.peer_id, h.peer_id.to_base58())), label)?;
		unique(
			&hospitals,
			"boot_address",
			|h| Some((h.boot_address.to_string(), h.boot_address.to_string())),
			label,
		)?;
		let indexed: Vec<(usize, &Hospital)> = hospitals.iter().enumerate().collect();
		unique(
			&indexed,
			"encryption_key_file",
			|(index, h)| {
				let key = h.encryption_key.clone()?;
				let file = key_files[*index].as_ref()?;
				Some((key, format!("the key of {}", file.display())))
			},
			|(_, h)| label(h),
		)?;

		if hospitals.len() > MAX_HOSPITALS as usize {
			return Err(MembersError::TooManyHospitals {
				count: hospitals.len(),
				maximum: MAX_HOSPITALS,
			});
		}
		let members = Members { chain: Chain { name, id, chain_type }, hospitals };
		if members.validator_count() < MinValidators::get() as usize {
			return Err(MembersError::TooFewValidators {
				count: members.validator_count(),
				minimum: MinValidators::get(),
			});
		}
		if !members.hospitals.iter().any(|hospital| hospital.council) {
			return Err(MembersError::EmptyCouncil);
		}
		Ok(members)
	}
}

/// Fails on the first value of `field` (as `key` gives it, with how to show it) that two items
/// share.
fn unique<T, K: Eq + Hash>(
	items: &[T],
	field: &'static str,
	key: impl Fn(&T) -> Option<(K, String)>,
	label: impl Fn(&T) -> String,
) -> Result<(), MembersError> {
	let mut seen = HashMap::new();
	for (index, item) in items.iter().enumerate() {
		let Some((key, value)) = key(item) else { continue };
		if let Some(&first) = seen.get(&key) {
			return Err(MembersError::Duplicate {
				field,
				value,
				first: label(&items[first]),
				second: label(item),
			});
		}
		seen.insert(key, index);
	}
	Ok(())
}

impl HospitalSection {
	fn check(self, index: usize, base_dir: &Path) -> Result<Hospital, MembersError> {
		let position = format!("#{}", index + 1);
		let name = non_empty(self.name, || format!("hospital {position}"), "name")?;
		let hospital = format!("`{name}`");
		let place = || format!("hospital {hospital}");

		let account = non_empty(self.account, place, "account")?;
		let account = ss58::<AccountId>(&hospital, "account", "sr25519", &account)?;

		let validator = match (self.aura, self.grandpa) {
			(None, None) => None,
			(Some(_), None) => {
				return Err(MembersError::IncompleteSessionKeys {
					hospital,
					present: "aura",
					missing: "grandpa",
				})
			},
			(None, Some(_)) => {
				return Err(MembersError::IncompleteSessionKeys {
					hospital,
					present: "grandpa",
					missing: "aura",
				})
			},
			(Some(aura), Some(grandpa)) => Some(ValidatorKeys {
				aura: ss58(&hospital, "aura", "sr25519", &aura)?,
				grandpa: ss58(&hospital, "grandpa", "ed25519", &grandpa)?,
			}),
		};

		let peer_id = non_empty(self.peer_id, place, "peer_id")?;
		let peer_id =
			peer_id.trim().parse::<PeerId>().map_err(|error| MembersError::MalformedPeerId {
				hospital: hospital.clone(),
				value: peer_id.clone(),
				reason: error.to_string(),
			})?;

		let boot_address = non_empty(self.boot_address, place, "boot_address")?;
		let boot_address = parse_boot_address(&boot_address).map_err(|reason| {
			MembersError::MalformedBootAddress {
				hospital: hospital.clone(),
				value: boot_address.clone(),
				reason,
			}
		})?;

		let encryption_key = match self.encryption_key_file {
			None => None,
			Some(file) => Some(read_encryption_key(&hospital, &base_dir.join(file))?),
		};

		let BalanceText(balance) = present(self.balance, place, "balance")?;
		let digits = balance.trim().replace('_', "");
		// Digits only: `u128::from_str` would also take a leading `+`.
		let parsed = if digits.bytes().all(|b| b.is_ascii_digit()) {
			digits.parse::<Balance>().ok()
		} else {
			None
		};
		let balance = parsed.ok_or_else(|| MembersError::MalformedBalance {
			hospital: hospital.clone(),
			value: balance.clone(),
		})?;
		if balance < EXISTENTIAL_DEPOSIT {
			return Err(MembersError::BalanceBelowExistentialDeposit {
				hospital,
				balance,
				minimum: EXISTENTIAL_DEPOSIT,
			});
		}

		Ok(Hospital {
			name,
			account,
			validator,
			peer_id,
			boot_address,
			encryption_key,
			balance,
			council: self.council,
		})
	}
}

/// An SS58 address of any network prefix, as the public key (or account) `T`.
fn ss58<T: Ss58Codec>(
	hospital: &str,
	field: &'static str,
	kind: &'static str,
	value: &str,
) -> Result<T, MembersError> {
	T::from_ss58check_with_version(value.trim()).map(|(key, _prefix)| key).map_err(|error| {
		MembersError::MalformedSs58 {
			hospital: hospital.to_owned(),
			field,
			value: value.to_owned(),
			kind,
			reason: error.to_string(),
		}
	})
}

/// A multiaddress with a transport and no peer id (the spec adds the `peer_id` field's).
fn parse_boot_address(value: &str) -> Result<Multiaddr, String> {
	let address = value.trim().parse::<Multiaddr>().map_err(|error| error.to_string())?;
	if address.iter().next().is_none() {
		return Err("it is empty".into());
	}
	if address.iter().any(|protocol| matches!(protocol, Protocol::P2p(_))) {
		return Err(
			"it must not contain `/p2p/…`: the `peer_id` field is the node's identity".into()
		);
	}
	Ok(address)
}

/// The DER SubjectPublicKeyInfo in the file at `path` (DER, or PEM `PUBLIC KEY`), if the
/// registry would accept it.
fn read_encryption_key(hospital: &str, path: &Path) -> Result<Vec<u8>, MembersError> {
	let invalid = |reason: String| MembersError::InvalidEncryptionKey {
		hospital: hospital.to_owned(),
		path: path.to_owned(),
		reason,
	};
	let bytes = fs::read(path).map_err(|source| MembersError::UnreadableEncryptionKey {
		hospital: hospital.to_owned(),
		path: path.to_owned(),
		source,
	})?;
	let der = if bytes.trim_ascii_start().starts_with(b"-----BEGIN") {
		let (label, der) = pem_rfc7468::decode_vec(bytes.trim_ascii())
			.map_err(|error| invalid(format!("not valid PEM: {error}")))?;
		if label != "PUBLIC KEY" {
			return Err(invalid(format!(
				"a PEM `{label}`; expected `PUBLIC KEY` (SubjectPublicKeyInfo)"
			)));
		}
		der
	} else {
		bytes
	};
	let minimum = MinKeyBits::get();
	rsa_key::parse_rsa_public_key(&der, minimum).map_err(|error| {
		invalid(match error {
			RsaKeyError::Malformed => "not a DER (or PEM) SubjectPublicKeyInfo".into(),
			RsaKeyError::NotRsa => "not an RSA key".into(),
			RsaKeyError::TooShort => format!("shorter than {minimum} bits"),
			RsaKeyError::TooLarge => format!("longer than {} bits", rsa_key::MAX_MODULUS_BITS),
		})
	})?;
	if der.len() > rsa_key::MAX_SPKI_DER_LEN as usize {
		return Err(invalid(format!("longer than {} bytes", rsa_key::MAX_SPKI_DER_LEN)));
	}
	Ok(der)
}

#[cfg(test)]
mod tests;
