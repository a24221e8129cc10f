use super::*;

#[test]
fn scope_and_permission_containment() {
	assert!(only(&[VITALS]).is_within(&only(&[LABS, VITALS])));
	assert!(only(&[VITALS]).is_within(&Scope::All));
	assert!(!Scope::All.is_within(&only(&[VITALS])));
	assert!(!only(&[VITALS, LABS]).is_within(&only(&[LABS])));
	assert!(Permission::Read.is_within(Permission::ReadAppend));
	assert!(!Permission::ReadAppend.is_within(Permission::Append));
	assert!(!Permission::Append.is_within(Permission::Read));
}
