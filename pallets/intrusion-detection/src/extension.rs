//! The transaction extension that enforces quarantine in the pool and counts devices'
//! transactions for their detectors.

use crate::{
	Call, Config, Pallet, SentAt, WeightInfo, DEVICE_CALL_FILTERED, DEVICE_TIME_OUT_OF_RANGE,
	QUARANTINED,
};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{Get, IsSubType, OriginTrait},
	DefaultNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{DispatchInfoOf, DispatchOriginOf, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
	Weight,
};

/// Refuses every transaction signed by a quarantined account, in the pool
/// (`InvalidTransaction::Custom(QUARANTINED)`) and in blocks, and a device's calls that
/// [`Config::DeviceCalls`] does not allow (`InvalidTransaction::Custom(DEVICE_CALL_FILTERED)`) or
/// whose time is out of range (`InvalidTransaction::Custom(DEVICE_TIME_OUT_OF_RANGE)`);
/// counts each applied transaction of a registered device for its detector, at the time its
/// call says it was sent ([`Config::SentAt`]); gives a monitor's reports
/// [`Config::ReportPriority`], so that they are not queued behind a flood they report, and
/// refuses a monitor's report beyond [`Config::MaxReportsPerBlock`] in a block
/// (`InvalidTransaction::ExhaustsResources`: the pool keeps it for the next block). It carries
/// no data: clients that do not know it (such as polkadot.js without custom types) sign as if it
/// were not there.
#[derive(Encode, Decode, DecodeWithMemTracking, DefaultNoBound, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckQuarantine<T>(PhantomData<T>);

impl<T: Config + Send + Sync> CheckQuarantine<T> {
	/// The extension.
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T: Config + Send + Sync> core::fmt::Debug for CheckQuarantine<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckQuarantine")
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckQuarantine<T>
where
	T::RuntimeCall: IsSubType<Call<T>>,
{
	const IDENTIFIER: &'static str = "CheckQuarantine";
	type Implicit = ();
	/// The signer, and whether the transaction is a monitor's report that counts towards
	/// [`Config::MaxReportsPerBlock`].
	type Val = Option<(T::AccountId, bool)>;
	type Pre = ();

	/// The check's own weight, and for a report the monitor's tally of reports in the block.
	/// Telling a monitor's report reads the keys [`Pallet::is_monitor`] reads, which the
	/// report's dispatch reads again and is weighed for: read first here, they cost nothing
	/// more there.
	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		let report = call.is_sub_type().is_some_and(Pallet::<T>::is_report);
		let check = T::WeightInfo::check_quarantine();
		if report {
			check.saturating_add(T::WeightInfo::note_report())
		} else {
			check
		}
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Encode,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let Some(who) = origin.as_signer().cloned() else {
			return Ok((ValidTransaction::default(), None, origin));
		};
		if Pallet::<T>::is_quarantined(&who) {
			return Err(InvalidTransaction::Custom(QUARANTINED).into());
		}
		if !Pallet::<T>::may_sign(&who, call) {
			return Err(InvalidTransaction::Custom(DEVICE_CALL_FILTERED).into());
		}
		if !Pallet::<T>::in_time(&who, T::SentAt::sent_at(call)) {
			return Err(InvalidTransaction::Custom(DEVICE_TIME_OUT_OF_RANGE).into());
		}
		// A monitor's reports: free, counted, and (if they report something) first.
		let report = call
			.is_sub_type()
			.filter(|call| Pallet::<T>::is_report(call) && Pallet::<T>::may_call(&who, call));
		let counted = report.is_some();
		if counted && !Pallet::<T>::may_report_now(&who) {
			return Err(InvalidTransaction::ExhaustsResources.into());
		}
		let prioritised = report.is_some_and(Pallet::<T>::reports_something);
		let priority = if prioritised { T::ReportPriority::get() } else { 0 };
		Ok((ValidTransaction { priority, ..Default::default() }, Some((who, counted)), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		_origin: &DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		if let Some((who, report)) = val {
			if report {
				Pallet::<T>::note_report(&who);
			}
			if T::SentAt::counted(call) {
				Pallet::<T>::note_transaction(&who, T::SentAt::sent_at(call));
			}
		}
		Ok(())
	}
}
