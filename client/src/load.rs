//! The load generator: many simulated devices at once, each anchoring sealed vital-sign readings
//! at a steady rate, from accounts derived from one seed and funded beforehand.
//!
//! A **load set** is `patients × devices_per_patient` devices. Its accounts derive from a seed
//! (`{seed}//patient//{j}`, `{seed}//device//{i}`, device `i` belonging to patient
//! `i / devices_per_patient`), so any machine with the seed drives the same set again. Anyone who
//! knows the seed signs as these accounts: load sets are for test and benchmark chains, never for
//! real patients. Every account of the set uses one RSA key pair (encryption and reading
//! signatures): generating a 2048-bit key per simulated device would dominate the set-up, and the
//! chain's work per anchor (one PSS verification) is the same whoever holds the key.
//!
//! - [`prepare`](fn@prepare) funds the set from a pre-funded account, registers the patients
//!   (each signs its own registration), registers their devices with a hospital, and has each
//!   patient rotate its category key for its devices. What is already done is skipped, so it
//!   resumes after a failure and costs nothing the second time.
//! - [`run`](fn@run) drives every device for a duration, at a rate per device, spread over a few
//!   connections, and measures what the chain did with it: how many readings were anchored, in
//!   which blocks, how long each took to reach a best block, and what was refused and why.
//! - [`bench`](fn@bench) is the throughput benchmark: every transaction built and signed before
//!   its clock starts, a ladder of offered rates of anchors and of plain transfers, and what the
//!   chain included, how fast, and at what cost, against the ceiling its runtime allows.

mod bench;
mod prepare;
mod run;

use std::str::FromStr;

use carechain_crypto::blob_store::{BlobStore, LocalDirStore, MemoryStore, StoreError};
use subxt::utils::AccountId32;

use crate::{
	chain::{self, runtime_types},
	records::{err, WorkflowError},
	AtBlock, Signer,
};

pub use bench::{
	bench, chart_png, BenchOptions, BenchReport, Blocks, Ceiling, Ceilings, GovernanceProbe,
	Percentiles, ProcessUse, Progress, StepReport,
};
pub use prepare::{prepare, Prepared};
pub use run::{run, BlockSpan, Latency, LoadReport, RunOptions, Tally};

/// Where a benchmark keeps the envelopes it seals before its clock: a directory, or the
/// generator's memory (the chain never reads them; a file a reading costs a page a reading, so
/// a long batch step's millions of readings fit in memory where they would not on a RAM disk).
pub enum BenchStore {
	/// A directory.
	Dir(LocalDirStore),
	/// The generator's memory.
	Memory(MemoryStore),
}

impl BenchStore {
	/// After a step: the generator's memory forgets the step's envelopes (the chain never reads
	/// them), so that steps do not add up; a directory keeps them.
	pub fn step_done(&self) {
		if let BenchStore::Memory(store) = self {
			store.clear();
		}
	}
}

impl BlobStore for BenchStore {
	fn put(
		&self,
		bytes: &[u8],
	) -> Result<carechain_primitives::record_signature::ContentHash, StoreError> {
		match self {
			BenchStore::Dir(store) => store.put(bytes),
			BenchStore::Memory(store) => store.put(bytes),
		}
	}

	fn get(
		&self,
		hash: &carechain_primitives::record_signature::ContentHash,
	) -> Result<Vec<u8>, StoreError> {
		match self {
			BenchStore::Dir(store) => store.get(hash),
			BenchStore::Memory(store) => store.get(hash),
		}
	}
}

/// A plausible reading: a resting adult, with small random variation around resting means
/// (heart rate 72 ± 8 bpm, SpO2 97.5 ± 1.5 %, temperature 36.8 ± 0.4 °C, blood pressure
/// 118 ± 10 / 77 ± 7 mmHg), stamped with its sequence number and the time it was taken.
pub fn vital_signs(sequence: u32) -> serde_json::Value {
	let mut noise = [0u8; 5];
	rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut noise);
	let jitter = |byte: u8, spread: f64| (f64::from(byte) / 255.0 - 0.5) * 2.0 * spread;
	serde_json::json!({
		"sequence": sequence,
		"taken_at_ms": std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.map(|d| d.as_millis() as u64)
			.unwrap_or_default(),
		"heart_rate_bpm": (72.0 + jitter(noise[0], 8.0)).round(),
		"spo2_percent": (97.5 + jitter(noise[1], 1.5)).round().min(100.0),
		"temperature_c": ((36.8 + jitter(noise[2], 0.4)) * 10.0).round() / 10.0,
		"blood_pressure_mmhg": [
			(118.0 + jitter(noise[3], 10.0)).round(),
			(77.0 + jitter(noise[4], 7.0)).round()
		],
	})
}

/// The accounts of a load set.
#[derive(Clone, Debug)]
pub struct LoadSet {
	seed: String,
	devices: u32,
	devices_per_patient: u32,
}

impl LoadSet {
	/// The set of `devices` devices, `devices_per_patient` to a patient (the last patient may
	/// have fewer), derived from `seed`.
	pub fn new(seed: &str, devices: u32, devices_per_patient: u32) -> Result<Self, WorkflowError> {
		if devices == 0 || devices_per_patient == 0 {
			return Err(err("a load set needs at least one device and one device per patient"));
		}
		let set = LoadSet { seed: seed.to_string(), devices, devices_per_patient };
		set.patient(0)?;
		Ok(set)
	}

	fn derive(&self, path: &str) -> Result<Signer, WorkflowError> {
		let uri = subxt_signer::SecretUri::from_str(&format!("{}{path}", self.seed))
			.map_err(|e| err(format!("the load seed is not a secret URI: {e}")))?;
		Signer::from_uri(&uri).map_err(|e| err(format!("the load seed: {e}")))
	}

	/// How many devices.
	pub fn devices(&self) -> u32 {
		self.devices
	}

	/// How many patients.
	pub fn patients(&self) -> u32 {
		self.devices.div_ceil(self.devices_per_patient)
	}

	/// Patient `j`'s key.
	pub fn patient(&self, j: u32) -> Result<Signer, WorkflowError> {
		self.derive(&format!("//patient//{j}"))
	}

	/// Device `i`'s key.
	pub fn device(&self, i: u32) -> Result<Signer, WorkflowError> {
		self.derive(&format!("//device//{i}"))
	}

	/// Payer `k`'s key (`{seed}//payer//{k}`): the benchmark's plain transfers come from these.
	pub fn payer(&self, k: u32) -> Result<Signer, WorkflowError> {
		self.derive(&format!("//payer//{k}"))
	}

	/// The patient device `i` monitors.
	pub fn patient_of(&self, i: u32) -> u32 {
		i / self.devices_per_patient
	}
}

fn account(signer: &Signer) -> AccountId32 {
	signer.public_key().to_account_id()
}

type Profile = runtime_types::carechain_primitives::registry::Profile<AccountId32, u32>;

async fn profile(at: &AtBlock, who: &AccountId32) -> Result<Option<Profile>, WorkflowError> {
	at.runtime_apis()
		.call(chain::runtime_apis().registry_api().profile(*who))
		.await
		.map_err(|e| err(format!("the registry's profile of {who}: {e}")))
}

/// Which of `devices` the chain holds quarantined at `at` (`IntrusionDetectionApi_quarantined`),
/// as their SS58 addresses, in the chain's order.
async fn quarantined(at: &AtBlock, devices: &[AccountId32]) -> Result<Vec<String>, WorkflowError> {
	let listed = at
		.runtime_apis()
		.call(chain::runtime_apis().intrusion_detection_api().quarantined())
		.await
		.map_err(|e| err(format!("the chain's quarantine list: {e}")))?;
	Ok(listed.into_iter().filter(|q| devices.contains(q)).map(|q| q.to_string()).collect())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_load_set_derives_distinct_stable_accounts() {
		let set = LoadSet::new("//CareChainLoad", 5, 2).unwrap();
		assert_eq!(set.patients(), 3);
		assert_eq!((set.patient_of(0), set.patient_of(1), set.patient_of(4)), (0, 0, 2));
		let devices: Vec<_> = (0..5).map(|i| account(&set.device(i).unwrap())).collect();
		let mut distinct = devices.clone();
		distinct.sort_by_key(|a| a.0);
		distinct.dedup();
		assert_eq!(distinct.len(), 5);
		assert_ne!(account(&set.patient(0).unwrap()), devices[0]);
		// The same seed gives the same accounts; another seed others.
		let again = LoadSet::new("//CareChainLoad", 5, 2).unwrap();
		assert_eq!(account(&again.device(3).unwrap()), devices[3]);
		let other = LoadSet::new("//Other", 5, 2).unwrap();
		assert_ne!(account(&other.device(3).unwrap()), devices[3]);
	}

	#[test]
	fn an_empty_set_or_a_bad_seed_is_refused() {
		assert!(LoadSet::new("//CareChainLoad", 0, 2).is_err());
		assert!(LoadSet::new("//CareChainLoad", 4, 0).is_err());
		assert!(LoadSet::new("not a seed", 4, 2).is_err());
	}

	#[test]
	fn vital_signs_stay_plausible() {
		for sequence in 0..200 {
			let v = vital_signs(sequence);
			let f = |k: &str| v[k].as_f64().unwrap();
			assert!((64.0..=80.0).contains(&f("heart_rate_bpm")));
			assert!((96.0..=100.0).contains(&f("spo2_percent")));
			assert!((36.4..=37.2).contains(&f("temperature_c")));
			let bp = v["blood_pressure_mmhg"].as_array().unwrap();
			assert!((108.0..=128.0).contains(&bp[0].as_f64().unwrap()));
			assert!((70.0..=84.0).contains(&bp[1].as_f64().unwrap()));
			assert_eq!(v["sequence"], sequence);
		}
	}
}
