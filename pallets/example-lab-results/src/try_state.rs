//! The lab-results pallet's invariants.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants: each patient's count is the number of its results, is
	/// above zero and within `MaxResultsPerPatient`; every result's id was handed out.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextResultId::<T>::get();
		for (patient, count) in ResultCount::<T>::iter() {
			ensure!(count > 0, "a patient without results has no count");
			ensure!(count <= T::MaxResultsPerPatient::get(), "a patient has too many results");
			ensure!(
				Results::<T>::iter_prefix(&patient).count() == count as usize,
				"a patient's count is not its number of results"
			);
		}
		for (patient, id, _) in Results::<T>::iter() {
			ensure!(id < next, "a result's id was not handed out");
			ensure!(ResultCount::<T>::get(&patient) > 0, "a patient's results are not counted");
		}
		Ok(())
	}
}
