//! The consortium pallet's unit tests: adding and removing validators within the bounds, the set
//! handed to the session pallet, sessions ended and charged by the pallet, runtime upgrades authorised by motion, and the genesis config.

use crate::{mock::*, *};
use cast::*;
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_core::H256;
use sp_runtime::traits::{BadOrigin, Hash};

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn validators() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

mod add_validator;
mod authorize_upgrade;
mod genesis;
mod remove_validator;
mod session_manager;
mod session_rotation;
mod try_state;
