"""A simulated ESP32 ROM serial bootloader (and esptool's flasher stub) on a pseudo-terminal."""
