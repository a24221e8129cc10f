//! Consent as the consent pallet keeps it and as other pallets, the runtime API and clients see
//! it: what data a grant covers, what it allows, why, until when, and the answer to "may this
//! account do this with that patient's data now, and on what basis?".
//!
//! The shape follows an HL7 FHIR Consent: a patient (who), a grantee (actor), a scope (data
//! categories), actions, a purpose of use and a period.

// The access check's runtime API takes its six parameters one by one, as clients call it.
#![allow(clippy::too_many_arguments)]

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};
use sp_runtime::BoundedVec;

/// Identifies a grant, chain-wide. Assigned by the chain, in order.
pub type GrantId = u64;

/// Identifies an emergency ("break-glass") access, chain-wide. Assigned by the chain, in order.
pub type EmergencyId = u64;

/// How many data categories there are: the most a [`Scope`] can name.
pub const CATEGORY_COUNT: u32 = 8;

/// A kind of health data. Records are filed under one category; grants name the categories they
/// cover.
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
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum DataCategory {
	/// Heart rate, blood pressure, temperature, oxygen saturation, glucose: most IoT readings.
	VitalSigns,
	/// Laboratory results.
	LabResults,
	/// Imaging studies and their reports.
	Imaging,
	/// Prescriptions and medication records.
	Prescriptions,
	/// Clinical notes.
	ClinicalNotes,
	/// Diagnoses and problem lists.
	Diagnoses,
	/// Immunisations.
	Immunizations,
	/// Allergies and intolerances.
	Allergies,
}

/// The categories a grant covers.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum Scope {
	/// Every category, including any added later.
	All,
	/// Only these categories: at least one, each at most once.
	Only(BoundedVec<DataCategory, ConstU32<CATEGORY_COUNT>>),
}

/// Why a scope is not acceptable.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeError {
	/// It names no category.
	Empty,
	/// It names a category twice.
	Duplicate,
}

impl Scope {
	/// Whether `category` is in the scope.
	pub fn covers(&self, category: DataCategory) -> bool {
		match self {
			Scope::All => true,
			Scope::Only(categories) => categories.contains(&category),
		}
	}

	/// Whether every category of `self` is in `other`.
	pub fn is_within(&self, other: &Scope) -> bool {
		match (self, other) {
			(_, Scope::All) => true,
			(Scope::All, Scope::Only(_)) => false,
			(Scope::Only(mine), Scope::Only(_)) => mine.iter().all(|c| other.covers(*c)),
		}
	}

	/// Checks that the scope names at least one category and none twice.
	pub fn validate(&self) -> Result<(), ScopeError> {
		let Scope::Only(categories) = self else { return Ok(()) };
		if categories.is_empty() {
			return Err(ScopeError::Empty);
		}
		for (i, category) in categories.iter().enumerate() {
			if categories[..i].contains(category) {
				return Err(ScopeError::Duplicate);
			}
		}
		Ok(())
	}
}

/// Something one may do with a patient's records.
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
pub enum Action {
	/// Read records (obtain the keys that decrypt them).
	Read,
	/// Add records (anchor new ones, correct earlier ones).
	Append,
}

/// The actions a grant allows.
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
pub enum Permission {
	/// Reading only.
	Read,
	/// Adding records only.
	Append,
	/// Both.
	ReadAppend,
}

impl Permission {
	/// Whether the permission allows `action`.
	pub fn allows(self, action: Action) -> bool {
		matches!(
			(self, action),
			(Permission::ReadAppend, _)
				| (Permission::Read, Action::Read)
				| (Permission::Append, Action::Append)
		)
	}

	/// Whether everything `self` allows, `other` allows too.
	pub fn is_within(self, other: Permission) -> bool {
		[Action::Read, Action::Append]
			.into_iter()
			.all(|action| !self.allows(action) || other.allows(action))
	}
}

/// Why data is used (FHIR purpose of use: TREAT, ETREAT, HRESCH, HPAYMT, HOPERAT, PUBHLTH).
/// A grant allows use for its purpose only.
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
pub enum Purpose {
	/// Care of the patient.
	Treatment,
	/// Care of the patient in an emergency; also the only purpose emergency access serves.
	EmergencyTreatment,
	/// Research.
	Research,
	/// Billing and payment.
	Payment,
	/// The hospital's operations: audits, quality, training.
	Operations,
	/// Public-health reporting.
	PublicHealth,
}

/// A patient's grant of access to a grantee.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct Grant<AccountId, BlockNumber> {
	/// Its id.
	pub id: GrantId,
	/// Who may access: a physician, a hospital (then every active physician of it), or another
	/// registered participant.
	pub grantee: AccountId,
	/// The categories it covers.
	pub scope: Scope,
	/// What it allows.
	pub permission: Permission,
	/// The purpose it allows use for.
	pub purpose: Purpose,
	/// The first block it allows access in (`None`: the block it was granted in).
	pub starts_at: Option<BlockNumber>,
	/// The first block it no longer allows access in.
	pub expires_at: BlockNumber,
	/// The block it was granted in.
	pub granted_at: BlockNumber,
}

impl<AccountId, BlockNumber: PartialOrd> Grant<AccountId, BlockNumber> {
	/// Whether the grant is in force at `now`: started and not expired.
	pub fn in_force(&self, now: &BlockNumber) -> bool {
		self.starts_at.as_ref().is_none_or(|start| start <= now) && *now < self.expires_at
	}
}

/// A physician's request for access, awaiting the patient's answer.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct AccessRequest<BlockNumber> {
	/// The categories asked for.
	pub scope: Scope,
	/// The actions asked for.
	pub permission: Permission,
	/// Why.
	pub purpose: Purpose,
	/// For how many blocks from approval.
	pub duration: BlockNumber,
	/// The block it was made in.
	pub requested_at: BlockNumber,
}

/// How a concluded review of an emergency access judged it.
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
pub enum ReviewOutcome {
	/// The access was justified.
	Justified,
	/// The access was misuse; it ends at once if still open.
	Misuse,
}

/// An emergency ("break-glass") access: open until `expires_at`, kept for review until the
/// hospital or governance concludes it.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct EmergencyAccess<AccountId, BlockNumber> {
	/// The patient whose records it opens.
	pub patient: AccountId,
	/// The physician who opened it.
	pub physician: AccountId,
	/// The hospital the physician acted for, which reviews it.
	pub hospital: AccountId,
	/// The hash of the written justification, kept off-chain.
	pub justification: H256,
	/// The block it was opened in.
	pub opened_at: BlockNumber,
	/// The first block it no longer allows access in.
	pub expires_at: BlockNumber,
}

/// On what basis access is allowed.
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
pub enum AccessBasis {
	/// The accessor is the patient.
	OwnData,
	/// The accessor is one of the patient's guardians.
	Guardian,
	/// A device monitoring the patient adds its readings.
	MonitoringDevice,
	/// A grant to the accessor, or to an active hospital the accessor is an active physician of.
	Grant(GrantId),
	/// An open emergency access of the accessor.
	Emergency(EmergencyId),
}

/// Why access is refused.
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
pub enum DenialReason {
	/// The data's owner is not a registered patient.
	NotAPatient,
	/// The accessor is not registered, or suspended, or revoked.
	AccessorNotActive,
	/// No grant covers this category, action and purpose (or it was revoked).
	NoConsent,
	/// A grant covered it, but it has expired.
	ConsentExpired,
	/// A grant covers it, but has not started yet.
	ConsentNotStarted,
}

/// The answer to an access check.
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
pub enum AccessDecision {
	/// Allowed, on this basis.
	Granted(AccessBasis),
	/// Refused, for this reason.
	Denied(DenialReason),
}

impl AccessDecision {
	/// Whether access is allowed.
	pub fn is_granted(&self) -> bool {
		matches!(self, AccessDecision::Granted(_))
	}
}

/// One access decision on the audit trail.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct AuditEntry<AccountId, BlockNumber> {
	/// Its position in the patient's complete trail, from 0.
	pub index: u64,
	/// Who asked.
	pub accessor: AccountId,
	/// For which category.
	pub category: DataCategory,
	/// To do what.
	pub action: Action,
	/// Why.
	pub purpose: Purpose,
	/// The answer.
	pub decision: AccessDecision,
	/// When.
	pub block: BlockNumber,
}

/// What other pallets (records) ask of consent.
pub trait AccessControl<AccountId> {
	/// May `accessor` do `action` with `patient`'s `category` data for `purpose` in the current
	/// block? Reads only; nothing is recorded.
	fn check_access(
		patient: &AccountId,
		accessor: &AccountId,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
	) -> AccessDecision;

	/// As [`Self::check_access`], and the decision, either way, goes on the patient's audit
	/// trail. Records calls this for every access it makes on someone's behalf.
	fn authorize(
		patient: &AccountId,
		accessor: &AccountId,
		category: DataCategory,
		action: Action,
		purpose: Purpose,
	) -> AccessDecision;

	/// The most [`Self::authorize`] can weigh: callers add it to their own weight.
	fn authorize_weight() -> sp_runtime::Weight;
}

sp_api::decl_runtime_apis! {
	/// Consent, for clients (polkadot.js: `api.call.consentApi.checkAccess(...)`).
	pub trait ConsentApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// May `accessor` do `action` with `patient`'s `category` data for `purpose` in block
		/// `at` (`None`: the next block, the one a transaction sent now would be in)?
		fn check_access(
			patient: AccountId,
			accessor: AccountId,
			category: DataCategory,
			action: Action,
			purpose: Purpose,
			at: Option<BlockNumber>,
		) -> AccessDecision;
		/// The patient's grants, expired ones not yet cleaned up included.
		fn grants(patient: AccountId) -> Vec<Grant<AccountId, BlockNumber>>;
		/// The requests awaiting the patient's answer, by requester.
		fn pending_requests(patient: AccountId) -> Vec<(AccountId, AccessRequest<BlockNumber>)>;
		/// The patient's latest audit entries, oldest first: its latest disclosures and its latest
		/// refusals (`MaxAuditEntries` of each), merged.
		fn audit_trail(patient: AccountId) -> Vec<AuditEntry<AccountId, BlockNumber>>;
		/// An emergency access: open, awaiting review, or reviewed (kept for good; its review is in
		/// the consent pallet's `EmergencyReviews`).
		fn emergency_access(id: EmergencyId) -> Option<EmergencyAccess<AccountId, BlockNumber>>;
	}
}
