"""The operator screen: fixture tiles, Provision, counters, banner."""
