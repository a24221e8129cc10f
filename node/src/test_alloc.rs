//! The node's test binary's allocator: the system's, counting what each thread holds at its
//! peak, so a test can check that a parser of a client's bytes allocates in proportion to them
//! (tests run on threads of their own; each thread's count is its own).

use std::{
	alloc::{GlobalAlloc, Layout, System},
	cell::Cell,
};

thread_local! {
	static LIVE: Cell<usize> = const { Cell::new(0) };
	static PEAK: Cell<usize> = const { Cell::new(0) };
}

struct Counting;

unsafe impl GlobalAlloc for Counting {
	unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
		// `try_with`: a thread being torn down has no counters left; it is not measured.
		let _ = LIVE.try_with(|live| {
			live.set(live.get().saturating_add(layout.size()));
			let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
		});
		unsafe { System.alloc(layout) }
	}

	unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
		let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(layout.size())));
		unsafe { System.dealloc(ptr, layout) }
	}
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most this thread held at once while `f` ran, beyond what it held before.
pub fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
	let before = LIVE.with(Cell::get);
	PEAK.with(|peak| peak.set(before));
	let result = f();
	(result, PEAK.with(Cell::get).saturating_sub(before))
}
