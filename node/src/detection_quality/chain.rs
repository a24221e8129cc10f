//! The chain, as the detection-quality benchmark drives it: the real runtime, natively, with its
//! registry holding the simulated hospital, patients and devices, and each included transaction
//! put through the runtime's own `CheckQuarantine` extension at its block's time, as block import
//! does.

use carechain_primitives::{
	consent::{DataCategory, Purpose},
	registry::DeviceKind,
	testing::keys::RSA_2048_A,
};
use carechain_runtime::{
	AccountId, IntrusionDetection, Registry, Runtime, RuntimeCall, RuntimeGenesisConfig,
	RuntimeOrigin, System,
};
use frame_support::dispatch::DispatchInfo;
use pallet_intrusion_detection::CheckQuarantine;
use sp_core::H256;
use sp_runtime::{traits::DispatchTransaction, BuildStorage};

/// How many devices one simulated patient has (the runtime allows 32).
const DEVICES_PER_PATIENT: usize = 16;

/// What became of a transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
	/// Counted and included.
	Included,
	/// Refused: its device is quarantined.
	Quarantined,
	/// Refused: a device may not sign it (a batch).
	Filtered,
	/// Refused: its reading's time is too old or too far ahead.
	OutOfRange,
}

/// The runtime's state with the cast registered.
pub struct Chain {
	ext: sp_io::TestExternalities,
	devices: Vec<AccountId>,
}

/// Sets the chain's time (without Aura's slot check, which has no slots here).
fn set_time(ms: u64) {
	pallet_timestamp::Now::<Runtime>::put(ms);
}

/// Device `index`'s account.
pub fn account_of(index: usize) -> AccountId {
	account(3, index)
}

/// A distinct hash for each simulated submission, as the pool would know it.
pub fn hash_of(reading: &super::traffic::Reading) -> [u8; 32] {
	let mut bytes = [0; 32];
	bytes[..8].copy_from_slice(&(reading.device as u64).to_le_bytes());
	bytes[8..16].copy_from_slice(&reading.sent.to_le_bytes());
	bytes[16..24].copy_from_slice(&reading.taken.to_le_bytes());
	bytes
}

fn account(kind: u8, index: usize) -> AccountId {
	let mut bytes = [kind; 32];
	bytes[1..9].copy_from_slice(&(index as u64).to_le_bytes());
	AccountId::new(bytes)
}

fn key() -> pallet_registry::KeyOf<Runtime> {
	RSA_2048_A.to_vec().try_into().expect("a 2048-bit key fits")
}

impl Chain {
	/// A chain whose registry holds one hospital and `devices` devices, 16 to a patient, at
	/// `start_ms`.
	pub fn new(devices: usize, start_ms: u64) -> Result<Self, String> {
		let storage = RuntimeGenesisConfig::default().build_storage()?;
		let mut ext = sp_io::TestExternalities::new(storage);
		let hospital = account(1, 0);
		let device_ids: Vec<AccountId> = (0..devices).map(account_of).collect();
		ext.execute_with(|| -> Result<(), String> {
			System::set_block_number(1);
			set_time(start_ms);
			Registry::admit_hospital(RuntimeOrigin::root(), hospital.clone(), key())
				.map_err(|e| format!("admit the hospital: {e:?}"))?;
			for (i, chunk) in device_ids.chunks(DEVICES_PER_PATIENT).enumerate() {
				let patient = account(2, i);
				Registry::register_patient(RuntimeOrigin::signed(patient.clone()), key(), None)
					.map_err(|e| format!("register a patient: {e:?}"))?;
				for device in chunk {
					Registry::register_device(
						RuntimeOrigin::signed(hospital.clone()),
						device.clone(),
						patient.clone(),
						DeviceKind::Wearable,
						key(),
						key(),
					)
					.map_err(|e| format!("register a device: {e:?}"))?;
				}
			}
			Ok(())
		})?;
		Ok(Chain { ext, devices: device_ids })
	}

	/// Device `device`'s anchor of a reading taken at `taken_ms`, or (`batch > 1`) a
	/// `utility.batch` of that many, applied in a block at `block_ms`.
	pub fn apply(&mut self, device: usize, taken_ms: u64, batch: u32, block_ms: u64) -> Outcome {
		let anchor = anchor(taken_ms);
		let call = if batch > 1 {
			RuntimeCall::Utility(pallet_utility::Call::batch {
				calls: (0..batch).map(|_| anchor.clone()).collect(),
			})
		} else {
			anchor
		};
		self.apply_call(device, call, block_ms)
	}

	/// Device `device`'s transaction carrying `call`, applied in a block at `block_ms`.
	pub fn apply_call(&mut self, device: usize, call: RuntimeCall, block_ms: u64) -> Outcome {
		let who = self.devices[device].clone();
		self.ext.execute_with(|| {
			set_time(block_ms);
			let applied = CheckQuarantine::<Runtime>::new().validate_and_prepare(
				RuntimeOrigin::signed(who),
				&call,
				&DispatchInfo::default(),
				0,
				0,
			);
			match applied {
				Ok(_) => Outcome::Included,
				Err(sp_runtime::transaction_validity::TransactionValidityError::Invalid(
					sp_runtime::transaction_validity::InvalidTransaction::Custom(code),
				)) if code == pallet_intrusion_detection::DEVICE_CALL_FILTERED => Outcome::Filtered,
				Err(sp_runtime::transaction_validity::TransactionValidityError::Invalid(
					sp_runtime::transaction_validity::InvalidTransaction::Custom(code),
				)) if code == pallet_intrusion_detection::DEVICE_TIME_OUT_OF_RANGE => Outcome::OutOfRange,
				Err(_) => Outcome::Quarantined,
			}
		})
	}

	/// Whether device `device` is quarantined.
	pub fn is_quarantined(&mut self, device: usize) -> bool {
		let who = self.devices[device].clone();
		self.ext.execute_with(|| IntrusionDetection::is_quarantined(&who))
	}
}

/// An anchor of a reading taken at `taken_ms` (its other fields do not matter to the extension).
fn anchor(taken_ms: u64) -> RuntimeCall {
	RuntimeCall::Records(pallet_records::Call::anchor {
		patient: account(2, 0),
		category: DataCategory::VitalSigns,
		content_hash: H256::repeat_byte(7),
		locator: vec![b'x'].try_into().expect("one byte fits"),
		size: 1,
		envelope_version: 1,
		key_epoch: 0,
		purpose: Purpose::Treatment,
		signature: None,
		taken_at: taken_ms,
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The runtime's own allowlist: a device signs its anchors, not batches nor transfers.
	#[test]
	fn the_runtime_lets_a_device_sign_anchors_and_nothing_that_wraps_or_pays() {
		let mut chain = Chain::new(1, START).unwrap();
		assert_eq!(chain.apply(0, START, 1, START), Outcome::Included);
		assert_eq!(chain.apply(0, START, 2, START), Outcome::Filtered);
		let transfer =
			RuntimeCall::Balances(carechain_runtime::BalancesCall::transfer_keep_alive {
				dest: account(2, 0).into(),
				value: 1,
			});
		assert_eq!(chain.apply_call(0, transfer, START), Outcome::Filtered);
		// A reading older than `MaxSendDelay` (10 minutes) is refused, and so is one beyond the
		// clock's drift.
		assert_eq!(chain.apply(0, START - 600_001, 1, START), Outcome::OutOfRange);
		assert_eq!(chain.apply(0, START + 30_001, 1, START), Outcome::OutOfRange);
	}

	const START: u64 = 1_800_000_000_000;
}
