"""The provisioning group of the device protocol, on top of the serial link."""
