"""The simulated fixture and the local Pairing stand-in. Used by the demo and the tests only."""
