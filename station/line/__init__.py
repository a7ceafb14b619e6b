"""The station on a line: the tower light, the fail sound and the unit's label, driven by the
engine's events (`signals.LineSignals`), built from the configuration (`setup`), and attached to
a fixture's runner (`runner.LineRunner`).

It sits above the engine and below the GUI, with no Qt: the operator screen, the command line
and the tests drive the same component. A peripheral that fails never fails a unit: the engine
has journaled the result before the line hears of it.
"""
