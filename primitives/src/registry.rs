//! What the registry knows about a participant, as other pallets, the runtime API and clients
//! see it.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;

/// What a registered account is.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Role {
	/// A hospital: a consortium member, admitted by governance. Its account is its admin.
	Hospital,
	/// A physician, affiliated with one or more hospitals.
	Physician,
	/// A patient, the owner of its data.
	Patient,
	/// A medical IoT device, or a gateway relaying for devices, that monitors one patient.
	Device,
}

/// Whether a participant may act.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Status {
	/// It may act.
	Active,
	/// It may not act until reactivated.
	Suspended,
	/// It may never act again; its history stays.
	Revoked,
}

/// What a device is.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum DeviceKind {
	/// Worn on the body: a watch, a patch, a ring.
	Wearable,
	/// Inside the body: a pacemaker, an insulin pump, a glucose sensor.
	Implant,
	/// At the bedside: a ward monitor.
	BedsideMonitor,
	/// At home: a hub collecting readings from the patient's devices.
	HomeHub,
	/// A gateway relaying readings of devices that hold no keys of their own.
	Gateway,
}

/// What a registered RSA key is for.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum KeyPurpose {
	/// Data for this participant is encrypted to it (RSA-OAEP).
	Encryption,
	/// A device signs its readings with it (RSA-PSS); only devices have one.
	Signing,
}

/// A key that was replaced, and when.
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
pub struct RetiredKeyInfo<BlockNumber> {
	/// What the key was for.
	pub purpose: KeyPurpose,
	/// The key (DER SubjectPublicKeyInfo).
	pub key: Vec<u8>,
	/// The block in which it was replaced.
	pub retired_at: BlockNumber,
}

/// A device's particulars.
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
pub struct DeviceInfo<AccountId> {
	/// The patient it monitors.
	pub patient: AccountId,
	/// The hospital responsible for it.
	pub hospital: AccountId,
	/// What it is.
	pub kind: DeviceKind,
	/// The key its reading signatures verify against (DER SubjectPublicKeyInfo).
	pub signing_key: Vec<u8>,
}

/// Everything the registry holds about one participant, for clients (runtime API).
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
pub struct Profile<AccountId, BlockNumber> {
	/// What it is.
	pub role: Role,
	/// Whether it may act.
	pub status: Status,
	/// The block it was registered in.
	pub registered_at: BlockNumber,
	/// Its current encryption key (DER SubjectPublicKeyInfo).
	pub encryption_key: Vec<u8>,
	/// A patient's optional pseudonymous identifier hash.
	pub identifier_hash: Option<H256>,
	/// A physician's hospitals.
	pub hospitals: Vec<AccountId>,
	/// A hospital's physicians.
	pub physicians: Vec<AccountId>,
	/// A patient's devices.
	pub devices: Vec<AccountId>,
	/// A patient's guardians.
	pub guardians: Vec<AccountId>,
	/// The patients this participant is a guardian of.
	pub wards: Vec<AccountId>,
	/// A device's particulars.
	pub device: Option<DeviceInfo<AccountId>>,
	/// Replaced keys, oldest first.
	pub retired_keys: Vec<RetiredKeyInfo<BlockNumber>>,
}

/// What other pallets ask of the registry. Consent, records and intrusion detection depend on
/// this trait, not on the registry pallet, so that their mocks stay small.
pub trait ParticipantRegistry<AccountId> {
	/// The role of `who`, if registered.
	fn role_of(who: &AccountId) -> Option<Role>;
	/// Whether `who` is registered and active. For a physician or device, also that it is not
	/// cut off by its hospitals: see [`Self::is_active_in`] and [`Self::hospital_of`].
	fn is_active(who: &AccountId) -> bool;
	/// Whether `physician` is active, affiliated with `hospital`, and `hospital` is active.
	fn is_active_in(physician: &AccountId, hospital: &AccountId) -> bool;
	/// The hospitals a physician is affiliated with.
	fn hospitals_of(physician: &AccountId) -> Vec<AccountId>;
	/// The hospital responsible for a device.
	fn hospital_of(device: &AccountId) -> Option<AccountId>;
	/// The patient a device monitors.
	fn patient_of(device: &AccountId) -> Option<AccountId>;
	/// The current encryption key of `who` (DER SubjectPublicKeyInfo).
	fn encryption_key(who: &AccountId) -> Option<Vec<u8>>;
	/// The current signing key of a device (DER SubjectPublicKeyInfo).
	fn signing_key(device: &AccountId) -> Option<Vec<u8>>;
	/// Whether `who` is a guardian of `patient`.
	fn is_guardian(patient: &AccountId, who: &AccountId) -> bool;
	/// The guardians of `patient`.
	fn guardians_of(patient: &AccountId) -> Vec<AccountId>;

	/// Whether `who` may act for `patient`: it is the patient, or an active guardian of it.
	fn acts_for(who: &AccountId, patient: &AccountId) -> bool
	where
		AccountId: PartialEq,
	{
		who == patient || (Self::is_guardian(patient, who) && Self::is_active(who))
	}
}

/// Puts participants in place for other pallets' benchmarks: a runtime benchmark of consent or
/// records needs hospitals, physicians, patients and devices, at the registry's bounds. The
/// registry implements it with the `runtime-benchmarks` feature; it skips the registry's checks.
pub trait RegistrySetup<AccountId> {
	/// Registers an active hospital.
	fn add_hospital(hospital: &AccountId);
	/// Registers an active physician, affiliated with `hospital`.
	fn add_physician(physician: &AccountId, hospital: &AccountId);
	/// Affiliates a registered physician with one more hospital.
	fn affiliate(physician: &AccountId, hospital: &AccountId);
	/// Registers an active patient.
	fn add_patient(patient: &AccountId);
	/// Makes `guardian` (registered) a guardian of `patient`.
	fn add_guardian(patient: &AccountId, guardian: &AccountId);
	/// Registers an active device monitoring `patient` under `hospital`, with `signing_key`
	/// (DER SubjectPublicKeyInfo).
	fn add_device(
		device: &AccountId,
		patient: &AccountId,
		hospital: &AccountId,
		signing_key: &[u8],
	);
	/// How many hospitals a physician may belong to.
	fn max_hospitals_per_physician() -> u32;
	/// How many guardians a patient may have.
	fn max_guardians() -> u32;
}

sp_api::decl_runtime_apis! {
	/// The registry, for clients: a participant's whole profile in one call
	/// (polkadot.js: `api.call.registryApi.profile(account)`).
	pub trait RegistryApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The profile of `who`, if registered.
		fn profile(who: AccountId) -> Option<Profile<AccountId, BlockNumber>>;
		/// The patient whose pseudonymous identifier hash is `identifier_hash`, if any.
		fn patient_by_identifier(identifier_hash: H256) -> Option<AccountId>;
	}
}
