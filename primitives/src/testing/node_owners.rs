//! A stand-in for governance's member nodes ([`NodeOwners`]; std only): which hospital owns
//! which node (by its peer id's bytes). Tests and benchmarks set owners directly
//! ([`NodeOwnersSetup`]); nothing else about the member-node list is modelled (its bound, the
//! council's motions).

use crate::intrusion::{NodeOwners, NodeOwnersSetup};
use core::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
	// Each test runs on its own thread: fresh owners per test.
	static NODE_OWNERS: RefCell<BTreeMap<Vec<u8>, u64>> = const { RefCell::new(BTreeMap::new()) };
}

/// The stand-in member-node list.
pub struct MockNodeOwners;

impl NodeOwners<u64> for MockNodeOwners {
	fn owner_of(node: &[u8]) -> Option<u64> {
		NODE_OWNERS.with(|owners| owners.borrow().get(node).copied())
	}
}

impl NodeOwnersSetup<u64> for MockNodeOwners {
	fn set_owner(node: &[u8], owner: &u64) {
		NODE_OWNERS.with(|owners| owners.borrow_mut().insert(node.to_vec(), *owner));
	}
}
