//! The simulated traffic: honest devices at their own rates with jitter, alarms' bursts and an
//! outage whose readings are delivered at once; flooding devices of several kinds.

/// A deterministic random source (xorshift64*), so that a seed reproduces a run.
pub struct Rng(u64);

impl Rng {
	/// A source from `seed`.
	pub fn new(seed: u64) -> Self {
		Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
	}

	/// A number in `0..1`.
	pub fn unit(&mut self) -> f64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		(self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
	}

	/// A number in `low..high`.
	pub fn between(&mut self, low: f64, high: f64) -> f64 {
		low + (high - low) * self.unit()
	}
}

/// One transaction a device sends (ordered by when it is sent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reading {
	/// When the device sent it to its node, ms from the start.
	pub sent: u64,
	/// Which device (an index into the scenario's devices).
	pub device: usize,
	/// When its reading was taken, ms from the start (what its anchor says).
	pub taken: u64,
	/// 1 for one anchor, more for a `utility.batch` of that many.
	pub batch: u32,
}

/// How a flooding device misbehaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flood {
	/// Ten readings a second from the flood's start.
	Steady,
	/// Each interval 4 % shorter than the one before, from its honest rate.
	SlowRamp,
	/// A `utility.batch` of 50 anchors a second.
	Batch,
	/// A stranger's JSON-RPC connection sending junk extrinsics that name an honest device as
	/// their signer, a thousand a second (the device itself is honest).
	ForgedSigner,
}

impl Flood {
	/// Every kind, in the order the report lists them.
	pub const ALL: [Flood; 4] = [Flood::Steady, Flood::SlowRamp, Flood::Batch, Flood::ForgedSigner];
}

/// An honest device's habits.
#[derive(Clone, Copy, Debug)]
pub struct Habit {
	/// Its mean interval, ms.
	pub every: f64,
	/// Its outage, if it has one: readings taken in `start..end` are delivered from `end` if it
	/// buffers them (`true`), or lost.
	pub outage: Option<(u64, u64, bool)>,
}

/// How often an honest device raises an alarm, per reading.
const ALARM_CHANCE: f64 = 0.005;

/// How many readings an honest device takes at least between two alarms (its alarm cooldown).
const ALARM_COOLDOWN: u32 = 40;

/// How fast a device delivers the readings it buffered through an outage, ms apart.
const BACKLOG_PACE: u64 = 100;

/// An honest device's readings over `duration` ms: its interval jittered by ±20 %, now and then
/// an alarm (three more readings 300 ms apart, at most one per 40 readings), and an outage's
/// readings delivered when it ends, 10 a second (or lost, for a device that does not buffer).
pub fn honest(device: usize, habit: Habit, duration: u64, rng: &mut Rng) -> Vec<Reading> {
	let mut readings = Vec::new();
	let mut at = rng.between(0.0, habit.every);
	let mut since_alarm = ALARM_COOLDOWN;
	let mut backlog = 0;
	while (at as u64) < duration {
		let taken = at as u64;
		let sent = match habit.outage {
			Some((start, end, true)) if (start..end).contains(&taken) => {
				backlog += 1;
				end + BACKLOG_PACE * backlog
			},
			Some((start, end, false)) if (start..end).contains(&taken) => {
				at += habit.every * rng.between(0.8, 1.2);
				continue;
			},
			_ => taken,
		};
		// In order, as its nonces require: new readings wait behind the backlog.
		let sent = sent.max(readings.last().map_or(0, |r: &Reading| r.sent));
		readings.push(Reading { device, sent, taken, batch: 1 });
		since_alarm = since_alarm.saturating_add(1);
		if since_alarm >= ALARM_COOLDOWN && rng.unit() < ALARM_CHANCE {
			since_alarm = 0;
			for k in 1..=3u64 {
				let taken = taken + 300 * k;
				readings.push(Reading { device, sent: sent.max(taken), taken, batch: 1 });
			}
			at += 900.0;
		}
		at += habit.every * rng.between(0.8, 1.2);
	}
	readings
}

/// A flooding device's readings: honest at `every` ms until `from`, then `kind`'s flood until
/// `duration`. (`ForgedSigner` sends nothing of the device's: it is the stranger's.)
pub fn flooding(
	device: usize,
	kind: Flood,
	every: f64,
	from: u64,
	duration: u64,
	rng: &mut Rng,
) -> Vec<Reading> {
	let mut readings = honest(device, Habit { every, outage: None }, from, rng);
	let mut at = from as f64;
	let mut interval = every;
	while (at as u64) < duration {
		let taken = at as u64;
		match kind {
			Flood::Steady => {
				readings.push(Reading { device, sent: taken, taken, batch: 1 });
				at += 100.0;
			},
			Flood::SlowRamp => {
				readings.push(Reading { device, sent: taken, taken, batch: 1 });
				interval = (interval * 0.96).max(20.0);
				at += interval;
			},
			Flood::Batch => {
				readings.push(Reading { device, sent: taken, taken, batch: 50 });
				at += 1_000.0;
			},
			Flood::ForgedSigner => {
				readings.push(Reading { device, sent: taken, taken, batch: 1 });
				at += every;
			},
		}
	}
	readings
}
