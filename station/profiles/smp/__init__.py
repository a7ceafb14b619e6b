"""Profile `smp-provisioning`: our SMP provisioning group, on top of the serial link."""
