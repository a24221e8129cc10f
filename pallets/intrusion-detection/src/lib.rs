//! # Intrusion detection pallet
//!
//! BIoTIDS, the blockchain intrusion detection system of "Improving security: blockchain based
//! IoT solutions for the healthcare" (the first of CareChain's two source papers), on-chain: each
//! device's request intervals are judged against its own baseline, and a device that floods is
//! quarantined, which the transaction pool enforces.
//!
//! ## Overview
//!
//! The detector is [`carechain_primitives::intrusion::Detector`]: the first
//! [`Config::BaselineIntervals`] intervals give a baseline, each following window of
//! [`Config::WindowIntervals`] intervals is averaged, and a window average below
//! [`Config::ThresholdPercent`] of the baseline flags the device (`IntrusionDetected`). The first
//! baseline leaves out its two longest intervals, or its longest, when they are pauses, more than
//! [`Config::PauseFactor`] times the rest's average, and the rest is no faster than the floor: an
//! outage while a device is learned (counted by the chain, and again in a monitor's report) does
//! not make its usual rate look like a flood.
//! Intervals come from two sources:
//!
//! - **the chain itself**: the [`CheckQuarantine`] transaction extension counts every transaction
//!   a registered device signs; the interval is the time since its previous one. A transaction is
//!   timed by when the device sent it, where its call says ([`Config::SentAt`]:
//!   `records.anchor` and `records.anchor_batch` carry the time a reading was taken), which must
//!   lie between [`Config::MaxSendDelay`] before the block's time and [`Config::MaxClockDrift`]
//!   after it (the pool refuses a device's transaction outside that,
//!   `DEVICE_TIME_OUT_OF_RANGE`); otherwise by the block's time. A device's first transaction
//!   counts at its own time too, within the same bounds: a new device's first readings that
//!   waited behind a full pool or an outage keep their times, and the readings after them are
//!   not taken for a burst. Reinstatement starts the device's clock again at its own time.
//!   So readings that a congested pool or an outage delivers late and bunched keep their own
//!   spacing, and a device can borrow at most the silence since its last transaction, its
//!   reinstatement or `MaxSendDelay` ago (a new device, `MaxSendDelay` at the floor's spacing:
//!   a burst of at most `(MaxSendDelay + MaxClockDrift) / FloorMs` transactions, once), and its
//!   clock's drift;
//! - **monitors**: hospital nodes and gateways that serve devices off-chain [`Pallet::report`]
//!   batches of (device, interval in ms) they measured. A monitor is an active hospital of the
//!   registry, or an account [`Config::AdminOrigin`] made one.
//!
//! No baseline or window average is ever below [`Config::FloorMs`], so a device whose first
//! transactions come all at once is flagged, not trusted with a baseline of 0. A device signs one
//! call per transaction: the calls [`Config::DeviceCalls`] does not allow (`utility`'s batches,
//! which would make hundreds of anchors one request) are refused for devices in the pool
//! (`InvalidTransaction::Custom(DEVICE_CALL_FILTERED)`).
//!
//! A quarantined device's transactions are refused by [`CheckQuarantine`] with
//! `InvalidTransaction::Custom(QUARANTINED)`, in the pool, before any block: a flooding device
//! can neither fill blocks nor cost validators execution time. Its hospital or governance
//! [`Pallet::reinstate`]s it (its baseline is learned afresh), or revokes it in the registry.
//!
//! A monitoring node that bans a member node for flooding the peer-to-peer layer (the paper's
//! removal of a flooding node) [`Pallet::report_node`]s it: the report names the node's owner
//! ([`Config::NodeOwners`]) and is kept in [`NodeReports`] for governance, which removes the
//! node or its hospital by motion and then clears the reports. A report is evidence, not a
//! sanction: no single hospital's word takes another's node off the network.
//!
//! ## Interface
//!
//! - Monitors: [`Pallet::report`], [`Pallet::report_node`].
//! - The device's hospital, or governance: [`Pallet::reinstate`].
//! - Governance: [`Pallet::add_monitor`], [`Pallet::remove_monitor`],
//!   [`Pallet::clear_node_reports`].
//!
//! ## Threat model
//!
//! Only registered devices are judged and quarantined, so no report can lock out a hospital, a
//! physician, a patient or governance. A monitor can only ever narrow what a device may do, and
//! only governance makes monitors besides the consortium's hospitals. The per-transaction work of
//! the extension is constant and weighed; a report's work is bounded by
//! [`Config::MaxObservationsPerReport`]. A node report is kept once per monitor and node
//! ([`Config::MaxNodeReports`] per node), names its reporter and sanctions nothing, so a monitor
//! cannot use it against another hospital beyond putting its own name to a claim.
//! [`Pallet::may_call`] says who the calls are for; the runtime waives fees for them alone.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod extension;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
pub use carechain_primitives::intrusion::{
	Detector, DetectorParams, DetectorStatus, DeviceState, NodeOwners, NodeOwnersSetup, SentAt,
	Verdict, DEVICE_CALL_FILTERED, DEVICE_TIME_OUT_OF_RANGE, QUARANTINED,
};
use carechain_primitives::registry::{ParticipantRegistry, Role};
pub use extension::CheckQuarantine;
use frame_support::{
	pallet_prelude::*,
	traits::{Contains, UnixTime},
};
use frame_system::pallet_prelude::*;
pub use weights::WeightInfo;

/// A member node's id: its libp2p peer id, as bytes.
pub type NodeId<T> = BoundedVec<u8, <T as Config>::MaxNodeIdLength>;

/// The monitors that reported a node, each with the block of its report, in order.
pub type NodeReporters<T> = BoundedVec<
	(<T as frame_system::Config>::AccountId, BlockNumberFor<T>),
	<T as Config>::MaxNodeReports,
>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who is who: which accounts are devices, which hospital owns them.
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// Makes and removes monitors, and reinstates any device. Root/sudo for now; the
		/// consortium council later.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The time transactions are counted at.
		type Time: UnixTime;

		/// How many intervals make a device's first baseline (the paper: 10).
		#[pallet::constant]
		type BaselineIntervals: Get<u32>;

		/// How many intervals make a window (the paper: 10).
		#[pallet::constant]
		type WindowIntervals: Get<u32>;

		/// The threshold, as a percentage of the baseline (the paper: 75).
		#[pallet::constant]
		type ThresholdPercent: Get<u32>;

		/// The floor, ms: no baseline, and no window average that is not flagged, is shorter. It
		/// closes the zero-baseline hole (a device whose first transactions share one block).
		#[pallet::constant]
		type FloorMs: Get<u32>;

		/// How many times the average of the rest of a device's first baseline its two longest
		/// intervals, or its longest, must be to be left out of it as pauses (when the rest is
		/// no faster than [`Config::FloorMs`]): an outage while the baseline is learned, counted
		/// once by the chain and again in a monitor's report, does not lift it above the
		/// device's usual rate. 0: none is left out (the paper's rule). Bounded (the
		/// `integrity_test`, [`DetectorParams::pauses_are_bounded`]) so that two gaps just short
		/// of pauses cannot lift the baseline so far that the device's usual rate falls below
		/// the threshold: with `n` baseline intervals and a threshold of `t` %,
		/// `t (n − 2 + f)(n − 1 + f) ≤ 100 n (n − 1)` (20 and 75 %: at most 4).
		#[pallet::constant]
		type PauseFactor: Get<u32>;

		/// How long before the block's time a device's transaction may say it was sent, ms:
		/// readings buffered through an outage keep their own spacing up to this age; older
		/// ones are refused in the pool (`DEVICE_TIME_OUT_OF_RANGE`).
		#[pallet::constant]
		type MaxSendDelay: Get<u64>;

		/// How long after the block's time a device's transaction may say it was sent, ms (its
		/// clock's allowed drift); later ones are refused in the pool.
		#[pallet::constant]
		type MaxClockDrift: Get<u64>;

		/// When a device's call says it was sent (`records.anchor`'s reading time); `()` for
		/// none, which times every transaction by its block.
		type SentAt: SentAt<<Self as frame_system::Config>::RuntimeCall>;

		/// The calls a device may sign: each must be one request the detector counts as one
		/// (no batches).
		type DeviceCalls: Contains<<Self as frame_system::Config>::RuntimeCall>;

		/// How many observations one report may carry.
		#[pallet::constant]
		type MaxObservationsPerReport: Get<u32>;

		/// The member nodes and the hospital that owns each.
		type NodeOwners: NodeOwners<Self::AccountId>;

		/// The longest node id (a libp2p peer id's bytes) a report may name.
		#[pallet::constant]
		type MaxNodeIdLength: Get<u32>;

		/// The most monitors whose reports of one node are kept (until governance clears them).
		#[pallet::constant]
		type MaxNodeReports: Get<u32>;

		/// The priority of a monitor's report ([`Pallet::report`], [`Pallet::report_node`])
		/// in the transaction pool and in a block author's order, given by [`CheckQuarantine`]
		/// to a monitor's reports alone. A report counts most when the chain is flooded, and
		/// without it a report is ordered like any untipped normal transaction: behind the
		/// flood, waiting for a block that is not full (and every later transaction of its
		/// signer with it). Reports stay in the normal class, so however many there are, the
		/// block's operational share stays governance's.
		#[pallet::constant]
		type ReportPriority: Get<TransactionPriority>;

		/// The most reports ([`Pallet::report`], [`Pallet::report_node`]) one monitor may have
		/// in a block. A monitor's reports are free and come first ([`Config::ReportPriority`]),
		/// so without a bound a rogue monitor (a hospital, or a monitor governance made) could
		/// take the block's normal share from every device until the council removed it. With
		/// it, a monitor's reports take at most this many of the heaviest report's weight of a
		/// block; [`CheckQuarantine`] refuses a further one in the block with
		/// `InvalidTransaction::ExhaustsResources`, which leaves it in the pool for the next
		/// block. An honest node has one report of devices in flight at a time, and reports a
		/// node when it bans one: a bound of two lets both into a block; in a tick where it bans
		/// several nodes, the further reports (and its later transactions) wait a block each.
		#[pallet::constant]
		type MaxReportsPerBlock: Get<u32>;

		/// Weights of this pallet's calls and of its transaction extension, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Each judged device's detector state.
	#[pallet::storage]
	pub type Devices<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, DeviceState>;

	/// Monitors made by governance (active hospitals are monitors without being listed).
	#[pallet::storage]
	pub type Monitors<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// Member nodes that monitors reported flooding the peer-to-peer layer, each with who
	/// reported it and at which block: evidence for governance, which decides what follows
	/// (removing the node, or the hospital) and clears them.
	#[pallet::storage]
	pub type NodeReports<T: Config> =
		StorageMap<_, Blake2_128Concat, NodeId<T>, NodeReporters<T>, ValueQuery>;

	/// Each monitor's reports in the block of its latest: that block's number and how many
	/// (at most [`Config::MaxReportsPerBlock`]). Written by [`CheckQuarantine`] for a
	/// monitor's reports alone, one entry a monitor; removed with a monitor governance made
	/// ([`Pallet::remove_monitor`]).
	#[pallet::storage]
	pub type ReportsInBlock<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, (BlockNumberFor<T>, u32)>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A device's first baseline was learned (µs).
		BaselineLearned { device: T::AccountId, baseline: u64, threshold: u64 },
		/// A device's window average fell below its threshold (µs): it is quarantined. Reported
		/// by a monitor, or (`reported_by: None`) counted by the chain.
		IntrusionDetected {
			device: T::AccountId,
			average: u64,
			threshold: u64,
			reported_by: Option<T::AccountId>,
		},
		/// A quarantined device was reinstated, by its hospital or (`by: None`) governance; its
		/// baseline is learned afresh.
		DeviceReinstated { device: T::AccountId, by: Option<T::AccountId> },
		/// An account was made a monitor.
		MonitorAdded { monitor: T::AccountId },
		/// An account is no longer a monitor.
		MonitorRemoved { monitor: T::AccountId },
		/// A monitor reported the member node `node` of `owner` for flooding the peer-to-peer
		/// layer; `reports` monitors have now reported it. Governance decides what follows.
		NodeReported { node: NodeId<T>, owner: T::AccountId, reporter: T::AccountId, reports: u32 },
		/// Governance cleared the reports of the node `node`.
		NodeReportsCleared { node: NodeId<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is neither an active hospital nor a monitor made by governance.
		NotMonitor,
		/// A report carries at least one observation.
		NoObservations,
		/// Only registered devices are judged.
		NotADevice,
		/// A hospital reports only its own devices; governance's monitors report any.
		DeviceOfAnotherHospital,
		/// The device is not quarantined.
		NotQuarantined,
		/// Only the device's hospital or governance may reinstate it.
		NotPermitted,
		/// The account is already a monitor.
		AlreadyMonitor,
		/// The account is not a monitor made by governance.
		UnknownMonitor,
		/// The node is not a member node: it has no owner.
		UnknownNode,
		/// A hospital does not report its own node (it stops it).
		OwnNode,
		/// The monitor has already reported the node.
		AlreadyReported,
		/// The node has as many reports as are kept; governance clears them.
		TooManyNodeReports,
		/// The node has no reports.
		NoNodeReports,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				Self::params().pauses_are_bounded(),
				"two gaps just short of pauses must not make the usual rate a flood"
			);
			assert!(Self::params().is_valid(), "detector parameters must be valid");
			assert!(T::MaxObservationsPerReport::get() > 0, "a report must fit an observation");
			assert!(T::MaxNodeReports::get() > 0, "a node's reports must fit one");
			assert!(T::MaxReportsPerBlock::get() > 0, "a monitor must be able to report");
			assert!(
				u64::from(T::FloorMs::get()) <= T::MaxSendDelay::get(),
				"a send delay must hold at least one interval at the floor"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Report `observations`: (device, interval in ms since its previous request), in the
		/// order they were measured. Each device's detector counts them; any device whose window
		/// falls below its threshold is quarantined (several may be in one report).
		///
		/// The dispatch origin must be an active hospital, which judges only its own devices, or a
		/// monitor made by governance, which judges any device.
		/// Emits `BaselineLearned` and `IntrusionDetected` as the detectors decide.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::report(observations.len() as u32))]
		pub fn report(
			origin: OriginFor<T>,
			observations: BoundedVec<(T::AccountId, u32), T::MaxObservationsPerReport>,
		) -> DispatchResult {
			let monitor = ensure_signed(origin)?;
			ensure!(Self::is_monitor(&monitor), Error::<T>::NotMonitor);
			ensure!(!observations.is_empty(), Error::<T>::NoObservations);
			// A hospital's power stays within the hospital: it cannot quarantine another's device.
			let judges_any = Monitors::<T>::contains_key(&monitor);
			for (device, _) in &observations {
				ensure!(T::Registry::role_of(device) == Some(Role::Device), Error::<T>::NotADevice);
				ensure!(
					judges_any || T::Registry::hospital_of(device).as_ref() == Some(&monitor),
					Error::<T>::DeviceOfAnotherHospital
				);
			}

			for (device, interval) in observations {
				let mut state = Devices::<T>::get(&device).unwrap_or_default();
				Self::judge(&device, &mut state.detector, interval, Some(&monitor));
				Devices::<T>::insert(&device, state);
			}
			Ok(())
		}

		/// Reinstate the quarantined `device`: its transactions are accepted again and its
		/// baseline is learned afresh.
		///
		/// The dispatch origin must be the device's hospital or [`Config::AdminOrigin`].
		/// Emits `DeviceReinstated`.
		#[pallet::call_index(1)]
		#[pallet::weight((T::WeightInfo::reinstate(), DispatchClass::Operational))]
		pub fn reinstate(origin: OriginFor<T>, device: T::AccountId) -> DispatchResult {
			let by = match T::AdminOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			let state = Devices::<T>::get(&device).ok_or(Error::<T>::NotQuarantined)?;
			ensure!(
				state.detector.status == DetectorStatus::Quarantined,
				Error::<T>::NotQuarantined
			);
			if let Some(who) = &by {
				ensure!(
					T::Registry::hospital_of(&device).as_ref() == Some(who),
					Error::<T>::NotPermitted
				);
			}

			// Learning afresh from now: what it sent while quarantined is not time it may
			// borrow.
			Devices::<T>::insert(
				&device,
				DeviceState { detector: Detector::default(), last_seen: Some(Self::now()) },
			);
			Self::deposit_event(Event::DeviceReinstated { device, by });
			Ok(())
		}

		/// Make `monitor` a monitor.
		///
		/// The dispatch origin must be [`Config::AdminOrigin`].
		/// Emits `MonitorAdded`.
		#[pallet::call_index(2)]
		#[pallet::weight((T::WeightInfo::add_monitor(), DispatchClass::Operational))]
		pub fn add_monitor(origin: OriginFor<T>, monitor: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!Monitors::<T>::contains_key(&monitor), Error::<T>::AlreadyMonitor);

			Monitors::<T>::insert(&monitor, ());
			Self::deposit_event(Event::MonitorAdded { monitor });
			Ok(())
		}

		/// Remove `monitor` from the monitors governance made.
		///
		/// The dispatch origin must be [`Config::AdminOrigin`].
		/// Emits `MonitorRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight((T::WeightInfo::remove_monitor(), DispatchClass::Operational))]
		pub fn remove_monitor(origin: OriginFor<T>, monitor: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Monitors::<T>::contains_key(&monitor), Error::<T>::UnknownMonitor);

			Monitors::<T>::remove(&monitor);
			ReportsInBlock::<T>::remove(&monitor);
			Self::deposit_event(Event::MonitorRemoved { monitor });
			Ok(())
		}

		/// Report the member node `node` (its libp2p peer id's bytes) for flooding the
		/// peer-to-peer layer: a monitoring node submits this once it has banned the node as a
		/// peer. The report is evidence for governance, not a sanction: it names the node's owner
		/// and the reporter, and nothing is refused because of it.
		///
		/// The dispatch origin must be a monitor (an active hospital, or a monitor made by
		/// governance) other than the node's owner, that has not reported the node yet.
		/// Emits `NodeReported`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::report_node())]
		pub fn report_node(origin: OriginFor<T>, node: NodeId<T>) -> DispatchResult {
			let reporter = ensure_signed(origin)?;
			ensure!(Self::is_monitor(&reporter), Error::<T>::NotMonitor);
			let owner = T::NodeOwners::owner_of(&node).ok_or(Error::<T>::UnknownNode)?;
			ensure!(owner != reporter, Error::<T>::OwnNode);
			let mut reports = NodeReports::<T>::get(&node);
			ensure!(
				reports.iter().all(|(known, _)| known != &reporter),
				Error::<T>::AlreadyReported
			);
			reports
				.try_push((reporter.clone(), frame_system::Pallet::<T>::block_number()))
				.map_err(|_| Error::<T>::TooManyNodeReports)?;

			let count = reports.len() as u32;
			NodeReports::<T>::insert(&node, reports);
			Self::deposit_event(Event::NodeReported { node, owner, reporter, reports: count });
			Ok(())
		}

		/// Clear the reports of the node `node`, once governance has dealt with them.
		///
		/// The dispatch origin must be [`Config::AdminOrigin`].
		/// Emits `NodeReportsCleared`.
		#[pallet::call_index(5)]
		#[pallet::weight((T::WeightInfo::clear_node_reports(), DispatchClass::Operational))]
		pub fn clear_node_reports(origin: OriginFor<T>, node: NodeId<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(NodeReports::<T>::contains_key(&node), Error::<T>::NoNodeReports);

			NodeReports::<T>::remove(&node);
			Self::deposit_event(Event::NodeReportsCleared { node });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The detector's parameters, from the configuration.
	pub fn params() -> DetectorParams {
		DetectorParams {
			baseline_intervals: T::BaselineIntervals::get(),
			window_intervals: T::WindowIntervals::get(),
			threshold_percent: T::ThresholdPercent::get(),
			floor_ms: T::FloorMs::get(),
			pause_factor: T::PauseFactor::get(),
		}
	}

	/// Whether `who` may report: an active hospital, or a monitor made by governance.
	pub fn is_monitor(who: &T::AccountId) -> bool {
		Monitors::<T>::contains_key(who)
			|| (T::Registry::role_of(who) == Some(Role::Hospital) && T::Registry::is_active(who))
	}

	/// Whether `who` is one of those `call` is for: a monitor reporting (`report`,
	/// `report_node`), or the device's hospital reinstating it while it is quarantined. The
	/// runtime waives the fee of these alone, so that nobody else (a patient, a physician), and
	/// no hospital reinstating a device that is not quarantined, can send them free only to have
	/// them fail: `reinstate` is operational, so free and bound to fail it would let a rogue
	/// hospital fill blocks ahead of devices' transactions for nothing.
	pub fn may_call(who: &T::AccountId, call: &Call<T>) -> bool {
		match call {
			Call::report { .. } | Call::report_node { .. } => Self::is_monitor(who),
			Call::reinstate { device } => {
				T::Registry::hospital_of(device).as_ref() == Some(who)
					&& Self::is_quarantined(device)
			},
			_ => false,
		}
	}

	/// Whether `call` is a report (`report`, `report_node`): a monitor's are free
	/// ([`Pallet::may_call`]) and counted towards [`Config::MaxReportsPerBlock`].
	pub fn is_report(call: &Call<T>) -> bool {
		matches!(call, Call::report { .. } | Call::report_node { .. })
	}

	/// Whether a report reports anything: a report of devices with observations, or of a node
	/// (a report of no devices fails with `NoObservations`).
	pub fn reports_something(call: &Call<T>) -> bool {
		!matches!(call, Call::report { observations } if observations.is_empty())
	}

	/// Whether `call` is a report that `who` may make as a monitor and that reports something:
	/// those get [`Config::ReportPriority`].
	pub fn is_monitors_report(who: &T::AccountId, call: &Call<T>) -> bool {
		Self::is_report(call) && Self::reports_something(call) && Self::is_monitor(who)
	}

	/// Whether `monitor` may have one more report in this block: fewer than
	/// [`Config::MaxReportsPerBlock`] in it so far.
	pub fn may_report_now(monitor: &T::AccountId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		ReportsInBlock::<T>::get(monitor)
			.is_none_or(|(block, count)| block != now || count < T::MaxReportsPerBlock::get())
	}

	/// Counts a report of `monitor` in this block.
	pub fn note_report(monitor: &T::AccountId) {
		let now = frame_system::Pallet::<T>::block_number();
		ReportsInBlock::<T>::mutate(monitor, |tally| {
			let count = match tally {
				Some((block, count)) if *block == now => count.saturating_add(1),
				_ => 1,
			};
			*tally = Some((now, count));
		});
	}

	/// Whether `who`'s transactions are refused.
	pub fn is_quarantined(who: &T::AccountId) -> bool {
		Devices::<T>::get(who)
			.is_some_and(|state| state.detector.status == DetectorStatus::Quarantined)
	}

	/// Whether `who` may sign `call`: anything for accounts that are not devices; for devices,
	/// what [`Config::DeviceCalls`] allows.
	pub fn may_sign(who: &T::AccountId, call: &<T as frame_system::Config>::RuntimeCall) -> bool {
		T::DeviceCalls::contains(call) || T::Registry::role_of(who) != Some(Role::Device)
	}

	/// The block's time, ms.
	fn now() -> u64 {
		u64::try_from(T::Time::now().as_millis()).unwrap_or(u64::MAX)
	}

	/// Whether a transaction of `who` saying it was sent at `sent_at` may be counted: for a
	/// device, a time no more than [`Config::MaxSendDelay`] before the block's and no more than
	/// [`Config::MaxClockDrift`] after it.
	pub fn in_time(who: &T::AccountId, sent_at: Option<u64>) -> bool {
		let Some(sent) = sent_at else { return true };
		let now = Self::now();
		let in_range = sent >= now.saturating_sub(T::MaxSendDelay::get())
			&& sent <= now.saturating_add(T::MaxClockDrift::get());
		in_range || T::Registry::role_of(who) != Some(Role::Device)
	}

	/// Counts a transaction signed by `who` (the extension calls this as the transaction is
	/// applied): for a device, the interval since its previous one goes to its detector. The
	/// transaction is timed at `sent_at` (what its call says), bounded to
	/// [`Config::MaxSendDelay`] before the block's time and [`Config::MaxClockDrift`] after it,
	/// or at the block's time, a device's first transaction as any other (its readings may have
	/// waited behind a full pool or an outage as long as anyone's); a time before the device's
	/// previous one counts as an interval of 0.
	pub fn note_transaction(who: &T::AccountId, sent_at: Option<u64>) {
		if T::Registry::role_of(who) != Some(Role::Device) {
			return;
		}
		let now = Self::now();
		let mut state = Devices::<T>::get(who).unwrap_or_default();
		let latest = now.saturating_add(T::MaxClockDrift::get());
		let at = match sent_at {
			Some(sent) => sent.clamp(now.saturating_sub(T::MaxSendDelay::get()), latest),
			None => now,
		};
		if let Some(last) = state.last_seen {
			let interval = u32::try_from(at.saturating_sub(last)).unwrap_or(u32::MAX);
			Self::judge(who, &mut state.detector, interval, None);
		}
		state.last_seen = Some(state.last_seen.map_or(at, |last| last.max(at)));
		Devices::<T>::insert(who, state);
	}

	fn judge(
		device: &T::AccountId,
		detector: &mut Detector,
		interval: u32,
		reported_by: Option<&T::AccountId>,
	) {
		match detector.observe(interval, &Self::params()) {
			Verdict::BaselineLearned { baseline, threshold } => {
				Self::deposit_event(Event::BaselineLearned {
					device: device.clone(),
					baseline,
					threshold,
				})
			},
			Verdict::Intrusion { average, threshold } => {
				Self::deposit_event(Event::IntrusionDetected {
					device: device.clone(),
					average,
					threshold,
					reported_by: reported_by.cloned(),
				})
			},
			Verdict::Pending | Verdict::Normal { .. } => {},
		}
	}

	/// The quarantined devices, for the runtime API.
	pub fn quarantined() -> Vec<T::AccountId> {
		Devices::<T>::iter()
			.filter(|(_, state)| state.detector.status == DetectorStatus::Quarantined)
			.map(|(device, _)| device)
			.collect()
	}

	/// Checks the pallet's invariants: every judged account is a device, and its detector is
	/// consistent with its status (a baseline and threshold once learned, never below the floor,
	/// the threshold the configured share of the baseline or the floor, the baseline never below
	/// the first one, a partial window); every reported node has reports, each monitor's once.
	#[cfg(any(feature = "try-runtime", feature = "fuzz", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let params = Self::params();
		for (device, DeviceState { detector, .. }) in Devices::<T>::iter() {
			ensure!(T::Registry::role_of(&device) == Some(Role::Device), "a judged non-device");
			match detector.status {
				DetectorStatus::Learning => {
					ensure!(
						detector.baseline == 0 && detector.threshold == 0,
						"a learning baseline"
					);
					ensure!(detector.count < params.baseline_intervals, "an overfull baseline");
					ensure!(
						detector.next_longest <= detector.longest,
						"a second longest interval longer than the longest"
					);
					ensure!(
						u64::from(detector.longest).saturating_add(detector.next_longest.into())
							<= detector.sum,
						"a longest interval not among those counted"
					);
					ensure!(
						detector.count > 1 || detector.next_longest == 0,
						"a second longest interval of fewer than two"
					);
				},
				DetectorStatus::Normal | DetectorStatus::Quarantined => {
					ensure!(
						detector.baseline >= detector.first_baseline,
						"a baseline below the first"
					);
					ensure!(
						detector.first_baseline >= params.floor_us(),
						"a baseline below the floor"
					);
					ensure!(
						detector.threshold == params.threshold_of(detector.baseline),
						"a threshold not the configured share of the baseline (or the floor)"
					);
					ensure!(detector.count < params.window_intervals, "an overfull window");
					ensure!(
						detector.longest == 0 && detector.next_longest == 0,
						"a longest interval kept after learning"
					);
				},
			}
		}
		for (_, reports) in NodeReports::<T>::iter() {
			ensure!(!reports.is_empty(), "a node with an empty list of reports");
			for (i, (reporter, _)) in reports.iter().enumerate() {
				ensure!(
					reports.iter().skip(i + 1).all(|(other, _)| other != reporter),
					"a monitor reporting a node twice"
				);
			}
		}
		// Not checked: a tally above the bound. An upgrade that lowers the bound is checked at
		// the block of its snapshot, whose tallies the old bound allowed.
		let now = frame_system::Pallet::<T>::block_number();
		for (_, (block, count)) in ReportsInBlock::<T>::iter() {
			ensure!(count > 0, "a monitor's tally of no reports");
			ensure!(block <= now, "a monitor's reports in a future block");
		}
		Ok(())
	}
}
